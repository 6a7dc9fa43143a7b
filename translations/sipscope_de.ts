<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Catalog</name>
    <message>
        <source>The system could not understand the request your phone or the network sent, so it was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device along the way received a signalling message that was broken or missing required parts, so it could not process it. This is almost always a software or configuration problem in the sending device, a gateway or a session border controller, not something the caller did. Trying the same call again usually fails the same way until the faulty device is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any element may send it when a request has malformed syntax (RFC 3261 §21.4.1), such as a missing mandatory header (Call-ID, CSeq, From, To, Via, Max-Forwards), an unparsable header value or a Content-Length that does not match the body. The reason phrase should name the problem more precisely, for example &quot;Missing Call-ID Header&quot;, and a Warning header may add detail, so read both. It is a syntax complaint: a request that parses but whose session offer cannot be accepted gets 488, an unknown URI scheme 416 and an unsupported body type 415. RFC 3398 maps it to Q.850 cause 41 (Temporary failure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A header that is missing, duplicated or badly formatted
A Content-Length that does not match the body, often after a device rewrote the message
A broken header manipulation rule on an SBC or PBX
Invalid characters in a display name, user part or URI
A malformed SDP or multipart body
A message cut off by UDP fragmentation or altered by a router&apos;s SIP ALG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the reason phrase and any Warning header: they often name the faulty header
Capture the request and check it against the RFC 3261 syntax
Look for recent header manipulation or firmware changes on the PBX, SBC or gateway
Disable SIP ALG on the router if messages arrive modified
Try TCP instead of UDP if large messages arrive truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad request, malformed, invalid message, syntax error, parse error, missing header, call fails immediately, protocol error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone system asked the phone to prove who it is, and the login it got was missing or wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server wants the phone or app to log in with its account name and password before it registers it or places the call. A single 401 followed by success is normal, because that is how every login starts. If it keeps coming back, the credentials stored in the caller&apos;s phone or app are wrong, so the problem is on the caller&apos;s side (device or account settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by a user agent server or registrar, not by a proxy, with a WWW-Authenticate challenge (RFC 3261 §21.4.2); the client repeats the request with an Authorization header computed from its credentials (digest, RFC 3261 §22.2). A second 401 after credentials were sent means they were rejected, while a challenge with stale=true only asks for a retry with the new nonce. A proxy challenges with 407 and Proxy-Authenticate instead, answered with Proxy-Authorization (RFC 3261 §22.3). Check the realm, username, algorithm (MD5 or SHA-256) and qop of the challenge against the account; RFC 3398 maps 401 to Q.850 cause 21 (Call rejected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password or username saved in the phone or app
Authentication username differs from the extension number or caller ID user
The password was changed on the server but not on the device
The realm or domain on the device does not match the server
The device does not support the offered digest algorithm
A normal first challenge, when a retry with credentials follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether a retried request with Authorization follows; if it succeeds, the 401 was normal
Re-enter the SIP username, authentication ID and password on the device
Reset the SIP password on the server and provision it again
Compare the realm in WWW-Authenticate with the domain configured on the device
Check the server log for failed logins or an IP ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong password, authentication failed, login, login failed, credentials, unauthorized, registration failed, cannot register, username, password, digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call was refused because of a payment problem on the account, such as no credit left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider would not connect the call because of a billing problem on the caller&apos;s account, such as no credit left, an unpaid bill or a spending limit reached. It is about the caller&apos;s account with the provider, not about the person being called or the equipment. Topping up or settling the account usually fixes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3261 §21.4.3 reserves 402 for future use and defines no behaviour for it, so the standard does not say how a client should react. In practice prepaid platforms, carriers and billing-aware softswitches send it when the balance or credit limit does not cover the call, sometimes with an explanation in the reason phrase or a Warning header. Treat it as a final refusal: retrying does not help until the account is fixed. RFC 3398 maps it to Q.850 cause 21 (Call rejected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepaid balance used up
Postpaid credit or spending limit reached
Unpaid invoice, account put on hold by billing
The destination costs more than the remaining balance, such as an international or premium number
A per-call or daily fraud limit triggered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the account balance and billing status in the provider portal
Top up or settle the account, then call again
Check whether only expensive destinations fail, which points to a rate or limit issue
Read the reason phrase and any Warning header for the provider&apos;s own explanation
Ask the provider to raise the credit or fraud limit if it is too low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no credit, insufficient balance, payment required, out of credit, top up, billing, prepaid, balance, unpaid bill, credit limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system understood the request but is not allowed to let it through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server knows what was asked but refuses it, and logging in again will not change that. It usually means the caller&apos;s account or device is not permitted to do this: the destination is barred, the account is blocked, or the request came from an address the provider does not accept. It is normally on the caller&apos;s side or the provider&apos;s policy, not the called person&apos;s choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent when the server understood the request but will not fulfil it and authorization will not help (RFC 3261 §21.4.4); the request should not be repeated unchanged. Compare the neighbours: 401 and 407 ask for credentials, 603 Decline is the called party refusing for all its devices, 607 Unwanted marks the call as unwanted such as spam (RFC 8197), and 608 Rejected comes from an intermediary such as a call-analytics service (RFC 8688). Providers often put the real reason into the reason phrase or a Warning header. RFC 3398 maps 403 to Q.850 cause 21 (Call rejected), and causes 21, 55, 57 and 87 to 403.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls to that destination are barred on the account, such as international or premium numbers
The account is suspended, expired or blocked after failed logins
The request came from an IP address that is not on the provider&apos;s allow list
A caller ID or From number the account is not allowed to present
Registration for a user or domain the server does not serve
Valid credentials, but the user lacks permission for this service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the reason phrase and any Warning header for the provider&apos;s reason
Check call barring, class of service and dialling permissions of the account
Check that the source IP of the PBX or phone is allowed by the provider
Check that the presented caller ID is a number the account owns
Check whether the account is suspended or its IP was banned after failed logins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forbidden, call blocked, not allowed, barred, access denied, authentication failed, account blocked, login, wrong password, credentials, rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number or address you called does not exist on that system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called number or user could not be found at the provider or system responsible for it. This usually means the number was dialled wrong, no longer exists, or the called system does not know it. It is about the dialled address rather than the caller&apos;s phone, although a wrong dial plan on the caller&apos;s side can cause it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent when the server has definitive information that the user does not exist at the domain in the Request-URI, or when that domain is not one it serves (RFC 3261 §21.4.5). It speaks for this server only: 604 Does Not Exist Anywhere claims the user exists nowhere, 410 Gone says the user existed but left, 484 says the address is incomplete and 480 says the user exists but cannot be reached now. It may carry Retry-After. RFC 3398 maps 404 to Q.850 cause 1 (Unallocated number), and causes 1, 2, 3 and 26 to 404.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number was dialled wrong or has extra or missing digits
The number is not assigned or was disconnected
A wrong prefix, country code or number format sent to the carrier
The called extension does not exist or is not registered on the PBX
The domain in the Request-URI is not served by the receiving server
An inbound number the provider routes to you but your PBX does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the dialled number and try it in full international format
Check the dial plan or outbound route that rewrites the number
For inbound calls, check that the number exists on the PBX in the format the provider sends
Check that the called extension exists and is registered
Call the number from another line to see whether it exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number does not exist, wrong number, unknown user, not found, invalid number, number not in service, unallocated number, user not found, extension not found, no such user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system does not allow this kind of request for that address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called system understood what kind of request was sent, but does not accept that type of request for this particular address. It is a compatibility or configuration issue between two pieces of equipment, not something the caller did. It mostly affects features such as messaging, presence or call transfer rather than ordinary calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent when the method is understood but not allowed for the resource identified by the Request-URI (RFC 3261 §21.4.6). The response must include an Allow header listing the methods that are permitted, which tells the client what it may use instead. Unlike 501 Not Implemented, where the server does not support the method at all, 405 means it knows the method but refuses it for this target. RFC 3398 maps it to Q.850 cause 63 (Service or option not available, unspecified).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MESSAGE, SUBSCRIBE or PUBLISH sent to a server or account that has them disabled
REFER for call transfer not allowed by the PBX or trunk
INFO, UPDATE or NOTIFY not allowed on that trunk
REGISTER sent to an address that only accepts calls
A trunk configured to accept only INVITE and basic methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Allow header in the response to see which methods are accepted
Enable the feature (messaging, presence, transfer) on the server or trunk if it is needed
Switch the device to a method the other side allows, such as re-INVITE instead of UPDATE
Check that the request goes to the right server and address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>method not allowed, feature not supported, transfer fails, messaging not allowed, presence, blf, not permitted, allow header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called system cannot answer in any format your device said it accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller&apos;s device listed which kinds of content it can accept, and the other side can only produce something else. It is a compatibility problem between the two devices or apps, typically for features such as presence, voicemail notifications or messaging, not ordinary voice calls. Neither person did anything wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent when the resource can only generate responses whose content is not acceptable according to the Accept header in the request (RFC 3261 §21.4.7). It concerns the body formats of the response, so look at the Accept, Accept-Encoding and Accept-Language headers that the client sent. It is not a media negotiation failure: a session offer that cannot be accepted gets 488 (here) or 606 (everywhere), and an unsupported request body gets 415. RFC 3398 maps it to Q.850 cause 79 (Service or option not implemented, unspecified).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUBSCRIBE with an Accept header listing only formats the notifier cannot produce
Presence or BLF subscription asking for a format the PBX does not support
Accept-Language or Accept-Encoding values the server cannot satisfy
A client that sends an overly narrow Accept header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the Accept header of the request with the formats the server supports
Check the event package and body type of the subscription, such as dialog or presence
Remove or widen the Accept header in the client configuration
Update the client or server firmware if one side lacks a common format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not acceptable, format not supported, presence, blf, subscription failed, accept header, incompatible, content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s server asked your phone to log in before passing the call on, and the login was missing or wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server between the caller and the destination, usually the provider or the office phone system, wants the caller&apos;s phone to prove who it is before it handles the call. A single 407 followed by the call going through is normal. If the call fails with 407, the username or password in the caller&apos;s phone, app or PBX trunk is wrong or missing, so it is on the caller&apos;s side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by a proxy with a Proxy-Authenticate challenge (RFC 3261 §21.4.8); the client repeats the request with a Proxy-Authorization header (RFC 3261 §22.3). It works like 401, but 401 comes from the user agent server or registrar with WWW-Authenticate and is answered with Authorization. Many PBXs challenge INVITE with 407 and REGISTER with 401, so a phone that registers fine can still fail calls if it does not answer 407. A second 407 after credentials were sent means they were rejected, while stale=true only asks for a retry with the new nonce; RFC 3398 maps 407 to Q.850 cause 21 (Call rejected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password or authentication username on the phone, app or trunk
Trunk set for IP authentication while the provider expects a digest login, or the reverse
The device does not resend the request with Proxy-Authorization
Realm or outbound proxy settings that do not match the provider
The password was changed on the server but not on the device
A normal first challenge, when a retry with credentials follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether a retried request with Proxy-Authorization follows; if the call then proceeds, the 407 was normal
Re-enter the authentication username and password for the trunk or device
Check whether the provider expects registration-based or IP-based authentication
Compare the realm in Proxy-Authenticate with the configured domain and outbound proxy
Update the device firmware if it ignores 407 challenges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong password, authentication failed, login, credentials, proxy authentication, proxy auth, outgoing calls fail, trunk authentication, password, digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system gave up because it could not reach the called person or get an answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system tried to reach the called person or device but got no answer within the allowed time, so it gave up. It can mean the called phone rang with nobody answering, that the called device is offline or unreachable, or that a server on the way did not respond. It is usually on the called side or in the network, not the caller&apos;s phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent when the server could not produce a response in time, for example because it could not locate the user; the client may retry later without changes (RFC 3261 §21.4.9). A client also reports 408 locally when its transaction timer (Timer B or F) fires with no response at all (RFC 3261 §8.1.3.1), so check whether a 408 actually arrived on the wire or was concluded locally. 480 means the callee is known but not available now (no answer, not registered), and 504 means a server timed out waiting for another server. RFC 3398 maps Q.850 cause 18 (No user responding) to 408, and 408 to cause 102 (Recovery on timer expiry).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody answered before the ring timeout of the PBX or provider
The called phone is offline while a stale registration is still used
The next hop does not respond because of a firewall, NAT or network loss
A far-end server is overloaded or slow
Replies go to an address the caller cannot receive on, a NAT problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in the capture whether the 408 came from the far end or was generated locally
Check whether the called phone is online and its registration is current
Check firewall, NAT and SIP ALG settings on the path to the next hop
Compare the no-answer timer on the PBX or provider with the expected ring time
Try the call again; if it repeats, trace the hop that stops answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout, nobody answers, no answer, timed out, no response, unreachable, ring no answer, request timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number or person you called used to be here but is no longer available at this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system knows the called number or user existed once, but it has been removed and no new address is known. It usually means the number was disconnected, changed or moved away. It is about the called number, not the caller&apos;s phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent when the requested resource is no longer available at the server and no forwarding address is known, a condition expected to be permanent (RFC 3261 §21.4.10). If the server does not know whether the loss is permanent it should send 404 instead, and when a new address is known a 3xx such as 301 is the right answer. RFC 3398 maps Q.850 causes 22 (Number changed) and 23 (Redirection to new destination) to 410, and 410 to cause 22.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number was disconnected or cancelled
The user moved to another provider or address without forwarding
The extension was deleted from the PBX
A ported-out number the old network still answers for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the caller the number is no longer in service at this address
Look for a new number or contact address
Update contacts, speed dials and routing tables that use the old number
If the number should exist, ask the terminating provider to check its status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number changed, number no longer in use, disconnected, gone, moved, number does not exist, no longer in service, deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your phone or app tried to update its status, but the server no longer had the earlier version it referred to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not about calls: it concerns status information such as presence (available, busy, away) that a device publishes to a server. The device tried to update a status entry that the server had already dropped, usually because it expired. The device normally fixes this by itself by publishing its status again from scratch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined by RFC 3903 §11.2.1 for PUBLISH: the event state compositor returns 412 when the entity-tag in the SIP-If-Match header matches no publication it holds, usually because the publication expired or the server restarted. The publisher should then send a fresh initial PUBLISH without SIP-If-Match and use the SIP-ETag of its 2xx for later refreshes, changes and removal. Some stacks print the HTTP-style phrase Precondition Failed for this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publication expired before the device refreshed it
The presence server restarted and lost its stored publications
The device reused an old entity-tag after a network change or reboot
A load balancer sent the refresh to a different server node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the device follows up with a new PUBLISH without SIP-If-Match
Compare the publication Expires value with the refresh interval of the device
Check whether the presence server restarted or failed over
Make sure refreshes reach the same server node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>presence, status not updating, publish failed, busy lamp, blf, availability, conditional request failed, precondition failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message your phone or system sent was too big for the receiving server to accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request carried more data than the receiving server is willing to handle, for example a very long list of audio formats or a large text message. It comes from a limit on the receiving side combined with a large message from the sender, not from the called person. It is usually fixed by configuration on one of the two systems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent when the request body is larger than the server is willing or able to process (RFC 3261 §21.4.11); the server may close the connection to stop the client from continuing. If the condition is temporary the response may carry Retry-After to say when the client may try again. It is a 4xx about the body, whereas 513 Message Too Large is a 5xx about the whole message being more than the server can handle. RFC 3398 maps it to Q.850 cause 127 (Interworking, unspecified).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDP offering a long list of codecs, ICE candidates or crypto lines
A large MESSAGE or INFO body
Multipart bodies with extra parts such as location or ISUP data
A server or SBC with a low body size limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for Retry-After in the response if the limit is temporary
Reduce the number of codecs, ICE candidates or crypto suites offered
Raise the body size limit on the receiving server or SBC if allowed
Send large messages over TCP or TLS and check that the server accepts them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message too large, too big, body too large, sdp too large, size limit, request entity too large, large message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address your phone or system called was too long for the receiving server to handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination address sent with the call or request was longer than the receiving server accepts. This usually comes from a device or dial plan that adds too many parameters or digits to the address. It is a configuration issue between systems, not something the called person did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent when the Request-URI is longer than the server is willing to interpret (RFC 3261 §21.4.12). Long URIs usually come from many URI parameters, embedded headers, or long tokens appended by an SBC, B2BUA or application server. RFC 3398 maps it to Q.850 cause 127 (Interworking, unspecified).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dial plan that appends long prefixes, tags or parameters to the number
An SBC or application server that encodes routing data into the Request-URI
Embedded header parameters in the URI from click-to-call or transfer links
A loop that adds parameters on every pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture the request and check the length and content of the Request-URI
Remove unneeded URI parameters in the dial plan or SBC rules
Check for routing loops that add parameters each time
Raise the URI length limit on the receiving server if possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uri too long, address too long, number too long, request uri, long number, dial string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your phone or system sent content in a format the other side cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request carried content, such as a text message, a keypad signal or a call description, in a format the receiving system does not understand. It is a compatibility issue between the two devices or systems. It can affect features such as text messages or keypad tones, and sometimes calls themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent when the request body is in a format the server does not support for this method (RFC 3261 §21.4.13). The response must list what is acceptable in Accept, Accept-Encoding and Accept-Language headers, depending on whether the content type, the encoding or the language was the problem, and the client should retry using one of those. It differs from 488 Not Acceptable Here, where the SDP is understood but the offered session cannot be accepted, and from 406, which is about the format of the response. RFC 3398 maps it to Q.850 cause 79 (Service or option not implemented, unspecified).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INFO with a DTMF body type the receiver does not support, such as application/dtmf-relay
MESSAGE with a content type the server does not handle
A compressed body (Content-Encoding gzip) the receiver cannot decode
A multipart body where only plain SDP is accepted
A body sent with a method that does not expect one of that type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Accept, Accept-Encoding and Accept-Language headers in the response
Switch DTMF to RFC 4733 telephone-event if INFO bodies are refused
Change the content type or disable body compression on the sender
Make both ends agree on the message or DTMF format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported media type, format not supported, content type, dtmf not working, message failed, sms failed, incompatible, accept header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address was in a form the receiving system does not handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination address used a type of address the server does not understand, for example a telephone-number address where it expects a SIP address. It is a configuration issue in the caller&apos;s device, dial plan or a server on the way. The called person is not involved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent when the scheme of the Request-URI is unknown to the server (RFC 3261 §21.4.14). Typical triggers are tel: URIs sent to a server that only handles sip:, sips: sent to equipment without support for it, or non-SIP schemes such as im:, pres:, urn: or http:. The client should retry with a scheme the server supports, normally sip:. RFC 3398 maps it to Q.850 cause 127 (Interworking, unspecified).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tel: URI sent to a server that only accepts sip: addresses
A sips: address sent to equipment that does not support it
A click-to-call or directory entry with an http:, mailto: or other non-SIP link
A urn: address, such as an emergency service URN, sent to a server that does not handle it
A mistyped scheme in a device or trunk setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the scheme at the start of the Request-URI in the capture
Configure the device or dial plan to send sip: addresses
Convert tel: numbers to sip: addresses at the PBX or SBC
Fix the directory or click-to-call entry that produced the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported uri scheme, invalid address, tel uri, sips, address format, dial string, wrong address format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call was marked as a priority call, but the receiving system does not recognise that priority marking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some networks, such as government, military or emergency-service networks, let calls carry a priority level. This call carried such a marking and insisted that it be honoured, but the receiving system does not know it. It concerns how the caller&apos;s system or network marks calls, not the called person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined by RFC 4412 §4.6.2: an element returns it when the request carries Require: resource-priority and it understands none of the namespace and priority values in the Resource-Priority header. The response should carry Accept-Resource-Priority listing the values it does support, so the client can retry with one of them. Without the resource-priority option tag in Require, unknown values are normally ignored rather than rejected; an element that does not support the extension at all answers 420, and a caller not authorised for a known priority gets 403.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A namespace the receiver does not support, such as ets, wps, dsn or a private one
A priority value outside the range configured on the receiver
A gateway or SBC in strict mode that rejects unknown priority values
Different priority configurations between interconnected networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read Accept-Resource-Priority in the response for the supported values
Map the Resource-Priority header to a namespace the next network accepts
Remove Require: resource-priority if priority handling is optional
Align the priority namespaces configured on both sides of the interconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority call, resource priority, emergency priority, gets, wps, mlpp, preemption, government priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your phone or system insisted on a feature that the other side does not support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller&apos;s device or phone system required a particular protocol feature, and a system on the way does not support it, so the request was refused. It is a compatibility problem between pieces of equipment, often fixed by turning an option off. Neither person did anything wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent when the server does not understand an option tag listed in the Proxy-Require or Require header (RFC 3261 §21.4.15). The response must list the tags it does not support in an Unsupported header, and the client may retry without them. It is the mirror of 421, where the server needs an extension the client did not offer. RFC 3398 maps it to Q.850 cause 127 (Interworking, unspecified).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require: 100rel sent to a device without reliable provisional responses (PRACK)
Require: timer sent to equipment without session timer support
Proxy-Require with a tag the proxy does not know, such as sec-agree
Require: replaces or another call-control feature the far end lacks
A phone or PBX set to require an extension instead of only supporting it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Unsupported header to see which option tag was refused
Change the device setting from required to supported for that feature, such as 100rel or session timers
Check the Require and Proxy-Require headers in the request
Update the firmware of the side that lacks the extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad extension, unsupported feature, not supported, incompatible, 100rel, prack, session timer, require header, unsupported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other side needs a feature that your phone or system did not offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving system will only handle this request if the caller&apos;s device supports a particular protocol feature, and the device did not say that it does. It is a compatibility problem between the caller&apos;s equipment and the other side. Enabling the feature on the caller&apos;s device or trunk usually fixes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by a user agent server that needs a particular extension to process the request when that extension is not listed in the Supported header of the request (RFC 3261 §21.4.16). The response must carry a Require header naming the needed extension, and the client can retry once it supports it. Servers should use it only when the service really cannot work otherwise; compare 420, where the server is the one lacking support. RFC 3398 maps it to Q.850 cause 127 (Interworking, unspecified).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gateway or carrier that requires 100rel (PRACK) for early media
A server that requires session timers and the client did not list timer
A PBX or SBC that requires replaces, path, outbound or gruu
The feature disabled on the phone or trunk, so it is missing from Supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Require header in the response to see which extension is needed
Enable that extension, such as 100rel or session timers, on the phone, PBX or trunk
Check the Supported header of the original request
Ask the provider whether the requirement can be relaxed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extension required, feature required, prack, 100rel, session timer, require header, incompatible, not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call was refused because your system wanted to check that the call is still alive more often than the other side allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During a call, systems can check every so often that the call is still active. The caller&apos;s system asked for these checks more often than the other side accepts, so the request was refused. The caller&apos;s system normally retries by itself with a longer interval; if the call fails anyway, a setting on one of the systems needs adjusting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined by RFC 4028 §6 (session timers): a proxy or UAS returns it when the Session-Expires value in an INVITE or UPDATE is below the minimum it accepts. The response must carry a Min-SE header with that minimum, and the client should retry with a Session-Expires at least that large and a Min-SE set to it. It is only used when the client indicated support for timer; otherwise the element raises the value itself instead of rejecting. RFC 4028 does not allow a minimum below 90 seconds, and some equipment prints the phrase Session Timer Too Small for this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session-Expires set below the carrier or PBX minimum
Different session timer minimums on the two sides of a trunk
A client that ignores Min-SE and retries with the same interval
An SBC that rewrites Session-Expires to a low value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Min-SE header in the response
Raise the session timer setting on the device or trunk, for example to 1800 seconds
Check that the client retries with the larger value after the 422
Align the session timer settings on both sides of the SBC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session timer, session interval too small, min-se, session expires, call setup fails, re-invite, keepalive, timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your phone asked to stay signed in for a shorter time than the server allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a phone signs in to the phone system, it says how long the sign-in should last before it is renewed. The phone asked for a shorter time than the server accepts, so the sign-in was refused. The phone normally retries with the longer time by itself; if not, the registration interval on the caller&apos;s device needs to be raised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by a registrar or notifier when the expiration requested in the Expires header or the Contact expires parameter is shorter than it allows (RFC 3261 §21.4.17, registrar processing in RFC 3261 §10.3). The response must carry a Min-Expires header with the smallest interval it accepts, and the client should retry with at least that value. It applies to REGISTER and also to SUBSCRIBE (RFC 6665); an expiry of zero, which removes a binding, is never rejected this way. RFC 3398 maps it to Q.850 cause 127 (Interworking, unspecified).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short registration interval set on the phone to keep NAT open, such as 30 or 60 seconds
The provider raised its minimum without updating the devices
SUBSCRIBE with a very short Expires for presence or voicemail notification
A device that ignores Min-Expires and keeps retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Min-Expires header in the response
Set the registration or subscription expiry on the device to at least that value
Use keepalives (CRLF, OPTIONS or STUN) instead of very short registrations to keep NAT open
Update the firmware if the device does not retry with Min-Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interval too brief, registration failed, cannot register, expires too short, min-expires, registration interval, re-register, subscription failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location sent with the call could not be used by the receiving system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some calls, mainly emergency calls, carry the caller&apos;s location so they can be routed to the right answering centre. The receiving system could not read or use the location that was sent, or was not allowed to use it. It points at how the caller&apos;s phone, PBX or network supplies location, not at the person being called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined by RFC 6442 §4.3: a recipient returns it when the location conveyed with the Geolocation header, by value in a PIDF-LO body or by reference, is malformed, cannot be dereferenced or is not usable for its purpose. The response should include a Geolocation-Error header (RFC 6442 §4.4) with a code such as 100 Cannot Process Location, 200 to 202 for permission problems, or 300 Dereference Failure. The client can correct the location or its permissions and retry. It matters mostly for emergency calling, where location drives routing to the right answering point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A malformed or incomplete PIDF-LO location body
A location reference (URI) the recipient cannot fetch
Location privacy or routing rules that do not allow the recipient to use the location
A missing or outdated civic address or coordinates on the PBX or location server
An SBC or gateway that strips or damages the location body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Geolocation-Error header for the specific error code
Check the location configured for the caller, such as the civic address on the PBX or location server
Check that location references can be reached by the recipient
Check the location privacy and routing permissions
Test emergency location delivery with the provider&apos;s test number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location, emergency call, 911, 112, e911, geolocation, bad location, emergency address, pidf-lo, address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not registered (seen on the wire)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not registered (local status, never sent on the wire)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not registered (protocol analyser label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not registered (read as its class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No code given: enter a SIP response code such as 486.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number: a SIP response code has three digits, such as 486.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a SIP response code: SIP codes run from 100 to 699.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call or request is still in progress; this is an interim status, not the final result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes from 100 to 199 report progress while a request is being handled: it was received, a phone is ringing, the call is being forwarded or queued, or a tone or announcement is played. They never end a call attempt; a final answer (a code from 200 to 699) always follows. A phone that does not know a particular 1xx code treats it as plain call progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisional responses (RFC 3261 §7.2, §21.1) precede the final response; a 1xx with a To tag creates an early dialog, and any 1xx stops INVITE retransmission. 100 Trying is hop-by-hop and never forwarded by a stateful proxy; the other 1xx codes travel end to end, can be made reliable with RFC 3262 (100rel, PRACK), and are sent only to INVITE (RFC 4320 allows just 100 for other methods). A receiver treats an unrecognised provisional code other than 100 as 183 Session Progress (§8.1.3.2), so an unregistered code such as 150 still only means progress, whatever its phrase says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the final response that must follow
If no final response arrives, find the element that answered last (Via, To tag) and check its timers
For an unknown code, read the reason phrase and treat it as 183 Session Progress
If the caller hears silence in this phase, check early media (SDP in 180 or 183) and NAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provisional, progress, in progress, ringing, trying, early media, waiting, call setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request succeeded; for a call, the other side answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes from 200 to 299 mean the request was accepted and carried out: a call was answered, a registration accepted, a transfer taken on. Problems that appear afterwards, such as no sound, are not refusals; they happen after the answer. A phone that does not know a particular 2xx code treats it as a plain success (200 OK).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2xx responses are final successes (RFC 3261 §21.2). A 2xx to INVITE is confirmed by an end-to-end ACK outside the transaction and is resent by the UAS until that ACK arrives; proxies forward every 2xx at once, and a forked INVITE may produce several, each its own dialog (§16.7). A receiver treats an unrecognised 2xx code, such as an unregistered 250, as 200 OK (§8.1.3.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action needed for the request itself
If the answered call has no audio, check the SDP and NAT rather than the response
If calls drop shortly after the answer, check that the ACK reaches the answering side
For an unknown code, treat it as 200 OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success, ok, answered, connected, accepted, registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call was not connected here, and the caller&apos;s system was told to try another address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes from 300 to 399 do not connect the call but say where else to try: the person has moved, is forwarded or can be reached at several places. The caller&apos;s phone or phone system is expected to try the new address; if it does not follow redirects, the call fails even though the person is reachable. A phone that does not know a particular 3xx code treats it as a list of alternatives (300 Multiple Choices).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirection responses (RFC 3261 §21.3) carry the alternatives in Contact headers, possibly with q-values and an expiry. The UAC (§8.1.3.4) or a recursing proxy (§16.7) may retry at those targets; a proxy that recurses removes them from the response it keeps. A receiver treats an unrecognised 3xx code, such as an unregistered 350, as 300 Multiple Choices (§8.1.3.2), so it still looks at the Contact list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Contact headers for the suggested targets
Check whether the caller&apos;s PBX, SBC or phone follows redirects
Check that the suggested targets are allowed and routable from the caller&apos;s side
Look for redirect loops between servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect, redirection, moved, forwarded, contact, new address, reroute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client Failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was refused by this server because something about it was wrong or not allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes from 400 to 499 mean this server could not or would not carry out the request as sent: a wrong number, a missing or wrong login, a format it cannot handle, a busy or unavailable person, and the like. Sending the same request again unchanged will not help, but a corrected one, or another server or phone, may succeed. A phone that does not know a particular 4xx code treats it as 400 Bad Request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request failures (RFC 3261 §21.4) are definite answers from one server: the client should not resend the same request unmodified (for example without adding credentials), though it may succeed elsewhere, and a forking proxy keeps trying its other branches. A receiver treats an unrecognised 4xx code, such as an unregistered 471, as 400 Bad Request (§8.1.3.2), so the reason phrase and any Warning or Reason header are the only clue to what the sender meant. Some failures here are concluded locally: a transaction timeout is reported as if 408 had arrived (§8.1.3.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the reason phrase and any Warning or Reason header for detail
Check the dialled number, the account credentials and the phone configuration
Correct the request before retrying; an unchanged retry will fail again
Check whether the response came from the far end or was concluded locally (timeout)
For an unknown code, treat it as 400 Bad Request and ask the sender&apos;s vendor what it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client error, client failure, request failure, rejected, refused, failed call, error, not found, forbidden, busy, unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server Failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server on the way failed to handle a request that looked valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes from 500 to 599 mean the problem lies with a server or network element, not with the caller&apos;s request: it is overloaded, down, misconfigured or could not reach the next hop. These problems are often temporary, and trying again later or through another server may work. A phone that does not know a particular 5xx code treats it as 500 Server Internal Error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server failures (RFC 3261 §21.5) report that the server erred on an apparently valid request; Retry-After may say when to retry, and clients may fail over to another server found through DNS (RFC 3263). A transport failure is reported locally as if 503 had arrived (§8.1.3.1), so check whether the response really came from the far end. A receiver treats an unrecognised 5xx code, such as an unregistered 550, as 500 Server Internal Error (§8.1.3.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether the response came from the far end or was concluded locally (transport failure)
Look for Retry-After and for a Warning or Reason header
Check the state, load and logs of the server that answered (Server header, Via)
Try another server, trunk or route if one exists
For an unknown code, treat it as 500 Server Internal Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server error, server failure, server down, outage, overloaded, service unavailable, network problem, provider problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global Failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A final answer: the call cannot succeed at any of the called person&apos;s phones or addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes from 600 to 699 are a final answer about the called person as a whole, not about one phone: busy everywhere, declined, does not exist, cannot handle this kind of call, or blocked as unwanted. The person&apos;s other phones stop ringing when such an answer arrives, and trying other routes will not help. A phone that does not know a particular 6xx code treats it as 600 Busy Everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global failures (RFC 3261 §21.6) carry definitive information about the user, not only about the instance in the Request-URI. A forking proxy that receives a 6xx cancels its other pending branches and starts no new ones (§16.7), so one device answering 6xx ends a parallel ring group. A receiver treats an unrecognised 6xx code, such as an unregistered 650, as 600 Busy Everywhere (§8.1.3.2); equipment older than RFC 8197 and RFC 8688 does the same with 607 and 608.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not retry through other routes; the answer is about the called person as a whole
Read the reason phrase and the Warning and Retry-After headers
If one phone&apos;s rejection stops a whole ring group, configure it to answer with a 4xx such as 486 or 480
For an unknown code, treat it as 600 Busy Everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>global failure, rejected everywhere, declined, busy everywhere, does not exist, blocked, spam, unwanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your call has reached the phone system, and it is now working on connecting you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first server on the way received the call request and is processing it. It says nothing yet about the person you are calling: their phone has not necessarily been reached. If the call stays at this stage and nothing else follows, the problem lies further along the path, not with your phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined in RFC 3261 §21.1.1. It is hop-by-hop: the next element (proxy, B2BUA or UAS) sends it to stop INVITE retransmissions, and a stateful proxy never forwards a 100 it receives (§16.7); an INVITE server transaction sends one by itself if its TU has not answered within 200 ms (§17.2.1). It creates no dialog, needs no To tag, and echoes a Timestamp header if the request had one. A 100 followed by silence means the next hop took the INVITE but nothing came back from further downstream; the attempt then ends when a proxy&apos;s Timer C or the caller&apos;s own no-answer timer fires, usually with CANCEL and 487, or with 408.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal first reply of the next server to any call attempt
The server is looking up routing, number or account data
The far end is slow, so only the nearest server has replied so far
The next hop cannot reach the called party, or its replies are lost on the way back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action needed if ringing or an answer follows
If the call hangs after 100, follow the INVITE to the next hop and see whether it answers
Check firewalls and NAT for replies from further along the path that never arrive
Check the routing of the called number on the proxy or PBX
If not even 100 arrives, the INVITE is not reaching the first server: check address, port and transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trying, connecting, call setup, dialling, dialing, stuck on trying, no ringing, call hangs, silence after dialling, processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone you are calling is ringing now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called phone, or a device acting for it, was reached and is alerting the person. Nothing is wrong: the call is waiting to be answered. If nobody picks up, the call usually ends after a while with a no-answer result or goes to voicemail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by the callee&apos;s UAS while it alerts the user (RFC 3261 §21.1.2) and forwarded by proxies. With a To tag it creates an early dialog, so a forked INVITE can return several 180s with different To tags. Without an SDP body the caller plays local ringback; with SDP (often sent reliably with Require: 100rel, RFC 3262) the caller may play the far-end media instead (RFC 3960). A PSTN gateway normally sends 180 when the ISUP side reports that the called line is free and alerting (RFC 3398).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called phone is ringing and has not been answered yet
A PSTN gateway reports that the called line is alerting
Several phones of a ring group or of one user are ringing at once
A PBX signals ringing while it hunts for a free extension or agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for an answer; no fault is indicated
If the caller hears no ringback, check whether the phone plays local ringback or expects early media
If ringing never ends, check no-answer timers, voicemail and forward-on-no-answer settings
If the called person&apos;s phone does not ring although 180 arrives, check which device sent it (Contact, User-Agent)
If ringing ends in 480 or 408, look at the called party&apos;s availability rather than the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ringing, ring, ringback, alerting, rings but no answer, nobody answers, no answer, no ringback tone, ring tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your call is being passed on to another number or device chosen by the person you called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server along the way is forwarding the call, for example because the person has call forwarding switched on or did not answer. It is only a progress notice: the call goes on toward the new destination, which was chosen on the called party&apos;s side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional provisional response (RFC 3261 §21.1.3) that a proxy, PBX or B2BUA may send when it retargets the call to a different set of destinations (unconditional, busy or no-answer forwarding). The new target and the reason are usually visible in the History-Info (RFC 7044) or Diversion headers of the onward INVITE rather than in the 181 itself. Many systems never send it, so its absence proves nothing. Some lists print the phrase as &apos;Call Being Forwarded&apos;; the code is the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call forwarding always is set on the called number
Forwarding on busy or on no answer was triggered
A follow-me, find-me or hunt service moves to the next destination
The call is being diverted to voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action needed: the call continues
If the call ends up in the wrong place, check the called party&apos;s forwarding settings
Check History-Info or Diversion in the onward INVITE to see where and why it was forwarded
If forwarding goes round in circles, look for 482 or 483 and for forwarding chains between numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forwarded, call forwarding, diverted, diversion, divert, redirected, follow me, forward to voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person or team you are calling is busy, and your call is waiting in a queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called side cannot take the call right now, but instead of refusing it the system put it in a waiting line. The call is put through when someone becomes free, or it ends with a final answer. This is normal for call centres and service lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3261 §21.1.4: the callee is temporarily unavailable, but the server queues the call rather than rejecting it and sends the appropriate final response once the callee becomes available or the wait ends. The reason phrase may give detail such as the queue position or expected waiting time, and several 182s may be sent to update it. Most ACD and queue systems instead answer with 200 and play music, so 182 is rare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call-centre or ACD queue holds the call for the next free agent
A camp-on service waits for a busy extension to become free
All members of a hunt group are busy and queueing is enabled
A gateway reports a call queued in the other network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep waiting; the call has not been lost
Read the reason phrase for the queue position or waiting time
If calls wait too long, check agent availability and queue limits on the ACD
If the caller hears silence while queued, check whether ringback or early media is provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued, queue, waiting, on hold, call centre, call center, hold music, waiting line, agents busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your call is being set up, and you may hear a tone or an announcement before anyone answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network or the called side is reporting progress. Often it sends sound before the call is answered, such as ringback, a recorded announcement or a menu. This is normal; if the caller hears only silence at this stage, the sound path may be blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3261 §21.1.5: a general progress indication whose detail is in the reason phrase, headers or body. In practice it mostly carries an SDP answer for early media (RFC 3960), is often sent reliably (Require: 100rel, PRACK, RFC 3262) and is used for QoS preconditions (RFC 3312); PSTN gateways send it when in-band tones or announcements are played (RFC 3398). A UAC treats any unrecognised 1xx other than 100 as 183 (§8.1.3.2). If 183 carries SDP but no RTP arrives, suspect NAT, a firewall or a wrong c= address. Some lists print the phrase as &apos;Session in Progress&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringback or an announcement played by the network as early media
An IVR, voicemail greeting or menu before the call is answered
A PSTN gateway passes on in-band tones
QoS preconditions or reliable provisional responses in IMS and carrier networks
Some phones send 183 instead of 180 while ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the caller hears the expected tone or announcement, no action is needed
If the caller hears silence, check that RTP flows to the address and port in the 183 SDP
Check NAT and firewall pinholes for early media on both sides
If 183 carries Require: 100rel and keeps being resent, check PRACK handling
Look at the final response that follows, for example an announcement followed by 404 or 486</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session progress, early media, ringback, announcement, no ringback, silence before answer, one way audio, ivr, progress tone, in-band tones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the places your call was trying has dropped out, but the call may still reach the person elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a call is offered to several phones or destinations at once, one of them has dropped out before the call was answered. The call as a whole is not over: other phones may still ring or answer. Any tone or announcement coming from that destination stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 6228: a forking proxy (§6) or a UAS sends 199 upstream to say that an early dialog, identified by the To tag of the earlier 1xx, has ended before the final response; it is sent only if the request carried Supported: 199. It lets the caller release that branch&apos;s resources, for example stop playing its early media. It carries no SDP offer or answer and may include a Reason header with the response that closed the branch. Wireshark&apos;s statistics label this row &apos;Informational - Others&apos;, a per-class bucket rather than the registered phrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel ringing: one phone rejected or failed while others still ring
A branch of a hunt group or find-me sequence was released
A UAS that created several early dialogs closed one of them
A downstream element sent a final error on one branch that the proxy did not forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action needed if the call still reaches someone
Find the branch that ended by comparing the To tag with the earlier 180 or 183
Look for a Reason header giving the response that ended the branch
If early media stops unexpectedly, check whether it came from the terminated branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>early dialog terminated, forking, parallel ringing, ring group, simultaneous ring, branch ended, one phone rejected, early media stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request worked: for a call, the other side answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was successful. For a call it means the other side picked up, whether a person, voicemail, a menu or an answering machine; for a registration it means the phone is signed in. Trouble after a 200, such as no sound or a call that drops after about 30 seconds, is not a refusal but a media or signalling problem after the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3261 §21.2.1; what it carries depends on the method. A 200 to INVITE carries the SDP answer (or offer) and the Contact of the dialog and must be confirmed by an end-to-end ACK; the UAS resends it until the ACK arrives and gives up after 64*T1 (32 s by default), then ends the call with BYE (§13.3.1.4). Proxies forward every 2xx at once, and a forked INVITE can bring several 200s, each its own dialog (§16.7). A 200 to REGISTER lists the current bindings with their expiry; a 200 to CANCEL only confirms the CANCEL, and the INVITE still ends with its own response, normally 487. An unrecognised 2xx is treated as 200 (§8.1.3.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called person, voicemail, an IVR or an answering machine answered
A registration or re-registration was accepted
An OPTIONS keep-alive or capability query was answered
A BYE, CANCEL, re-INVITE, UPDATE, SUBSCRIBE or NOTIFY was accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action needed for the request itself
If the answered call has no audio or one-way audio, check the SDP addresses and ports and NAT
If calls drop after about 32 seconds, check that the ACK reaches the answering side (Contact, Record-Route, NAT)
If a call seems answered too early, check whether voicemail, an IVR or a fax machine answered
For registrations, check the expiry given in the Contact or Expires header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok, success, answered, connected, picked up, registered, call connected, no audio after answer, call drops after 30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your request was accepted and is being carried out; for example, a call transfer has been taken on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other side has taken on the request but has not finished it yet. It is most often seen when a call is transferred: the transfer was accepted, and whether it worked is reported separately a moment later. It is a success answer, not an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered as &apos;Accepted (Deprecated)&apos;; on the wire the phrase is &apos;Accepted&apos;. Introduced for SUBSCRIBE (RFC 3265) and used for REFER (RFC 3515), it is deprecated by RFC 6665 §8.3.1: a received 202 must be handled exactly like 200, and it must not be sent to SUBSCRIBE or NOTIFY; RFC 7647 extends this to REFER. Much deployed equipment still answers REFER with 202, and the transfer result then arrives in NOTIFY requests whose message/sipfrag body carries a status line such as &apos;SIP/2.0 200 OK&apos;. Store-and-forward MESSAGE relays also use it for accepted but not yet delivered (RFC 3428).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call transfer (REFER) was accepted by the phone or PBX
A presence, busy-lamp or message-waiting subscription answered by older equipment
A text message accepted by a gateway or relay for later delivery
Firmware that still follows RFC 3265 or the original RFC 3515</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treat it as success; the outcome is reported separately
For transfers, find the NOTIFY with a sipfrag body and read the status line it carries
If a transfer seems to do nothing, check that the NOTIFY arrives and what final code it reports
If a device behaves differently on 202 than on 200, update its firmware or settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted, transfer accepted, refer, call transfer, blind transfer, attended transfer, subscription, presence, blf, message accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A status subscription was renewed and nothing has changed, so no update is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone renewed its subscription to some status information, such as a colleague&apos;s line state or the voicemail indicator, and said which version it already has. The server confirms the renewal and, as nothing has changed, does not send the same information again. This is normal and saves traffic; it is not an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined by RFC 5839 §8.1 (conditional event notification). It answers a SUBSCRIBE refresh inside an existing subscription dialog that carries Suppress-If-Match with the entity tag the subscriber last received in the SIP-ETag header of a NOTIFY; if the resource state still matches, the notifier refreshes the subscription, replies 204 and sends no NOTIFY. The Expires header gives the new duration. Not to be confused with HTTP&apos;s 204 No Content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A busy-lamp, presence or message-waiting subscription refresh found no change
A subscriber uses entity tags to avoid receiving the full state again
Periodic polling of a resource whose state has not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action needed
If a display stays out of date, check whether the server answers 204 although the state changed (stale entity tag)
Subscribe once without Suppress-If-Match to force a full NOTIFY
Check the Expires value to see how long the subscription now lasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no notification, subscription refreshed, no change, blf, busy lamp, presence, message waiting, mwi, etag, subscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person you called can be reached at several places, and your phone system has to pick one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instead of connecting the call, a server replied with a list of addresses where the person may be reached. The caller&apos;s phone or phone system should try one of them, automatically or after asking. If the caller&apos;s equipment does not follow such lists, the call simply fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3261 §21.3.1: the Request-URI resolved to several locations, given as Contact header values (optionally ranked by q-value); a body may describe them, but no format for it is standardised. The UAC (§8.1.3.4) or a recursing proxy (§16.7) may retry automatically or let the user choose. It is typically sent by a redirect server that prefers not to proxy the request. A receiver treats any unrecognised 3xx as 300 (§8.1.3.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A redirect server or location service returns several registered contacts
The user can be reached on several devices or numbers
A routing or number lookup service returns alternative routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Contact headers for the offered addresses and their q-values
Check whether the caller&apos;s PBX, SBC or proxy follows redirects automatically
If redirects are not followed, enable redirect handling or have the server proxy the call instead
Make sure the offered addresses are reachable from the caller&apos;s network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multiple choices, redirect, several locations, alternatives, contact list, redirect server, choose destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number or address you called has permanently changed to a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person can no longer be reached at the address that was dialled, and the server gives the new address. The caller&apos;s system should try the new address now and use it from then on. If the caller&apos;s equipment does not follow it, the call fails even though the person still exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3261 §21.3.2: the user is no longer at the Request-URI; the client should retry at the Contact address(es) and update address books and location caches. It is handled like the other redirects by the UAC (§8.1.3.4) or a recursing proxy (§16.7). RFC 3398 maps Q.850 cause 22 (Number changed) to 301 when the diagnostic carries the new number; without it, cause 22 maps to 410 Gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscriber changed number or SIP address for good
A domain or account migration with a permanent redirect
A PSTN number change reported by a gateway (Q.850 cause 22 with the new number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the new address in the Contact header
Update contacts, speed dials and routing tables to the new address
Check whether the caller&apos;s equipment follows redirects automatically
If the redirect points back to the same address, look for a redirect loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved permanently, number changed, new number, moved, redirect, changed address, relocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person you called is at another number or address for now, and your call should be sent there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server answered that the person is temporarily reachable somewhere else, for example because call forwarding is on. The caller&apos;s phone or phone system is expected to try that address instead. If it does not follow the redirect, the call fails although the person can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3261 §21.3.3: the client should retry at the Contact address(es), using the Contact URI as the new Request-URI; an Expires header or expires Contact parameter says how long the redirect holds. Redirect servers, SBCs and routing engines (call forwarding, number portability or least-cost routing lookups) use it so that the caller&apos;s side places the next attempt. It is followed by the UAC (§8.1.3.4) or a recursing proxy (§16.7); if neither does, the attempt ends with the 302 itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call forwarding carried out by a redirect server instead of a proxy
A number portability or routing lookup returns the real destination
Least-cost routing or a SIP trunk provider redirects to another gateway
A follow-me or mobility service points to the current device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Contact header to see where the call should go
Check whether the caller&apos;s PBX or SBC is configured to follow 302 redirects
Check that the new target is allowed and routable from the caller&apos;s side (dial plan, trunk permissions)
If redirects repeat, look for a redirect loop between servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved temporarily, redirect, call forwarding, forwarded, diverted, temporary redirect, follow me, reroute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called side wants your call to be sent through a particular server before it will accept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request did not arrive the way the called side requires. The answer names a server (a proxy) the call must pass through and asks the caller&apos;s system to try again that way. Many phones do not support this and simply show the call as failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3261 §21.3.4: the resource must be reached through the proxy given in the Contact header, and the client is expected to repeat only this one request via that proxy; only a UAS may generate 305. No later SIP RFC deprecates or restricts it, and the IANA entry is unchanged (HTTP deprecated its own 305, which is a different protocol). Because obeying it lets the responder insert a proxy into the path, many UAs ignore it or follow it only from trusted sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UAS that only accepts requests arriving through a particular proxy or SBC
The caller bypassed the required outbound proxy
Misconfigured routing sends calls straight to an endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Contact header for the required proxy
Configure the caller&apos;s phone or PBX to use that proxy as its outbound proxy
Make sure the named proxy is trusted before following the redirect
Check whether the caller&apos;s equipment supports 305 at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use proxy, outbound proxy, proxy required, wrong route, bypassed proxy, redirect to proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call could not go through as dialled, and the network suggests another way to place it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call was not connected, but the system offers an alternative, described in the response. The best-known case is a mobile network telling a phone that the number dialled is an emergency number and must be called as an emergency call. The caller&apos;s device decides whether to retry that way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3261 §21.3.5: the call failed, but alternative services are possible; they are described in the message body, whose format RFC 3261 leaves open. 3GPP IMS (TS 24.229) sends it with an XML body (application/3gpp-ims+xml, alternative-service element of type emergency) so that the UE retries as an emergency call or performs an emergency registration. Some lists print the phrase as &apos;Alternate Service&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IMS network detected an emergency number dialled as a normal call
The phone must register for emergency services before calling
A service offers a different way to reach the destination, described in the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the message body for the offered alternative
For emergency numbers, check that the phone supports IMS emergency calls and retries as instructed
Check the emergency number lists configured on the device and in the network
If the device ignores 380, check its firmware support for the 3GPP alternative-service body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alternative service, alternate service, emergency call, emergency number, 112, 911, sos, ims, redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An automatic emergency alert sent by a device was refused because the emergency service could not make sense of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device such as an alarm panel, a sensor or a vehicle system sent an emergency alert as data, without a voice call, and the emergency service&apos;s system could not use it. The alert was missing, damaged or too incomplete to decide what help is needed. The problem lies with the sending device or its software, not with the emergency service or the phone line; a normal voice emergency call still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined for non-interactive emergency calls (RFC 8876 §5.1): a request, typically a SIP MESSAGE that sets up no session, carrying a Common Alerting Protocol document (application/EmergencyCallData.cap+xml) towards a PSAP or ESRP. The recipient answers 425 when the CAP payload is absent, corrupt or lacks the information needed to determine an emergency response. The AlertMsg-Error header gives the reason code: 100 cannot process the payload, 101 payload not present or not found, 102 not enough information, 103 payload corrupted. Unlike 415, the media type is understood; the alert content is what is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm or sensor firmware that builds a CAP document outside the emergency profile
The alert body removed or cut off by an SBC, proxy or gateway
The request points to alert data (for example by a cid: reference) that is not in the message
Required CAP fields such as event, urgency or area left empty
Broken XML or a wrong character encoding in the alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the AlertMsg-Error code and text in the response
Validate the CAP document sent by the device against the CAP schema and the RFC 8876 profile
Check that no SBC, proxy or gateway strips or rewrites the message body
Update the device firmware or contact its vendor
Make sure a voice emergency call remains possible while the alert path is fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emergency alert, alarm panel, sensor alert, ecall, cap, 911, 112, psap, emergency message rejected, data-only emergency call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call was refused because the receiving network only accepts calls whose caller number is digitally signed, and this one was not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving network or phone system requires the caller ID to be vouched for with a digital signature (in North America this is STIR/SHAKEN). This call arrived without one, so it was turned away. The person you called did not reject you: the caller&apos;s provider or PBX has to sign the calls it sends, or a device on the way removed the signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by a verification service (RFC 8224 §6.2.2) when local policy requires an Identity header, i.e. a signed PASSporT (RFC 8225), and the request carries none. The originating domain is expected to run an authentication service that adds Identity before the call leaves it. The code was first registered by RFC 4474, whose design RFC 8224 replaced. Many carriers do not reject unsigned calls but treat them as unverified; RFC 9410 also lets a verifier report a failure upstream in a Reason header (protocol STIR) while the call continues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The originating provider or PBX does not sign its calls
An SBC or trunk strips the Identity header on the way
The call crossed a TDM or legacy interconnect that cannot carry Identity
A strict policy on the terminating network that refuses all unsigned calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the originating provider whether it signs calls for this number, and with which attestation
Capture the INVITE at each hop to find where the Identity header disappears
Check SBC header manipulation rules for Identity
Review the terminating network&apos;s policy for unsigned calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stir/shaken, shaken, caller id verification, unsigned call, identity header, call blocked, robocall, spam, attestation, spoofing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call transfer was refused because the person who asked for the transfer could not be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During a transfer, the party the call was being transferred to wanted signed proof of who requested the transfer, and that proof was missing or invalid. It concerns the transfer request, not the line or the ongoing call. The transfer can often be done another way, for example as an attended transfer or by calling the number directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined in RFC 3892 §5 (the Referred-By mechanism). The refer target sends 429 when it requires a Referred-By security token, an S/MIME-signed message/sipfrag body, and the request triggered by a REFER (usually an INVITE) carries no valid one. The referee should report the failure to the referrer in a NOTIFY, so that the referrer can send the REFER again with a token. Rarely seen, because signed Referred-By tokens are seldom deployed; most systems refuse unwanted transfers with 403.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer target requires signed Referred-By tokens and the transferring phone cannot create them
A proxy or B2BUA rebuilt the request and dropped the token body
The token signature or the referrer&apos;s certificate could not be verified
A policy on the target that only accepts transfers from known referrers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Referred-By header and any signed body in the INVITE sent to the target
Check whether the transferring phone supports Referred-By tokens and has a certificate
Look at the NOTIFY sent back to the transferring phone to see the failure
Try an attended transfer, or relax the target&apos;s policy for trusted referrers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer failed, call transfer, blind transfer, refer, referred-by, transfer rejected, transfer not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network lost its connection to the called phone, so the call could not be delivered that way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called phone keeps a standing connection to its provider so that calls can reach it behind a router or firewall. That connection has broken, so the server could not hand the call to the phone over it. This is normally dealt with inside the provider&apos;s network, which tries other connections; the phone usually reconnects and signs in again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined by SIP Outbound (RFC 5626 §11.5). An edge proxy returns 430 when a request routed by a flow token (Path or Record-Route URI with the ob parameter) cannot be delivered because that flow, a TCP/TLS connection or a UDP NAT binding, has failed. It is meant to stay between proxies: the authoritative proxy tries the other registered flows of the same instance and, if none works, usually answers the caller with 480. A user agent that receives 430 anyway treats it like 400.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone&apos;s TCP or TLS connection dropped, for example after a Wi-Fi or mobile network change
A NAT or firewall closed the binding because keepalives were too rare
The edge proxy or SBC restarted and lost its connections
The phone went to sleep or lost power without unregistering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether the called device reconnects and registers again shortly afterwards
Compare the keepalive interval (CRLF or STUN, Flow-Timer) with NAT and firewall timeouts
Look for edge proxy or SBC restarts and connection resets at the time of the failure
Let the phone register more than one flow if redundancy is wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection lost, phone offline, unreachable, nat, firewall, keepalive, tcp connection dropped, not registered, outbound, flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person you called does not accept calls from hidden or withheld numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call was made with the caller&apos;s number hidden, and the called party or their provider rejects anonymous calls. Nothing is broken: showing your number for this call, or in general, lets it through. It is a choice made on the called side, not a fault of the caller&apos;s phone or the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined in RFC 5079 §5 for anonymous call rejection. A UAS, or a proxy acting for the callee, sends 433 when the request is anonymous (for example an anonymous From URI or a Privacy header with id, user or header) and the target&apos;s policy refuses such requests. Unlike a plain 403 or 603 it tells the caller exactly why, so the caller can try again with identity shown. The check usually sits in a network service setting of the called line rather than in the called device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller&apos;s number is withheld (CLIR or a Privacy header)
The called party has anonymous call rejection switched on
The caller&apos;s provider sends no P-Asserted-Identity, so the call looks anonymous
A PBX or trunk that sends From: anonymous by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call again with your number shown (turn off number withholding, or use the provider&apos;s per-call code)
Check the caller&apos;s line or trunk for default privacy or CLIR settings
Check that From and P-Asserted-Identity are sent correctly on the trunk
If the called party should accept such calls, ask them to switch off anonymous call rejection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymous call rejected, withheld number, private number, hidden caller id, no caller id, clir, acr, anonymous, call blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call was refused because the network could not fetch the certificate needed to check the caller&apos;s identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call carried a digital signature for the caller&apos;s number, but the receiving network could not download the certificate that the signature points to, so it could not check who is calling. The problem lies with the calling side&apos;s signing setup or with the path to its certificate server, not with the called party.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by a verification service (RFC 8224 §6.2.2) when the credential referenced by the info parameter of the Identity header (the certificate URL, also in the PASSporT x5u claim) cannot be dereferenced: unsupported URI scheme, unreachable host or failed retrieval. RFC 4474 defined it for the Identity-Info header, which RFC 8224 removed; PJSIP and Wireshark still print Bad Identity-Info. Compare 437 (credential obtained but not acceptable) and 438 (signature or claims do not verify).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate URL in the Identity header is wrong, outdated or unreachable
The signing provider&apos;s certificate repository is down or blocked by a firewall
A URL scheme the verifier does not support (for example not https)
DNS or TLS errors when the verifier fetches the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the info parameter of the Identity header and try to fetch that URL from the verifier&apos;s network
Check firewall and proxy rules for outbound https from the verification service
Check the verifier&apos;s logs for DNS or TLS errors during retrieval
Tell the originating provider if its certificate repository is unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stir/shaken, certificate url, x5u, identity info, caller id verification, call blocked, certificate download failed, verification failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call was refused because the certificate used to sign the caller&apos;s number is not trusted or not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller&apos;s network signed the call and the receiving network fetched the certificate, but could not accept it, for example because it comes from an authority it does not trust. The problem lies with the calling provider&apos;s certificate or with the trust settings of the receiving network, not with the phones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by a verification service (RFC 8224 §6.2.2) when it cannot validate the credential referenced by the Identity header: a certificate from an untrusted or unknown authority, an unsupported credential type or algorithm, or one that fails validation. RFC 4474 registered the code as 437 Unsupported Certificate, the phrase PJSIP, Wireshark and FreeSWITCH still print; the meaning is the same. Compare 436 (credential could not be fetched) and 438 (signature or claims invalid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing certificate was issued by a CA missing from the verifier&apos;s trust list (for example not an approved STI-CA)
The certificate is expired or revoked
A credential type or algorithm the verifier does not support
An outdated trust anchor list on the verification service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check which CA issued the certificate and whether it is on the verifier&apos;s trust list
Check the certificate&apos;s validity dates and revocation status
Update the verification service&apos;s trust anchors
Ask the originating provider to renew or replace its certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stir/shaken, untrusted certificate, unsupported certificate, certificate expired, caller id verification, call blocked, sti-ca, trust anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call was refused because the digital signature on the caller&apos;s number did not check out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call came with a signed caller identity, but when the receiving network checked it, the signature was wrong or the signed details did not match the call. The caller ID may have been changed on the way, or the signing was done incorrectly. The problem lies on the calling side or along the route, not with the called party.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by a verification service (RFC 8224 §6.2.2) when it has obtained the credential but the PASSporT signature does not verify, or the signed claims do not match the request, such as the orig or dest numbers. Number rewriting by B2BUAs or SBCs after signing is a frequent trigger. A Date outside the freshness window is answered with 403 Stale Date instead. Compare 436 and 437, which fail before the signature is checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device on the route rewrote the calling or called number after the call was signed
Number format differences (plus sign, country code) between signer and verifier
A signing key that does not match the published certificate
Caller ID spoofing: the call claims a number it was not signed for
An SBC that damaged or rebuilt the Identity header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the orig and dest claims in the PASSporT with From, P-Asserted-Identity and the Request-URI as received
Check number normalisation rules on SBCs between signer and verifier
Ask the originating provider to check that its signing key matches its certificate
Check clock synchronisation (NTP) on signing and verifying systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stir/shaken, invalid signature, caller id spoofing, spoofed number, verification failed, call blocked, spam, robocall, identity header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone could not sign in because the first server it connects through does not support a connection feature the phone asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone asked to keep a reliable standing connection to the service (SIP Outbound). The registration server supports this, but the first server in between does not, so the registration was refused. It is a setup mismatch between the phone and the provider&apos;s front-end server, not a problem with the account or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined by SIP Outbound (RFC 5626 §11.6). The registrar returns 439 when a REGISTER requests outbound behaviour (Contact with reg-id and +sip.instance, Supported: outbound) but the first-hop edge proxy has not shown outbound support, i.e. there is no Path entry with the ob parameter. The UA can register again without reg-id, or through an edge proxy that supports outbound. sofia-sip labels 439 Stale Date, an unrelated meaning: go by the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP Outbound (RFC 5626) enabled on the phone, but the SBC or edge proxy does not support it
The edge proxy does not add a Path header with the ob parameter
A new or misconfigured front-end proxy in front of an outbound-capable registrar
A load balancer that forwards REGISTER without acting as an edge proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off SIP Outbound (reg-id) on the phone, or point it at an edge proxy that supports outbound
Check the Path header as it reaches the registrar
Enable Path and outbound support on the edge proxy or SBC
Register again and confirm the 200 OK carries Require: outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registration failed, cannot register, outbound, edge proxy, sbc, path header, reg-id, nat, keepalive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call could not ring all the phones it was meant to, because of a limit on how many phones one call may ring at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To protect the network, servers limit how many parallel branches one call may split into. This call would have gone over that limit, so some or all destinations were not tried. It usually points to a very large ring group, or to forwarding that splits the call again and again, on the provider or PBX side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined by RFC 5393, which added the Max-Breadth header to stop forking being used for amplification attacks. Max-Breadth caps the number of concurrent branches a request may fan out into across all forking proxies (RFC 5393 suggests 60 as the default). A proxy whose incoming Max-Breadth is too small for the parallel fork it wants, and that cannot fork serially or redirect instead, returns 440; the client can conclude that its request did not reach every possible destination. Compare 483, which limits depth (Max-Forwards) rather than breadth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ring group or hunt group that rings too many phones in parallel
Several forking proxies in a chain, each splitting the call again
A user with many registered devices plus forwarding to another group
A forking loop or spiral that multiplies branches
A low Max-Breadth set by a client or an intermediate proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Max-Breadth header of the request as it reaches each proxy
Reduce parallel branches, or switch large groups to sequential hunting
Look for forwarding chains where groups contain other groups
Check proxy settings that lower or reset Max-Breadth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ring group, hunt group, forking, parallel ringing, simultaneous ring, too many devices, max-breadth, call not delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other side refused a message sent during the call, such as keypad presses sent as data, because it does not accept that kind of message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During a call, one side sent extra information inside the call, for example keypad tones or application data, in a format the other side had not agreed to receive. Only that message was refused; the call itself goes on. It usually comes from a settings mismatch between the two phones or systems, often about how keypad tones (DTMF) are sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined by RFC 6086 (receiver behaviour §4.2.2, registration §11.6). A UA answers 469 to an INFO request whose Info-Package header names a package it has not announced in its Recv-Info header; the response carries Recv-Info listing the packages it will accept. The failure concerns that INFO transaction only and does not end the dialog. Legacy INFO sent without an Info-Package header is outside this mechanism.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DTMF sent as SIP INFO in a package the far end did not list in Recv-Info
The sender ignored, or never received, the peer&apos;s Recv-Info
An SBC or B2BUA that removed or rewrote Recv-Info during call setup
Different DTMF or application settings on the two endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the Info-Package header of the INFO with the Recv-Info sent by the far end
Align DTMF settings on both sides (RFC 4733 telephone-event, SIP INFO or in-band)
Check how SBCs pass Recv-Info and Info-Package
Update endpoint firmware that sends INFO without checking Recv-Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dtmf, keypad tones, touch tones, keypresses not working, ivr not responding, sip info, info package, recv-info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your message or call could not be passed on because a recipient has not yet agreed to receive it through this service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request went to a service that forwards it to others, such as a group list, a conference service or a message distributor. At least one recipient has not given permission to receive traffic from you through that service, so it refused. The recipient has to agree first; nothing is broken on your phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined by the SIP consent framework (RFC 5360 §5.9.2), which protects against amplification and spam through relays. A relay that would translate a request to recipient URIs, for example a URI-list server, returns 470 when the recipient&apos;s permission for that translation is missing; the Permission-Missing header lists the URIs still lacking consent. The sender can then request permission with a permission document (RFC 5361) and retry once the recipients grant it. Unlike 403, it points to a way of obtaining access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recipient on a group or distribution list has not granted permission yet
Permission was given earlier but has expired or been withdrawn
The sender identity differs from the one the recipient approved
A new relay or list was set up without collecting consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Permission-Missing header to see which recipients lack consent
Send those recipients a permission request and wait for them to accept
Check that the sender identity matches the one for which permission was given
Remove recipients who do not consent from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent, permission, not allowed, group message, distribution list, conference invite, spam protection, recipient approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person you called cannot be reached right now; their phone may be off, not signed in or not answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call reached the called party&apos;s service, but their phone could not take it at the moment: it may be switched off, not signed in, out of coverage or set to do not disturb, or it rang without being answered. It is about the called party&apos;s side, not your phone. Trying again later usually works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3261 §21.4.18: the callee&apos;s end system was contacted but the callee is currently unavailable; a proxy or redirect server also returns it when it knows the user but has no valid current location (no registration). It may carry Retry-After, and the reason phrase or a Reason header may be more specific. Unlike 408, which reports that no final answer came in time, 480 is an explicit answer; unlike 486, the user is not busy. RFC 3398 maps 480 to Q.850 cause 18 (No user responding); causes 19 (No answer from user), 20 (Subscriber absent) and 31 (Normal, unspecified) arrive as 480.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called phone is not registered (switched off, offline or without network)
It rang without answer and the called side gave up after its no-answer timer
Do-not-disturb or an away status that answers with 480
Mobile phone out of coverage or in flight mode
The called phone lost its registration after a NAT or network change
A proxy or gateway with no usable route to the user at the moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call again later
Check whether the called device is registered (registrar or PBX user status)
Look for Retry-After, the reason phrase and any Reason header for the exact cause
Check do-not-disturb and no-answer timer settings on the called side
If every call to one user fails, check that device&apos;s NAT keepalives and registration expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unavailable, not available, nobody answers, no answer, not registered, phone offline, switched off, out of coverage, do not disturb, unreachable, subscriber absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other side no longer knows about this call, so it could not act on the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message was sent about a call that the other side has no record of, for example because it had already ended the call, restarted or lost track of it. It often shows up when hanging up, holding or transferring, and usually means the call had already ended on the other side. It is a mismatch between two systems, not something the user did wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3261 §21.4.19: the UAS received a request that matches no existing dialog or transaction, such as a BYE, re-INVITE, CANCEL or NOTIFY with an unknown Call-ID or tags. Per §12.2.1.2 a UAC that gets 481 (or 408) to a request inside a dialog should consider the dialog ended. Older gateways print the RFC 2543 phrase Call Leg/Transaction Does Not Exist. RFC 3398 maps it to Q.850 cause 41 (Temporary failure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call had already ended on the other side (a BYE crossed or was lost)
A phone, PBX or SBC restarted and lost its call state
An SBC or B2BUA changed the Call-ID or tags inconsistently
A CANCEL that arrived after the call was answered or ended
Requests routed to another node of a cluster that does not share call state
A NOTIFY for a subscription that has already expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Call-ID, From tag and To tag of the failing request with the original dialog
Check whether the other side sent a BYE or restarted before this request
Review dialog handling and failover on SBCs, B2BUAs and clusters
Check session timer and subscription expiry if it happens mid-call or with NOTIFY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call does not exist, call leg, dialog not found, unknown call, hang up failed, transfer failed, hold failed, call dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call went round in a circle between servers, so the network stopped it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call was routed back to a server it had already passed through, in a way that would have made it go round forever. The server stopped it to protect the network. This is a routing setup error at the provider or PBX, not a problem with either phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3261 §21.4.20: a proxy found by loop detection (§16.3 step 4: its own address in a Via with a branch value showing the same request) that the request came back to it unchanged. A spiral, where the request returns with a different Request-URI or route, is legitimate and must not be rejected. RFC 5393 made loop detection mandatory for proxies that fork and corrected the algorithm. RFC 3398 maps 482 to Q.850 cause 25 (Exchange routing error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two servers that route the same number to each other
Call forwarding that points back to the original user or group
A default route on a PBX pointing at a trunk that sends the call back
DNS, SRV or outbound proxy settings that lead a server back to itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Via headers to see which servers the request passed through
Check the routing and dial plan for the dialled number on each of those servers
Check the called user&apos;s forwarding settings
Check DNS and outbound proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loop, routing loop, call loop, forwarding loop, misrouted, routing error, call forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call passed through too many servers and was stopped before it reached the person you called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every call carries a counter that goes down at each server it passes. This call used the counter up before reaching its destination, usually because it was circling between systems or passed an unusually long chain of them. It is a routing problem in the provider or PBX network, not with the phones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3261 §21.4.21: a proxy received a request whose Max-Forwards had reached 0 (§16.3 step 3; an OPTIONS may instead be answered by the proxy itself). UACs usually start at 70. Loops through B2BUAs tend to end in 483 rather than 482, because each B2BUA sends a new request with fresh Via headers; RFC 7332 asks B2BUAs to carry Max-Forwards over, since one that resets it can make such a loop endless. RFC 3398 maps 483 to Q.850 cause 25 (Exchange routing error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A routing loop between PBXs, SBCs or B2BUAs
A very low initial Max-Forwards set by a client or trunk
An unusually long chain of proxies and forwarding steps
Forwarding rules that bounce the call between systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Max-Forwards as sent and as received at each hop
Trace the route (Via, Record-Route, SBC logs) to find systems that appear repeatedly
Fix dial plan or routing entries that send the call back
Check devices that set Max-Forwards too low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many hops, max-forwards, hop count, routing loop, call loop, misrouted, routing error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number you dialled is incomplete; some digits are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network recognised that the dialled number is too short or not finished, so it could not connect the call. Usually a digit, the area code or the country code is missing, or the phone sent the number before dialling was complete. It is about the number dialled, not about the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3261 §21.4.22: the Request-URI is incomplete; the reason phrase may say more. It is the basis of overlap dialling (RFC 3578): a gateway or UA may send a new INVITE with more digits after a 484. RFC 3398 maps it to and from Q.850 cause 28 (Invalid number format, address incomplete). Compare 404 (complete but unknown number) and 416 (unsupported URI scheme).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing digits, area code or country code
The phone&apos;s digit map or inter-digit timeout sent the number too early
Overlap dialling towards a system that expects the whole number at once
Number normalisation that strips digits
Short codes or extensions missing from the dial plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial the full number, including area and country code
Check the phone&apos;s digit map and inter-digit timeout
Check number normalisation rules on the PBX, SBC and trunk
Check whether the route uses overlap or en-bloc sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete number, missing digits, number too short, area code missing, wrong number format, dial plan, digit map, overlap dialling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name or number you dialled matches more than one person, so the system could not tell whom to call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address you dialled is not unique, for example a short name or alias shared by several users. The system may offer a list of possible matches. Dialling the full, exact address or number will work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3261 §21.4.23: the Request-URI is ambiguous. The response may list possible unambiguous addresses in Contact header fields, but revealing them can harm privacy or help an attacker guess users, so many servers omit the list or answer 404. RFC 3398 maps it to Q.850 cause 1 (Unallocated number). Compare 300, which offers several locations of one and the same user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short name or alias shared by several users in the directory
Partial input in a dial-by-name feature
Duplicate aliases after a directory import
A dial plan pattern that matches several destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial the full SIP address or the complete number
Check the Contact headers in the response for the possible matches
Remove duplicate aliases from the user directory
Make dial plan patterns unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous, several matches, duplicate name, dial by name, alias, multiple users, unclear address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person you called is busy on this phone right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called phone was reached, but it is already in a call or set to reject extra calls, so it refused this one. It is about the called party, not about your phone or the network. Other phones of the same person may still ring, and trying again later will usually work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by the callee&apos;s user agent (RFC 3261 §21.4.24) when it is not willing or able to take another call at this end system. It may carry Retry-After to say when to retry. Unlike 600 Busy Everywhere it speaks only for this device: a forking proxy continues with other branches. RFC 3398 maps it to Q.850 cause 17 (User busy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called phone is already in a call and has no call waiting
Do-not-disturb set to answer busy
All lines or channels of the called device are in use
A PBX busy-on-busy or hunt-group limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call again in a few minutes
Check whether call waiting or do-not-disturb is set on the called phone
Look for a Retry-After header in the response
If every call gets 486, check the line or channel limit of the called device or trunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy, engaged, line busy, in a call, occupied, do not disturb, dnd, busy signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call attempt was cancelled before it was answered, usually because the caller hung up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call was stopped while it was still ringing, most often because the caller hung up or because another phone answered it. This is a normal end of a call attempt, not a fault. If the caller did not hang up, a timer on the caller&apos;s phone or PBX may have cancelled the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3261 §21.4.25: the request was ended by a BYE or CANCEL. A UAS that accepts a CANCEL answers the CANCEL with 200 and the pending INVITE with 487 (§9.2), and the UAC acknowledges the 487 with ACK. The CANCEL may carry a Reason header (RFC 3326), for example cause=200 when a forking proxy cancels the other branches after one answered. RFC 3398 gives 487 no Q.850 mapping: on the ISUP side the attempt simply ends with normal clearing (cause 16).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller hung up while it was ringing
Another device of a ring group or forked call answered
The caller&apos;s phone or PBX cancelled after its own no-answer timeout
Call pickup or a transfer replaced the ringing call
An application or auto-dialler cancelled the attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usually nothing to do: check whether the caller hung up
Look at the CANCEL and its Reason header to see who cancelled and why
If calls are cut short while ringing, check no-answer timers on the calling phone or PBX
In ring groups, confirm that another member answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled, caller hung up, hang up, abandoned call, answered elsewhere, call pickup, ring timeout, missed call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call was refused because the two sides could not agree on how to send the sound or video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called side was reached but could not accept the proposed call settings, most often because no common voice codec was offered, or because of encryption, fax or video settings. It is a settings mismatch between the two ends or a server in between, not a fault of either line. If this refuses a change during a call, such as a switch to fax, the existing call stays up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3261 §21.4.26: some aspect of the session description (codecs, media type, transport such as RTP/SAVP, bandwidth, address family) is not acceptable to the resource addressed by the Request-URI; other locations may accept it. A Warning header usually names the reason: 304 Media type not available, 305 Incompatible media format, 302 Incompatible transport protocol, 370 Insufficient bandwidth. Unlike 606 it speaks only for this destination; unlike 415 the body type (SDP) is understood but its content is refused. After a refused re-INVITE the session stays unchanged (§14.1). RFC 3398 takes the Q.850 cause from the Warning code; causes 65 and 70 arrive as 488.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No codec in common, for example G.729 only offered to a side that allows only G.711 or Opus
Encryption mismatch: SRTP required on one side, plain RTP on the other
A T.38 fax re-INVITE refused by a side without fax support
Video or other media offered to a voice-only device
IPv4/IPv6 or transport mismatch in the SDP
Codec restrictions on an SBC or transcoder in the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Warning header code for the exact reason
Compare the codecs in the offer with those allowed on the far end and on SBCs
Check SRTP and encryption settings on both sides
For fax, check T.38 and G.711 pass-through settings
Add a common codec or enable transcoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codec mismatch, no common codec, incompatible codec, media negotiation failed, sdp, srtp, fax failed, t.38, video call failed, not acceptable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone asked the server for a kind of status update that the server does not offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones subscribe to updates such as the voicemail light, presence or the busy lamp of a colleague&apos;s line. The server received such a request for an update type it does not support and refused it. It usually comes from a phone key or setting that does not match what the server offers; normal calls are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 6665 §8.3.2 (first RFC 3265 §7.3.2): the notifier does not understand the event package named in the Event header of a SUBSCRIBE, or a subscriber got a NOTIFY for a package it does not handle. The response should list the supported packages in an Allow-Events header. reSIProcate uses the phrase Event Package Not Supported. Compare 405 or 501, used when the SUBSCRIBE method itself is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy lamp (dialog), presence or voicemail (message-summary) subscription to a server without that package
A provisioning or vendor-specific event the server does not know
A misspelt event name or an unsupported event parameter
An unsolicited NOTIFY with an event type the phone does not handle
Subscriptions sent to the wrong server, such as the trunk instead of the PBX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Event header of the SUBSCRIBE or NOTIFY
Read the Allow-Events header of the 489 to see what the server supports
Align phone key settings (BLF, voicemail, presence) with the PBX features
Make sure subscriptions go to the right server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blf, busy lamp field, presence, voicemail light, mwi, subscribe failed, event package, notify, status light not working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides tried to change the call at the same moment, so one change was put off and will be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While the call was being changed, for example put on hold, resumed or switched to fax, the other side sent its own change at the same time. To avoid confusion one of them was turned down for now. The phones normally retry by themselves after a short random wait, so the call usually carries on without any action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3261 §21.4.27 and §14.2: a UAS that receives a re-INVITE (or an UPDATE, RFC 3311) in a dialog while its own offer in that dialog is still pending answers 491 (glare). Per §14.1 the UAC waits a random time before retrying: 2.1 to 4 seconds in 10 ms steps if it generated the Call-ID, 0 to 2 seconds otherwise. A UAS still processing an earlier incoming re-INVITE answers 500 with Retry-After instead. The refused request leaves the session unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both ends send a re-INVITE at once (hold, resume, session refresh)
Both fax gateways try to switch to T.38 at the same time
Session timer refreshes sent by both sides, or by an SBC and an endpoint
An SBC or B2BUA that sends its own re-INVITE while another is in progress
A device that retries at once instead of waiting the random delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usually nothing to do: confirm that the retry succeeded after the delay
Check that each side waits the random delay before retrying
Let only one side refresh session timers (refresher parameter)
Let only one fax gateway start the T.38 switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>glare, re-invite, request pending, collision, simultaneous requests, hold failed, fax switch, t.38, session refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other side could not read an encrypted part of the message, so it refused it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the request was encrypted so that only the receiver could read it, but the receiver could not decrypt it, usually because it lacks the right key or the sender used the wrong one. It is a security setup mismatch between the two systems. It is rare, because most systems encrypt the connection rather than parts of messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3261 §21.4.28: the request contained an encrypted MIME body (S/MIME, §23) for which the recipient does not possess, or will not provide, a suitable decryption key. The response may carry a single body with the public key the sender should use to encrypt bodies for this UA. End-to-end S/MIME is seldom deployed, and hop-by-hop TLS never produces 493. Compare 415, used when the body type itself is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body was encrypted with an old or wrong public key of the recipient
The recipient&apos;s private key or certificate is missing or expired
S/MIME body encryption switched on at one end only
An intermediary that altered the encrypted body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check which certificate the sender used and whether it belongs to the recipient
Use the public key returned in the 493 body, if any, and retry
Check certificate stores and expiry dates on both ends
Switch off S/MIME body encryption if it is not required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encryption, s/mime, cannot decrypt, encrypted body, certificate, key mismatch, security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server requires the phone to set up a protected connection first, and the phone did not do so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s server only accepts requests after the phone and the server have agreed on a security method, such as an encrypted tunnel. The phone did not offer it or did not complete it correctly. It is typical of mobile and IMS-based services (VoLTE, Wi-Fi calling) and points to a phone or client setting, not to the account or the called party.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3329 §2.3.1 (security mechanism agreement): a server that receives an unprotected request with sec-agree in Require or Proxy-Require answers 494 with a Security-Server header listing its mechanisms (tls, digest, ipsec-ike, ipsec-man, ipsec-3gpp). The client picks one, sets it up and resends, echoing the server&apos;s list in Security-Verify. In 3GPP IMS the P-CSCF normally sends Security-Server in the 401 to the first REGISTER, so a later 494 usually means a missing or mismatched Security-Verify or a request sent outside the IPsec security association.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client sent no Security-Client, or did not finish the IPsec or TLS setup
Security-Verify missing or not matching the server&apos;s Security-Server list
A request sent to the unprotected port instead of the protected one
An SBC or proxy that removes Security-Client, Security-Server or Security-Verify
IMS or VoLTE client settings (IPsec, sec-agree) disabled or wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Security-Client, Security-Server and Security-Verify across the exchange
Check that the client supports and has enabled one of the offered mechanisms
Check that requests after registration go to the protected ports
Check intermediaries for removed security headers
Register the client again to restart the negotiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volte, ims, ipsec, wifi calling, vowifi, security agreement, sec-agree, registration failed, cannot register, p-cscf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server handling the call ran into an unexpected problem and could not complete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server along the way, usually at the provider or on the called side, hit an internal error while working on the call or request. It is a fault on the server side, not a problem with your phone settings or with the number you dialled. Trying again a little later often works, especially if the server says when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by a UAS or proxy that met an unexpected condition preventing it from fulfilling the request (RFC 3261 §21.5.1); a client also treats any unknown 5xx code as 500 (§8.1.3.2). It may carry Retry-After, after which the client may retry. Unlike 503, which reports a temporary inability to serve (overload, maintenance) and invites failover to another server, 500 says this request failed inside the server; a proxy that only received 503 from downstream also answers 500 upstream (§16.7). RFC 3398 maps Q.850 causes 111 (Protocol error, unspecified) and 127 (Interworking, unspecified) to 500, and 500 back to cause 41 (Temporary failure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A software bug or crash in a proxy, PBX, SBC or gateway
An error in the routing script or dial plan (failed database lookup, script exception)
A back-end system such as a database or billing server failed
A gateway could not translate the call to or from the phone network
A downstream server answered 503 and the proxy turned it into 500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry the call; if a Retry-After header is present, wait that long first
Check whether all calls fail or only calls to certain numbers or routes
Read the Server, Warning and Reason headers to see which element failed and why
Check the logs of the server that sent the 500 at the time of the call
Report it to the provider with the Call-ID and time if it keeps happening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server error, internal error, internal server error, server problem, system error, provider problem, call failed, crash, try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The equipment you reached does not support the kind of request your phone sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your phone or system asked for something the other side does not know how to do, usually a feature such as messaging, presence or call transfer rather than a plain call. It is a capability gap between the two sides, not a network outage. Normal calls usually still work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent when the server does not support the functionality needed to fulfil the request, typically because a UAS does not recognise the request method for any user (RFC 3261 §21.5.2); proxies forward unknown methods instead of answering 501. Contrast 405 Method Not Allowed: there the method is known but not allowed for this Request-URI, and the response lists the allowed ones in Allow. RFC 3398 maps Q.850 causes 29 (Facility rejected) and 79 (Service or option not implemented, unspecified) to 501, and 501 back to cause 79.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The far end does not support a method such as UPDATE, INFO, MESSAGE, REFER, PUBLISH or SUBSCRIBE
A PBX or gateway does not offer the supplementary service requested (transfer, presence, messaging)
The phone network rejected a facility or service requested through a gateway
The request went to a device that only handles calls, such as a media server or trunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check which method was rejected (CSeq line) and compare with the far end&apos;s Allow header
Disable the feature on the phone (for example SMS, presence or transfer by REFER)
Use an alternative the far end supports (re-INVITE instead of UPDATE, RTP events instead of INFO for DTMF)
Ask the provider whether the service is offered on this trunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not implemented, not supported, feature not supported, unsupported method, transfer not working, messaging not supported, presence, sms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A system in the network got a bad answer from the next system while trying to connect your call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gateway or server passed your call on to another system, such as the phone network or another provider, and got back an answer it could not use. From the phone network it often means the called line or exchange is out of order. The fault lies in the network beyond the first server, not in your phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by a proxy or gateway that received an invalid response from a downstream server it accessed while trying to fulfil the request (RFC 3261 §21.5.3). For PSTN interworking RFC 3398 maps Q.850 cause 27 (Destination out of order) to 502, so a 502 from a carrier gateway often means the called line or remote exchange cannot be reached rather than a SIP syntax problem; in the other direction 502 maps to cause 38 (Network out of order). Compare 504 (the downstream server did not answer in time) and 503 (this server itself cannot serve).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called line or remote exchange is out of order (Q.850 cause 27 from the phone network)
A downstream server returned a malformed or unusable response
An interconnect between providers or a trunk to the phone network is failing
An SBC or gateway could not interpret the far end&apos;s answer (interworking mismatch)
Routing sends calls to a system that is not a working SIP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call another number over the same route to see whether one destination or the whole route fails
Check the Reason header for a Q.850 cause (27 points to the destination being out of order)
Try again later; if only one number fails, the called line may be faulty
Check the logs of the gateway that sent 502 for the downstream answer it rejected
Report the failing route to the carrier with call times and Call-IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad gateway, gateway error, destination out of order, line out of order, trunk problem, carrier problem, network error, provider problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone service is temporarily unavailable, for example because a server is down, overloaded or under maintenance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server that should handle the call cannot do so right now: it is overloaded, under maintenance, or has lost its link to the next network (for example a trunk is down). Your own phone also shows 503 when it could not reach the server at all, in which case nothing came back from the network. Either way it is a temporary problem on the provider or server side, not with the number you called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by a server temporarily unable to process the request because of overload or maintenance (RFC 3261 §21.5.4); it may carry Retry-After, and without it the client handles it like 500. Unlike 500, it invites failover: after a 503, a timeout or a transport failure the client should try the next server from the DNS SRV/A list (RFC 3263 §4.3). A proxy should not forward a 503 upstream unless it cannot serve any request itself (§16.7). A UAC also reports a fatal transport error locally as if 503 had arrived (§8.1.3.1), so check whether it really came from the network. RFC 3398 maps Q.850 causes 34, 38, 41, 42, 47, 58 and 88 to 503, and 503 back to cause 41 (Temporary failure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server overloaded or rate-limiting calls
Planned maintenance or a server being restarted
All trunks or channels to the phone network busy or down (trunk down)
The next server or gateway is unreachable, or the provider has an outage
A call or channel limit reached on a PBX or trunk
Your phone could not reach the server at all and reported 503 itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether the 503 came from the network or was generated locally by the phone (look for it in a capture)
Wait and retry; if a Retry-After header is present, wait that long
Make sure backup servers are configured so the phone can fail over (DNS SRV)
Check trunk and gateway status and channel limits on the PBX
Check the provider&apos;s status page or contact them if all calls fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service unavailable, server down, overloaded, maintenance, trunk down, outage, no service, unreachable, network problem, try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server in the network waited too long for another system to answer and gave up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server handling your call passed it on to another system, such as another server, a gateway or the phone network, and got no reply in time. The problem is between systems in the network, not with your phone or with the person you called. Trying again later often works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent when the server did not receive a timely response from an external server it accessed while processing the request (RFC 3261 §21.5.5), such as a downstream proxy, gateway, location or routing database. Compare 408: a server uses 408 when it could not produce an answer in time itself (for example nothing within the Expires interval), and a UAC reports its own transaction timeout locally as if 408 had arrived (§8.1.3.1). RFC 3398 maps Q.850 cause 102 (Recovery on timer expiry) to 504, and 504 back to cause 102.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A downstream server, gateway or trunk did not answer in time
A database, location or routing lookup timed out
Packet loss or network problems between servers
An overloaded downstream system
Slow or failing DNS for the next hop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry the call
Find which element sent the 504 (Server header, Via) and which system it was waiting for
Check logs and latency between that server and its next hop or back end
Check the health of trunks and gateways beyond the server
Report repeated 504s to the provider with times and Call-IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout, time-out, server timeout, gateway timeout, no response, slow network, trunk down, provider problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the version of the SIP protocol your equipment used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every SIP message states which protocol version it follows, and today that is always SIP/2.0. The server received something else, or could not read that part of the message, and refused it. It points to faulty or very old equipment, or to something in the network damaging the messages, not to the number you called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by a server that does not support, or refuses to support, the SIP version in the request line (RFC 3261 §21.5.6). The only version in use is SIP/2.0 (RFC 3261 §7.1), so a 505 usually means a malformed request line, a non-SIP client, or a middlebox such as a SIP ALG corrupting the message. RFC 3398 maps 505 to Q.850 cause 127 (Interworking, unspecified).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A malformed request line (wrong version string, extra spaces, wrong line endings)
A SIP ALG in a router or firewall rewriting and corrupting messages
Very old or non-standard equipment
Scanners or non-SIP traffic sent to the SIP port
A script or test tool building requests by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture the request and check that its first line ends with SIP/2.0
Disable the SIP ALG on the router or firewall
Update the firmware or software of the sending device
If the traffic comes from an unknown source, treat it as a scan and block it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version not supported, sip version, protocol version, sip/2.0, malformed, sip alg, old equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message your phone sent was too large for the server to handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request from your phone or system, for example a call setup offering many audio and video options, was bigger than the server accepts. It is a technical limit between your equipment and the server, not a problem with the number you dialled. Switching the phone to TCP or trimming what it sends usually fixes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent when the server cannot process the request because the message length exceeds its capabilities (RFC 3261 §21.5.7). RFC 3261 §18.1.1 requires a client to use a congestion-controlled transport such as TCP when a request is within 200 bytes of the path MTU, or larger than 1300 bytes when the MTU is unknown; big UDP requests get fragmented, and lost fragments show up as timeouts rather than 513. Compare 413 (body too large) and 414 (Request-URI too long). RFC 3398 maps 513 to Q.850 cause 127 (Interworking, unspecified).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An INVITE with a large SDP (many codecs, video, ICE candidates, crypto lines)
Many or long headers added by proxies, SBCs or application servers
Large multipart bodies, for example SDP plus ISUP or location data
A server or SBC configured with a small maximum message size
A client that keeps using UDP for messages above 1300 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the phone or trunk to TCP or TLS
Offer fewer codecs and disable unused video or ICE candidates
Check the size of the rejected request in a capture
Raise the maximum message size on the server or SBC if it is too low
Remove unneeded headers added along the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message too large, too big, packet size, fragmentation, mtu, udp, switch to tcp, large invite, sdp too big</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your app asked to be woken for calls through a push service that the provider does not support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone apps often sleep in the background and rely on a push notification (for example from Apple or Google) to wake up for an incoming call. When the app registered, it named a push service that the provider&apos;s server cannot use, so the request was refused. Incoming calls will not wake the app until the app settings and the provider&apos;s server agree on a push service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined by RFC 8599 §8.1 (push notifications with SIP). A UA puts the pn-provider, pn-param and pn-prid URI parameters in the Contact of its REGISTER to ask the proxy to wake it through a Push Notification Service (PNS); a proxy that does not support the PNS named in pn-provider rejects the request with 555. A proxy advertises the PNS it supports with the sip.pns feature-capability indicator in Feature-Caps (RFC 6809). Retrying unchanged fails the same way: change pn-provider (for example apns, fcm or webpush) or the proxy configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app is set up for a push service the provider has not enabled (for example Apple instead of Google)
A misspelled or unsupported pn-provider value in the Contact header
A new app version switched push service before the server side was updated
Registering through a proxy that does not hold the push configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the pn-provider value in the Contact header of the REGISTER
Compare it with the sip.pns value the proxy advertises in Feature-Caps
Switch the app to a supported push service, or disable push in the app
Ask the provider which push services its server supports
Update the app or the server configuration so both use the same push service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>push notification, push, mobile app, app does not ring, no incoming calls, background, wake up, apns, fcm, registration failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call could not be set up because the network could not reserve the quality needed for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some networks, especially mobile voice (VoLTE, 5G) and managed business networks, reserve bandwidth or quality of service before letting the phone ring. For this call the reservation could not be made, or the other side could not meet the conditions, so the call was stopped before ringing. It is a network or device capability problem, not the called person refusing the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined by RFC 3312 §8: a UAS rejects an offer with 580 when the preconditions in the SDP (for example a=des:qos mandatory ...) cannot be met, typically because resource reservation failed. The response usually carries SDP whose desired-status lines are marked with the strength tag failure, or unknown for a precondition type the answerer does not understand. Support travels as the precondition option tag in Supported or Require; a peer lacking it answers 420 or 421 instead, and a plain media mismatch gives 488. In IMS networks 580 usually means the dedicated voice bearer could not be set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mobile or access network could not set up a dedicated voice bearer (VoLTE, IMS)
Not enough bandwidth could be reserved on a managed link
A policy server (PCRF or PCF) refused the quality-of-service request
The far end does not understand the precondition type requested
Resource reservation took too long and was abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the SDP in the 580 to see which segment failed (local, remote or end-to-end)
Retry the call; radio and bearer failures are often short-lived
Check QoS and policy settings (PCRF or PCF, bandwidth limits) on the access network
If the far end does not need preconditions, disable them on the caller side or the SBC
Rule out a codec or extension mismatch (488, 420) in the same call flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>precondition, qos, quality of service, bandwidth, volte, bearer, resource reservation, call fails before ringing, network capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person you called is busy on all their phones and cannot take your call right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called person was found, but they are busy and no other phone or voicemail will take the call. Unlike an ordinary busy signal from one phone, this says that trying other numbers or devices of the same person will not help at the moment. Calling back later is the usual remedy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3261 §21.6.1: the callee&apos;s end system was reached, but the callee is busy and does not wish to take the call now; it should only be sent when no other end system (voicemail included) would answer. It may carry Retry-After. As a 6xx it makes a forking proxy cancel its other branches (§16.7), whereas 486 Busy Here speaks only for one device. RFC 3398 maps it to Q.850 cause 17 (User busy). It is also what a receiver falls back to for any unrecognised 6xx code, including 607 or 608 on older equipment (§8.1.3.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All lines or devices of the called user are busy and there is no voicemail
A PBX set to answer busy for the whole user rather than for one phone
Do-not-disturb configured to reject as busy everywhere
A gateway passing on a PSTN busy for the whole subscriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call again later
Look for Retry-After to see when to retry
Check whether voicemail or forward-on-busy should have taken the call
Check do-not-disturb and busy handling on the called user&apos;s PBX
If one busy phone stops a whole ring group, configure it to send 486 instead of 600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy everywhere, busy, engaged, all lines busy, line busy, user busy, busy signal, do not disturb, dnd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person you called chose not to take your call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called phone was reached, but the person or their phone settings declined the call, for example by pressing a reject button. It is a decision on the called side, not a network fault. Because it is a refusal for the person as a whole, their other phones stop ringing too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3261 §21.6.2: the callee&apos;s device was reached, but the user explicitly does not wish to, or cannot, take part; Retry-After may suggest a better time. As a 6xx it stops forking (§16.7), so one phone rejecting with 603 ends a parallel ring group. Compare 403 (a server refuses by policy), 607 (the user marks the call as unwanted), 608 (an intermediary such as an analytics engine rejected it) and 486/600 (busy). RFC 3398 maps it to Q.850 cause 21 (Call rejected). Some stacks print the phrase as &apos;Declined&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called person pressed reject or decline
Do-not-disturb or call rejection rules on the phone or PBX
A block list or anonymous-call rejection on the called side
A network call-blocking service refused the call
An automated system that takes no calls at this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later or reach the person another way
Look for Retry-After suggesting when to call back
Check do-not-disturb, block lists and anonymous-call rejection on the called side
If one rejection stops a whole ring group, have the phones send 486 or 480 instead of 603
If network blocking is suspected, check the caller ID presented and contact the carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decline, declined, rejected, call rejected, refused, hung up, do not disturb, dnd, blocked, call blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number or address you called does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server with authoritative knowledge says the person or number dialled does not exist anywhere, so trying other routes will not help. Check the number for typing mistakes or an outdated entry. It is about the dialled address, not about your phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3261 §21.6.3: the server has authoritative information that the user in the Request-URI does not exist anywhere. 404 Not Found only says that this domain or server does not know the user, and a forking proxy keeps trying its other branches; 604 is global and stops forking (§16.7). RFC 3398 maps 604 to Q.850 cause 1 (Unallocated number), but maps cause 1 to 404, so PSTN gateways normally send 404 rather than 604.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wrong or mistyped number or address
The number was never assigned or has been disconnected
A number database or ENUM lookup reports the user as non-existent
An outdated contact or speed-dial entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the dialled number or address for mistakes, including country and area codes
Check the number format (E.164, prefixes) the provider expects
Update the contact or speed dial if the number has changed
If the number is known to be valid, ask the provider which server answered 604 and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not exist, number does not exist, invalid number, wrong number, unallocated number, not in service, no such user, disconnected number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call could not be set up because the other side cannot handle the kind of call offered, such as its sound or video format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called side was reached and would talk, but none of the offered call settings (sound or video formats, bandwidth, encryption) work for it, and no other device of that person would do better. It is a compatibility problem between the two ends, not a refusal by the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3261 §21.6.4: the UA was contacted, but parts of the session description (media types, codecs, bandwidth, addressing) are not acceptable; it is meant only for when no other endpoint would accept the session. A Warning header may give the reason with a 3xx warning code, e.g. 304 Media type not available, 305 Incompatible media format or 370 Insufficient bandwidth. 488 Not Acceptable Here reports the same problem for one endpoint and lets a forking proxy continue; 606 stops forking. RFC 3398 gives it no fixed Q.850 cause (it is taken from the Warning header), and its registered phrase is the same as 406&apos;s, so go by the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audio or video codec in common between caller and callee
SRTP or encryption required on one side and not offered by the other
Unsupported media type such as video or T.38 fax, or a bandwidth limit
An unusable media address format, for example IPv6 offered to an IPv4-only device
No transcoding resources on a PBX or SBC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Warning header for the reason code
Compare the codecs in the offer with those the called side supports
Check the SRTP settings (RTP/AVP versus RTP/SAVP) on both sides
Enable a common codec such as G.711, or add transcoding on the PBX or SBC
Check bandwidth, video and fax settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not acceptable, codec mismatch, no common codec, incompatible media, media not supported, srtp, encryption mismatch, sdp, video not supported, fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person you called marked this call as unwanted, for example as spam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called person rejected the call and flagged it as unwanted, the way one reports a spam or nuisance call. The network or a call-filtering service may use this to treat later calls from the same number differently, for that person or more widely. A genuine caller who is affected should reach the person another way or ask their provider for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 8197: sent by the called UA when its user indicates the call (or message) is unwanted; as a 6xx it stops forking. Intermediaries and analytics services may use it to filter future calls from the same identity, but because caller IDs can be spoofed they should weigh how well that identity was verified (for example an RFC 8224 Identity header); a registrar can announce that it processes 607 with Feature-Caps: sip.607 in its REGISTER response. It differs from 603 (a plain decline with no judgement on the caller) and 608 (rejected by an intermediary, not the user). RFC 3398 predates it, and equipment that does not know 607 treats it as 600 Busy Everywhere (RFC 3261 §8.1.3.2), so a PSTN gateway may signal user busy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called person pressed a report-spam or block button
The calling number was reported as a robocall or nuisance caller
A spoofed caller ID belonging to someone else was reported
Calls from an auto-dialler or marketing campaign the person did not want</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the call was genuine, contact the called person by another means
Check that the calling number is presented correctly and signed (STIR/SHAKEN attestation) by the provider
Check whether your number is being spoofed by others
Ask the called party&apos;s provider how to have the number cleared from its filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unwanted, spam, robocall, nuisance call, call blocked, blocked as spam, junk call, telemarketing, reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your call was blocked by a filtering service in the network, not by the person you called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A system between you and the called person, usually a call-screening or anti-spam service, stopped the call before it reached them. The person did not see or refuse the call. If the call is legitimate, the response may include contact details of whoever runs the filter so that the block can be disputed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 8688: sent by an intermediary, typically a call-analytics engine, rather than by the called user; as a 6xx it stops forking. The intermediary should add a Call-Info header with purpose=jwscard referring to a signed jCard (JWS) with contact details for redress; a sip.608 feature-capability indicator in the INVITE says an upstream element will pass that information on, for example as an announcement to a PSTN caller. Compare 607 (the called user judged the call unwanted) and 603 (the user declined). RFC 3398 predates it, and equipment that does not know 608 treats it as 600 Busy Everywhere (RFC 3261 §8.1.3.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A carrier or app anti-spam filter scored the calling number as likely spam
Many short calls from the number triggered call analytics
Missing or low STIR/SHAKEN attestation for the calling number
The calling number is spoofed or on a block list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for a Call-Info header with purpose=jwscard and use the contact details it gives
Ask your provider to check the attestation and reputation of the calling number
Register the number with the carriers&apos; or analytics providers&apos; remediation portals
Avoid dialling patterns that look like robocalls, such as many very short calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected, call blocked, spam filter, robocall, blocked by carrier, call screening, flagged as spam, spam likely, blocked number, analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Wireshark statistics label: the bucket where it counts 2xx responses it does not list by name. Not a code sent on the wire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a registered SIP code: an analyser used it as a label for some other success response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number 299 comes from Wireshark&apos;s statistics, not from a phone or server. The response that really travelled on the network was another 2xx success code, which the analyser grouped under &apos;Others&apos;. The request itself succeeded; open the original packet to see the real code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a registered code. Wireshark&apos;s sip_response_code_vals table uses 299 &apos;Success - Others&apos; as a per-class statistics bucket: every 2xx code it does not name is counted there, so the real status line on the wire carried a different 2xx code. Read it from the captured response. If a response really carried 299, a client would treat it as 200 (RFC 3261 §8.1.3.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a wire code: Wireshark statistics grouped a 2xx response it does not list by name
A rarely used or newer 2xx code was present in the capture
A report or export built from Wireshark statistics copied the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember that 299 is an analyser label, not a registered code
Open the original packet in the capture and read the real status code
Look up that real code instead of 299
If the real code is unknown to you, read it as 200 OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wireshark, statistics, others, success, analyser label, not registered, not a real code, 2xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrowed from HTTP and never defined for SIP; listed in a few vendor tables (Cisco VOCAL, ManageEngine VQManager, VIAVI Observer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a registered SIP code: it is a web (HTTP) redirect code that a few products also list for SIP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>303 See Other is a web code that tells a browser to look elsewhere. It was never defined for SIP calls, although a few products and monitoring tools list it. If a call really got a 303, the equipment that sent it is non-standard and your phone treats it as a general redirection. Often the 303 you see is a Warning value or a mislabelled field, not the response code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a registered code: HTTP&apos;s 303 See Other was never taken into RFC 2543, RFC 3261 or the IANA registry. A UAC receiving it treats it as 300 Multiple Choices (RFC 3261 §8.1.3.2) and may use any Contact header as the alternatives. Do not confuse it with warn-code 303 (Incompatible bandwidth units) in a Warning header, which is registered and usually comes with 488 or 606.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A product that reuses HTTP status codes for SIP although 303 is not registered
A monitoring tool or decode table that lists HTTP codes in its SIP table
Warning code 303 (Incompatible bandwidth units) read as a response code
A custom script on a proxy or application server sending 303</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether 303 is really in the status line or only in a Warning header
Read the Contact header of the response to see where it points
Identify the sender from its Server header and ask the vendor to use a registered code such as 302 or 300
While troubleshooting, treat the call as redirected (like a 300)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see other, redirect, redirection, http code, moved, not registered, non-standard, unregistered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Wireshark statistics label: the bucket where it counts 3xx responses it does not list by name. Not a code sent on the wire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a registered SIP code: an analyser used it as a label for some other redirection response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number 399 comes from Wireshark&apos;s statistics, not from a phone or server. The response that really travelled on the network was another 3xx code, meaning the call was redirected elsewhere, and the analyser grouped it under &apos;Others&apos;. Open the original packet to see the real code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a registered code. Wireshark&apos;s sip_response_code_vals table uses 399 &apos;Redirection - Others&apos; as a per-class statistics bucket, so the real status line carried a different 3xx code; read it from the capture. Do not confuse it with warn-code 399 (Miscellaneous warning) in a Warning header, which is a registered Warning value, not a response code. A real 399 on the wire would be treated as 300 (RFC 3261 §8.1.3.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a wire code: Wireshark statistics grouped a 3xx response it does not list by name
Warning code 399 (Miscellaneous warning) read as a response code
A report or export built from Wireshark statistics copied the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember that 399 is an analyser label, not a registered code
Open the original packet and read the real status code and its Contact header
Check whether 399 actually came from a Warning header
If the real code is unknown to you, read it as 300 Multiple Choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wireshark, statistics, others, redirection, redirect, analyser label, not registered, not a real code, 3xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From RFC 2543, the 1999 SIP specification, for REGISTER conflicts; dropped by RFC 3261 and never registered. PJSIP and sofia-sip still list it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a registered SIP code: an old code from the first SIP version, meaning the request clashed with an existing registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>409 Conflict comes from the first SIP specification of 1999 and was removed when SIP was revised in 2002, so it is no longer a standard code. It meant that a registration clashed with what the server already held. Some older equipment may still send it; modern phones treat it as a general request error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a registered code. RFC 2543 §7.4.10 used 409 when a REGISTER conflicted with existing registrations, for example through the Contact action parameter, which RFC 3261 removed as well. It never entered the IANA registry, and a current UAC treats it as 400 (RFC 3261 §8.1.3.2). PJSIP (PJSIP_SC_CONFLICT) and sofia-sip still carry the code and phrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A legacy RFC 2543 registrar or device still using this unregistered code
A REGISTER whose contact settings clash with an existing binding on an old server
A stack that maps an internal conflict to 409
A custom application reusing the HTTP meaning of conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treat it as a non-standard code (a modern phone reads it as 400)
Look at the request that got 409, usually a REGISTER, and its Contact header
Remove stale registrations for the account and register again
Identify the legacy equipment from its Server header and ask for a registered code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict, registration conflict, register failed, old sip, rfc 2543, legacy, not registered, unregistered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From RFC 2543, the 1999 SIP specification; dropped by RFC 3261 and never registered. PJSIP and sofia-sip still list it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a registered SIP code: an old code meaning the server wanted to know the length of the message first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>411 Length Required comes from the first SIP specification of 1999 and is no longer a standard code. It meant the server refused a message that did not state its own length. Today it points to a sending device or script that builds messages incorrectly, or to very old server equipment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a registered code. RFC 2543 §7.4.12 let a server refuse a request that lacked Content-Length. RFC 3261 dropped the code and instead makes Content-Length mandatory on stream transports such as TCP and TLS (RFC 3261 §18.3, §20.14); a current UAC treats 411 as 400 (§8.1.3.2). PJSIP (PJSIP_SC_LENGTH_REQUIRED) and sofia-sip still carry the code and phrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request sent over TCP or TLS without a Content-Length header
An old RFC 2543 era server still using this unregistered code
A home-made client or script building SIP messages by hand
A middlebox that removed or damaged the Content-Length header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treat it as a non-standard code (a modern phone reads it as 400)
Check that every request, especially over TCP or TLS, has a Content-Length header
Compare the Content-Length value with the actual body size
Fix the software or script that builds the message, or identify the legacy server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>length required, content-length, missing header, old sip, rfc 2543, legacy, tcp, not registered, unregistered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Kamailio core error (E_SEND) sent as a reply, with a suffix such as (477/SL) in the phrase; not registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a registered SIP code: a Kamailio server in the network could not pass your call on to the next server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server that answered runs Kamailio. It tried to forward the call to the next hop (another server, a gateway or the called phone) but sending failed, for example because the connection was refused. The number is specific to that software, not a standard code. The fault lies between that server and the next one, not in your phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a registered code. Kamailio (like other SER-derived proxies) turns its internal error E_SEND (-477) into a reply through sl_reply_error, with the phrase &apos;Unfortunately error on sending to next hop occurred&apos; and a suffix such as (477/SL). The forwarding attempt failed at transport level: TCP or TLS connect failure, no listening socket for the needed transport or address family, or an ICMP error. A UAC reads it as 400 (RFC 3261 §8.1.3.2), which is misleading: the situation is closer to 503.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next hop refused the TCP or TLS connection or is down
No socket on the proxy for the transport or address family needed (for example TLS or IPv6)
TLS handshake failure towards the next hop
A firewall or network problem between the proxy and the next hop
A registered user behind NAT whose connection has closed
Kamailio reporting its own send failure with this unregistered code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treat it as Kamailio&apos;s own error, not a registered code: the problem is beyond the proxy
Check the Kamailio log at the time of the call for the send error and destination
Verify that the next hop is up and listening on the expected port and transport
Check the proxy&apos;s listen settings for the needed transport and address family
For users behind NAT, check keep-alives and that the registration is fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kamailio, send failed, next hop, cannot forward, connection refused, proxy error, unreachable, server down, not registered, unregistered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Kamailio core error (E_BAD_ADDRESS) sent as a reply when the next hop cannot be resolved; not registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a registered SIP code: a Kamailio server could not find the address of the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server that answered runs Kamailio. It could not turn the destination name into a network address, so it did not know where to send the call. This usually comes from a wrong domain name or a DNS problem on the server side. The number is specific to that software, not a standard code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a registered code. Kamailio&apos;s internal error E_BAD_ADDRESS (-478) is sent as a reply when the host of the Request-URI, outbound proxy or destination URI could not be resolved (no usable NAPTR, SRV, A or AAAA result under RFC 3263) or is not a valid address. A UAC reads it as 400 (RFC 3261 §8.1.3.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A typo in the domain part of the dialled SIP address
The proxy&apos;s DNS server is unreachable or slow
Missing SRV or A/AAAA records for the destination domain
A routing or dispatcher entry pointing at a host name that no longer exists
Kamailio reporting its own lookup failure with this unregistered code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treat it as Kamailio&apos;s own error, not a registered code
Check the host part of the Request-URI and the proxy&apos;s routing target
Resolve the name from the proxy host (NAPTR, SRV and A/AAAA lookups)
Check the proxy&apos;s DNS resolver settings and reachability
Fix or update the routing or dispatcher entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kamailio, dns, unresolvable, cannot resolve, domain not found, wrong domain, next hop, unreachable, not registered, unregistered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Kamailio core error (E_BAD_URI) sent as a reply when a URI in the request cannot be processed; not registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a registered SIP code: a Kamailio server could not make sense of the address you called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server that answered runs Kamailio. The address in the call request (the number or SIP address being called) was malformed or could not be processed, so the call was refused. The number is specific to that software, not a standard code. Usually the calling phone or a routing rule produced the bad address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a registered code. Kamailio&apos;s internal error E_BAD_URI (-479) is sent as a reply when the proxy could not parse or use a URI it needed, usually the Request-URI, sometimes one rewritten by the routing script. A UAC reads it as 400 (RFC 3261 §8.1.3.2); the nearest registered codes are 400 and 416 (Unsupported URI Scheme).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A malformed Request-URI (spaces, illegal characters, bad escaping)
An unsupported or misspelled URI scheme
A routing script rewriting the URI into an invalid form
Dialled characters the phone did not encode properly
Kamailio reporting its own parse failure with this unregistered code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treat it as Kamailio&apos;s own error, not a registered code
Check the Request-URI of the request as the phone sent it
Look for spaces, &apos;#&apos;, &apos;*&apos; or non-ASCII letters that must be escaped
Review recent changes to routing rules that rewrite the URI
Compare with the same call dialled in plain digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kamailio, bad uri, invalid address, malformed, wrong format, dialled number, not registered, unregistered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed in the PJSIP and sofia-sip status tables; not defined in any RFC and not registered (origin not traced).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a registered SIP code: a few SIP software libraries list it, suggesting the request was replaced by a newer one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>490 Request Updated appears in the code tables of some SIP software but has no agreed definition and is not a standard code. Its name suggests the request was superseded by a newer one before it finished. Other equipment treats it as a general request error, so look at what happened just before and after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a registered code and not defined in any RFC; PJSIP (PJSIP_SC_REQUEST_UPDATED) and sofia-sip (SIP_490_REQUEST_UPDATED) list the phrase without a documented origin. A UAC reads it as 400 (RFC 3261 §8.1.3.2). Look for a newer request on the same dialog or registration (re-INVITE, UPDATE, REGISTER refresh) that may have replaced the one that got 490; the registered code for a request crossing another one in progress is 491.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software built on PJSIP or sofia-sip using this unregistered code
A newer request on the same dialog or registration replacing the pending one
A custom application reusing the library constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treat it as a non-standard code (other equipment reads it as 400)
Look for a newer request with the same Call-ID just before the 490
If that newer request succeeded, the 490 is probably harmless
Identify the sending software from its Server or User-Agent header and ask the vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request updated, superseded, replaced, pjsip, sofia-sip, not registered, unregistered, non-standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Wireshark statistics label: the bucket where it counts 4xx responses it does not list by name. Not a code sent on the wire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a registered SIP code: an analyser used it as a label for some other request failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number 499 comes from Wireshark&apos;s statistics, not from a phone or server. The response that really travelled on the network was another 4xx code, meaning the request failed, and the analyser grouped it under &apos;Others&apos;. Open the original packet to see the real code and its explanation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a registered code. Wireshark&apos;s sip_response_code_vals table uses 499 &apos;Client Error - Others&apos; as a per-class statistics bucket, so the real status line carried a different 4xx code, typically a newer or rarely used one; read it from the capture. A real 499 on the wire would be treated as 400 (RFC 3261 §8.1.3.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a wire code: Wireshark statistics grouped a 4xx response it does not list by name
A newer or vendor-specific 4xx code was present in the capture
A report or export built from Wireshark statistics copied the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember that 499 is an analyser label, not a registered code
Open the original packet and read the real status code and reason phrase
Look up that real code instead of 499
If the real code is unknown to you, read it as 400 Bad Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wireshark, statistics, others, client error, analyser label, not registered, not a real code, 4xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Wireshark statistics label: the bucket where it counts 5xx responses it does not list by name. Not a code sent on the wire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a registered SIP code: an analyser used it as a label for some other server error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number 599 comes from Wireshark&apos;s statistics, not from a phone or server. The response that really travelled on the network was another 5xx code, meaning a server failed, and the analyser grouped it under &apos;Others&apos;. Open the original packet to see the real code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a registered code. Wireshark&apos;s sip_response_code_vals table uses 599 &apos;Server Error - Others&apos; as a per-class statistics bucket, so the real status line carried a different 5xx code; read it from the capture. A real 599 on the wire would be treated as 500 (RFC 3261 §8.1.3.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a wire code: Wireshark statistics grouped a 5xx response it does not list by name
A newer or vendor-specific 5xx code was present in the capture
A report or export built from Wireshark statistics copied the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember that 599 is an analyser label, not a registered code
Open the original packet and read the real status code and any Retry-After header
Look up that real code instead of 599
If the real code is unknown to you, read it as 500 Server Internal Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wireshark, statistics, others, server error, analyser label, not registered, not a real code, 5xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed in the sofia-sip status table (SIP_687_DIALOG_TERMINATED), the SIP library used by FreeSWITCH among others; not defined in any RFC and not registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a registered SIP code: some SIP software uses it to say the call had already ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>687 Dialog Terminated comes from the sofia-sip software library, which FreeSWITCH and other products are built on. It says that the call session (the dialog) a request belonged to had already ended. It is not a standard code, so other equipment reads it as a general failure. It usually shows up when something happens on a call that was just hung up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a registered code and not defined in any RFC; sofia-sip lists it as SIP_687_DIALOG_TERMINATED with the phrase &apos;Dialog Terminated&apos;, whose name points to a request or transaction cut short because its dialog had ended. Software built on sofia-sip may show it in logs or send it; a UAC receiving it reads it as 600 (RFC 3261 §8.1.3.2), which wrongly suggests a global failure. The registered answers are 481 for a request that matches no dialog and 487 for a terminated request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software built on sofia-sip (for example FreeSWITCH) using this unregistered code
A request arriving for a call that has just been hung up
A dialog torn down while a re-INVITE, UPDATE or other request was still pending
A race between BYE and another request on the same call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treat it as a non-standard code (other equipment reads it as 600)
Look for a BYE or CANCEL with the same Call-ID just before the 687
If the call had already ended normally, the 687 is usually harmless
If calls drop unexpectedly, investigate why the dialog ended rather than the 687 itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dialog terminated, call ended, hung up, sofia-sip, freeswitch, not registered, unregistered, non-standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Wireshark statistics label: the bucket where it counts 6xx responses it does not list by name. Not a code sent on the wire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a registered SIP code: an analyser used it as a label for some other final refusal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number 699 comes from Wireshark&apos;s statistics, not from a phone or server. The response that really travelled on the network was another 6xx code, meaning the call was refused everywhere, and the analyser grouped it under &apos;Others&apos;. Open the original packet to see the real code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a registered code. Wireshark&apos;s sip_response_code_vals table uses 699 &apos;Global Failure - Others&apos; as a per-class statistics bucket, so the real status line carried a different 6xx code, for example one newer than the Wireshark version in use; read it from the capture. A real 699 on the wire would be treated as 600 (RFC 3261 §8.1.3.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a wire code: Wireshark statistics grouped a 6xx response it does not list by name
A 6xx code newer than the analyser version in use (for example 607 or 608 in an old version)
A report or export built from Wireshark statistics copied the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember that 699 is an analyser label, not a registered code
Open the original packet and read the real status code and reason phrase
Look up that real code instead of 699
If the real code is unknown to you, read it as 600 Busy Everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wireshark, statistics, others, global failure, analyser label, not registered, not a real code, 6xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PJSIP local status for a request that got no answer; reported to the application, never sent on the wire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a registered SIP code: your phone gave up waiting because nothing came back from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server sent this number. The phone or app (built on the PJSIP library) sent a request, received no reply at all from the network, and reported 701 itself. It points to a connection problem between your device and the server, or to a server that is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a registered code; a local status from PJSIP&apos;s status table (formerly PJSIP_SC_TSX_TIMEOUT): the client transaction timed out (Timer B or F) without any response, so nothing was received from the network. RFC 3261 §8.1.3.1 says such a timeout is reported as if 408 had arrived, which newer PJSIP releases do. A capture shows whether the request left the device and whether anything came back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a network answer: the phone&apos;s own timeout, reported with this unregistered code
Server down or unreachable
A firewall or NAT dropping the request or the response
Wrong server address, port or transport in the account settings
A large UDP request fragmented and dropped on the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember nothing was received: the phone concluded this locally
Check the device&apos;s network connection
Check the server address, port and transport in the account settings
Capture traffic to see whether the request left and whether anything came back
Try TCP or TLS instead of UDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no response, timeout, server not responding, unreachable, server down, no connection, pjsip, local error, not on the wire, not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PJSIP local status for a server name that could not be resolved; reported to the application, never sent on the wire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a registered SIP code: your phone could not find the server&apos;s address, so it sent nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server sent this number. The phone or app (built on the PJSIP library) could not turn the server name into a network address and reported 702 itself; nothing was sent or received. It usually means a wrong server name in the settings or a DNS problem on the network the device uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a registered code; a local status from PJSIP&apos;s status table (formerly PJSIP_SC_TSX_RESOLVE_ERROR): the DNS lookup of the destination (NAPTR, SRV, A or AAAA per RFC 3263) failed, so no request went out and nothing was received from the network. Newer PJSIP releases usually report this kind of failure as 503, in line with RFC 3261 §8.1.3.1 treating transport failures as 503.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a network answer: the phone&apos;s own DNS failure, reported with this unregistered code
A typo in the server or domain name in the account settings
No working DNS server on the device or network
Missing SRV or A/AAAA records for the provider&apos;s domain
DNS blocked or filtered by the network (hotel, corporate, captive portal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember nothing was sent or received: the phone concluded this locally
Check the server or domain name in the account settings
Check the device&apos;s DNS settings and internet connection
Look up the domain&apos;s SRV and A records from another machine
Try the server&apos;s IP address temporarily to confirm a DNS problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dns, cannot resolve, server not found, domain not found, wrong server name, no internet, pjsip, local error, not on the wire, not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PJSIP local status for a request that could not be sent; reported to the application, never sent on the wire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a registered SIP code: your phone could not send its request to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server sent this number. The phone or app (built on the PJSIP library) tried to send a request, but the connection failed, for example because it was refused or the secure connection could not be set up, and it reported 703 itself. Nothing was received from the network; the problem is the path to the server or the server being down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a registered code; a local status from PJSIP&apos;s status table (formerly PJSIP_SC_TSX_TRANSPORT_ERROR): the transport could not send the request (connection refused or reset, TLS failure, ICMP unreachable), so nothing was received from the network. RFC 3261 §8.1.3.1 says a fatal transport error is reported as if 503 had arrived, which newer PJSIP releases do; the client should then try the next server (RFC 3263 §4.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a network answer: the phone&apos;s own send failure, reported with this unregistered code
The server refused the TCP or TLS connection (service down, wrong port)
TLS handshake failure (certificate, protocol version, cipher)
ICMP port or host unreachable for UDP
A local firewall or VPN blocking outgoing SIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember nothing was received: the phone concluded this locally
Check the server address, port and transport
For TLS, check certificates and the date and time on the device
Capture traffic to see the connection attempt and any reset or ICMP error
Try another network (mobile data instead of Wi-Fi) to rule out local blocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send error, transport error, connection refused, tls error, cannot connect, unreachable, server down, pjsip, local error, not on the wire, not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sofia-sip NUA local status reported to the application (seen in FreeSWITCH logs); never sent on the wire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a registered SIP code: the calling software reported an internal error of its own, and nothing came from the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number is produced inside SIP software built on the sofia-sip library, such as FreeSWITCH, to report a problem it found itself. The text varies, for example it could not add login credentials or the session was already ending. No server sent this code and nothing was received from the network for it; the cause is in the local software or its configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a registered code; a local status from sofia-sip&apos;s NUA layer (nua_client.c, nua_session.c, nua_register.c), reported to the application with a varying phrase such as &apos;Cannot add credentials&apos; or &apos;Session is terminating&apos;. It never crosses the wire. Read the phrase and the neighbouring log lines: a 900 usually follows a real response (for example a 401 or 407 that could not be answered) or a local state problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a network answer: sofia-sip&apos;s own status, reported with this unregistered code
Credentials missing or invalid for an authentication challenge
A request attempted while the session was already being torn down
A misconfigured gateway or profile in FreeSWITCH
An internal state error in the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember nothing was received with this code: the software concluded it locally
Read the phrase that comes with 900 in the log
Look at the SIP messages just before it (for example a 401, 407 or BYE)
Check the gateway or account credentials and settings
Update the software if the error looks like a bug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal error, local error, freeswitch, sofia, cannot add credentials, session terminating, not on the wire, not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sofia-sip NUA local status when a 401 or 407 challenge cannot be answered; never sent on the wire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a registered SIP code: the software could not answer the server&apos;s login request because it has no matching credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asked for a login (a 401 or 407 response), and software built on the sofia-sip library, such as FreeSWITCH, found no username and password that fit that request. It reported 904 itself; the 904 was not received from the network. The cause is the account or gateway settings on the calling side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a registered code; a local status from sofia-sip&apos;s NUA layer (nua_client.c) when a 401 or 407 challenge cannot be answered: no credentials match the realm, or the scheme or algorithm is not supported. It never crosses the wire: the response actually received was the 401 or 407. Compare the realm and algorithm in WWW-Authenticate or Proxy-Authenticate with the configured credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a network answer: sofia-sip&apos;s own status, reported with this unregistered code
No username and password configured for the realm the server asked for
The realm in the challenge differs from the configured one (for example the provider changed domain)
An unsupported authentication scheme or algorithm (for example SHA-256 only)
Credentials configured on the wrong gateway or profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the 904 was concluded locally: look for the 401 or 407 that really arrived
Note the realm and algorithm in that challenge
Check that the gateway or account has credentials for that realm
Set the realm explicitly if the software needs it, or let it follow the challenge
Check that the software supports the requested algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication, wrong password, login failed, realm, challenge, registration failed, freeswitch, sofia, not on the wire, not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Wireshark placeholder for response codes outside its table. Not a code sent on the wire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a registered SIP code: an analyser used it as a placeholder for a response it could not classify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number 999 comes from Wireshark, not from a phone or server. The response that really travelled on the network had some other code that the analyser could not place in its table, and it showed this placeholder instead. Open the original packet to see what was actually sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a registered code and outside the six classes of RFC 3261 §21. Wireshark&apos;s sip_response_code_vals uses 999 &apos;Unknown response&apos; as a placeholder for codes outside its table, so the real status line carried something else. Read it from the capture: a code from 100 to 699 that is not registered is read as the x00 of its class (RFC 3261 §8.1.3.2), while anything outside that range is not a valid SIP response at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a wire code: Wireshark could not place the real response code in its table
A vendor-specific or malformed status line in the capture
A report or export built from Wireshark statistics copied the placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember that 999 is an analyser placeholder, not a registered code
Open the original packet and read the real status line
Look up that real code instead of 999
If the status line is malformed, find the device that sent it from its Server header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wireshark, unknown response, unknown code, analyser label, placeholder, not registered, not a real code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some status lists and analysers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wikipedia and vendor lists derived from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wireshark: its per-class statistics bucket for 1xx codes it does not list by name, not another name for 199 Early Dialog Terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some status lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sofia-sip; reSIProcate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wireshark; some vendors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PJSIP; Wireshark (RFC 4474 wording)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PJSIP; Wireshark; FreeSWITCH (RFC 4474 wording)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sofia-sip, with a different meaning altogether</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 2543 and older gateways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reSIProcate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sofia-sip; Wikipedia; many vendor pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 2543; sofia-sip; some analysers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some analysers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some stacks and provider pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeExplanation</name>
    <message>
        <source>cause %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gateway sends %1 for the ISDN/Q.850 %2 (RFC 3398 §7.2.4.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gateway maps %1 to Q.850 cause %2 (%3) towards the telephone network (RFC 3398 §8.2.6.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not a registered code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a registered code. A receiver treats it like %2 (RFC 3261 §8.1.3.2); what follows is the explanation of the %3 class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it comes from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typical causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q.850 mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also seen on the wire as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treated as %1 (RFC 3261 §8.1.3.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DigestAuth</name>
    <message>
        <source>The %1 challenge is not a Digest challenge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Digest challenge has no realm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Digest challenge has no nonce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped %1: algorithm %2 is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped %1: none of the offered qop values (%2) is supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped %1: the credentials are for realm &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed over %1 %2: %3 is stronger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed over %1: an earlier challenge is as strong or stronger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response carries no %1 challenge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the %1 challenges can be answered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Q850</name>
    <message>
        <source>Unallocated (unassigned) number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No route to specified transit network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No route to destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal call clearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user responding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from user (user alerted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriber absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirection to new destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange routing error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-selected user clearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid number format (address incomplete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal, unspecified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No circuit/channel available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching equipment congestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource unavailable, unspecified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming calls barred within CUG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer capability not authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer capability not presently available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service or option not available, unspecified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer capability not implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only restricted digital information bearer capability is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service or option not implemented, unspecified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User not member of CUG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incompatible destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery on timer expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol error, unspecified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interworking, unspecified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without diagnostic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with diagnostic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SipError</name>
    <message>
        <source>Invalid target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name not resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SipScope::AboutDialog</name>
    <message>
        <source>Version %1 · Qt %2 (built with Qt %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About SipScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reference of SIP response codes in plain words, and a probe that sends SIP OPTIONS to a server and shows what came back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SipScope icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SipScope::CodeDetailView</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous code viewed (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next code viewed (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy for &amp;Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy for ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the code, its reason, summary and what to check as plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation of the selected SIP response code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 for a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a SIP response code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SipScope::CodeItemDelegate</name>
    <message>
        <source>unregistered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SipScope::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the response codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Target &amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SipScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up SIP response codes (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send SIP OPTIONS to a server (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SipUri</name>
    <message>
        <source>The target is empty: type a host name, an address or a sip: URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target contains spaces or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1:&quot; is not a SIP address: use sip:, sips: or just a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target has no host: add a host name or an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password in the target is not supported: remove the part after &apos;:&apos; in the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user part before &apos;@&apos; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user part &quot;%1&quot; contains characters that are not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name or IPv4 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbalanced brackets in &quot;%1&quot;: write IPv6 addresses as [2001:db8::1].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port is missing after &apos;:&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid port: use a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URI parameter &quot;;%1&quot; is malformed or repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported transport &quot;%1&quot;: use udp, tcp or tls (sips: needs tls).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URI headers (&quot;%1&quot;) are not supported in a probe target.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Warning</name>
    <message>
        <source>None of the network protocols offered in the session description is available to this side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address format offered (for example IPv4 or IPv6) cannot be used by this side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the media transport protocols offered (for example RTP/AVP or RTP/SAVP) is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bandwidth line in the session description uses units this side does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A media type offered (audio, video, ...) is not available on this side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the media formats (codecs) offered is available: the usual sign of a codec mismatch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attribute line in the session description was not understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parameter of the session description other than an attribute was not understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the languages asked for in the session description (RFC 8373) can be provided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site where the user is located does not support multicast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site where the user is located does not support unicast communication, usually because of a firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bandwidth asked for in the session description, or for the media, exceeds what is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy will not forward this request over a secure (SIPS) path, for example because of policy (RFC 5630).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy requires a SIPS URI and secure transport for this request (RFC 5630).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free-form information from the sender; read the warn-text, it often names the real reason (for example a rejected number or an internal error).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

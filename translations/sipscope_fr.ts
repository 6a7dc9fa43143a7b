<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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

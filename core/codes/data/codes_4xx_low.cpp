// data/codes_4xx_low.cpp - the registered client failure codes 400..424
#include "../catalogdata.h"
#include <QtGlobal>

namespace SipScope::CatalogData {
namespace {
constexpr CodeEntry entries[] = {
    {
        .code = 400,
        .reason = "Bad Request",
        .refs = "RFC3261#21.4.1",
        .related = "416 420 488 513",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "The system could not understand the request your phone or the network sent, so it was rejected."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "A device along the way received a signalling message that was broken or missing "
            "required parts, so it could not process it. This is almost always a software or "
            "configuration problem in the sending device, a gateway or a session border "
            "controller, not something the caller did. Trying the same call again usually fails "
            "the same way until the faulty device is fixed."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Any element may send it when a request has malformed syntax (RFC 3261 §21.4.1), such "
            "as a missing mandatory header (Call-ID, CSeq, From, To, Via, Max-Forwards), an "
            "unparsable header value or a Content-Length that does not match the body. The reason "
            "phrase should name the problem more precisely, for example \"Missing Call-ID header field\", "
            "and a Warning header may add detail, so read both. It is a syntax complaint: a request "
            "that parses but whose session offer cannot be accepted gets 488, an unknown URI scheme "
            "416 and an unsupported body type 415. RFC 3398 maps it to Q.850 cause 41 (Temporary "
            "failure)."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "A header that is missing, duplicated or badly formatted\n"
            "A Content-Length that does not match the body, often after a device rewrote the message\n"
            "A broken header manipulation rule on an SBC or PBX\n"
            "Invalid characters in a display name, user part or URI\n"
            "A malformed SDP or multipart body\n"
            "A message cut off by UDP fragmentation or altered by a router's SIP ALG"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Read the reason phrase and any Warning header: they often name the faulty header\n"
            "Capture the request and check it against the RFC 3261 syntax\n"
            "Look for recent header manipulation or firmware changes on the PBX, SBC or gateway\n"
            "Disable SIP ALG on the router if messages arrive modified\n"
            "Try TCP instead of UDP if large messages arrive truncated"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "bad request, malformed, invalid message, syntax error, parse error, missing header, "
            "call fails immediately, protocol error"),
    },
    {
        .code = 401,
        .reason = "Unauthorized",
        .refs = "RFC3261#21.4.2 RFC3261#22.2",
        .related = "407 403 904",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "The phone system asked the phone to prove who it is, and the login it got was missing or wrong."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "The server wants the phone or app to log in with its account name and password before "
            "it registers it or places the call. A single 401 followed by success is normal, because "
            "that is how every login starts. If it keeps coming back, the credentials stored in the "
            "caller's phone or app are wrong, so the problem is on the caller's side (device or "
            "account settings)."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Sent by a user agent server or registrar, not by a proxy, with a WWW-Authenticate "
            "challenge (RFC 3261 §21.4.2); the client repeats the request with an Authorization "
            "header computed from its credentials (digest, RFC 3261 §22.2). A second 401 after "
            "credentials were sent means they were rejected, while a challenge with stale=true only "
            "asks for a retry with the new nonce. A proxy challenges with 407 and Proxy-Authenticate "
            "instead, answered with Proxy-Authorization (RFC 3261 §22.3). Check the realm, username, "
            "algorithm (MD5 or SHA-256) and qop of the challenge against the account; RFC 3398 maps "
            "401 to Q.850 cause 21 (Call rejected)."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "Wrong password or username saved in the phone or app\n"
            "Authentication username differs from the extension number or caller ID user\n"
            "The password was changed on the server but not on the device\n"
            "The realm or domain on the device does not match the server\n"
            "The device does not support the offered digest algorithm\n"
            "A normal first challenge, when a retry with credentials follows"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Check whether a retried request with Authorization follows; if it succeeds, the 401 was normal\n"
            "Re-enter the SIP username, authentication ID and password on the device\n"
            "Reset the SIP password on the server and provision it again\n"
            "Compare the realm in WWW-Authenticate with the domain configured on the device\n"
            "Check the server log for failed logins or an IP ban"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "wrong password, authentication failed, login, login failed, credentials, unauthorized, "
            "registration failed, cannot register, username, password, digest"),
    },
    {
        .code = 402,
        .reason = "Payment Required",
        .refs = "RFC3261#21.4.3",
        .related = "403 603",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "The call was refused because of a payment problem on the account, such as no credit left."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "The provider would not connect the call because of a billing problem on the caller's "
            "account, such as no credit left, an unpaid bill or a spending limit reached. It is about "
            "the caller's account with the provider, not about the person being called or the "
            "equipment. Topping up or settling the account usually fixes it."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "RFC 3261 §21.4.3 reserves 402 for future use and defines no behaviour for it, so the "
            "standard does not say how a client should react. In practice prepaid platforms, carriers "
            "and billing-aware softswitches send it when the balance or credit limit does not cover "
            "the call, sometimes with an explanation in the reason phrase or a Warning header. Treat "
            "it as a final refusal: retrying does not help until the account is fixed. RFC 3398 maps "
            "it to Q.850 cause 21 (Call rejected)."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "Prepaid balance used up\n"
            "Postpaid credit or spending limit reached\n"
            "Unpaid invoice, account put on hold by billing\n"
            "The destination costs more than the remaining balance, such as an international or premium number\n"
            "A per-call or daily fraud limit triggered"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Check the account balance and billing status in the provider portal\n"
            "Top up or settle the account, then call again\n"
            "Check whether only expensive destinations fail, which points to a rate or limit issue\n"
            "Read the reason phrase and any Warning header for the provider's own explanation\n"
            "Ask the provider to raise the credit or fraud limit if it is too low"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "no credit, insufficient balance, payment required, out of credit, top up, billing, "
            "prepaid, balance, unpaid bill, credit limit"),
    },
    {
        .code = 403,
        .reason = "Forbidden",
        .refs = "RFC3261#21.4.4",
        .related = "401 407 603 607 608",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "The system understood the request but is not allowed to let it through."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "The server knows what was asked but refuses it, and logging in again will not change "
            "that. It usually means the caller's account or device is not permitted to do this: the "
            "destination is barred, the account is blocked, or the request came from an address the "
            "provider does not accept. It is normally on the caller's side or the provider's policy, "
            "not the called person's choice."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Sent when the server understood the request but will not fulfil it and authorization "
            "will not help (RFC 3261 §21.4.4); the request should not be repeated unchanged. Compare "
            "the neighbours: 401 and 407 ask for credentials, 603 Decline is the called party "
            "refusing for all its devices, 607 Unwanted marks the call as unwanted such as spam "
            "(RFC 8197), and 608 Rejected comes from an intermediary such as a call-analytics service "
            "(RFC 8688). Providers often put the real reason into the reason phrase or a Warning "
            "header. RFC 3398 maps 403 to Q.850 cause 21 (Call rejected), and causes 21, 55, 57 and "
            "87 to 403."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "Calls to that destination are barred on the account, such as international or premium numbers\n"
            "The account is suspended, expired or blocked after failed logins\n"
            "The request came from an IP address that is not on the provider's allow list\n"
            "A caller ID or From number the account is not allowed to present\n"
            "Registration for a user or domain the server does not serve\n"
            "Valid credentials, but the user lacks permission for this service"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Read the reason phrase and any Warning header for the provider's reason\n"
            "Check call barring, class of service and dialling permissions of the account\n"
            "Check that the source IP of the PBX or phone is allowed by the provider\n"
            "Check that the presented caller ID is a number the account owns\n"
            "Check whether the account is suspended or its IP was banned after failed logins"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "forbidden, call blocked, not allowed, barred, access denied, authentication failed, "
            "account blocked, login, wrong password, credentials, rejected"),
    },
    {
        .code = 404,
        .reason = "Not Found",
        .refs = "RFC3261#21.4.5",
        .related = "604 410 484 480",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "The number or address you called does not exist on that system."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "The called number or user could not be found at the provider or system responsible for "
            "it. This usually means the number was dialled wrong, no longer exists, or the called "
            "system does not know it. It is about the dialled address rather than the caller's "
            "phone, although a wrong dial plan on the caller's side can cause it too."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Sent when the server has definitive information that the user does not exist at the "
            "domain in the Request-URI, or when that domain is not one it serves (RFC 3261 §21.4.5). "
            "It speaks for this server only: 604 Does Not Exist Anywhere claims the user exists "
            "nowhere, 410 Gone says the user existed but left, 484 says the address is incomplete and "
            "480 says the user exists but cannot be reached now. It may carry Retry-After. RFC 3398 "
            "maps 404 to Q.850 cause 1 (Unallocated number), and causes 1, 2, 3 and 26 to 404."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "The number was dialled wrong or has extra or missing digits\n"
            "The number is not assigned or was disconnected\n"
            "A wrong prefix, country code or number format sent to the carrier\n"
            "The called extension does not exist or is not registered on the PBX\n"
            "The domain in the Request-URI is not served by the receiving server\n"
            "An inbound number the provider routes to you but your PBX does not know"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Check the dialled number and try it in full international format\n"
            "Check the dial plan or outbound route that rewrites the number\n"
            "For inbound calls, check that the number exists on the PBX in the format the provider sends\n"
            "Check that the called extension exists and is registered\n"
            "Call the number from another line to see whether it exists"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "number does not exist, wrong number, unknown user, not found, invalid number, "
            "number not in service, unallocated number, user not found, extension not found, no such user"),
    },
    {
        .code = 405,
        .reason = "Method Not Allowed",
        .refs = "RFC3261#21.4.6",
        .related = "501 403 420",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "The system does not allow this kind of request for that address."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "The called system understood what kind of request was sent, but does not accept that "
            "type of request for this particular address. It is a compatibility or configuration "
            "issue between two pieces of equipment, not something the caller did. It mostly affects "
            "features such as messaging, presence or call transfer rather than ordinary calls."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Sent when the method is understood but not allowed for the resource identified by the "
            "Request-URI (RFC 3261 §21.4.6). The response must include an Allow header listing the "
            "methods that are permitted, which tells the client what it may use instead. Unlike 501 "
            "Not Implemented, where the server does not support the method at all, 405 means it knows "
            "the method but refuses it for this target. RFC 3398 maps it to Q.850 cause 63 (Service "
            "or option not available, unspecified)."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "MESSAGE, SUBSCRIBE or PUBLISH sent to a server or account that has them disabled\n"
            "REFER for call transfer not allowed by the PBX or trunk\n"
            "INFO, UPDATE or NOTIFY not allowed on that trunk\n"
            "REGISTER sent to an address that only accepts calls\n"
            "A trunk configured to accept only INVITE and basic methods"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Read the Allow header in the response to see which methods are accepted\n"
            "Enable the feature (messaging, presence, transfer) on the server or trunk if it is needed\n"
            "Switch the device to a method the other side allows, such as re-INVITE instead of UPDATE\n"
            "Check that the request goes to the right server and address"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "method not allowed, feature not supported, transfer fails, messaging not allowed, "
            "presence, blf, not permitted, allow header"),
    },
    {
        .code = 406,
        .reason = "Not Acceptable",
        .refs = "RFC3261#21.4.7",
        .related = "415 488 606",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "The called system cannot answer in any format your device said it accepts."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "The caller's device listed which kinds of content it can accept, and the other side can "
            "only produce something else. It is a compatibility problem between the two devices or "
            "apps, typically for features such as presence, voicemail notifications or messaging, "
            "not ordinary voice calls. Neither person did anything wrong."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Sent when the resource can only generate responses whose content is not acceptable "
            "according to the Accept header in the request (RFC 3261 §21.4.7). It concerns the body "
            "formats of the response, so look at the Accept, Accept-Encoding and Accept-Language "
            "headers that the client sent. It is not a media negotiation failure: a session offer "
            "that cannot be accepted gets 488 (here) or 606 (everywhere), and an unsupported request "
            "body gets 415. RFC 3398 maps it to Q.850 cause 79 (Service or option not implemented, "
            "unspecified)."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "SUBSCRIBE with an Accept header listing only formats the notifier cannot produce\n"
            "Presence or BLF subscription asking for a format the PBX does not support\n"
            "Accept-Language or Accept-Encoding values the server cannot satisfy\n"
            "A client that sends an overly narrow Accept header"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Compare the Accept header of the request with the formats the server supports\n"
            "Check the event package and body type of the subscription, such as dialog or presence\n"
            "Remove or widen the Accept header in the client configuration\n"
            "Update the client or server firmware if one side lacks a common format"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "not acceptable, format not supported, presence, blf, subscription failed, accept header, "
            "incompatible, content type"),
    },
    {
        .code = 407,
        .reason = "Proxy Authentication Required",
        .refs = "RFC3261#21.4.8 RFC3261#22.3",
        .related = "401 403 904",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "The provider's server asked your phone to log in before passing the call on, and the login was missing or wrong."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "A server between the caller and the destination, usually the provider or the office "
            "phone system, wants the caller's phone to prove who it is before it handles the call. A "
            "single 407 followed by the call going through is normal. If the call fails with 407, the "
            "username or password in the caller's phone, app or PBX trunk is wrong or missing, so it "
            "is on the caller's side."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Sent by a proxy with a Proxy-Authenticate challenge (RFC 3261 §21.4.8); the client "
            "repeats the request with a Proxy-Authorization header (RFC 3261 §22.3). It works like "
            "401, but 401 comes from the user agent server or registrar with WWW-Authenticate and is "
            "answered with Authorization. Many PBXs challenge INVITE with 407 and REGISTER with 401, "
            "so a phone that registers fine can still fail calls if it does not answer 407. A second "
            "407 after credentials were sent means they were rejected, while stale=true only asks "
            "for a retry with the new nonce; RFC 3398 maps 407 to Q.850 cause 21 (Call rejected)."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "Wrong password or authentication username on the phone, app or trunk\n"
            "Trunk set for IP authentication while the provider expects a digest login, or the reverse\n"
            "The device does not resend the request with Proxy-Authorization\n"
            "Realm or outbound proxy settings that do not match the provider\n"
            "The password was changed on the server but not on the device\n"
            "A normal first challenge, when a retry with credentials follows"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Check whether a retried request with Proxy-Authorization follows; if the call then proceeds, the 407 was normal\n"
            "Re-enter the authentication username and password for the trunk or device\n"
            "Check whether the provider expects registration-based or IP-based authentication\n"
            "Compare the realm in Proxy-Authenticate with the configured domain and outbound proxy\n"
            "Update the device firmware if it ignores 407 challenges"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "wrong password, authentication failed, login, credentials, proxy authentication, "
            "proxy auth, outgoing calls fail, trunk authentication, password, digest"),
    },
    {
        .code = 408,
        .reason = "Request Timeout",
        .refs = "RFC3261#21.4.9 RFC3261#8.1.3.1",
        .related = "480 504 487 701",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "The system gave up because it could not reach the called person or get an answer in time."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "The system tried to reach the called person or device but got no answer within the "
            "allowed time, so it gave up. It can mean the called phone rang with nobody answering, "
            "that the called device is offline or unreachable, or that a server on the way did not "
            "respond. It is usually on the called side or in the network, not the caller's phone."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Sent when the server could not produce a response in time, for example because it could "
            "not locate the user; the client may retry later without changes (RFC 3261 §21.4.9). A "
            "client also reports 408 locally when its transaction timer (Timer B or F) fires with no "
            "response at all (RFC 3261 §8.1.3.1), so check whether a 408 actually arrived on the wire "
            "or was concluded locally. 480 means the callee is known but not available now (no "
            "answer, not registered), and 504 means a server timed out waiting for another server. "
            "RFC 3398 maps Q.850 cause 18 (No user responding) to 408, and 408 to cause 102 (Recovery "
            "on timer expiry)."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "Nobody answered before the ring timeout of the PBX or provider\n"
            "The called phone is offline while a stale registration is still used\n"
            "The next hop does not respond because of a firewall, NAT or network loss\n"
            "A far-end server is overloaded or slow\n"
            "Replies go to an address the caller cannot receive on, a NAT problem"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Check in the capture whether the 408 came from the far end or was generated locally\n"
            "Check whether the called phone is online and its registration is current\n"
            "Check firewall, NAT and SIP ALG settings on the path to the next hop\n"
            "Compare the no-answer timer on the PBX or provider with the expected ring time\n"
            "Try the call again; if it repeats, trace the hop that stops answering"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "timeout, nobody answers, no answer, timed out, no response, unreachable, "
            "ring no answer, request timeout"),
    },
    {
        .code = 410,
        .reason = "Gone",
        .refs = "RFC3261#21.4.10",
        .related = "404 604 301",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "The number or person you called used to be here but is no longer available at this address."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "The system knows the called number or user existed once, but it has been removed and no "
            "new address is known. It usually means the number was disconnected, changed or moved "
            "away. It is about the called number, not the caller's phone."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Sent when the requested resource is no longer available at the server and no forwarding "
            "address is known, a condition expected to be permanent (RFC 3261 §21.4.10). If the "
            "server does not know whether the loss is permanent it should send 404 instead, and when "
            "a new address is known a 3xx such as 301 is the right answer. RFC 3398 maps Q.850 causes "
            "22 (Number changed) and 23 (Redirection to new destination) to 410, and 410 to cause 22."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "The number was disconnected or cancelled\n"
            "The user moved to another provider or address without forwarding\n"
            "The extension was deleted from the PBX\n"
            "A ported-out number the old network still answers for"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Tell the caller the number is no longer in service at this address\n"
            "Look for a new number or contact address\n"
            "Update contacts, speed dials and routing tables that use the old number\n"
            "If the number should exist, ask the terminating provider to check its status"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "number changed, number no longer in use, disconnected, gone, moved, "
            "number does not exist, no longer in service, deleted"),
    },
    {
        .code = 412,
        .reason = "Conditional Request Failed",
        .refs = "RFC3903#11.2.1",
        .related = "489 423 481",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "Your phone or app tried to update its status, but the server no longer had the earlier version it referred to."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "This is not about calls: it concerns status information such as presence (available, "
            "busy, away) that a device publishes to a server. The device tried to update a status "
            "entry that the server had already dropped, usually because it expired. The device "
            "normally fixes this by itself by publishing its status again from scratch."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Defined by RFC 3903 §11.2.1 for PUBLISH: the event state compositor returns 412 when "
            "the entity-tag in the SIP-If-Match header matches no publication it holds, usually "
            "because the publication expired or the server restarted. The publisher should then send "
            "a fresh initial PUBLISH without SIP-If-Match and use the SIP-ETag of its 2xx for later "
            "refreshes, changes and removal. Some stacks print the HTTP-style phrase Precondition "
            "Failed for this code."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "The publication expired before the device refreshed it\n"
            "The presence server restarted and lost its stored publications\n"
            "The device reused an old entity-tag after a network change or reboot\n"
            "A load balancer sent the refresh to a different server node"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Check that the device follows up with a new PUBLISH without SIP-If-Match\n"
            "Compare the publication Expires value with the refresh interval of the device\n"
            "Check whether the presence server restarted or failed over\n"
            "Make sure refreshes reach the same server node"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "presence, status not updating, publish failed, busy lamp, blf, availability, "
            "conditional request failed, precondition failed"),
    },
    {
        .code = 413,
        .reason = "Request Entity Too Large",
        .refs = "RFC3261#21.4.11",
        .related = "513 414 400",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "The message your phone or system sent was too big for the receiving server to accept."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "The request carried more data than the receiving server is willing to handle, for "
            "example a very long list of audio formats or a large text message. It comes from a limit "
            "on the receiving side combined with a large message from the sender, not from the "
            "called person. It is usually fixed by configuration on one of the two systems."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Sent when the request body is larger than the server is willing or able to process "
            "(RFC 3261 §21.4.11); the server may close the connection to stop the client from "
            "continuing. If the condition is temporary the response may carry Retry-After to say when "
            "the client may try again. It is a 4xx about the body, whereas 513 Message Too Large is a "
            "5xx about the whole message being more than the server can handle. RFC 3398 maps it to "
            "Q.850 cause 127 (Interworking, unspecified)."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "SDP offering a long list of codecs, ICE candidates or crypto lines\n"
            "A large MESSAGE or INFO body\n"
            "Multipart bodies with extra parts such as location or ISUP data\n"
            "A server or SBC with a low body size limit"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Check for Retry-After in the response if the limit is temporary\n"
            "Reduce the number of codecs, ICE candidates or crypto suites offered\n"
            "Raise the body size limit on the receiving server or SBC if allowed\n"
            "Send large messages over TCP or TLS and check that the server accepts them"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "message too large, too big, body too large, sdp too large, size limit, "
            "request entity too large, large message"),
    },
    {
        .code = 414,
        .reason = "Request-URI Too Long",
        .refs = "RFC3261#21.4.12",
        .related = "413 400 416",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "The address your phone or system called was too long for the receiving server to handle."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "The destination address sent with the call or request was longer than the receiving "
            "server accepts. This usually comes from a device or dial plan that adds too many "
            "parameters or digits to the address. It is a configuration issue between systems, not "
            "something the called person did."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Sent when the Request-URI is longer than the server is willing to interpret (RFC 3261 "
            "§21.4.12). Long URIs usually come from many URI parameters, embedded headers, or long "
            "tokens appended by an SBC, B2BUA or application server. RFC 3398 maps it to Q.850 cause "
            "127 (Interworking, unspecified)."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "A dial plan that appends long prefixes, tags or parameters to the number\n"
            "An SBC or application server that encodes routing data into the Request-URI\n"
            "Embedded header parameters in the URI from click-to-call or transfer links\n"
            "A loop that adds parameters on every pass"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Capture the request and check the length and content of the Request-URI\n"
            "Remove unneeded URI parameters in the dial plan or SBC rules\n"
            "Check for routing loops that add parameters each time\n"
            "Raise the URI length limit on the receiving server if possible"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "uri too long, address too long, number too long, request uri, long number, dial string"),
    },
    {
        .code = 415,
        .reason = "Unsupported Media Type",
        .refs = "RFC3261#21.4.13",
        .related = "406 488 469",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "Your phone or system sent content in a format the other side cannot read."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "The request carried content, such as a text message, a keypad signal or a call "
            "description, in a format the receiving system does not understand. It is a "
            "compatibility issue between the two devices or systems. It can affect features such as "
            "text messages or keypad tones, and sometimes calls themselves."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Sent when the request body is in a format the server does not support for this method "
            "(RFC 3261 §21.4.13). The response must list what is acceptable in Accept, "
            "Accept-Encoding and Accept-Language headers, depending on whether the content type, the "
            "encoding or the language was the problem, and the client should retry using one of "
            "those. It differs from 488 Not Acceptable Here, where the SDP is understood but the "
            "offered session cannot be accepted, and from 406, which is about the format of the "
            "response. RFC 3398 maps it to Q.850 cause 79 (Service or option not implemented, "
            "unspecified)."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "INFO with a DTMF body type the receiver does not support, such as application/dtmf-relay\n"
            "MESSAGE with a content type the server does not handle\n"
            "A compressed body (Content-Encoding gzip) the receiver cannot decode\n"
            "A multipart body where only plain SDP is accepted\n"
            "A body sent with a method that does not expect one of that type"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Read the Accept, Accept-Encoding and Accept-Language headers in the response\n"
            "Switch DTMF to RFC 4733 telephone-event if INFO bodies are refused\n"
            "Change the content type or disable body compression on the sender\n"
            "Make both ends agree on the message or DTMF format"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "unsupported media type, format not supported, content type, dtmf not working, "
            "message failed, sms failed, incompatible, accept header"),
    },
    {
        .code = 416,
        .reason = "Unsupported URI Scheme",
        .refs = "RFC3261#21.4.14",
        .related = "400 404 414",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "The address was in a form the receiving system does not handle."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "The destination address used a type of address the server does not understand, for "
            "example a telephone-number address where it expects a SIP address. It is a "
            "configuration issue in the caller's device, dial plan or a server on the way. The called "
            "person is not involved."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Sent when the scheme of the Request-URI is unknown to the server (RFC 3261 §21.4.14). "
            "Typical triggers are tel: URIs sent to a server that only handles sip:, sips: sent to "
            "equipment without support for it, or non-SIP schemes such as im:, pres:, urn: or http:. "
            "The client should retry with a scheme the server supports, normally sip:. RFC 3398 maps "
            "it to Q.850 cause 127 (Interworking, unspecified)."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "A tel: URI sent to a server that only accepts sip: addresses\n"
            "A sips: address sent to equipment that does not support it\n"
            "A click-to-call or directory entry with an http:, mailto: or other non-SIP link\n"
            "A urn: address, such as an emergency service URN, sent to a server that does not handle it\n"
            "A mistyped scheme in a device or trunk setting"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Check the scheme at the start of the Request-URI in the capture\n"
            "Configure the device or dial plan to send sip: addresses\n"
            "Convert tel: numbers to sip: addresses at the PBX or SBC\n"
            "Fix the directory or click-to-call entry that produced the address"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "unsupported uri scheme, invalid address, tel uri, sips, address format, dial string, "
            "wrong address format"),
    },
    {
        .code = 417,
        .reason = "Unknown Resource-Priority",
        .refs = "RFC4412#4.6.2",
        .related = "420 421 403",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "The call was marked as a priority call, but the receiving system does not recognise that priority marking."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "Some networks, such as government, military or emergency-service networks, let calls "
            "carry a priority level. This call carried such a marking and insisted that it be "
            "honoured, but the receiving system does not know it. It concerns how the caller's system "
            "or network marks calls, not the called person."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Defined by RFC 4412 §4.6.2: an element returns it when the request carries Require: "
            "resource-priority and it understands none of the namespace and priority values in the "
            "Resource-Priority header. The response should carry Accept-Resource-Priority listing the "
            "values it does support, so the client can retry with one of them. Without the "
            "resource-priority option tag in Require, unknown values are normally ignored rather than "
            "rejected; an element that does not support the extension at all answers 420, and a "
            "caller not authorised for a known priority gets 403."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "A namespace the receiver does not support, such as ets, wps, dsn or a private one\n"
            "A priority value outside the range configured on the receiver\n"
            "A gateway or SBC in strict mode that rejects unknown priority values\n"
            "Different priority configurations between interconnected networks"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Read Accept-Resource-Priority in the response for the supported values\n"
            "Map the Resource-Priority header to a namespace the next network accepts\n"
            "Remove Require: resource-priority if priority handling is optional\n"
            "Align the priority namespaces configured on both sides of the interconnect"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "priority call, resource priority, emergency priority, gets, wps, mlpp, preemption, "
            "government priority"),
    },
    {
        .code = 420,
        .reason = "Bad Extension",
        .refs = "RFC3261#21.4.15",
        .related = "421 422 494",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "Your phone or system insisted on a feature that the other side does not support."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "The caller's device or phone system required a particular protocol feature, and a "
            "system on the way does not support it, so the request was refused. It is a "
            "compatibility problem between pieces of equipment, often fixed by turning an option "
            "off. Neither person did anything wrong."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Sent when the server does not understand an option tag listed in the Proxy-Require or "
            "Require header (RFC 3261 §21.4.15). The response must list the tags it does not support "
            "in an Unsupported header, and the client may retry without them. It is the mirror of "
            "421, where the server needs an extension the client did not offer. RFC 3398 maps it to "
            "Q.850 cause 127 (Interworking, unspecified)."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "Require: 100rel sent to a device without reliable provisional responses (PRACK)\n"
            "Require: timer sent to equipment without session timer support\n"
            "Proxy-Require with a tag the proxy does not know, such as sec-agree\n"
            "Require: replaces or another call-control feature the far end lacks\n"
            "A phone or PBX set to require an extension instead of only supporting it"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Read the Unsupported header to see which option tag was refused\n"
            "Change the device setting from required to supported for that feature, such as 100rel or session timers\n"
            "Check the Require and Proxy-Require headers in the request\n"
            "Update the firmware of the side that lacks the extension"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "bad extension, unsupported feature, not supported, incompatible, 100rel, prack, "
            "session timer, require header, unsupported"),
    },
    {
        .code = 421,
        .reason = "Extension Required",
        .refs = "RFC3261#21.4.16",
        .related = "420 422 580",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "The other side needs a feature that your phone or system did not offer."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "The receiving system will only handle this request if the caller's device supports a "
            "particular protocol feature, and the device did not say that it does. It is a "
            "compatibility problem between the caller's equipment and the other side. Enabling the "
            "feature on the caller's device or trunk usually fixes it."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Sent by a user agent server that needs a particular extension to process the request "
            "when that extension is not listed in the Supported header of the request (RFC 3261 "
            "§21.4.16). The response must carry a Require header naming the needed extension, and the "
            "client can retry once it supports it. Servers should use it only when the service "
            "really cannot work otherwise; compare 420, where the server is the one lacking support. "
            "RFC 3398 maps it to Q.850 cause 127 (Interworking, unspecified)."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "A gateway or carrier that requires 100rel (PRACK) for early media\n"
            "A server that requires session timers and the client did not list timer\n"
            "A PBX or SBC that requires replaces, path, outbound or gruu\n"
            "The feature disabled on the phone or trunk, so it is missing from Supported"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Read the Require header in the response to see which extension is needed\n"
            "Enable that extension, such as 100rel or session timers, on the phone, PBX or trunk\n"
            "Check the Supported header of the original request\n"
            "Ask the provider whether the requirement can be relaxed"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "extension required, feature required, prack, 100rel, session timer, require header, "
            "incompatible, not supported"),
    },
    {
        .code = 422,
        .reason = "Session Interval Too Small",
        .refs = "RFC4028#6",
        .related = "423 420 421",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "The call was refused because your system wanted to check that the call is still alive more often than the other side allows."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "During a call, systems can check every so often that the call is still active. The "
            "caller's system asked for these checks more often than the other side accepts, so the "
            "request was refused. The caller's system normally retries by itself with a longer "
            "interval; if the call fails anyway, a setting on one of the systems needs adjusting."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Defined by RFC 4028 §6 (session timers): a proxy or UAS returns it when the "
            "Session-Expires value in an INVITE or UPDATE is below the minimum it accepts. The "
            "response must carry a Min-SE header with that minimum, and the client should retry with "
            "a Session-Expires at least that large and a Min-SE set to it. It is only used when the "
            "client indicated support for timer; otherwise the element raises the value itself "
            "instead of rejecting. RFC 4028 does not allow a minimum below 90 seconds, and some "
            "equipment prints the phrase Session Timer Too Small for this code."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "Session-Expires set below the carrier or PBX minimum\n"
            "Different session timer minimums on the two sides of a trunk\n"
            "A client that ignores Min-SE and retries with the same interval\n"
            "An SBC that rewrites Session-Expires to a low value"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Read the Min-SE header in the response\n"
            "Raise the session timer setting on the device or trunk, for example to 1800 seconds\n"
            "Check that the client retries with the larger value after the 422\n"
            "Align the session timer settings on both sides of the SBC"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "session timer, session interval too small, min-se, session expires, call setup fails, "
            "re-invite, keepalive, timer"),
    },
    {
        .code = 423,
        .reason = "Interval Too Brief",
        .refs = "RFC3261#21.4.17 RFC3261#10.3",
        .related = "422 412 489",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "Your phone asked to stay signed in for a shorter time than the server allows."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "When a phone signs in to the phone system, it says how long the sign-in should last "
            "before it is renewed. The phone asked for a shorter time than the server accepts, so the "
            "sign-in was refused. The phone normally retries with the longer time by itself; if not, "
            "the registration interval on the caller's device needs to be raised."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Sent by a registrar or notifier when the expiration requested in the Expires header or "
            "the Contact expires parameter is shorter than it allows (RFC 3261 §21.4.17, registrar "
            "processing in RFC 3261 §10.3). The response must carry a Min-Expires header with the "
            "smallest interval it accepts, and the client should retry with at least that value. It "
            "applies to REGISTER and also to SUBSCRIBE (RFC 6665); an expiry of zero, which removes a "
            "binding, is never rejected this way. RFC 3398 maps it to Q.850 cause 127 (Interworking, "
            "unspecified)."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "A short registration interval set on the phone to keep NAT open, such as 30 or 60 seconds\n"
            "The provider raised its minimum without updating the devices\n"
            "SUBSCRIBE with a very short Expires for presence or voicemail notification\n"
            "A device that ignores Min-Expires and keeps retrying"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Read the Min-Expires header in the response\n"
            "Set the registration or subscription expiry on the device to at least that value\n"
            "Use keepalives (CRLF, OPTIONS or STUN) instead of very short registrations to keep NAT open\n"
            "Update the firmware if the device does not retry with Min-Expires"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "interval too brief, registration failed, cannot register, expires too short, "
            "min-expires, registration interval, re-register, subscription failed"),
    },
    {
        .code = 424,
        .reason = "Bad Location Information",
        .refs = "RFC6442#4.3",
        .related = "400 403 415",
        .summary = QT_TRANSLATE_NOOP("Catalog",
            "The location sent with the call could not be used by the receiving system."),
        .meaning = QT_TRANSLATE_NOOP("Catalog",
            "Some calls, mainly emergency calls, carry the caller's location so they can be routed to "
            "the right answering centre. The receiving system could not read or use the location "
            "that was sent, or was not allowed to use it. It points at how the caller's phone, PBX or "
            "network supplies location, not at the person being called."),
        .technical = QT_TRANSLATE_NOOP("Catalog",
            "Defined by RFC 6442 §4.3: a recipient returns it when the location conveyed with the "
            "Geolocation header, by value in a PIDF-LO body or by reference, is malformed, cannot be "
            "dereferenced or is not usable for its purpose. The response should include a "
            "Geolocation-Error header (RFC 6442 §4.4) with a code such as 100 Cannot Process "
            "Location, 200 to 202 for permission problems, or 300 Dereference Failure. The client can "
            "correct the location or its permissions and retry. It matters mostly for emergency "
            "calling, where location drives routing to the right answering point."),
        .causes = QT_TRANSLATE_NOOP("Catalog",
            "A malformed or incomplete PIDF-LO location body\n"
            "A location reference (URI) the recipient cannot fetch\n"
            "Location privacy or routing rules that do not allow the recipient to use the location\n"
            "A missing or outdated civic address or coordinates on the PBX or location server\n"
            "An SBC or gateway that strips or damages the location body"),
        .actions = QT_TRANSLATE_NOOP("Catalog",
            "Read the Geolocation-Error header for the specific error code\n"
            "Check the location configured for the caller, such as the civic address on the PBX or location server\n"
            "Check that location references can be reached by the recipient\n"
            "Check the location privacy and routing permissions\n"
            "Test emergency location delivery with the provider's test number"),
        .keywords = QT_TRANSLATE_NOOP("Catalog",
            "location, emergency call, 911, 112, e911, geolocation, bad location, emergency address, "
            "pidf-lo, address"),
    },
};
} // namespace

std::span<const CodeEntry> clientFailureLow() { return entries; }

} // namespace SipScope::CatalogData

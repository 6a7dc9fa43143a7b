<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>AllowList</name>
    <message>
        <source>an empty entry allows nothing; write an address, a network, a host name or a domain suffix</source>
        <translation>ein leerer Eintrag gibt nichts frei; schreiben Sie eine Adresse, ein Netz, einen Hostnamen oder ein Domain-Suffix</translation>
    </message>
    <message>
        <source>"%1" is not a network in CIDR notation such as 10.0.0.0/8 or 2001:db8::/32</source>
        <translation>"%1" ist kein Netz in CIDR-Schreibweise wie 10.0.0.0/8 oder 2001:db8::/32</translation>
    </message>
    <message>
        <source>"%1" is not a domain suffix such as .example.com</source>
        <translation>"%1" ist kein Domain-Suffix wie .example.com</translation>
    </message>
    <message>
        <source>"%1" is not an IP address, a network, a host name or a domain suffix</source>
        <translation>"%1" ist weder IP-Adresse noch Netz, Hostname oder Domain-Suffix</translation>
    </message>
</context>
<context>
    <name>BytesExcerpt</name>
    <message numerus="yes">
        <source> (%n more byte(s))</source>
        <translation>
            <numerusform> (%n weiteres Byte)</numerusform>
            <numerusform> (%n weitere Bytes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptureAnalysis</name>
    <message>
        <source>Frame %1 (%2 → %3): not a valid SIP message: %4</source>
        <translation>Frame %1 (%2 → %3): keine gültige SIP-Nachricht: %4</translation>
    </message>
    <message>
        <source>The capture's link type is %1, which SipScope does not read (it reads Ethernet, Linux cooked SLL and SLL2, raw IP, loopback and Wireshark's exported PDUs).</source>
        <translation>Der Link-Typ des Mitschnitts ist %1; den liest SipScope nicht (es liest Ethernet, Linux cooked SLL und SLL2, rohes IP, Loopback und die exportierten PDUs von Wireshark).</translation>
    </message>
    <message>
        <source>Frame %1 was cut by the capture's snap length (%2 of %3 bytes kept); what it carried cannot be read.</source>
        <translation>Frame %1 wurde von der Snap-Länge des Mitschnitts gekürzt (%2 von %3 Bytes erhalten); sein Inhalt ist nicht lesbar.</translation>
    </message>
</context>
<context>
    <name>CaptureReader</name>
    <message>
        <source>Cannot read the capture %1: %2</source>
        <translation>Der Mitschnitt %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>This SipScope was built without capture support (libpcap); it cannot read pcap or pcapng files.</source>
        <translation>Dieses SipScope wurde ohne Unterstützung für Mitschnitte (libpcap) gebaut; es kann keine pcap- oder pcapng-Dateien lesen.</translation>
    </message>
    <message>
        <source>Cannot read the capture from memory.</source>
        <translation>Der Mitschnitt im Speicher kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The capture is damaged at frame %1: %2</source>
        <translation>Der Mitschnitt ist ab Frame %1 beschädigt: %2</translation>
    </message>
</context>
<context>
    <name>CaptureSink</name>
    <message numerus="yes">
        <source>Capture written to %1 (%n packet(s)).</source>
        <translation>
            <numerusform>Mitschnitt nach %1 geschrieben (%n Paket).</numerusform>
            <numerusform>Mitschnitt nach %1 geschrieben (%n Pakete).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decrypted message(s) could not go into the classic pcap file, which holds one link type only; write pcapng to keep them.</source>
        <translation>
            <numerusform>%n entschlüsselte Nachricht passte nicht in die klassische pcap-Datei, die nur einen Link-Typ fasst; schreiben Sie pcapng, um sie zu behalten.</numerusform>
            <numerusform>%n entschlüsselte Nachrichten passten nicht in die klassische pcap-Datei, die nur einen Link-Typ fasst; schreiben Sie pcapng, um sie zu behalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>The system could not understand the request your phone or the network sent, so it was rejected.</source>
        <translation>Das System konnte die Anfrage, die Ihr Telefon oder das Netz gesendet hat, nicht verstehen und hat sie daher abgelehnt.</translation>
    </message>
    <message>
        <source>A device along the way received a signalling message that was broken or missing required parts, so it could not process it. This is almost always a software or configuration problem in the sending device, a gateway or a session border controller, not something the caller did. Trying the same call again usually fails the same way until the faulty device is fixed.</source>
        <translation>Ein Gerät auf dem Weg hat eine Signalisierungsnachricht erhalten, die fehlerhaft war oder der notwendige Bestandteile fehlten, und konnte sie daher nicht verarbeiten. Das ist fast immer ein Software- oder Konfigurationsproblem im sendenden Gerät, einem Gateway oder einem Session Border Controller, nichts, was der Anrufer verursacht hat. Ein erneuter Versuch desselben Anrufs scheitert meist auf dieselbe Weise, bis das fehlerhafte Gerät repariert ist.</translation>
    </message>
    <message>
        <source>A header that is missing, duplicated or badly formatted
A Content-Length that does not match the body, often after a device rewrote the message
A broken header manipulation rule on an SBC or PBX
Invalid characters in a display name, user part or URI
A malformed SDP or multipart body
A message cut off by UDP fragmentation or altered by a router's SIP ALG</source>
        <translation>Ein Header, der fehlt, doppelt vorhanden oder falsch formatiert ist
Eine Content-Length, die nicht zum Body passt, oft nachdem ein Gerät die Nachricht umgeschrieben hat
Eine fehlerhafte Regel zur Header-Manipulation auf einem SBC oder einer Telefonanlage
Ungültige Zeichen im Anzeigenamen, im User-Teil oder in der URI
Ein fehlerhafter SDP- oder Multipart-Body
Eine Nachricht, die durch UDP-Fragmentierung abgeschnitten oder vom SIP-ALG eines Routers verändert wurde</translation>
    </message>
    <message>
        <source>Read the reason phrase and any Warning header: they often name the faulty header
Capture the request and check it against the RFC 3261 syntax
Look for recent header manipulation or firmware changes on the PBX, SBC or gateway
Disable SIP ALG on the router if messages arrive modified
Try TCP instead of UDP if large messages arrive truncated</source>
        <translation>Lesen Sie die Reason-Phrase und einen etwaigen Warning-Header: Sie nennen oft den fehlerhaften Header
Zeichnen Sie die Anfrage auf und prüfen Sie sie gegen die Syntax von RFC 3261
Suchen Sie nach kürzlichen Änderungen an Header-Manipulation oder Firmware auf Telefonanlage, SBC oder Gateway
Deaktivieren Sie SIP-ALG auf dem Router, wenn Nachrichten verändert ankommen
Verwenden Sie TCP statt UDP, wenn große Nachrichten abgeschnitten ankommen</translation>
    </message>
    <message>
        <source>bad request, malformed, invalid message, syntax error, parse error, missing header, call fails immediately, protocol error</source>
        <translation>bad request, fehlerhafte anfrage, ungültige nachricht, syntaxfehler, parse-fehler, header fehlt, anruf bricht sofort ab, protokollfehler, fehlerhaft</translation>
    </message>
    <message>
        <source>The phone system asked the phone to prove who it is, and the login it got was missing or wrong.</source>
        <translation>Die Telefonanlage hat das Telefon aufgefordert, sich auszuweisen, und die erhaltene Anmeldung fehlte oder war falsch.</translation>
    </message>
    <message>
        <source>The server wants the phone or app to log in with its account name and password before it registers it or places the call. A single 401 followed by success is normal, because that is how every login starts. If it keeps coming back, the credentials stored in the caller's phone or app are wrong, so the problem is on the caller's side (device or account settings).</source>
        <translation>Der Server verlangt, dass sich das Telefon oder die App mit Benutzername und Passwort anmeldet, bevor er es registriert oder den Anruf aufbaut. Eine einzelne 401, auf die ein Erfolg folgt, ist normal, denn so beginnt jede Anmeldung. Kommt sie immer wieder, sind die im Telefon oder in der App des Anrufers gespeicherten Zugangsdaten falsch; das Problem liegt also auf der Seite des Anrufers (Geräte- oder Kontoeinstellungen).</translation>
    </message>
    <message>
        <source>Sent by a user agent server or registrar, not by a proxy, with a WWW-Authenticate challenge (RFC 3261 §21.4.2); the client repeats the request with an Authorization header computed from its credentials (digest, RFC 3261 §22.2). A second 401 after credentials were sent means they were rejected, while a challenge with stale=true only asks for a retry with the new nonce. A proxy challenges with 407 and Proxy-Authenticate instead, answered with Proxy-Authorization (RFC 3261 §22.3). Check the realm, username, algorithm (MD5 or SHA-256) and qop of the challenge against the account; RFC 3398 maps 401 to Q.850 cause 21 (Call rejected).</source>
        <translation>Wird von einem User Agent Server oder Registrar gesendet, nicht von einem Proxy, und enthält eine WWW-Authenticate-Challenge (RFC 3261 §21.4.2); der Client wiederholt die Anfrage mit einem Authorization-Header, der aus seinen Zugangsdaten berechnet ist (Digest, RFC 3261 §22.2). Eine zweite 401, nachdem Zugangsdaten gesendet wurden, bedeutet, dass sie abgelehnt wurden; eine Challenge mit stale=true verlangt dagegen nur einen neuen Versuch mit der neuen Nonce. Ein Proxy fordert stattdessen mit 407 und Proxy-Authenticate zur Authentifizierung auf, beantwortet mit Proxy-Authorization (RFC 3261 §22.3). Vergleichen Sie Realm, Benutzername, Algorithmus (MD5 oder SHA-256) und qop der Challenge mit dem Konto; RFC 3398 bildet 401 auf Q.850-Cause 21 (Anruf abgewiesen) ab.</translation>
    </message>
    <message>
        <source>Wrong password or username saved in the phone or app
Authentication username differs from the extension number or caller ID user
The password was changed on the server but not on the device
The realm or domain on the device does not match the server
The device does not support the offered digest algorithm
A normal first challenge, when a retry with credentials follows</source>
        <translation>Falsches Passwort oder falscher Benutzername im Telefon oder in der App gespeichert
Der Benutzername für die Authentifizierung weicht von der Nebenstellennummer oder dem Benutzer der Anrufer-ID ab
Das Passwort wurde auf dem Server geändert, aber nicht auf dem Gerät
Realm oder Domain auf dem Gerät passen nicht zum Server
Das Gerät unterstützt den angebotenen Digest-Algorithmus nicht
Eine normale erste Challenge, wenn ein Versuch mit Zugangsdaten folgt</translation>
    </message>
    <message>
        <source>Check whether a retried request with Authorization follows; if it succeeds, the 401 was normal
Re-enter the SIP username, authentication ID and password on the device
Reset the SIP password on the server and provision it again
Compare the realm in WWW-Authenticate with the domain configured on the device
Check the server log for failed logins or an IP ban</source>
        <translation>Prüfen Sie, ob eine wiederholte Anfrage mit Authorization folgt; ist sie erfolgreich, war die 401 normal
Geben Sie SIP-Benutzername, Authentifizierungs-ID und Passwort auf dem Gerät neu ein
Setzen Sie das SIP-Passwort auf dem Server zurück und stellen Sie es dem Gerät erneut bereit
Vergleichen Sie den Realm in WWW-Authenticate mit der auf dem Gerät konfigurierten Domain
Prüfen Sie das Serverprotokoll auf fehlgeschlagene Anmeldungen oder eine IP-Sperre</translation>
    </message>
    <message>
        <source>wrong password, authentication failed, login, login failed, credentials, unauthorized, registration failed, cannot register, username, password, digest</source>
        <translation>falsches passwort, authentifizierung fehlgeschlagen, anmeldung, login, anmeldung fehlgeschlagen, zugangsdaten, nicht autorisiert, registrierung fehlgeschlagen, registriert sich nicht, benutzername, passwort, digest</translation>
    </message>
    <message>
        <source>The call was refused because of a payment problem on the account, such as no credit left.</source>
        <translation>Der Anruf wurde wegen eines Zahlungsproblems auf dem Konto abgelehnt, zum Beispiel weil kein Guthaben mehr vorhanden ist.</translation>
    </message>
    <message>
        <source>The provider would not connect the call because of a billing problem on the caller's account, such as no credit left, an unpaid bill or a spending limit reached. It is about the caller's account with the provider, not about the person being called or the equipment. Topping up or settling the account usually fixes it.</source>
        <translation>Der Anbieter hat den Anruf wegen eines Abrechnungsproblems auf dem Konto des Anrufers nicht durchgestellt, etwa weil kein Guthaben mehr vorhanden ist, eine Rechnung offen ist oder ein Ausgabenlimit erreicht wurde. Es geht um das Konto des Anrufers beim Anbieter, nicht um den Angerufenen oder die Geräte. Aufladen oder Begleichen des Kontos behebt das Problem meist.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.4.3 reserves 402 for future use and defines no behaviour for it, so the standard does not say how a client should react. In practice prepaid platforms, carriers and billing-aware softswitches send it when the balance or credit limit does not cover the call, sometimes with an explanation in the reason phrase or a Warning header. Treat it as a final refusal: retrying does not help until the account is fixed. RFC 3398 maps it to Q.850 cause 21 (Call rejected).</source>
        <translation>RFC 3261 §21.4.3 reserviert 402 für die künftige Verwendung und definiert kein Verhalten dafür; der Standard sagt also nicht, wie ein Client reagieren soll. In der Praxis senden Prepaid-Plattformen, Anbieter und abrechnungsfähige Softswitches sie, wenn Guthaben oder Kreditlimit den Anruf nicht abdecken, manchmal mit einer Erklärung in der Reason-Phrase oder einem Warning-Header. Behandeln Sie sie als endgültige Ablehnung: Erneute Versuche helfen nicht, bis das Konto in Ordnung gebracht ist. RFC 3398 bildet sie auf Q.850-Cause 21 (Anruf abgewiesen) ab.</translation>
    </message>
    <message>
        <source>Prepaid balance used up
Postpaid credit or spending limit reached
Unpaid invoice, account put on hold by billing
The destination costs more than the remaining balance, such as an international or premium number
A per-call or daily fraud limit triggered</source>
        <translation>Prepaid-Guthaben aufgebraucht
Kreditrahmen oder Ausgabenlimit bei nachträglicher Abrechnung erreicht
Offene Rechnung, Konto von der Abrechnung gesperrt
Das Ziel kostet mehr als das verbleibende Guthaben, etwa eine Auslands- oder Premium-Rufnummer
Ein Betrugslimit pro Anruf oder pro Tag wurde ausgelöst</translation>
    </message>
    <message>
        <source>Check the account balance and billing status in the provider portal
Top up or settle the account, then call again
Check whether only expensive destinations fail, which points to a rate or limit issue
Read the reason phrase and any Warning header for the provider's own explanation
Ask the provider to raise the credit or fraud limit if it is too low</source>
        <translation>Prüfen Sie Guthaben und Abrechnungsstatus im Kundenportal des Anbieters
Laden Sie das Konto auf oder begleichen Sie es und rufen Sie dann erneut an
Prüfen Sie, ob nur teure Ziele scheitern; das deutet auf ein Tarif- oder Limitproblem hin
Lesen Sie die Reason-Phrase und einen etwaigen Warning-Header für die Erklärung des Anbieters
Bitten Sie den Anbieter, das Kredit- oder Betrugslimit anzuheben, wenn es zu niedrig ist</translation>
    </message>
    <message>
        <source>no credit, insufficient balance, payment required, out of credit, top up, billing, prepaid, balance, unpaid bill, credit limit</source>
        <translation>kein guthaben, guthaben aufgebraucht, nicht genug guthaben, zahlung erforderlich, aufladen, abrechnung, prepaid, kontostand, offene rechnung, kreditlimit, gesperrt wegen zahlung</translation>
    </message>
    <message>
        <source>The system understood the request but is not allowed to let it through.</source>
        <translation>Das System hat die Anfrage verstanden, darf sie aber nicht durchlassen.</translation>
    </message>
    <message>
        <source>The server knows what was asked but refuses it, and logging in again will not change that. It usually means the caller's account or device is not permitted to do this: the destination is barred, the account is blocked, or the request came from an address the provider does not accept. It is normally on the caller's side or the provider's policy, not the called person's choice.</source>
        <translation>Der Server weiß, was angefragt wurde, lehnt es aber ab, und eine erneute Anmeldung ändert daran nichts. Meist bedeutet das, dass Konto oder Gerät des Anrufers dies nicht dürfen: Das Ziel ist gesperrt, das Konto ist gesperrt, oder die Anfrage kam von einer Adresse, die der Anbieter nicht akzeptiert. Die Ursache liegt normalerweise auf der Seite des Anrufers oder in den Regeln des Anbieters, nicht in einer Entscheidung des Angerufenen.</translation>
    </message>
    <message>
        <source>Sent when the server understood the request but will not fulfil it and authorization will not help (RFC 3261 §21.4.4); the request should not be repeated unchanged. Compare the neighbours: 401 and 407 ask for credentials, 603 Decline is the called party refusing for all its devices, 607 Unwanted marks the call as unwanted such as spam (RFC 8197), and 608 Rejected comes from an intermediary such as a call-analytics service (RFC 8688). Providers often put the real reason into the reason phrase or a Warning header. RFC 3398 maps 403 to Q.850 cause 21 (Call rejected), and causes 21, 55, 57 and 87 to 403.</source>
        <translation>Wird gesendet, wenn der Server die Anfrage verstanden hat, sie aber nicht ausführen wird und eine Authentifizierung nicht helfen würde (RFC 3261 §21.4.4); die Anfrage soll nicht unverändert wiederholt werden. Zur Abgrenzung: 401 und 407 fordern Zugangsdaten an, 603 Decline ist die Ablehnung durch den Angerufenen für alle seine Geräte, 607 Unwanted kennzeichnet den Anruf als unerwünscht, etwa als Spam (RFC 8197), und 608 Rejected kommt von einer Zwischeninstanz wie einem Anrufanalysedienst (RFC 8688). Anbieter schreiben den eigentlichen Grund oft in die Reason-Phrase oder einen Warning-Header. RFC 3398 bildet 403 auf Q.850-Cause 21 (Anruf abgewiesen) ab und die Causes 21, 55, 57 und 87 auf 403.</translation>
    </message>
    <message>
        <source>Calls to that destination are barred on the account, such as international or premium numbers
The account is suspended, expired or blocked after failed logins
The request came from an IP address that is not on the provider's allow list
A caller ID or From number the account is not allowed to present
Registration for a user or domain the server does not serve
Valid credentials, but the user lacks permission for this service</source>
        <translation>Anrufe zu diesem Ziel sind für das Konto gesperrt, etwa Auslands- oder Premium-Rufnummern
Das Konto ist deaktiviert, abgelaufen oder nach fehlgeschlagenen Anmeldungen gesperrt
Die Anfrage kam von einer IP-Adresse, die nicht auf der Freigabeliste des Anbieters steht
Eine Anrufer-ID oder From-Rufnummer, die das Konto nicht übermitteln darf
Registrierung für einen Benutzer oder eine Domain, die der Server nicht bedient
Gültige Zugangsdaten, aber dem Benutzer fehlt die Berechtigung für diesen Dienst</translation>
    </message>
    <message>
        <source>Read the reason phrase and any Warning header for the provider's reason
Check call barring, class of service and dialling permissions of the account
Check that the source IP of the PBX or phone is allowed by the provider
Check that the presented caller ID is a number the account owns
Check whether the account is suspended or its IP was banned after failed logins</source>
        <translation>Lesen Sie in der Reason-Phrase und einem etwaigen Warning-Header den Grund des Anbieters
Prüfen Sie Rufsperren, Berechtigungsklasse und Wahlberechtigungen des Kontos
Prüfen Sie, ob der Anbieter die Quell-IP der Telefonanlage oder des Telefons zulässt
Prüfen Sie, ob die übermittelte Anrufer-ID eine Rufnummer des Kontos ist
Prüfen Sie, ob das Konto deaktiviert ist oder seine IP nach fehlgeschlagenen Anmeldungen gesperrt wurde</translation>
    </message>
    <message>
        <source>forbidden, call blocked, not allowed, barred, access denied, authentication failed, account blocked, login, wrong password, credentials, rejected</source>
        <translation>forbidden, verboten, anruf blockiert, nicht erlaubt, gesperrt, rufsperre, zugriff verweigert, authentifizierung fehlgeschlagen, konto gesperrt, anmeldung, falsches passwort, zugangsdaten, abgelehnt</translation>
    </message>
    <message>
        <source>The number or address you called does not exist on that system.</source>
        <translation>Die angerufene Rufnummer oder Adresse existiert auf diesem System nicht.</translation>
    </message>
    <message>
        <source>The called number or user could not be found at the provider or system responsible for it. This usually means the number was dialled wrong, no longer exists, or the called system does not know it. It is about the dialled address rather than the caller's phone, although a wrong dial plan on the caller's side can cause it too.</source>
        <translation>Die angerufene Rufnummer oder der angerufene Teilnehmer wurde beim zuständigen Anbieter oder System nicht gefunden. Meist bedeutet das, dass die Rufnummer falsch gewählt wurde, nicht mehr existiert oder dem angerufenen System nicht bekannt ist. Es betrifft die gewählte Adresse, nicht das Telefon des Anrufers, obwohl auch ein falscher Wählplan auf der Seite des Anrufers die Ursache sein kann.</translation>
    </message>
    <message>
        <source>Sent when the server has definitive information that the user does not exist at the domain in the Request-URI, or when that domain is not one it serves (RFC 3261 §21.4.5). It speaks for this server only: 604 Does Not Exist Anywhere claims the user exists nowhere, 410 Gone says the user existed but left, 484 says the address is incomplete and 480 says the user exists but cannot be reached now. It may carry Retry-After. RFC 3398 maps 404 to Q.850 cause 1 (Unallocated number), and causes 1, 2, 3 and 26 to 404.</source>
        <translation>Wird gesendet, wenn der Server sicher weiß, dass der Teilnehmer in der Domain der Request-URI nicht existiert, oder wenn er diese Domain nicht bedient (RFC 3261 §21.4.5). Sie gilt nur für diesen Server: 604 Does Not Exist Anywhere behauptet, dass der Teilnehmer nirgends existiert, 410 Gone, dass er existiert hat, aber nicht mehr da ist, 484, dass die Adresse unvollständig ist, und 480, dass er existiert, aber gerade nicht erreichbar ist. Sie kann Retry-After enthalten. RFC 3398 bildet 404 auf Q.850-Cause 1 (Unallocated number) ab und die Causes 1, 2, 3 und 26 auf 404.</translation>
    </message>
    <message>
        <source>The number was dialled wrong or has extra or missing digits
The number is not assigned or was disconnected
A wrong prefix, country code or number format sent to the carrier
The called extension does not exist or is not registered on the PBX
The domain in the Request-URI is not served by the receiving server
An inbound number the provider routes to you but your PBX does not know</source>
        <translation>Die Rufnummer wurde falsch gewählt oder hat zu viele oder zu wenige Ziffern
Die Rufnummer ist nicht vergeben oder wurde abgeschaltet
Falsche Vorwahl, Ländervorwahl oder falsches Rufnummernformat an den Anbieter gesendet
Die angerufene Nebenstelle existiert nicht oder ist nicht an der Telefonanlage registriert
Die Domain in der Request-URI wird vom empfangenden Server nicht bedient
Eine eingehende Rufnummer, die der Anbieter zu Ihnen leitet, die Ihre Telefonanlage aber nicht kennt</translation>
    </message>
    <message>
        <source>Check the dialled number and try it in full international format
Check the dial plan or outbound route that rewrites the number
For inbound calls, check that the number exists on the PBX in the format the provider sends
Check that the called extension exists and is registered
Call the number from another line to see whether it exists</source>
        <translation>Prüfen Sie die gewählte Rufnummer und versuchen Sie sie im vollständigen internationalen Format
Prüfen Sie den Wählplan oder die ausgehende Route, die die Rufnummer umschreibt
Prüfen Sie bei eingehenden Anrufen, ob die Rufnummer auf der Telefonanlage in dem Format existiert, das der Anbieter sendet
Prüfen Sie, ob die angerufene Nebenstelle existiert und registriert ist
Rufen Sie die Rufnummer von einem anderen Anschluss an, um zu sehen, ob sie existiert</translation>
    </message>
    <message>
        <source>number does not exist, wrong number, unknown user, not found, invalid number, number not in service, unallocated number, user not found, extension not found, no such user</source>
        <translation>rufnummer existiert nicht, kein anschluss unter dieser nummer, falsche nummer, verwählt, unbekannter teilnehmer, nicht gefunden, ungültige rufnummer, nummer nicht vergeben, nicht vergebene rufnummer, benutzer nicht gefunden, nebenstelle nicht gefunden</translation>
    </message>
    <message>
        <source>The system does not allow this kind of request for that address.</source>
        <translation>Das System lässt diese Art von Anfrage für diese Adresse nicht zu.</translation>
    </message>
    <message>
        <source>The called system understood what kind of request was sent, but does not accept that type of request for this particular address. It is a compatibility or configuration issue between two pieces of equipment, not something the caller did. It mostly affects features such as messaging, presence or call transfer rather than ordinary calls.</source>
        <translation>Das angerufene System hat verstanden, welche Art von Anfrage gesendet wurde, nimmt diesen Anfragetyp aber für diese Adresse nicht an. Es ist ein Kompatibilitäts- oder Konfigurationsproblem zwischen zwei Geräten, nichts, was der Anrufer verursacht hat. Meist betrifft es Funktionen wie Nachrichten, Präsenz oder Weitervermittlung, nicht normale Anrufe.</translation>
    </message>
    <message>
        <source>Sent when the method is understood but not allowed for the resource identified by the Request-URI (RFC 3261 §21.4.6). The response must include an Allow header listing the methods that are permitted, which tells the client what it may use instead. Unlike 501 Not Implemented, where the server does not support the method at all, 405 means it knows the method but refuses it for this target. RFC 3398 maps it to Q.850 cause 63 (Service or option not available, unspecified).</source>
        <translation>Wird gesendet, wenn die Methode verstanden wird, für die durch die Request-URI bezeichnete Ressource aber nicht erlaubt ist (RFC 3261 §21.4.6). Die Antwort muss einen Allow-Header mit den zulässigen Methoden enthalten, der dem Client sagt, was er stattdessen verwenden kann. Anders als bei 501 Not Implemented, wo der Server die Methode überhaupt nicht unterstützt, bedeutet 405, dass er die Methode kennt, sie aber für dieses Ziel ablehnt. RFC 3398 bildet sie auf Q.850-Cause 63 (Dienst oder Option nicht verfügbar, nicht näher bestimmt) ab.</translation>
    </message>
    <message>
        <source>MESSAGE, SUBSCRIBE or PUBLISH sent to a server or account that has them disabled
REFER for call transfer not allowed by the PBX or trunk
INFO, UPDATE or NOTIFY not allowed on that trunk
REGISTER sent to an address that only accepts calls
A trunk configured to accept only INVITE and basic methods</source>
        <translation>MESSAGE, SUBSCRIBE oder PUBLISH an einen Server oder ein Konto gesendet, bei dem diese deaktiviert sind
REFER für die Weitervermittlung wird von Telefonanlage oder Trunk nicht zugelassen
INFO, UPDATE oder NOTIFY sind auf diesem Trunk nicht zugelassen
REGISTER an eine Adresse gesendet, die nur Anrufe annimmt
Ein Trunk, der so konfiguriert ist, dass er nur INVITE und grundlegende Methoden annimmt</translation>
    </message>
    <message>
        <source>Read the Allow header in the response to see which methods are accepted
Enable the feature (messaging, presence, transfer) on the server or trunk if it is needed
Switch the device to a method the other side allows, such as re-INVITE instead of UPDATE
Check that the request goes to the right server and address</source>
        <translation>Lesen Sie im Allow-Header der Antwort, welche Methoden angenommen werden
Aktivieren Sie die Funktion (Nachrichten, Präsenz, Vermittlung) auf dem Server oder Trunk, falls sie benötigt wird
Stellen Sie das Gerät auf eine Methode um, die die Gegenstelle zulässt, etwa Re-INVITE statt UPDATE
Prüfen Sie, ob die Anfrage an den richtigen Server und die richtige Adresse geht</translation>
    </message>
    <message>
        <source>method not allowed, feature not supported, transfer fails, messaging not allowed, presence, blf, not permitted, allow header</source>
        <translation>method not allowed, methode nicht erlaubt, funktion nicht unterstützt, vermittlung scheitert, weitervermitteln geht nicht, nachrichten nicht erlaubt, präsenz, blf, nicht zulässig, allow-header</translation>
    </message>
    <message>
        <source>The called system cannot answer in any format your device said it accepts.</source>
        <translation>Das angerufene System kann in keinem der Formate antworten, die Ihr Gerät als annehmbar angegeben hat.</translation>
    </message>
    <message>
        <source>The caller's device listed which kinds of content it can accept, and the other side can only produce something else. It is a compatibility problem between the two devices or apps, typically for features such as presence, voicemail notifications or messaging, not ordinary voice calls. Neither person did anything wrong.</source>
        <translation>Das Gerät des Anrufers hat angegeben, welche Inhaltsarten es annehmen kann, und die Gegenstelle kann nur etwas anderes liefern. Es ist ein Kompatibilitätsproblem zwischen den beiden Geräten oder Apps, typischerweise bei Funktionen wie Präsenz, Mailbox-Benachrichtigungen oder Nachrichten, nicht bei normalen Sprachanrufen. Keiner der Beteiligten hat etwas falsch gemacht.</translation>
    </message>
    <message>
        <source>Sent when the resource can only generate responses whose content is not acceptable according to the Accept header in the request (RFC 3261 §21.4.7). It concerns the body formats of the response, so look at the Accept, Accept-Encoding and Accept-Language headers that the client sent. It is not a media negotiation failure: a session offer that cannot be accepted gets 488 (here) or 606 (everywhere), and an unsupported request body gets 415. RFC 3398 maps it to Q.850 cause 79 (Service or option not implemented, unspecified).</source>
        <translation>Wird gesendet, wenn die Ressource nur Antworten erzeugen kann, deren Inhalt laut Accept-Header der Anfrage nicht annehmbar ist (RFC 3261 §21.4.7). Es geht um die Body-Formate der Antwort; prüfen Sie daher die Header Accept, Accept-Encoding und Accept-Language, die der Client gesendet hat. Es ist kein Fehler der Medienaushandlung: Ein Sitzungsangebot, das nicht angenommen werden kann, erhält 488 (hier) oder 606 (überall), und ein nicht unterstützter Anfrage-Body erhält 415. RFC 3398 bildet sie auf Q.850-Cause 79 (Dienst oder Option nicht implementiert, nicht näher bestimmt) ab.</translation>
    </message>
    <message>
        <source>SUBSCRIBE with an Accept header listing only formats the notifier cannot produce
Presence or BLF subscription asking for a format the PBX does not support
Accept-Language or Accept-Encoding values the server cannot satisfy
A client that sends an overly narrow Accept header</source>
        <translation>SUBSCRIBE mit einem Accept-Header, der nur Formate nennt, die der Notifier nicht erzeugen kann
Präsenz- oder BLF-Abonnement, das ein Format verlangt, das die Telefonanlage nicht unterstützt
Werte in Accept-Language oder Accept-Encoding, die der Server nicht erfüllen kann
Ein Client, der einen zu eng gefassten Accept-Header sendet</translation>
    </message>
    <message>
        <source>Compare the Accept header of the request with the formats the server supports
Check the event package and body type of the subscription, such as dialog or presence
Remove or widen the Accept header in the client configuration
Update the client or server firmware if one side lacks a common format</source>
        <translation>Vergleichen Sie den Accept-Header der Anfrage mit den Formaten, die der Server unterstützt
Prüfen Sie Event-Package und Body-Typ des Abonnements, etwa dialog oder presence
Entfernen oder erweitern Sie den Accept-Header in der Client-Konfiguration
Aktualisieren Sie die Firmware von Client oder Server, wenn einer Seite ein gemeinsames Format fehlt</translation>
    </message>
    <message>
        <source>not acceptable, format not supported, presence, blf, subscription failed, accept header, incompatible, content type</source>
        <translation>not acceptable, format nicht unterstützt, präsenz, blf, abonnement fehlgeschlagen, accept-header, inkompatibel, content-type, inhaltstyp</translation>
    </message>
    <message>
        <source>The provider's server asked your phone to log in before passing the call on, and the login was missing or wrong.</source>
        <translation>Der Server des Anbieters hat Ihr Telefon aufgefordert, sich anzumelden, bevor er den Anruf weitergibt, und die Anmeldung fehlte oder war falsch.</translation>
    </message>
    <message>
        <source>A server between the caller and the destination, usually the provider or the office phone system, wants the caller's phone to prove who it is before it handles the call. A single 407 followed by the call going through is normal. If the call fails with 407, the username or password in the caller's phone, app or PBX trunk is wrong or missing, so it is on the caller's side.</source>
        <translation>Ein Server zwischen Anrufer und Ziel, meist der Anbieter oder die Telefonanlage im Büro, verlangt, dass sich das Telefon des Anrufers ausweist, bevor er den Anruf bearbeitet. Eine einzelne 407, nach der der Anruf durchgeht, ist normal. Scheitert der Anruf mit 407, sind Benutzername oder Passwort im Telefon, in der App oder im Trunk der Telefonanlage des Anrufers falsch oder fehlen; die Ursache liegt also auf der Seite des Anrufers.</translation>
    </message>
    <message>
        <source>Sent by a proxy with a Proxy-Authenticate challenge (RFC 3261 §21.4.8); the client repeats the request with a Proxy-Authorization header (RFC 3261 §22.3). It works like 401, but 401 comes from the user agent server or registrar with WWW-Authenticate and is answered with Authorization. Many PBXs challenge INVITE with 407 and REGISTER with 401, so a phone that registers fine can still fail calls if it does not answer 407. A second 407 after credentials were sent means they were rejected, while stale=true only asks for a retry with the new nonce; RFC 3398 maps 407 to Q.850 cause 21 (Call rejected).</source>
        <translation>Wird von einem Proxy mit einer Proxy-Authenticate-Challenge gesendet (RFC 3261 §21.4.8); der Client wiederholt die Anfrage mit einem Proxy-Authorization-Header (RFC 3261 §22.3). Sie funktioniert wie 401, doch 401 kommt vom User Agent Server oder Registrar mit WWW-Authenticate und wird mit Authorization beantwortet. Viele Telefonanlagen fordern bei INVITE mit 407 und bei REGISTER mit 401 zur Authentifizierung auf; ein Telefon, das sich problemlos registriert, kann daher trotzdem bei Anrufen scheitern, wenn es nicht auf 407 antwortet. Eine zweite 407, nachdem Zugangsdaten gesendet wurden, bedeutet, dass sie abgelehnt wurden; stale=true verlangt dagegen nur einen neuen Versuch mit der neuen Nonce. RFC 3398 bildet 407 auf Q.850-Cause 21 (Anruf abgewiesen) ab.</translation>
    </message>
    <message>
        <source>Wrong password or authentication username on the phone, app or trunk
Trunk set for IP authentication while the provider expects a digest login, or the reverse
The device does not resend the request with Proxy-Authorization
Realm or outbound proxy settings that do not match the provider
The password was changed on the server but not on the device
A normal first challenge, when a retry with credentials follows</source>
        <translation>Falsches Passwort oder falscher Authentifizierungs-Benutzername im Telefon, in der App oder im Trunk
Trunk auf IP-Authentifizierung eingestellt, während der Anbieter eine Digest-Anmeldung erwartet, oder umgekehrt
Das Gerät sendet die Anfrage nicht erneut mit Proxy-Authorization
Einstellungen für Realm oder Outbound-Proxy, die nicht zum Anbieter passen
Das Passwort wurde auf dem Server geändert, aber nicht auf dem Gerät
Eine normale erste Challenge, wenn ein Versuch mit Zugangsdaten folgt</translation>
    </message>
    <message>
        <source>Check whether a retried request with Proxy-Authorization follows; if the call then proceeds, the 407 was normal
Re-enter the authentication username and password for the trunk or device
Check whether the provider expects registration-based or IP-based authentication
Compare the realm in Proxy-Authenticate with the configured domain and outbound proxy
Update the device firmware if it ignores 407 challenges</source>
        <translation>Prüfen Sie, ob eine wiederholte Anfrage mit Proxy-Authorization folgt; geht der Anruf danach weiter, war die 407 normal
Geben Sie Authentifizierungs-Benutzername und Passwort für Trunk oder Gerät neu ein
Prüfen Sie, ob der Anbieter eine Authentifizierung per Registrierung oder per IP-Adresse erwartet
Vergleichen Sie den Realm in Proxy-Authenticate mit der konfigurierten Domain und dem Outbound-Proxy
Aktualisieren Sie die Firmware des Geräts, wenn es 407-Challenges ignoriert</translation>
    </message>
    <message>
        <source>wrong password, authentication failed, login, credentials, proxy authentication, proxy auth, outgoing calls fail, trunk authentication, password, digest</source>
        <translation>falsches passwort, authentifizierung fehlgeschlagen, anmeldung, zugangsdaten, proxy-authentifizierung, proxy auth, ausgehende anrufe gehen nicht, rausrufen geht nicht, trunk-authentifizierung, passwort, digest</translation>
    </message>
    <message>
        <source>The system gave up because it could not reach the called person or get an answer in time.</source>
        <translation>Das System hat aufgegeben, weil es den Angerufenen nicht erreichen oder nicht rechtzeitig eine Antwort erhalten konnte.</translation>
    </message>
    <message>
        <source>The system tried to reach the called person or device but got no answer within the allowed time, so it gave up. It can mean the called phone rang with nobody answering, that the called device is offline or unreachable, or that a server on the way did not respond. It is usually on the called side or in the network, not the caller's phone.</source>
        <translation>Das System hat versucht, den Angerufenen oder sein Gerät zu erreichen, innerhalb der zulässigen Zeit aber keine Antwort erhalten und deshalb aufgegeben. Das kann bedeuten, dass das angerufene Telefon geklingelt hat und niemand abgenommen hat, dass das angerufene Gerät offline oder nicht erreichbar ist oder dass ein Server auf dem Weg nicht geantwortet hat. Die Ursache liegt meist auf der angerufenen Seite oder im Netz, nicht beim Telefon des Anrufers.</translation>
    </message>
    <message>
        <source>Sent when the server could not produce a response in time, for example because it could not locate the user; the client may retry later without changes (RFC 3261 §21.4.9). A client also reports 408 locally when its transaction timer (Timer B or F) fires with no response at all (RFC 3261 §8.1.3.1), so check whether a 408 actually arrived on the wire or was concluded locally. 480 means the callee is known but not available now (no answer, not registered), and 504 means a server timed out waiting for another server. RFC 3398 maps Q.850 cause 18 (No user responding) to 408, and 408 to cause 102 (Recovery on timer expiry).</source>
        <translation>Wird gesendet, wenn der Server nicht rechtzeitig eine Antwort erzeugen konnte, zum Beispiel weil er den Teilnehmer nicht finden konnte; der Client kann es später unverändert erneut versuchen (RFC 3261 §21.4.9). Ein Client meldet 408 auch lokal, wenn sein Transaktions-Timer (Timer B oder F) ganz ohne Antwort abläuft (RFC 3261 §8.1.3.1); prüfen Sie daher, ob wirklich eine 408 über die Leitung kam oder ob sie lokal festgestellt wurde. 480 bedeutet, dass der Angerufene bekannt, aber gerade nicht erreichbar ist (keine Annahme, nicht registriert), und 504, dass ein Server beim Warten auf einen anderen Server in einen Timeout gelaufen ist. RFC 3398 bildet Q.850-Cause 18 (Teilnehmer antwortet nicht) auf 408 ab und 408 auf Cause 102 (Wiederherstellung nach Timerablauf).</translation>
    </message>
    <message>
        <source>Nobody answered before the ring timeout of the PBX or provider
The called phone is offline while a stale registration is still used
The next hop does not respond because of a firewall, NAT or network loss
A far-end server is overloaded or slow
Replies go to an address the caller cannot receive on, a NAT problem</source>
        <translation>Niemand hat vor dem Klingel-Timeout der Telefonanlage oder des Anbieters abgenommen
Das angerufene Telefon ist offline, während noch eine veraltete Registrierung verwendet wird
Der nächste Hop antwortet nicht, wegen einer Firewall, NAT oder Paketverlust im Netz
Ein Server der Gegenstelle ist überlastet oder langsam
Antworten gehen an eine Adresse, unter der der Anrufer nicht empfangen kann (ein NAT-Problem)</translation>
    </message>
    <message>
        <source>Check in the capture whether the 408 came from the far end or was generated locally
Check whether the called phone is online and its registration is current
Check firewall, NAT and SIP ALG settings on the path to the next hop
Compare the no-answer timer on the PBX or provider with the expected ring time
Try the call again; if it repeats, trace the hop that stops answering</source>
        <translation>Prüfen Sie im Mitschnitt, ob die 408 von der Gegenstelle kam oder lokal erzeugt wurde
Prüfen Sie, ob das angerufene Telefon online und seine Registrierung aktuell ist
Prüfen Sie die Einstellungen für Firewall, NAT und SIP-ALG auf dem Weg zum nächsten Hop
Vergleichen Sie den No-Answer-Timer der Telefonanlage oder des Anbieters mit der erwarteten Klingeldauer
Versuchen Sie den Anruf erneut; wiederholt sich der Fehler, verfolgen Sie, welcher Hop nicht mehr antwortet</translation>
    </message>
    <message>
        <source>timeout, nobody answers, no answer, timed out, no response, unreachable, ring no answer, request timeout</source>
        <translation>timeout, zeitüberschreitung, niemand nimmt ab, keine antwort, keine rückmeldung, nicht erreichbar, klingelt ohne annahme, request timeout, anruf bricht ab</translation>
    </message>
    <message>
        <source>The number or person you called used to be here but is no longer available at this address.</source>
        <translation>Die angerufene Rufnummer oder Person war früher hier, ist unter dieser Adresse aber nicht mehr erreichbar.</translation>
    </message>
    <message>
        <source>The system knows the called number or user existed once, but it has been removed and no new address is known. It usually means the number was disconnected, changed or moved away. It is about the called number, not the caller's phone.</source>
        <translation>Das System weiß, dass die angerufene Rufnummer oder der Teilnehmer einmal existiert hat, der Eintrag wurde aber entfernt und eine neue Adresse ist nicht bekannt. Meist bedeutet das, dass die Rufnummer abgeschaltet, geändert oder mitgenommen wurde. Es betrifft die angerufene Rufnummer, nicht das Telefon des Anrufers.</translation>
    </message>
    <message>
        <source>Sent when the requested resource is no longer available at the server and no forwarding address is known, a condition expected to be permanent (RFC 3261 §21.4.10). If the server does not know whether the loss is permanent it should send 404 instead, and when a new address is known a 3xx such as 301 is the right answer. RFC 3398 maps Q.850 causes 22 (Number changed) and 23 (Redirection to new destination) to 410, and 410 to cause 22.</source>
        <translation>Wird gesendet, wenn die angeforderte Ressource auf dem Server nicht mehr verfügbar und keine Weiterleitungsadresse bekannt ist, ein Zustand, der voraussichtlich dauerhaft ist (RFC 3261 §21.4.10). Weiß der Server nicht, ob der Verlust dauerhaft ist, soll er stattdessen 404 senden, und ist eine neue Adresse bekannt, ist ein 3xx-Code wie 301 die richtige Antwort. RFC 3398 bildet die Q.850-Causes 22 (Rufnummer geändert) und 23 (Umleitung zu neuem Ziel) auf 410 ab und 410 auf Cause 22.</translation>
    </message>
    <message>
        <source>The number was disconnected or cancelled
The user moved to another provider or address without forwarding
The extension was deleted from the PBX
A ported-out number the old network still answers for</source>
        <translation>Die Rufnummer wurde abgeschaltet oder gekündigt
Der Teilnehmer ist ohne Weiterleitung zu einem anderen Anbieter oder einer anderen Adresse gewechselt
Die Nebenstelle wurde aus der Telefonanlage gelöscht
Eine wegportierte Rufnummer, für die das alte Netz noch antwortet</translation>
    </message>
    <message>
        <source>Tell the caller the number is no longer in service at this address
Look for a new number or contact address
Update contacts, speed dials and routing tables that use the old number
If the number should exist, ask the terminating provider to check its status</source>
        <translation>Teilen Sie dem Anrufer mit, dass die Rufnummer unter dieser Adresse nicht mehr in Betrieb ist
Suchen Sie nach einer neuen Rufnummer oder Kontaktadresse
Aktualisieren Sie Kontakte, Kurzwahlen und Routing-Tabellen, die die alte Rufnummer verwenden
Sollte die Rufnummer existieren, bitten Sie den Ziel-Anbieter, ihren Status zu prüfen</translation>
    </message>
    <message>
        <source>number changed, number no longer in use, disconnected, gone, moved, number does not exist, no longer in service, deleted</source>
        <translation>rufnummer geändert, nummer nicht mehr vergeben, abgeschaltet, gone, umgezogen, rufnummer existiert nicht, kein anschluss unter dieser nummer, nicht mehr in betrieb, gelöscht, gekündigt</translation>
    </message>
    <message>
        <source>Your phone or app tried to update its status, but the server no longer had the earlier version it referred to.</source>
        <translation>Ihr Telefon oder Ihre App wollte seinen Status aktualisieren, aber der Server hatte die frühere Version, auf die es sich bezog, nicht mehr.</translation>
    </message>
    <message>
        <source>This is not about calls: it concerns status information such as presence (available, busy, away) that a device publishes to a server. The device tried to update a status entry that the server had already dropped, usually because it expired. The device normally fixes this by itself by publishing its status again from scratch.</source>
        <translation>Es geht hier nicht um Anrufe, sondern um Statusinformationen wie die Präsenz (verfügbar, beschäftigt, abwesend), die ein Gerät auf einem Server veröffentlicht. Das Gerät wollte einen Statuseintrag aktualisieren, den der Server bereits verworfen hatte, meist weil er abgelaufen war. Normalerweise behebt das Gerät das selbst, indem es seinen Status noch einmal von Grund auf veröffentlicht.</translation>
    </message>
    <message>
        <source>Defined by RFC 3903 §11.2.1 for PUBLISH: the event state compositor returns 412 when the entity-tag in the SIP-If-Match header matches no publication it holds, usually because the publication expired or the server restarted. The publisher should then send a fresh initial PUBLISH without SIP-If-Match and use the SIP-ETag of its 2xx for later refreshes, changes and removal. Some stacks print the HTTP-style phrase Precondition Failed for this code.</source>
        <translation>Definiert in RFC 3903 §11.2.1 für PUBLISH: Der Event State Compositor antwortet mit 412, wenn das Entity-Tag im SIP-If-Match-Header zu keiner Veröffentlichung passt, die er hält, meist weil die Veröffentlichung abgelaufen ist oder der Server neu gestartet wurde. Der Publisher soll dann ein neues initiales PUBLISH ohne SIP-If-Match senden und das SIP-ETag aus dessen 2xx-Antwort für spätere Auffrischungen, Änderungen und das Entfernen verwenden. Manche Stacks geben für diesen Code die HTTP-artige Reason-Phrase Precondition Failed aus.</translation>
    </message>
    <message>
        <source>The publication expired before the device refreshed it
The presence server restarted and lost its stored publications
The device reused an old entity-tag after a network change or reboot
A load balancer sent the refresh to a different server node</source>
        <translation>Die Veröffentlichung ist abgelaufen, bevor das Gerät sie aufgefrischt hat
Der Präsenzserver wurde neu gestartet und hat seine gespeicherten Veröffentlichungen verloren
Das Gerät hat nach einem Netzwechsel oder Neustart ein altes Entity-Tag wiederverwendet
Ein Load Balancer hat die Auffrischung an einen anderen Serverknoten geschickt</translation>
    </message>
    <message>
        <source>Check that the device follows up with a new PUBLISH without SIP-If-Match
Compare the publication Expires value with the refresh interval of the device
Check whether the presence server restarted or failed over
Make sure refreshes reach the same server node</source>
        <translation>Prüfen Sie, ob das Gerät anschließend ein neues PUBLISH ohne SIP-If-Match sendet
Vergleichen Sie den Expires-Wert der Veröffentlichung mit dem Auffrischungsintervall des Geräts
Prüfen Sie, ob der Präsenzserver neu gestartet wurde oder auf einen anderen Knoten umgeschaltet hat
Stellen Sie sicher, dass Auffrischungen denselben Serverknoten erreichen</translation>
    </message>
    <message>
        <source>presence, status not updating, publish failed, busy lamp, blf, availability, conditional request failed, precondition failed</source>
        <translation>präsenz, status aktualisiert nicht, publish fehlgeschlagen, besetztlampenfeld, besetztanzeige, blf, verfügbarkeit, bedingte anfrage fehlgeschlagen, precondition failed</translation>
    </message>
    <message>
        <source>The message your phone or system sent was too big for the receiving server to accept.</source>
        <translation>Die von Ihrem Telefon oder System gesendete Nachricht war zu groß, als dass der empfangende Server sie annehmen würde.</translation>
    </message>
    <message>
        <source>The request carried more data than the receiving server is willing to handle, for example a very long list of audio formats or a large text message. It comes from a limit on the receiving side combined with a large message from the sender, not from the called person. It is usually fixed by configuration on one of the two systems.</source>
        <translation>Die Anfrage enthielt mehr Daten, als der empfangende Server zu verarbeiten bereit ist, zum Beispiel eine sehr lange Liste von Audioformaten oder eine große Textnachricht. Ursache ist ein Limit auf der Empfängerseite zusammen mit einer großen Nachricht des Absenders, nicht der Angerufene. Meist lässt es sich durch Konfiguration auf einem der beiden Systeme beheben.</translation>
    </message>
    <message>
        <source>Sent when the request body is larger than the server is willing or able to process (RFC 3261 §21.4.11); the server may close the connection to stop the client from continuing. If the condition is temporary the response may carry Retry-After to say when the client may try again. It is a 4xx about the body, whereas 513 Message Too Large is a 5xx about the whole message being more than the server can handle. RFC 3398 maps it to Q.850 cause 127 (Interworking, unspecified).</source>
        <translation>Wird gesendet, wenn der Body der Anfrage größer ist, als der Server verarbeiten will oder kann (RFC 3261 §21.4.11); der Server kann die Verbindung schließen, damit der Client nicht weitersendet. Ist der Zustand vorübergehend, kann die Antwort mit Retry-After angeben, wann der Client es erneut versuchen darf. Es ist ein 4xx-Code zum Body, während 513 Message Too Large ein 5xx-Code dafür ist, dass die gesamte Nachricht mehr ist, als der Server verarbeiten kann. RFC 3398 bildet sie auf Q.850-Cause 127 (Netzübergang (Interworking), nicht näher bestimmt) ab.</translation>
    </message>
    <message>
        <source>SDP offering a long list of codecs, ICE candidates or crypto lines
A large MESSAGE or INFO body
Multipart bodies with extra parts such as location or ISUP data
A server or SBC with a low body size limit</source>
        <translation>SDP mit einer langen Liste von Codecs, ICE-Kandidaten oder crypto-Zeilen
Ein großer MESSAGE- oder INFO-Body
Multipart-Bodys mit zusätzlichen Teilen wie Standort- oder ISUP-Daten
Ein Server oder SBC mit einem niedrigen Limit für die Body-Größe</translation>
    </message>
    <message>
        <source>Check for Retry-After in the response if the limit is temporary
Reduce the number of codecs, ICE candidates or crypto suites offered
Raise the body size limit on the receiving server or SBC if allowed
Send large messages over TCP or TLS and check that the server accepts them</source>
        <translation>Achten Sie auf Retry-After in der Antwort, falls das Limit vorübergehend ist
Verringern Sie die Zahl der angebotenen Codecs, ICE-Kandidaten oder Crypto-Suites
Erhöhen Sie das Limit für die Body-Größe auf dem empfangenden Server oder SBC, sofern zulässig
Senden Sie große Nachrichten über TCP oder TLS und prüfen Sie, ob der Server sie annimmt</translation>
    </message>
    <message>
        <source>message too large, too big, body too large, sdp too large, size limit, request entity too large, large message</source>
        <translation>nachricht zu groß, zu groß, body zu groß, sdp zu groß, größenlimit, request entity too large, große nachricht, paket zu groß</translation>
    </message>
    <message>
        <source>The address your phone or system called was too long for the receiving server to handle.</source>
        <translation>Die von Ihrem Telefon oder System angerufene Adresse war zu lang für den empfangenden Server.</translation>
    </message>
    <message>
        <source>The destination address sent with the call or request was longer than the receiving server accepts. This usually comes from a device or dial plan that adds too many parameters or digits to the address. It is a configuration issue between systems, not something the called person did.</source>
        <translation>Die mit dem Anruf oder der Anfrage gesendete Zieladresse war länger, als der empfangende Server akzeptiert. Meist steckt ein Gerät oder Wählplan dahinter, der der Adresse zu viele Parameter oder Ziffern anhängt. Es ist ein Konfigurationsproblem zwischen Systemen, nichts, was der Angerufene verursacht hat.</translation>
    </message>
    <message>
        <source>Sent when the Request-URI is longer than the server is willing to interpret (RFC 3261 §21.4.12). Long URIs usually come from many URI parameters, embedded headers, or long tokens appended by an SBC, B2BUA or application server. RFC 3398 maps it to Q.850 cause 127 (Interworking, unspecified).</source>
        <translation>Wird gesendet, wenn die Request-URI länger ist, als der Server auszuwerten bereit ist (RFC 3261 §21.4.12). Lange URIs entstehen meist durch viele URI-Parameter, eingebettete Header oder lange Tokens, die ein SBC, ein B2BUA oder ein Application Server anhängt. RFC 3398 bildet sie auf Q.850-Cause 127 (Netzübergang (Interworking), nicht näher bestimmt) ab.</translation>
    </message>
    <message>
        <source>A dial plan that appends long prefixes, tags or parameters to the number
An SBC or application server that encodes routing data into the Request-URI
Embedded header parameters in the URI from click-to-call or transfer links
A loop that adds parameters on every pass</source>
        <translation>Ein Wählplan, der lange Präfixe, Tags oder Parameter an die Rufnummer anhängt
Ein SBC oder Application Server, der Routing-Daten in die Request-URI kodiert
Eingebettete Header-Parameter in der URI aus Click-to-Call- oder Vermittlungslinks
Eine Schleife, die bei jedem Durchlauf Parameter hinzufügt</translation>
    </message>
    <message>
        <source>Capture the request and check the length and content of the Request-URI
Remove unneeded URI parameters in the dial plan or SBC rules
Check for routing loops that add parameters each time
Raise the URI length limit on the receiving server if possible</source>
        <translation>Zeichnen Sie die Anfrage auf und prüfen Sie Länge und Inhalt der Request-URI
Entfernen Sie unnötige URI-Parameter im Wählplan oder in den SBC-Regeln
Suchen Sie nach Routing-Schleifen, die jedes Mal Parameter hinzufügen
Erhöhen Sie nach Möglichkeit das Limit für die URI-Länge auf dem empfangenden Server</translation>
    </message>
    <message>
        <source>uri too long, address too long, number too long, request uri, long number, dial string</source>
        <translation>uri zu lang, adresse zu lang, rufnummer zu lang, nummer zu lang, request-uri, lange rufnummer, wählstring</translation>
    </message>
    <message>
        <source>Your phone or system sent content in a format the other side cannot read.</source>
        <translation>Ihr Telefon oder System hat Inhalte in einem Format gesendet, das die Gegenstelle nicht lesen kann.</translation>
    </message>
    <message>
        <source>The request carried content, such as a text message, a keypad signal or a call description, in a format the receiving system does not understand. It is a compatibility issue between the two devices or systems. It can affect features such as text messages or keypad tones, and sometimes calls themselves.</source>
        <translation>Die Anfrage enthielt Inhalte wie eine Textnachricht, ein Tastensignal oder eine Anrufbeschreibung in einem Format, das das empfangende System nicht versteht. Es ist ein Kompatibilitätsproblem zwischen den beiden Geräten oder Systemen. Betroffen sein können Funktionen wie Textnachrichten oder Tastentöne, manchmal auch die Anrufe selbst.</translation>
    </message>
    <message>
        <source>Sent when the request body is in a format the server does not support for this method (RFC 3261 §21.4.13). The response must list what is acceptable in Accept, Accept-Encoding and Accept-Language headers, depending on whether the content type, the encoding or the language was the problem, and the client should retry using one of those. It differs from 488 Not Acceptable Here, where the SDP is understood but the offered session cannot be accepted, and from 406, which is about the format of the response. RFC 3398 maps it to Q.850 cause 79 (Service or option not implemented, unspecified).</source>
        <translation>Wird gesendet, wenn der Body der Anfrage in einem Format vorliegt, das der Server für diese Methode nicht unterstützt (RFC 3261 §21.4.13). Die Antwort muss in den Headern Accept, Accept-Encoding und Accept-Language auflisten, was annehmbar ist, je nachdem, ob Inhaltstyp, Kodierung oder Sprache das Problem war, und der Client soll es mit einem davon erneut versuchen. Sie unterscheidet sich von 488 Not Acceptable Here, wo das SDP verstanden wird, die angebotene Sitzung aber nicht angenommen werden kann, und von 406, das sich auf das Format der Antwort bezieht. RFC 3398 bildet sie auf Q.850-Cause 79 (Dienst oder Option nicht implementiert, nicht näher bestimmt) ab.</translation>
    </message>
    <message>
        <source>INFO with a DTMF body type the receiver does not support, such as application/dtmf-relay
MESSAGE with a content type the server does not handle
A compressed body (Content-Encoding gzip) the receiver cannot decode
A multipart body where only plain SDP is accepted
A body sent with a method that does not expect one of that type</source>
        <translation>INFO mit einem DTMF-Body-Typ, den der Empfänger nicht unterstützt, etwa application/dtmf-relay
MESSAGE mit einem Inhaltstyp, den der Server nicht verarbeitet
Ein komprimierter Body (Content-Encoding gzip), den der Empfänger nicht dekodieren kann
Ein Multipart-Body, wo nur reines SDP angenommen wird
Ein Body, der mit einer Methode gesendet wird, die keinen Body dieses Typs erwartet</translation>
    </message>
    <message>
        <source>Read the Accept, Accept-Encoding and Accept-Language headers in the response
Switch DTMF to RFC 4733 telephone-event if INFO bodies are refused
Change the content type or disable body compression on the sender
Make both ends agree on the message or DTMF format</source>
        <translation>Lesen Sie die Header Accept, Accept-Encoding und Accept-Language in der Antwort
Stellen Sie DTMF auf telephone-event nach RFC 4733 um, wenn INFO-Bodys abgelehnt werden
Ändern Sie beim Absender den Inhaltstyp oder deaktivieren Sie die Body-Komprimierung
Stimmen Sie das Nachrichten- bzw. DTMF-Format auf beiden Seiten ab</translation>
    </message>
    <message>
        <source>unsupported media type, format not supported, content type, dtmf not working, message failed, sms failed, incompatible, accept header</source>
        <translation>unsupported media type, format nicht unterstützt, content-type, inhaltstyp, dtmf geht nicht, tastentöne gehen nicht, nachricht fehlgeschlagen, sms fehlgeschlagen, inkompatibel, accept-header</translation>
    </message>
    <message>
        <source>The address was in a form the receiving system does not handle.</source>
        <translation>Die Adresse lag in einer Form vor, die das empfangende System nicht verarbeitet.</translation>
    </message>
    <message>
        <source>The destination address used a type of address the server does not understand, for example a telephone-number address where it expects a SIP address. It is a configuration issue in the caller's device, dial plan or a server on the way. The called person is not involved.</source>
        <translation>Die Zieladresse verwendete eine Adressart, die der Server nicht versteht, zum Beispiel eine Rufnummern-Adresse (tel:-URI), wo er eine SIP-Adresse erwartet. Es ist ein Konfigurationsproblem im Gerät des Anrufers, im Wählplan oder in einem Server auf dem Weg. Der Angerufene ist nicht beteiligt.</translation>
    </message>
    <message>
        <source>Sent when the scheme of the Request-URI is unknown to the server (RFC 3261 §21.4.14). Typical triggers are tel: URIs sent to a server that only handles sip:, sips: sent to equipment without support for it, or non-SIP schemes such as im:, pres:, urn: or http:. The client should retry with a scheme the server supports, normally sip:. RFC 3398 maps it to Q.850 cause 127 (Interworking, unspecified).</source>
        <translation>Wird gesendet, wenn das Schema der Request-URI dem Server unbekannt ist (RFC 3261 §21.4.14). Typische Auslöser sind tel:-URIs an einen Server, der nur sip: verarbeitet, sips: an Geräte ohne Unterstützung dafür oder Nicht-SIP-Schemata wie im:, pres:, urn: oder http:. Der Client soll es mit einem Schema erneut versuchen, das der Server unterstützt, normalerweise sip:. RFC 3398 bildet sie auf Q.850-Cause 127 (Netzübergang (Interworking), nicht näher bestimmt) ab.</translation>
    </message>
    <message>
        <source>A tel: URI sent to a server that only accepts sip: addresses
A sips: address sent to equipment that does not support it
A click-to-call or directory entry with an http:, mailto: or other non-SIP link
A urn: address, such as an emergency service URN, sent to a server that does not handle it
A mistyped scheme in a device or trunk setting</source>
        <translation>Eine tel:-URI an einen Server, der nur sip:-Adressen annimmt
Eine sips:-Adresse an ein Gerät, das sie nicht unterstützt
Ein Click-to-Call- oder Verzeichniseintrag mit einem http:-, mailto:- oder anderen Nicht-SIP-Link
Eine urn:-Adresse, etwa eine Notdienst-URN, an einen Server, der sie nicht verarbeitet
Ein vertipptes Schema in einer Geräte- oder Trunk-Einstellung</translation>
    </message>
    <message>
        <source>Check the scheme at the start of the Request-URI in the capture
Configure the device or dial plan to send sip: addresses
Convert tel: numbers to sip: addresses at the PBX or SBC
Fix the directory or click-to-call entry that produced the address</source>
        <translation>Prüfen Sie im Mitschnitt das Schema am Anfang der Request-URI
Konfigurieren Sie Gerät oder Wählplan so, dass sip:-Adressen gesendet werden
Wandeln Sie tel:-Rufnummern in der Telefonanlage oder im SBC in sip:-Adressen um
Korrigieren Sie den Verzeichnis- oder Click-to-Call-Eintrag, aus dem die Adresse stammt</translation>
    </message>
    <message>
        <source>unsupported uri scheme, invalid address, tel uri, sips, address format, dial string, wrong address format</source>
        <translation>unsupported uri scheme, nicht unterstütztes uri-schema, ungültige adresse, tel-uri, sips, adressformat, wählstring, falsches adressformat</translation>
    </message>
    <message>
        <source>The call was marked as a priority call, but the receiving system does not recognise that priority marking.</source>
        <translation>Der Anruf war als Vorrangruf gekennzeichnet, doch das empfangende System erkennt diese Vorrangkennzeichnung nicht.</translation>
    </message>
    <message>
        <source>Some networks, such as government, military or emergency-service networks, let calls carry a priority level. This call carried such a marking and insisted that it be honoured, but the receiving system does not know it. It concerns how the caller's system or network marks calls, not the called person.</source>
        <translation>Manche Netze, etwa von Behörden, Militär oder Notdiensten, erlauben es, Anrufen eine Vorrangstufe mitzugeben. Dieser Anruf trug eine solche Kennzeichnung und verlangte, dass sie beachtet wird, doch das empfangende System kennt sie nicht. Es betrifft die Art, wie System oder Netz des Anrufers Anrufe kennzeichnen, nicht den Angerufenen.</translation>
    </message>
    <message>
        <source>Defined by RFC 4412 §4.6.2: an element returns it when the request carries Require: resource-priority and it understands none of the namespace and priority values in the Resource-Priority header. The response should carry Accept-Resource-Priority listing the values it does support, so the client can retry with one of them. Without the resource-priority option tag in Require, unknown values are normally ignored rather than rejected; an element that does not support the extension at all answers 420, and a caller not authorised for a known priority gets 403.</source>
        <translation>Definiert in RFC 4412 §4.6.2: Ein Element sendet sie, wenn die Anfrage Require: resource-priority enthält und es keinen der Namespace- und Prioritätswerte im Resource-Priority-Header versteht. Die Antwort sollte Accept-Resource-Priority mit den unterstützten Werten enthalten, damit der Client es mit einem davon erneut versuchen kann. Ohne das Option-Tag resource-priority in Require werden unbekannte Werte normalerweise ignoriert statt abgelehnt; ein Element, das die Erweiterung gar nicht unterstützt, antwortet mit 420, und ein Anrufer, der für eine bekannte Priorität nicht berechtigt ist, erhält 403.</translation>
    </message>
    <message>
        <source>A namespace the receiver does not support, such as ets, wps, dsn or a private one
A priority value outside the range configured on the receiver
A gateway or SBC in strict mode that rejects unknown priority values
Different priority configurations between interconnected networks</source>
        <translation>Ein Namespace, den der Empfänger nicht unterstützt, etwa ets, wps, dsn oder ein privater
Ein Prioritätswert außerhalb des beim Empfänger konfigurierten Bereichs
Ein Gateway oder SBC im strikten Modus, der unbekannte Prioritätswerte ablehnt
Unterschiedliche Prioritätskonfigurationen in zusammengeschalteten Netzen</translation>
    </message>
    <message>
        <source>Read Accept-Resource-Priority in the response for the supported values
Map the Resource-Priority header to a namespace the next network accepts
Remove Require: resource-priority if priority handling is optional
Align the priority namespaces configured on both sides of the interconnect</source>
        <translation>Lesen Sie in Accept-Resource-Priority der Antwort die unterstützten Werte
Bilden Sie den Resource-Priority-Header auf einen Namespace ab, den das nächste Netz akzeptiert
Entfernen Sie Require: resource-priority, wenn die Vorrangbehandlung optional ist
Gleichen Sie die konfigurierten Prioritäts-Namespaces auf beiden Seiten der Zusammenschaltung ab</translation>
    </message>
    <message>
        <source>priority call, resource priority, emergency priority, gets, wps, mlpp, preemption, government priority</source>
        <translation>vorrangruf, priorität, resource priority, notfallpriorität, bevorrechtigter anruf, gets, wps, mlpp, preemption, behördenpriorität</translation>
    </message>
    <message>
        <source>Your phone or system insisted on a feature that the other side does not support.</source>
        <translation>Ihr Telefon oder System hat auf einer Funktion bestanden, die die Gegenstelle nicht unterstützt.</translation>
    </message>
    <message>
        <source>The caller's device or phone system required a particular protocol feature, and a system on the way does not support it, so the request was refused. It is a compatibility problem between pieces of equipment, often fixed by turning an option off. Neither person did anything wrong.</source>
        <translation>Das Gerät oder die Telefonanlage des Anrufers hat eine bestimmte Protokollfunktion vorausgesetzt, die ein System auf dem Weg nicht unterstützt; daher wurde die Anfrage abgelehnt. Es ist ein Kompatibilitätsproblem zwischen Geräten, das sich oft durch Abschalten einer Option beheben lässt. Keiner der Beteiligten hat etwas falsch gemacht.</translation>
    </message>
    <message>
        <source>Sent when the server does not understand an option tag listed in the Proxy-Require or Require header (RFC 3261 §21.4.15). The response must list the tags it does not support in an Unsupported header, and the client may retry without them. It is the mirror of 421, where the server needs an extension the client did not offer. RFC 3398 maps it to Q.850 cause 127 (Interworking, unspecified).</source>
        <translation>Wird gesendet, wenn der Server ein im Proxy-Require- oder Require-Header aufgeführtes Option-Tag nicht versteht (RFC 3261 §21.4.15). Die Antwort muss die nicht unterstützten Tags in einem Unsupported-Header auflisten, und der Client kann es ohne sie erneut versuchen. Sie ist das Gegenstück zu 421, wo der Server eine Erweiterung braucht, die der Client nicht angeboten hat. RFC 3398 bildet sie auf Q.850-Cause 127 (Netzübergang (Interworking), nicht näher bestimmt) ab.</translation>
    </message>
    <message>
        <source>Require: 100rel sent to a device without reliable provisional responses (PRACK)
Require: timer sent to equipment without session timer support
Proxy-Require with a tag the proxy does not know, such as sec-agree
Require: replaces or another call-control feature the far end lacks
A phone or PBX set to require an extension instead of only supporting it</source>
        <translation>Require: 100rel an ein Gerät ohne zuverlässige vorläufige Antworten (PRACK) gesendet
Require: timer an ein Gerät ohne Unterstützung für Session-Timer gesendet
Proxy-Require mit einem Tag, das der Proxy nicht kennt, etwa sec-agree
Require: replaces oder eine andere Funktion zur Anrufsteuerung, die der Gegenstelle fehlt
Ein Telefon oder eine Telefonanlage, die eine Erweiterung voraussetzt, statt sie nur zu unterstützen</translation>
    </message>
    <message>
        <source>Read the Unsupported header to see which option tag was refused
Change the device setting from required to supported for that feature, such as 100rel or session timers
Check the Require and Proxy-Require headers in the request
Update the firmware of the side that lacks the extension</source>
        <translation>Lesen Sie im Unsupported-Header, welches Option-Tag abgelehnt wurde
Stellen Sie die Geräteeinstellung für diese Funktion, etwa 100rel oder Session-Timer, von „erforderlich“ auf „unterstützt“ um
Prüfen Sie die Header Require und Proxy-Require in der Anfrage
Aktualisieren Sie die Firmware der Seite, der die Erweiterung fehlt</translation>
    </message>
    <message>
        <source>bad extension, unsupported feature, not supported, incompatible, 100rel, prack, session timer, require header, unsupported</source>
        <translation>bad extension, nicht unterstützte funktion, nicht unterstützt, inkompatibel, 100rel, prack, session-timer, session timer, require-header, unsupported</translation>
    </message>
    <message>
        <source>The other side needs a feature that your phone or system did not offer.</source>
        <translation>Die Gegenstelle benötigt eine Funktion, die Ihr Telefon oder System nicht angeboten hat.</translation>
    </message>
    <message>
        <source>The receiving system will only handle this request if the caller's device supports a particular protocol feature, and the device did not say that it does. It is a compatibility problem between the caller's equipment and the other side. Enabling the feature on the caller's device or trunk usually fixes it.</source>
        <translation>Das empfangende System bearbeitet diese Anfrage nur, wenn das Gerät des Anrufers eine bestimmte Protokollfunktion unterstützt, und das Gerät hat nicht angegeben, dass es das tut. Es ist ein Kompatibilitätsproblem zwischen den Geräten des Anrufers und der Gegenstelle. Meist hilft es, die Funktion auf dem Gerät oder Trunk des Anrufers zu aktivieren.</translation>
    </message>
    <message>
        <source>Sent by a user agent server that needs a particular extension to process the request when that extension is not listed in the Supported header of the request (RFC 3261 §21.4.16). The response must carry a Require header naming the needed extension, and the client can retry once it supports it. Servers should use it only when the service really cannot work otherwise; compare 420, where the server is the one lacking support. RFC 3398 maps it to Q.850 cause 127 (Interworking, unspecified).</source>
        <translation>Wird von einem User Agent Server gesendet, der zur Bearbeitung der Anfrage eine bestimmte Erweiterung braucht, die im Supported-Header der Anfrage nicht aufgeführt ist (RFC 3261 §21.4.16). Die Antwort muss einen Require-Header mit der benötigten Erweiterung enthalten, und der Client kann es erneut versuchen, sobald er sie unterstützt. Server sollen sie nur verwenden, wenn der Dienst wirklich nicht anders funktionieren kann; vergleichen Sie 420, wo dem Server die Unterstützung fehlt. RFC 3398 bildet sie auf Q.850-Cause 127 (Netzübergang (Interworking), nicht näher bestimmt) ab.</translation>
    </message>
    <message>
        <source>A gateway or carrier that requires 100rel (PRACK) for early media
A server that requires session timers and the client did not list timer
A PBX or SBC that requires replaces, path, outbound or gruu
The feature disabled on the phone or trunk, so it is missing from Supported</source>
        <translation>Ein Gateway oder Anbieter, der 100rel (PRACK) für Early Media verlangt
Ein Server, der Session-Timer verlangt, während der Client timer nicht aufgeführt hat
Eine Telefonanlage oder ein SBC, die replaces, path, outbound oder gruu verlangt
Die Funktion ist auf Telefon oder Trunk deaktiviert und fehlt daher in Supported</translation>
    </message>
    <message>
        <source>Read the Require header in the response to see which extension is needed
Enable that extension, such as 100rel or session timers, on the phone, PBX or trunk
Check the Supported header of the original request
Ask the provider whether the requirement can be relaxed</source>
        <translation>Lesen Sie im Require-Header der Antwort, welche Erweiterung benötigt wird
Aktivieren Sie diese Erweiterung, etwa 100rel oder Session-Timer, auf Telefon, Telefonanlage oder Trunk
Prüfen Sie den Supported-Header der ursprünglichen Anfrage
Fragen Sie den Anbieter, ob die Anforderung gelockert werden kann</translation>
    </message>
    <message>
        <source>extension required, feature required, prack, 100rel, session timer, require header, incompatible, not supported</source>
        <translation>erweiterung erforderlich, funktion erforderlich, prack, 100rel, session-timer, session timer, require-header, inkompatibel, nicht unterstützt</translation>
    </message>
    <message>
        <source>The call was refused because your system wanted to check that the call is still alive more often than the other side allows.</source>
        <translation>Der Anruf wurde abgelehnt, weil Ihr System häufiger prüfen wollte, ob das Gespräch noch besteht, als die Gegenstelle zulässt.</translation>
    </message>
    <message>
        <source>During a call, systems can check every so often that the call is still active. The caller's system asked for these checks more often than the other side accepts, so the request was refused. The caller's system normally retries by itself with a longer interval; if the call fails anyway, a setting on one of the systems needs adjusting.</source>
        <translation>Während eines Gesprächs können Systeme in Abständen prüfen, ob das Gespräch noch besteht. Das System des Anrufers hat diese Prüfungen häufiger verlangt, als die Gegenstelle akzeptiert; daher wurde die Anfrage abgelehnt. Normalerweise versucht es das System des Anrufers von selbst mit einem längeren Intervall erneut; scheitert der Anruf trotzdem, muss eine Einstellung auf einem der Systeme angepasst werden.</translation>
    </message>
    <message>
        <source>Defined by RFC 4028 §6 (session timers): a proxy or UAS returns it when the Session-Expires value in an INVITE or UPDATE is below the minimum it accepts. The response must carry a Min-SE header with that minimum, and the client should retry with a Session-Expires at least that large and a Min-SE set to it. It is only used when the client indicated support for timer; otherwise the element raises the value itself instead of rejecting. RFC 4028 does not allow a minimum below 90 seconds, and some equipment prints the phrase Session Timer Too Small for this code.</source>
        <translation>Definiert in RFC 4028 §6 (Session-Timer): Ein Proxy oder UAS sendet sie, wenn der Session-Expires-Wert in einem INVITE oder UPDATE unter dem Minimum liegt, das er akzeptiert. Die Antwort muss einen Min-SE-Header mit diesem Minimum enthalten, und der Client soll es mit einem Session-Expires mindestens dieser Größe und einem darauf gesetzten Min-SE erneut versuchen. Sie wird nur verwendet, wenn der Client Unterstützung für timer angegeben hat; andernfalls erhöht das Element den Wert selbst, statt abzulehnen. RFC 4028 erlaubt kein Minimum unter 90 Sekunden, und manche Geräte geben für diesen Code die Reason-Phrase Session Timer Too Small aus.</translation>
    </message>
    <message>
        <source>Session-Expires set below the carrier or PBX minimum
Different session timer minimums on the two sides of a trunk
A client that ignores Min-SE and retries with the same interval
An SBC that rewrites Session-Expires to a low value</source>
        <translation>Session-Expires unter dem Minimum des Anbieters oder der Telefonanlage eingestellt
Unterschiedliche Session-Timer-Minima auf beiden Seiten eines Trunks
Ein Client, der Min-SE ignoriert und es mit demselben Intervall erneut versucht
Ein SBC, der Session-Expires auf einen niedrigen Wert umschreibt</translation>
    </message>
    <message>
        <source>Read the Min-SE header in the response
Raise the session timer setting on the device or trunk, for example to 1800 seconds
Check that the client retries with the larger value after the 422
Align the session timer settings on both sides of the SBC</source>
        <translation>Lesen Sie den Min-SE-Header in der Antwort
Erhöhen Sie die Session-Timer-Einstellung auf Gerät oder Trunk, zum Beispiel auf 1800 Sekunden
Prüfen Sie, ob der Client es nach der 422 mit dem größeren Wert erneut versucht
Gleichen Sie die Session-Timer-Einstellungen auf beiden Seiten des SBC ab</translation>
    </message>
    <message>
        <source>session timer, session interval too small, min-se, session expires, call setup fails, re-invite, keepalive, timer</source>
        <translation>session-timer, session timer, sitzungsintervall zu klein, min-se, session-expires, verbindungsaufbau scheitert, re-invite, keepalive, timer</translation>
    </message>
    <message>
        <source>Your phone asked to stay signed in for a shorter time than the server allows.</source>
        <translation>Ihr Telefon wollte für eine kürzere Zeit angemeldet bleiben, als der Server zulässt.</translation>
    </message>
    <message>
        <source>When a phone signs in to the phone system, it says how long the sign-in should last before it is renewed. The phone asked for a shorter time than the server accepts, so the sign-in was refused. The phone normally retries with the longer time by itself; if not, the registration interval on the caller's device needs to be raised.</source>
        <translation>Wenn sich ein Telefon an der Telefonanlage anmeldet, gibt es an, wie lange die Anmeldung gelten soll, bevor sie erneuert wird. Das Telefon hat eine kürzere Zeit verlangt, als der Server akzeptiert; daher wurde die Anmeldung abgelehnt. Normalerweise versucht es das Telefon von selbst mit der längeren Zeit erneut; falls nicht, muss das Registrierungsintervall auf dem Gerät des Anrufers erhöht werden.</translation>
    </message>
    <message>
        <source>Sent by a registrar or notifier when the expiration requested in the Expires header or the Contact expires parameter is shorter than it allows (RFC 3261 §21.4.17, registrar processing in RFC 3261 §10.3). The response must carry a Min-Expires header with the smallest interval it accepts, and the client should retry with at least that value. It applies to REGISTER and also to SUBSCRIBE (RFC 6665); an expiry of zero, which removes a binding, is never rejected this way. RFC 3398 maps it to Q.850 cause 127 (Interworking, unspecified).</source>
        <translation>Wird von einem Registrar oder Notifier gesendet, wenn die im Expires-Header oder im expires-Parameter des Contact angeforderte Ablaufzeit kürzer ist, als er zulässt (RFC 3261 §21.4.17, Verarbeitung im Registrar nach RFC 3261 §10.3). Die Antwort muss einen Min-Expires-Header mit dem kleinsten akzeptierten Intervall enthalten, und der Client soll es mit mindestens diesem Wert erneut versuchen. Das gilt für REGISTER und ebenso für SUBSCRIBE (RFC 6665); eine Ablaufzeit von null, die eine Bindung entfernt, wird nie auf diese Weise abgelehnt. RFC 3398 bildet sie auf Q.850-Cause 127 (Netzübergang (Interworking), nicht näher bestimmt) ab.</translation>
    </message>
    <message>
        <source>A short registration interval set on the phone to keep NAT open, such as 30 or 60 seconds
The provider raised its minimum without updating the devices
SUBSCRIBE with a very short Expires for presence or voicemail notification
A device that ignores Min-Expires and keeps retrying</source>
        <translation>Ein kurzes Registrierungsintervall auf dem Telefon, um NAT offen zu halten, etwa 30 oder 60 Sekunden
Der Anbieter hat sein Minimum erhöht, ohne die Geräte anzupassen
SUBSCRIBE mit sehr kurzem Expires für Präsenz- oder Mailbox-Benachrichtigungen
Ein Gerät, das Min-Expires ignoriert und es immer wieder versucht</translation>
    </message>
    <message>
        <source>Read the Min-Expires header in the response
Set the registration or subscription expiry on the device to at least that value
Use keepalives (CRLF, OPTIONS or STUN) instead of very short registrations to keep NAT open
Update the firmware if the device does not retry with Min-Expires</source>
        <translation>Lesen Sie den Min-Expires-Header in der Antwort
Stellen Sie die Ablaufzeit für Registrierung oder Abonnement auf dem Gerät auf mindestens diesen Wert ein
Verwenden Sie Keepalives (CRLF, OPTIONS oder STUN) statt sehr kurzer Registrierungen, um NAT offen zu halten
Aktualisieren Sie die Firmware, wenn das Gerät es nicht mit Min-Expires erneut versucht</translation>
    </message>
    <message>
        <source>interval too brief, registration failed, cannot register, expires too short, min-expires, registration interval, re-register, subscription failed</source>
        <translation>interval too brief, intervall zu kurz, registrierung fehlgeschlagen, registriert sich nicht, expires zu kurz, min-expires, registrierungsintervall, neuregistrierung, abonnement fehlgeschlagen</translation>
    </message>
    <message>
        <source>The location sent with the call could not be used by the receiving system.</source>
        <translation>Der mit dem Anruf gesendete Standort konnte vom empfangenden System nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Some calls, mainly emergency calls, carry the caller's location so they can be routed to the right answering centre. The receiving system could not read or use the location that was sent, or was not allowed to use it. It points at how the caller's phone, PBX or network supplies location, not at the person being called.</source>
        <translation>Manche Anrufe, vor allem Notrufe, enthalten den Standort des Anrufers, damit sie an die richtige Notrufabfragestelle geleitet werden. Das empfangende System konnte den gesendeten Standort nicht lesen oder verwenden oder durfte ihn nicht verwenden. Die Ursache liegt darin, wie Telefon, Telefonanlage oder Netz des Anrufers den Standort liefern, nicht beim Angerufenen.</translation>
    </message>
    <message>
        <source>Defined by RFC 6442 §4.3: a recipient returns it when the location conveyed with the Geolocation header, by value in a PIDF-LO body or by reference, is malformed, cannot be dereferenced or is not usable for its purpose. The response should include a Geolocation-Error header (RFC 6442 §4.4) with a code such as 100 Cannot Process Location, 200 to 202 for permission problems, or 300 Dereference Failure. The client can correct the location or its permissions and retry. It matters mostly for emergency calling, where location drives routing to the right answering point.</source>
        <translation>Definiert in RFC 6442 §4.3: Ein Empfänger sendet sie, wenn der mit dem Geolocation-Header übermittelte Standort, als Wert in einem PIDF-LO-Body oder per Referenz, fehlerhaft ist, nicht abgerufen werden kann oder für seinen Zweck nicht verwendbar ist. Die Antwort sollte einen Geolocation-Error-Header (RFC 6442 §4.4) mit einem Code enthalten, etwa 100 Cannot Process Location, 200 bis 202 für Berechtigungsprobleme oder 300 Dereference Failure. Der Client kann den Standort oder dessen Berechtigungen korrigieren und es erneut versuchen. Wichtig ist das vor allem bei Notrufen, wo der Standort die Leitung zur richtigen Notrufabfragestelle bestimmt.</translation>
    </message>
    <message>
        <source>A malformed or incomplete PIDF-LO location body
A location reference (URI) the recipient cannot fetch
Location privacy or routing rules that do not allow the recipient to use the location
A missing or outdated civic address or coordinates on the PBX or location server
An SBC or gateway that strips or damages the location body</source>
        <translation>Ein fehlerhafter oder unvollständiger PIDF-LO-Standort-Body
Eine Standortreferenz (URI), die der Empfänger nicht abrufen kann
Datenschutz- oder Routing-Regeln für den Standort, die dem Empfänger dessen Verwendung nicht erlauben
Eine fehlende oder veraltete Anschrift oder Koordinaten in der Telefonanlage oder auf dem Standortserver
Ein SBC oder Gateway, der den Standort-Body entfernt oder beschädigt</translation>
    </message>
    <message>
        <source>Read the Geolocation-Error header for the specific error code
Check the location configured for the caller, such as the civic address on the PBX or location server
Check that location references can be reached by the recipient
Check the location privacy and routing permissions
Test emergency location delivery with the provider's test number</source>
        <translation>Lesen Sie im Geolocation-Error-Header den genauen Fehlercode
Prüfen Sie den für den Anrufer konfigurierten Standort, etwa die Anschrift in der Telefonanlage oder auf dem Standortserver
Prüfen Sie, ob der Empfänger Standortreferenzen erreichen kann
Prüfen Sie die Datenschutz- und Routing-Berechtigungen für den Standort
Testen Sie die Standortübermittlung bei Notrufen mit der Testrufnummer des Anbieters</translation>
    </message>
    <message>
        <source>location, emergency call, 911, 112, e911, geolocation, bad location, emergency address, pidf-lo, address</source>
        <translation>standort, notruf, 112, 110, 911, e911, geolocation, falscher standort, notrufadresse, pidf-lo, adresse, standortübermittlung</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>registriert</translation>
    </message>
    <message>
        <source>not registered (seen on the wire)</source>
        <translation>nicht registriert (in der Praxis gesendet)</translation>
    </message>
    <message>
        <source>not registered (local status, never sent on the wire)</source>
        <translation>nicht registriert (lokaler Status, wird nie gesendet)</translation>
    </message>
    <message>
        <source>not registered (protocol analyser label)</source>
        <translation>nicht registriert (Bezeichnung aus Protokollanalysatoren)</translation>
    </message>
    <message>
        <source>not registered (read as its class)</source>
        <translation>nicht registriert (wird wie seine Klasse gelesen)</translation>
    </message>
    <message>
        <source>No code given: enter a SIP response code such as 486.</source>
        <translation>Kein Code angegeben: Geben Sie einen SIP-Antwortcode ein, zum Beispiel 486.</translation>
    </message>
    <message>
        <source>"%1" is not a number: a SIP response code has three digits, such as 486.</source>
        <translation>„%1“ ist keine Zahl: Ein SIP-Antwortcode hat drei Ziffern, zum Beispiel 486.</translation>
    </message>
    <message>
        <source>%1 is not a SIP response code: SIP codes run from 100 to 699.</source>
        <translation>%1 ist kein SIP-Antwortcode: SIP-Codes reichen von 100 bis 699.</translation>
    </message>
    <message>
        <source>Provisional</source>
        <translation>Vorläufig</translation>
    </message>
    <message>
        <source>The call or request is still in progress; this is an interim status, not the final result.</source>
        <translation>Der Anruf oder die Anfrage wird noch bearbeitet; dies ist ein Zwischenstand, nicht das endgültige Ergebnis.</translation>
    </message>
    <message>
        <source>Codes from 100 to 199 report progress while a request is being handled: it was received, a phone is ringing, the call is being forwarded or queued, or a tone or announcement is played. They never end a call attempt; a final answer (a code from 200 to 699) always follows. A phone that does not know a particular 1xx code treats it as plain call progress.</source>
        <translation>Codes von 100 bis 199 melden den Fortschritt, während eine Anfrage bearbeitet wird: Sie ist eingegangen, ein Telefon klingelt, der Anruf wird weitergeleitet oder in eine Warteschlange gestellt, oder es wird ein Ton oder eine Ansage abgespielt. Sie beenden einen Anrufversuch nie; es folgt immer eine endgültige Antwort (ein Code von 200 bis 699). Ein Telefon, das einen bestimmten 1xx-Code nicht kennt, behandelt ihn als einfache Meldung zum Verbindungsaufbau.</translation>
    </message>
    <message>
        <source>Provisional responses (RFC 3261 §7.2, §21.1) precede the final response; a 1xx with a To tag creates an early dialog, and any 1xx stops INVITE retransmission. 100 Trying is hop-by-hop and never forwarded by a stateful proxy; the other 1xx codes travel end to end, can be made reliable with RFC 3262 (100rel, PRACK), and are sent only to INVITE (RFC 4320 allows just 100 for other methods). A receiver treats an unrecognised provisional code other than 100 as 183 Session Progress (§8.1.3.2), so an unregistered code such as 150 still only means progress, whatever its phrase says.</source>
        <translation>Vorläufige Antworten (RFC 3261 §7.2, §21.1) gehen der endgültigen Antwort voraus; eine 1xx-Antwort mit To-Tag erzeugt einen frühen Dialog (Early Dialog), und jede 1xx-Antwort stoppt die Sendewiederholungen des INVITE. 100 Trying gilt nur von Hop zu Hop und wird von einem zustandsbehafteten Proxy nie weitergeleitet; die übrigen 1xx-Codes laufen Ende-zu-Ende, können mit RFC 3262 (100rel, PRACK) zuverlässig gemacht werden und werden nur auf INVITE gesendet (RFC 4320 erlaubt für andere Methoden nur 100). Ein Empfänger behandelt einen unbekannten vorläufigen Code außer 100 wie 183 Session Progress (§8.1.3.2); ein nicht registrierter Code wie 150 bedeutet also nur Fortschritt, was auch immer seine Reason-Phrase sagt.</translation>
    </message>
    <message>
        <source>Wait for the final response that must follow
If no final response arrives, find the element that answered last (Via, To tag) and check its timers
For an unknown code, read the reason phrase and treat it as 183 Session Progress
If the caller hears silence in this phase, check early media (SDP in 180 or 183) and NAT</source>
        <translation>Warten Sie auf die endgültige Antwort, die folgen muss
Kommt keine endgültige Antwort, ermitteln Sie das Element, das zuletzt geantwortet hat (Via, To-Tag), und prüfen Sie dessen Timer
Lesen Sie bei einem unbekannten Code die Reason-Phrase und behandeln Sie ihn wie 183 Session Progress
Hört der Anrufer in dieser Phase Stille, prüfen Sie Early Media (SDP in 180 oder 183) und NAT</translation>
    </message>
    <message>
        <source>provisional, progress, in progress, ringing, trying, early media, waiting, call setup</source>
        <translation>vorläufig, verbindungsaufbau, wird verbunden, es klingelt, klingelt, freizeichen, early media, warten, wählt, rufaufbau</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>The request succeeded; for a call, the other side answered.</source>
        <translation>Die Anfrage war erfolgreich; bei einem Anruf hat die Gegenstelle abgenommen.</translation>
    </message>
    <message>
        <source>Codes from 200 to 299 mean the request was accepted and carried out: a call was answered, a registration accepted, a transfer taken on. Problems that appear afterwards, such as no sound, are not refusals; they happen after the answer. A phone that does not know a particular 2xx code treats it as a plain success (200 OK).</source>
        <translation>Codes von 200 bis 299 bedeuten, dass die Anfrage angenommen und ausgeführt wurde: Ein Anruf wurde angenommen, eine Registrierung akzeptiert, eine Vermittlung übernommen. Probleme, die danach auftreten, etwa fehlender Ton, sind keine Ablehnungen; sie entstehen erst nach der Annahme. Ein Telefon, das einen bestimmten 2xx-Code nicht kennt, behandelt ihn als einfachen Erfolg (200 OK).</translation>
    </message>
    <message>
        <source>2xx responses are final successes (RFC 3261 §21.2). A 2xx to INVITE is confirmed by an end-to-end ACK outside the transaction and is resent by the UAS until that ACK arrives; proxies forward every 2xx at once, and a forked INVITE may produce several, each its own dialog (§16.7). A receiver treats an unrecognised 2xx code, such as an unregistered 250, as 200 OK (§8.1.3.2).</source>
        <translation>2xx-Antworten sind endgültige Erfolgsmeldungen (RFC 3261 §21.2). Eine 2xx-Antwort auf INVITE wird durch ein Ende-zu-Ende-ACK außerhalb der Transaktion bestätigt und vom UAS wiederholt, bis dieses ACK eintrifft; Proxys leiten jede 2xx-Antwort sofort weiter, und ein geforktes INVITE kann mehrere auslösen, jede mit eigenem Dialog (§16.7). Ein Empfänger behandelt einen unbekannten 2xx-Code, etwa ein nicht registriertes 250, wie 200 OK (§8.1.3.2).</translation>
    </message>
    <message>
        <source>No action needed for the request itself
If the answered call has no audio, check the SDP and NAT rather than the response
If calls drop shortly after the answer, check that the ACK reaches the answering side
For an unknown code, treat it as 200 OK</source>
        <translation>Für die Anfrage selbst ist nichts zu tun
Hat der angenommene Anruf keinen Ton, prüfen Sie SDP und NAT statt der Antwort
Brechen Anrufe kurz nach der Annahme ab, prüfen Sie, ob das ACK die annehmende Seite erreicht
Behandeln Sie einen unbekannten Code wie 200 OK</translation>
    </message>
    <message>
        <source>success, ok, answered, connected, accepted, registered</source>
        <translation>erfolg, ok, angenommen, abgenommen, verbunden, akzeptiert, registriert, gespräch steht</translation>
    </message>
    <message>
        <source>Redirection</source>
        <translation>Umleitung</translation>
    </message>
    <message>
        <source>The call was not connected here, and the caller's system was told to try another address.</source>
        <translation>Der Anruf wurde hier nicht durchgestellt; das System des Anrufers wurde angewiesen, es unter einer anderen Adresse zu versuchen.</translation>
    </message>
    <message>
        <source>Codes from 300 to 399 do not connect the call but say where else to try: the person has moved, is forwarded or can be reached at several places. The caller's phone or phone system is expected to try the new address; if it does not follow redirects, the call fails even though the person is reachable. A phone that does not know a particular 3xx code treats it as a list of alternatives (300 Multiple Choices).</source>
        <translation>Codes von 300 bis 399 stellen den Anruf nicht durch, sondern nennen andere Ziele: Die Person ist umgezogen, hat eine Rufumleitung eingerichtet oder ist unter mehreren Adressen erreichbar. Das Telefon oder die Telefonanlage des Anrufers soll es unter der neuen Adresse versuchen; folgt es Umleitungen nicht, scheitert der Anruf, obwohl die Person erreichbar ist. Ein Telefon, das einen bestimmten 3xx-Code nicht kennt, behandelt ihn als Liste von Alternativen (300 Multiple Choices).</translation>
    </message>
    <message>
        <source>Redirection responses (RFC 3261 §21.3) carry the alternatives in Contact headers, possibly with q-values and an expiry. The UAC (§8.1.3.4) or a recursing proxy (§16.7) may retry at those targets; a proxy that recurses removes them from the response it keeps. A receiver treats an unrecognised 3xx code, such as an unregistered 350, as 300 Multiple Choices (§8.1.3.2), so it still looks at the Contact list.</source>
        <translation>Umleitungsantworten (RFC 3261 §21.3) enthalten die Alternativen in Contact-Headern, gegebenenfalls mit q-Werten und Ablaufzeit. Der UAC (§8.1.3.4) oder ein rekursiv arbeitender Proxy (§16.7) kann es an diesen Zielen erneut versuchen; ein rekursiver Proxy entfernt sie aus der Antwort, die er behält. Ein Empfänger behandelt einen unbekannten 3xx-Code, etwa ein nicht registriertes 350, wie 300 Multiple Choices (§8.1.3.2) und wertet daher trotzdem die Contact-Liste aus.</translation>
    </message>
    <message>
        <source>Read the Contact headers for the suggested targets
Check whether the caller's PBX, SBC or phone follows redirects
Check that the suggested targets are allowed and routable from the caller's side
Look for redirect loops between servers</source>
        <translation>Lesen Sie die Contact-Header mit den vorgeschlagenen Zielen
Prüfen Sie, ob Telefonanlage, SBC oder Telefon des Anrufers Umleitungen folgen
Prüfen Sie, ob die vorgeschlagenen Ziele von der Seite des Anrufers aus erlaubt und erreichbar sind
Suchen Sie nach Umleitungsschleifen zwischen Servern</translation>
    </message>
    <message>
        <source>redirect, redirection, moved, forwarded, contact, new address, reroute</source>
        <translation>umleitung, weiterleitung, rufumleitung, umgezogen, weitergeleitet, contact, neue adresse, neue rufnummer, umgeleitet</translation>
    </message>
    <message>
        <source>Client Failure</source>
        <translation>Client-Fehler</translation>
    </message>
    <message>
        <source>The request was refused by this server because something about it was wrong or not allowed here.</source>
        <translation>Die Anfrage wurde von diesem Server abgelehnt, weil etwas daran falsch oder hier nicht erlaubt war.</translation>
    </message>
    <message>
        <source>Codes from 400 to 499 mean this server could not or would not carry out the request as sent: a wrong number, a missing or wrong login, a format it cannot handle, a busy or unavailable person, and the like. Sending the same request again unchanged will not help, but a corrected one, or another server or phone, may succeed. A phone that does not know a particular 4xx code treats it as 400 Bad Request.</source>
        <translation>Codes von 400 bis 499 bedeuten, dass dieser Server die Anfrage so, wie sie gesendet wurde, nicht ausführen konnte oder wollte: eine falsche Rufnummer, eine fehlende oder falsche Anmeldung, ein Format, das er nicht verarbeiten kann, ein besetzter oder nicht erreichbarer Teilnehmer und Ähnliches. Dieselbe Anfrage unverändert erneut zu senden hilft nicht, eine korrigierte Anfrage oder ein anderer Server bzw. ein anderes Telefon kann aber Erfolg haben. Ein Telefon, das einen bestimmten 4xx-Code nicht kennt, behandelt ihn wie 400 Bad Request.</translation>
    </message>
    <message>
        <source>Request failures (RFC 3261 §21.4) are definite answers from one server: the client should not resend the same request unmodified (for example without adding credentials), though it may succeed elsewhere, and a forking proxy keeps trying its other branches. A receiver treats an unrecognised 4xx code, such as an unregistered 471, as 400 Bad Request (§8.1.3.2), so the reason phrase and any Warning or Reason header are the only clue to what the sender meant. Some failures here are concluded locally: a transaction timeout is reported as if 408 had arrived (§8.1.3.1).</source>
        <translation>Anfragefehler (RFC 3261 §21.4) sind eindeutige Antworten eines einzelnen Servers: Der Client soll dieselbe Anfrage nicht unverändert erneut senden (zum Beispiel ohne Zugangsdaten hinzuzufügen), sie kann aber anderswo gelingen, und ein forkender Proxy versucht seine übrigen Zweige weiter. Ein Empfänger behandelt einen unbekannten 4xx-Code, etwa ein nicht registriertes 471, wie 400 Bad Request (§8.1.3.2); die Reason-Phrase und ein etwaiger Warning- oder Reason-Header sind dann der einzige Hinweis darauf, was der Absender meinte. Manche dieser Fehler werden lokal festgestellt: Ein Transaktions-Timeout wird gemeldet, als wäre eine 408 eingetroffen (§8.1.3.1).</translation>
    </message>
    <message>
        <source>Read the reason phrase and any Warning or Reason header for detail
Check the dialled number, the account credentials and the phone configuration
Correct the request before retrying; an unchanged retry will fail again
Check whether the response came from the far end or was concluded locally (timeout)
For an unknown code, treat it as 400 Bad Request and ask the sender's vendor what it means</source>
        <translation>Lesen Sie die Reason-Phrase und etwaige Warning- oder Reason-Header für Details
Prüfen Sie die gewählte Rufnummer, die Zugangsdaten des Kontos und die Konfiguration des Telefons
Korrigieren Sie die Anfrage vor einem neuen Versuch; eine unveränderte Wiederholung scheitert erneut
Prüfen Sie, ob die Antwort von der Gegenstelle kam oder lokal festgestellt wurde (Timeout)
Behandeln Sie einen unbekannten Code wie 400 Bad Request und fragen Sie den Hersteller des Absenders, was er bedeutet</translation>
    </message>
    <message>
        <source>client error, client failure, request failure, rejected, refused, failed call, error, not found, forbidden, busy, unavailable</source>
        <translation>client-fehler, anfragefehler, abgelehnt, abgewiesen, anruf fehlgeschlagen, fehler, fehlermeldung, nicht gefunden, verboten, gesperrt, besetzt, nicht erreichbar</translation>
    </message>
    <message>
        <source>Server Failure</source>
        <translation>Server-Fehler</translation>
    </message>
    <message>
        <source>A server on the way failed to handle a request that looked valid.</source>
        <translation>Ein Server auf dem Weg konnte eine offenbar gültige Anfrage nicht bearbeiten.</translation>
    </message>
    <message>
        <source>Codes from 500 to 599 mean the problem lies with a server or network element, not with the caller's request: it is overloaded, down, misconfigured or could not reach the next hop. These problems are often temporary, and trying again later or through another server may work. A phone that does not know a particular 5xx code treats it as 500 Server Internal Error.</source>
        <translation>Codes von 500 bis 599 bedeuten, dass das Problem bei einem Server oder Netzelement liegt, nicht bei der Anfrage des Anrufers: Er ist überlastet, ausgefallen, falsch konfiguriert oder konnte die nächste Station nicht erreichen. Solche Probleme sind oft vorübergehend; ein späterer Versuch oder ein Versuch über einen anderen Server kann gelingen. Ein Telefon, das einen bestimmten 5xx-Code nicht kennt, behandelt ihn wie 500 Server Internal Error.</translation>
    </message>
    <message>
        <source>Server failures (RFC 3261 §21.5) report that the server erred on an apparently valid request; Retry-After may say when to retry, and clients may fail over to another server found through DNS (RFC 3263). A transport failure is reported locally as if 503 had arrived (§8.1.3.1), so check whether the response really came from the far end. A receiver treats an unrecognised 5xx code, such as an unregistered 550, as 500 Server Internal Error (§8.1.3.2).</source>
        <translation>Serverfehler (RFC 3261 §21.5) melden, dass der Server an einer offenbar gültigen Anfrage gescheitert ist; Retry-After kann angeben, wann ein neuer Versuch sinnvoll ist, und Clients können auf einen anderen, per DNS gefundenen Server ausweichen (RFC 3263). Ein Transportfehler wird lokal gemeldet, als wäre eine 503 eingetroffen (§8.1.3.1); prüfen Sie daher, ob die Antwort wirklich von der Gegenstelle kam. Ein Empfänger behandelt einen unbekannten 5xx-Code, etwa ein nicht registriertes 550, wie 500 Server Internal Error (§8.1.3.2).</translation>
    </message>
    <message>
        <source>Check whether the response came from the far end or was concluded locally (transport failure)
Look for Retry-After and for a Warning or Reason header
Check the state, load and logs of the server that answered (Server header, Via)
Try another server, trunk or route if one exists
For an unknown code, treat it as 500 Server Internal Error</source>
        <translation>Prüfen Sie, ob die Antwort von der Gegenstelle kam oder lokal festgestellt wurde (Transportfehler)
Achten Sie auf Retry-After sowie auf einen Warning- oder Reason-Header
Prüfen Sie Zustand, Auslastung und Protokolle des Servers, der geantwortet hat (Server-Header, Via)
Versuchen Sie einen anderen Server, Trunk oder Leitweg, falls vorhanden
Behandeln Sie einen unbekannten Code wie 500 Server Internal Error</translation>
    </message>
    <message>
        <source>server error, server failure, server down, outage, overloaded, service unavailable, network problem, provider problem</source>
        <translation>serverfehler, server ausgefallen, server down, störung, ausfall, überlastet, dienst nicht verfügbar, netzproblem, netzstörung, problem beim anbieter, providerstörung</translation>
    </message>
    <message>
        <source>Global Failure</source>
        <translation>Globaler Fehler</translation>
    </message>
    <message>
        <source>A final answer: the call cannot succeed at any of the called person's phones or addresses.</source>
        <translation>Eine endgültige Antwort: Der Anruf kann an keinem Telefon und keiner Adresse des Angerufenen zustande kommen.</translation>
    </message>
    <message>
        <source>Codes from 600 to 699 are a final answer about the called person as a whole, not about one phone: busy everywhere, declined, does not exist, cannot handle this kind of call, or blocked as unwanted. The person's other phones stop ringing when such an answer arrives, and trying other routes will not help. A phone that does not know a particular 6xx code treats it as 600 Busy Everywhere.</source>
        <translation>Codes von 600 bis 699 sind eine endgültige Antwort über den Angerufenen insgesamt, nicht über ein einzelnes Telefon: überall besetzt, abgelehnt, existiert nicht, kann diese Art von Anruf nicht annehmen oder als unerwünscht gesperrt. Die anderen Telefone der Person hören auf zu klingeln, sobald eine solche Antwort eintrifft, und andere Leitwege helfen nicht weiter. Ein Telefon, das einen bestimmten 6xx-Code nicht kennt, behandelt ihn wie 600 Busy Everywhere.</translation>
    </message>
    <message>
        <source>Global failures (RFC 3261 §21.6) carry definitive information about the user, not only about the instance in the Request-URI. A forking proxy that receives a 6xx cancels its other pending branches and starts no new ones (§16.7), so one device answering 6xx ends a parallel ring group. A receiver treats an unrecognised 6xx code, such as an unregistered 650, as 600 Busy Everywhere (§8.1.3.2); equipment older than RFC 8197 and RFC 8688 does the same with 607 and 608.</source>
        <translation>Globale Fehler (RFC 3261 §21.6) enthalten verbindliche Informationen über den Teilnehmer, nicht nur über die Instanz in der Request-URI. Ein forkender Proxy, der eine 6xx-Antwort erhält, bricht seine übrigen offenen Zweige ab und startet keine neuen (§16.7); ein einziges Gerät, das mit 6xx antwortet, beendet also eine parallel klingelnde Gruppe. Ein Empfänger behandelt einen unbekannten 6xx-Code, etwa ein nicht registriertes 650, wie 600 Busy Everywhere (§8.1.3.2); Geräte, die älter als RFC 8197 und RFC 8688 sind, verfahren mit 607 und 608 ebenso.</translation>
    </message>
    <message>
        <source>Do not retry through other routes; the answer is about the called person as a whole
Read the reason phrase and the Warning and Retry-After headers
If one phone's rejection stops a whole ring group, configure it to answer with a 4xx such as 486 or 480
For an unknown code, treat it as 600 Busy Everywhere</source>
        <translation>Versuchen Sie es nicht über andere Leitwege erneut; die Antwort betrifft den Angerufenen insgesamt
Lesen Sie die Reason-Phrase sowie die Header Warning und Retry-After
Beendet die Ablehnung eines Telefons eine ganze Rufgruppe, konfigurieren Sie es so, dass es mit einem 4xx-Code wie 486 oder 480 antwortet
Behandeln Sie einen unbekannten Code wie 600 Busy Everywhere</translation>
    </message>
    <message>
        <source>global failure, rejected everywhere, declined, busy everywhere, does not exist, blocked, spam, unwanted</source>
        <translation>globaler fehler, überall abgelehnt, abgelehnt, abgewiesen, überall besetzt, existiert nicht, kein anschluss, gesperrt, spam, unerwünscht, werbeanruf</translation>
    </message>
    <message>
        <source>Your call has reached the phone system, and it is now working on connecting you.</source>
        <translation>Ihr Anruf hat die Telefonanlage erreicht, und sie arbeitet jetzt daran, Sie zu verbinden.</translation>
    </message>
    <message>
        <source>The first server on the way received the call request and is processing it. It says nothing yet about the person you are calling: their phone has not necessarily been reached. If the call stays at this stage and nothing else follows, the problem lies further along the path, not with your phone.</source>
        <translation>Der erste Server auf dem Weg hat die Anrufanfrage erhalten und bearbeitet sie. Über die angerufene Person sagt das noch nichts aus: Deren Telefon wurde nicht unbedingt schon erreicht. Bleibt der Anruf in diesem Zustand und folgt nichts weiter, liegt das Problem weiter hinten auf dem Weg, nicht bei Ihrem Telefon.</translation>
    </message>
    <message>
        <source>Normal first reply of the next server to any call attempt
The server is looking up routing, number or account data
The far end is slow, so only the nearest server has replied so far
The next hop cannot reach the called party, or its replies are lost on the way back</source>
        <translation>Normale erste Antwort des nächsten Servers auf jeden Anrufversuch
Der Server ermittelt gerade Routing-, Rufnummern- oder Kontodaten
Die Gegenstelle ist langsam, daher hat bisher nur der nächstgelegene Server geantwortet
Der nächste Hop erreicht den Angerufenen nicht, oder seine Antworten gehen auf dem Rückweg verloren</translation>
    </message>
    <message>
        <source>No action needed if ringing or an answer follows
If the call hangs after 100, follow the INVITE to the next hop and see whether it answers
Check firewalls and NAT for replies from further along the path that never arrive
Check the routing of the called number on the proxy or PBX
If not even 100 arrives, the INVITE is not reaching the first server: check address, port and transport</source>
        <translation>Nichts zu tun, wenn Klingeln oder eine Annahme folgt
Hängt der Anruf nach 100, verfolgen Sie das INVITE bis zum nächsten Hop und prüfen Sie, ob dieser antwortet
Prüfen Sie Firewalls und NAT auf Antworten von weiter hinten, die nie ankommen
Prüfen Sie das Routing der angerufenen Rufnummer auf dem Proxy oder der Telefonanlage
Kommt nicht einmal 100 an, erreicht das INVITE den ersten Server nicht: Prüfen Sie Adresse, Port und Transport</translation>
    </message>
    <message>
        <source>trying, connecting, call setup, dialling, dialing, stuck on trying, no ringing, call hangs, silence after dialling, processing</source>
        <translation>trying, verbindungsaufbau, wird verbunden, wählen, wählt, hängt bei trying, klingelt nicht, kein freizeichen, anruf hängt, stille nach dem wählen, wird bearbeitet</translation>
    </message>
    <message>
        <source>The phone you are calling is ringing now.</source>
        <translation>Das angerufene Telefon klingelt jetzt.</translation>
    </message>
    <message>
        <source>The called phone, or a device acting for it, was reached and is alerting the person. Nothing is wrong: the call is waiting to be answered. If nobody picks up, the call usually ends after a while with a no-answer result or goes to voicemail.</source>
        <translation>Das angerufene Telefon oder ein Gerät, das für es handelt, wurde erreicht und signalisiert den Anruf. Es liegt kein Fehler vor: Der Anruf wartet darauf, angenommen zu werden. Nimmt niemand ab, endet der Anruf meist nach einer Weile mit „keine Antwort“ oder geht auf die Mailbox.</translation>
    </message>
    <message>
        <source>Sent by the callee's UAS while it alerts the user (RFC 3261 §21.1.2) and forwarded by proxies. With a To tag it creates an early dialog, so a forked INVITE can return several 180s with different To tags. Without an SDP body the caller plays local ringback; with SDP (often sent reliably with Require: 100rel, RFC 3262) the caller may play the far-end media instead (RFC 3960). A PSTN gateway normally sends 180 when the ISUP side reports that the called line is free and alerting (RFC 3398).</source>
        <translation>Wird vom UAS des Angerufenen gesendet, während er den Teilnehmer ruft (RFC 3261 §21.1.2), und von Proxys weitergeleitet. Mit To-Tag erzeugt die Antwort einen frühen Dialog; ein geforktes INVITE kann daher mehrere 180 mit unterschiedlichen To-Tags zurückliefern. Ohne SDP-Body erzeugt der Anrufer das Freizeichen lokal; mit SDP (oft zuverlässig mit Require: 100rel gesendet, RFC 3262) kann der Anrufer stattdessen die Medien der Gegenstelle abspielen (RFC 3960). Ein PSTN-Gateway sendet 180 normalerweise, wenn die ISUP-Seite meldet, dass der angerufene Anschluss frei ist und gerufen wird (RFC 3398).</translation>
    </message>
    <message>
        <source>The called phone is ringing and has not been answered yet
A PSTN gateway reports that the called line is alerting
Several phones of a ring group or of one user are ringing at once
A PBX signals ringing while it hunts for a free extension or agent</source>
        <translation>Das angerufene Telefon klingelt und wurde noch nicht abgenommen
Ein PSTN-Gateway meldet, dass der angerufene Anschluss gerufen wird
Mehrere Telefone einer Rufgruppe oder eines Teilnehmers klingeln gleichzeitig
Eine Telefonanlage signalisiert Klingeln, während sie eine freie Nebenstelle oder einen freien Agenten sucht</translation>
    </message>
    <message>
        <source>Wait for an answer; no fault is indicated
If the caller hears no ringback, check whether the phone plays local ringback or expects early media
If ringing never ends, check no-answer timers, voicemail and forward-on-no-answer settings
If the called person's phone does not ring although 180 arrives, check which device sent it (Contact, User-Agent)
If ringing ends in 480 or 408, look at the called party's availability rather than the network</source>
        <translation>Warten Sie auf die Annahme; es liegt kein Fehler vor
Hört der Anrufer kein Freizeichen, prüfen Sie, ob das Telefon das Freizeichen lokal erzeugt oder Early Media erwartet
Hört das Klingeln nie auf, prüfen Sie No-Answer-Timer, Mailbox und Rufumleitung bei Nichtmelden
Klingelt das Telefon des Angerufenen nicht, obwohl 180 ankommt, prüfen Sie, welches Gerät die Antwort gesendet hat (Contact, User-Agent)
Endet das Klingeln mit 480 oder 408, prüfen Sie die Erreichbarkeit des Angerufenen statt des Netzes</translation>
    </message>
    <message>
        <source>ringing, ring, ringback, alerting, rings but no answer, nobody answers, no answer, no ringback tone, ring tone</source>
        <translation>klingelt, klingeln, freizeichen, rufton, es klingelt aber niemand nimmt ab, niemand geht ran, keine antwort, kein freizeichen, klingelton, läutet</translation>
    </message>
    <message>
        <source>Your call is being passed on to another number or device chosen by the person you called.</source>
        <translation>Ihr Anruf wird an eine andere Rufnummer oder ein anderes Gerät weitergegeben, das die angerufene Person festgelegt hat.</translation>
    </message>
    <message>
        <source>A server along the way is forwarding the call, for example because the person has call forwarding switched on or did not answer. It is only a progress notice: the call goes on toward the new destination, which was chosen on the called party's side.</source>
        <translation>Ein Server auf dem Weg leitet den Anruf weiter, zum Beispiel weil die Person eine Rufumleitung eingeschaltet hat oder nicht abgenommen hat. Es ist nur eine Fortschrittsmeldung: Der Anruf geht weiter zum neuen Ziel, das auf der Seite des Angerufenen festgelegt wurde.</translation>
    </message>
    <message>
        <source>Optional provisional response (RFC 3261 §21.1.3) that a proxy, PBX or B2BUA may send when it retargets the call to a different set of destinations (unconditional, busy or no-answer forwarding). The new target and the reason are usually visible in the History-Info (RFC 7044) or Diversion headers of the onward INVITE rather than in the 181 itself. Many systems never send it, so its absence proves nothing. Some lists print the phrase as 'Call Being Forwarded'; the code is the same.</source>
        <translation>Optionale vorläufige Antwort (RFC 3261 §21.1.3), die ein Proxy, eine Telefonanlage oder ein B2BUA senden kann, wenn er den Anruf auf andere Ziele umlenkt (Rufumleitung sofort, bei Besetzt oder bei Nichtmelden). Das neue Ziel und der Grund sind meist in den Headern History-Info (RFC 7044) oder Diversion des weitergeleiteten INVITE zu sehen, nicht in der 181 selbst. Viele Systeme senden sie nie; ihr Fehlen beweist also nichts. Manche Listen führen die Reason-Phrase als „Call Being Forwarded“; der Code ist derselbe.</translation>
    </message>
    <message>
        <source>Call forwarding always is set on the called number
Forwarding on busy or on no answer was triggered
A follow-me, find-me or hunt service moves to the next destination
The call is being diverted to voicemail</source>
        <translation>Für die angerufene Rufnummer ist eine ständige Rufumleitung eingerichtet
Eine Rufumleitung bei Besetzt oder bei Nichtmelden wurde ausgelöst
Ein Follow-me-, Find-me- oder Sammelruf-Dienst geht zum nächsten Ziel über
Der Anruf wird auf die Mailbox umgeleitet</translation>
    </message>
    <message>
        <source>No action needed: the call continues
If the call ends up in the wrong place, check the called party's forwarding settings
Check History-Info or Diversion in the onward INVITE to see where and why it was forwarded
If forwarding goes round in circles, look for 482 or 483 and for forwarding chains between numbers</source>
        <translation>Nichts zu tun: Der Anruf geht weiter
Landet der Anruf an der falschen Stelle, prüfen Sie die Rufumleitungen des Angerufenen
Prüfen Sie History-Info oder Diversion im weitergeleiteten INVITE, um zu sehen, wohin und warum umgeleitet wurde
Dreht sich die Umleitung im Kreis, achten Sie auf 482 oder 483 und auf Umleitungsketten zwischen Rufnummern</translation>
    </message>
    <message>
        <source>forwarded, call forwarding, diverted, diversion, divert, redirected, follow me, forward to voicemail</source>
        <translation>weitergeleitet, rufumleitung, umleitung, umgeleitet, anrufweiterschaltung, weiterleitung, follow me, auf mailbox umgeleitet, anrufbeantworter</translation>
    </message>
    <message>
        <source>The person or team you are calling is busy, and your call is waiting in a queue.</source>
        <translation>Die angerufene Person oder das angerufene Team ist gerade besetzt, und Ihr Anruf wartet in einer Warteschlange.</translation>
    </message>
    <message>
        <source>The called side cannot take the call right now, but instead of refusing it the system put it in a waiting line. The call is put through when someone becomes free, or it ends with a final answer. This is normal for call centres and service lines.</source>
        <translation>Die angerufene Seite kann den Anruf gerade nicht annehmen, hat ihn aber nicht abgelehnt, sondern in eine Warteschlange gestellt. Der Anruf wird durchgestellt, sobald jemand frei wird, oder er endet mit einer endgültigen Antwort. Das ist bei Callcentern und Service-Hotlines normal.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.1.4: the callee is temporarily unavailable, but the server queues the call rather than rejecting it and sends the appropriate final response once the callee becomes available or the wait ends. The reason phrase may give detail such as the queue position or expected waiting time, and several 182s may be sent to update it. Most ACD and queue systems instead answer with 200 and play music, so 182 is rare.</source>
        <translation>RFC 3261 §21.1.4: Der Angerufene ist vorübergehend nicht verfügbar, der Server stellt den Anruf aber in eine Warteschlange, statt ihn abzulehnen, und sendet die passende endgültige Antwort, sobald der Angerufene verfügbar wird oder die Wartezeit endet. Die Reason-Phrase kann Details wie die Position in der Warteschlange oder die erwartete Wartezeit enthalten, und zur Aktualisierung können mehrere 182 gesendet werden. Die meisten ACD- und Warteschlangensysteme nehmen stattdessen mit 200 an und spielen Musik ab; 182 ist daher selten.</translation>
    </message>
    <message>
        <source>A call-centre or ACD queue holds the call for the next free agent
A camp-on service waits for a busy extension to become free
All members of a hunt group are busy and queueing is enabled
A gateway reports a call queued in the other network</source>
        <translation>Eine Callcenter- oder ACD-Warteschlange hält den Anruf für den nächsten freien Agenten
Ein Camp-on-Dienst (Rückruf bei Besetzt) wartet, bis eine besetzte Nebenstelle frei wird
Alle Mitglieder einer Sammelrufgruppe sind besetzt und die Warteschlange ist aktiviert
Ein Gateway meldet einen im anderen Netz wartenden Anruf</translation>
    </message>
    <message>
        <source>Keep waiting; the call has not been lost
Read the reason phrase for the queue position or waiting time
If calls wait too long, check agent availability and queue limits on the ACD
If the caller hears silence while queued, check whether ringback or early media is provided</source>
        <translation>Warten Sie weiter; der Anruf ist nicht verloren
Lesen Sie in der Reason-Phrase die Position in der Warteschlange oder die Wartezeit
Warten Anrufer zu lange, prüfen Sie die Verfügbarkeit der Agenten und die Warteschlangenlimits in der ACD
Hört der Anrufer in der Warteschlange Stille, prüfen Sie, ob Freizeichen oder Early Media bereitgestellt werden</translation>
    </message>
    <message>
        <source>queued, queue, waiting, on hold, call centre, call center, hold music, waiting line, agents busy</source>
        <translation>warteschlange, in der warteschlange, warten, warteschleife, halten, callcenter, wartemusik, warteposition, alle mitarbeiter im gespräch, alle plätze belegt</translation>
    </message>
    <message>
        <source>Your call is being set up, and you may hear a tone or an announcement before anyone answers.</source>
        <translation>Ihr Anruf wird aufgebaut; möglicherweise hören Sie einen Ton oder eine Ansage, bevor jemand abnimmt.</translation>
    </message>
    <message>
        <source>The network or the called side is reporting progress. Often it sends sound before the call is answered, such as ringback, a recorded announcement or a menu. This is normal; if the caller hears only silence at this stage, the sound path may be blocked.</source>
        <translation>Das Netz oder die angerufene Seite meldet Fortschritt. Oft wird schon vor der Annahme Ton übertragen, etwa ein Freizeichen, eine Bandansage oder ein Sprachmenü. Das ist normal; hört der Anrufer in dieser Phase nur Stille, ist der Sprachweg möglicherweise blockiert.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.1.5: a general progress indication whose detail is in the reason phrase, headers or body. In practice it mostly carries an SDP answer for early media (RFC 3960), is often sent reliably (Require: 100rel, PRACK, RFC 3262) and is used for QoS preconditions (RFC 3312); PSTN gateways send it when in-band tones or announcements are played (RFC 3398). A UAC treats any unrecognised 1xx other than 100 as 183 (§8.1.3.2). If 183 carries SDP but no RTP arrives, suspect NAT, a firewall or a wrong c= address. Some lists print the phrase as 'Session in Progress'.</source>
        <translation>RFC 3261 §21.1.5: eine allgemeine Fortschrittsmeldung, deren Einzelheiten in Reason-Phrase, Headern oder Body stehen. In der Praxis enthält sie meist eine SDP-Antwort für Early Media (RFC 3960), wird oft zuverlässig gesendet (Require: 100rel, PRACK, RFC 3262) und für QoS-Preconditions verwendet (RFC 3312); PSTN-Gateways senden sie, wenn In-Band-Töne oder Ansagen abgespielt werden (RFC 3398). Ein UAC behandelt jede unbekannte 1xx-Antwort außer 100 wie 183 (§8.1.3.2). Enthält die 183 SDP, kommt aber kein RTP an, sind NAT, eine Firewall oder eine falsche c=-Adresse verdächtig. Manche Listen führen die Reason-Phrase als „Session in Progress“.</translation>
    </message>
    <message>
        <source>Ringback or an announcement played by the network as early media
An IVR, voicemail greeting or menu before the call is answered
A PSTN gateway passes on in-band tones
QoS preconditions or reliable provisional responses in IMS and carrier networks
Some phones send 183 instead of 180 while ringing</source>
        <translation>Freizeichen oder Ansage, die das Netz als Early Media abspielt
Ein Sprachdialogsystem (IVR), eine Mailbox-Ansage oder ein Menü vor der Annahme
Ein PSTN-Gateway reicht In-Band-Töne durch
QoS-Preconditions oder zuverlässige vorläufige Antworten in IMS- und Anbieter-Netzen
Manche Telefone senden beim Klingeln 183 statt 180</translation>
    </message>
    <message>
        <source>If the caller hears the expected tone or announcement, no action is needed
If the caller hears silence, check that RTP flows to the address and port in the 183 SDP
Check NAT and firewall pinholes for early media on both sides
If 183 carries Require: 100rel and keeps being resent, check PRACK handling
Look at the final response that follows, for example an announcement followed by 404 or 486</source>
        <translation>Hört der Anrufer den erwarteten Ton oder die erwartete Ansage, ist nichts zu tun
Hört der Anrufer Stille, prüfen Sie, ob RTP an Adresse und Port aus dem SDP der 183 fließt
Prüfen Sie NAT und Firewall-Pinholes für Early Media auf beiden Seiten
Enthält die 183 Require: 100rel und wird ständig wiederholt, prüfen Sie die PRACK-Verarbeitung
Beachten Sie die folgende endgültige Antwort, zum Beispiel eine Ansage gefolgt von 404 oder 486</translation>
    </message>
    <message>
        <source>session progress, early media, ringback, announcement, no ringback, silence before answer, one way audio, ivr, progress tone, in-band tones</source>
        <translation>session progress, early media, freizeichen, ansage, bandansage, kein freizeichen, stille vor der annahme, einseitiger ton, nur einer hört, ivr, sprachmenü, hörton, in-band-töne</translation>
    </message>
    <message>
        <source>One of the places your call was trying has dropped out, but the call may still reach the person elsewhere.</source>
        <translation>Eines der Ziele, an denen Ihr Anruf es versucht hat, ist weggefallen, die Person kann aber anderswo noch erreicht werden.</translation>
    </message>
    <message>
        <source>When a call is offered to several phones or destinations at once, one of them has dropped out before the call was answered. The call as a whole is not over: other phones may still ring or answer. Any tone or announcement coming from that destination stops.</source>
        <translation>Wenn ein Anruf mehreren Telefonen oder Zielen gleichzeitig angeboten wird, ist eines davon vor der Annahme ausgeschieden. Der Anruf insgesamt ist nicht beendet: Andere Telefone können weiter klingeln oder abnehmen. Ein Ton oder eine Ansage von diesem Ziel bricht ab.</translation>
    </message>
    <message>
        <source>Parallel ringing: one phone rejected or failed while others still ring
A branch of a hunt group or find-me sequence was released
A UAS that created several early dialogs closed one of them
A downstream element sent a final error on one branch that the proxy did not forward</source>
        <translation>Paralleles Klingeln: Ein Telefon hat abgelehnt oder ist gescheitert, während andere noch klingeln
Ein Zweig einer Sammelrufgruppe oder einer Find-me-Folge wurde freigegeben
Ein UAS, der mehrere frühe Dialoge erzeugt hatte, hat einen davon beendet
Ein nachgelagertes Element hat auf einem Zweig einen endgültigen Fehler gesendet, den der Proxy nicht weitergeleitet hat</translation>
    </message>
    <message>
        <source>No action needed if the call still reaches someone
Find the branch that ended by comparing the To tag with the earlier 180 or 183
Look for a Reason header giving the response that ended the branch
If early media stops unexpectedly, check whether it came from the terminated branch</source>
        <translation>Nichts zu tun, wenn der Anruf trotzdem jemanden erreicht
Ermitteln Sie den beendeten Zweig, indem Sie das To-Tag mit der vorangegangenen 180 oder 183 vergleichen
Suchen Sie einen Reason-Header mit der Antwort, die den Zweig beendet hat
Bricht Early Media unerwartet ab, prüfen Sie, ob sie vom beendeten Zweig kam</translation>
    </message>
    <message>
        <source>early dialog terminated, forking, parallel ringing, ring group, simultaneous ring, branch ended, one phone rejected, early media stopped</source>
        <translation>early dialog terminated, forking, paralleles klingeln, rufgruppe, gleichzeitiges klingeln, zweig beendet, ein telefon hat abgelehnt, early media abgebrochen, ansage bricht ab</translation>
    </message>
    <message>
        <source>The request worked: for a call, the other side answered.</source>
        <translation>Die Anfrage hat funktioniert: Bei einem Anruf hat die Gegenstelle abgenommen.</translation>
    </message>
    <message>
        <source>The request was successful. For a call it means the other side picked up, whether a person, voicemail, a menu or an answering machine; for a registration it means the phone is signed in. Trouble after a 200, such as no sound or a call that drops after about 30 seconds, is not a refusal but a media or signalling problem after the answer.</source>
        <translation>Die Anfrage war erfolgreich. Bei einem Anruf heißt das, dass die Gegenstelle abgenommen hat, ob eine Person, eine Mailbox, ein Sprachmenü oder ein Anrufbeantworter; bei einer Registrierung heißt es, dass das Telefon angemeldet ist. Probleme nach einer 200, etwa kein Ton oder ein Gespräch, das nach etwa 30 Sekunden abbricht, sind keine Ablehnung, sondern ein Medien- oder Signalisierungsproblem nach der Annahme.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.2.1; what it carries depends on the method. A 200 to INVITE carries the SDP answer (or offer) and the Contact of the dialog and must be confirmed by an end-to-end ACK; the UAS resends it until the ACK arrives and gives up after 64*T1 (32 s by default), then ends the call with BYE (§13.3.1.4). Proxies forward every 2xx at once, and a forked INVITE can bring several 200s, each its own dialog (§16.7). A 200 to REGISTER lists the current bindings with their expiry; a 200 to CANCEL only confirms the CANCEL, and the INVITE still ends with its own response, normally 487. An unrecognised 2xx is treated as 200 (§8.1.3.2).</source>
        <translation>RFC 3261 §21.2.1; was die Antwort enthält, hängt von der Methode ab. Eine 200 auf INVITE enthält die SDP-Antwort (oder das Angebot) und den Contact des Dialogs und muss durch ein Ende-zu-Ende-ACK bestätigt werden; der UAS wiederholt sie, bis das ACK eintrifft, gibt nach 64*T1 (standardmäßig 32 s) auf und beendet dann den Anruf mit BYE (§13.3.1.4). Proxys leiten jede 2xx-Antwort sofort weiter, und ein geforktes INVITE kann mehrere 200 liefern, jede mit eigenem Dialog (§16.7). Eine 200 auf REGISTER listet die aktuellen Bindungen mit ihrer Ablaufzeit auf; eine 200 auf CANCEL bestätigt nur das CANCEL, und das INVITE endet trotzdem mit einer eigenen Antwort, normalerweise 487. Ein unbekannter 2xx-Code wird wie 200 behandelt (§8.1.3.2).</translation>
    </message>
    <message>
        <source>The called person, voicemail, an IVR or an answering machine answered
A registration or re-registration was accepted
An OPTIONS keep-alive or capability query was answered
A BYE, CANCEL, re-INVITE, UPDATE, SUBSCRIBE or NOTIFY was accepted</source>
        <translation>Der Angerufene, die Mailbox, ein Sprachdialogsystem (IVR) oder ein Anrufbeantworter hat angenommen
Eine Registrierung oder Neuregistrierung wurde akzeptiert
Ein OPTIONS-Keep-Alive oder eine Abfrage der Fähigkeiten wurde beantwortet
Ein BYE, CANCEL, Re-INVITE, UPDATE, SUBSCRIBE oder NOTIFY wurde akzeptiert</translation>
    </message>
    <message>
        <source>No action needed for the request itself
If the answered call has no audio or one-way audio, check the SDP addresses and ports and NAT
If calls drop after about 32 seconds, check that the ACK reaches the answering side (Contact, Record-Route, NAT)
If a call seems answered too early, check whether voicemail, an IVR or a fax machine answered
For registrations, check the expiry given in the Contact or Expires header</source>
        <translation>Für die Anfrage selbst ist nichts zu tun
Hat der angenommene Anruf keinen oder nur einseitigen Ton, prüfen Sie die SDP-Adressen und -Ports sowie NAT
Brechen Anrufe nach etwa 32 Sekunden ab, prüfen Sie, ob das ACK die annehmende Seite erreicht (Contact, Record-Route, NAT)
Scheint ein Anruf zu früh angenommen, prüfen Sie, ob eine Mailbox, ein IVR oder ein Faxgerät abgenommen hat
Prüfen Sie bei Registrierungen die Ablaufzeit im Contact- oder Expires-Header</translation>
    </message>
    <message>
        <source>ok, success, answered, connected, picked up, registered, call connected, no audio after answer, call drops after 30 seconds</source>
        <translation>ok, erfolg, angenommen, abgenommen, verbunden, registriert, gespräch verbunden, kein ton nach annahme, gespräch bricht nach 30 sekunden ab, anruf bricht ab</translation>
    </message>
    <message>
        <source>Your request was accepted and is being carried out; for example, a call transfer has been taken on.</source>
        <translation>Ihre Anfrage wurde angenommen und wird ausgeführt; zum Beispiel wurde eine Weitervermittlung übernommen.</translation>
    </message>
    <message>
        <source>The other side has taken on the request but has not finished it yet. It is most often seen when a call is transferred: the transfer was accepted, and whether it worked is reported separately a moment later. It is a success answer, not an error.</source>
        <translation>Die Gegenstelle hat die Anfrage übernommen, aber noch nicht abgeschlossen. Am häufigsten sieht man das, wenn ein Anruf weitervermittelt wird: Die Vermittlung wurde angenommen, und ob sie geklappt hat, wird einen Moment später gesondert gemeldet. Es ist eine Erfolgsantwort, kein Fehler.</translation>
    </message>
    <message>
        <source>Registered as 'Accepted (Deprecated)'; on the wire the phrase is 'Accepted'. Introduced for SUBSCRIBE (RFC 3265) and used for REFER (RFC 3515), it is deprecated by RFC 6665 §8.3.1: a received 202 must be handled exactly like 200, and it must not be sent to SUBSCRIBE or NOTIFY; RFC 7647 extends this to REFER. Much deployed equipment still answers REFER with 202, and the transfer result then arrives in NOTIFY requests whose message/sipfrag body carries a status line such as 'SIP/2.0 200 OK'. Store-and-forward MESSAGE relays also use it for accepted but not yet delivered (RFC 3428).</source>
        <translation>Registriert als „Accepted (Deprecated)“; auf der Leitung lautet die Reason-Phrase „Accepted“. Eingeführt für SUBSCRIBE (RFC 3265) und für REFER verwendet (RFC 3515), ist sie durch RFC 6665 §8.3.1 als veraltet eingestuft: Eine empfangene 202 muss genau wie 200 behandelt werden und darf nicht auf SUBSCRIBE oder NOTIFY gesendet werden; RFC 7647 dehnt das auf REFER aus. Viele eingesetzte Geräte beantworten REFER trotzdem mit 202, und das Ergebnis der Vermittlung kommt dann in NOTIFY-Anfragen, deren message/sipfrag-Body eine Statuszeile wie „SIP/2.0 200 OK“ enthält. Store-and-Forward-Relays für MESSAGE verwenden sie außerdem für „angenommen, aber noch nicht zugestellt“ (RFC 3428).</translation>
    </message>
    <message>
        <source>A call transfer (REFER) was accepted by the phone or PBX
A presence, busy-lamp or message-waiting subscription answered by older equipment
A text message accepted by a gateway or relay for later delivery
Firmware that still follows RFC 3265 or the original RFC 3515</source>
        <translation>Eine Weitervermittlung (REFER) wurde vom Telefon oder der Telefonanlage angenommen
Ein Abonnement für Präsenz, BLF (Besetztlampenfeld) oder Nachrichtenanzeige, das ein älteres Gerät beantwortet hat
Eine Textnachricht, die ein Gateway oder Relay zur späteren Zustellung angenommen hat
Firmware, die noch RFC 3265 oder dem ursprünglichen RFC 3515 folgt</translation>
    </message>
    <message>
        <source>Treat it as success; the outcome is reported separately
For transfers, find the NOTIFY with a sipfrag body and read the status line it carries
If a transfer seems to do nothing, check that the NOTIFY arrives and what final code it reports
If a device behaves differently on 202 than on 200, update its firmware or settings</source>
        <translation>Werten Sie sie als Erfolg; das Ergebnis wird gesondert gemeldet
Suchen Sie bei Vermittlungen das NOTIFY mit sipfrag-Body und lesen Sie die darin enthaltene Statuszeile
Scheint eine Vermittlung nichts zu bewirken, prüfen Sie, ob das NOTIFY ankommt und welchen endgültigen Code es meldet
Verhält sich ein Gerät bei 202 anders als bei 200, aktualisieren Sie seine Firmware oder Einstellungen</translation>
    </message>
    <message>
        <source>accepted, transfer accepted, refer, call transfer, blind transfer, attended transfer, subscription, presence, blf, message accepted</source>
        <translation>angenommen, vermittlung angenommen, refer, weitervermitteln, weiterverbinden, vermittlung ohne rückfrage, vermittlung mit rückfrage, abonnement, präsenz, blf, nachricht angenommen</translation>
    </message>
    <message>
        <source>A status subscription was renewed and nothing has changed, so no update is sent.</source>
        <translation>Ein Status-Abonnement wurde verlängert; da sich nichts geändert hat, wird keine Aktualisierung gesendet.</translation>
    </message>
    <message>
        <source>A phone renewed its subscription to some status information, such as a colleague's line state or the voicemail indicator, and said which version it already has. The server confirms the renewal and, as nothing has changed, does not send the same information again. This is normal and saves traffic; it is not an error.</source>
        <translation>Ein Telefon hat sein Abonnement für bestimmte Statusinformationen verlängert, etwa den Leitungszustand eines Kollegen oder die Mailbox-Anzeige, und dabei angegeben, welchen Stand es bereits hat. Der Server bestätigt die Verlängerung und schickt, da sich nichts geändert hat, dieselben Informationen nicht noch einmal. Das ist normal und spart Datenverkehr; es ist kein Fehler.</translation>
    </message>
    <message>
        <source>A busy-lamp, presence or message-waiting subscription refresh found no change
A subscriber uses entity tags to avoid receiving the full state again
Periodic polling of a resource whose state has not changed</source>
        <translation>Eine Auffrischung eines BLF-, Präsenz- oder Nachrichtenanzeige-Abonnements ergab keine Änderung
Ein Abonnent verwendet Entity-Tags, um nicht erneut den vollständigen Zustand zu erhalten
Regelmäßige Abfrage einer Ressource, deren Zustand sich nicht geändert hat</translation>
    </message>
    <message>
        <source>No action needed
If a display stays out of date, check whether the server answers 204 although the state changed (stale entity tag)
Subscribe once without Suppress-If-Match to force a full NOTIFY
Check the Expires value to see how long the subscription now lasts</source>
        <translation>Nichts zu tun
Bleibt eine Anzeige veraltet, prüfen Sie, ob der Server 204 antwortet, obwohl sich der Zustand geändert hat (veraltetes Entity-Tag)
Abonnieren Sie einmal ohne Suppress-If-Match, um ein vollständiges NOTIFY zu erzwingen
Prüfen Sie den Expires-Wert, um zu sehen, wie lange das Abonnement jetzt läuft</translation>
    </message>
    <message>
        <source>no notification, subscription refreshed, no change, blf, busy lamp, presence, message waiting, mwi, etag, subscribe</source>
        <translation>keine benachrichtigung, abonnement aufgefrischt, keine änderung, blf, besetztlampenfeld, besetztanzeige, präsenz, nachrichtenanzeige, mwi, etag, subscribe</translation>
    </message>
    <message>
        <source>The person you called can be reached at several places, and your phone system has to pick one.</source>
        <translation>Die angerufene Person ist an mehreren Stellen erreichbar, und Ihre Telefonanlage muss eine davon auswählen.</translation>
    </message>
    <message>
        <source>Instead of connecting the call, a server replied with a list of addresses where the person may be reached. The caller's phone or phone system should try one of them, automatically or after asking. If the caller's equipment does not follow such lists, the call simply fails.</source>
        <translation>Statt den Anruf durchzustellen, hat ein Server mit einer Liste von Adressen geantwortet, unter denen die Person erreichbar sein kann. Das Telefon oder die Telefonanlage des Anrufers soll eine davon versuchen, automatisch oder nach Rückfrage. Folgen die Geräte des Anrufers solchen Listen nicht, scheitert der Anruf einfach.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.3.1: the Request-URI resolved to several locations, given as Contact header values (optionally ranked by q-value); a body may describe them, but no format for it is standardised. The UAC (§8.1.3.4) or a recursing proxy (§16.7) may retry automatically or let the user choose. It is typically sent by a redirect server that prefers not to proxy the request. A receiver treats any unrecognised 3xx as 300 (§8.1.3.2).</source>
        <translation>RFC 3261 §21.3.1: Die Request-URI wurde zu mehreren Zielen aufgelöst, die als Contact-Header-Werte angegeben sind (optional nach q-Wert gewichtet); ein Body kann sie beschreiben, ein Format dafür ist aber nicht standardisiert. Der UAC (§8.1.3.4) oder ein rekursiv arbeitender Proxy (§16.7) kann es automatisch erneut versuchen oder den Benutzer wählen lassen. Typischerweise sendet sie ein Redirect-Server, der die Anfrage lieber nicht selbst weiterleitet. Ein Empfänger behandelt jeden unbekannten 3xx-Code wie 300 (§8.1.3.2).</translation>
    </message>
    <message>
        <source>A redirect server or location service returns several registered contacts
The user can be reached on several devices or numbers
A routing or number lookup service returns alternative routes</source>
        <translation>Ein Redirect-Server oder Location-Service liefert mehrere registrierte Kontakte
Der Teilnehmer ist über mehrere Geräte oder Rufnummern erreichbar
Ein Routing- oder Rufnummern-Abfragedienst liefert alternative Leitwege</translation>
    </message>
    <message>
        <source>Read the Contact headers for the offered addresses and their q-values
Check whether the caller's PBX, SBC or proxy follows redirects automatically
If redirects are not followed, enable redirect handling or have the server proxy the call instead
Make sure the offered addresses are reachable from the caller's network</source>
        <translation>Lesen Sie in den Contact-Headern die angebotenen Adressen und ihre q-Werte
Prüfen Sie, ob Telefonanlage, SBC oder Proxy des Anrufers Umleitungen automatisch folgen
Werden Umleitungen nicht befolgt, aktivieren Sie die Umleitungsverarbeitung oder lassen Sie den Server den Anruf stattdessen weiterleiten
Stellen Sie sicher, dass die angebotenen Adressen aus dem Netz des Anrufers erreichbar sind</translation>
    </message>
    <message>
        <source>multiple choices, redirect, several locations, alternatives, contact list, redirect server, choose destination</source>
        <translation>multiple choices, umleitung, mehrere ziele, mehrere geräte, alternativen, kontaktliste, redirect-server, ziel auswählen</translation>
    </message>
    <message>
        <source>The number or address you called has permanently changed to a new one.</source>
        <translation>Die angerufene Rufnummer oder Adresse hat sich dauerhaft geändert.</translation>
    </message>
    <message>
        <source>The person can no longer be reached at the address that was dialled, and the server gives the new address. The caller's system should try the new address now and use it from then on. If the caller's equipment does not follow it, the call fails even though the person still exists.</source>
        <translation>Die Person ist unter der gewählten Adresse nicht mehr erreichbar, und der Server nennt die neue Adresse. Das System des Anrufers soll es jetzt unter der neuen Adresse versuchen und künftig diese verwenden. Folgen die Geräte des Anrufers dem nicht, scheitert der Anruf, obwohl es die Person noch gibt.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.3.2: the user is no longer at the Request-URI; the client should retry at the Contact address(es) and update address books and location caches. It is handled like the other redirects by the UAC (§8.1.3.4) or a recursing proxy (§16.7). RFC 3398 maps Q.850 cause 22 (Number changed) to 301 when the diagnostic carries the new number; without it, cause 22 maps to 410 Gone.</source>
        <translation>RFC 3261 §21.3.2: Der Teilnehmer ist nicht mehr unter der Request-URI zu finden; der Client soll es unter der bzw. den Contact-Adressen erneut versuchen und Adressbücher sowie Location-Caches aktualisieren. Der UAC (§8.1.3.4) oder ein rekursiv arbeitender Proxy (§16.7) behandelt sie wie die anderen Umleitungen. RFC 3398 bildet Q.850-Cause 22 (Rufnummer geändert) auf 301 ab, wenn die Diagnose die neue Rufnummer enthält; ohne sie wird Cause 22 auf 410 Gone abgebildet.</translation>
    </message>
    <message>
        <source>The subscriber changed number or SIP address for good
A domain or account migration with a permanent redirect
A PSTN number change reported by a gateway (Q.850 cause 22 with the new number)</source>
        <translation>Der Teilnehmer hat seine Rufnummer oder SIP-Adresse endgültig geändert
Eine Domain- oder Kontomigration mit dauerhafter Umleitung
Eine PSTN-Rufnummernänderung, die ein Gateway meldet (Q.850-Cause 22 mit der neuen Rufnummer)</translation>
    </message>
    <message>
        <source>Read the new address in the Contact header
Update contacts, speed dials and routing tables to the new address
Check whether the caller's equipment follows redirects automatically
If the redirect points back to the same address, look for a redirect loop</source>
        <translation>Lesen Sie die neue Adresse im Contact-Header
Aktualisieren Sie Kontakte, Kurzwahlen und Routing-Tabellen auf die neue Adresse
Prüfen Sie, ob die Geräte des Anrufers Umleitungen automatisch folgen
Zeigt die Umleitung wieder auf dieselbe Adresse, suchen Sie nach einer Umleitungsschleife</translation>
    </message>
    <message>
        <source>moved permanently, number changed, new number, moved, redirect, changed address, relocated</source>
        <translation>moved permanently, rufnummer geändert, neue rufnummer, neue nummer, umgezogen, umleitung, adresse geändert, kein anschluss unter dieser nummer</translation>
    </message>
    <message>
        <source>The person you called is at another number or address for now, and your call should be sent there.</source>
        <translation>Die angerufene Person ist vorübergehend unter einer anderen Rufnummer oder Adresse erreichbar, und Ihr Anruf soll dorthin geleitet werden.</translation>
    </message>
    <message>
        <source>A server answered that the person is temporarily reachable somewhere else, for example because call forwarding is on. The caller's phone or phone system is expected to try that address instead. If it does not follow the redirect, the call fails although the person can be reached.</source>
        <translation>Ein Server hat geantwortet, dass die Person vorübergehend anderswo erreichbar ist, zum Beispiel weil eine Rufumleitung eingeschaltet ist. Das Telefon oder die Telefonanlage des Anrufers soll es stattdessen unter dieser Adresse versuchen. Folgt es der Umleitung nicht, scheitert der Anruf, obwohl die Person erreichbar ist.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.3.3: the client should retry at the Contact address(es), using the Contact URI as the new Request-URI; an Expires header or expires Contact parameter says how long the redirect holds. Redirect servers, SBCs and routing engines (call forwarding, number portability or least-cost routing lookups) use it so that the caller's side places the next attempt. It is followed by the UAC (§8.1.3.4) or a recursing proxy (§16.7); if neither does, the attempt ends with the 302 itself.</source>
        <translation>RFC 3261 §21.3.3: Der Client soll es unter der bzw. den Contact-Adressen erneut versuchen und die Contact-URI als neue Request-URI verwenden; ein Expires-Header oder ein expires-Parameter im Contact gibt an, wie lange die Umleitung gilt. Redirect-Server, SBCs und Routing-Engines (Rufumleitung, Rufnummernportierung oder Least-Cost-Routing-Abfragen) verwenden sie, damit die Seite des Anrufers den nächsten Versuch unternimmt. Der UAC (§8.1.3.4) oder ein rekursiv arbeitender Proxy (§16.7) folgt ihr; tut das keiner, endet der Versuch mit der 302 selbst.</translation>
    </message>
    <message>
        <source>Call forwarding carried out by a redirect server instead of a proxy
A number portability or routing lookup returns the real destination
Least-cost routing or a SIP trunk provider redirects to another gateway
A follow-me or mobility service points to the current device</source>
        <translation>Rufumleitung, die ein Redirect-Server statt eines Proxys ausführt
Eine Abfrage zur Rufnummernportierung oder zum Routing liefert das tatsächliche Ziel
Least-Cost-Routing oder ein SIP-Trunk-Anbieter lenkt auf ein anderes Gateway um
Ein Follow-me- oder Mobilitätsdienst verweist auf das aktuelle Gerät</translation>
    </message>
    <message>
        <source>Read the Contact header to see where the call should go
Check whether the caller's PBX or SBC is configured to follow 302 redirects
Check that the new target is allowed and routable from the caller's side (dial plan, trunk permissions)
If redirects repeat, look for a redirect loop between servers</source>
        <translation>Lesen Sie im Contact-Header, wohin der Anruf gehen soll
Prüfen Sie, ob Telefonanlage oder SBC des Anrufers so konfiguriert sind, dass sie 302-Umleitungen folgen
Prüfen Sie, ob das neue Ziel von der Seite des Anrufers aus erlaubt und erreichbar ist (Wählplan, Trunk-Berechtigungen)
Wiederholen sich Umleitungen, suchen Sie nach einer Umleitungsschleife zwischen Servern</translation>
    </message>
    <message>
        <source>moved temporarily, redirect, call forwarding, forwarded, diverted, temporary redirect, follow me, reroute</source>
        <translation>moved temporarily, umleitung, rufumleitung, weitergeleitet, umgeleitet, vorübergehende umleitung, follow me, anrufweiterschaltung, umrouten</translation>
    </message>
    <message>
        <source>The called side wants your call to be sent through a particular server before it will accept it.</source>
        <translation>Die angerufene Seite verlangt, dass Ihr Anruf über einen bestimmten Server geleitet wird, bevor sie ihn annimmt.</translation>
    </message>
    <message>
        <source>The request did not arrive the way the called side requires. The answer names a server (a proxy) the call must pass through and asks the caller's system to try again that way. Many phones do not support this and simply show the call as failed.</source>
        <translation>Die Anfrage ist nicht auf dem Weg angekommen, den die angerufene Seite verlangt. Die Antwort nennt einen Server (einen Proxy), über den der Anruf laufen muss, und fordert das System des Anrufers auf, es auf diesem Weg erneut zu versuchen. Viele Telefone unterstützen das nicht und zeigen den Anruf einfach als gescheitert an.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.3.4: the resource must be reached through the proxy given in the Contact header, and the client is expected to repeat only this one request via that proxy; only a UAS may generate 305. No later SIP RFC deprecates or restricts it, and the IANA entry is unchanged (HTTP deprecated its own 305, which is a different protocol). Because obeying it lets the responder insert a proxy into the path, many UAs ignore it or follow it only from trusted sources.</source>
        <translation>RFC 3261 §21.3.4: Die Ressource muss über den im Contact-Header genannten Proxy erreicht werden, und der Client soll nur diese eine Anfrage über diesen Proxy wiederholen; nur ein UAS darf 305 erzeugen. Kein späterer SIP-RFC erklärt sie für veraltet oder schränkt sie ein, und der IANA-Eintrag ist unverändert (HTTP hat sein eigenes 305 als veraltet eingestuft, das ist aber ein anderes Protokoll). Weil der Antwortende damit einen Proxy in den Pfad einschleusen kann, ignorieren viele UAs sie oder folgen ihr nur bei vertrauenswürdigen Quellen.</translation>
    </message>
    <message>
        <source>A UAS that only accepts requests arriving through a particular proxy or SBC
The caller bypassed the required outbound proxy
Misconfigured routing sends calls straight to an endpoint</source>
        <translation>Ein UAS, der nur Anfragen annimmt, die über einen bestimmten Proxy oder SBC eintreffen
Der Anrufer hat den vorgeschriebenen Outbound-Proxy umgangen
Fehlkonfiguriertes Routing schickt Anrufe direkt an einen Endpunkt</translation>
    </message>
    <message>
        <source>Read the Contact header for the required proxy
Configure the caller's phone or PBX to use that proxy as its outbound proxy
Make sure the named proxy is trusted before following the redirect
Check whether the caller's equipment supports 305 at all</source>
        <translation>Lesen Sie den geforderten Proxy im Contact-Header
Konfigurieren Sie Telefon oder Telefonanlage des Anrufers so, dass sie diesen Proxy als Outbound-Proxy verwenden
Stellen Sie sicher, dass der genannte Proxy vertrauenswürdig ist, bevor Sie der Umleitung folgen
Prüfen Sie, ob die Geräte des Anrufers 305 überhaupt unterstützen</translation>
    </message>
    <message>
        <source>use proxy, outbound proxy, proxy required, wrong route, bypassed proxy, redirect to proxy</source>
        <translation>use proxy, outbound-proxy, proxy erforderlich, falscher weg, falsches routing, proxy umgangen, umleitung auf proxy</translation>
    </message>
    <message>
        <source>The call could not go through as dialled, and the network suggests another way to place it.</source>
        <translation>Der Anruf konnte so, wie er gewählt wurde, nicht durchgestellt werden, und das Netz schlägt einen anderen Weg vor.</translation>
    </message>
    <message>
        <source>The call was not connected, but the system offers an alternative, described in the response. The best-known case is a mobile network telling a phone that the number dialled is an emergency number and must be called as an emergency call. The caller's device decides whether to retry that way.</source>
        <translation>Der Anruf wurde nicht durchgestellt, das System bietet aber eine Alternative an, die in der Antwort beschrieben ist. Der bekannteste Fall ist ein Mobilfunknetz, das einem Telefon mitteilt, dass die gewählte Rufnummer eine Notrufnummer ist und als Notruf gewählt werden muss. Das Gerät des Anrufers entscheidet, ob es auf diese Weise erneut versucht.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.3.5: the call failed, but alternative services are possible; they are described in the message body, whose format RFC 3261 leaves open. 3GPP IMS (TS 24.229) sends it with an XML body (application/3gpp-ims+xml, alternative-service element of type emergency) so that the UE retries as an emergency call or performs an emergency registration. Some lists print the phrase as 'Alternate Service'.</source>
        <translation>RFC 3261 §21.3.5: Der Anruf ist gescheitert, es sind aber alternative Dienste möglich; sie werden im Nachrichten-Body beschrieben, dessen Format RFC 3261 offenlässt. 3GPP IMS (TS 24.229) sendet sie mit einem XML-Body (application/3gpp-ims+xml, Element alternative-service vom Typ emergency), damit das Endgerät (UE) den Anruf als Notruf wiederholt oder eine Notfallregistrierung durchführt. Manche Listen führen die Reason-Phrase als „Alternate Service“.</translation>
    </message>
    <message>
        <source>An IMS network detected an emergency number dialled as a normal call
The phone must register for emergency services before calling
A service offers a different way to reach the destination, described in the body</source>
        <translation>Ein IMS-Netz hat eine als normaler Anruf gewählte Notrufnummer erkannt
Das Telefon muss sich vor dem Anruf für Notdienste registrieren
Ein Dienst bietet einen anderen, im Body beschriebenen Weg zum Ziel an</translation>
    </message>
    <message>
        <source>Read the message body for the offered alternative
For emergency numbers, check that the phone supports IMS emergency calls and retries as instructed
Check the emergency number lists configured on the device and in the network
If the device ignores 380, check its firmware support for the 3GPP alternative-service body</source>
        <translation>Lesen Sie im Nachrichten-Body die angebotene Alternative
Prüfen Sie bei Notrufnummern, ob das Telefon IMS-Notrufe unterstützt und wie angewiesen erneut wählt
Prüfen Sie die auf dem Gerät und im Netz konfigurierten Notrufnummernlisten
Ignoriert das Gerät 380, prüfen Sie, ob seine Firmware den 3GPP-Body alternative-service unterstützt</translation>
    </message>
    <message>
        <source>alternative service, alternate service, emergency call, emergency number, 112, 911, sos, ims, redirect</source>
        <translation>alternative service, alternate service, notruf, notrufnummer, 112, 110, 911, sos, ims, umleitung</translation>
    </message>
    <message>
        <source>An automatic emergency alert sent by a device was refused because the emergency service could not make sense of it.</source>
        <translation>Ein automatischer Notfallalarm, den ein Gerät gesendet hat, wurde abgelehnt, weil der Notdienst nichts damit anfangen konnte.</translation>
    </message>
    <message>
        <source>A device such as an alarm panel, a sensor or a vehicle system sent an emergency alert as data, without a voice call, and the emergency service's system could not use it. The alert was missing, damaged or too incomplete to decide what help is needed. The problem lies with the sending device or its software, not with the emergency service or the phone line; a normal voice emergency call still works.</source>
        <translation>Ein Gerät wie eine Alarmzentrale, ein Sensor oder ein Fahrzeugsystem hat einen Notfallalarm als Daten gesendet, ohne Sprachanruf, und das System des Notdienstes konnte ihn nicht verwenden. Der Alarm fehlte, war beschädigt oder zu unvollständig, um zu entscheiden, welche Hilfe nötig ist. Das Problem liegt beim sendenden Gerät oder dessen Software, nicht beim Notdienst oder beim Telefonanschluss; ein normaler Notruf per Sprache funktioniert weiterhin.</translation>
    </message>
    <message>
        <source>Defined for non-interactive emergency calls (RFC 8876 §5.1): a request, typically a SIP MESSAGE that sets up no session, carrying a Common Alerting Protocol document (application/EmergencyCallData.cap+xml) towards a PSAP or ESRP. The recipient answers 425 when the CAP payload is absent, corrupt or lacks the information needed to determine an emergency response. The AlertMsg-Error header gives the reason code: 100 cannot process the payload, 101 payload not present or not found, 102 not enough information, 103 payload corrupted. Unlike 415, the media type is understood; the alert content is what is refused.</source>
        <translation>Definiert für nicht interaktive Notrufe (RFC 8876 §5.1): eine Anfrage, typischerweise eine SIP-MESSAGE ohne Sitzungsaufbau, die ein Dokument im Common Alerting Protocol (application/EmergencyCallData.cap+xml) an eine Notrufabfragestelle (PSAP) oder einen ESRP überträgt. Der Empfänger antwortet mit 425, wenn die CAP-Nutzdaten fehlen, beschädigt sind oder nicht die Informationen enthalten, die zur Bestimmung der Notfallhilfe nötig sind. Der AlertMsg-Error-Header nennt den Grund: 100 Nutzdaten können nicht verarbeitet werden, 101 Nutzdaten nicht vorhanden oder nicht gefunden, 102 nicht genügend Informationen, 103 Nutzdaten beschädigt. Anders als bei 415 wird der Medientyp verstanden; abgelehnt wird der Inhalt des Alarms.</translation>
    </message>
    <message>
        <source>Alarm or sensor firmware that builds a CAP document outside the emergency profile
The alert body removed or cut off by an SBC, proxy or gateway
The request points to alert data (for example by a cid: reference) that is not in the message
Required CAP fields such as event, urgency or area left empty
Broken XML or a wrong character encoding in the alert</source>
        <translation>Firmware einer Alarmanlage oder eines Sensors, die ein CAP-Dokument außerhalb des Notfallprofils erzeugt
Der Alarm-Body wurde von einem SBC, Proxy oder Gateway entfernt oder abgeschnitten
Die Anfrage verweist auf Alarmdaten (zum Beispiel per cid:-Referenz), die nicht in der Nachricht enthalten sind
Pflichtfelder von CAP wie event, urgency oder area sind leer
Fehlerhaftes XML oder eine falsche Zeichenkodierung im Alarm</translation>
    </message>
    <message>
        <source>Read the AlertMsg-Error code and text in the response
Validate the CAP document sent by the device against the CAP schema and the RFC 8876 profile
Check that no SBC, proxy or gateway strips or rewrites the message body
Update the device firmware or contact its vendor
Make sure a voice emergency call remains possible while the alert path is fixed</source>
        <translation>Lesen Sie Code und Text von AlertMsg-Error in der Antwort
Validieren Sie das vom Gerät gesendete CAP-Dokument gegen das CAP-Schema und das Profil aus RFC 8876
Prüfen Sie, ob ein SBC, Proxy oder Gateway den Nachrichten-Body entfernt oder umschreibt
Aktualisieren Sie die Firmware des Geräts oder wenden Sie sich an dessen Hersteller
Stellen Sie sicher, dass ein Notruf per Sprache möglich bleibt, während der Alarmweg repariert wird</translation>
    </message>
    <message>
        <source>emergency alert, alarm panel, sensor alert, ecall, cap, 911, 112, psap, emergency message rejected, data-only emergency call</source>
        <translation>notfallalarm, alarmzentrale, alarmanlage, sensoralarm, ecall, cap, 112, 110, 911, psap, notrufabfragestelle, notfallnachricht abgelehnt, notruf ohne sprache</translation>
    </message>
    <message>
        <source>The call was refused because the receiving network only accepts calls whose caller number is digitally signed, and this one was not.</source>
        <translation>Der Anruf wurde abgelehnt, weil das empfangende Netz nur Anrufe mit digital signierter Rufnummer des Anrufers annimmt und diese nicht signiert war.</translation>
    </message>
    <message>
        <source>The receiving network or phone system requires the caller ID to be vouched for with a digital signature (in North America this is STIR/SHAKEN). This call arrived without one, so it was turned away. The person you called did not reject you: the caller's provider or PBX has to sign the calls it sends, or a device on the way removed the signature.</source>
        <translation>Das empfangende Netz oder die Telefonanlage verlangt, dass die Anrufer-ID durch eine digitale Signatur beglaubigt ist (in Nordamerika ist das STIR/SHAKEN). Dieser Anruf kam ohne Signatur an und wurde deshalb abgewiesen. Der Angerufene hat Sie nicht abgelehnt: Anbieter oder Telefonanlage des Anrufers müssen die gesendeten Anrufe signieren, oder ein Gerät auf dem Weg hat die Signatur entfernt.</translation>
    </message>
    <message>
        <source>Sent by a verification service (RFC 8224 §6.2.2) when local policy requires an Identity header, i.e. a signed PASSporT (RFC 8225), and the request carries none. The originating domain is expected to run an authentication service that adds Identity before the call leaves it. The code was first registered by RFC 4474, whose design RFC 8224 replaced. Many carriers do not reject unsigned calls but treat them as unverified; RFC 9410 also lets a verifier report a failure upstream in a Reason header (protocol STIR) while the call continues.</source>
        <translation>Wird von einem Verifizierungsdienst gesendet (RFC 8224 §6.2.2), wenn die lokalen Regeln einen Identity-Header verlangen, also ein signiertes PASSporT (RFC 8225), und die Anfrage keinen enthält. Von der Ursprungsdomain wird erwartet, dass sie einen Authentifizierungsdienst betreibt, der Identity hinzufügt, bevor der Anruf sie verlässt. Der Code wurde ursprünglich durch RFC 4474 registriert, dessen Verfahren RFC 8224 ersetzt hat. Viele Anbieter lehnen unsignierte Anrufe nicht ab, sondern behandeln sie als unverifiziert; RFC 9410 erlaubt einem Verifizierer außerdem, einen Fehler in einem Reason-Header (Protokoll STIR) in Richtung Anrufer zu melden, während der Anruf weiterläuft.</translation>
    </message>
    <message>
        <source>The originating provider or PBX does not sign its calls
An SBC or trunk strips the Identity header on the way
The call crossed a TDM or legacy interconnect that cannot carry Identity
A strict policy on the terminating network that refuses all unsigned calls</source>
        <translation>Anbieter oder Telefonanlage auf der Anruferseite signieren ihre Anrufe nicht
Ein SBC oder Trunk entfernt den Identity-Header unterwegs
Der Anruf lief über eine TDM- oder ältere Zusammenschaltung, die Identity nicht übertragen kann
Strenge Regeln im Zielnetz, die alle unsignierten Anrufe ablehnen</translation>
    </message>
    <message>
        <source>Ask the originating provider whether it signs calls for this number, and with which attestation
Capture the INVITE at each hop to find where the Identity header disappears
Check SBC header manipulation rules for Identity
Review the terminating network's policy for unsigned calls</source>
        <translation>Fragen Sie den Anbieter auf der Anruferseite, ob er Anrufe für diese Rufnummer signiert und mit welcher Attestierung
Zeichnen Sie das INVITE an jedem Hop auf, um herauszufinden, wo der Identity-Header verschwindet
Prüfen Sie die Regeln zur Header-Manipulation auf dem SBC für Identity
Überprüfen Sie die Regeln des Zielnetzes für unsignierte Anrufe</translation>
    </message>
    <message>
        <source>stir/shaken, shaken, caller id verification, unsigned call, identity header, call blocked, robocall, spam, attestation, spoofing</source>
        <translation>stir/shaken, shaken, prüfung der anrufer-id, rufnummernprüfung, unsignierter anruf, identity-header, anruf blockiert, robocall, spam, attestierung, spoofing, gefälschte rufnummer</translation>
    </message>
    <message>
        <source>A call transfer was refused because the person who asked for the transfer could not be verified.</source>
        <translation>Eine Weitervermittlung wurde abgelehnt, weil nicht überprüft werden konnte, wer sie angefordert hat.</translation>
    </message>
    <message>
        <source>During a transfer, the party the call was being transferred to wanted signed proof of who requested the transfer, and that proof was missing or invalid. It concerns the transfer request, not the line or the ongoing call. The transfer can often be done another way, for example as an attended transfer or by calling the number directly.</source>
        <translation>Bei einer Weitervermittlung verlangte das Ziel, an das der Anruf vermittelt werden sollte, einen signierten Nachweis darüber, wer die Vermittlung angefordert hat, und dieser Nachweis fehlte oder war ungültig. Es betrifft die Vermittlungsanfrage, nicht den Anschluss oder das laufende Gespräch. Oft lässt sich die Vermittlung auf anderem Weg erledigen, zum Beispiel als Vermittlung mit Rückfrage oder indem die Rufnummer direkt angerufen wird.</translation>
    </message>
    <message>
        <source>The transfer target requires signed Referred-By tokens and the transferring phone cannot create them
A proxy or B2BUA rebuilt the request and dropped the token body
The token signature or the referrer's certificate could not be verified
A policy on the target that only accepts transfers from known referrers</source>
        <translation>Das Vermittlungsziel verlangt signierte Referred-By-Tokens, und das vermittelnde Telefon kann sie nicht erzeugen
Ein Proxy oder B2BUA hat die Anfrage neu aufgebaut und den Token-Body verworfen
Die Signatur des Tokens oder das Zertifikat des Referrers konnte nicht überprüft werden
Regeln beim Ziel, die nur Vermittlungen von bekannten Referrern annehmen</translation>
    </message>
    <message>
        <source>Check the Referred-By header and any signed body in the INVITE sent to the target
Check whether the transferring phone supports Referred-By tokens and has a certificate
Look at the NOTIFY sent back to the transferring phone to see the failure
Try an attended transfer, or relax the target's policy for trusted referrers</source>
        <translation>Prüfen Sie den Referred-By-Header und einen etwaigen signierten Body im INVITE an das Ziel
Prüfen Sie, ob das vermittelnde Telefon Referred-By-Tokens unterstützt und ein Zertifikat hat
Sehen Sie sich das NOTIFY an das vermittelnde Telefon an, um den Fehler zu erkennen
Versuchen Sie eine Vermittlung mit Rückfrage oder lockern Sie die Regeln des Ziels für vertrauenswürdige Referrer</translation>
    </message>
    <message>
        <source>transfer failed, call transfer, blind transfer, refer, referred-by, transfer rejected, transfer not allowed</source>
        <translation>vermittlung fehlgeschlagen, weitervermitteln, weiterverbinden, vermittlung ohne rückfrage, refer, referred-by, vermittlung abgelehnt, vermittlung nicht erlaubt, transfer geht nicht</translation>
    </message>
    <message>
        <source>The network lost its connection to the called phone, so the call could not be delivered that way.</source>
        <translation>Das Netz hat die Verbindung zum angerufenen Telefon verloren, daher konnte der Anruf auf diesem Weg nicht zugestellt werden.</translation>
    </message>
    <message>
        <source>The called phone keeps a standing connection to its provider so that calls can reach it behind a router or firewall. That connection has broken, so the server could not hand the call to the phone over it. This is normally dealt with inside the provider's network, which tries other connections; the phone usually reconnects and signs in again by itself.</source>
        <translation>Das angerufene Telefon hält eine ständige Verbindung zu seinem Anbieter, damit Anrufe es auch hinter einem Router oder einer Firewall erreichen. Diese Verbindung ist abgerissen, daher konnte der Server den Anruf nicht darüber an das Telefon übergeben. Das wird normalerweise innerhalb des Netzes des Anbieters gelöst, der andere Verbindungen versucht; das Telefon verbindet sich meist von selbst neu und meldet sich wieder an.</translation>
    </message>
    <message>
        <source>The phone's TCP or TLS connection dropped, for example after a Wi-Fi or mobile network change
A NAT or firewall closed the binding because keepalives were too rare
The edge proxy or SBC restarted and lost its connections
The phone went to sleep or lost power without unregistering</source>
        <translation>Die TCP- oder TLS-Verbindung des Telefons ist abgerissen, zum Beispiel nach einem Wechsel des WLANs oder Mobilfunknetzes
Ein NAT oder eine Firewall hat die Bindung geschlossen, weil Keepalives zu selten kamen
Edge-Proxy oder SBC wurde neu gestartet und hat seine Verbindungen verloren
Das Telefon ist in den Ruhezustand gegangen oder hat den Strom verloren, ohne sich abzumelden</translation>
    </message>
    <message>
        <source>Check whether the called device reconnects and registers again shortly afterwards
Compare the keepalive interval (CRLF or STUN, Flow-Timer) with NAT and firewall timeouts
Look for edge proxy or SBC restarts and connection resets at the time of the failure
Let the phone register more than one flow if redundancy is wanted</source>
        <translation>Prüfen Sie, ob sich das angerufene Gerät kurz danach neu verbindet und wieder registriert
Vergleichen Sie das Keepalive-Intervall (CRLF oder STUN, Flow-Timer) mit den Timeouts von NAT und Firewall
Suchen Sie nach Neustarts von Edge-Proxy oder SBC und nach Verbindungsabbrüchen zum Zeitpunkt des Fehlers
Lassen Sie das Telefon mehr als einen Flow registrieren, wenn Redundanz gewünscht ist</translation>
    </message>
    <message>
        <source>connection lost, phone offline, unreachable, nat, firewall, keepalive, tcp connection dropped, not registered, outbound, flow</source>
        <translation>verbindung verloren, telefon offline, nicht erreichbar, nat, firewall, keepalive, tcp-verbindung abgebrochen, nicht registriert, outbound, flow</translation>
    </message>
    <message>
        <source>The person you called does not accept calls from hidden or withheld numbers.</source>
        <translation>Die angerufene Person nimmt keine Anrufe mit unterdrückter Rufnummer an.</translation>
    </message>
    <message>
        <source>The call was made with the caller's number hidden, and the called party or their provider rejects anonymous calls. Nothing is broken: showing your number for this call, or in general, lets it through. It is a choice made on the called side, not a fault of the caller's phone or the network.</source>
        <translation>Der Anruf wurde mit unterdrückter Rufnummer geführt, und der Angerufene oder sein Anbieter weist anonyme Anrufe ab. Es ist nichts kaputt: Wenn Sie Ihre Rufnummer für diesen Anruf oder generell übermitteln, kommt er durch. Es ist eine Entscheidung auf der angerufenen Seite, kein Fehler des Telefons des Anrufers oder des Netzes.</translation>
    </message>
    <message>
        <source>Call again with your number shown (turn off number withholding, or use the provider's per-call code)
Check the caller's line or trunk for default privacy or CLIR settings
Check that From and P-Asserted-Identity are sent correctly on the trunk
If the called party should accept such calls, ask them to switch off anonymous call rejection</source>
        <translation>Rufen Sie erneut mit übermittelter Rufnummer an (Rufnummernunterdrückung ausschalten oder den Code des Anbieters für den einzelnen Anruf verwenden)
Prüfen Sie den Anschluss oder Trunk des Anrufers auf voreingestellte Privacy- oder CLIR-Einstellungen
Prüfen Sie, ob From und P-Asserted-Identity auf dem Trunk korrekt gesendet werden
Soll der Angerufene solche Anrufe annehmen, bitten Sie ihn, die Abweisung anonymer Anrufe auszuschalten</translation>
    </message>
    <message>
        <source>anonymous call rejected, withheld number, private number, hidden caller id, no caller id, clir, acr, anonymous, call blocked</source>
        <translation>anonymer anruf abgewiesen, unterdrückte rufnummer, rufnummer unterdrückt, unbekannt, keine rufnummer, anonym, clir, acr, anonymous, anruf blockiert, nummer unterdrückt</translation>
    </message>
    <message>
        <source>The call was refused because the network could not fetch the certificate needed to check the caller's identity.</source>
        <translation>Der Anruf wurde abgelehnt, weil das Netz das Zertifikat nicht abrufen konnte, das zur Prüfung der Identität des Anrufers nötig ist.</translation>
    </message>
    <message>
        <source>The call carried a digital signature for the caller's number, but the receiving network could not download the certificate that the signature points to, so it could not check who is calling. The problem lies with the calling side's signing setup or with the path to its certificate server, not with the called party.</source>
        <translation>Der Anruf trug eine digitale Signatur für die Rufnummer des Anrufers, doch das empfangende Netz konnte das Zertifikat, auf das die Signatur verweist, nicht herunterladen und daher nicht prüfen, wer anruft. Das Problem liegt bei der Signatureinrichtung der anrufenden Seite oder auf dem Weg zu deren Zertifikatsserver, nicht beim Angerufenen.</translation>
    </message>
    <message>
        <source>Sent by a verification service (RFC 8224 §6.2.2) when the credential referenced by the info parameter of the Identity header (the certificate URL, also in the PASSporT x5u claim) cannot be dereferenced: unsupported URI scheme, unreachable host or failed retrieval. RFC 4474 defined it for the Identity-Info header, which RFC 8224 removed; PJSIP and Wireshark still print Bad Identity-Info. Compare 437 (credential obtained but not acceptable) and 438 (signature or claims do not verify).</source>
        <translation>Wird von einem Verifizierungsdienst gesendet (RFC 8224 §6.2.2), wenn der über den info-Parameter des Identity-Headers referenzierte Berechtigungsnachweis (die Zertifikats-URL, auch im PASSporT-Claim x5u) nicht abgerufen werden kann: nicht unterstütztes URI-Schema, nicht erreichbarer Host oder fehlgeschlagener Abruf. RFC 4474 hat ihn für den Identity-Info-Header definiert, den RFC 8224 abgeschafft hat; PJSIP und Wireshark geben weiterhin Bad Identity-Info aus. Vergleichen Sie 437 (Nachweis abgerufen, aber nicht akzeptabel) und 438 (Signatur oder Claims lassen sich nicht verifizieren).</translation>
    </message>
    <message>
        <source>The certificate URL in the Identity header is wrong, outdated or unreachable
The signing provider's certificate repository is down or blocked by a firewall
A URL scheme the verifier does not support (for example not https)
DNS or TLS errors when the verifier fetches the certificate</source>
        <translation>Die Zertifikats-URL im Identity-Header ist falsch, veraltet oder nicht erreichbar
Das Zertifikats-Repository des signierenden Anbieters ist ausgefallen oder wird von einer Firewall blockiert
Ein URL-Schema, das der Verifizierer nicht unterstützt (zum Beispiel nicht https)
DNS- oder TLS-Fehler, wenn der Verifizierer das Zertifikat abruft</translation>
    </message>
    <message>
        <source>Read the info parameter of the Identity header and try to fetch that URL from the verifier's network
Check firewall and proxy rules for outbound https from the verification service
Check the verifier's logs for DNS or TLS errors during retrieval
Tell the originating provider if its certificate repository is unreachable</source>
        <translation>Lesen Sie den info-Parameter des Identity-Headers und versuchen Sie, diese URL aus dem Netz des Verifizierers abzurufen
Prüfen Sie Firewall- und Proxy-Regeln für ausgehendes https vom Verifizierungsdienst
Prüfen Sie die Protokolle des Verifizierers auf DNS- oder TLS-Fehler beim Abruf
Informieren Sie den Anbieter auf der Anruferseite, wenn sein Zertifikats-Repository nicht erreichbar ist</translation>
    </message>
    <message>
        <source>stir/shaken, certificate url, x5u, identity info, caller id verification, call blocked, certificate download failed, verification failed</source>
        <translation>stir/shaken, zertifikats-url, x5u, identity info, prüfung der anrufer-id, anruf blockiert, zertifikat-download fehlgeschlagen, verifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The call was refused because the certificate used to sign the caller's number is not trusted or not supported.</source>
        <translation>Der Anruf wurde abgelehnt, weil das Zertifikat, mit dem die Rufnummer des Anrufers signiert wurde, nicht vertrauenswürdig ist oder nicht unterstützt wird.</translation>
    </message>
    <message>
        <source>The caller's network signed the call and the receiving network fetched the certificate, but could not accept it, for example because it comes from an authority it does not trust. The problem lies with the calling provider's certificate or with the trust settings of the receiving network, not with the phones.</source>
        <translation>Das Netz des Anrufers hat den Anruf signiert, und das empfangende Netz hat das Zertifikat abgerufen, konnte es aber nicht akzeptieren, zum Beispiel weil es von einer Zertifizierungsstelle stammt, der es nicht vertraut. Das Problem liegt beim Zertifikat des anrufenden Anbieters oder bei den Vertrauenseinstellungen des empfangenden Netzes, nicht bei den Telefonen.</translation>
    </message>
    <message>
        <source>Sent by a verification service (RFC 8224 §6.2.2) when it cannot validate the credential referenced by the Identity header: a certificate from an untrusted or unknown authority, an unsupported credential type or algorithm, or one that fails validation. RFC 4474 registered the code as 437 Unsupported Certificate, the phrase PJSIP, Wireshark and FreeSWITCH still print; the meaning is the same. Compare 436 (credential could not be fetched) and 438 (signature or claims invalid).</source>
        <translation>Wird von einem Verifizierungsdienst gesendet (RFC 8224 §6.2.2), wenn er den vom Identity-Header referenzierten Berechtigungsnachweis nicht validieren kann: ein Zertifikat einer nicht vertrauenswürdigen oder unbekannten Zertifizierungsstelle, ein nicht unterstützter Nachweistyp oder Algorithmus oder ein Zertifikat, das die Validierung nicht besteht. RFC 4474 hat den Code als 437 Unsupported Certificate registriert, die Reason-Phrase, die PJSIP, Wireshark und FreeSWITCH weiterhin ausgeben; die Bedeutung ist dieselbe. Vergleichen Sie 436 (Nachweis konnte nicht abgerufen werden) und 438 (Signatur oder Claims ungültig).</translation>
    </message>
    <message>
        <source>The signing certificate was issued by a CA missing from the verifier's trust list (for example not an approved STI-CA)
The certificate is expired or revoked
A credential type or algorithm the verifier does not support
An outdated trust anchor list on the verification service</source>
        <translation>Das Signaturzertifikat wurde von einer CA ausgestellt, die in der Vertrauensliste des Verifizierers fehlt (zum Beispiel keine zugelassene STI-CA)
Das Zertifikat ist abgelaufen oder widerrufen
Ein Nachweistyp oder Algorithmus, den der Verifizierer nicht unterstützt
Eine veraltete Liste von Vertrauensankern im Verifizierungsdienst</translation>
    </message>
    <message>
        <source>Check which CA issued the certificate and whether it is on the verifier's trust list
Check the certificate's validity dates and revocation status
Update the verification service's trust anchors
Ask the originating provider to renew or replace its certificate</source>
        <translation>Prüfen Sie, welche CA das Zertifikat ausgestellt hat und ob sie in der Vertrauensliste des Verifizierers steht
Prüfen Sie Gültigkeitszeitraum und Widerrufsstatus des Zertifikats
Aktualisieren Sie die Vertrauensanker des Verifizierungsdienstes
Bitten Sie den Anbieter auf der Anruferseite, sein Zertifikat zu erneuern oder zu ersetzen</translation>
    </message>
    <message>
        <source>stir/shaken, untrusted certificate, unsupported certificate, certificate expired, caller id verification, call blocked, sti-ca, trust anchor</source>
        <translation>stir/shaken, nicht vertrauenswürdiges zertifikat, nicht unterstütztes zertifikat, zertifikat abgelaufen, prüfung der anrufer-id, anruf blockiert, sti-ca, vertrauensanker</translation>
    </message>
    <message>
        <source>The call was refused because the digital signature on the caller's number did not check out.</source>
        <translation>Der Anruf wurde abgelehnt, weil die digitale Signatur der Rufnummer des Anrufers der Prüfung nicht standgehalten hat.</translation>
    </message>
    <message>
        <source>The call came with a signed caller identity, but when the receiving network checked it, the signature was wrong or the signed details did not match the call. The caller ID may have been changed on the way, or the signing was done incorrectly. The problem lies on the calling side or along the route, not with the called party.</source>
        <translation>Der Anruf kam mit einer signierten Anruferidentität, doch bei der Prüfung durch das empfangende Netz war die Signatur falsch oder die signierten Angaben passten nicht zum Anruf. Möglicherweise wurde die Anrufer-ID unterwegs verändert, oder beim Signieren ist ein Fehler passiert. Das Problem liegt auf der anrufenden Seite oder auf dem Weg, nicht beim Angerufenen.</translation>
    </message>
    <message>
        <source>Sent by a verification service (RFC 8224 §6.2.2) when it has obtained the credential but the PASSporT signature does not verify, or the signed claims do not match the request, such as the orig or dest numbers. Number rewriting by B2BUAs or SBCs after signing is a frequent trigger. A Date outside the freshness window is answered with 403 Stale Date instead. Compare 436 and 437, which fail before the signature is checked.</source>
        <translation>Wird von einem Verifizierungsdienst gesendet (RFC 8224 §6.2.2), wenn er den Berechtigungsnachweis erhalten hat, die PASSporT-Signatur aber nicht verifiziert werden kann oder die signierten Claims, etwa die orig- oder dest-Rufnummern, nicht zur Anfrage passen. Häufiger Auslöser ist das Umschreiben von Rufnummern durch B2BUAs oder SBCs nach dem Signieren. Ein Date außerhalb des Aktualitätsfensters wird stattdessen mit 403 Stale Date beantwortet. Vergleichen Sie 436 und 437, die schon vor der Prüfung der Signatur scheitern.</translation>
    </message>
    <message>
        <source>A device on the route rewrote the calling or called number after the call was signed
Number format differences (plus sign, country code) between signer and verifier
A signing key that does not match the published certificate
Caller ID spoofing: the call claims a number it was not signed for
An SBC that damaged or rebuilt the Identity header</source>
        <translation>Ein Gerät auf dem Weg hat die Rufnummer des Anrufers oder des Angerufenen nach dem Signieren umgeschrieben
Unterschiedliche Rufnummernformate (Pluszeichen, Ländervorwahl) bei Signierer und Verifizierer
Ein Signaturschlüssel, der nicht zum veröffentlichten Zertifikat passt
Rufnummernfälschung (Spoofing): Der Anruf gibt eine Rufnummer an, für die er nicht signiert wurde
Ein SBC, der den Identity-Header beschädigt oder neu aufgebaut hat</translation>
    </message>
    <message>
        <source>Compare the orig and dest claims in the PASSporT with From, P-Asserted-Identity and the Request-URI as received
Check number normalisation rules on SBCs between signer and verifier
Ask the originating provider to check that its signing key matches its certificate
Check clock synchronisation (NTP) on signing and verifying systems</source>
        <translation>Vergleichen Sie die Claims orig und dest im PASSporT mit From, P-Asserted-Identity und der Request-URI, wie sie empfangen wurden
Prüfen Sie die Regeln zur Rufnummernnormalisierung auf SBCs zwischen Signierer und Verifizierer
Bitten Sie den Anbieter auf der Anruferseite zu prüfen, ob sein Signaturschlüssel zu seinem Zertifikat passt
Prüfen Sie die Uhrzeitsynchronisation (NTP) auf den signierenden und prüfenden Systemen</translation>
    </message>
    <message>
        <source>stir/shaken, invalid signature, caller id spoofing, spoofed number, verification failed, call blocked, spam, robocall, identity header</source>
        <translation>stir/shaken, ungültige signatur, rufnummernfälschung, spoofing, gefälschte rufnummer, verifizierung fehlgeschlagen, anruf blockiert, spam, robocall, identity-header</translation>
    </message>
    <message>
        <source>The phone could not sign in because the first server it connects through does not support a connection feature the phone asked for.</source>
        <translation>Das Telefon konnte sich nicht anmelden, weil der erste Server, über den es sich verbindet, eine vom Telefon gewünschte Verbindungsfunktion nicht unterstützt.</translation>
    </message>
    <message>
        <source>The phone asked to keep a reliable standing connection to the service (SIP Outbound). The registration server supports this, but the first server in between does not, so the registration was refused. It is a setup mismatch between the phone and the provider's front-end server, not a problem with the account or password.</source>
        <translation>Das Telefon wollte eine zuverlässige, ständige Verbindung zum Dienst halten (SIP Outbound). Der Registrierungsserver unterstützt das, der erste Server dazwischen aber nicht; daher wurde die Registrierung abgelehnt. Es ist eine Unstimmigkeit in der Einrichtung zwischen Telefon und Frontend-Server des Anbieters, kein Problem mit Konto oder Passwort.</translation>
    </message>
    <message>
        <source>SIP Outbound (RFC 5626) enabled on the phone, but the SBC or edge proxy does not support it
The edge proxy does not add a Path header with the ob parameter
A new or misconfigured front-end proxy in front of an outbound-capable registrar
A load balancer that forwards REGISTER without acting as an edge proxy</source>
        <translation>SIP Outbound (RFC 5626) ist auf dem Telefon aktiviert, der SBC oder Edge-Proxy unterstützt es aber nicht
Der Edge-Proxy fügt keinen Path-Header mit dem Parameter ob hinzu
Ein neuer oder falsch konfigurierter Frontend-Proxy vor einem Outbound-fähigen Registrar
Ein Load Balancer, der REGISTER weiterleitet, ohne als Edge-Proxy zu arbeiten</translation>
    </message>
    <message>
        <source>Turn off SIP Outbound (reg-id) on the phone, or point it at an edge proxy that supports outbound
Check the Path header as it reaches the registrar
Enable Path and outbound support on the edge proxy or SBC
Register again and confirm the 200 OK carries Require: outbound</source>
        <translation>Schalten Sie SIP Outbound (reg-id) auf dem Telefon aus oder lassen Sie es einen Edge-Proxy mit Outbound-Unterstützung verwenden
Prüfen Sie den Path-Header, wie er beim Registrar ankommt
Aktivieren Sie Path- und Outbound-Unterstützung auf dem Edge-Proxy oder SBC
Registrieren Sie sich erneut und prüfen Sie, ob das 200 OK Require: outbound enthält</translation>
    </message>
    <message>
        <source>registration failed, cannot register, outbound, edge proxy, sbc, path header, reg-id, nat, keepalive</source>
        <translation>registrierung fehlgeschlagen, registriert sich nicht, anmeldung fehlgeschlagen, outbound, edge-proxy, sbc, path-header, reg-id, nat, keepalive</translation>
    </message>
    <message>
        <source>The call could not ring all the phones it was meant to, because of a limit on how many phones one call may ring at once.</source>
        <translation>Der Anruf konnte nicht alle vorgesehenen Telefone klingeln lassen, weil begrenzt ist, wie viele Telefone ein Anruf gleichzeitig rufen darf.</translation>
    </message>
    <message>
        <source>To protect the network, servers limit how many parallel branches one call may split into. This call would have gone over that limit, so some or all destinations were not tried. It usually points to a very large ring group, or to forwarding that splits the call again and again, on the provider or PBX side.</source>
        <translation>Zum Schutz des Netzes begrenzen Server, in wie viele parallele Zweige sich ein Anruf aufteilen darf. Dieser Anruf hätte das Limit überschritten, daher wurden einige oder alle Ziele nicht versucht. Meist deutet das auf eine sehr große Rufgruppe oder auf Rufumleitungen hin, die den Anruf immer wieder aufteilen, beim Anbieter oder in der Telefonanlage.</translation>
    </message>
    <message>
        <source>Defined by RFC 5393, which added the Max-Breadth header to stop forking being used for amplification attacks. Max-Breadth caps the number of concurrent branches a request may fan out into across all forking proxies (RFC 5393 suggests 60 as the default). A proxy whose incoming Max-Breadth is too small for the parallel fork it wants, and that cannot fork serially or redirect instead, returns 440; the client can conclude that its request did not reach every possible destination. Compare 483, which limits depth (Max-Forwards) rather than breadth.</source>
        <translation>Definiert in RFC 5393, das den Max-Breadth-Header eingeführt hat, damit Forking nicht für Verstärkungsangriffe missbraucht wird. Max-Breadth begrenzt, in wie viele gleichzeitige Zweige sich eine Anfrage über alle forkenden Proxys hinweg aufteilen darf (RFC 5393 schlägt 60 als Standardwert vor). Ein Proxy, dessen eingehendes Max-Breadth für das gewünschte parallele Forking zu klein ist und der weder seriell forken noch umleiten kann, antwortet mit 440; der Client kann daraus schließen, dass seine Anfrage nicht jedes mögliche Ziel erreicht hat. Vergleichen Sie 483, das die Tiefe (Max-Forwards) statt der Breite begrenzt.</translation>
    </message>
    <message>
        <source>A ring group or hunt group that rings too many phones in parallel
Several forking proxies in a chain, each splitting the call again
A user with many registered devices plus forwarding to another group
A forking loop or spiral that multiplies branches
A low Max-Breadth set by a client or an intermediate proxy</source>
        <translation>Eine Ruf- oder Sammelrufgruppe, die zu viele Telefone parallel klingeln lässt
Mehrere forkende Proxys hintereinander, die den Anruf jeweils erneut aufteilen
Ein Teilnehmer mit vielen registrierten Geräten und zusätzlich einer Umleitung auf eine weitere Gruppe
Eine Forking-Schleife oder -Spirale, die die Zweige vervielfacht
Ein niedriges Max-Breadth, das ein Client oder ein Proxy dazwischen gesetzt hat</translation>
    </message>
    <message>
        <source>Check the Max-Breadth header of the request as it reaches each proxy
Reduce parallel branches, or switch large groups to sequential hunting
Look for forwarding chains where groups contain other groups
Check proxy settings that lower or reset Max-Breadth</source>
        <translation>Prüfen Sie den Max-Breadth-Header der Anfrage, wie er bei jedem Proxy ankommt
Verringern Sie die parallelen Zweige oder lassen Sie große Gruppen nacheinander statt gleichzeitig klingeln
Suchen Sie nach Umleitungsketten, bei denen Gruppen andere Gruppen enthalten
Prüfen Sie Proxy-Einstellungen, die Max-Breadth verringern oder zurücksetzen</translation>
    </message>
    <message>
        <source>ring group, hunt group, forking, parallel ringing, simultaneous ring, too many devices, max-breadth, call not delivered</source>
        <translation>rufgruppe, sammelrufgruppe, gruppenruf, forking, paralleles klingeln, gleichzeitiges klingeln, zu viele geräte, max-breadth, anruf nicht zugestellt</translation>
    </message>
    <message>
        <source>The other side refused a message sent during the call, such as keypad presses sent as data, because it does not accept that kind of message.</source>
        <translation>Die Gegenstelle hat eine während des Gesprächs gesendete Nachricht abgelehnt, etwa als Daten gesendete Tastendrücke, weil sie diese Art von Nachricht nicht annimmt.</translation>
    </message>
    <message>
        <source>During a call, one side sent extra information inside the call, for example keypad tones or application data, in a format the other side had not agreed to receive. Only that message was refused; the call itself goes on. It usually comes from a settings mismatch between the two phones or systems, often about how keypad tones (DTMF) are sent.</source>
        <translation>Während des Gesprächs hat eine Seite zusätzliche Informationen innerhalb des Gesprächs gesendet, zum Beispiel Tastentöne oder Anwendungsdaten, in einem Format, dessen Empfang die Gegenstelle nicht vereinbart hatte. Nur diese Nachricht wurde abgelehnt; das Gespräch selbst läuft weiter. Meist steckt eine unterschiedliche Einstellung der beiden Telefone oder Systeme dahinter, oft bei der Übertragung von Tastentönen (DTMF).</translation>
    </message>
    <message>
        <source>Defined by RFC 6086 (receiver behaviour §4.2.2, registration §11.6). A UA answers 469 to an INFO request whose Info-Package header names a package it has not announced in its Recv-Info header; the response carries Recv-Info listing the packages it will accept. The failure concerns that INFO transaction only and does not end the dialog. Legacy INFO sent without an Info-Package header is outside this mechanism.</source>
        <translation>Definiert in RFC 6086 (Verhalten des Empfängers §4.2.2, Registrierung §11.6). Ein UA beantwortet eine INFO-Anfrage mit 469, wenn deren Info-Package-Header ein Package nennt, das er nicht in seinem Recv-Info-Header angekündigt hat; die Antwort enthält Recv-Info mit den Packages, die er annimmt. Der Fehler betrifft nur diese INFO-Transaktion und beendet den Dialog nicht. Herkömmliches INFO ohne Info-Package-Header fällt nicht unter diesen Mechanismus.</translation>
    </message>
    <message>
        <source>DTMF sent as SIP INFO in a package the far end did not list in Recv-Info
The sender ignored, or never received, the peer's Recv-Info
An SBC or B2BUA that removed or rewrote Recv-Info during call setup
Different DTMF or application settings on the two endpoints</source>
        <translation>DTMF als SIP INFO in einem Package gesendet, das die Gegenstelle nicht in Recv-Info aufgeführt hat
Der Absender hat das Recv-Info der Gegenstelle ignoriert oder nie erhalten
Ein SBC oder B2BUA hat Recv-Info beim Verbindungsaufbau entfernt oder umgeschrieben
Unterschiedliche DTMF- oder Anwendungseinstellungen auf den beiden Endgeräten</translation>
    </message>
    <message>
        <source>Compare the Info-Package header of the INFO with the Recv-Info sent by the far end
Align DTMF settings on both sides (RFC 4733 telephone-event, SIP INFO or in-band)
Check how SBCs pass Recv-Info and Info-Package
Update endpoint firmware that sends INFO without checking Recv-Info</source>
        <translation>Vergleichen Sie den Info-Package-Header des INFO mit dem von der Gegenstelle gesendeten Recv-Info
Stimmen Sie die DTMF-Einstellungen auf beiden Seiten ab (telephone-event nach RFC 4733, SIP INFO oder In-Band)
Prüfen Sie, wie SBCs Recv-Info und Info-Package durchreichen
Aktualisieren Sie Endgeräte-Firmware, die INFO sendet, ohne Recv-Info zu prüfen</translation>
    </message>
    <message>
        <source>dtmf, keypad tones, touch tones, keypresses not working, ivr not responding, sip info, info package, recv-info</source>
        <translation>dtmf, tastentöne, mehrfrequenzwahl, tastendruck geht nicht, sprachmenü reagiert nicht, ivr reagiert nicht, sip info, info package, recv-info</translation>
    </message>
    <message>
        <source>Your message or call could not be passed on because a recipient has not yet agreed to receive it through this service.</source>
        <translation>Ihre Nachricht oder Ihr Anruf konnte nicht weitergegeben werden, weil ein Empfänger dem Empfang über diesen Dienst noch nicht zugestimmt hat.</translation>
    </message>
    <message>
        <source>The request went to a service that forwards it to others, such as a group list, a conference service or a message distributor. At least one recipient has not given permission to receive traffic from you through that service, so it refused. The recipient has to agree first; nothing is broken on your phone.</source>
        <translation>Die Anfrage ging an einen Dienst, der sie an andere weiterleitet, etwa eine Gruppenliste, einen Konferenzdienst oder einen Nachrichtenverteiler. Mindestens ein Empfänger hat keine Erlaubnis erteilt, über diesen Dienst Nachrichten oder Anrufe von Ihnen zu erhalten; daher hat der Dienst abgelehnt. Der Empfänger muss zuerst zustimmen; an Ihrem Telefon ist nichts kaputt.</translation>
    </message>
    <message>
        <source>Defined by the SIP consent framework (RFC 5360 §5.9.2), which protects against amplification and spam through relays. A relay that would translate a request to recipient URIs, for example a URI-list server, returns 470 when the recipient's permission for that translation is missing; the Permission-Missing header lists the URIs still lacking consent. The sender can then request permission with a permission document (RFC 5361) and retry once the recipients grant it. Unlike 403, it points to a way of obtaining access.</source>
        <translation>Definiert durch das SIP-Consent-Framework (RFC 5360 §5.9.2), das vor Verstärkung und Spam über Relays schützt. Ein Relay, das eine Anfrage auf Empfänger-URIs umsetzen würde, zum Beispiel ein URI-List-Server, antwortet mit 470, wenn die Erlaubnis des Empfängers für diese Umsetzung fehlt; der Permission-Missing-Header listet die URIs auf, deren Zustimmung noch fehlt. Der Absender kann dann mit einem Permission-Dokument (RFC 5361) um Erlaubnis bitten und es erneut versuchen, sobald die Empfänger sie erteilen. Anders als 403 zeigt sie einen Weg auf, Zugang zu erhalten.</translation>
    </message>
    <message>
        <source>A recipient on a group or distribution list has not granted permission yet
Permission was given earlier but has expired or been withdrawn
The sender identity differs from the one the recipient approved
A new relay or list was set up without collecting consent</source>
        <translation>Ein Empfänger auf einer Gruppen- oder Verteilerliste hat noch keine Erlaubnis erteilt
Die Erlaubnis wurde früher erteilt, ist aber abgelaufen oder widerrufen
Die Absenderidentität weicht von der ab, die der Empfänger genehmigt hat
Ein neues Relay oder eine neue Liste wurde eingerichtet, ohne Zustimmungen einzuholen</translation>
    </message>
    <message>
        <source>Read the Permission-Missing header to see which recipients lack consent
Send those recipients a permission request and wait for them to accept
Check that the sender identity matches the one for which permission was given
Remove recipients who do not consent from the list</source>
        <translation>Lesen Sie im Permission-Missing-Header, welchen Empfängern die Zustimmung fehlt
Senden Sie diesen Empfängern eine Erlaubnisanfrage und warten Sie, bis sie zustimmen
Prüfen Sie, ob die Absenderidentität der entspricht, für die die Erlaubnis erteilt wurde
Entfernen Sie Empfänger, die nicht zustimmen, aus der Liste</translation>
    </message>
    <message>
        <source>consent, permission, not allowed, group message, distribution list, conference invite, spam protection, recipient approval</source>
        <translation>zustimmung, einwilligung, erlaubnis, nicht erlaubt, gruppennachricht, verteilerliste, konferenzeinladung, spamschutz, freigabe durch empfänger</translation>
    </message>
    <message>
        <source>The person you called cannot be reached right now; their phone may be off, not signed in or not answering.</source>
        <translation>Die angerufene Person ist gerade nicht erreichbar; ihr Telefon ist vielleicht ausgeschaltet, nicht angemeldet oder sie nimmt nicht ab.</translation>
    </message>
    <message>
        <source>The call reached the called party's service, but their phone could not take it at the moment: it may be switched off, not signed in, out of coverage or set to do not disturb, or it rang without being answered. It is about the called party's side, not your phone. Trying again later usually works.</source>
        <translation>Der Anruf hat den Dienst des Angerufenen erreicht, dessen Telefon konnte ihn aber gerade nicht annehmen: Es ist vielleicht ausgeschaltet, nicht angemeldet, außerhalb der Netzabdeckung oder auf „Nicht stören“ gestellt, oder es hat geklingelt, ohne dass jemand abgenommen hat. Es betrifft die Seite des Angerufenen, nicht Ihr Telefon. Ein späterer Versuch klappt meist.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.4.18: the callee's end system was contacted but the callee is currently unavailable; a proxy or redirect server also returns it when it knows the user but has no valid current location (no registration). It may carry Retry-After, and the reason phrase or a Reason header may be more specific. Unlike 408, which reports that no final answer came in time, 480 is an explicit answer; unlike 486, the user is not busy. RFC 3398 maps 480 to Q.850 cause 18 (No user responding); causes 19 (No answer from user), 20 (Subscriber absent) and 31 (Normal, unspecified) arrive as 480.</source>
        <translation>RFC 3261 §21.4.18: Das Endsystem des Angerufenen wurde erreicht, der Angerufene ist aber derzeit nicht verfügbar; ein Proxy oder Redirect-Server sendet sie auch, wenn er den Teilnehmer kennt, aber keinen gültigen aktuellen Aufenthaltsort hat (keine Registrierung). Sie kann Retry-After enthalten, und die Reason-Phrase oder ein Reason-Header kann genauer sein. Anders als 408, die meldet, dass keine endgültige Antwort rechtzeitig kam, ist 480 eine ausdrückliche Antwort; anders als bei 486 ist der Teilnehmer nicht besetzt. RFC 3398 bildet 480 auf Q.850-Cause 18 (Teilnehmer antwortet nicht) ab; die Causes 19 (No answer from user), 20 (Teilnehmer abwesend) und 31 (Normal, nicht näher bestimmt) kommen als 480 an.</translation>
    </message>
    <message>
        <source>The called phone is not registered (switched off, offline or without network)
It rang without answer and the called side gave up after its no-answer timer
Do-not-disturb or an away status that answers with 480
Mobile phone out of coverage or in flight mode
The called phone lost its registration after a NAT or network change
A proxy or gateway with no usable route to the user at the moment</source>
        <translation>Das angerufene Telefon ist nicht registriert (ausgeschaltet, offline oder ohne Netz)
Es hat ohne Annahme geklingelt, und die angerufene Seite hat nach Ablauf ihres No-Answer-Timers aufgegeben
„Nicht stören“ oder ein Abwesenheitsstatus, der mit 480 antwortet
Mobiltelefon außerhalb der Netzabdeckung oder im Flugmodus
Das angerufene Telefon hat nach einer NAT- oder Netzänderung seine Registrierung verloren
Ein Proxy oder Gateway hat im Moment keinen nutzbaren Weg zum Teilnehmer</translation>
    </message>
    <message>
        <source>Call again later
Check whether the called device is registered (registrar or PBX user status)
Look for Retry-After, the reason phrase and any Reason header for the exact cause
Check do-not-disturb and no-answer timer settings on the called side
If every call to one user fails, check that device's NAT keepalives and registration expiry</source>
        <translation>Rufen Sie später erneut an
Prüfen Sie, ob das angerufene Gerät registriert ist (Registrar oder Benutzerstatus in der Telefonanlage)
Achten Sie auf Retry-After, die Reason-Phrase und einen etwaigen Reason-Header für die genaue Ursache
Prüfen Sie „Nicht stören“ und den No-Answer-Timer auf der angerufenen Seite
Scheitern alle Anrufe an einen Teilnehmer, prüfen Sie die NAT-Keepalives und die Ablaufzeit der Registrierung dieses Geräts</translation>
    </message>
    <message>
        <source>unavailable, not available, nobody answers, no answer, not registered, phone offline, switched off, out of coverage, do not disturb, unreachable, subscriber absent</source>
        <translation>nicht erreichbar, nicht verfügbar, niemand nimmt ab, keine antwort, nicht registriert, telefon offline, ausgeschaltet, kein netz, funkloch, nicht stören, teilnehmer abwesend, temporär nicht erreichbar</translation>
    </message>
    <message>
        <source>The other side no longer knows about this call, so it could not act on the request.</source>
        <translation>Die Gegenstelle kennt dieses Gespräch nicht mehr und konnte die Anfrage daher nicht ausführen.</translation>
    </message>
    <message>
        <source>A message was sent about a call that the other side has no record of, for example because it had already ended the call, restarted or lost track of it. It often shows up when hanging up, holding or transferring, and usually means the call had already ended on the other side. It is a mismatch between two systems, not something the user did wrong.</source>
        <translation>Es wurde eine Nachricht zu einem Gespräch gesendet, das der Gegenstelle nicht (mehr) bekannt ist, zum Beispiel weil sie es bereits beendet hatte, neu gestartet wurde oder den Überblick darüber verloren hat. Das zeigt sich oft beim Auflegen, Halten oder Weitervermitteln und bedeutet meist, dass das Gespräch auf der Gegenstelle schon beendet war. Es ist eine Unstimmigkeit zwischen zwei Systemen, kein Bedienfehler.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.4.19: the UAS received a request that matches no existing dialog or transaction, such as a BYE, re-INVITE, CANCEL or NOTIFY with an unknown Call-ID or tags. Per §12.2.1.2 a UAC that gets 481 (or 408) to a request inside a dialog should consider the dialog ended. Older gateways print the RFC 2543 phrase Call Leg/Transaction Does Not Exist. RFC 3398 maps it to Q.850 cause 41 (Temporary failure).</source>
        <translation>RFC 3261 §21.4.19: Der UAS hat eine Anfrage erhalten, die zu keinem bestehenden Dialog und keiner Transaktion passt, etwa ein BYE, Re-INVITE, CANCEL oder NOTIFY mit unbekannter Call-ID oder unbekannten Tags. Nach §12.2.1.2 soll ein UAC, der auf eine Anfrage innerhalb eines Dialogs 481 (oder 408) erhält, den Dialog als beendet betrachten. Ältere Gateways geben die Reason-Phrase aus RFC 2543 aus: Call Leg/Transaction Does Not Exist. RFC 3398 bildet sie auf Q.850-Cause 41 (Vorübergehender Fehler) ab.</translation>
    </message>
    <message>
        <source>The call had already ended on the other side (a BYE crossed or was lost)
A phone, PBX or SBC restarted and lost its call state
An SBC or B2BUA changed the Call-ID or tags inconsistently
A CANCEL that arrived after the call was answered or ended
Requests routed to another node of a cluster that does not share call state
A NOTIFY for a subscription that has already expired</source>
        <translation>Das Gespräch war auf der Gegenstelle bereits beendet (ein BYE hat sich überschnitten oder ging verloren)
Ein Telefon, eine Telefonanlage oder ein SBC wurde neu gestartet und hat den Gesprächszustand verloren
Ein SBC oder B2BUA hat Call-ID oder Tags uneinheitlich geändert
Ein CANCEL, das erst ankam, nachdem der Anruf angenommen oder beendet war
Anfragen wurden an einen anderen Knoten eines Clusters geleitet, der den Gesprächszustand nicht teilt
Ein NOTIFY für ein bereits abgelaufenes Abonnement</translation>
    </message>
    <message>
        <source>Compare Call-ID, From tag and To tag of the failing request with the original dialog
Check whether the other side sent a BYE or restarted before this request
Review dialog handling and failover on SBCs, B2BUAs and clusters
Check session timer and subscription expiry if it happens mid-call or with NOTIFY</source>
        <translation>Vergleichen Sie Call-ID, From-Tag und To-Tag der gescheiterten Anfrage mit dem ursprünglichen Dialog
Prüfen Sie, ob die Gegenstelle vor dieser Anfrage ein BYE gesendet hat oder neu gestartet wurde
Überprüfen Sie Dialogbehandlung und Failover auf SBCs, B2BUAs und Clustern
Prüfen Sie Session-Timer und Ablauf von Abonnements, wenn es mitten im Gespräch oder bei NOTIFY auftritt</translation>
    </message>
    <message>
        <source>call does not exist, call leg, dialog not found, unknown call, hang up failed, transfer failed, hold failed, call dropped</source>
        <translation>gespräch existiert nicht, call leg, dialog nicht gefunden, unbekanntes gespräch, auflegen geht nicht, vermittlung fehlgeschlagen, halten geht nicht, gespräch abgebrochen</translation>
    </message>
    <message>
        <source>The call went round in a circle between servers, so the network stopped it.</source>
        <translation>Der Anruf ist zwischen Servern im Kreis gelaufen, daher hat das Netz ihn gestoppt.</translation>
    </message>
    <message>
        <source>The call was routed back to a server it had already passed through, in a way that would have made it go round forever. The server stopped it to protect the network. This is a routing setup error at the provider or PBX, not a problem with either phone.</source>
        <translation>Der Anruf wurde zu einem Server zurückgeleitet, den er bereits durchlaufen hatte, und zwar so, dass er endlos im Kreis gelaufen wäre. Der Server hat ihn zum Schutz des Netzes gestoppt. Das ist ein Fehler in der Routing-Einrichtung beim Anbieter oder in der Telefonanlage, kein Problem mit einem der Telefone.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.4.20: a proxy found by loop detection (§16.3 step 4: its own address in a Via with a branch value showing the same request) that the request came back to it unchanged. A spiral, where the request returns with a different Request-URI or route, is legitimate and must not be rejected. RFC 5393 made loop detection mandatory for proxies that fork and corrected the algorithm. RFC 3398 maps 482 to Q.850 cause 25 (Exchange routing error).</source>
        <translation>RFC 3261 §21.4.20: Ein Proxy hat durch Schleifenerkennung (§16.3 Schritt 4: seine eigene Adresse in einem Via mit einem branch-Wert, der dieselbe Anfrage anzeigt) festgestellt, dass die Anfrage unverändert zu ihm zurückkam. Eine Spirale, bei der die Anfrage mit anderer Request-URI oder anderer Route zurückkommt, ist zulässig und darf nicht abgelehnt werden. RFC 5393 hat die Schleifenerkennung für forkende Proxys verpflichtend gemacht und den Algorithmus korrigiert. RFC 3398 bildet 482 auf Q.850-Cause 25 (Leitweglenkungsfehler in der Vermittlungsstelle) ab.</translation>
    </message>
    <message>
        <source>Two servers that route the same number to each other
Call forwarding that points back to the original user or group
A default route on a PBX pointing at a trunk that sends the call back
DNS, SRV or outbound proxy settings that lead a server back to itself</source>
        <translation>Zwei Server, die dieselbe Rufnummer gegenseitig zueinander routen
Eine Rufumleitung, die auf den ursprünglichen Teilnehmer oder die ursprüngliche Gruppe zurückzeigt
Eine Standardroute in einer Telefonanlage, die auf einen Trunk zeigt, der den Anruf zurückschickt
DNS-, SRV- oder Outbound-Proxy-Einstellungen, die einen Server zu sich selbst zurückführen</translation>
    </message>
    <message>
        <source>Read the Via headers to see which servers the request passed through
Check the routing and dial plan for the dialled number on each of those servers
Check the called user's forwarding settings
Check DNS and outbound proxy settings</source>
        <translation>Lesen Sie in den Via-Headern, welche Server die Anfrage durchlaufen hat
Prüfen Sie auf jedem dieser Server Routing und Wählplan für die gewählte Rufnummer
Prüfen Sie die Rufumleitungen des Angerufenen
Prüfen Sie die DNS- und Outbound-Proxy-Einstellungen</translation>
    </message>
    <message>
        <source>loop, routing loop, call loop, forwarding loop, misrouted, routing error, call forward</source>
        <translation>schleife, routing-schleife, anrufschleife, umleitungsschleife, falsch geroutet, routingfehler, rufumleitung, anruf kreist</translation>
    </message>
    <message>
        <source>The call passed through too many servers and was stopped before it reached the person you called.</source>
        <translation>Der Anruf hat zu viele Server durchlaufen und wurde gestoppt, bevor er die angerufene Person erreicht hat.</translation>
    </message>
    <message>
        <source>Every call carries a counter that goes down at each server it passes. This call used the counter up before reaching its destination, usually because it was circling between systems or passed an unusually long chain of them. It is a routing problem in the provider or PBX network, not with the phones.</source>
        <translation>Jeder Anruf trägt einen Zähler, der bei jedem durchlaufenen Server heruntergezählt wird. Dieser Anruf hat den Zähler aufgebraucht, bevor er sein Ziel erreicht hat, meist weil er zwischen Systemen im Kreis lief oder eine ungewöhnlich lange Kette von Systemen durchlaufen hat. Es ist ein Routing-Problem im Netz des Anbieters oder der Telefonanlage, nicht bei den Telefonen.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.4.21: a proxy received a request whose Max-Forwards had reached 0 (§16.3 step 3; an OPTIONS may instead be answered by the proxy itself). UACs usually start at 70. Loops through B2BUAs tend to end in 483 rather than 482, because each B2BUA sends a new request with fresh Via headers; RFC 7332 asks B2BUAs to carry Max-Forwards over, since one that resets it can make such a loop endless. RFC 3398 maps 483 to Q.850 cause 25 (Exchange routing error).</source>
        <translation>RFC 3261 §21.4.21: Ein Proxy hat eine Anfrage erhalten, deren Max-Forwards 0 erreicht hatte (§16.3 Schritt 3; ein OPTIONS darf stattdessen vom Proxy selbst beantwortet werden). UACs beginnen meist mit 70. Schleifen über B2BUAs enden eher mit 483 als mit 482, weil jeder B2BUA eine neue Anfrage mit frischen Via-Headern sendet; RFC 7332 verlangt von B2BUAs, Max-Forwards zu übernehmen, denn ein B2BUA, der den Wert zurücksetzt, kann eine solche Schleife endlos machen. RFC 3398 bildet 483 auf Q.850-Cause 25 (Leitweglenkungsfehler in der Vermittlungsstelle) ab.</translation>
    </message>
    <message>
        <source>A routing loop between PBXs, SBCs or B2BUAs
A very low initial Max-Forwards set by a client or trunk
An unusually long chain of proxies and forwarding steps
Forwarding rules that bounce the call between systems</source>
        <translation>Eine Routing-Schleife zwischen Telefonanlagen, SBCs oder B2BUAs
Ein sehr niedriger Anfangswert für Max-Forwards, gesetzt von einem Client oder Trunk
Eine ungewöhnlich lange Kette von Proxys und Umleitungsschritten
Umleitungsregeln, die den Anruf zwischen Systemen hin- und herschicken</translation>
    </message>
    <message>
        <source>Compare Max-Forwards as sent and as received at each hop
Trace the route (Via, Record-Route, SBC logs) to find systems that appear repeatedly
Fix dial plan or routing entries that send the call back
Check devices that set Max-Forwards too low</source>
        <translation>Vergleichen Sie Max-Forwards, wie es gesendet und an jedem Hop empfangen wurde
Verfolgen Sie die Route (Via, Record-Route, SBC-Protokolle), um Systeme zu finden, die mehrfach auftauchen
Korrigieren Sie Wählplan- oder Routing-Einträge, die den Anruf zurückschicken
Prüfen Sie Geräte, die Max-Forwards zu niedrig setzen</translation>
    </message>
    <message>
        <source>too many hops, max-forwards, hop count, routing loop, call loop, misrouted, routing error</source>
        <translation>zu viele hops, max-forwards, hop-zähler, routing-schleife, anrufschleife, falsch geroutet, routingfehler</translation>
    </message>
    <message>
        <source>The number you dialled is incomplete; some digits are missing.</source>
        <translation>Die gewählte Rufnummer ist unvollständig; es fehlen Ziffern.</translation>
    </message>
    <message>
        <source>The network recognised that the dialled number is too short or not finished, so it could not connect the call. Usually a digit, the area code or the country code is missing, or the phone sent the number before dialling was complete. It is about the number dialled, not about the line.</source>
        <translation>Das Netz hat erkannt, dass die gewählte Rufnummer zu kurz oder nicht fertig gewählt ist, und konnte den Anruf daher nicht durchstellen. Meist fehlt eine Ziffer, die Ortsvorwahl oder die Ländervorwahl, oder das Telefon hat die Rufnummer gesendet, bevor fertig gewählt war. Es betrifft die gewählte Rufnummer, nicht den Anschluss.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.4.22: the Request-URI is incomplete; the reason phrase may say more. It is the basis of overlap dialling (RFC 3578): a gateway or UA may send a new INVITE with more digits after a 484. RFC 3398 maps it to and from Q.850 cause 28 (Invalid number format, address incomplete). Compare 404 (complete but unknown number) and 416 (unsupported URI scheme).</source>
        <translation>RFC 3261 §21.4.22: Die Request-URI ist unvollständig; die Reason-Phrase kann mehr dazu sagen. Sie ist die Grundlage der Einzelwahl (Overlap Dialling, RFC 3578): Ein Gateway oder UA kann nach einer 484 ein neues INVITE mit weiteren Ziffern senden. RFC 3398 bildet sie in beiden Richtungen auf Q.850-Cause 28 (Invalid number format, address incomplete) ab. Vergleichen Sie 404 (vollständige, aber unbekannte Rufnummer) und 416 (nicht unterstütztes URI-Schema).</translation>
    </message>
    <message>
        <source>Missing digits, area code or country code
The phone's digit map or inter-digit timeout sent the number too early
Overlap dialling towards a system that expects the whole number at once
Number normalisation that strips digits
Short codes or extensions missing from the dial plan</source>
        <translation>Fehlende Ziffern, Ortsvorwahl oder Ländervorwahl
Wählmuster (Digit Map) oder Zwischenziffern-Timeout des Telefons hat die Rufnummer zu früh gesendet
Einzelwahl (Overlap) zu einem System, das die ganze Rufnummer auf einmal erwartet
Rufnummernnormalisierung, die Ziffern entfernt
Kurzwahlen oder Nebenstellen fehlen im Wählplan</translation>
    </message>
    <message>
        <source>Dial the full number, including area and country code
Check the phone's digit map and inter-digit timeout
Check number normalisation rules on the PBX, SBC and trunk
Check whether the route uses overlap or en-bloc sending</source>
        <translation>Wählen Sie die vollständige Rufnummer einschließlich Orts- und Ländervorwahl
Prüfen Sie Wählmuster (Digit Map) und Zwischenziffern-Timeout des Telefons
Prüfen Sie die Regeln zur Rufnummernnormalisierung in Telefonanlage, SBC und Trunk
Prüfen Sie, ob die Route Einzelwahl (Overlap) oder Blockwahl (En-bloc) verwendet</translation>
    </message>
    <message>
        <source>incomplete number, missing digits, number too short, area code missing, wrong number format, dial plan, digit map, overlap dialling</source>
        <translation>unvollständige rufnummer, ziffern fehlen, rufnummer zu kurz, vorwahl fehlt, ortsvorwahl fehlt, falsches rufnummernformat, wählplan, digit map, wählmuster, einzelwahl, overlap</translation>
    </message>
    <message>
        <source>The name or number you dialled matches more than one person, so the system could not tell whom to call.</source>
        <translation>Der gewählte Name oder die gewählte Rufnummer passt zu mehr als einer Person, daher konnte das System nicht erkennen, wer angerufen werden soll.</translation>
    </message>
    <message>
        <source>The address you dialled is not unique, for example a short name or alias shared by several users. The system may offer a list of possible matches. Dialling the full, exact address or number will work.</source>
        <translation>Die gewählte Adresse ist nicht eindeutig, zum Beispiel ein Kurzname oder Alias, den mehrere Teilnehmer gemeinsam haben. Das System bietet möglicherweise eine Liste möglicher Treffer an. Mit der vollständigen, genauen Adresse oder Rufnummer klappt der Anruf.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.4.23: the Request-URI is ambiguous. The response may list possible unambiguous addresses in Contact header fields, but revealing them can harm privacy or help an attacker guess users, so many servers omit the list or answer 404. RFC 3398 maps it to Q.850 cause 1 (Unallocated number). Compare 300, which offers several locations of one and the same user.</source>
        <translation>RFC 3261 §21.4.23: Die Request-URI ist mehrdeutig. Die Antwort kann mögliche eindeutige Adressen in Contact-Header-Feldern auflisten, deren Preisgabe kann aber die Privatsphäre verletzen oder einem Angreifer beim Erraten von Benutzern helfen; viele Server lassen die Liste daher weg oder antworten mit 404. RFC 3398 bildet sie auf Q.850-Cause 1 (Unallocated number) ab. Vergleichen Sie 300, das mehrere Aufenthaltsorte ein und desselben Teilnehmers anbietet.</translation>
    </message>
    <message>
        <source>A short name or alias shared by several users in the directory
Partial input in a dial-by-name feature
Duplicate aliases after a directory import
A dial plan pattern that matches several destinations</source>
        <translation>Ein Kurzname oder Alias, den mehrere Teilnehmer im Verzeichnis gemeinsam haben
Unvollständige Eingabe bei der Namenswahl
Doppelte Aliasse nach einem Verzeichnisimport
Ein Wählplan-Muster, das auf mehrere Ziele passt</translation>
    </message>
    <message>
        <source>Dial the full SIP address or the complete number
Check the Contact headers in the response for the possible matches
Remove duplicate aliases from the user directory
Make dial plan patterns unique</source>
        <translation>Wählen Sie die vollständige SIP-Adresse oder die vollständige Rufnummer
Prüfen Sie die Contact-Header der Antwort auf mögliche Treffer
Entfernen Sie doppelte Aliasse aus dem Benutzerverzeichnis
Gestalten Sie die Wählplan-Muster eindeutig</translation>
    </message>
    <message>
        <source>ambiguous, several matches, duplicate name, dial by name, alias, multiple users, unclear address</source>
        <translation>mehrdeutig, nicht eindeutig, mehrere treffer, doppelter name, namenswahl, alias, mehrere benutzer, unklare adresse</translation>
    </message>
    <message>
        <source>The person you called is busy on this phone right now.</source>
        <translation>Bei der angerufenen Person ist an diesem Telefon gerade besetzt.</translation>
    </message>
    <message>
        <source>The called phone was reached, but it is already in a call or set to reject extra calls, so it refused this one. It is about the called party, not about your phone or the network. Other phones of the same person may still ring, and trying again later will usually work.</source>
        <translation>Das angerufene Telefon wurde erreicht, führt aber bereits ein Gespräch oder ist so eingestellt, dass es weitere Anrufe abweist; daher hat es diesen Anruf abgelehnt. Es betrifft den Angerufenen, nicht Ihr Telefon oder das Netz. Andere Telefone derselben Person können trotzdem klingeln, und ein späterer Versuch klappt meist.</translation>
    </message>
    <message>
        <source>Sent by the callee's user agent (RFC 3261 §21.4.24) when it is not willing or able to take another call at this end system. It may carry Retry-After to say when to retry. Unlike 600 Busy Everywhere it speaks only for this device: a forking proxy continues with other branches. RFC 3398 maps it to Q.850 cause 17 (User busy).</source>
        <translation>Wird vom User Agent des Angerufenen gesendet (RFC 3261 §21.4.24), wenn er an diesem Endsystem keinen weiteren Anruf annehmen will oder kann. Sie kann Retry-After enthalten, um anzugeben, wann ein neuer Versuch sinnvoll ist. Anders als 600 Busy Everywhere gilt sie nur für dieses Gerät: Ein forkender Proxy macht mit anderen Zweigen weiter. RFC 3398 bildet sie auf Q.850-Cause 17 (Teilnehmer besetzt) ab.</translation>
    </message>
    <message>
        <source>The called phone is already in a call and has no call waiting
Do-not-disturb set to answer busy
All lines or channels of the called device are in use
A PBX busy-on-busy or hunt-group limit</source>
        <translation>Das angerufene Telefon führt bereits ein Gespräch und hat kein Anklopfen
„Nicht stören“ ist so eingestellt, dass mit Besetzt geantwortet wird
Alle Leitungen oder Kanäle des angerufenen Geräts sind belegt
Busy-on-Busy oder ein Limit der Sammelrufgruppe in der Telefonanlage</translation>
    </message>
    <message>
        <source>Call again in a few minutes
Check whether call waiting or do-not-disturb is set on the called phone
Look for a Retry-After header in the response
If every call gets 486, check the line or channel limit of the called device or trunk</source>
        <translation>Rufen Sie in ein paar Minuten erneut an
Prüfen Sie, ob Anklopfen oder „Nicht stören“ am angerufenen Telefon eingestellt ist
Achten Sie auf einen Retry-After-Header in der Antwort
Erhält jeder Anruf 486, prüfen Sie das Leitungs- oder Kanallimit des angerufenen Geräts oder Trunks</translation>
    </message>
    <message>
        <source>busy, engaged, line busy, in a call, occupied, do not disturb, dnd, busy signal</source>
        <translation>besetzt, belegt, besetztzeichen, leitung besetzt, im gespräch, gespräch läuft, nicht stören, dnd, anklopfen, telefoniert gerade</translation>
    </message>
    <message>
        <source>The call attempt was cancelled before it was answered, usually because the caller hung up.</source>
        <translation>Der Anrufversuch wurde vor der Annahme abgebrochen, meist weil der Anrufer aufgelegt hat.</translation>
    </message>
    <message>
        <source>The call was stopped while it was still ringing, most often because the caller hung up or because another phone answered it. This is a normal end of a call attempt, not a fault. If the caller did not hang up, a timer on the caller's phone or PBX may have cancelled the call.</source>
        <translation>Der Anruf wurde beendet, während es noch klingelte, meist weil der Anrufer aufgelegt hat oder ein anderes Telefon abgenommen hat. Das ist ein normales Ende eines Anrufversuchs, kein Fehler. Hat der Anrufer nicht aufgelegt, hat möglicherweise ein Timer in seinem Telefon oder seiner Telefonanlage den Anruf abgebrochen.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.4.25: the request was ended by a BYE or CANCEL. A UAS that accepts a CANCEL answers the CANCEL with 200 and the pending INVITE with 487 (§9.2), and the UAC acknowledges the 487 with ACK. The CANCEL may carry a Reason header (RFC 3326), for example cause=200 when a forking proxy cancels the other branches after one answered. RFC 3398 gives 487 no Q.850 mapping: on the ISUP side the attempt simply ends with normal clearing (cause 16).</source>
        <translation>RFC 3261 §21.4.25: Die Anfrage wurde durch ein BYE oder CANCEL beendet. Ein UAS, der ein CANCEL annimmt, beantwortet das CANCEL mit 200 und das offene INVITE mit 487 (§9.2), und der UAC bestätigt die 487 mit ACK. Das CANCEL kann einen Reason-Header enthalten (RFC 3326), zum Beispiel cause=200, wenn ein forkender Proxy die übrigen Zweige abbricht, nachdem einer angenommen hat. RFC 3398 ordnet 487 keine Q.850-Cause zu: Auf der ISUP-Seite endet der Versuch einfach mit normaler Auslösung (Cause 16).</translation>
    </message>
    <message>
        <source>The caller hung up while it was ringing
Another device of a ring group or forked call answered
The caller's phone or PBX cancelled after its own no-answer timeout
Call pickup or a transfer replaced the ringing call
An application or auto-dialler cancelled the attempt</source>
        <translation>Der Anrufer hat aufgelegt, während es klingelte
Ein anderes Gerät einer Rufgruppe oder eines geforkten Anrufs hat angenommen
Telefon oder Telefonanlage des Anrufers hat nach dem eigenen No-Answer-Timeout abgebrochen
Heranholen (Pickup) oder eine Vermittlung hat den klingelnden Anruf ersetzt
Eine Anwendung oder ein automatischer Wähler hat den Versuch abgebrochen</translation>
    </message>
    <message>
        <source>Usually nothing to do: check whether the caller hung up
Look at the CANCEL and its Reason header to see who cancelled and why
If calls are cut short while ringing, check no-answer timers on the calling phone or PBX
In ring groups, confirm that another member answered</source>
        <translation>Meist nichts zu tun: Prüfen Sie, ob der Anrufer aufgelegt hat
Sehen Sie sich das CANCEL und seinen Reason-Header an, um zu erkennen, wer warum abgebrochen hat
Werden Anrufe während des Klingelns abgeschnitten, prüfen Sie die No-Answer-Timer im anrufenden Telefon oder in der Telefonanlage
Vergewissern Sie sich bei Rufgruppen, dass ein anderes Mitglied angenommen hat</translation>
    </message>
    <message>
        <source>cancelled, caller hung up, hang up, abandoned call, answered elsewhere, call pickup, ring timeout, missed call</source>
        <translation>abgebrochen, anrufer hat aufgelegt, aufgelegt, abgebrochener anruf, woanders angenommen, heranholen, pickup, klingel-timeout, verpasster anruf, entgangener anruf</translation>
    </message>
    <message>
        <source>The call was refused because the two sides could not agree on how to send the sound or video.</source>
        <translation>Der Anruf wurde abgelehnt, weil sich beide Seiten nicht darauf einigen konnten, wie Ton oder Video übertragen werden.</translation>
    </message>
    <message>
        <source>The called side was reached but could not accept the proposed call settings, most often because no common voice codec was offered, or because of encryption, fax or video settings. It is a settings mismatch between the two ends or a server in between, not a fault of either line. If this refuses a change during a call, such as a switch to fax, the existing call stays up.</source>
        <translation>Die angerufene Seite wurde erreicht, konnte die vorgeschlagenen Gesprächseinstellungen aber nicht annehmen, meist weil kein gemeinsamer Sprachcodec angeboten wurde, oder wegen Einstellungen zu Verschlüsselung, Fax oder Video. Es ist eine unterschiedliche Einstellung der beiden Enden oder eines Servers dazwischen, kein Fehler eines der Anschlüsse. Wird damit eine Änderung während des Gesprächs abgelehnt, etwa der Wechsel auf Fax, bleibt das bestehende Gespräch bestehen.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.4.26: some aspect of the session description (codecs, media type, transport such as RTP/SAVP, bandwidth, address family) is not acceptable to the resource addressed by the Request-URI; other locations may accept it. A Warning header usually names the reason: 304 Media type not available, 305 Incompatible media format, 302 Incompatible transport protocol, 370 Insufficient bandwidth. Unlike 606 it speaks only for this destination; unlike 415 the body type (SDP) is understood but its content is refused. After a refused re-INVITE the session stays unchanged (§14.1). RFC 3398 takes the Q.850 cause from the Warning code; causes 65 and 70 arrive as 488.</source>
        <translation>RFC 3261 §21.4.26: Ein Aspekt der Sitzungsbeschreibung (Codecs, Medientyp, Transport wie RTP/SAVP, Bandbreite, Adressfamilie) ist für die durch die Request-URI adressierte Ressource nicht annehmbar; andere Ziele können sie annehmen. Ein Warning-Header nennt meist den Grund: 304 Media type not available, 305 Incompatible media format, 302 Incompatible transport protocol, 370 Insufficient bandwidth. Anders als 606 gilt sie nur für dieses Ziel; anders als bei 415 wird der Body-Typ (SDP) verstanden, aber sein Inhalt abgelehnt. Nach einem abgelehnten Re-INVITE bleibt die Sitzung unverändert (§14.1). RFC 3398 leitet die Q.850-Cause aus dem Warning-Code ab; die Causes 65 und 70 kommen als 488 an.</translation>
    </message>
    <message>
        <source>No codec in common, for example G.729 only offered to a side that allows only G.711 or Opus
Encryption mismatch: SRTP required on one side, plain RTP on the other
A T.38 fax re-INVITE refused by a side without fax support
Video or other media offered to a voice-only device
IPv4/IPv6 or transport mismatch in the SDP
Codec restrictions on an SBC or transcoder in the path</source>
        <translation>Kein gemeinsamer Codec, zum Beispiel nur G.729 angeboten an eine Seite, die nur G.711 oder Opus zulässt
Unterschiedliche Verschlüsselung: SRTP auf einer Seite vorgeschrieben, einfaches RTP auf der anderen
Ein Re-INVITE für T.38-Fax, abgelehnt von einer Seite ohne Faxunterstützung
Video oder andere Medien, angeboten an ein reines Sprachgerät
Unterschiedliche IPv4/IPv6- oder Transportangaben im SDP
Codec-Beschränkungen auf einem SBC oder Transcoder im Pfad</translation>
    </message>
    <message>
        <source>Read the Warning header code for the exact reason
Compare the codecs in the offer with those allowed on the far end and on SBCs
Check SRTP and encryption settings on both sides
For fax, check T.38 and G.711 pass-through settings
Add a common codec or enable transcoding</source>
        <translation>Lesen Sie den Code im Warning-Header für den genauen Grund
Vergleichen Sie die Codecs im Angebot mit denen, die auf der Gegenstelle und auf SBCs zugelassen sind
Prüfen Sie die Einstellungen zu SRTP und Verschlüsselung auf beiden Seiten
Prüfen Sie bei Fax die Einstellungen für T.38 und G.711-Durchleitung
Fügen Sie einen gemeinsamen Codec hinzu oder aktivieren Sie Transcoding</translation>
    </message>
    <message>
        <source>codec mismatch, no common codec, incompatible codec, media negotiation failed, sdp, srtp, fax failed, t.38, video call failed, not acceptable</source>
        <translation>codec passt nicht, kein gemeinsamer codec, inkompatibler codec, medienaushandlung fehlgeschlagen, sdp, srtp, fax geht nicht, faxfehler, t.38, videoanruf fehlgeschlagen, not acceptable</translation>
    </message>
    <message>
        <source>The phone asked the server for a kind of status update that the server does not offer.</source>
        <translation>Das Telefon hat beim Server eine Art von Statusmeldung angefordert, die der Server nicht anbietet.</translation>
    </message>
    <message>
        <source>Phones subscribe to updates such as the voicemail light, presence or the busy lamp of a colleague's line. The server received such a request for an update type it does not support and refused it. It usually comes from a phone key or setting that does not match what the server offers; normal calls are not affected.</source>
        <translation>Telefone abonnieren Meldungen wie die Mailbox-Anzeige, die Präsenz oder die Besetztanzeige der Leitung eines Kollegen. Der Server hat eine solche Anfrage für eine Meldungsart erhalten, die er nicht unterstützt, und sie abgelehnt. Meist steckt eine Taste oder Einstellung am Telefon dahinter, die nicht zum Angebot des Servers passt; normale Anrufe sind nicht betroffen.</translation>
    </message>
    <message>
        <source>Busy lamp (dialog), presence or voicemail (message-summary) subscription to a server without that package
A provisioning or vendor-specific event the server does not know
A misspelt event name or an unsupported event parameter
An unsolicited NOTIFY with an event type the phone does not handle
Subscriptions sent to the wrong server, such as the trunk instead of the PBX</source>
        <translation>Abonnement für Besetztanzeige (dialog), Präsenz oder Mailbox (message-summary) bei einem Server ohne dieses Package
Ein Provisionierungs- oder herstellerspezifisches Ereignis, das der Server nicht kennt
Ein falsch geschriebener Event-Name oder ein nicht unterstützter Event-Parameter
Ein unaufgefordertes NOTIFY mit einem Ereignistyp, den das Telefon nicht verarbeitet
Abonnements an den falschen Server gesendet, etwa an den Trunk statt an die Telefonanlage</translation>
    </message>
    <message>
        <source>blf, busy lamp field, presence, voicemail light, mwi, subscribe failed, event package, notify, status light not working</source>
        <translation>blf, besetztlampenfeld, besetztanzeige, präsenz, mailbox-lampe, nachrichtenanzeige, mwi, subscribe fehlgeschlagen, event package, notify, statuslampe geht nicht, blf-taste leuchtet nicht</translation>
    </message>
    <message>
        <source>Both sides tried to change the call at the same moment, so one change was put off and will be retried.</source>
        <translation>Beide Seiten wollten das Gespräch im selben Moment ändern, daher wurde eine Änderung zurückgestellt und wird erneut versucht.</translation>
    </message>
    <message>
        <source>While the call was being changed, for example put on hold, resumed or switched to fax, the other side sent its own change at the same time. To avoid confusion one of them was turned down for now. The phones normally retry by themselves after a short random wait, so the call usually carries on without any action.</source>
        <translation>Während das Gespräch geändert wurde, zum Beispiel gehalten, fortgesetzt oder auf Fax umgeschaltet, hat die Gegenstelle gleichzeitig eine eigene Änderung gesendet. Um Verwirrung zu vermeiden, wurde eine davon vorerst abgelehnt. Die Telefone versuchen es normalerweise nach einer kurzen zufälligen Wartezeit von selbst erneut; das Gespräch läuft also meist ohne Zutun weiter.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.4.27 and §14.2: a UAS that receives a re-INVITE (or an UPDATE, RFC 3311) in a dialog while its own offer in that dialog is still pending answers 491 (glare). Per §14.1 the UAC waits a random time before retrying: 2.1 to 4 seconds in 10 ms steps if it generated the Call-ID, 0 to 2 seconds otherwise. A UAS still processing an earlier incoming re-INVITE answers 500 with Retry-After instead. The refused request leaves the session unchanged.</source>
        <translation>RFC 3261 §21.4.27 und §14.2: Ein UAS, der in einem Dialog ein Re-INVITE (oder ein UPDATE, RFC 3311) erhält, während sein eigenes Angebot in diesem Dialog noch offen ist, antwortet mit 491 (Glare). Nach §14.1 wartet der UAC vor einem neuen Versuch eine zufällige Zeit: 2,1 bis 4 Sekunden in Schritten von 10 ms, wenn er die Call-ID erzeugt hat, sonst 0 bis 2 Sekunden. Ein UAS, der noch ein früheres eingehendes Re-INVITE bearbeitet, antwortet stattdessen mit 500 und Retry-After. Die abgelehnte Anfrage lässt die Sitzung unverändert.</translation>
    </message>
    <message>
        <source>Both ends send a re-INVITE at once (hold, resume, session refresh)
Both fax gateways try to switch to T.38 at the same time
Session timer refreshes sent by both sides, or by an SBC and an endpoint
An SBC or B2BUA that sends its own re-INVITE while another is in progress
A device that retries at once instead of waiting the random delay</source>
        <translation>Beide Enden senden gleichzeitig ein Re-INVITE (Halten, Fortsetzen, Session-Refresh)
Beide Fax-Gateways versuchen gleichzeitig auf T.38 umzuschalten
Session-Timer-Auffrischungen von beiden Seiten oder von einem SBC und einem Endgerät
Ein SBC oder B2BUA, der ein eigenes Re-INVITE sendet, während ein anderes läuft
Ein Gerät, das es sofort erneut versucht, statt die zufällige Wartezeit abzuwarten</translation>
    </message>
    <message>
        <source>Usually nothing to do: confirm that the retry succeeded after the delay
Check that each side waits the random delay before retrying
Let only one side refresh session timers (refresher parameter)
Let only one fax gateway start the T.38 switch</source>
        <translation>Meist nichts zu tun: Prüfen Sie, ob der neue Versuch nach der Wartezeit gelungen ist
Prüfen Sie, ob jede Seite vor dem neuen Versuch die zufällige Wartezeit abwartet
Lassen Sie nur eine Seite die Session-Timer auffrischen (Parameter refresher)
Lassen Sie nur ein Fax-Gateway die Umschaltung auf T.38 starten</translation>
    </message>
    <message>
        <source>glare, re-invite, request pending, collision, simultaneous requests, hold failed, fax switch, t.38, session refresh</source>
        <translation>glare, re-invite, request pending, kollision, gleichzeitige anfragen, halten geht nicht, fax-umschaltung, t.38, session-refresh</translation>
    </message>
    <message>
        <source>The other side could not read an encrypted part of the message, so it refused it.</source>
        <translation>Die Gegenstelle konnte einen verschlüsselten Teil der Nachricht nicht lesen und hat sie deshalb abgelehnt.</translation>
    </message>
    <message>
        <source>Part of the request was encrypted so that only the receiver could read it, but the receiver could not decrypt it, usually because it lacks the right key or the sender used the wrong one. It is a security setup mismatch between the two systems. It is rare, because most systems encrypt the connection rather than parts of messages.</source>
        <translation>Ein Teil der Anfrage war so verschlüsselt, dass nur der Empfänger ihn lesen kann, der Empfänger konnte ihn aber nicht entschlüsseln, meist weil ihm der richtige Schlüssel fehlt oder der Absender den falschen verwendet hat. Es ist eine Unstimmigkeit in der Sicherheitseinrichtung der beiden Systeme. Das ist selten, weil die meisten Systeme die Verbindung verschlüsseln statt einzelner Nachrichtenteile.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.4.28: the request contained an encrypted MIME body (S/MIME, §23) for which the recipient does not possess, or will not provide, a suitable decryption key. The response may carry a single body with the public key the sender should use to encrypt bodies for this UA. End-to-end S/MIME is seldom deployed, and hop-by-hop TLS never produces 493. Compare 415, used when the body type itself is not supported.</source>
        <translation>RFC 3261 §21.4.28: Die Anfrage enthielt einen verschlüsselten MIME-Body (S/MIME, §23), für den der Empfänger keinen passenden Schlüssel zum Entschlüsseln besitzt oder bereitstellen will. Die Antwort kann einen einzelnen Body mit dem öffentlichen Schlüssel enthalten, den der Absender zum Verschlüsseln von Bodys für diesen UA verwenden soll. Ende-zu-Ende-S/MIME wird selten eingesetzt, und TLS von Hop zu Hop erzeugt nie eine 493. Vergleichen Sie 415, die verwendet wird, wenn schon der Body-Typ nicht unterstützt wird.</translation>
    </message>
    <message>
        <source>The body was encrypted with an old or wrong public key of the recipient
The recipient's private key or certificate is missing or expired
S/MIME body encryption switched on at one end only
An intermediary that altered the encrypted body</source>
        <translation>Der Body wurde mit einem alten oder falschen öffentlichen Schlüssel des Empfängers verschlüsselt
Privater Schlüssel oder Zertifikat des Empfängers fehlt oder ist abgelaufen
S/MIME-Verschlüsselung des Bodys nur auf einer Seite eingeschaltet
Eine Zwischenstation hat den verschlüsselten Body verändert</translation>
    </message>
    <message>
        <source>Check which certificate the sender used and whether it belongs to the recipient
Use the public key returned in the 493 body, if any, and retry
Check certificate stores and expiry dates on both ends
Switch off S/MIME body encryption if it is not required</source>
        <translation>Prüfen Sie, welches Zertifikat der Absender verwendet hat und ob es zum Empfänger gehört
Verwenden Sie den im Body der 493 zurückgegebenen öffentlichen Schlüssel, falls vorhanden, und versuchen Sie es erneut
Prüfen Sie Zertifikatsspeicher und Ablaufdaten auf beiden Seiten
Schalten Sie die S/MIME-Verschlüsselung des Bodys aus, wenn sie nicht erforderlich ist</translation>
    </message>
    <message>
        <source>encryption, s/mime, cannot decrypt, encrypted body, certificate, key mismatch, security</source>
        <translation>verschlüsselung, s/mime, entschlüsseln nicht möglich, verschlüsselter body, zertifikat, falscher schlüssel, sicherheit</translation>
    </message>
    <message>
        <source>The server requires the phone to set up a protected connection first, and the phone did not do so.</source>
        <translation>Der Server verlangt, dass das Telefon zuerst eine geschützte Verbindung aufbaut, und das Telefon hat das nicht getan.</translation>
    </message>
    <message>
        <source>The provider's server only accepts requests after the phone and the server have agreed on a security method, such as an encrypted tunnel. The phone did not offer it or did not complete it correctly. It is typical of mobile and IMS-based services (VoLTE, Wi-Fi calling) and points to a phone or client setting, not to the account or the called party.</source>
        <translation>Der Server des Anbieters nimmt Anfragen erst an, nachdem sich Telefon und Server auf ein Sicherheitsverfahren geeinigt haben, etwa einen verschlüsselten Tunnel. Das Telefon hat es nicht angeboten oder nicht korrekt abgeschlossen. Typisch ist das für Mobilfunk- und IMS-Dienste (VoLTE, WLAN-Call) und deutet auf eine Einstellung am Telefon oder Client hin, nicht auf das Konto oder den Angerufenen.</translation>
    </message>
    <message>
        <source>RFC 3329 §2.3.1 (security mechanism agreement): a server that receives an unprotected request with sec-agree in Require or Proxy-Require answers 494 with a Security-Server header listing its mechanisms (tls, digest, ipsec-ike, ipsec-man, ipsec-3gpp). The client picks one, sets it up and resends, echoing the server's list in Security-Verify. In 3GPP IMS the P-CSCF normally sends Security-Server in the 401 to the first REGISTER, so a later 494 usually means a missing or mismatched Security-Verify or a request sent outside the IPsec security association.</source>
        <translation>RFC 3329 §2.3.1 (Aushandlung von Sicherheitsmechanismen): Ein Server, der eine ungeschützte Anfrage mit sec-agree in Require oder Proxy-Require erhält, antwortet mit 494 und einem Security-Server-Header mit seinen Mechanismen (tls, digest, ipsec-ike, ipsec-man, ipsec-3gpp). Der Client wählt einen aus, richtet ihn ein und sendet erneut, wobei er die Liste des Servers in Security-Verify zurückgibt. In 3GPP IMS sendet die P-CSCF Security-Server normalerweise in der 401 auf das erste REGISTER; eine spätere 494 bedeutet daher meist ein fehlendes oder unpassendes Security-Verify oder eine Anfrage, die außerhalb der IPsec-Security-Association gesendet wurde.</translation>
    </message>
    <message>
        <source>The client sent no Security-Client, or did not finish the IPsec or TLS setup
Security-Verify missing or not matching the server's Security-Server list
A request sent to the unprotected port instead of the protected one
An SBC or proxy that removes Security-Client, Security-Server or Security-Verify
IMS or VoLTE client settings (IPsec, sec-agree) disabled or wrong</source>
        <translation>Der Client hat kein Security-Client gesendet oder die IPsec- bzw. TLS-Einrichtung nicht abgeschlossen
Security-Verify fehlt oder passt nicht zur Security-Server-Liste des Servers
Eine Anfrage ging an den ungeschützten statt an den geschützten Port
Ein SBC oder Proxy entfernt Security-Client, Security-Server oder Security-Verify
IMS- oder VoLTE-Einstellungen des Clients (IPsec, sec-agree) deaktiviert oder falsch</translation>
    </message>
    <message>
        <source>Compare Security-Client, Security-Server and Security-Verify across the exchange
Check that the client supports and has enabled one of the offered mechanisms
Check that requests after registration go to the protected ports
Check intermediaries for removed security headers
Register the client again to restart the negotiation</source>
        <translation>Vergleichen Sie Security-Client, Security-Server und Security-Verify über den gesamten Austausch
Prüfen Sie, ob der Client einen der angebotenen Mechanismen unterstützt und aktiviert hat
Prüfen Sie, ob Anfragen nach der Registrierung an die geschützten Ports gehen
Prüfen Sie Zwischenstationen auf entfernte Sicherheits-Header
Registrieren Sie den Client erneut, um die Aushandlung neu zu starten</translation>
    </message>
    <message>
        <source>volte, ims, ipsec, wifi calling, vowifi, security agreement, sec-agree, registration failed, cannot register, p-cscf</source>
        <translation>volte, ims, ipsec, wlan-call, wlan-telefonie, wifi calling, vowifi, sicherheitsaushandlung, sec-agree, registrierung fehlgeschlagen, registriert sich nicht, p-cscf</translation>
    </message>
    <message>
        <source>A server handling the call ran into an unexpected problem and could not complete it.</source>
        <translation>Ein Server, der den Anruf bearbeitet, ist auf ein unerwartetes Problem gestoßen und konnte ihn nicht abschließen.</translation>
    </message>
    <message>
        <source>A server along the way, usually at the provider or on the called side, hit an internal error while working on the call or request. It is a fault on the server side, not a problem with your phone settings or with the number you dialled. Trying again a little later often works, especially if the server says when.</source>
        <translation>Ein Server auf dem Weg, meist beim Anbieter oder auf der angerufenen Seite, hatte bei der Bearbeitung des Anrufs oder der Anfrage einen internen Fehler. Es ist ein Fehler auf der Serverseite, kein Problem mit den Einstellungen Ihres Telefons oder der gewählten Rufnummer. Ein neuer Versuch etwas später klappt oft, vor allem wenn der Server angibt, wann.</translation>
    </message>
    <message>
        <source>Sent by a UAS or proxy that met an unexpected condition preventing it from fulfilling the request (RFC 3261 §21.5.1); a client also treats any unknown 5xx code as 500 (§8.1.3.2). It may carry Retry-After, after which the client may retry. Unlike 503, which reports a temporary inability to serve (overload, maintenance) and invites failover to another server, 500 says this request failed inside the server; a proxy that only received 503 from downstream also answers 500 upstream (§16.7). RFC 3398 maps Q.850 causes 111 (Protocol error, unspecified) and 127 (Interworking, unspecified) to 500, and 500 back to cause 41 (Temporary failure).</source>
        <translation>Wird von einem UAS oder Proxy gesendet, der auf einen unerwarteten Zustand gestoßen ist, der ihn an der Ausführung der Anfrage hindert (RFC 3261 §21.5.1); ein Client behandelt außerdem jeden unbekannten 5xx-Code wie 500 (§8.1.3.2). Sie kann Retry-After enthalten; danach darf der Client es erneut versuchen. Anders als 503, die eine vorübergehende Unfähigkeit zur Bearbeitung meldet (Überlast, Wartung) und zum Ausweichen auf einen anderen Server einlädt, sagt 500, dass diese Anfrage im Server gescheitert ist; ein Proxy, der von nachgelagerten Servern nur 503 erhalten hat, antwortet in Richtung Anrufer ebenfalls mit 500 (§16.7). RFC 3398 bildet die Q.850-Causes 111 (Protokollfehler, nicht näher bestimmt) und 127 (Netzübergang (Interworking), nicht näher bestimmt) auf 500 ab und 500 zurück auf Cause 41 (Vorübergehender Fehler).</translation>
    </message>
    <message>
        <source>A software bug or crash in a proxy, PBX, SBC or gateway
An error in the routing script or dial plan (failed database lookup, script exception)
A back-end system such as a database or billing server failed
A gateway could not translate the call to or from the phone network
A downstream server answered 503 and the proxy turned it into 500</source>
        <translation>Ein Softwarefehler oder Absturz in einem Proxy, einer Telefonanlage, einem SBC oder Gateway
Ein Fehler im Routing-Skript oder Wählplan (fehlgeschlagene Datenbankabfrage, Skriptausnahme)
Ein Backend-System wie eine Datenbank oder ein Abrechnungsserver ist ausgefallen
Ein Gateway konnte den Anruf nicht ins oder aus dem Telefonnetz umsetzen
Ein nachgelagerter Server hat mit 503 geantwortet, und der Proxy hat daraus 500 gemacht</translation>
    </message>
    <message>
        <source>Retry the call; if a Retry-After header is present, wait that long first
Check whether all calls fail or only calls to certain numbers or routes
Read the Server, Warning and Reason headers to see which element failed and why
Check the logs of the server that sent the 500 at the time of the call
Report it to the provider with the Call-ID and time if it keeps happening</source>
        <translation>Wiederholen Sie den Anruf; ist ein Retry-After-Header vorhanden, warten Sie zuerst so lange
Prüfen Sie, ob alle Anrufe scheitern oder nur Anrufe zu bestimmten Rufnummern oder Routen
Lesen Sie die Header Server, Warning und Reason, um zu sehen, welches Element warum gescheitert ist
Prüfen Sie die Protokolle des Servers, der die 500 gesendet hat, zum Zeitpunkt des Anrufs
Melden Sie es dem Anbieter mit Call-ID und Uhrzeit, wenn es immer wieder auftritt</translation>
    </message>
    <message>
        <source>server error, internal error, internal server error, server problem, system error, provider problem, call failed, crash, try again later</source>
        <translation>serverfehler, interner fehler, internal server error, serverproblem, systemfehler, problem beim anbieter, anruf fehlgeschlagen, absturz, später erneut versuchen</translation>
    </message>
    <message>
        <source>The equipment you reached does not support the kind of request your phone sent.</source>
        <translation>Das erreichte Gerät unterstützt die Art von Anfrage nicht, die Ihr Telefon gesendet hat.</translation>
    </message>
    <message>
        <source>Your phone or system asked for something the other side does not know how to do, usually a feature such as messaging, presence or call transfer rather than a plain call. It is a capability gap between the two sides, not a network outage. Normal calls usually still work.</source>
        <translation>Ihr Telefon oder System hat etwas angefordert, das die Gegenstelle nicht beherrscht, meist eine Funktion wie Nachrichten, Präsenz oder Weitervermittlung statt eines einfachen Anrufs. Es ist eine Lücke in den Fähigkeiten der beiden Seiten, keine Netzstörung. Normale Anrufe funktionieren meist weiterhin.</translation>
    </message>
    <message>
        <source>Sent when the server does not support the functionality needed to fulfil the request, typically because a UAS does not recognise the request method for any user (RFC 3261 §21.5.2); proxies forward unknown methods instead of answering 501. Contrast 405 Method Not Allowed: there the method is known but not allowed for this Request-URI, and the response lists the allowed ones in Allow. RFC 3398 maps Q.850 causes 29 (Facility rejected) and 79 (Service or option not implemented, unspecified) to 501, and 501 back to cause 79.</source>
        <translation>Wird gesendet, wenn der Server die zur Ausführung der Anfrage nötige Funktion nicht unterstützt, typischerweise weil ein UAS die Anfragemethode für keinen Benutzer kennt (RFC 3261 §21.5.2); Proxys leiten unbekannte Methoden weiter, statt mit 501 zu antworten. Im Gegensatz dazu 405 Method Not Allowed: Dort ist die Methode bekannt, aber für diese Request-URI nicht erlaubt, und die Antwort listet die erlaubten Methoden in Allow auf. RFC 3398 bildet die Q.850-Causes 29 (Leistungsmerkmal abgelehnt) und 79 (Dienst oder Option nicht implementiert, nicht näher bestimmt) auf 501 ab und 501 zurück auf Cause 79.</translation>
    </message>
    <message>
        <source>The far end does not support a method such as UPDATE, INFO, MESSAGE, REFER, PUBLISH or SUBSCRIBE
A PBX or gateway does not offer the supplementary service requested (transfer, presence, messaging)
The phone network rejected a facility or service requested through a gateway
The request went to a device that only handles calls, such as a media server or trunk</source>
        <translation>Die Gegenstelle unterstützt eine Methode wie UPDATE, INFO, MESSAGE, REFER, PUBLISH oder SUBSCRIBE nicht
Eine Telefonanlage oder ein Gateway bietet das angeforderte Leistungsmerkmal nicht an (Vermittlung, Präsenz, Nachrichten)
Das Telefonnetz hat ein über ein Gateway angefordertes Leistungsmerkmal oder einen Dienst abgelehnt
Die Anfrage ging an ein Gerät, das nur Anrufe verarbeitet, etwa einen Medienserver oder Trunk</translation>
    </message>
    <message>
        <source>Check which method was rejected (CSeq line) and compare with the far end's Allow header
Disable the feature on the phone (for example SMS, presence or transfer by REFER)
Use an alternative the far end supports (re-INVITE instead of UPDATE, RTP events instead of INFO for DTMF)
Ask the provider whether the service is offered on this trunk</source>
        <translation>Prüfen Sie, welche Methode abgelehnt wurde (CSeq-Zeile), und vergleichen Sie mit dem Allow-Header der Gegenstelle
Deaktivieren Sie die Funktion am Telefon (zum Beispiel SMS, Präsenz oder Vermittlung per REFER)
Verwenden Sie eine Alternative, die die Gegenstelle unterstützt (Re-INVITE statt UPDATE, RTP-Events statt INFO für DTMF)
Fragen Sie den Anbieter, ob der Dienst auf diesem Trunk angeboten wird</translation>
    </message>
    <message>
        <source>not implemented, not supported, feature not supported, unsupported method, transfer not working, messaging not supported, presence, sms</source>
        <translation>not implemented, nicht implementiert, nicht unterstützt, funktion nicht unterstützt, methode nicht unterstützt, vermittlung geht nicht, nachrichten nicht unterstützt, präsenz, sms</translation>
    </message>
    <message>
        <source>A system in the network got a bad answer from the next system while trying to connect your call.</source>
        <translation>Ein System im Netz hat beim Verbindungsaufbau Ihres Anrufs eine fehlerhafte Antwort vom nächsten System erhalten.</translation>
    </message>
    <message>
        <source>A gateway or server passed your call on to another system, such as the phone network or another provider, and got back an answer it could not use. From the phone network it often means the called line or exchange is out of order. The fault lies in the network beyond the first server, not in your phone.</source>
        <translation>Ein Gateway oder Server hat Ihren Anruf an ein anderes System weitergegeben, etwa an das Telefonnetz oder einen anderen Anbieter, und eine Antwort zurückbekommen, mit der er nichts anfangen konnte. Kommt sie aus dem Telefonnetz, bedeutet das oft, dass der angerufene Anschluss oder die Vermittlungsstelle gestört ist. Der Fehler liegt im Netz hinter dem ersten Server, nicht in Ihrem Telefon.</translation>
    </message>
    <message>
        <source>Sent by a proxy or gateway that received an invalid response from a downstream server it accessed while trying to fulfil the request (RFC 3261 §21.5.3). For PSTN interworking RFC 3398 maps Q.850 cause 27 (Destination out of order) to 502, so a 502 from a carrier gateway often means the called line or remote exchange cannot be reached rather than a SIP syntax problem; in the other direction 502 maps to cause 38 (Network out of order). Compare 504 (the downstream server did not answer in time) and 503 (this server itself cannot serve).</source>
        <translation>Wird von einem Proxy oder Gateway gesendet, der von einem nachgelagerten Server, den er zur Ausführung der Anfrage angesprochen hat, eine ungültige Antwort erhalten hat (RFC 3261 §21.5.3). Für den Übergang ins PSTN bildet RFC 3398 Q.850-Cause 27 (Ziel außer Betrieb) auf 502 ab; eine 502 von einem Anbieter-Gateway bedeutet daher oft, dass der angerufene Anschluss oder die entfernte Vermittlungsstelle nicht erreichbar ist, und nicht ein SIP-Syntaxproblem; in der Gegenrichtung wird 502 auf Cause 38 (Netz außer Betrieb) abgebildet. Vergleichen Sie 504 (der nachgelagerte Server hat nicht rechtzeitig geantwortet) und 503 (dieser Server selbst kann nicht bedienen).</translation>
    </message>
    <message>
        <source>The called line or remote exchange is out of order (Q.850 cause 27 from the phone network)
A downstream server returned a malformed or unusable response
An interconnect between providers or a trunk to the phone network is failing
An SBC or gateway could not interpret the far end's answer (interworking mismatch)
Routing sends calls to a system that is not a working SIP server</source>
        <translation>Der angerufene Anschluss oder die entfernte Vermittlungsstelle ist gestört (Q.850-Cause 27 aus dem Telefonnetz)
Ein nachgelagerter Server hat eine fehlerhafte oder unbrauchbare Antwort geliefert
Eine Zusammenschaltung zwischen Anbietern oder ein Trunk ins Telefonnetz fällt aus
Ein SBC oder Gateway konnte die Antwort der Gegenstelle nicht auswerten (Interworking-Unstimmigkeit)
Das Routing schickt Anrufe an ein System, das kein funktionierender SIP-Server ist</translation>
    </message>
    <message>
        <source>Call another number over the same route to see whether one destination or the whole route fails
Check the Reason header for a Q.850 cause (27 points to the destination being out of order)
Try again later; if only one number fails, the called line may be faulty
Check the logs of the gateway that sent 502 for the downstream answer it rejected
Report the failing route to the carrier with call times and Call-IDs</source>
        <translation>Rufen Sie eine andere Rufnummer über dieselbe Route an, um zu sehen, ob ein einzelnes Ziel oder die ganze Route scheitert
Prüfen Sie den Reason-Header auf eine Q.850-Cause (27 deutet auf ein gestörtes Ziel hin)
Versuchen Sie es später erneut; scheitert nur eine Rufnummer, ist möglicherweise der angerufene Anschluss gestört
Prüfen Sie in den Protokollen des Gateways, das die 502 gesendet hat, welche nachgelagerte Antwort es verworfen hat
Melden Sie die gestörte Route dem Anbieter mit Anrufzeiten und Call-IDs</translation>
    </message>
    <message>
        <source>bad gateway, gateway error, destination out of order, line out of order, trunk problem, carrier problem, network error, provider problem</source>
        <translation>bad gateway, gateway-fehler, ziel gestört, anschluss gestört, leitung gestört, trunk-problem, carrier-problem, netzfehler, problem beim anbieter, störung</translation>
    </message>
    <message>
        <source>The phone service is temporarily unavailable, for example because a server is down, overloaded or under maintenance.</source>
        <translation>Der Telefondienst ist vorübergehend nicht verfügbar, zum Beispiel weil ein Server ausgefallen, überlastet oder in Wartung ist.</translation>
    </message>
    <message>
        <source>A server that should handle the call cannot do so right now: it is overloaded, under maintenance, or has lost its link to the next network (for example a trunk is down). Your own phone also shows 503 when it could not reach the server at all, in which case nothing came back from the network. Either way it is a temporary problem on the provider or server side, not with the number you called.</source>
        <translation>Ein Server, der den Anruf bearbeiten soll, kann das gerade nicht: Er ist überlastet, in Wartung oder hat die Verbindung zum nächsten Netz verloren (zum Beispiel ist ein Trunk ausgefallen). Ihr eigenes Telefon zeigt 503 auch an, wenn es den Server überhaupt nicht erreichen konnte; dann kam aus dem Netz gar nichts zurück. In beiden Fällen ist es ein vorübergehendes Problem beim Anbieter oder Server, nicht bei der angerufenen Rufnummer.</translation>
    </message>
    <message>
        <source>Sent by a server temporarily unable to process the request because of overload or maintenance (RFC 3261 §21.5.4); it may carry Retry-After, and without it the client handles it like 500. Unlike 500, it invites failover: after a 503, a timeout or a transport failure the client should try the next server from the DNS SRV/A list (RFC 3263 §4.3). A proxy should not forward a 503 upstream unless it cannot serve any request itself (§16.7). A UAC also reports a fatal transport error locally as if 503 had arrived (§8.1.3.1), so check whether it really came from the network. RFC 3398 maps Q.850 causes 34, 38, 41, 42, 47, 58 and 88 to 503, and 503 back to cause 41 (Temporary failure).</source>
        <translation>Wird von einem Server gesendet, der die Anfrage wegen Überlast oder Wartung vorübergehend nicht bearbeiten kann (RFC 3261 §21.5.4); sie kann Retry-After enthalten, ohne diesen behandelt der Client sie wie 500. Anders als 500 lädt sie zum Ausweichen ein: Nach einer 503, einem Timeout oder einem Transportfehler soll der Client den nächsten Server aus der DNS-SRV/A-Liste versuchen (RFC 3263 §4.3). Ein Proxy soll eine 503 nicht in Richtung Anrufer weiterleiten, es sei denn, er kann selbst keine Anfrage bedienen (§16.7). Ein UAC meldet einen schwerwiegenden Transportfehler außerdem lokal, als wäre eine 503 eingetroffen (§8.1.3.1); prüfen Sie daher, ob sie wirklich aus dem Netz kam. RFC 3398 bildet die Q.850-Causes 34, 38, 41, 42, 47, 58 und 88 auf 503 ab und 503 zurück auf Cause 41 (Vorübergehender Fehler).</translation>
    </message>
    <message>
        <source>Server overloaded or rate-limiting calls
Planned maintenance or a server being restarted
All trunks or channels to the phone network busy or down (trunk down)
The next server or gateway is unreachable, or the provider has an outage
A call or channel limit reached on a PBX or trunk
Your phone could not reach the server at all and reported 503 itself</source>
        <translation>Server überlastet oder begrenzt die Anrufrate
Geplante Wartung oder ein Server wird neu gestartet
Alle Trunks oder Kanäle ins Telefonnetz belegt oder ausgefallen (Trunk down)
Der nächste Server oder das nächste Gateway ist nicht erreichbar, oder der Anbieter hat eine Störung
Ein Anruf- oder Kanallimit in einer Telefonanlage oder auf einem Trunk ist erreicht
Ihr Telefon konnte den Server überhaupt nicht erreichen und hat 503 selbst gemeldet</translation>
    </message>
    <message>
        <source>Check whether the 503 came from the network or was generated locally by the phone (look for it in a capture)
Wait and retry; if a Retry-After header is present, wait that long
Make sure backup servers are configured so the phone can fail over (DNS SRV)
Check trunk and gateway status and channel limits on the PBX
Check the provider's status page or contact them if all calls fail</source>
        <translation>Prüfen Sie, ob die 503 aus dem Netz kam oder lokal vom Telefon erzeugt wurde (im Mitschnitt suchen)
Warten Sie und versuchen Sie es erneut; ist ein Retry-After-Header vorhanden, warten Sie so lange
Stellen Sie sicher, dass Ersatzserver konfiguriert sind, damit das Telefon ausweichen kann (DNS SRV)
Prüfen Sie Trunk- und Gateway-Status sowie Kanallimits in der Telefonanlage
Prüfen Sie die Statusseite des Anbieters oder wenden Sie sich an ihn, wenn alle Anrufe scheitern</translation>
    </message>
    <message>
        <source>service unavailable, server down, overloaded, maintenance, trunk down, outage, no service, unreachable, network problem, try again later</source>
        <translation>service unavailable, dienst nicht verfügbar, server ausgefallen, server down, überlastet, wartung, trunk ausgefallen, störung, ausfall, kein dienst, nicht erreichbar, netzproblem, später erneut versuchen</translation>
    </message>
    <message>
        <source>A server in the network waited too long for another system to answer and gave up.</source>
        <translation>Ein Server im Netz hat zu lange auf die Antwort eines anderen Systems gewartet und aufgegeben.</translation>
    </message>
    <message>
        <source>The server handling your call passed it on to another system, such as another server, a gateway or the phone network, and got no reply in time. The problem is between systems in the network, not with your phone or with the person you called. Trying again later often works.</source>
        <translation>Der Server, der Ihren Anruf bearbeitet, hat ihn an ein anderes System weitergegeben, etwa einen anderen Server, ein Gateway oder das Telefonnetz, und nicht rechtzeitig eine Antwort erhalten. Das Problem liegt zwischen Systemen im Netz, nicht bei Ihrem Telefon oder dem Angerufenen. Ein späterer Versuch klappt oft.</translation>
    </message>
    <message>
        <source>Sent when the server did not receive a timely response from an external server it accessed while processing the request (RFC 3261 §21.5.5), such as a downstream proxy, gateway, location or routing database. Compare 408: a server uses 408 when it could not produce an answer in time itself (for example nothing within the Expires interval), and a UAC reports its own transaction timeout locally as if 408 had arrived (§8.1.3.1). RFC 3398 maps Q.850 cause 102 (Recovery on timer expiry) to 504, and 504 back to cause 102.</source>
        <translation>Wird gesendet, wenn der Server von einem externen Server, den er bei der Bearbeitung der Anfrage angesprochen hat, nicht rechtzeitig eine Antwort erhalten hat (RFC 3261 §21.5.5), etwa von einem nachgelagerten Proxy, einem Gateway oder einer Standort- oder Routing-Datenbank. Vergleichen Sie 408: Ein Server verwendet 408, wenn er selbst nicht rechtzeitig eine Antwort erzeugen konnte (zum Beispiel nichts innerhalb des Expires-Intervalls), und ein UAC meldet seinen eigenen Transaktions-Timeout lokal, als wäre eine 408 eingetroffen (§8.1.3.1). RFC 3398 bildet Q.850-Cause 102 (Wiederherstellung nach Timerablauf) auf 504 ab und 504 zurück auf Cause 102.</translation>
    </message>
    <message>
        <source>A downstream server, gateway or trunk did not answer in time
A database, location or routing lookup timed out
Packet loss or network problems between servers
An overloaded downstream system
Slow or failing DNS for the next hop</source>
        <translation>Ein nachgelagerter Server, ein Gateway oder Trunk hat nicht rechtzeitig geantwortet
Eine Datenbank-, Standort- oder Routing-Abfrage hat das Zeitlimit überschritten
Paketverlust oder Netzprobleme zwischen Servern
Ein überlastetes nachgelagertes System
Langsames oder fehlerhaftes DNS für den nächsten Hop</translation>
    </message>
    <message>
        <source>Retry the call
Find which element sent the 504 (Server header, Via) and which system it was waiting for
Check logs and latency between that server and its next hop or back end
Check the health of trunks and gateways beyond the server
Report repeated 504s to the provider with times and Call-IDs</source>
        <translation>Wiederholen Sie den Anruf
Ermitteln Sie, welches Element die 504 gesendet hat (Server-Header, Via) und auf welches System es gewartet hat
Prüfen Sie Protokolle und Latenz zwischen diesem Server und seinem nächsten Hop oder Backend
Prüfen Sie den Zustand der Trunks und Gateways hinter dem Server
Melden Sie wiederholte 504 dem Anbieter mit Uhrzeiten und Call-IDs</translation>
    </message>
    <message>
        <source>timeout, time-out, server timeout, gateway timeout, no response, slow network, trunk down, provider problem</source>
        <translation>timeout, time-out, zeitüberschreitung, server-timeout, gateway-timeout, keine antwort, langsames netz, trunk ausgefallen, problem beim anbieter</translation>
    </message>
    <message>
        <source>The server did not accept the version of the SIP protocol your equipment used.</source>
        <translation>Der Server hat die Version des SIP-Protokolls, die Ihr Gerät verwendet hat, nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Every SIP message states which protocol version it follows, and today that is always SIP/2.0. The server received something else, or could not read that part of the message, and refused it. It points to faulty or very old equipment, or to something in the network damaging the messages, not to the number you called.</source>
        <translation>Jede SIP-Nachricht gibt an, welcher Protokollversion sie folgt, und heute ist das immer SIP/2.0. Der Server hat etwas anderes erhalten oder diesen Teil der Nachricht nicht lesen können und sie abgelehnt. Das deutet auf fehlerhafte oder sehr alte Geräte hin oder auf etwas im Netz, das die Nachrichten beschädigt, nicht auf die angerufene Rufnummer.</translation>
    </message>
    <message>
        <source>Sent by a server that does not support, or refuses to support, the SIP version in the request line (RFC 3261 §21.5.6). The only version in use is SIP/2.0 (RFC 3261 §7.1), so a 505 usually means a malformed request line, a non-SIP client, or a middlebox such as a SIP ALG corrupting the message. RFC 3398 maps 505 to Q.850 cause 127 (Interworking, unspecified).</source>
        <translation>Wird von einem Server gesendet, der die SIP-Version in der Anfragezeile nicht unterstützt oder nicht unterstützen will (RFC 3261 §21.5.6). Die einzige verwendete Version ist SIP/2.0 (RFC 3261 §7.1); eine 505 bedeutet daher meist eine fehlerhafte Anfragezeile, einen Nicht-SIP-Client oder eine Middlebox wie ein SIP-ALG, die die Nachricht beschädigt. RFC 3398 bildet 505 auf Q.850-Cause 127 (Netzübergang (Interworking), nicht näher bestimmt) ab.</translation>
    </message>
    <message>
        <source>A malformed request line (wrong version string, extra spaces, wrong line endings)
A SIP ALG in a router or firewall rewriting and corrupting messages
Very old or non-standard equipment
Scanners or non-SIP traffic sent to the SIP port
A script or test tool building requests by hand</source>
        <translation>Eine fehlerhafte Anfragezeile (falsche Versionsangabe, zusätzliche Leerzeichen, falsche Zeilenenden)
Ein SIP-ALG in einem Router oder einer Firewall, das Nachrichten umschreibt und dabei beschädigt
Sehr alte oder nicht standardkonforme Geräte
Scanner oder Nicht-SIP-Datenverkehr am SIP-Port
Ein Skript oder Testwerkzeug, das Anfragen von Hand zusammenbaut</translation>
    </message>
    <message>
        <source>Capture the request and check that its first line ends with SIP/2.0
Disable the SIP ALG on the router or firewall
Update the firmware or software of the sending device
If the traffic comes from an unknown source, treat it as a scan and block it</source>
        <translation>Zeichnen Sie die Anfrage auf und prüfen Sie, ob ihre erste Zeile auf SIP/2.0 endet
Deaktivieren Sie das SIP-ALG im Router oder in der Firewall
Aktualisieren Sie Firmware oder Software des sendenden Geräts
Kommt der Datenverkehr von einer unbekannten Quelle, behandeln Sie ihn als Scan und sperren Sie ihn</translation>
    </message>
    <message>
        <source>version not supported, sip version, protocol version, sip/2.0, malformed, sip alg, old equipment</source>
        <translation>version not supported, sip-version, protokollversion, sip/2.0, fehlerhaft, sip alg, sip-alg, altes gerät, veraltetes gerät</translation>
    </message>
    <message>
        <source>The message your phone sent was too large for the server to handle.</source>
        <translation>Die von Ihrem Telefon gesendete Nachricht war zu groß für den Server.</translation>
    </message>
    <message>
        <source>The request from your phone or system, for example a call setup offering many audio and video options, was bigger than the server accepts. It is a technical limit between your equipment and the server, not a problem with the number you dialled. Switching the phone to TCP or trimming what it sends usually fixes it.</source>
        <translation>Die Anfrage Ihres Telefons oder Systems, zum Beispiel ein Verbindungsaufbau mit vielen Audio- und Videooptionen, war größer, als der Server akzeptiert. Es ist eine technische Grenze zwischen Ihren Geräten und dem Server, kein Problem mit der gewählten Rufnummer. Meist hilft es, das Telefon auf TCP umzustellen oder das Gesendete zu verkleinern.</translation>
    </message>
    <message>
        <source>Sent when the server cannot process the request because the message length exceeds its capabilities (RFC 3261 §21.5.7). RFC 3261 §18.1.1 requires a client to use a congestion-controlled transport such as TCP when a request is within 200 bytes of the path MTU, or larger than 1300 bytes when the MTU is unknown; big UDP requests get fragmented, and lost fragments show up as timeouts rather than 513. Compare 413 (body too large) and 414 (Request-URI too long). RFC 3398 maps 513 to Q.850 cause 127 (Interworking, unspecified).</source>
        <translation>Wird gesendet, wenn der Server die Anfrage nicht bearbeiten kann, weil die Nachrichtenlänge seine Fähigkeiten übersteigt (RFC 3261 §21.5.7). RFC 3261 §18.1.1 verlangt von einem Client, einen Transport mit Überlastkontrolle wie TCP zu verwenden, wenn eine Anfrage bis auf 200 Byte an die Pfad-MTU heranreicht oder bei unbekannter MTU größer als 1300 Byte ist; große UDP-Anfragen werden fragmentiert, und verlorene Fragmente zeigen sich als Timeouts statt als 513. Vergleichen Sie 413 (Body zu groß) und 414 (Request-URI zu lang). RFC 3398 bildet 513 auf Q.850-Cause 127 (Netzübergang (Interworking), nicht näher bestimmt) ab.</translation>
    </message>
    <message>
        <source>An INVITE with a large SDP (many codecs, video, ICE candidates, crypto lines)
Many or long headers added by proxies, SBCs or application servers
Large multipart bodies, for example SDP plus ISUP or location data
A server or SBC configured with a small maximum message size
A client that keeps using UDP for messages above 1300 bytes</source>
        <translation>Ein INVITE mit großem SDP (viele Codecs, Video, ICE-Kandidaten, crypto-Zeilen)
Viele oder lange Header, die Proxys, SBCs oder Application Server hinzufügen
Große Multipart-Bodys, zum Beispiel SDP plus ISUP- oder Standortdaten
Ein Server oder SBC mit einer kleinen maximalen Nachrichtengröße
Ein Client, der für Nachrichten über 1300 Byte weiterhin UDP verwendet</translation>
    </message>
    <message>
        <source>Switch the phone or trunk to TCP or TLS
Offer fewer codecs and disable unused video or ICE candidates
Check the size of the rejected request in a capture
Raise the maximum message size on the server or SBC if it is too low
Remove unneeded headers added along the path</source>
        <translation>Stellen Sie Telefon oder Trunk auf TCP oder TLS um
Bieten Sie weniger Codecs an und deaktivieren Sie ungenutztes Video oder ICE-Kandidaten
Prüfen Sie im Mitschnitt die Größe der abgelehnten Anfrage
Erhöhen Sie die maximale Nachrichtengröße auf dem Server oder SBC, wenn sie zu niedrig ist
Entfernen Sie unnötige Header, die unterwegs hinzugefügt werden</translation>
    </message>
    <message>
        <source>message too large, too big, packet size, fragmentation, mtu, udp, switch to tcp, large invite, sdp too big</source>
        <translation>nachricht zu groß, zu groß, paketgröße, fragmentierung, mtu, udp, auf tcp umstellen, großes invite, sdp zu groß</translation>
    </message>
    <message>
        <source>Your app asked to be woken for calls through a push service that the provider does not support.</source>
        <translation>Ihre App wollte über einen Push-Dienst für Anrufe geweckt werden, den der Anbieter nicht unterstützt.</translation>
    </message>
    <message>
        <source>Mobile phone apps often sleep in the background and rely on a push notification (for example from Apple or Google) to wake up for an incoming call. When the app registered, it named a push service that the provider's server cannot use, so the request was refused. Incoming calls will not wake the app until the app settings and the provider's server agree on a push service.</source>
        <translation>Smartphone-Apps ruhen oft im Hintergrund und sind darauf angewiesen, dass eine Push-Benachrichtigung (zum Beispiel von Apple oder Google) sie für einen eingehenden Anruf weckt. Bei der Registrierung hat die App einen Push-Dienst angegeben, den der Server des Anbieters nicht nutzen kann; daher wurde die Anfrage abgelehnt. Eingehende Anrufe wecken die App erst, wenn App-Einstellungen und Server des Anbieters denselben Push-Dienst verwenden.</translation>
    </message>
    <message>
        <source>Defined by RFC 8599 §8.1 (push notifications with SIP). A UA puts the pn-provider, pn-param and pn-prid URI parameters in the Contact of its REGISTER to ask the proxy to wake it through a Push Notification Service (PNS); a proxy that does not support the PNS named in pn-provider rejects the request with 555. A proxy advertises the PNS it supports with the sip.pns feature-capability indicator in Feature-Caps (RFC 6809). Retrying unchanged fails the same way: change pn-provider (for example apns, fcm or webpush) or the proxy configuration.</source>
        <translation>Definiert in RFC 8599 §8.1 (Push-Benachrichtigungen mit SIP). Ein UA setzt die URI-Parameter pn-provider, pn-param und pn-prid in den Contact seines REGISTER, um den Proxy zu bitten, ihn über einen Push Notification Service (PNS) zu wecken; ein Proxy, der den in pn-provider genannten PNS nicht unterstützt, lehnt die Anfrage mit 555 ab. Ein Proxy kündigt die unterstützten PNS mit dem Feature-Capability-Indikator sip.pns in Feature-Caps an (RFC 6809). Ein unveränderter neuer Versuch scheitert genauso: Ändern Sie pn-provider (zum Beispiel apns, fcm oder webpush) oder die Proxy-Konfiguration.</translation>
    </message>
    <message>
        <source>The app is set up for a push service the provider has not enabled (for example Apple instead of Google)
A misspelled or unsupported pn-provider value in the Contact header
A new app version switched push service before the server side was updated
Registering through a proxy that does not hold the push configuration</source>
        <translation>Die App ist für einen Push-Dienst eingerichtet, den der Anbieter nicht aktiviert hat (zum Beispiel Apple statt Google)
Ein falsch geschriebener oder nicht unterstützter pn-provider-Wert im Contact-Header
Eine neue App-Version hat den Push-Dienst gewechselt, bevor die Serverseite angepasst wurde
Registrierung über einen Proxy, der die Push-Konfiguration nicht hat</translation>
    </message>
    <message>
        <source>Check the pn-provider value in the Contact header of the REGISTER
Compare it with the sip.pns value the proxy advertises in Feature-Caps
Switch the app to a supported push service, or disable push in the app
Ask the provider which push services its server supports
Update the app or the server configuration so both use the same push service</source>
        <translation>Prüfen Sie den pn-provider-Wert im Contact-Header des REGISTER
Vergleichen Sie ihn mit dem sip.pns-Wert, den der Proxy in Feature-Caps ankündigt
Stellen Sie die App auf einen unterstützten Push-Dienst um oder deaktivieren Sie Push in der App
Fragen Sie den Anbieter, welche Push-Dienste sein Server unterstützt
Aktualisieren Sie App oder Serverkonfiguration, sodass beide denselben Push-Dienst verwenden</translation>
    </message>
    <message>
        <source>push notification, push, mobile app, app does not ring, no incoming calls, background, wake up, apns, fcm, registration failed</source>
        <translation>push-benachrichtigung, push, handy-app, smartphone-app, app klingelt nicht, keine eingehenden anrufe, hintergrund, aufwecken, apns, fcm, registrierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The call could not be set up because the network could not reserve the quality needed for it.</source>
        <translation>Der Anruf konnte nicht aufgebaut werden, weil das Netz die dafür nötige Qualität nicht reservieren konnte.</translation>
    </message>
    <message>
        <source>Some networks, especially mobile voice (VoLTE, 5G) and managed business networks, reserve bandwidth or quality of service before letting the phone ring. For this call the reservation could not be made, or the other side could not meet the conditions, so the call was stopped before ringing. It is a network or device capability problem, not the called person refusing the call.</source>
        <translation>Manche Netze, vor allem Mobilfunk-Sprachdienste (VoLTE, 5G) und verwaltete Unternehmensnetze, reservieren Bandbreite oder Dienstgüte, bevor sie das Telefon klingeln lassen. Für diesen Anruf konnte die Reservierung nicht vorgenommen werden, oder die Gegenstelle konnte die Bedingungen nicht erfüllen; daher wurde der Anruf vor dem Klingeln gestoppt. Es ist ein Problem der Fähigkeiten von Netz oder Gerät, keine Ablehnung durch den Angerufenen.</translation>
    </message>
    <message>
        <source>The mobile or access network could not set up a dedicated voice bearer (VoLTE, IMS)
Not enough bandwidth could be reserved on a managed link
A policy server (PCRF or PCF) refused the quality-of-service request
The far end does not understand the precondition type requested
Resource reservation took too long and was abandoned</source>
        <translation>Das Mobilfunk- oder Zugangsnetz konnte keinen dedizierten Sprach-Bearer aufbauen (VoLTE, IMS)
Auf einer verwalteten Verbindung konnte nicht genug Bandbreite reserviert werden
Ein Policy-Server (PCRF oder PCF) hat die Anforderung an die Dienstgüte abgelehnt
Die Gegenstelle versteht den angeforderten Precondition-Typ nicht
Die Ressourcenreservierung hat zu lange gedauert und wurde abgebrochen</translation>
    </message>
    <message>
        <source>Read the SDP in the 580 to see which segment failed (local, remote or end-to-end)
Retry the call; radio and bearer failures are often short-lived
Check QoS and policy settings (PCRF or PCF, bandwidth limits) on the access network
If the far end does not need preconditions, disable them on the caller side or the SBC
Rule out a codec or extension mismatch (488, 420) in the same call flow</source>
        <translation>Lesen Sie im SDP der 580, welcher Abschnitt gescheitert ist (lokal, entfernt oder Ende-zu-Ende)
Wiederholen Sie den Anruf; Funk- und Bearer-Fehler sind oft nur kurzzeitig
Prüfen Sie QoS- und Policy-Einstellungen (PCRF oder PCF, Bandbreitenlimits) im Zugangsnetz
Braucht die Gegenstelle keine Preconditions, deaktivieren Sie sie auf der Anruferseite oder im SBC
Schließen Sie eine Unstimmigkeit bei Codecs oder Erweiterungen (488, 420) im selben Anrufablauf aus</translation>
    </message>
    <message>
        <source>precondition, qos, quality of service, bandwidth, volte, bearer, resource reservation, call fails before ringing, network capacity</source>
        <translation>precondition, qos, dienstgüte, bandbreite, volte, bearer, ressourcenreservierung, anruf scheitert vor dem klingeln, netzkapazität, kein netz</translation>
    </message>
    <message>
        <source>The person you called is busy on all their phones and cannot take your call right now.</source>
        <translation>Die angerufene Person ist an allen ihren Telefonen besetzt und kann Ihren Anruf gerade nicht annehmen.</translation>
    </message>
    <message>
        <source>The called person was found, but they are busy and no other phone or voicemail will take the call. Unlike an ordinary busy signal from one phone, this says that trying other numbers or devices of the same person will not help at the moment. Calling back later is the usual remedy.</source>
        <translation>Die angerufene Person wurde gefunden, ist aber besetzt, und kein anderes Telefon und keine Mailbox nimmt den Anruf an. Anders als ein gewöhnliches Besetztzeichen von einem einzelnen Telefon besagt dies, dass es im Moment auch nicht hilft, andere Rufnummern oder Geräte derselben Person zu versuchen. Das übliche Mittel ist ein späterer Rückruf.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.6.1: the callee's end system was reached, but the callee is busy and does not wish to take the call now; it should only be sent when no other end system (voicemail included) would answer. It may carry Retry-After. As a 6xx it makes a forking proxy cancel its other branches (§16.7), whereas 486 Busy Here speaks only for one device. RFC 3398 maps it to Q.850 cause 17 (User busy). It is also what a receiver falls back to for any unrecognised 6xx code, including 607 or 608 on older equipment (§8.1.3.2).</source>
        <translation>RFC 3261 §21.6.1: Das Endsystem des Angerufenen wurde erreicht, der Angerufene ist aber besetzt und möchte den Anruf jetzt nicht annehmen; sie soll nur gesendet werden, wenn kein anderes Endsystem (einschließlich Mailbox) antworten würde. Sie kann Retry-After enthalten. Als 6xx-Antwort veranlasst sie einen forkenden Proxy, seine übrigen Zweige abzubrechen (§16.7), während 486 Busy Here nur für ein Gerät gilt. RFC 3398 bildet sie auf Q.850-Cause 17 (Teilnehmer besetzt) ab. Auf sie greift ein Empfänger auch bei jedem unbekannten 6xx-Code zurück, bei älteren Geräten auch bei 607 oder 608 (§8.1.3.2).</translation>
    </message>
    <message>
        <source>All lines or devices of the called user are busy and there is no voicemail
A PBX set to answer busy for the whole user rather than for one phone
Do-not-disturb configured to reject as busy everywhere
A gateway passing on a PSTN busy for the whole subscriber</source>
        <translation>Alle Leitungen oder Geräte des angerufenen Teilnehmers sind besetzt, und es gibt keine Mailbox
Eine Telefonanlage, die für den ganzen Teilnehmer statt für ein einzelnes Telefon mit Besetzt antwortet
„Nicht stören“ so konfiguriert, dass überall mit Besetzt abgewiesen wird
Ein Gateway, das ein Besetzt aus dem PSTN für den gesamten Teilnehmer weitergibt</translation>
    </message>
    <message>
        <source>Call again later
Look for Retry-After to see when to retry
Check whether voicemail or forward-on-busy should have taken the call
Check do-not-disturb and busy handling on the called user's PBX
If one busy phone stops a whole ring group, configure it to send 486 instead of 600</source>
        <translation>Rufen Sie später erneut an
Achten Sie auf Retry-After, um zu sehen, wann ein neuer Versuch sinnvoll ist
Prüfen Sie, ob die Mailbox oder eine Rufumleitung bei Besetzt den Anruf hätte übernehmen sollen
Prüfen Sie „Nicht stören“ und die Besetzt-Behandlung in der Telefonanlage des Angerufenen
Beendet ein einziges besetztes Telefon eine ganze Rufgruppe, konfigurieren Sie es so, dass es 486 statt 600 sendet</translation>
    </message>
    <message>
        <source>busy everywhere, busy, engaged, all lines busy, line busy, user busy, busy signal, do not disturb, dnd</source>
        <translation>überall besetzt, besetzt, belegt, alle leitungen besetzt, leitung besetzt, teilnehmer besetzt, besetztzeichen, nicht stören, dnd</translation>
    </message>
    <message>
        <source>The person you called chose not to take your call.</source>
        <translation>Die angerufene Person hat sich entschieden, Ihren Anruf nicht anzunehmen.</translation>
    </message>
    <message>
        <source>The called phone was reached, but the person or their phone settings declined the call, for example by pressing a reject button. It is a decision on the called side, not a network fault. Because it is a refusal for the person as a whole, their other phones stop ringing too.</source>
        <translation>Das angerufene Telefon wurde erreicht, aber die Person oder die Einstellungen ihres Telefons haben den Anruf abgelehnt, zum Beispiel durch Drücken einer Ablehnen-Taste. Es ist eine Entscheidung auf der angerufenen Seite, kein Netzfehler. Weil die Ablehnung für die Person insgesamt gilt, hören auch ihre anderen Telefone auf zu klingeln.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.6.2: the callee's device was reached, but the user explicitly does not wish to, or cannot, take part; Retry-After may suggest a better time. As a 6xx it stops forking (§16.7), so one phone rejecting with 603 ends a parallel ring group. Compare 403 (a server refuses by policy), 607 (the user marks the call as unwanted), 608 (an intermediary such as an analytics engine rejected it) and 486/600 (busy). RFC 3398 maps it to Q.850 cause 21 (Call rejected). Some stacks print the phrase as 'Declined'.</source>
        <translation>RFC 3261 §21.6.2: Das Gerät des Angerufenen wurde erreicht, aber der Teilnehmer will ausdrücklich nicht teilnehmen oder kann es nicht; Retry-After kann einen besseren Zeitpunkt vorschlagen. Als 6xx-Antwort beendet sie das Forking (§16.7); ein einziges Telefon, das mit 603 ablehnt, beendet also eine parallel klingelnde Rufgruppe. Vergleichen Sie 403 (ein Server lehnt aufgrund von Regeln ab), 607 (der Teilnehmer kennzeichnet den Anruf als unerwünscht), 608 (eine Zwischeninstanz wie ein Analysesystem hat abgelehnt) und 486/600 (besetzt). RFC 3398 bildet sie auf Q.850-Cause 21 (Anruf abgewiesen) ab. Manche Stacks geben die Reason-Phrase als „Declined“ aus.</translation>
    </message>
    <message>
        <source>The called person pressed reject or decline
Do-not-disturb or call rejection rules on the phone or PBX
A block list or anonymous-call rejection on the called side
A network call-blocking service refused the call
An automated system that takes no calls at this time</source>
        <translation>Der Angerufene hat „Ablehnen“ gedrückt
„Nicht stören“ oder Ablehnungsregeln im Telefon oder in der Telefonanlage
Eine Sperrliste oder die Abweisung anonymer Anrufe auf der angerufenen Seite
Ein Sperrdienst im Netz hat den Anruf abgewiesen
Ein automatisiertes System, das zu dieser Zeit keine Anrufe annimmt</translation>
    </message>
    <message>
        <source>Try again later or reach the person another way
Look for Retry-After suggesting when to call back
Check do-not-disturb, block lists and anonymous-call rejection on the called side
If one rejection stops a whole ring group, have the phones send 486 or 480 instead of 603
If network blocking is suspected, check the caller ID presented and contact the carrier</source>
        <translation>Versuchen Sie es später erneut oder erreichen Sie die Person auf anderem Weg
Achten Sie auf Retry-After mit einem Vorschlag für den Rückruf
Prüfen Sie „Nicht stören“, Sperrlisten und die Abweisung anonymer Anrufe auf der angerufenen Seite
Beendet eine einzelne Ablehnung eine ganze Rufgruppe, lassen Sie die Telefone 486 oder 480 statt 603 senden
Besteht Verdacht auf eine Sperre im Netz, prüfen Sie die übermittelte Anrufer-ID und wenden Sie sich an den Anbieter</translation>
    </message>
    <message>
        <source>decline, declined, rejected, call rejected, refused, hung up, do not disturb, dnd, blocked, call blocked</source>
        <translation>abgelehnt, abgewiesen, anruf abgelehnt, anruf abgewiesen, weggedrückt, aufgelegt, nicht stören, dnd, gesperrt, blockiert, anruf blockiert</translation>
    </message>
    <message>
        <source>The number or address you called does not exist.</source>
        <translation>Die angerufene Rufnummer oder Adresse existiert nicht.</translation>
    </message>
    <message>
        <source>A server with authoritative knowledge says the person or number dialled does not exist anywhere, so trying other routes will not help. Check the number for typing mistakes or an outdated entry. It is about the dialled address, not about your phone.</source>
        <translation>Ein Server mit maßgeblichem Wissen meldet, dass die gewählte Person oder Rufnummer nirgends existiert; andere Wege zu versuchen hilft also nicht. Prüfen Sie die Rufnummer auf Tippfehler oder einen veralteten Eintrag. Es betrifft die gewählte Adresse, nicht Ihr Telefon.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.6.3: the server has authoritative information that the user in the Request-URI does not exist anywhere. 404 Not Found only says that this domain or server does not know the user, and a forking proxy keeps trying its other branches; 604 is global and stops forking (§16.7). RFC 3398 maps 604 to Q.850 cause 1 (Unallocated number), but maps cause 1 to 404, so PSTN gateways normally send 404 rather than 604.</source>
        <translation>RFC 3261 §21.6.3: Der Server hat maßgebliche Informationen, dass der Teilnehmer in der Request-URI nirgends existiert. 404 Not Found besagt nur, dass diese Domain oder dieser Server den Teilnehmer nicht kennt, und ein forkender Proxy versucht seine übrigen Zweige weiter; 604 gilt global und beendet das Forking (§16.7). RFC 3398 bildet 604 auf Q.850-Cause 1 (Unallocated number) ab, Cause 1 aber auf 404; PSTN-Gateways senden daher normalerweise 404 statt 604.</translation>
    </message>
    <message>
        <source>A wrong or mistyped number or address
The number was never assigned or has been disconnected
A number database or ENUM lookup reports the user as non-existent
An outdated contact or speed-dial entry</source>
        <translation>Eine falsche oder vertippte Rufnummer oder Adresse
Die Rufnummer wurde nie vergeben oder ist abgeschaltet
Eine Rufnummerndatenbank oder ENUM-Abfrage meldet den Teilnehmer als nicht existent
Ein veralteter Kontakt- oder Kurzwahleintrag</translation>
    </message>
    <message>
        <source>Check the dialled number or address for mistakes, including country and area codes
Check the number format (E.164, prefixes) the provider expects
Update the contact or speed dial if the number has changed
If the number is known to be valid, ask the provider which server answered 604 and why</source>
        <translation>Prüfen Sie die gewählte Rufnummer oder Adresse auf Fehler, einschließlich Länder- und Ortsvorwahl
Prüfen Sie das Rufnummernformat (E.164, Präfixe), das der Anbieter erwartet
Aktualisieren Sie Kontakt oder Kurzwahl, wenn sich die Rufnummer geändert hat
Ist die Rufnummer bekanntermaßen gültig, fragen Sie den Anbieter, welcher Server mit 604 geantwortet hat und warum</translation>
    </message>
    <message>
        <source>does not exist, number does not exist, invalid number, wrong number, unallocated number, not in service, no such user, disconnected number</source>
        <translation>existiert nicht, rufnummer existiert nicht, kein anschluss unter dieser nummer, ungültige rufnummer, falsche nummer, verwählt, nicht vergebene rufnummer, nicht in betrieb, unbekannter teilnehmer, abgeschaltete rufnummer</translation>
    </message>
    <message>
        <source>The call could not be set up because the other side cannot handle the kind of call offered, such as its sound or video format.</source>
        <translation>Der Anruf konnte nicht aufgebaut werden, weil die Gegenstelle die angebotene Art von Anruf nicht verarbeiten kann, etwa das Ton- oder Videoformat.</translation>
    </message>
    <message>
        <source>The called side was reached and would talk, but none of the offered call settings (sound or video formats, bandwidth, encryption) work for it, and no other device of that person would do better. It is a compatibility problem between the two ends, not a refusal by the person.</source>
        <translation>Die angerufene Seite wurde erreicht und wäre gesprächsbereit, aber keine der angebotenen Gesprächseinstellungen (Ton- oder Videoformate, Bandbreite, Verschlüsselung) funktioniert für sie, und kein anderes Gerät dieser Person käme besser zurecht. Es ist ein Kompatibilitätsproblem zwischen den beiden Enden, keine Ablehnung durch die Person.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.6.4: the UA was contacted, but parts of the session description (media types, codecs, bandwidth, addressing) are not acceptable; it is meant only for when no other endpoint would accept the session. A Warning header may give the reason with a 3xx warning code, e.g. 304 Media type not available, 305 Incompatible media format or 370 Insufficient bandwidth. 488 Not Acceptable Here reports the same problem for one endpoint and lets a forking proxy continue; 606 stops forking. RFC 3398 gives it no fixed Q.850 cause (it is taken from the Warning header), and its registered phrase is the same as 406's, so go by the code.</source>
        <translation>RFC 3261 §21.6.4: Der UA wurde erreicht, aber Teile der Sitzungsbeschreibung (Medientypen, Codecs, Bandbreite, Adressierung) sind nicht annehmbar; sie ist nur für den Fall gedacht, dass kein anderer Endpunkt die Sitzung annehmen würde. Ein Warning-Header kann den Grund mit einem 3xx-Warning-Code angeben, z. B. 304 Media type not available, 305 Incompatible media format oder 370 Insufficient bandwidth. 488 Not Acceptable Here meldet dasselbe Problem für einen einzelnen Endpunkt und lässt einen forkenden Proxy weitermachen; 606 beendet das Forking. RFC 3398 ordnet ihr keine feste Q.850-Cause zu (sie wird aus dem Warning-Header übernommen), und ihre registrierte Reason-Phrase ist dieselbe wie bei 406; maßgeblich ist also der Code.</translation>
    </message>
    <message>
        <source>No audio or video codec in common between caller and callee
SRTP or encryption required on one side and not offered by the other
Unsupported media type such as video or T.38 fax, or a bandwidth limit
An unusable media address format, for example IPv6 offered to an IPv4-only device
No transcoding resources on a PBX or SBC</source>
        <translation>Kein gemeinsamer Audio- oder Videocodec zwischen Anrufer und Angerufenem
SRTP oder Verschlüsselung auf einer Seite vorgeschrieben und von der anderen nicht angeboten
Nicht unterstützter Medientyp wie Video oder T.38-Fax oder ein Bandbreitenlimit
Ein unbrauchbares Format der Medienadresse, zum Beispiel IPv6 an ein reines IPv4-Gerät angeboten
Keine Transcoding-Ressourcen in einer Telefonanlage oder einem SBC</translation>
    </message>
    <message>
        <source>Read the Warning header for the reason code
Compare the codecs in the offer with those the called side supports
Check the SRTP settings (RTP/AVP versus RTP/SAVP) on both sides
Enable a common codec such as G.711, or add transcoding on the PBX or SBC
Check bandwidth, video and fax settings</source>
        <translation>Lesen Sie im Warning-Header den Code für den Grund
Vergleichen Sie die Codecs im Angebot mit denen, die die angerufene Seite unterstützt
Prüfen Sie die SRTP-Einstellungen (RTP/AVP oder RTP/SAVP) auf beiden Seiten
Aktivieren Sie einen gemeinsamen Codec wie G.711 oder richten Sie Transcoding in der Telefonanlage oder im SBC ein
Prüfen Sie die Einstellungen für Bandbreite, Video und Fax</translation>
    </message>
    <message>
        <source>not acceptable, codec mismatch, no common codec, incompatible media, media not supported, srtp, encryption mismatch, sdp, video not supported, fax</source>
        <translation>not acceptable, codec passt nicht, kein gemeinsamer codec, inkompatible medien, medien nicht unterstützt, srtp, verschlüsselung passt nicht, sdp, video nicht unterstützt, fax</translation>
    </message>
    <message>
        <source>The person you called marked this call as unwanted, for example as spam.</source>
        <translation>Die angerufene Person hat diesen Anruf als unerwünscht markiert, zum Beispiel als Spam.</translation>
    </message>
    <message>
        <source>The called person rejected the call and flagged it as unwanted, the way one reports a spam or nuisance call. The network or a call-filtering service may use this to treat later calls from the same number differently, for that person or more widely. A genuine caller who is affected should reach the person another way or ask their provider for help.</source>
        <translation>Die angerufene Person hat den Anruf abgelehnt und als unerwünscht gekennzeichnet, so wie man einen Spam- oder Belästigungsanruf meldet. Das Netz oder ein Anruffilterdienst kann das nutzen, um spätere Anrufe von derselben Rufnummer anders zu behandeln, für diese Person oder auch allgemein. Ein echter Anrufer, der davon betroffen ist, sollte die Person auf anderem Weg erreichen oder seinen Anbieter um Hilfe bitten.</translation>
    </message>
    <message>
        <source>The called person pressed a report-spam or block button
The calling number was reported as a robocall or nuisance caller
A spoofed caller ID belonging to someone else was reported
Calls from an auto-dialler or marketing campaign the person did not want</source>
        <translation>Die angerufene Person hat eine Taste „Spam melden“ oder „Sperren“ gedrückt
Die anrufende Rufnummer wurde als Robocall oder Belästigungsanrufer gemeldet
Eine gefälschte Anrufer-ID, die jemand anderem gehört, wurde gemeldet
Anrufe eines automatischen Wählsystems oder einer Werbekampagne, die die Person nicht wollte</translation>
    </message>
    <message>
        <source>If the call was genuine, contact the called person by another means
Check that the calling number is presented correctly and signed (STIR/SHAKEN attestation) by the provider
Check whether your number is being spoofed by others
Ask the called party's provider how to have the number cleared from its filters</source>
        <translation>War der Anruf echt, nehmen Sie auf anderem Weg Kontakt mit der angerufenen Person auf
Prüfen Sie, ob die anrufende Rufnummer korrekt übermittelt und vom Anbieter signiert wird (STIR/SHAKEN-Attestierung)
Prüfen Sie, ob Ihre Rufnummer von anderen gefälscht wird
Fragen Sie den Anbieter des Angerufenen, wie die Rufnummer aus seinen Filtern entfernt werden kann</translation>
    </message>
    <message>
        <source>unwanted, spam, robocall, nuisance call, call blocked, blocked as spam, junk call, telemarketing, reported</source>
        <translation>unerwünscht, spam, robocall, belästigungsanruf, werbeanruf, anruf blockiert, als spam blockiert, spam-anruf, telefonwerbung, gemeldet</translation>
    </message>
    <message>
        <source>Your call was blocked by a filtering service in the network, not by the person you called.</source>
        <translation>Ihr Anruf wurde von einem Filterdienst im Netz blockiert, nicht von der angerufenen Person.</translation>
    </message>
    <message>
        <source>A system between you and the called person, usually a call-screening or anti-spam service, stopped the call before it reached them. The person did not see or refuse the call. If the call is legitimate, the response may include contact details of whoever runs the filter so that the block can be disputed.</source>
        <translation>Ein System zwischen Ihnen und der angerufenen Person, meist ein Anrufprüfungs- oder Anti-Spam-Dienst, hat den Anruf gestoppt, bevor er sie erreicht hat. Die Person hat den Anruf weder gesehen noch abgelehnt. Ist der Anruf legitim, enthält die Antwort möglicherweise Kontaktdaten des Filterbetreibers, damit der Sperre widersprochen werden kann.</translation>
    </message>
    <message>
        <source>A carrier or app anti-spam filter scored the calling number as likely spam
Many short calls from the number triggered call analytics
Missing or low STIR/SHAKEN attestation for the calling number
The calling number is spoofed or on a block list</source>
        <translation>Ein Anti-Spam-Filter eines Anbieters oder einer App hat die anrufende Rufnummer als wahrscheinlichen Spam eingestuft
Viele kurze Anrufe von der Rufnummer haben die Anrufanalyse ausgelöst
Fehlende oder niedrige STIR/SHAKEN-Attestierung für die anrufende Rufnummer
Die anrufende Rufnummer ist gefälscht oder steht auf einer Sperrliste</translation>
    </message>
    <message>
        <source>Look for a Call-Info header with purpose=jwscard and use the contact details it gives
Ask your provider to check the attestation and reputation of the calling number
Register the number with the carriers' or analytics providers' remediation portals
Avoid dialling patterns that look like robocalls, such as many very short calls</source>
        <translation>Suchen Sie einen Call-Info-Header mit purpose=jwscard und nutzen Sie die darin angegebenen Kontaktdaten
Bitten Sie Ihren Anbieter, Attestierung und Reputation der anrufenden Rufnummer zu prüfen
Melden Sie die Rufnummer in den Klärungsportalen der Anbieter oder Analyseanbieter an
Vermeiden Sie Wählmuster, die wie Robocalls aussehen, etwa viele sehr kurze Anrufe</translation>
    </message>
    <message>
        <source>rejected, call blocked, spam filter, robocall, blocked by carrier, call screening, flagged as spam, spam likely, blocked number, analytics</source>
        <translation>abgelehnt, anruf blockiert, spamfilter, robocall, vom anbieter blockiert, anrufprüfung, als spam markiert, spamverdacht, gesperrte rufnummer, anrufanalyse</translation>
    </message>
    <message>
        <source>A Wireshark statistics label: the bucket where it counts 2xx responses it does not list by name. Not a code sent on the wire.</source>
        <translation>Eine Statistik-Bezeichnung von Wireshark: der Sammelposten, in dem es 2xx-Antworten zählt, die es nicht namentlich kennt. Kein Code, der tatsächlich gesendet wird.</translation>
    </message>
    <message>
        <source>This is not a registered SIP code: an analyser used it as a label for some other success response.</source>
        <translation>Dies ist kein registrierter SIP-Code: Ein Analysewerkzeug hat ihn als Bezeichnung für eine andere Erfolgsantwort verwendet.</translation>
    </message>
    <message>
        <source>The number 299 comes from Wireshark's statistics, not from a phone or server. The response that really travelled on the network was another 2xx success code, which the analyser grouped under 'Others'. The request itself succeeded; open the original packet to see the real code.</source>
        <translation>Die Zahl 299 stammt aus der Statistik von Wireshark, nicht von einem Telefon oder Server. Die Antwort, die tatsächlich über das Netz lief, war ein anderer 2xx-Erfolgscode, den das Analysewerkzeug unter „Others“ zusammengefasst hat. Die Anfrage selbst war erfolgreich; öffnen Sie das ursprüngliche Paket, um den echten Code zu sehen.</translation>
    </message>
    <message>
        <source>Not a registered code. Wireshark's sip_response_code_vals table uses 299 'Success - Others' as a per-class statistics bucket: every 2xx code it does not name is counted there, so the real status line on the wire carried a different 2xx code. Read it from the captured response. If a response really carried 299, a client would treat it as 200 (RFC 3261 §8.1.3.2).</source>
        <translation>Kein registrierter Code. Die Tabelle sip_response_code_vals von Wireshark verwendet 299 „Success - Others“ als Statistik-Sammelposten pro Klasse: Jeder 2xx-Code, den es nicht namentlich kennt, wird dort gezählt; die echte Statuszeile auf der Leitung enthielt also einen anderen 2xx-Code. Lesen Sie ihn aus der aufgezeichneten Antwort. Enthielte eine Antwort tatsächlich 299, würde ein Client sie wie 200 behandeln (RFC 3261 §8.1.3.2).</translation>
    </message>
    <message>
        <source>Not a wire code: Wireshark statistics grouped a 2xx response it does not list by name
A rarely used or newer 2xx code was present in the capture
A report or export built from Wireshark statistics copied the label</source>
        <translation>Kein tatsächlich gesendeter Code: Die Wireshark-Statistik hat eine 2xx-Antwort zusammengefasst, die sie nicht namentlich kennt
Im Mitschnitt war ein selten verwendeter oder neuerer 2xx-Code enthalten
Ein Bericht oder Export auf Basis der Wireshark-Statistik hat die Bezeichnung übernommen</translation>
    </message>
    <message>
        <source>Remember that 299 is an analyser label, not a registered code
Open the original packet in the capture and read the real status code
Look up that real code instead of 299
If the real code is unknown to you, read it as 200 OK</source>
        <translation>Denken Sie daran, dass 299 eine Bezeichnung aus einem Analysewerkzeug ist, kein registrierter Code
Öffnen Sie das ursprüngliche Paket im Mitschnitt und lesen Sie den echten Statuscode
Schlagen Sie statt 299 diesen echten Code nach
Ist Ihnen der echte Code unbekannt, lesen Sie ihn als 200 OK</translation>
    </message>
    <message>
        <source>wireshark, statistics, others, success, analyser label, not registered, not a real code, 2xx</source>
        <translation>wireshark, statistik, others, sonstige, erfolg, analysebezeichnung, nicht registriert, kein echter code, 2xx</translation>
    </message>
    <message>
        <source>Borrowed from HTTP and never defined for SIP; listed in a few vendor tables (Cisco VOCAL, ManageEngine VQManager, VIAVI Observer).</source>
        <translation>Aus HTTP übernommen und für SIP nie definiert; in einigen Herstellertabellen aufgeführt (Cisco VOCAL, ManageEngine VQManager, VIAVI Observer).</translation>
    </message>
    <message>
        <source>This is not a registered SIP code: it is a web (HTTP) redirect code that a few products also list for SIP.</source>
        <translation>Dies ist kein registrierter SIP-Code: Es ist ein Umleitungscode aus dem Web (HTTP), den einige Produkte auch für SIP aufführen.</translation>
    </message>
    <message>
        <source>303 See Other is a web code that tells a browser to look elsewhere. It was never defined for SIP calls, although a few products and monitoring tools list it. If a call really got a 303, the equipment that sent it is non-standard and your phone treats it as a general redirection. Often the 303 you see is a Warning value or a mislabelled field, not the response code.</source>
        <translation>303 See Other ist ein Web-Code, der einen Browser anweist, anderswo nachzusehen. Für SIP-Anrufe wurde er nie definiert, auch wenn einige Produkte und Überwachungswerkzeuge ihn aufführen. Hat ein Anruf wirklich eine 303 erhalten, ist das sendende Gerät nicht standardkonform, und Ihr Telefon behandelt sie als allgemeine Umleitung. Oft ist die angezeigte 303 ein Warning-Wert oder ein falsch beschriftetes Feld, nicht der Antwortcode.</translation>
    </message>
    <message>
        <source>Not a registered code: HTTP's 303 See Other was never taken into RFC 2543, RFC 3261 or the IANA registry. A UAC receiving it treats it as 300 Multiple Choices (RFC 3261 §8.1.3.2) and may use any Contact header as the alternatives. Do not confuse it with warn-code 303 (Incompatible bandwidth units) in a Warning header, which is registered and usually comes with 488 or 606.</source>
        <translation>Kein registrierter Code: 303 See Other aus HTTP wurde nie in RFC 2543, RFC 3261 oder das IANA-Register übernommen. Ein UAC, der ihn erhält, behandelt ihn wie 300 Multiple Choices (RFC 3261 §8.1.3.2) und kann etwaige Contact-Header als Alternativen verwenden. Nicht zu verwechseln mit dem warn-code 303 (Incompatible bandwidth units) in einem Warning-Header, der registriert ist und meist zusammen mit 488 oder 606 auftritt.</translation>
    </message>
    <message>
        <source>A product that reuses HTTP status codes for SIP although 303 is not registered
A monitoring tool or decode table that lists HTTP codes in its SIP table
Warning code 303 (Incompatible bandwidth units) read as a response code
A custom script on a proxy or application server sending 303</source>
        <translation>Ein Produkt, das HTTP-Statuscodes für SIP wiederverwendet, obwohl 303 nicht registriert ist
Ein Überwachungswerkzeug oder eine Dekodiertabelle, die HTTP-Codes in ihrer SIP-Tabelle aufführt
Warning-Code 303 (Incompatible bandwidth units) als Antwortcode gelesen
Ein eigenes Skript auf einem Proxy oder Application Server, das 303 sendet</translation>
    </message>
    <message>
        <source>Check whether 303 is really in the status line or only in a Warning header
Read the Contact header of the response to see where it points
Identify the sender from its Server header and ask the vendor to use a registered code such as 302 or 300
While troubleshooting, treat the call as redirected (like a 300)</source>
        <translation>Prüfen Sie, ob 303 wirklich in der Statuszeile steht oder nur in einem Warning-Header
Lesen Sie den Contact-Header der Antwort, um zu sehen, wohin er verweist
Ermitteln Sie den Absender anhand seines Server-Headers und bitten Sie den Hersteller, einen registrierten Code wie 302 oder 300 zu verwenden
Behandeln Sie den Anruf bei der Fehlersuche als umgeleitet (wie bei 300)</translation>
    </message>
    <message>
        <source>see other, redirect, redirection, http code, moved, not registered, non-standard, unregistered</source>
        <translation>see other, umleitung, weiterleitung, http-code, umgezogen, nicht registriert, nicht standardkonform, nicht standard</translation>
    </message>
    <message>
        <source>A Wireshark statistics label: the bucket where it counts 3xx responses it does not list by name. Not a code sent on the wire.</source>
        <translation>Eine Statistik-Bezeichnung von Wireshark: der Sammelposten, in dem es 3xx-Antworten zählt, die es nicht namentlich kennt. Kein Code, der tatsächlich gesendet wird.</translation>
    </message>
    <message>
        <source>This is not a registered SIP code: an analyser used it as a label for some other redirection response.</source>
        <translation>Dies ist kein registrierter SIP-Code: Ein Analysewerkzeug hat ihn als Bezeichnung für eine andere Umleitungsantwort verwendet.</translation>
    </message>
    <message>
        <source>The number 399 comes from Wireshark's statistics, not from a phone or server. The response that really travelled on the network was another 3xx code, meaning the call was redirected elsewhere, and the analyser grouped it under 'Others'. Open the original packet to see the real code.</source>
        <translation>Die Zahl 399 stammt aus der Statistik von Wireshark, nicht von einem Telefon oder Server. Die Antwort, die tatsächlich über das Netz lief, war ein anderer 3xx-Code, der Anruf wurde also anderswohin umgeleitet, und das Analysewerkzeug hat ihn unter „Others“ zusammengefasst. Öffnen Sie das ursprüngliche Paket, um den echten Code zu sehen.</translation>
    </message>
    <message>
        <source>Not a registered code. Wireshark's sip_response_code_vals table uses 399 'Redirection - Others' as a per-class statistics bucket, so the real status line carried a different 3xx code; read it from the capture. Do not confuse it with warn-code 399 (Miscellaneous warning) in a Warning header, which is a registered Warning value, not a response code. A real 399 on the wire would be treated as 300 (RFC 3261 §8.1.3.2).</source>
        <translation>Kein registrierter Code. Die Tabelle sip_response_code_vals von Wireshark verwendet 399 „Redirection - Others“ als Statistik-Sammelposten pro Klasse; die echte Statuszeile enthielt also einen anderen 3xx-Code, den Sie dem Mitschnitt entnehmen. Nicht zu verwechseln mit dem warn-code 399 (Miscellaneous warning) in einem Warning-Header, einem registrierten Warning-Wert und keinem Antwortcode. Eine tatsächlich gesendete 399 würde wie 300 behandelt (RFC 3261 §8.1.3.2).</translation>
    </message>
    <message>
        <source>Not a wire code: Wireshark statistics grouped a 3xx response it does not list by name
Warning code 399 (Miscellaneous warning) read as a response code
A report or export built from Wireshark statistics copied the label</source>
        <translation>Kein tatsächlich gesendeter Code: Die Wireshark-Statistik hat eine 3xx-Antwort zusammengefasst, die sie nicht namentlich kennt
Warning-Code 399 (Miscellaneous warning) als Antwortcode gelesen
Ein Bericht oder Export auf Basis der Wireshark-Statistik hat die Bezeichnung übernommen</translation>
    </message>
    <message>
        <source>Remember that 399 is an analyser label, not a registered code
Open the original packet and read the real status code and its Contact header
Check whether 399 actually came from a Warning header
If the real code is unknown to you, read it as 300 Multiple Choices</source>
        <translation>Denken Sie daran, dass 399 eine Bezeichnung aus einem Analysewerkzeug ist, kein registrierter Code
Öffnen Sie das ursprüngliche Paket und lesen Sie den echten Statuscode und seinen Contact-Header
Prüfen Sie, ob 399 tatsächlich aus einem Warning-Header stammt
Ist Ihnen der echte Code unbekannt, lesen Sie ihn als 300 Multiple Choices</translation>
    </message>
    <message>
        <source>wireshark, statistics, others, redirection, redirect, analyser label, not registered, not a real code, 3xx</source>
        <translation>wireshark, statistik, others, sonstige, umleitung, weiterleitung, analysebezeichnung, nicht registriert, kein echter code, 3xx</translation>
    </message>
    <message>
        <source>From RFC 2543, the 1999 SIP specification, for REGISTER conflicts; dropped by RFC 3261 and never registered. PJSIP and sofia-sip still list it.</source>
        <translation>Aus RFC 2543, der SIP-Spezifikation von 1999, für Konflikte bei REGISTER; durch RFC 3261 gestrichen und nie registriert. PJSIP und sofia-sip führen ihn noch.</translation>
    </message>
    <message>
        <source>This is not a registered SIP code: an old code from the first SIP version, meaning the request clashed with an existing registration.</source>
        <translation>Dies ist kein registrierter SIP-Code: ein alter Code aus der ersten SIP-Version, der besagt, dass die Anfrage mit einer bestehenden Registrierung kollidiert ist.</translation>
    </message>
    <message>
        <source>409 Conflict comes from the first SIP specification of 1999 and was removed when SIP was revised in 2002, so it is no longer a standard code. It meant that a registration clashed with what the server already held. Some older equipment may still send it; modern phones treat it as a general request error.</source>
        <translation>409 Conflict stammt aus der ersten SIP-Spezifikation von 1999 und wurde bei der Überarbeitung von SIP im Jahr 2002 entfernt; er ist also kein Standardcode mehr. Er bedeutete, dass eine Registrierung mit dem kollidierte, was der Server bereits gespeichert hatte. Manche ältere Geräte senden ihn möglicherweise noch; moderne Telefone behandeln ihn als allgemeinen Anfragefehler.</translation>
    </message>
    <message>
        <source>Not a registered code. RFC 2543 §7.4.10 used 409 when a REGISTER conflicted with existing registrations, for example through the Contact action parameter, which RFC 3261 removed as well. It never entered the IANA registry, and a current UAC treats it as 400 (RFC 3261 §8.1.3.2). PJSIP (PJSIP_SC_CONFLICT) and sofia-sip still carry the code and phrase.</source>
        <translation>Kein registrierter Code. RFC 2543 §7.4.10 verwendete 409, wenn ein REGISTER mit bestehenden Registrierungen kollidierte, zum Beispiel über den Contact-Parameter action, den RFC 3261 ebenfalls entfernt hat. Er wurde nie in das IANA-Register aufgenommen, und ein aktueller UAC behandelt ihn wie 400 (RFC 3261 §8.1.3.2). PJSIP (PJSIP_SC_CONFLICT) und sofia-sip führen Code und Reason-Phrase noch.</translation>
    </message>
    <message>
        <source>A legacy RFC 2543 registrar or device still using this unregistered code
A REGISTER whose contact settings clash with an existing binding on an old server
A stack that maps an internal conflict to 409
A custom application reusing the HTTP meaning of conflict</source>
        <translation>Ein Registrar oder Gerät nach RFC 2543, das diesen nicht registrierten Code noch verwendet
Ein REGISTER, dessen Contact-Einstellungen auf einem alten Server mit einer bestehenden Bindung kollidieren
Ein Stack, der einen internen Konflikt auf 409 abbildet
Eine eigene Anwendung, die die HTTP-Bedeutung von Conflict wiederverwendet</translation>
    </message>
    <message>
        <source>Treat it as a non-standard code (a modern phone reads it as 400)
Look at the request that got 409, usually a REGISTER, and its Contact header
Remove stale registrations for the account and register again
Identify the legacy equipment from its Server header and ask for a registered code</source>
        <translation>Behandeln Sie ihn als nicht standardkonformen Code (ein modernes Telefon liest ihn als 400)
Sehen Sie sich die Anfrage an, die 409 erhalten hat, meist ein REGISTER, und ihren Contact-Header
Entfernen Sie veraltete Registrierungen des Kontos und registrieren Sie sich erneut
Ermitteln Sie das ältere Gerät anhand seines Server-Headers und fordern Sie einen registrierten Code an</translation>
    </message>
    <message>
        <source>conflict, registration conflict, register failed, old sip, rfc 2543, legacy, not registered, unregistered</source>
        <translation>conflict, konflikt, registrierungskonflikt, registrierung fehlgeschlagen, altes sip, rfc 2543, veraltet, nicht registriert, nicht standard</translation>
    </message>
    <message>
        <source>From RFC 2543, the 1999 SIP specification; dropped by RFC 3261 and never registered. PJSIP and sofia-sip still list it.</source>
        <translation>Aus RFC 2543, der SIP-Spezifikation von 1999; durch RFC 3261 gestrichen und nie registriert. PJSIP und sofia-sip führen ihn noch.</translation>
    </message>
    <message>
        <source>This is not a registered SIP code: an old code meaning the server wanted to know the length of the message first.</source>
        <translation>Dies ist kein registrierter SIP-Code: ein alter Code, der besagt, dass der Server zuerst die Länge der Nachricht wissen wollte.</translation>
    </message>
    <message>
        <source>411 Length Required comes from the first SIP specification of 1999 and is no longer a standard code. It meant the server refused a message that did not state its own length. Today it points to a sending device or script that builds messages incorrectly, or to very old server equipment.</source>
        <translation>411 Length Required stammt aus der ersten SIP-Spezifikation von 1999 und ist kein Standardcode mehr. Er bedeutete, dass der Server eine Nachricht ablehnte, die ihre eigene Länge nicht angab. Heute deutet er auf ein sendendes Gerät oder Skript hin, das Nachrichten fehlerhaft aufbaut, oder auf sehr alte Servertechnik.</translation>
    </message>
    <message>
        <source>Not a registered code. RFC 2543 §7.4.12 let a server refuse a request that lacked Content-Length. RFC 3261 dropped the code and instead makes Content-Length mandatory on stream transports such as TCP and TLS (RFC 3261 §18.3, §20.14); a current UAC treats 411 as 400 (§8.1.3.2). PJSIP (PJSIP_SC_LENGTH_REQUIRED) and sofia-sip still carry the code and phrase.</source>
        <translation>Kein registrierter Code. Nach RFC 2543 §7.4.12 durfte ein Server eine Anfrage ohne Content-Length ablehnen. RFC 3261 hat den Code gestrichen und schreibt stattdessen Content-Length bei Stream-Transporten wie TCP und TLS vor (RFC 3261 §18.3, §20.14); ein aktueller UAC behandelt 411 wie 400 (§8.1.3.2). PJSIP (PJSIP_SC_LENGTH_REQUIRED) und sofia-sip führen Code und Reason-Phrase noch.</translation>
    </message>
    <message>
        <source>A request sent over TCP or TLS without a Content-Length header
An old RFC 2543 era server still using this unregistered code
A home-made client or script building SIP messages by hand
A middlebox that removed or damaged the Content-Length header</source>
        <translation>Eine Anfrage über TCP oder TLS ohne Content-Length-Header
Ein alter Server aus der Zeit von RFC 2543, der diesen nicht registrierten Code noch verwendet
Ein selbst gebauter Client oder ein Skript, das SIP-Nachrichten von Hand zusammensetzt
Eine Middlebox, die den Content-Length-Header entfernt oder beschädigt hat</translation>
    </message>
    <message>
        <source>Treat it as a non-standard code (a modern phone reads it as 400)
Check that every request, especially over TCP or TLS, has a Content-Length header
Compare the Content-Length value with the actual body size
Fix the software or script that builds the message, or identify the legacy server</source>
        <translation>Behandeln Sie ihn als nicht standardkonformen Code (ein modernes Telefon liest ihn als 400)
Prüfen Sie, ob jede Anfrage, vor allem über TCP oder TLS, einen Content-Length-Header hat
Vergleichen Sie den Content-Length-Wert mit der tatsächlichen Größe des Bodys
Korrigieren Sie die Software oder das Skript, das die Nachricht aufbaut, oder ermitteln Sie den alten Server</translation>
    </message>
    <message>
        <source>length required, content-length, missing header, old sip, rfc 2543, legacy, tcp, not registered, unregistered</source>
        <translation>length required, content-length, header fehlt, altes sip, rfc 2543, veraltet, tcp, nicht registriert, nicht standard</translation>
    </message>
    <message>
        <source>A Kamailio core error (E_SEND) sent as a reply, with a suffix such as (477/SL) in the phrase; not registered.</source>
        <translation>Ein Kern-Fehler von Kamailio (E_SEND), als Antwort gesendet, mit einem Zusatz wie (477/SL) in der Reason-Phrase; nicht registriert.</translation>
    </message>
    <message>
        <source>This is not a registered SIP code: a Kamailio server in the network could not pass your call on to the next server.</source>
        <translation>Dies ist kein registrierter SIP-Code: Ein Kamailio-Server im Netz konnte Ihren Anruf nicht an den nächsten Server weitergeben.</translation>
    </message>
    <message>
        <source>The server that answered runs Kamailio. It tried to forward the call to the next hop (another server, a gateway or the called phone) but sending failed, for example because the connection was refused. The number is specific to that software, not a standard code. The fault lies between that server and the next one, not in your phone.</source>
        <translation>Auf dem Server, der geantwortet hat, läuft Kamailio. Er hat versucht, den Anruf an den nächsten Hop weiterzuleiten (einen anderen Server, ein Gateway oder das angerufene Telefon), doch das Senden ist gescheitert, zum Beispiel weil die Verbindung abgelehnt wurde. Die Zahl ist spezifisch für diese Software, kein Standardcode. Der Fehler liegt zwischen diesem Server und dem nächsten, nicht in Ihrem Telefon.</translation>
    </message>
    <message>
        <source>Not a registered code. Kamailio (like other SER-derived proxies) turns its internal error E_SEND (-477) into a reply through sl_reply_error, with the phrase 'Unfortunately error on sending to next hop occurred' and a suffix such as (477/SL). The forwarding attempt failed at transport level: TCP or TLS connect failure, no listening socket for the needed transport or address family, or an ICMP error. A UAC reads it as 400 (RFC 3261 §8.1.3.2), which is misleading: the situation is closer to 503.</source>
        <translation>Kein registrierter Code. Kamailio (wie andere von SER abgeleitete Proxys) macht aus seinem internen Fehler E_SEND (-477) über sl_reply_error eine Antwort mit der Reason-Phrase „Unfortunately error on sending to next hop occurred“ und einem Zusatz wie (477/SL). Der Weiterleitungsversuch ist auf Transportebene gescheitert: TCP- oder TLS-Verbindungsfehler, kein lauschender Socket für den benötigten Transport oder die Adressfamilie oder ein ICMP-Fehler. Ein UAC liest sie als 400 (RFC 3261 §8.1.3.2), was irreführend ist: Die Lage entspricht eher einer 503.</translation>
    </message>
    <message>
        <source>The next hop refused the TCP or TLS connection or is down
No socket on the proxy for the transport or address family needed (for example TLS or IPv6)
TLS handshake failure towards the next hop
A firewall or network problem between the proxy and the next hop
A registered user behind NAT whose connection has closed
Kamailio reporting its own send failure with this unregistered code</source>
        <translation>Der nächste Hop hat die TCP- oder TLS-Verbindung abgelehnt oder ist ausgefallen
Kein Socket auf dem Proxy für den benötigten Transport oder die Adressfamilie (zum Beispiel TLS oder IPv6)
Fehlgeschlagener TLS-Handshake zum nächsten Hop
Ein Firewall- oder Netzproblem zwischen Proxy und nächstem Hop
Ein registrierter Teilnehmer hinter NAT, dessen Verbindung geschlossen wurde
Kamailio meldet seinen eigenen Sendefehler mit diesem nicht registrierten Code</translation>
    </message>
    <message>
        <source>Treat it as Kamailio's own error, not a registered code: the problem is beyond the proxy
Check the Kamailio log at the time of the call for the send error and destination
Verify that the next hop is up and listening on the expected port and transport
Check the proxy's listen settings for the needed transport and address family
For users behind NAT, check keep-alives and that the registration is fresh</source>
        <translation>Behandeln Sie ihn als eigenen Fehler von Kamailio, nicht als registrierten Code: Das Problem liegt hinter dem Proxy
Prüfen Sie das Kamailio-Protokoll zum Zeitpunkt des Anrufs auf den Sendefehler und das Ziel
Prüfen Sie, ob der nächste Hop läuft und auf dem erwarteten Port und Transport lauscht
Prüfen Sie die Listen-Einstellungen des Proxys für den benötigten Transport und die Adressfamilie
Prüfen Sie bei Teilnehmern hinter NAT die Keepalives und ob die Registrierung aktuell ist</translation>
    </message>
    <message>
        <source>kamailio, send failed, next hop, cannot forward, connection refused, proxy error, unreachable, server down, not registered, unregistered</source>
        <translation>kamailio, senden fehlgeschlagen, nächster hop, weiterleitung nicht möglich, verbindung abgelehnt, proxy-fehler, nicht erreichbar, server ausgefallen, nicht registriert, nicht standard</translation>
    </message>
    <message>
        <source>A Kamailio core error (E_BAD_ADDRESS) sent as a reply when the next hop cannot be resolved; not registered.</source>
        <translation>Ein Kern-Fehler von Kamailio (E_BAD_ADDRESS), als Antwort gesendet, wenn der nächste Hop nicht aufgelöst werden kann; nicht registriert.</translation>
    </message>
    <message>
        <source>This is not a registered SIP code: a Kamailio server could not find the address of the destination.</source>
        <translation>Dies ist kein registrierter SIP-Code: Ein Kamailio-Server konnte die Adresse des Ziels nicht ermitteln.</translation>
    </message>
    <message>
        <source>The server that answered runs Kamailio. It could not turn the destination name into a network address, so it did not know where to send the call. This usually comes from a wrong domain name or a DNS problem on the server side. The number is specific to that software, not a standard code.</source>
        <translation>Auf dem Server, der geantwortet hat, läuft Kamailio. Er konnte den Namen des Ziels nicht in eine Netzadresse umsetzen und wusste daher nicht, wohin er den Anruf senden soll. Meist liegt das an einem falschen Domainnamen oder einem DNS-Problem auf der Serverseite. Die Zahl ist spezifisch für diese Software, kein Standardcode.</translation>
    </message>
    <message>
        <source>Not a registered code. Kamailio's internal error E_BAD_ADDRESS (-478) is sent as a reply when the host of the Request-URI, outbound proxy or destination URI could not be resolved (no usable NAPTR, SRV, A or AAAA result under RFC 3263) or is not a valid address. A UAC reads it as 400 (RFC 3261 §8.1.3.2).</source>
        <translation>Kein registrierter Code. Der interne Fehler E_BAD_ADDRESS (-478) von Kamailio wird als Antwort gesendet, wenn der Host der Request-URI, des Outbound-Proxys oder der Ziel-URI nicht aufgelöst werden konnte (kein brauchbares NAPTR-, SRV-, A- oder AAAA-Ergebnis nach RFC 3263) oder keine gültige Adresse ist. Ein UAC liest ihn als 400 (RFC 3261 §8.1.3.2).</translation>
    </message>
    <message>
        <source>A typo in the domain part of the dialled SIP address
The proxy's DNS server is unreachable or slow
Missing SRV or A/AAAA records for the destination domain
A routing or dispatcher entry pointing at a host name that no longer exists
Kamailio reporting its own lookup failure with this unregistered code</source>
        <translation>Ein Tippfehler im Domainteil der gewählten SIP-Adresse
Der DNS-Server des Proxys ist nicht erreichbar oder langsam
Fehlende SRV- oder A/AAAA-Einträge für die Zieldomain
Ein Routing- oder Dispatcher-Eintrag, der auf einen nicht mehr existierenden Hostnamen zeigt
Kamailio meldet seinen eigenen Auflösungsfehler mit diesem nicht registrierten Code</translation>
    </message>
    <message>
        <source>Treat it as Kamailio's own error, not a registered code
Check the host part of the Request-URI and the proxy's routing target
Resolve the name from the proxy host (NAPTR, SRV and A/AAAA lookups)
Check the proxy's DNS resolver settings and reachability
Fix or update the routing or dispatcher entry</source>
        <translation>Behandeln Sie ihn als eigenen Fehler von Kamailio, nicht als registrierten Code
Prüfen Sie den Host-Teil der Request-URI und das Routing-Ziel des Proxys
Lösen Sie den Namen vom Proxy-Host aus auf (NAPTR-, SRV- und A/AAAA-Abfragen)
Prüfen Sie die DNS-Resolver-Einstellungen des Proxys und dessen Erreichbarkeit
Korrigieren oder aktualisieren Sie den Routing- oder Dispatcher-Eintrag</translation>
    </message>
    <message>
        <source>kamailio, dns, unresolvable, cannot resolve, domain not found, wrong domain, next hop, unreachable, not registered, unregistered</source>
        <translation>kamailio, dns, nicht auflösbar, kann nicht aufgelöst werden, domain nicht gefunden, falsche domain, nächster hop, nicht erreichbar, nicht registriert, nicht standard</translation>
    </message>
    <message>
        <source>A Kamailio core error (E_BAD_URI) sent as a reply when a URI in the request cannot be processed; not registered.</source>
        <translation>Ein Kern-Fehler von Kamailio (E_BAD_URI), als Antwort gesendet, wenn eine URI in der Anfrage nicht verarbeitet werden kann; nicht registriert.</translation>
    </message>
    <message>
        <source>This is not a registered SIP code: a Kamailio server could not make sense of the address you called.</source>
        <translation>Dies ist kein registrierter SIP-Code: Ein Kamailio-Server konnte mit der angerufenen Adresse nichts anfangen.</translation>
    </message>
    <message>
        <source>The server that answered runs Kamailio. The address in the call request (the number or SIP address being called) was malformed or could not be processed, so the call was refused. The number is specific to that software, not a standard code. Usually the calling phone or a routing rule produced the bad address.</source>
        <translation>Auf dem Server, der geantwortet hat, läuft Kamailio. Die Adresse in der Anrufanfrage (die angerufene Rufnummer oder SIP-Adresse) war fehlerhaft oder konnte nicht verarbeitet werden; daher wurde der Anruf abgelehnt. Die Zahl ist spezifisch für diese Software, kein Standardcode. Meist hat das anrufende Telefon oder eine Routing-Regel die fehlerhafte Adresse erzeugt.</translation>
    </message>
    <message>
        <source>Not a registered code. Kamailio's internal error E_BAD_URI (-479) is sent as a reply when the proxy could not parse or use a URI it needed, usually the Request-URI, sometimes one rewritten by the routing script. A UAC reads it as 400 (RFC 3261 §8.1.3.2); the nearest registered codes are 400 and 416 (Unsupported URI Scheme).</source>
        <translation>Kein registrierter Code. Der interne Fehler E_BAD_URI (-479) von Kamailio wird als Antwort gesendet, wenn der Proxy eine benötigte URI nicht parsen oder verwenden konnte, meist die Request-URI, manchmal eine vom Routing-Skript umgeschriebene. Ein UAC liest ihn als 400 (RFC 3261 §8.1.3.2); die nächstliegenden registrierten Codes sind 400 und 416 (Unsupported URI Scheme).</translation>
    </message>
    <message>
        <source>A malformed Request-URI (spaces, illegal characters, bad escaping)
An unsupported or misspelled URI scheme
A routing script rewriting the URI into an invalid form
Dialled characters the phone did not encode properly
Kamailio reporting its own parse failure with this unregistered code</source>
        <translation>Eine fehlerhafte Request-URI (Leerzeichen, unzulässige Zeichen, falsches Escaping)
Ein nicht unterstütztes oder falsch geschriebenes URI-Schema
Ein Routing-Skript, das die URI in eine ungültige Form umschreibt
Gewählte Zeichen, die das Telefon nicht korrekt kodiert hat
Kamailio meldet seinen eigenen Parse-Fehler mit diesem nicht registrierten Code</translation>
    </message>
    <message>
        <source>Treat it as Kamailio's own error, not a registered code
Check the Request-URI of the request as the phone sent it
Look for spaces, '#', '*' or non-ASCII letters that must be escaped
Review recent changes to routing rules that rewrite the URI
Compare with the same call dialled in plain digits</source>
        <translation>Behandeln Sie ihn als eigenen Fehler von Kamailio, nicht als registrierten Code
Prüfen Sie die Request-URI der Anfrage, wie das Telefon sie gesendet hat
Achten Sie auf Leerzeichen, „#“, „*“ oder Nicht-ASCII-Buchstaben, die maskiert werden müssen
Überprüfen Sie kürzliche Änderungen an Routing-Regeln, die die URI umschreiben
Vergleichen Sie mit demselben Anruf, nur mit Ziffern gewählt</translation>
    </message>
    <message>
        <source>kamailio, bad uri, invalid address, malformed, wrong format, dialled number, not registered, unregistered</source>
        <translation>kamailio, bad uri, ungültige adresse, fehlerhaft, falsches format, gewählte rufnummer, sonderzeichen, nicht registriert, nicht standard</translation>
    </message>
    <message>
        <source>Listed in the PJSIP and sofia-sip status tables; not defined in any RFC and not registered (origin not traced).</source>
        <translation>In den Statustabellen von PJSIP und sofia-sip aufgeführt; in keinem RFC definiert und nicht registriert (Herkunft nicht ermittelt).</translation>
    </message>
    <message>
        <source>This is not a registered SIP code: a few SIP software libraries list it, suggesting the request was replaced by a newer one.</source>
        <translation>Dies ist kein registrierter SIP-Code: Einige SIP-Softwarebibliotheken führen ihn; er deutet darauf hin, dass die Anfrage durch eine neuere ersetzt wurde.</translation>
    </message>
    <message>
        <source>490 Request Updated appears in the code tables of some SIP software but has no agreed definition and is not a standard code. Its name suggests the request was superseded by a newer one before it finished. Other equipment treats it as a general request error, so look at what happened just before and after it.</source>
        <translation>490 Request Updated taucht in den Codetabellen mancher SIP-Software auf, hat aber keine vereinbarte Definition und ist kein Standardcode. Sein Name deutet darauf hin, dass die Anfrage durch eine neuere ersetzt wurde, bevor sie abgeschlossen war. Andere Geräte behandeln ihn als allgemeinen Anfragefehler; sehen Sie sich daher an, was unmittelbar davor und danach geschah.</translation>
    </message>
    <message>
        <source>Not a registered code and not defined in any RFC; PJSIP (PJSIP_SC_REQUEST_UPDATED) and sofia-sip (SIP_490_REQUEST_UPDATED) list the phrase without a documented origin. A UAC reads it as 400 (RFC 3261 §8.1.3.2). Look for a newer request on the same dialog or registration (re-INVITE, UPDATE, REGISTER refresh) that may have replaced the one that got 490; the registered code for a request crossing another one in progress is 491.</source>
        <translation>Kein registrierter Code und in keinem RFC definiert; PJSIP (PJSIP_SC_REQUEST_UPDATED) und sofia-sip (SIP_490_REQUEST_UPDATED) führen die Reason-Phrase ohne dokumentierte Herkunft. Ein UAC liest ihn als 400 (RFC 3261 §8.1.3.2). Suchen Sie nach einer neueren Anfrage im selben Dialog oder in derselben Registrierung (Re-INVITE, UPDATE, REGISTER-Auffrischung), die die Anfrage mit der 490 ersetzt haben könnte; der registrierte Code für eine Anfrage, die sich mit einer anderen laufenden überschneidet, ist 491.</translation>
    </message>
    <message>
        <source>Software built on PJSIP or sofia-sip using this unregistered code
A newer request on the same dialog or registration replacing the pending one
A custom application reusing the library constant</source>
        <translation>Software auf Basis von PJSIP oder sofia-sip, die diesen nicht registrierten Code verwendet
Eine neuere Anfrage im selben Dialog oder in derselben Registrierung ersetzt die offene
Eine eigene Anwendung, die die Bibliothekskonstante wiederverwendet</translation>
    </message>
    <message>
        <source>Treat it as a non-standard code (other equipment reads it as 400)
Look for a newer request with the same Call-ID just before the 490
If that newer request succeeded, the 490 is probably harmless
Identify the sending software from its Server or User-Agent header and ask the vendor</source>
        <translation>Behandeln Sie ihn als nicht standardkonformen Code (andere Geräte lesen ihn als 400)
Suchen Sie unmittelbar vor der 490 nach einer neueren Anfrage mit derselben Call-ID
War diese neuere Anfrage erfolgreich, ist die 490 wahrscheinlich harmlos
Ermitteln Sie die sendende Software anhand ihres Server- oder User-Agent-Headers und fragen Sie den Hersteller</translation>
    </message>
    <message>
        <source>request updated, superseded, replaced, pjsip, sofia-sip, not registered, unregistered, non-standard</source>
        <translation>request updated, ersetzt, überholt, pjsip, sofia-sip, nicht registriert, nicht standard, nicht standardkonform</translation>
    </message>
    <message>
        <source>A Wireshark statistics label: the bucket where it counts 4xx responses it does not list by name. Not a code sent on the wire.</source>
        <translation>Eine Statistik-Bezeichnung von Wireshark: der Sammelposten, in dem es 4xx-Antworten zählt, die es nicht namentlich kennt. Kein Code, der tatsächlich gesendet wird.</translation>
    </message>
    <message>
        <source>This is not a registered SIP code: an analyser used it as a label for some other request failure.</source>
        <translation>Dies ist kein registrierter SIP-Code: Ein Analysewerkzeug hat ihn als Bezeichnung für einen anderen Anfragefehler verwendet.</translation>
    </message>
    <message>
        <source>The number 499 comes from Wireshark's statistics, not from a phone or server. The response that really travelled on the network was another 4xx code, meaning the request failed, and the analyser grouped it under 'Others'. Open the original packet to see the real code and its explanation.</source>
        <translation>Die Zahl 499 stammt aus der Statistik von Wireshark, nicht von einem Telefon oder Server. Die Antwort, die tatsächlich über das Netz lief, war ein anderer 4xx-Code, die Anfrage ist also gescheitert, und das Analysewerkzeug hat ihn unter „Others“ zusammengefasst. Öffnen Sie das ursprüngliche Paket, um den echten Code und seine Erklärung zu sehen.</translation>
    </message>
    <message>
        <source>Not a registered code. Wireshark's sip_response_code_vals table uses 499 'Client Error - Others' as a per-class statistics bucket, so the real status line carried a different 4xx code, typically a newer or rarely used one; read it from the capture. A real 499 on the wire would be treated as 400 (RFC 3261 §8.1.3.2).</source>
        <translation>Kein registrierter Code. Die Tabelle sip_response_code_vals von Wireshark verwendet 499 „Client Error - Others“ als Statistik-Sammelposten pro Klasse; die echte Statuszeile enthielt also einen anderen 4xx-Code, typischerweise einen neueren oder selten verwendeten, den Sie dem Mitschnitt entnehmen. Eine tatsächlich gesendete 499 würde wie 400 behandelt (RFC 3261 §8.1.3.2).</translation>
    </message>
    <message>
        <source>Not a wire code: Wireshark statistics grouped a 4xx response it does not list by name
A newer or vendor-specific 4xx code was present in the capture
A report or export built from Wireshark statistics copied the label</source>
        <translation>Kein tatsächlich gesendeter Code: Die Wireshark-Statistik hat eine 4xx-Antwort zusammengefasst, die sie nicht namentlich kennt
Im Mitschnitt war ein neuerer oder herstellerspezifischer 4xx-Code enthalten
Ein Bericht oder Export auf Basis der Wireshark-Statistik hat die Bezeichnung übernommen</translation>
    </message>
    <message>
        <source>Remember that 499 is an analyser label, not a registered code
Open the original packet and read the real status code and reason phrase
Look up that real code instead of 499
If the real code is unknown to you, read it as 400 Bad Request</source>
        <translation>Denken Sie daran, dass 499 eine Bezeichnung aus einem Analysewerkzeug ist, kein registrierter Code
Öffnen Sie das ursprüngliche Paket und lesen Sie den echten Statuscode und die Reason-Phrase
Schlagen Sie statt 499 diesen echten Code nach
Ist Ihnen der echte Code unbekannt, lesen Sie ihn als 400 Bad Request</translation>
    </message>
    <message>
        <source>wireshark, statistics, others, client error, analyser label, not registered, not a real code, 4xx</source>
        <translation>wireshark, statistik, others, sonstige, client-fehler, analysebezeichnung, nicht registriert, kein echter code, 4xx</translation>
    </message>
    <message>
        <source>A Wireshark statistics label: the bucket where it counts 5xx responses it does not list by name. Not a code sent on the wire.</source>
        <translation>Eine Statistik-Bezeichnung von Wireshark: der Sammelposten, in dem es 5xx-Antworten zählt, die es nicht namentlich kennt. Kein Code, der tatsächlich gesendet wird.</translation>
    </message>
    <message>
        <source>This is not a registered SIP code: an analyser used it as a label for some other server error.</source>
        <translation>Dies ist kein registrierter SIP-Code: Ein Analysewerkzeug hat ihn als Bezeichnung für einen anderen Serverfehler verwendet.</translation>
    </message>
    <message>
        <source>The number 599 comes from Wireshark's statistics, not from a phone or server. The response that really travelled on the network was another 5xx code, meaning a server failed, and the analyser grouped it under 'Others'. Open the original packet to see the real code.</source>
        <translation>Die Zahl 599 stammt aus der Statistik von Wireshark, nicht von einem Telefon oder Server. Die Antwort, die tatsächlich über das Netz lief, war ein anderer 5xx-Code, ein Server ist also gescheitert, und das Analysewerkzeug hat ihn unter „Others“ zusammengefasst. Öffnen Sie das ursprüngliche Paket, um den echten Code zu sehen.</translation>
    </message>
    <message>
        <source>Not a registered code. Wireshark's sip_response_code_vals table uses 599 'Server Error - Others' as a per-class statistics bucket, so the real status line carried a different 5xx code; read it from the capture. A real 599 on the wire would be treated as 500 (RFC 3261 §8.1.3.2).</source>
        <translation>Kein registrierter Code. Die Tabelle sip_response_code_vals von Wireshark verwendet 599 „Server Error - Others“ als Statistik-Sammelposten pro Klasse; die echte Statuszeile enthielt also einen anderen 5xx-Code, den Sie dem Mitschnitt entnehmen. Eine tatsächlich gesendete 599 würde wie 500 behandelt (RFC 3261 §8.1.3.2).</translation>
    </message>
    <message>
        <source>Not a wire code: Wireshark statistics grouped a 5xx response it does not list by name
A newer or vendor-specific 5xx code was present in the capture
A report or export built from Wireshark statistics copied the label</source>
        <translation>Kein tatsächlich gesendeter Code: Die Wireshark-Statistik hat eine 5xx-Antwort zusammengefasst, die sie nicht namentlich kennt
Im Mitschnitt war ein neuerer oder herstellerspezifischer 5xx-Code enthalten
Ein Bericht oder Export auf Basis der Wireshark-Statistik hat die Bezeichnung übernommen</translation>
    </message>
    <message>
        <source>Remember that 599 is an analyser label, not a registered code
Open the original packet and read the real status code and any Retry-After header
Look up that real code instead of 599
If the real code is unknown to you, read it as 500 Server Internal Error</source>
        <translation>Denken Sie daran, dass 599 eine Bezeichnung aus einem Analysewerkzeug ist, kein registrierter Code
Öffnen Sie das ursprüngliche Paket und lesen Sie den echten Statuscode und einen etwaigen Retry-After-Header
Schlagen Sie statt 599 diesen echten Code nach
Ist Ihnen der echte Code unbekannt, lesen Sie ihn als 500 Server Internal Error</translation>
    </message>
    <message>
        <source>wireshark, statistics, others, server error, analyser label, not registered, not a real code, 5xx</source>
        <translation>wireshark, statistik, others, sonstige, serverfehler, analysebezeichnung, nicht registriert, kein echter code, 5xx</translation>
    </message>
    <message>
        <source>Listed in the sofia-sip status table (SIP_687_DIALOG_TERMINATED), the SIP library used by FreeSWITCH among others; not defined in any RFC and not registered.</source>
        <translation>In der Statustabelle von sofia-sip aufgeführt (SIP_687_DIALOG_TERMINATED), der SIP-Bibliothek, die unter anderem FreeSWITCH verwendet; in keinem RFC definiert und nicht registriert.</translation>
    </message>
    <message>
        <source>This is not a registered SIP code: some SIP software uses it to say the call had already ended.</source>
        <translation>Dies ist kein registrierter SIP-Code: Manche SIP-Software verwendet ihn, um zu melden, dass das Gespräch bereits beendet war.</translation>
    </message>
    <message>
        <source>687 Dialog Terminated comes from the sofia-sip software library, which FreeSWITCH and other products are built on. It says that the call session (the dialog) a request belonged to had already ended. It is not a standard code, so other equipment reads it as a general failure. It usually shows up when something happens on a call that was just hung up.</source>
        <translation>687 Dialog Terminated stammt aus der Softwarebibliothek sofia-sip, auf der FreeSWITCH und andere Produkte aufbauen. Er besagt, dass die Gesprächssitzung (der Dialog), zu der eine Anfrage gehörte, bereits beendet war. Er ist kein Standardcode; andere Geräte lesen ihn daher als allgemeinen Fehler. Meist taucht er auf, wenn bei einem gerade aufgelegten Gespräch noch etwas passiert.</translation>
    </message>
    <message>
        <source>Not a registered code and not defined in any RFC; sofia-sip lists it as SIP_687_DIALOG_TERMINATED with the phrase 'Dialog Terminated', whose name points to a request or transaction cut short because its dialog had ended. Software built on sofia-sip may show it in logs or send it; a UAC receiving it reads it as 600 (RFC 3261 §8.1.3.2), which wrongly suggests a global failure. The registered answers are 481 for a request that matches no dialog and 487 for a terminated request.</source>
        <translation>Kein registrierter Code und in keinem RFC definiert; sofia-sip führt ihn als SIP_687_DIALOG_TERMINATED mit der Reason-Phrase „Dialog Terminated“, deren Name auf eine Anfrage oder Transaktion hindeutet, die abgebrochen wurde, weil ihr Dialog beendet war. Software auf Basis von sofia-sip kann ihn in Protokollen anzeigen oder senden; ein UAC, der ihn erhält, liest ihn als 600 (RFC 3261 §8.1.3.2), was fälschlich einen globalen Fehler nahelegt. Die registrierten Antworten sind 481 für eine Anfrage, die zu keinem Dialog passt, und 487 für eine beendete Anfrage.</translation>
    </message>
    <message>
        <source>Software built on sofia-sip (for example FreeSWITCH) using this unregistered code
A request arriving for a call that has just been hung up
A dialog torn down while a re-INVITE, UPDATE or other request was still pending
A race between BYE and another request on the same call</source>
        <translation>Software auf Basis von sofia-sip (zum Beispiel FreeSWITCH), die diesen nicht registrierten Code verwendet
Eine Anfrage, die für ein gerade aufgelegtes Gespräch eintrifft
Ein Dialog wurde abgebaut, während ein Re-INVITE, UPDATE oder eine andere Anfrage noch offen war
Eine Überschneidung zwischen BYE und einer anderen Anfrage im selben Gespräch</translation>
    </message>
    <message>
        <source>Treat it as a non-standard code (other equipment reads it as 600)
Look for a BYE or CANCEL with the same Call-ID just before the 687
If the call had already ended normally, the 687 is usually harmless
If calls drop unexpectedly, investigate why the dialog ended rather than the 687 itself</source>
        <translation>Behandeln Sie ihn als nicht standardkonformen Code (andere Geräte lesen ihn als 600)
Suchen Sie unmittelbar vor der 687 nach einem BYE oder CANCEL mit derselben Call-ID
War das Gespräch bereits normal beendet, ist die 687 meist harmlos
Brechen Gespräche unerwartet ab, untersuchen Sie, warum der Dialog endete, statt der 687 selbst</translation>
    </message>
    <message>
        <source>dialog terminated, call ended, hung up, sofia-sip, freeswitch, not registered, unregistered, non-standard</source>
        <translation>dialog terminated, gespräch beendet, aufgelegt, sofia-sip, freeswitch, nicht registriert, nicht standard, nicht standardkonform</translation>
    </message>
    <message>
        <source>A Wireshark statistics label: the bucket where it counts 6xx responses it does not list by name. Not a code sent on the wire.</source>
        <translation>Eine Statistik-Bezeichnung von Wireshark: der Sammelposten, in dem es 6xx-Antworten zählt, die es nicht namentlich kennt. Kein Code, der tatsächlich gesendet wird.</translation>
    </message>
    <message>
        <source>This is not a registered SIP code: an analyser used it as a label for some other final refusal.</source>
        <translation>Dies ist kein registrierter SIP-Code: Ein Analysewerkzeug hat ihn als Bezeichnung für eine andere endgültige Ablehnung verwendet.</translation>
    </message>
    <message>
        <source>The number 699 comes from Wireshark's statistics, not from a phone or server. The response that really travelled on the network was another 6xx code, meaning the call was refused everywhere, and the analyser grouped it under 'Others'. Open the original packet to see the real code.</source>
        <translation>Die Zahl 699 stammt aus der Statistik von Wireshark, nicht von einem Telefon oder Server. Die Antwort, die tatsächlich über das Netz lief, war ein anderer 6xx-Code, der Anruf wurde also überall abgelehnt, und das Analysewerkzeug hat ihn unter „Others“ zusammengefasst. Öffnen Sie das ursprüngliche Paket, um den echten Code zu sehen.</translation>
    </message>
    <message>
        <source>Not a registered code. Wireshark's sip_response_code_vals table uses 699 'Global Failure - Others' as a per-class statistics bucket, so the real status line carried a different 6xx code, for example one newer than the Wireshark version in use; read it from the capture. A real 699 on the wire would be treated as 600 (RFC 3261 §8.1.3.2).</source>
        <translation>Kein registrierter Code. Die Tabelle sip_response_code_vals von Wireshark verwendet 699 „Global Failure - Others“ als Statistik-Sammelposten pro Klasse; die echte Statuszeile enthielt also einen anderen 6xx-Code, zum Beispiel einen, der neuer ist als die verwendete Wireshark-Version. Entnehmen Sie ihn dem Mitschnitt. Eine tatsächlich gesendete 699 würde wie 600 behandelt (RFC 3261 §8.1.3.2).</translation>
    </message>
    <message>
        <source>Not a wire code: Wireshark statistics grouped a 6xx response it does not list by name
A 6xx code newer than the analyser version in use (for example 607 or 608 in an old version)
A report or export built from Wireshark statistics copied the label</source>
        <translation>Kein tatsächlich gesendeter Code: Die Wireshark-Statistik hat eine 6xx-Antwort zusammengefasst, die sie nicht namentlich kennt
Ein 6xx-Code, der neuer ist als die verwendete Version des Analysewerkzeugs (zum Beispiel 607 oder 608 in einer alten Version)
Ein Bericht oder Export auf Basis der Wireshark-Statistik hat die Bezeichnung übernommen</translation>
    </message>
    <message>
        <source>Remember that 699 is an analyser label, not a registered code
Open the original packet and read the real status code and reason phrase
Look up that real code instead of 699
If the real code is unknown to you, read it as 600 Busy Everywhere</source>
        <translation>Denken Sie daran, dass 699 eine Bezeichnung aus einem Analysewerkzeug ist, kein registrierter Code
Öffnen Sie das ursprüngliche Paket und lesen Sie den echten Statuscode und die Reason-Phrase
Schlagen Sie statt 699 diesen echten Code nach
Ist Ihnen der echte Code unbekannt, lesen Sie ihn als 600 Busy Everywhere</translation>
    </message>
    <message>
        <source>wireshark, statistics, others, global failure, analyser label, not registered, not a real code, 6xx</source>
        <translation>wireshark, statistik, others, sonstige, globaler fehler, analysebezeichnung, nicht registriert, kein echter code, 6xx</translation>
    </message>
    <message>
        <source>A PJSIP local status for a request that got no answer; reported to the application, never sent on the wire.</source>
        <translation>Ein lokaler Status von PJSIP für eine Anfrage, die keine Antwort erhalten hat; wird an die Anwendung gemeldet, nie gesendet.</translation>
    </message>
    <message>
        <source>This is not a registered SIP code: your phone gave up waiting because nothing came back from the server.</source>
        <translation>Dies ist kein registrierter SIP-Code: Ihr Telefon hat das Warten aufgegeben, weil vom Server nichts zurückkam.</translation>
    </message>
    <message>
        <source>No server sent this number. The phone or app (built on the PJSIP library) sent a request, received no reply at all from the network, and reported 701 itself. It points to a connection problem between your device and the server, or to a server that is down.</source>
        <translation>Kein Server hat diese Zahl gesendet. Das Telefon oder die App (auf Basis der Bibliothek PJSIP) hat eine Anfrage gesendet, überhaupt keine Antwort aus dem Netz erhalten und selbst 701 gemeldet. Das deutet auf ein Verbindungsproblem zwischen Ihrem Gerät und dem Server hin oder auf einen ausgefallenen Server.</translation>
    </message>
    <message>
        <source>Not a registered code; a local status from PJSIP's status table (formerly PJSIP_SC_TSX_TIMEOUT): the client transaction timed out (Timer B or F) without any response, so nothing was received from the network. RFC 3261 §8.1.3.1 says such a timeout is reported as if 408 had arrived, which newer PJSIP releases do. A capture shows whether the request left the device and whether anything came back.</source>
        <translation>Kein registrierter Code; ein lokaler Status aus der Statustabelle von PJSIP (früher PJSIP_SC_TSX_TIMEOUT): Die Client-Transaktion ist ganz ohne Antwort abgelaufen (Timer B oder F), aus dem Netz wurde also nichts empfangen. Nach RFC 3261 §8.1.3.1 wird ein solcher Timeout gemeldet, als wäre eine 408 eingetroffen, was neuere PJSIP-Versionen auch tun. Ein Mitschnitt zeigt, ob die Anfrage das Gerät verlassen hat und ob etwas zurückkam.</translation>
    </message>
    <message>
        <source>Not a network answer: the phone's own timeout, reported with this unregistered code
Server down or unreachable
A firewall or NAT dropping the request or the response
Wrong server address, port or transport in the account settings
A large UDP request fragmented and dropped on the way</source>
        <translation>Keine Antwort aus dem Netz: der eigene Timeout des Telefons, gemeldet mit diesem nicht registrierten Code
Server ausgefallen oder nicht erreichbar
Eine Firewall oder NAT verwirft die Anfrage oder die Antwort
Falsche Serveradresse, falscher Port oder Transport in den Kontoeinstellungen
Eine große UDP-Anfrage wurde fragmentiert und unterwegs verworfen</translation>
    </message>
    <message>
        <source>Remember nothing was received: the phone concluded this locally
Check the device's network connection
Check the server address, port and transport in the account settings
Capture traffic to see whether the request left and whether anything came back
Try TCP or TLS instead of UDP</source>
        <translation>Denken Sie daran, dass nichts empfangen wurde: Das Telefon hat dies lokal festgestellt
Prüfen Sie die Netzverbindung des Geräts
Prüfen Sie Serveradresse, Port und Transport in den Kontoeinstellungen
Zeichnen Sie den Datenverkehr auf, um zu sehen, ob die Anfrage hinausging und ob etwas zurückkam
Verwenden Sie TCP oder TLS statt UDP</translation>
    </message>
    <message>
        <source>no response, timeout, server not responding, unreachable, server down, no connection, pjsip, local error, not on the wire, not registered</source>
        <translation>keine antwort, timeout, zeitüberschreitung, server antwortet nicht, nicht erreichbar, server ausgefallen, keine verbindung, pjsip, lokaler fehler, nicht gesendet, nicht registriert</translation>
    </message>
    <message>
        <source>A PJSIP local status for a server name that could not be resolved; reported to the application, never sent on the wire.</source>
        <translation>Ein lokaler Status von PJSIP für einen Servernamen, der nicht aufgelöst werden konnte; wird an die Anwendung gemeldet, nie gesendet.</translation>
    </message>
    <message>
        <source>This is not a registered SIP code: your phone could not find the server's address, so it sent nothing.</source>
        <translation>Dies ist kein registrierter SIP-Code: Ihr Telefon konnte die Adresse des Servers nicht ermitteln und hat daher nichts gesendet.</translation>
    </message>
    <message>
        <source>No server sent this number. The phone or app (built on the PJSIP library) could not turn the server name into a network address and reported 702 itself; nothing was sent or received. It usually means a wrong server name in the settings or a DNS problem on the network the device uses.</source>
        <translation>Kein Server hat diese Zahl gesendet. Das Telefon oder die App (auf Basis der Bibliothek PJSIP) konnte den Servernamen nicht in eine Netzadresse umsetzen und hat selbst 702 gemeldet; es wurde nichts gesendet oder empfangen. Meist bedeutet das einen falschen Servernamen in den Einstellungen oder ein DNS-Problem im Netz, das das Gerät nutzt.</translation>
    </message>
    <message>
        <source>Not a registered code; a local status from PJSIP's status table (formerly PJSIP_SC_TSX_RESOLVE_ERROR): the DNS lookup of the destination (NAPTR, SRV, A or AAAA per RFC 3263) failed, so no request went out and nothing was received from the network. Newer PJSIP releases usually report this kind of failure as 503, in line with RFC 3261 §8.1.3.1 treating transport failures as 503.</source>
        <translation>Kein registrierter Code; ein lokaler Status aus der Statustabelle von PJSIP (früher PJSIP_SC_TSX_RESOLVE_ERROR): Die DNS-Abfrage des Ziels (NAPTR, SRV, A oder AAAA nach RFC 3263) ist gescheitert; es ging also keine Anfrage hinaus, und aus dem Netz wurde nichts empfangen. Neuere PJSIP-Versionen melden diese Art von Fehler meist als 503, im Einklang mit RFC 3261 §8.1.3.1, wonach Transportfehler als 503 behandelt werden.</translation>
    </message>
    <message>
        <source>Not a network answer: the phone's own DNS failure, reported with this unregistered code
A typo in the server or domain name in the account settings
No working DNS server on the device or network
Missing SRV or A/AAAA records for the provider's domain
DNS blocked or filtered by the network (hotel, corporate, captive portal)</source>
        <translation>Keine Antwort aus dem Netz: der eigene DNS-Fehler des Telefons, gemeldet mit diesem nicht registrierten Code
Ein Tippfehler im Server- oder Domainnamen in den Kontoeinstellungen
Kein funktionierender DNS-Server auf dem Gerät oder im Netz
Fehlende SRV- oder A/AAAA-Einträge für die Domain des Anbieters
DNS vom Netz blockiert oder gefiltert (Hotel, Firmennetz, Captive Portal)</translation>
    </message>
    <message>
        <source>Remember nothing was sent or received: the phone concluded this locally
Check the server or domain name in the account settings
Check the device's DNS settings and internet connection
Look up the domain's SRV and A records from another machine
Try the server's IP address temporarily to confirm a DNS problem</source>
        <translation>Denken Sie daran, dass nichts gesendet oder empfangen wurde: Das Telefon hat dies lokal festgestellt
Prüfen Sie den Server- oder Domainnamen in den Kontoeinstellungen
Prüfen Sie die DNS-Einstellungen und die Internetverbindung des Geräts
Fragen Sie die SRV- und A-Einträge der Domain von einem anderen Rechner aus ab
Verwenden Sie vorübergehend die IP-Adresse des Servers, um ein DNS-Problem zu bestätigen</translation>
    </message>
    <message>
        <source>dns, cannot resolve, server not found, domain not found, wrong server name, no internet, pjsip, local error, not on the wire, not registered</source>
        <translation>dns, nicht auflösbar, server nicht gefunden, domain nicht gefunden, falscher servername, kein internet, pjsip, lokaler fehler, nicht gesendet, nicht registriert</translation>
    </message>
    <message>
        <source>A PJSIP local status for a request that could not be sent; reported to the application, never sent on the wire.</source>
        <translation>Ein lokaler Status von PJSIP für eine Anfrage, die nicht gesendet werden konnte; wird an die Anwendung gemeldet, nie gesendet.</translation>
    </message>
    <message>
        <source>This is not a registered SIP code: your phone could not send its request to the server.</source>
        <translation>Dies ist kein registrierter SIP-Code: Ihr Telefon konnte seine Anfrage nicht an den Server senden.</translation>
    </message>
    <message>
        <source>No server sent this number. The phone or app (built on the PJSIP library) tried to send a request, but the connection failed, for example because it was refused or the secure connection could not be set up, and it reported 703 itself. Nothing was received from the network; the problem is the path to the server or the server being down.</source>
        <translation>Kein Server hat diese Zahl gesendet. Das Telefon oder die App (auf Basis der Bibliothek PJSIP) hat versucht, eine Anfrage zu senden, doch die Verbindung ist gescheitert, zum Beispiel weil sie abgelehnt wurde oder die gesicherte Verbindung nicht aufgebaut werden konnte, und es hat selbst 703 gemeldet. Aus dem Netz wurde nichts empfangen; das Problem liegt auf dem Weg zum Server oder darin, dass der Server ausgefallen ist.</translation>
    </message>
    <message>
        <source>Not a registered code; a local status from PJSIP's status table (formerly PJSIP_SC_TSX_TRANSPORT_ERROR): the transport could not send the request (connection refused or reset, TLS failure, ICMP unreachable), so nothing was received from the network. RFC 3261 §8.1.3.1 says a fatal transport error is reported as if 503 had arrived, which newer PJSIP releases do; the client should then try the next server (RFC 3263 §4.3).</source>
        <translation>Kein registrierter Code; ein lokaler Status aus der Statustabelle von PJSIP (früher PJSIP_SC_TSX_TRANSPORT_ERROR): Der Transport konnte die Anfrage nicht senden (Verbindung abgelehnt oder zurückgesetzt, TLS-Fehler, ICMP unreachable), aus dem Netz wurde also nichts empfangen. Nach RFC 3261 §8.1.3.1 wird ein schwerwiegender Transportfehler gemeldet, als wäre eine 503 eingetroffen, was neuere PJSIP-Versionen auch tun; der Client soll dann den nächsten Server versuchen (RFC 3263 §4.3).</translation>
    </message>
    <message>
        <source>Not a network answer: the phone's own send failure, reported with this unregistered code
The server refused the TCP or TLS connection (service down, wrong port)
TLS handshake failure (certificate, protocol version, cipher)
ICMP port or host unreachable for UDP
A local firewall or VPN blocking outgoing SIP</source>
        <translation>Keine Antwort aus dem Netz: der eigene Sendefehler des Telefons, gemeldet mit diesem nicht registrierten Code
Der Server hat die TCP- oder TLS-Verbindung abgelehnt (Dienst ausgefallen, falscher Port)
Fehlgeschlagener TLS-Handshake (Zertifikat, Protokollversion, Cipher)
ICMP port oder host unreachable bei UDP
Eine lokale Firewall oder ein VPN blockiert ausgehendes SIP</translation>
    </message>
    <message>
        <source>Remember nothing was received: the phone concluded this locally
Check the server address, port and transport
For TLS, check certificates and the date and time on the device
Capture traffic to see the connection attempt and any reset or ICMP error
Try another network (mobile data instead of Wi-Fi) to rule out local blocking</source>
        <translation>Denken Sie daran, dass nichts empfangen wurde: Das Telefon hat dies lokal festgestellt
Prüfen Sie Serveradresse, Port und Transport
Prüfen Sie bei TLS die Zertifikate sowie Datum und Uhrzeit auf dem Gerät
Zeichnen Sie den Datenverkehr auf, um den Verbindungsversuch und etwaige Resets oder ICMP-Fehler zu sehen
Versuchen Sie ein anderes Netz (Mobilfunkdaten statt WLAN), um eine lokale Sperre auszuschließen</translation>
    </message>
    <message>
        <source>send error, transport error, connection refused, tls error, cannot connect, unreachable, server down, pjsip, local error, not on the wire, not registered</source>
        <translation>sendefehler, transportfehler, verbindung abgelehnt, tls-fehler, keine verbindung möglich, nicht erreichbar, server ausgefallen, pjsip, lokaler fehler, nicht gesendet, nicht registriert</translation>
    </message>
    <message>
        <source>A sofia-sip NUA local status reported to the application (seen in FreeSWITCH logs); never sent on the wire.</source>
        <translation>Ein lokaler Status der NUA-Schicht von sofia-sip, an die Anwendung gemeldet (in FreeSWITCH-Protokollen zu sehen); nie gesendet.</translation>
    </message>
    <message>
        <source>This is not a registered SIP code: the calling software reported an internal error of its own, and nothing came from the network.</source>
        <translation>Dies ist kein registrierter SIP-Code: Die anrufende Software hat einen eigenen internen Fehler gemeldet, und aus dem Netz kam nichts.</translation>
    </message>
    <message>
        <source>This number is produced inside SIP software built on the sofia-sip library, such as FreeSWITCH, to report a problem it found itself. The text varies, for example it could not add login credentials or the session was already ending. No server sent this code and nothing was received from the network for it; the cause is in the local software or its configuration.</source>
        <translation>Diese Zahl wird innerhalb von SIP-Software auf Basis der Bibliothek sofia-sip erzeugt, etwa FreeSWITCH, um ein selbst festgestelltes Problem zu melden. Der Text variiert, zum Beispiel konnten keine Anmeldedaten hinzugefügt werden oder die Sitzung wurde bereits beendet. Kein Server hat diesen Code gesendet, und aus dem Netz wurde dafür nichts empfangen; die Ursache liegt in der lokalen Software oder ihrer Konfiguration.</translation>
    </message>
    <message>
        <source>Not a registered code; a local status from sofia-sip's NUA layer (nua_client.c, nua_session.c, nua_register.c), reported to the application with a varying phrase such as 'Cannot add credentials' or 'Session is terminating'. It never crosses the wire. Read the phrase and the neighbouring log lines: a 900 usually follows a real response (for example a 401 or 407 that could not be answered) or a local state problem.</source>
        <translation>Kein registrierter Code; ein lokaler Status aus der NUA-Schicht von sofia-sip (nua_client.c, nua_session.c, nua_register.c), an die Anwendung gemeldet mit wechselnder Reason-Phrase wie „Cannot add credentials“ oder „Session is terminating“. Er wird nie über die Leitung gesendet. Lesen Sie die Reason-Phrase und die benachbarten Protokollzeilen: Eine 900 folgt meist auf eine echte Antwort (zum Beispiel eine 401 oder 407, die nicht beantwortet werden konnte) oder auf ein lokales Zustandsproblem.</translation>
    </message>
    <message>
        <source>Not a network answer: sofia-sip's own status, reported with this unregistered code
Credentials missing or invalid for an authentication challenge
A request attempted while the session was already being torn down
A misconfigured gateway or profile in FreeSWITCH
An internal state error in the application</source>
        <translation>Keine Antwort aus dem Netz: der eigene Status von sofia-sip, gemeldet mit diesem nicht registrierten Code
Zugangsdaten für eine Authentifizierungs-Challenge fehlen oder sind ungültig
Eine Anfrage, die versucht wurde, während die Sitzung bereits abgebaut wurde
Ein falsch konfiguriertes Gateway oder Profil in FreeSWITCH
Ein interner Zustandsfehler in der Anwendung</translation>
    </message>
    <message>
        <source>Remember nothing was received with this code: the software concluded it locally
Read the phrase that comes with 900 in the log
Look at the SIP messages just before it (for example a 401, 407 or BYE)
Check the gateway or account credentials and settings
Update the software if the error looks like a bug</source>
        <translation>Denken Sie daran, dass mit diesem Code nichts empfangen wurde: Die Software hat ihn lokal festgestellt
Lesen Sie die Reason-Phrase, die im Protokoll mit der 900 erscheint
Sehen Sie sich die SIP-Nachrichten unmittelbar davor an (zum Beispiel eine 401, 407 oder ein BYE)
Prüfen Sie Zugangsdaten und Einstellungen des Gateways oder Kontos
Aktualisieren Sie die Software, wenn der Fehler nach einem Bug aussieht</translation>
    </message>
    <message>
        <source>internal error, local error, freeswitch, sofia, cannot add credentials, session terminating, not on the wire, not registered</source>
        <translation>interner fehler, lokaler fehler, freeswitch, sofia, cannot add credentials, sitzung wird beendet, nicht gesendet, nicht registriert</translation>
    </message>
    <message>
        <source>A sofia-sip NUA local status when a 401 or 407 challenge cannot be answered; never sent on the wire.</source>
        <translation>Ein lokaler Status der NUA-Schicht von sofia-sip, wenn eine 401- oder 407-Challenge nicht beantwortet werden kann; nie gesendet.</translation>
    </message>
    <message>
        <source>This is not a registered SIP code: the software could not answer the server's login request because it has no matching credentials.</source>
        <translation>Dies ist kein registrierter SIP-Code: Die Software konnte die Anmeldeaufforderung des Servers nicht beantworten, weil sie keine passenden Zugangsdaten hat.</translation>
    </message>
    <message>
        <source>The server asked for a login (a 401 or 407 response), and software built on the sofia-sip library, such as FreeSWITCH, found no username and password that fit that request. It reported 904 itself; the 904 was not received from the network. The cause is the account or gateway settings on the calling side.</source>
        <translation>Der Server hat eine Anmeldung verlangt (eine 401- oder 407-Antwort), und Software auf Basis der Bibliothek sofia-sip, etwa FreeSWITCH, hat keinen Benutzernamen und kein Passwort gefunden, die zu dieser Aufforderung passen. Sie hat 904 selbst gemeldet; die 904 kam nicht aus dem Netz. Die Ursache liegt in den Konto- oder Gateway-Einstellungen auf der anrufenden Seite.</translation>
    </message>
    <message>
        <source>Not a registered code; a local status from sofia-sip's NUA layer (nua_client.c) when a 401 or 407 challenge cannot be answered: no credentials match the realm, or the scheme or algorithm is not supported. It never crosses the wire: the response actually received was the 401 or 407. Compare the realm and algorithm in WWW-Authenticate or Proxy-Authenticate with the configured credentials.</source>
        <translation>Kein registrierter Code; ein lokaler Status aus der NUA-Schicht von sofia-sip (nua_client.c), wenn eine 401- oder 407-Challenge nicht beantwortet werden kann: Keine Zugangsdaten passen zum Realm, oder Schema bzw. Algorithmus werden nicht unterstützt. Er wird nie über die Leitung gesendet: Tatsächlich empfangen wurde die 401 oder 407. Vergleichen Sie Realm und Algorithmus in WWW-Authenticate oder Proxy-Authenticate mit den konfigurierten Zugangsdaten.</translation>
    </message>
    <message>
        <source>Not a network answer: sofia-sip's own status, reported with this unregistered code
No username and password configured for the realm the server asked for
The realm in the challenge differs from the configured one (for example the provider changed domain)
An unsupported authentication scheme or algorithm (for example SHA-256 only)
Credentials configured on the wrong gateway or profile</source>
        <translation>Keine Antwort aus dem Netz: der eigene Status von sofia-sip, gemeldet mit diesem nicht registrierten Code
Für den vom Server verlangten Realm sind kein Benutzername und kein Passwort konfiguriert
Der Realm in der Challenge weicht vom konfigurierten ab (zum Beispiel hat der Anbieter die Domain gewechselt)
Ein nicht unterstütztes Authentifizierungsschema oder ein nicht unterstützter Algorithmus (zum Beispiel nur SHA-256)
Zugangsdaten im falschen Gateway oder Profil konfiguriert</translation>
    </message>
    <message>
        <source>Remember the 904 was concluded locally: look for the 401 or 407 that really arrived
Note the realm and algorithm in that challenge
Check that the gateway or account has credentials for that realm
Set the realm explicitly if the software needs it, or let it follow the challenge
Check that the software supports the requested algorithm</source>
        <translation>Denken Sie daran, dass die 904 lokal festgestellt wurde: Suchen Sie die 401 oder 407, die tatsächlich eingetroffen ist
Notieren Sie Realm und Algorithmus dieser Challenge
Prüfen Sie, ob das Gateway oder Konto Zugangsdaten für diesen Realm hat
Setzen Sie den Realm ausdrücklich, wenn die Software das braucht, oder lassen Sie sie der Challenge folgen
Prüfen Sie, ob die Software den angeforderten Algorithmus unterstützt</translation>
    </message>
    <message>
        <source>authentication, wrong password, login failed, realm, challenge, registration failed, freeswitch, sofia, not on the wire, not registered</source>
        <translation>authentifizierung, falsches passwort, anmeldung fehlgeschlagen, zugangsdaten, realm, challenge, registrierung fehlgeschlagen, freeswitch, sofia, nicht gesendet, nicht registriert</translation>
    </message>
    <message>
        <source>A Wireshark placeholder for response codes outside its table. Not a code sent on the wire.</source>
        <translation>Ein Platzhalter von Wireshark für Antwortcodes außerhalb seiner Tabelle. Kein Code, der tatsächlich gesendet wird.</translation>
    </message>
    <message>
        <source>This is not a registered SIP code: an analyser used it as a placeholder for a response it could not classify.</source>
        <translation>Dies ist kein registrierter SIP-Code: Ein Analysewerkzeug hat ihn als Platzhalter für eine Antwort verwendet, die es nicht einordnen konnte.</translation>
    </message>
    <message>
        <source>The number 999 comes from Wireshark, not from a phone or server. The response that really travelled on the network had some other code that the analyser could not place in its table, and it showed this placeholder instead. Open the original packet to see what was actually sent.</source>
        <translation>Die Zahl 999 stammt von Wireshark, nicht von einem Telefon oder Server. Die Antwort, die tatsächlich über das Netz lief, hatte einen anderen Code, den das Analysewerkzeug in seiner Tabelle nicht einordnen konnte; stattdessen hat es diesen Platzhalter angezeigt. Öffnen Sie das ursprüngliche Paket, um zu sehen, was tatsächlich gesendet wurde.</translation>
    </message>
    <message>
        <source>Not a registered code and outside the six classes of RFC 3261 §21. Wireshark's sip_response_code_vals uses 999 'Unknown response' as a placeholder for codes outside its table, so the real status line carried something else. Read it from the capture: a code from 100 to 699 that is not registered is read as the x00 of its class (RFC 3261 §8.1.3.2), while anything outside that range is not a valid SIP response at all.</source>
        <translation>Kein registrierter Code und außerhalb der sechs Klassen aus RFC 3261 §21. Die Tabelle sip_response_code_vals von Wireshark verwendet 999 „Unknown response“ als Platzhalter für Codes außerhalb ihrer Tabelle; die echte Statuszeile enthielt also etwas anderes. Entnehmen Sie es dem Mitschnitt: Ein nicht registrierter Code von 100 bis 699 wird als x00 seiner Klasse gelesen (RFC 3261 §8.1.3.2), alles außerhalb dieses Bereichs ist überhaupt keine gültige SIP-Antwort.</translation>
    </message>
    <message>
        <source>Not a wire code: Wireshark could not place the real response code in its table
A vendor-specific or malformed status line in the capture
A report or export built from Wireshark statistics copied the placeholder</source>
        <translation>Kein tatsächlich gesendeter Code: Wireshark konnte den echten Antwortcode nicht in seiner Tabelle einordnen
Eine herstellerspezifische oder fehlerhafte Statuszeile im Mitschnitt
Ein Bericht oder Export auf Basis der Wireshark-Statistik hat den Platzhalter übernommen</translation>
    </message>
    <message>
        <source>Remember that 999 is an analyser placeholder, not a registered code
Open the original packet and read the real status line
Look up that real code instead of 999
If the status line is malformed, find the device that sent it from its Server header</source>
        <translation>Denken Sie daran, dass 999 ein Platzhalter aus einem Analysewerkzeug ist, kein registrierter Code
Öffnen Sie das ursprüngliche Paket und lesen Sie die echte Statuszeile
Schlagen Sie statt 999 diesen echten Code nach
Ist die Statuszeile fehlerhaft, ermitteln Sie das sendende Gerät anhand seines Server-Headers</translation>
    </message>
    <message>
        <source>wireshark, unknown response, unknown code, analyser label, placeholder, not registered, not a real code</source>
        <translation>wireshark, unbekannte antwort, unbekannter code, analysebezeichnung, platzhalter, nicht registriert, kein echter code</translation>
    </message>
    <message>
        <source>Some status lists and analysers</source>
        <translation>Einige Statuslisten und Analysewerkzeuge</translation>
    </message>
    <message>
        <source>Wikipedia and vendor lists derived from it</source>
        <translation>Wikipedia und davon abgeleitete Herstellerlisten</translation>
    </message>
    <message>
        <source>Wireshark: its per-class statistics bucket for 1xx codes it does not list by name, not another name for 199 Early Dialog Terminated</source>
        <translation>Wireshark: dessen Statistik-Sammelposten für 1xx-Codes, die es nicht namentlich kennt; kein anderer Name für 199 Early Dialog Terminated</translation>
    </message>
    <message>
        <source>Some status lists</source>
        <translation>Einige Statuslisten</translation>
    </message>
    <message>
        <source>sofia-sip; reSIProcate</source>
        <translation>sofia-sip; reSIProcate</translation>
    </message>
    <message>
        <source>Wireshark; some vendors</source>
        <translation>Wireshark; einige Hersteller</translation>
    </message>
    <message>
        <source>PJSIP; Wireshark (RFC 4474 wording)</source>
        <translation>PJSIP; Wireshark (Wortlaut aus RFC 4474)</translation>
    </message>
    <message>
        <source>PJSIP; Wireshark; FreeSWITCH (RFC 4474 wording)</source>
        <translation>PJSIP; Wireshark; FreeSWITCH (Wortlaut aus RFC 4474)</translation>
    </message>
    <message>
        <source>RFC 2543 and older gateways</source>
        <translation>RFC 2543 und ältere Gateways</translation>
    </message>
    <message>
        <source>reSIProcate</source>
        <translation>reSIProcate</translation>
    </message>
    <message>
        <source>sofia-sip; Wikipedia; many vendor pages</source>
        <translation>sofia-sip; Wikipedia; viele Herstellerseiten</translation>
    </message>
    <message>
        <source>RFC 2543; sofia-sip; some analysers</source>
        <translation>RFC 2543; sofia-sip; einige Analysewerkzeuge</translation>
    </message>
    <message>
        <source>Some analysers</source>
        <translation>Einige Analysewerkzeuge</translation>
    </message>
    <message>
        <source>Some stacks and provider pages</source>
        <translation>Einige SIP-Stacks und Anbieterseiten</translation>
    </message>
    <message>
        <source>Defined in RFC 3261 §21.1.1. It is hop-by-hop: the next element (proxy, B2BUA or UAS) sends it to stop INVITE retransmissions, and a stateful proxy never forwards a 100 it receives (§16.7); an INVITE server transaction generates one itself unless it knows that its TU will send a provisional or final response within 200 ms (§17.2.1). It creates no dialog, needs no To tag, and echoes a Timestamp header if the request had one. A 100 followed by silence means the next hop took the INVITE but nothing came back from further downstream; the attempt then ends when a proxy's Timer C or the caller's own no-answer timer fires, usually with CANCEL and 487, or with 408.</source>
        <translation>Definiert in RFC 3261 §21.1.1. Die Antwort gilt nur von Hop zu Hop: Das nächste Element (Proxy, B2BUA oder UAS) sendet sie, um die Sendewiederholungen des INVITE zu stoppen, und ein zustandsbehafteter Proxy leitet eine empfangene 100 nie weiter (§16.7); eine INVITE-Server-Transaktion erzeugt selbst eine, außer sie weiß, dass ihre TU innerhalb von 200 ms eine vorläufige oder endgültige Antwort sendet (§17.2.1). Sie erzeugt keinen Dialog, braucht kein To-Tag und gibt einen Timestamp-Header zurück, falls die Anfrage einen enthielt. Eine 100, auf die nichts mehr folgt, bedeutet, dass der nächste Hop das INVITE angenommen hat, von weiter hinten aber nichts zurückkam; der Versuch endet dann, wenn Timer C eines Proxys oder der eigene No-Answer-Timer des Anrufers abläuft, meist mit CANCEL und 487 oder mit 408.</translation>
    </message>
    <message>
        <source>RFC 6228: a forking proxy (§6) or a UAS sends 199 upstream to say that an early dialog, identified by the To tag of the earlier 1xx, has ended before the final response; it is sent only if the request carried Supported: 199. It lets the caller release that branch's resources, for example stop playing its early media. It should not carry SDP unless RFC 3264 requires it (§8), and when the branch ended with a final response the sender must add a Reason header with that response code (§5, §6); a proxy does not generate 199 if the request carried Require: 100rel (§6). Wireshark's statistics label this row 'Informational - Others', a per-class bucket rather than the registered phrase.</source>
        <translation>RFC 6228: Ein forkender Proxy (§6) oder ein UAS sendet 199 in Richtung Anrufer, um mitzuteilen, dass ein früher Dialog, erkennbar am To-Tag der vorangegangenen 1xx-Antwort, vor der endgültigen Antwort beendet wurde; sie wird nur gesendet, wenn die Anfrage Supported: 199 enthielt. So kann der Anrufer die Ressourcen dieses Zweigs freigeben, zum Beispiel dessen Early Media beenden. Sie soll kein SDP enthalten, außer RFC 3264 verlangt es (§8), und wenn der Zweig mit einer endgültigen Antwort endete, muss der Absender einen Reason-Header mit diesem Antwortcode einfügen (§5, §6); ein Proxy erzeugt keine 199, wenn die Anfrage Require: 100rel enthielt (§6). Die Statistik von Wireshark bezeichnet diese Zeile als „Informational - Others“, ein Sammelposten pro Klasse statt der registrierten Reason-Phrase.</translation>
    </message>
    <message>
        <source>Defined by RFC 5839 §7.1 (conditional event notification; the notifier's side is in §6.3). It answers a SUBSCRIBE refresh inside an existing subscription dialog that carries Suppress-If-Match with the entity tag the subscriber last received in the SIP-ETag header of a NOTIFY; if the resource state still matches, the notifier refreshes the subscription, replies 204 and sends no NOTIFY. The Expires header gives the new duration. Not to be confused with HTTP's 204 No Content.</source>
        <translation>Definiert in RFC 5839 §7.1 (bedingte Ereignisbenachrichtigung; die Seite des Notifiers steht in §6.3). Die Antwort gilt einer SUBSCRIBE-Auffrischung innerhalb eines bestehenden Abonnement-Dialogs, die Suppress-If-Match mit dem Entity-Tag enthält, das der Abonnent zuletzt im SIP-ETag-Header eines NOTIFY erhalten hat; stimmt der Zustand der Ressource noch überein, frischt der Notifier das Abonnement auf, antwortet mit 204 und sendet kein NOTIFY. Der Expires-Header nennt die neue Laufzeit. Nicht zu verwechseln mit 204 No Content aus HTTP.</translation>
    </message>
    <message>
        <source>Defined in RFC 3892 §5 (the Referred-By mechanism). The refer target sends 429 when it requires a Referred-By security token, an S/MIME-signed message/sipfrag body, and the request triggered by a REFER (usually an INVITE) carries no valid one; the referee may also answer the REFER itself with 429 when it requires a token and the REFER has none (§2.1, §2.2). The referee should report the failure to the referrer in a NOTIFY, so that the referrer can send the REFER again with a token. Rarely seen, because signed Referred-By tokens are seldom deployed; most systems refuse unwanted transfers with 403.</source>
        <translation>Definiert in RFC 3892 §5 (der Referred-By-Mechanismus). Das Vermittlungsziel sendet 429, wenn es ein Referred-By-Sicherheitstoken verlangt, einen mit S/MIME signierten message/sipfrag-Body, und die durch ein REFER ausgelöste Anfrage (meist ein INVITE) kein gültiges enthält; auch der Referee selbst kann das REFER mit 429 beantworten, wenn er ein Token verlangt und das REFER keines enthält (§2.1, §2.2). Der Referee soll den Fehler dem Referrer in einem NOTIFY melden, damit dieser das REFER mit einem Token erneut senden kann. Selten zu sehen, weil signierte Referred-By-Tokens kaum eingesetzt werden; die meisten Systeme lehnen unerwünschte Vermittlungen mit 403 ab.</translation>
    </message>
    <message>
        <source>Defined by SIP Outbound (RFC 5626 §11.5). An edge proxy returns 430 when a request routed by a flow token (Path or Record-Route URI with the ob parameter) cannot be delivered because that flow, a TCP/TLS connection or a UDP NAT binding, has failed. It is meant to stay between proxies: on a 430 the authoritative proxy replaces the branch with another registered flow of the same instance (§7); when none is left, its ordinary choice of the best response decides what the caller gets, often 480. A user agent that receives 430 anyway treats it like 400.</source>
        <translation>Definiert durch SIP Outbound (RFC 5626 §11.5). Ein Edge-Proxy sendet 430, wenn eine per Flow-Token (Path- oder Record-Route-URI mit dem Parameter ob) geroutete Anfrage nicht zugestellt werden kann, weil dieser Flow, eine TCP/TLS-Verbindung oder eine UDP-NAT-Bindung, ausgefallen ist. Sie soll zwischen Proxys bleiben: Bei einer 430 ersetzt der zuständige Proxy den Zweig durch einen anderen registrierten Flow derselben Instanz (§7); bleibt keiner übrig, entscheidet seine übliche Auswahl der besten Antwort, was der Anrufer erhält, oft 480. Ein User Agent, der trotzdem eine 430 erhält, behandelt sie wie 400.</translation>
    </message>
    <message>
        <source>Defined in RFC 5079 §5 for anonymous call rejection. A UAS, or a proxy acting for the callee, sends 433 when the request is anonymous and the target's policy refuses such requests. RFC 5079 §3 counts a request as anonymous when its From URI is anonymous (anonymous@anonymous.invalid) or its Privacy header has the value id or user; Privacy: header alone does not make it so, nor does a missing P-Asserted-Identity. Unlike a plain 403 or 603 it tells the caller exactly why, so the caller can try again with identity shown. The check usually sits in a network service setting of the called line rather than in the called device.</source>
        <translation>Definiert in RFC 5079 §5 für die Abweisung anonymer Anrufe. Ein UAS oder ein Proxy im Auftrag des Angerufenen sendet 433, wenn die Anfrage anonym ist und die Regeln des Ziels solche Anfragen ablehnen. RFC 5079 §3 zählt eine Anfrage als anonym, wenn ihre From-URI anonym ist (anonymous@anonymous.invalid) oder ihr Privacy-Header den Wert id oder user hat; Privacy: header allein macht sie nicht anonym, ebenso wenig eine fehlende P-Asserted-Identity. Anders als eine einfache 403 oder 603 teilt sie dem Anrufer genau den Grund mit, sodass er es mit angezeigter Identität erneut versuchen kann. Die Prüfung liegt meist in einer Netzdienst-Einstellung des angerufenen Anschlusses, nicht im angerufenen Gerät.</translation>
    </message>
    <message>
        <source>The caller's number is withheld (CLIR or a Privacy header)
The called party has anonymous call rejection switched on
A non-compliant rejection service that treats a missing P-Asserted-Identity as anonymous (RFC 5079 §3 says it is not)
A PBX or trunk that sends From: anonymous by default</source>
        <translation>Die Rufnummer des Anrufers ist unterdrückt (CLIR oder ein Privacy-Header)
Der Angerufene hat die Abweisung anonymer Anrufe eingeschaltet
Ein nicht normgerechter Abweisungsdienst, der eine fehlende P-Asserted-Identity als anonym wertet (nach RFC 5079 §3 ist sie das nicht)
Eine Telefonanlage oder ein Trunk, der standardmäßig From: anonymous sendet</translation>
    </message>
    <message>
        <source>Defined by SIP Outbound (RFC 5626 §11.6). The registrar returns 439 when a REGISTER requests outbound behaviour (Contact with reg-id and +sip.instance, Supported: outbound) but the first-hop edge proxy has not shown outbound support, i.e. there is no Path entry with the ob parameter. The UA can register again without reg-id, or through an edge proxy that supports outbound.</source>
        <translation>Definiert durch SIP Outbound (RFC 5626 §11.6). Der Registrar sendet 439, wenn ein REGISTER Outbound-Verhalten anfordert (Contact mit reg-id und +sip.instance, Supported: outbound), der Edge-Proxy am ersten Hop aber keine Outbound-Unterstützung angezeigt hat, es also keinen Path-Eintrag mit dem Parameter ob gibt. Der UA kann sich ohne reg-id erneut registrieren oder über einen Edge-Proxy, der Outbound unterstützt.</translation>
    </message>
    <message>
        <source>RFC 6665 §8.3.2 (first RFC 3265 §7.3.2): the notifier does not understand the event package named in the Event header of a SUBSCRIBE, or a subscriber got a NOTIFY for a package it does not handle. An Allow-Events header listing the packages that are supported may come with it (RFC 6665 §4.4.4 recommends one in general, not for 489 alone), but it is often absent. reSIProcate uses the phrase Event Package Not Supported. Compare 405 or 501, used when the SUBSCRIBE method itself is not supported.</source>
        <translation>RFC 6665 §8.3.2 (zuvor RFC 3265 §7.3.2): Der Notifier versteht das im Event-Header eines SUBSCRIBE genannte Event-Package nicht, oder ein Abonnent hat ein NOTIFY für ein Package erhalten, das er nicht verarbeitet. Ein Allow-Events-Header mit den unterstützten Packages kann dabei sein (RFC 6665 §4.4.4 empfiehlt ihn allgemein, nicht eigens für 489), fehlt aber oft. reSIProcate verwendet die Reason-Phrase Event Package Not Supported. Vergleichen Sie 405 oder 501, die verwendet werden, wenn schon die Methode SUBSCRIBE nicht unterstützt wird.</translation>
    </message>
    <message>
        <source>Check the Event header of the SUBSCRIBE or NOTIFY
If the 489 has an Allow-Events header, read it to see what the server supports
Align phone key settings (BLF, voicemail, presence) with the PBX features
Make sure subscriptions go to the right server</source>
        <translation>Prüfen Sie den Event-Header des SUBSCRIBE oder NOTIFY
Hat die 489 einen Allow-Events-Header, lesen Sie darin, was der Server unterstützt
Stimmen Sie die Tastenbelegung am Telefon (BLF, Mailbox, Präsenz) auf die Funktionen der Telefonanlage ab
Stellen Sie sicher, dass Abonnements an den richtigen Server gehen</translation>
    </message>
    <message>
        <source>Any element may send it when a request has malformed syntax (RFC 3261 §21.4.1), such as a missing mandatory header (Call-ID, CSeq, From, To, Via, Max-Forwards), an unparsable header value or a Content-Length that does not match the body. The reason phrase should name the problem more precisely, for example "Missing Call-ID header field", and a Warning header may add detail, so read both. It is a syntax complaint: a request that parses but whose session offer cannot be accepted gets 488, an unknown URI scheme 416 and an unsupported body type 415. RFC 3398 maps it to Q.850 cause 41 (Temporary failure).</source>
        <translation>Jedes Element kann sie senden, wenn eine Anfrage eine fehlerhafte Syntax hat (RFC 3261 §21.4.1), etwa einen fehlenden Pflicht-Header (Call-ID, CSeq, From, To, Via, Max-Forwards), einen nicht auswertbaren Header-Wert oder eine Content-Length, die nicht zum Body passt. Die Reason-Phrase sollte das Problem genauer benennen, zum Beispiel „Missing Call-ID header field“, und ein Warning-Header kann Details ergänzen; lesen Sie daher beide. Es handelt sich um eine Beanstandung der Syntax: Eine Anfrage, die sich auswerten lässt, deren Sitzungsangebot aber nicht angenommen werden kann, erhält 488, ein unbekanntes URI-Schema 416 und ein nicht unterstützter Body-Typ 415. RFC 3398 bildet sie auf Q.850-Cause 41 (Vorübergehender Fehler) ab.</translation>
    </message>
    <message>
        <source>Defined by RFC 3312 §8: a UAS rejects an offer with 580 when the preconditions in the SDP (for example a=des:qos mandatory ...) cannot be met, typically because resource reservation failed. The response usually carries SDP whose desired-status lines are marked with the strength tag failure, or unknown for a precondition type the answerer does not understand. Support travels as the precondition option tag: a UAS without precondition support answers 420 to a request with Require: precondition, and a UAS that insists on preconditions answers 421 to a caller that did not list the tag in Supported; a plain media mismatch gives 488. In IMS networks 580 usually means the dedicated voice bearer could not be set up.</source>
        <translation>Definiert in RFC 3312 §8: Ein UAS lehnt ein Angebot mit 580 ab, wenn die Preconditions im SDP (zum Beispiel a=des:qos mandatory ...) nicht erfüllt werden können, typischerweise weil die Ressourcenreservierung gescheitert ist. Die Antwort enthält meist SDP, dessen desired-status-Zeilen mit dem Strength-Tag failure markiert sind, oder unknown für einen Precondition-Typ, den der Antwortende nicht versteht. Die Unterstützung wird über das Option-Tag precondition angezeigt: Ein UAS ohne Precondition-Unterstützung antwortet auf eine Anfrage mit Require: precondition mit 420, und ein UAS, der auf Preconditions besteht, antwortet einem Anrufer, der das Tag nicht in Supported aufführt, mit 421; eine reine Unstimmigkeit bei den Medien ergibt 488. In IMS-Netzen bedeutet 580 meist, dass der dedizierte Sprach-Bearer nicht aufgebaut werden konnte.</translation>
    </message>
    <message>
        <source>RFC 8197: sent by the called UA when its user indicates the call (or message) is unwanted; as a 6xx it stops forking. Intermediaries and analytics services may use it to filter future calls from the same identity, but because caller IDs can be spoofed they should weigh how well that identity was verified (for example an RFC 8224 Identity header); a registrar can announce that it processes 607 with Feature-Caps: sip.607 in its REGISTER response. It differs from 603 (a plain decline with no judgement on the caller) and 608 (rejected by an intermediary, not the user). A SIP element that does not know 607 treats it as 600 Busy Everywhere (RFC 3261 §8.1.3.2), but RFC 3398 predates it, and an RFC 3398 gateway sends any response code its table does not list to the PSTN as Q.850 cause 31 (Normal, unspecified) (§8.2.6.1), not as user busy.</source>
        <translation>RFC 8197: Wird vom angerufenen UA gesendet, wenn sein Benutzer angibt, dass der Anruf (oder die Nachricht) unerwünscht ist; als 6xx-Antwort beendet sie das Forking. Zwischeninstanzen und Analysedienste können sie nutzen, um künftige Anrufe derselben Identität zu filtern; da Anrufer-IDs gefälscht werden können, sollen sie aber berücksichtigen, wie gut diese Identität verifiziert wurde (zum Beispiel durch einen Identity-Header nach RFC 8224); ein Registrar kann mit Feature-Caps: sip.607 in seiner Antwort auf REGISTER ankündigen, dass er 607 verarbeitet. Sie unterscheidet sich von 603 (eine einfache Ablehnung ohne Urteil über den Anrufer) und 608 (abgelehnt von einer Zwischeninstanz, nicht vom Benutzer). Ein SIP-Element, das 607 nicht kennt, behandelt sie wie 600 Busy Everywhere (RFC 3261 §8.1.3.2); RFC 3398 ist aber älter, und ein Gateway nach RFC 3398 gibt jeden Antwortcode, den seine Tabelle nicht aufführt, als Q.850-Cause 31 (Normal, nicht näher bestimmt) ins PSTN weiter (§8.2.6.1), nicht als „Teilnehmer besetzt“.</translation>
    </message>
    <message>
        <source>RFC 8688: sent by an intermediary, typically a call-analytics engine, rather than by the called user; as a 6xx it stops forking. The intermediary must add a Call-Info header with purpose=jwscard referring to a signed jCard (JWS) with contact details for redress, unless it believes the request is a malicious attempt to probe it (§3.1); a sip.608 feature-capability indicator in the INVITE says an upstream element will pass that information on, for example as an announcement to a PSTN caller. Compare 607 (the called user judged the call unwanted) and 603 (the user declined). RFC 3398 predates it, and equipment that does not know 608 treats it as 600 Busy Everywhere (RFC 3261 §8.1.3.2).</source>
        <translation>RFC 8688: Wird von einer Zwischeninstanz gesendet, typischerweise einem Anrufanalysesystem, nicht vom angerufenen Benutzer; als 6xx-Antwort beendet sie das Forking. Die Zwischeninstanz muss einen Call-Info-Header mit purpose=jwscard hinzufügen, der auf eine signierte jCard (JWS) mit Kontaktdaten für Beschwerden verweist, außer sie hält die Anfrage für einen böswilligen Versuch, sie auszuforschen (§3.1); ein Feature-Capability-Indikator sip.608 im INVITE besagt, dass ein vorgelagertes Element diese Information weitergibt, zum Beispiel als Ansage für einen Anrufer aus dem PSTN. Vergleichen Sie 607 (der angerufene Benutzer hat den Anruf als unerwünscht eingestuft) und 603 (der Benutzer hat abgelehnt). RFC 3398 ist älter, und Geräte, die 608 nicht kennen, behandeln sie wie 600 Busy Everywhere (RFC 3261 §8.1.3.2).</translation>
    </message>
</context>
<context>
    <name>CertificateExpiry</name>
    <message>
        <source>expired less than a day ago (%1)</source>
        <translation>ist vor weniger als einem Tag abgelaufen (%1)</translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago (%1)</source>
        <translation>
            <numerusform>ist vor %n Tag abgelaufen (%1)</numerusform>
            <numerusform>ist vor %n Tagen abgelaufen (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>expires in less than a day (%1)</source>
        <translation>läuft in weniger als einem Tag ab (%1)</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s) (%1)</source>
        <translation>
            <numerusform>läuft in %n Tag ab (%1)</numerusform>
            <numerusform>läuft in %n Tagen ab (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>the server's certificate %1</source>
        <translation>das Zertifikat des Servers %1</translation>
    </message>
    <message>
        <source>certificate %1 of %2 in the chain (%3) %4</source>
        <translation>Zertifikat %1 von %2 in der Kette (%3) %4</translation>
    </message>
</context>
<context>
    <name>CertificateRequirements</name>
    <message>
        <source>SIP signalling runs over TLS (Direct Routing accepts no UDP or TCP).</source>
        <translation>Die SIP-Signalisierung läuft über TLS (Direct Routing akzeptiert weder UDP noch TCP).</translation>
    </message>
    <message>
        <source>SIP signalling runs over TLS (BYOC trunks use TLS only).</source>
        <translation>Die SIP-Signalisierung läuft über TLS (BYOC-Trunks verwenden nur TLS).</translation>
    </message>
    <message>
        <source>the probe used TLS</source>
        <translation>der Test hat TLS verwendet</translation>
    </message>
    <message>
        <source>the probe did not use TLS: use a sips: URI or --transport tls</source>
        <translation>der Test hat kein TLS verwendet: Verwenden Sie eine sips:-URI oder --transport tls</translation>
    </message>
    <message>
        <source>The certificate chains to a public certification authority: not self-signed, not a private or enterprise CA.</source>
        <translation>Die Zertifikatskette führt zu einer öffentlichen Zertifizierungsstelle: nicht selbstsigniert, keine private oder Unternehmens-CA.</translation>
    </message>
    <message>
        <source>The SBC's FQDN is in the certificate's subject alternative names or common name; a wildcard only as the whole leftmost label (*.example.com matches sbc.example.com, not sbc.eu.example.com).</source>
        <translation>Der FQDN des SBC steht in den Subject Alternative Names (SAN) oder im Common Name des Zertifikats; eine Wildcard nur als ganzes Label ganz links (*.example.com passt zu sbc.example.com, nicht zu sbc.eu.example.com).</translation>
    </message>
    <message>
        <source>TLS 1.2 or newer is negotiated.</source>
        <translation>Es wird TLS 1.2 oder neuer ausgehandelt.</translation>
    </message>
    <message>
        <source>Every certificate the SBC presents is within its validity period.</source>
        <translation>Jedes Zertifikat, das der SBC vorlegt, liegt in seinem Gültigkeitszeitraum.</translation>
    </message>
    <message>
        <source>An RSA key of at least 2048 bits (the cipher suites Direct Routing lists are all ECDHE_RSA).</source>
        <translation>Ein RSA-Schlüssel mit mindestens 2048 Bit (die Cipher-Suites, die Direct Routing aufführt, sind alle ECDHE_RSA).</translation>
    </message>
    <message>
        <source>An RSA key of at least 2048 bits or an EC key of at least 256 bits.</source>
        <translation>Ein RSA-Schlüssel mit mindestens 2048 Bit oder ein EC-Schlüssel mit mindestens 256 Bit.</translation>
    </message>
    <message>
        <source>the server presented no certificate</source>
        <translation>der Server hat kein Zertifikat vorgelegt</translation>
    </message>
    <message>
        <source>no TLS connection, no certificate</source>
        <translation>keine TLS-Verbindung, kein Zertifikat</translation>
    </message>
    <message>
        <source>the certificate is self-signed (%1)</source>
        <translation>das Zertifikat ist selbstsigniert (%1)</translation>
    </message>
    <message>
        <source>its issuer %1 is not a certification authority of the system's CA store: a private CA, or a chain the server sends incomplete</source>
        <translation>sein Aussteller %1 ist keine Zertifizierungsstelle aus dem CA-Speicher des Systems: eine private CA oder eine Kette, die der Server unvollständig sendet</translation>
    </message>
    <message>
        <source>(the probe accepted it only because of --ca-file)</source>
        <translation>(der Test hat es nur wegen --ca-file akzeptiert)</translation>
    </message>
    <message>
        <source>the certificate is revoked</source>
        <translation>das Zertifikat ist widerrufen</translation>
    </message>
    <message>
        <source>the chain does not verify against the system's CA store</source>
        <translation>die Kette lässt sich nicht gegen den CA-Speicher des Systems verifizieren</translation>
    </message>
    <message>
        <source>issued by %1, trusted by the system's CA store</source>
        <translation>ausgestellt von %1, vertrauenswürdig laut CA-Speicher des Systems</translation>
    </message>
    <message>
        <source>the probe connected to the IP address %1; the platform reaches an SBC by its FQDN: probe the FQDN</source>
        <translation>der Test hat sich mit der IP-Adresse %1 verbunden; die Plattform erreicht einen SBC über seinen FQDN: Prüfen Sie den FQDN</translation>
    </message>
    <message>
        <source>%1 matches %2</source>
        <translation>%1 passt zu %2</translation>
    </message>
    <message>
        <source>%1 is not among the certificate's names (%2)</source>
        <translation>%1 ist nicht unter den Namen des Zertifikats (%2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1: a wildcard must be the whole leftmost label, and only one</source>
        <translation>%1: Eine Wildcard muss das ganze Label ganz links sein, und nur eine</translation>
    </message>
    <message>
        <source>%1 expired on %2</source>
        <translation>%1 ist am %2 abgelaufen</translation>
    </message>
    <message>
        <source>%1 is not valid before %2</source>
        <translation>%1 ist erst ab %2 gültig</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>gültig bis %1</translation>
    </message>
    <message>
        <source>an unknown key</source>
        <translation>einen unbekannten Schlüssel</translation>
    </message>
    <message>
        <source>%1 %2 bits</source>
        <translation>%1 %2 Bit</translation>
    </message>
    <message>
        <source>the certificate has %1</source>
        <translation>das Zertifikat verwendet %1</translation>
    </message>
    <message>
        <source>the TLS handshake did not complete (see the error); --insecure shows what it would negotiate</source>
        <translation>der TLS-Handshake wurde nicht abgeschlossen (siehe Fehler); --insecure zeigt, was ausgehandelt würde</translation>
    </message>
    <message>
        <source>no TLS connection</source>
        <translation>keine TLS-Verbindung</translation>
    </message>
    <message>
        <source>%1 negotiated</source>
        <translation>%1 ausgehandelt</translation>
    </message>
    <message>
        <source>%1 negotiated; TLS 1.0 and 1.1 are refused</source>
        <translation>%1 ausgehandelt; TLS 1.0 und 1.1 werden abgelehnt</translation>
    </message>
</context>
<context>
    <name>CertificateThresholds</name>
    <message>
        <source>"%1" is not a whole number of days from 0 to %2.</source>
        <translation>„%1“ ist keine ganze Zahl von Tagen zwischen 0 und %2.</translation>
    </message>
    <message>
        <source>The certificate's critical window (%1 days) is larger than its warning window (%2 days).</source>
        <translation>Der kritische Zeitraum des Zertifikats (%1 Tage) ist größer als sein Warnzeitraum (%2 Tage).</translation>
    </message>
    <message numerus="yes">
        <source>within the warning window of %n day(s)</source>
        <translation>
            <numerusform>im Warnzeitraum von %n Tag</numerusform>
            <numerusform>im Warnzeitraum von %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>within the critical window of %n day(s)</source>
        <translation>
            <numerusform>im kritischen Zeitraum von %n Tag</numerusform>
            <numerusform>im kritischen Zeitraum von %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
</context>
<context>
    <name>CertificateVerdict</name>
    <message>
        <source>%1 rules broken: %2</source>
        <translation>Regeln von %1 verletzt: %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Missing argument: %1.</source>
        <translation>Fehlendes Argument: %1.</translation>
    </message>
    <message>
        <source>Expected one %1, got %2 arguments.</source>
        <translation>Ein Argument (%1) erwartet, %2 Argumente erhalten.</translation>
    </message>
    <message>
        <source>Explain a SIP response code.</source>
        <translation>Einen SIP-Antwortcode erklären.</translation>
    </message>
    <message>
        <source>The response code, e.g. 486.</source>
        <translation>Der Antwortcode, z. B. 486.</translation>
    </message>
    <message>
        <source>response code</source>
        <translation>Antwortcode</translation>
    </message>
    <message>
        <source>Show the SIP response an ISDN/Q.850 cause value becomes (RFC 3398 §7.2.4.1), and explain it.</source>
        <translation>Zeigen, zu welcher SIP-Antwort ein ISDN/Q.850-Cause-Wert wird (RFC 3398 §7.2.4.1), und sie erklären.</translation>
    </message>
    <message>
        <source>The cause value (1-127), or a Reason header such as 'Q.850;cause=17'.</source>
        <translation>Der Cause-Wert (1–127) oder ein Reason-Header wie 'Q.850;cause=17'.</translation>
    </message>
    <message>
        <source>cause value</source>
        <translation>Cause-Wert</translation>
    </message>
    <message>
        <source>"%1" is not a Q.850 cause value: causes are numbers from 1 to 127.</source>
        <translation>„%1“ ist kein Q.850-Cause-Wert: Causes sind Zahlen von 1 bis 127.</translation>
    </message>
    <message>
        <source>Q.850 cause %1 is not in the RFC 3398 mapping tables.</source>
        <translation>Q.850-Cause %1 steht nicht in den Zuordnungstabellen von RFC 3398.</translation>
    </message>
    <message>
        <source>Q.850 cause %1: %2</source>
        <translation>Q.850-Cause %1: %2</translation>
    </message>
    <message>
        <source>RFC 3398 §7.2.4.1 maps it to %1.</source>
        <translation>RFC 3398 §7.2.4.1 ordnet sie %1 zu.</translation>
    </message>
    <message>
        <source>RFC 3398 §7.2.4.1 maps it to %1 (%2).</source>
        <translation>RFC 3398 §7.2.4.1 ordnet sie %1 (%2) zu.</translation>
    </message>
    <message>
        <source>Explain a Warning header code (RFC 3261 §20.43).</source>
        <translation>Einen Warning-Header-Code erklären (RFC 3261 §20.43).</translation>
    </message>
    <message>
        <source>The three-digit warn-code, e.g. 305, or the whole header value: 399 host "text".</source>
        <translation>Der dreistellige warn-code, z. B. 305, oder der ganze Header-Wert: 399 host "text".</translation>
    </message>
    <message>
        <source>warn-code</source>
        <translation>warn-code</translation>
    </message>
    <message>
        <source>"%1" is not a warn-code: it has three digits, such as 305.</source>
        <translation>„%1“ ist kein warn-code: Er hat drei Ziffern, etwa 305.</translation>
    </message>
    <message>
        <source>Warning %1 is not a registered warn-code; read its text, which the sender chose freely.</source>
        <translation>Warning %1 ist kein registrierter warn-code; lesen Sie seinen Text, den der Absender frei gewählt hat.</translation>
    </message>
    <message>
        <source>Sent by: %1</source>
        <translation>Gesendet von: %1</translation>
    </message>
    <message>
        <source>Text received: %1</source>
        <translation>Empfangener Text: %1</translation>
    </message>
    <message>
        <source>%1 (not registered)</source>
        <translation>%1 (nicht registriert)</translation>
    </message>
    <message>
        <source>Not in the registry: a receiver treats it as %1 %2 (RFC 3261 §8.1.3.2), so the explanation of its class applies.</source>
        <translation>Nicht in der Registry: Ein Empfänger behandelt ihn wie %1 %2 (RFC 3261 §8.1.3.2), daher gilt die Erklärung seiner Klasse.</translation>
    </message>
    <message>
        <source>Not in the registry: a receiver that gets it treats it as %1 %2 (RFC 3261 §8.1.3.2).</source>
        <translation>Nicht in der Registry: Ein Empfänger, der ihn erhält, behandelt ihn wie %1 %2 (RFC 3261 §8.1.3.2).</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>What to check</source>
        <translation>Was zu prüfen ist</translation>
    </message>
    <message>
        <source>Typical causes</source>
        <translation>Typische Ursachen</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technisch</translation>
    </message>
    <message>
        <source>Q.850 cause %1 (%2) from the PSTN becomes %3.</source>
        <translation>Q.850-Cause %1 (%2) aus dem Telefonnetz wird zu %3.</translation>
    </message>
    <message>
        <source>%1 towards the PSTN becomes Q.850 cause %2 (%3).</source>
        <translation>%1 in Richtung Telefonnetz wird zu Q.850-Cause %2 (%3).</translation>
    </message>
    <message>
        <source>Q.850 (RFC 3398)</source>
        <translation>Q.850 (RFC 3398)</translation>
    </message>
    <message>
        <source>Also seen on the wire as</source>
        <translation>In der Praxis auch gesehen als</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Verwandt</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Print the result as JSON (UTF-8).</source>
        <translation>Das Ergebnis als JSON (UTF-8) ausgeben.</translation>
    </message>
    <message>
        <source>Usage: %1 %2 [options] %3</source>
        <translation>Aufruf: %1 %2 [Optionen] %3</translation>
    </message>
    <message>
        <source>Language of the explanations, e.g. en, de, fr.</source>
        <translation>Sprache der Erklärungen, z. B. en, de, fr.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>"%1" is not a language code; use one of: %2.</source>
        <translation>„%1“ ist kein Sprachcode; verwenden Sie einen von: %2.</translation>
    </message>
    <message>
        <source>No translation for language "%1"; available: %2.</source>
        <translation>Keine Übersetzung für die Sprache „%1“; verfügbar: %2.</translation>
    </message>
    <message>
        <source>Explain a SIP response code</source>
        <translation>Einen SIP-Antwortcode erklären</translation>
    </message>
    <message>
        <source>Find response codes by number, class or words</source>
        <translation>Antwortcodes nach Nummer, Klasse oder Stichwörtern suchen</translation>
    </message>
    <message>
        <source>List the response codes</source>
        <translation>Die Antwortcodes auflisten</translation>
    </message>
    <message>
        <source>Show the SIP response of an ISDN/Q.850 cause</source>
        <translation>Die SIP-Antwort zu einer ISDN/Q.850-Cause zeigen</translation>
    </message>
    <message>
        <source>Explain a Warning header code</source>
        <translation>Einen Warning-Header-Code erklären</translation>
    </message>
    <message>
        <source>Explain the codes and headers in pasted text or a log</source>
        <translation>Die Codes und Header in eingefügtem Text oder einem Log erklären</translation>
    </message>
    <message>
        <source>Send SIP OPTIONS to a server and show its answer</source>
        <translation>SIP OPTIONS an einen Server senden und seine Antwort zeigen</translation>
    </message>
    <message>
        <source>Follow the SIP path to a server hop by hop (Max-Forwards)</source>
        <translation>Dem SIP-Pfad zu einem Server Hop für Hop folgen (Max-Forwards)</translation>
    </message>
    <message>
        <source>Watch many SIP servers at once and report changes</source>
        <translation>Viele SIP-Server gleichzeitig überwachen und Änderungen melden</translation>
    </message>
    <message>
        <source>Answer incoming SIP requests with a chosen code</source>
        <translation>Eingehende SIP-Anfragen mit einem gewählten Code beantworten</translation>
    </message>
    <message>
        <source>Usage: %1 [options] &lt;command&gt; [arguments]</source>
        <translation>Aufruf: %1 [Optionen] &lt;Befehl&gt; [Argumente]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run "%1 &lt;command&gt; --help" for the options of a command.</source>
        <translation>Führen Sie „%1 &lt;Befehl&gt; --help“ aus, um die Optionen eines Befehls zu sehen.</translation>
    </message>
    <message>
        <source>SIP response code reference and SIP OPTIONS probe.</source>
        <translation>Referenz der SIP-Antwortcodes und SIP-OPTIONS-Test.</translation>
    </message>
    <message>
        <source>The command to run (see below).</source>
        <translation>Der auszuführende Befehl (siehe unten).</translation>
    </message>
    <message>
        <source>No command given; run "%1 --help".</source>
        <translation>Kein Befehl angegeben; führen Sie „%1 --help“ aus.</translation>
    </message>
    <message>
        <source>Unknown command "%1"; run "%2 --help".</source>
        <translation>Unbekannter Befehl „%1“; führen Sie „%2 --help“ aus.</translation>
    </message>
    <message>
        <source>Probe many SIP servers with OPTIONS, each on its own interval, all at once, and print each target's first result and then every change (up, failing, down, another code). Exit status: 0 all targets up at the end, 1 otherwise, 64 usage error.</source>
        <translation>Viele SIP-Server gleichzeitig mit OPTIONS prüfen, jeden in seinem eigenen Intervall, und für jedes Ziel das erste Ergebnis und danach jede Änderung ausgeben (erreichbar, gestört, ausgefallen, anderer Code). Exit-Status: 0 alle Ziele am Ende erreichbar, 1 sonst, 64 Aufruffehler.</translation>
    </message>
    <message>
        <source>Targets to watch besides those of --targets.</source>
        <translation>Zu überwachende Ziele zusätzlich zu denen aus --targets.</translation>
    </message>
    <message>
        <source>A target list: one target a line ("URI [label] [transport=udp|tcp|tls] [credentials=NAME] [interval=S]") or the JSON the GUI saves.</source>
        <translation>Eine Zielliste: ein Ziel pro Zeile („URI [Bezeichnung] [transport=udp|tcp|tls] [credentials=NAME] [interval=S]“) oder das JSON, das die GUI speichert.</translation>
    </message>
    <message>
        <source>Seconds between two probes of a target (default 30).</source>
        <translation>Sekunden zwischen zwei Tests eines Ziels (Standard 30).</translation>
    </message>
    <message>
        <source>Stop after S seconds (default: run until interrupted).</source>
        <translation>Nach S Sekunden beenden (Standard: bis zur Unterbrechung laufen).</translation>
    </message>
    <message>
        <source>Stop after every target has been probed N times, and print how long it took.</source>
        <translation>Beenden, nachdem jedes Ziel N-mal geprüft wurde, und die benötigte Zeit ausgeben.</translation>
    </message>
    <message>
        <source>Give up on a probe after S seconds (default: 80% of the interval, at most 32).</source>
        <translation>Einen Test nach S Sekunden aufgeben (Standard: 80 % des Intervalls, höchstens 32).</translation>
    </message>
    <message>
        <source>Probes per target the loss is computed over (default 20).</source>
        <translation>Anzahl der Tests pro Ziel, über die der Verlust berechnet wird (Standard 20).</translation>
    </message>
    <message>
        <source>Codes that count as up, e.g. 200,404 or 2xx (default 2xx).</source>
        <translation>Codes, die als erreichbar gelten, z. B. 200,404 oder 2xx (Standard 2xx).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No targets: give --targets FILE or targets as arguments.</source>
        <translation>Keine Ziele: Geben Sie --targets FILE oder Ziele als Argumente an.</translation>
    </message>
    <message>
        <source>At most %1 targets.</source>
        <translation>Höchstens %1 Ziele.</translation>
    </message>
    <message>
        <source>--interval must be a whole number of seconds from 1 to 86400, not "%1".</source>
        <translation>--interval muss eine ganze Zahl von Sekunden von 1 bis 86400 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--duration must be a positive number of seconds, not "%1".</source>
        <translation>--duration muss eine positive Anzahl Sekunden sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--rounds must be a whole number from 1 to 1000000, not "%1".</source>
        <translation>--rounds muss eine ganze Zahl von 1 bis 1000000 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from 0.05 to 3600, not "%1".</source>
        <translation>--timeout muss eine Anzahl Sekunden von 0.05 bis 3600 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--window must be a whole number from 1 to 10000, not "%1".</source>
        <translation>--window muss eine ganze Zahl von 1 bis 10000 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1: the %2 transport is not supported yet; use UDP.</source>
        <translation>%1: Der Transport %2 wird noch nicht unterstützt; verwenden Sie UDP.</translation>
    </message>
    <message>
        <source>%1 targets, %2 round(s) in %3 s; first round complete after %4 s</source>
        <translation>%1 Ziele, %2 Runde(n) in %3 s; erste Runde abgeschlossen nach %4 s</translation>
    </message>
    <message>
        <source>-w needs a time in milliseconds.</source>
        <translation>-w braucht eine Zeit in Millisekunden.</translation>
    </message>
    <message>
        <source>-c needs a time in milliseconds.</source>
        <translation>-c braucht eine Zeit in Millisekunden.</translation>
    </message>
    <message>
        <source>--expect needs a list of codes, e.g. 200,404.</source>
        <translation>--expect braucht eine Liste von Codes, z. B. 200,404.</translation>
    </message>
    <message>
        <source>Invalid arguments.</source>
        <translation>Ungültige Argumente.</translation>
    </message>
    <message>
        <source>No status was received; RFC 3261 §8.1.3.1 treats this as %1, concluded locally.</source>
        <translation>Kein Status empfangen; RFC 3261 §8.1.3.1 behandelt dies als %1, lokal ermittelt.</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Antwortzeit</translation>
    </message>
    <message>
        <source>First 1xx</source>
        <translation>Erste 1xx</translation>
    </message>
    <message>
        <source>Retransmissions</source>
        <translation>Sendewiederholungen</translation>
    </message>
    <message>
        <source>No response: %1</source>
        <translation>Keine Antwort: %1</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Anfrage:</translation>
    </message>
    <message>
        <source>Response:</source>
        <translation>Antwort:</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Zeitleiste:</translation>
    </message>
    <message>
        <source>probes: %1</source>
        <translation>Tests: %1</translation>
    </message>
    <message>
        <source>rtt=%1 ms</source>
        <translation>rtt=%1 ms</translation>
    </message>
    <message>
        <source>retransmissions=%1</source>
        <translation>Sendewiederholungen=%1</translation>
    </message>
    <message>
        <source>no response (%1): %2</source>
        <translation>keine Antwort (%1): %2</translation>
    </message>
    <message>
        <source>--- %1 OPTIONS statistics ---</source>
        <translation>--- %1 OPTIONS-Statistik ---</translation>
    </message>
    <message>
        <source>%1 sent, %2 answered, %3% loss</source>
        <translation>%1 gesendet, %2 beantwortet, %3 % Verlust</translation>
    </message>
    <message>
        <source>rtt min/avg/max/mdev = %1/%2/%3/%4 ms</source>
        <translation>rtt min/avg/max/mdev = %1/%2/%3/%4 ms</translation>
    </message>
    <message>
        <source>status codes: %1</source>
        <translation>Statuscodes: %1</translation>
    </message>
    <message>
        <source>Send a SIP OPTIONS request to a server and show what it answered, how long it took, and why it failed when it did. Exit status: 0 a 2xx, 1 another final response, 2 no response, 64 usage error.</source>
        <translation>Eine SIP-OPTIONS-Anfrage an einen Server senden und zeigen, was er geantwortet hat, wie lange es gedauert hat und warum es gegebenenfalls fehlgeschlagen ist. Exit-Status: 0 eine 2xx, 1 eine andere endgültige Antwort, 2 keine Antwort, 64 Aufruffehler.</translation>
    </message>
    <message>
        <source>sip:/sips: URI, host, host:port, user@host or [IPv6]:port.</source>
        <translation>sip:/sips:-URI, Host, Host:Port, Benutzer@Host oder [IPv6]:Port.</translation>
    </message>
    <message>
        <source>Also print the raw request and response and the timeline.</source>
        <translation>Außerdem die Rohdaten von Anfrage und Antwort sowie die Zeitleiste ausgeben.</translation>
    </message>
    <message>
        <source>Send N probes, one after the other, and print statistics.</source>
        <translation>N Tests nacheinander senden und eine Statistik ausgeben.</translation>
    </message>
    <message>
        <source>Seconds from one probe's start to the next (0: back to back).</source>
        <translation>Sekunden vom Start eines Tests bis zum nächsten (0: direkt hintereinander).</translation>
    </message>
    <message>
        <source>Give up after S seconds without a final response (default 32, Timer F = 64·T1).</source>
        <translation>Nach S Sekunden ohne endgültige Antwort aufgeben (Standard 32, Timer F = 64·T1).</translation>
    </message>
    <message>
        <source>From user name, or a full sip: URI.</source>
        <translation>From-Benutzername oder eine vollständige sip:-URI.</translation>
    </message>
    <message>
        <source>Add a header, e.g. 'X-Ticket: 42' (repeatable).</source>
        <translation>Einen Header hinzufügen, z. B. 'X-Ticket: 42' (wiederholbar).</translation>
    </message>
    <message>
        <source>Max-Forwards value (0-255, default 70).</source>
        <translation>Max-Forwards-Wert (0–255, Standard 70).</translation>
    </message>
    <message>
        <source>Local address and optional port to send from.</source>
        <translation>Lokale Adresse und optionaler Port, von denen gesendet wird.</translation>
    </message>
    <message>
        <source>Monitoring-plugin mode: one status line, exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.</source>
        <translation>Monitoring-Plugin-Modus: eine Statuszeile, Exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.</translation>
    </message>
    <message>
        <source>With --nagios: WARNING when the round trip takes longer than MS.</source>
        <translation>Mit --nagios: WARNING, wenn die Antwortzeit länger als MS ist.</translation>
    </message>
    <message>
        <source>With --nagios (also as -c): CRITICAL when the round trip takes longer than MS.</source>
        <translation>Mit --nagios (auch als -c): CRITICAL, wenn die Antwortzeit länger als MS ist.</translation>
    </message>
    <message>
        <source>With --nagios: any final response counts as OK (the server is up).</source>
        <translation>Mit --nagios: Jede endgültige Antwort gilt als OK (der Server läuft).</translation>
    </message>
    <message>
        <source>Missing argument: target.</source>
        <translation>Fehlendes Argument: Ziel.</translation>
    </message>
    <message>
        <source>Expected one target, got %1 arguments.</source>
        <translation>Ein Ziel erwartet, %1 Argumente erhalten.</translation>
    </message>
    <message>
        <source>--%1 only makes sense with --nagios.</source>
        <translation>--%1 ist nur zusammen mit --nagios sinnvoll.</translation>
    </message>
    <message>
        <source>--count must be a whole number from 1 to 1000000, not "%1".</source>
        <translation>--count muss eine ganze Zahl von 1 bis 1000000 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--interval must be a number of seconds from 0 to 3600, not "%1".</source>
        <translation>--interval muss eine Anzahl Sekunden von 0 bis 3600 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--timeout must be a positive number of seconds up to 3600, not "%1".</source>
        <translation>--timeout muss eine positive Anzahl Sekunden bis 3600 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--max-forwards must be a number from 0 to 255, not "%1".</source>
        <translation>--max-forwards muss eine Zahl von 0 bis 255 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--from: %1</source>
        <translation>--from: %1</translation>
    </message>
    <message>
        <source>"%1" is not a valid user name.</source>
        <translation>„%1“ ist kein gültiger Benutzername.</translation>
    </message>
    <message>
        <source>--bind needs an IP address and an optional port, e.g. 192.0.2.10:5062 or [2001:db8::1]:5062; got "%1".</source>
        <translation>--bind braucht eine IP-Adresse und optional einen Port, z. B. 192.0.2.10:5062 oder [2001:db8::1]:5062; erhalten: „%1“.</translation>
    </message>
    <message>
        <source>Listen for SIP requests and answer every one with the chosen status code (RFC 3261 §8.2.6, with server transactions). Loopback unless --listen names another address. Exit status: 0 stopped, 2 cannot listen, 64 usage error.</source>
        <translation>Auf SIP-Anfragen warten und jede mit dem gewählten Statuscode beantworten (RFC 3261 §8.2.6, mit Server-Transaktionen). Nur Loopback, sofern --listen keine andere Adresse nennt. Exit-Status: 0 beendet, 2 Empfang nicht möglich, 64 Aufruffehler.</translation>
    </message>
    <message>
        <source>Address and port to listen on (default 127.0.0.1:5060; 0.0.0.0:PORT listens on every interface).</source>
        <translation>Adresse und Port für den Empfang (Standard 127.0.0.1:5060; 0.0.0.0:PORT empfängt auf allen Schnittstellen).</translation>
    </message>
    <message>
        <source>The final response code, 200 to 699 (a 2xx is not sent to INVITE).</source>
        <translation>Der endgültige Antwortcode, 200 bis 699 (eine 2xx wird nicht auf INVITE gesendet).</translation>
    </message>
    <message>
        <source>Reason phrase (default: the registered one).</source>
        <translation>Reason-Phrase (Standard: die registrierte).</translation>
    </message>
    <message>
        <source>Add a header to the answer, e.g. 'Retry-After: 30' (repeatable).</source>
        <translation>Der Antwort einen Header hinzufügen, z. B. 'Retry-After: 30' (wiederholbar).</translation>
    </message>
    <message>
        <source>Wait MS milliseconds before the final response (at most 60000).</source>
        <translation>MS Millisekunden vor der endgültigen Antwort warten (höchstens 60000).</translation>
    </message>
    <message>
        <source>Send these provisional responses first, e.g. 100,180.</source>
        <translation>Diese vorläufigen Antworten zuerst senden, z. B. 100,180.</translation>
    </message>
    <message>
        <source>Also print each request as received.</source>
        <translation>Außerdem jede Anfrage so ausgeben, wie sie empfangen wurde.</translation>
    </message>
    <message>
        <source>Unexpected argument "%1".</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>--code is required, e.g. --code 486.</source>
        <translation>--code ist erforderlich, z. B. --code 486.</translation>
    </message>
    <message>
        <source>--code must be a number from 200 to 699, not "%1".</source>
        <translation>--code muss eine Zahl von 200 bis 699 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--delay must be a number of milliseconds, not "%1".</source>
        <translation>--delay muss eine Anzahl Millisekunden sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Listening on %1 %2, answering %3 %4</source>
        <translation>Empfang auf %1 %2, Antwort %3 %4</translation>
    </message>
    <message>
        <source>Include the codes that are not IANA-registered (seen on the wire, local statuses, analyser labels).</source>
        <translation>Auch die Codes einschließen, die nicht bei der IANA registriert sind (in der Praxis gesehen, lokale Status, Bezeichnungen aus Analysatoren).</translation>
    </message>
    <message>
        <source>Find response codes by number, class (4xx) or words, best match first.</source>
        <translation>Antwortcodes nach Nummer, Klasse (4xx) oder Stichwörtern suchen, beste Treffer zuerst.</translation>
    </message>
    <message>
        <source>Show at most &lt;n&gt; results (0: all; default 10).</source>
        <translation>Höchstens &lt;n&gt; Ergebnisse zeigen (0: alle; Standard 10).</translation>
    </message>
    <message>
        <source>What to look for, e.g. busy, "nobody answers", 48, 5xx.</source>
        <translation>Wonach gesucht wird, z. B. besetzt, "niemand nimmt ab", 48, 5xx.</translation>
    </message>
    <message>
        <source>search words</source>
        <translation>Suchbegriffe</translation>
    </message>
    <message>
        <source>--limit needs a whole number of 0 or more, not "%1".</source>
        <translation>--limit braucht eine ganze Zahl von 0 oder mehr, nicht „%1“.</translation>
    </message>
    <message>
        <source>No response code matches "%1".</source>
        <translation>Kein Antwortcode passt zu „%1“.</translation>
    </message>
    <message>
        <source>List the response codes, by class.</source>
        <translation>Die Antwortcodes auflisten, nach Klasse.</translation>
    </message>
    <message>
        <source>Only the class &lt;n&gt;: 1 to 6 (or 1xx to 6xx).</source>
        <translation>Nur die Klasse &lt;n&gt;: 1 bis 6 (oder 1xx bis 6xx).</translation>
    </message>
    <message>
        <source>--class needs a response class from 1 to 6, not "%1".</source>
        <translation>--class braucht eine Antwortklasse von 1 bis 6, nicht „%1“.</translation>
    </message>
    <message>
        <source>No response codes to list.</source>
        <translation>Keine Antwortcodes aufzulisten.</translation>
    </message>
    <message>
        <source>Local statuses and labels outside 100-699</source>
        <translation>Lokale Status und Bezeichnungen außerhalb von 100–699</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>(via %1)</source>
        <translation>(über %1)</translation>
    </message>
    <message>
        <source>Follow the SIP path to a target: send OPTIONS with Max-Forwards 0, 1, 2 … and list each hop that answers 483 Too Many Hops, until the target answers. Exit status: 0 the target answered, 1 not reached, 2 the first hop cannot be reached, 64 usage error.</source>
        <translation>Dem SIP-Pfad zu einem Ziel folgen: OPTIONS mit Max-Forwards 0, 1, 2 … senden und jeden Hop auflisten, der 483 Too Many Hops antwortet, bis das Ziel antwortet. Exit-Status: 0 das Ziel hat geantwortet, 1 nicht erreicht, 2 der erste Hop ist nicht erreichbar, 64 Aufruffehler.</translation>
    </message>
    <message>
        <source>Stop after N hops (1-70, default 20).</source>
        <translation>Nach N Hops aufhören (1–70, Standard 20).</translation>
    </message>
    <message>
        <source>Seconds to wait for each hop's answer (default 5).</source>
        <translation>Sekunden, die auf die Antwort jedes Hops gewartet wird (Standard 5).</translation>
    </message>
    <message>
        <source>Stop the whole trace after S seconds (default 60).</source>
        <translation>Den gesamten Trace nach S Sekunden beenden (Standard 60).</translation>
    </message>
    <message>
        <source>--max-hops must be a whole number from 1 to 70, not "%1".</source>
        <translation>--max-hops muss eine ganze Zahl von 1 bis 70 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--timeout must be a positive number of seconds up to 600, not "%1".</source>
        <translation>--timeout muss eine positive Anzahl Sekunden bis 600 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--total-timeout must be a positive number of seconds up to 3600, not "%1".</source>
        <translation>--total-timeout muss eine positive Anzahl Sekunden bis 3600 sein, nicht „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>SIP trace to %1, at most %n hop(s)</source>
        <translation>
            <numerusform>SIP-Trace zu %1, höchstens %n Hop</numerusform>
            <numerusform>SIP-Trace zu %1, höchstens %n Hops</numerusform>
        </translation>
    </message>
    <message>
        <source>Diagnosis: %1</source>
        <translation>Diagnose: %1</translation>
    </message>
    <message>
        <source>Path: %1</source>
        <translation>Pfad: %1</translation>
    </message>
    <message>
        <source>Diagnosis:</source>
        <translation>Diagnose:</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Pfad:</translation>
    </message>
    <message>
        <source>[ALG] %1</source>
        <translation>[ALG] %1</translation>
    </message>
    <message>
        <source>Timing:</source>
        <translation>Zeitverlauf:</translation>
    </message>
    <message>
        <source>(failed)</source>
        <translation>(fehlgeschlagen)</translation>
    </message>
    <message>
        <source>Expectation not met: %1</source>
        <translation>Erwartung nicht erfüllt: %1</translation>
    </message>
    <message>
        <source>All targets of %1</source>
        <translation>Alle Ziele von %1</translation>
    </message>
    <message>
        <source>priority %1  weight %2  port %3  target %4  TTL %5</source>
        <translation>Priorität %1  Gewicht %2  Port %3  Ziel %4  TTL %5</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>no response: %1</source>
        <translation>keine Antwort: %1</translation>
    </message>
    <message>
        <source>Exit status: 0 found, 1 nothing found, 64 usage error; the commands that probe (options, trace, monitor) list theirs in their --help.</source>
        <translation>Exit-Status: 0 gefunden, 1 nichts gefunden, 64 Aufruffehler; die prüfenden Befehle (options, trace, monitor) nennen ihre Werte in ihrer --help.</translation>
    </message>
    <message>
        <source>An answer counts as up only if this header matches, e.g. 'Server: ^Kamailio' (repeatable).</source>
        <translation>Eine Antwort gilt nur als erreichbar, wenn dieser Header passt, z. B. 'Server: ^Kamailio' (wiederholbar).</translation>
    </message>
    <message>
        <source>udp, tcp, tls, ws or wss; without it the URI decides (;transport=, sips: means TLS, ws:// and wss:// URLs), then SRV records.</source>
        <translation>udp, tcp, tls, ws oder wss; ohne Angabe entscheidet die URI (;transport=, sips: bedeutet TLS, ws://- und wss://-URLs), danach die SRV-Einträge.</translation>
    </message>
    <message>
        <source>Success also needs this header in the answer, matching the regular expression, e.g. 'Server: ^Kamailio' (repeatable).</source>
        <translation>Erfolg erfordert außerdem diesen Header in der Antwort, passend zum regulären Ausdruck, z. B. 'Server: ^Kamailio' (wiederholbar).</translation>
    </message>
    <message>
        <source>Probe every server behind the name at once (each SRV target and address), each with its own result.</source>
        <translation>Jeden Server hinter dem Namen gleichzeitig prüfen (jedes SRV-Ziel und jede Adresse), jeden mit eigenem Ergebnis.</translation>
    </message>
    <message>
        <source>WebSocket: send this Origin header, e.g. https://phone.example.com.</source>
        <translation>WebSocket: diesen Origin-Header senden, z. B. https://phone.example.com.</translation>
    </message>
    <message>
        <source>The codes that count as success (with --nagios: as OK), e.g. 200,404 or 2xx (default 2xx).</source>
        <translation>Die Codes, die als Erfolg gelten (mit --nagios: als OK), z. B. 200,404 oder 2xx (Standard 2xx).</translation>
    </message>
    <message>
        <source>--transport must be udp, tcp, tls, ws or wss, not "%1".</source>
        <translation>--transport muss udp, tcp, tls, ws oder wss sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--all-targets probes each server once: it does not go with --count or --nagios.</source>
        <translation>--all-targets prüft jeden Server einmal: Es lässt sich nicht mit --count oder --nagios kombinieren.</translation>
    </message>
    <message>
        <source>--origin needs a URL such as https://phone.example.com, not "%1".</source>
        <translation>--origin braucht eine URL wie https://phone.example.com, nicht „%1“.</translation>
    </message>
    <message>
        <source>TLS: also trust the CA certificate(s) in this PEM file (repeatable).</source>
        <translation>TLS: zusätzlich den CA-Zertifikaten in dieser PEM-Datei vertrauen (wiederholbar).</translation>
    </message>
    <message>
        <source>TLS: go on when the server's certificate cannot be verified; the result says it was not verified.</source>
        <translation>TLS: fortfahren, wenn das Zertifikat des Servers nicht verifiziert werden kann; das Ergebnis weist darauf hin.</translation>
    </message>
    <message>
        <source>TLS: client certificate (PEM), with --key.</source>
        <translation>TLS: Client-Zertifikat (PEM), mit --key.</translation>
    </message>
    <message>
        <source>TLS: the client certificate's unencrypted private key (PEM).</source>
        <translation>TLS: der unverschlüsselte private Schlüssel des Client-Zertifikats (PEM).</translation>
    </message>
    <message>
        <source>Answer 401/407 digest challenges as this user (also the From user).</source>
        <translation>401/407-Digest-Challenges als dieser Benutzer beantworten (auch der From-Benutzer).</translation>
    </message>
    <message>
        <source>The digest user name when it differs from --user.</source>
        <translation>Der Digest-Benutzername, wenn er von --user abweicht.</translation>
    </message>
    <message>
        <source>Read the password from the first line of FILE (or set the SIPSCOPE_PASSWORD environment variable).</source>
        <translation>Das Passwort aus der ersten Zeile von FILE lesen (oder die Umgebungsvariable SIPSCOPE_PASSWORD setzen).</translation>
    </message>
    <message>
        <source>The password on the command line. Avoid it: other users can see it in the process list; use --password-file or SIPSCOPE_PASSWORD.</source>
        <translation>Das Passwort auf der Befehlszeile. Vermeiden Sie das: Andere Benutzer können es in der Prozessliste sehen; verwenden Sie --password-file oder SIPSCOPE_PASSWORD.</translation>
    </message>
    <message>
        <source>--cert and --key go together: give both or neither.</source>
        <translation>--cert und --key gehören zusammen: Geben Sie beide oder keines an.</translation>
    </message>
    <message>
        <source>--user: "%1" is not a valid SIP user name.</source>
        <translation>--user: „%1“ ist kein gültiger SIP-Benutzername.</translation>
    </message>
    <message>
        <source>--auth-user needs a user name.</source>
        <translation>--auth-user braucht einen Benutzernamen.</translation>
    </message>
    <message>
        <source>Give the password once: --password-file or --password, not both.</source>
        <translation>Geben Sie das Passwort nur einmal an: --password-file oder --password, nicht beides.</translation>
    </message>
    <message>
        <source>--password-file: cannot read %1: %2</source>
        <translation>--password-file: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>--password-file: the first line of %1 is empty.</source>
        <translation>--password-file: Die erste Zeile von %1 ist leer.</translation>
    </message>
    <message>
        <source>--password needs a password.</source>
        <translation>--password braucht ein Passwort.</translation>
    </message>
    <message>
        <source>A password needs --user (or --auth-user).</source>
        <translation>Ein Passwort braucht --user (oder --auth-user).</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>verified for %1</source>
        <translation>verifiziert für %1</translation>
    </message>
    <message>
        <source>NOT verified (%1); accepted because of --insecure</source>
        <translation>NICHT verifiziert (%1); akzeptiert wegen --insecure</translation>
    </message>
    <message>
        <source>NOT verified: %1</source>
        <translation>NICHT verifiziert: %1</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verifizierung</translation>
    </message>
    <message>
        <source>realm "%1"</source>
        <translation>Realm „%1“</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>udp, tcp, tls, ws or wss (default: as for options).</source>
        <translation>udp, tcp, tls, ws oder wss (Standard: wie bei options).</translation>
    </message>
    <message>
        <source>"%1" is not one target.</source>
        <translation>„%1“ ist nicht genau ein Ziel.</translation>
    </message>
    <message>
        <source>Print no line per request, only the counters when it stops.</source>
        <translation>Keine Zeile pro Anfrage ausgeben, nur die Zähler beim Beenden.</translation>
    </message>
    <message>
        <source>Answer at most N requests a second from each source address (bursts up to N); the rest are dropped unanswered. Default: no limit.</source>
        <translation>Höchstens N Anfragen pro Sekunde von jeder Absenderadresse beantworten (Spitzen bis N); der Rest wird unbeantwortet verworfen. Standard: keine Begrenzung.</translation>
    </message>
    <message>
        <source>--rate-limit must be a number of requests a second (0: no limit), not "%1".</source>
        <translation>--rate-limit muss eine Anzahl Anfragen pro Sekunde sein (0: keine Begrenzung), nicht „%1“.</translation>
    </message>
    <message>
        <source>Verdict: %1 (%2)</source>
        <translation>Bewertung: %1 (%2)</translation>
    </message>
    <message>
        <source>Try: %1</source>
        <translation>Versuchen Sie: %1</translation>
    </message>
    <message>
        <source>Liveness: %1</source>
        <translation>Erreichbarkeit: %1</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>Empfangen: %1</translation>
    </message>
    <message>
        <source>Run a Prometheus exporter: /probe?target=…&amp;module=… sends one SIP OPTIONS probe and answers with its metrics. Listens on loopback unless --listen names another address. Exit status: 0 stopped or configuration valid, 1 configuration not valid, 2 cannot listen or read the configuration, 64 usage error.</source>
        <translation>Einen Prometheus-Exporter betreiben: /probe?target=…&amp;module=… sendet einen SIP-OPTIONS-Test und antwortet mit dessen Metriken. Lauscht auf Loopback, sofern --listen keine andere Adresse nennt. Exit-Status: 0 beendet oder Konfiguration gültig, 1 Konfiguration ungültig, 2 Lauschen oder Lesen der Konfiguration nicht möglich, 64 Bedienfehler.</translation>
    </message>
    <message>
        <source>The configuration file (YAML: modules, allow, limits).</source>
        <translation>Die Konfigurationsdatei (YAML: modules, allow, limits).</translation>
    </message>
    <message>
        <source>Check the configuration file and exit.</source>
        <translation>Die Konfigurationsdatei prüfen und beenden.</translation>
    </message>
    <message>
        <source>Address and port of the web server (default 127.0.0.1:9688; 0.0.0.0:PORT listens on every interface).</source>
        <translation>Adresse und Port des Webservers (Standard 127.0.0.1:9688; 0.0.0.0:PORT lauscht auf allen Schnittstellen).</translation>
    </message>
    <message>
        <source>this sipscope-cli was built without the exporter (yaml-cpp was not found when it was built).</source>
        <translation>dieses sipscope-cli wurde ohne den Exporter gebaut (yaml-cpp wurde beim Bauen nicht gefunden).</translation>
    </message>
    <message numerus="yes">
        <source>%1 is valid: %n module(s)</source>
        <translation>
            <numerusform>%1 ist gültig: %n Modul</numerusform>
            <numerusform>%1 ist gültig: %n Module</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n allow entry(s).</source>
        <translation>
            <numerusform>, %n allow-Eintrag.</numerusform>
            <numerusform>, %n allow-Einträge.</numerusform>
        </translation>
    </message>
    <message>
        <source>--config is required, e.g. --config sipscope-exporter.yml.</source>
        <translation>--config ist erforderlich, z. B. --config sipscope-exporter.yml.</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>Lauschen auf %1:%2 nicht möglich: %3</translation>
    </message>
    <message numerus="yes">
        <source>Listening on http://%1:%2/ with %n module(s)</source>
        <translation>
            <numerusform>Lauscht auf http://%1:%2/ mit %n Modul</numerusform>
            <numerusform>Lauscht auf http://%1:%2/ mit %n Modulen</numerusform>
        </translation>
    </message>
    <message>
        <source>Serve SIP probes to Prometheus (/probe?target=…&amp;module=…)</source>
        <translation>SIP-Tests für Prometheus bereitstellen (/probe?target=…&amp;module=…)</translation>
    </message>
    <message>
        <source>udp (default), tcp, tls, ws or wss (SIP over WebSocket, RFC 7118).</source>
        <translation>udp (Standard), tcp, tls, ws oder wss (SIP über WebSocket, RFC 7118).</translation>
    </message>
    <message>
        <source>TLS and WSS: the server certificate (PEM).</source>
        <translation>TLS und WSS: das Serverzertifikat (PEM).</translation>
    </message>
    <message>
        <source>TLS and WSS: the private key (PEM, no passphrase).</source>
        <translation>TLS und WSS: der private Schlüssel (PEM, ohne Passphrase).</translation>
    </message>
    <message>
        <source>Write every packet sent and received to this capture file (pcapng; classic pcap for a name ending in .pcap).</source>
        <translation>Jedes gesendete und empfangene Paket in diese Mitschnittdatei schreiben (pcapng; klassisches pcap bei einem Namen auf .pcap).</translation>
    </message>
    <message>
        <source>The format of the --pcap file: pcapng (default) or pcap.</source>
        <translation>Das Format der --pcap-Datei: pcapng (Standard) oder pcap.</translation>
    </message>
    <message>
        <source>--pcap-format goes with --pcap FILE.</source>
        <translation>--pcap-format gehört zu --pcap DATEI.</translation>
    </message>
    <message>
        <source>--pcap needs a file name.</source>
        <translation>--pcap braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>--pcap-format must be pcapng or pcap, not "%1".</source>
        <translation>--pcap-format muss pcapng oder pcap sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Frames: %1 (%2). SIP messages: %3. Calls: %4.</source>
        <translation>Frames: %1 (%2). SIP-Nachrichten: %3. Anrufe: %4.</translation>
    </message>
    <message>
        <source>Call-ID %1</source>
        <translation>Call-ID %1</translation>
    </message>
    <message>
        <source>Frame %1 %2 %3 → %4 %5</source>
        <translation>Frame %1 %2 %3 → %4 %5</translation>
    </message>
    <message numerus="yes">
        <source>No SIP message in the capture: %n frame(s) of other traffic.</source>
        <translation>
            <numerusform>Keine SIP-Nachricht im Mitschnitt: %n Frame mit anderem Verkehr.</numerusform>
            <numerusform>Keine SIP-Nachricht im Mitschnitt: %n Frames mit anderem Verkehr.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) were cut short by the capture's snap length; messages in them are incomplete.</source>
        <translation>
            <numerusform>%n Frame wurde von der Snap-Länge des Mitschnitts gekürzt; Nachrichten darin sind unvollständig.</numerusform>
            <numerusform>%n Frames wurden von der Snap-Länge des Mitschnitts gekürzt; Nachrichten darin sind unvollständig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the first %1 SIP messages are listed.</source>
        <translation>Nur die ersten %1 SIP-Nachrichten sind aufgeführt.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>Save, delete or list passwords in the system keychain, for the monitor's credentials=keychain:NAME. "set" reads the password without showing it (or the first line of stdin); nothing prints it.</source>
        <translation>Passwörter im Schlüsselbund des Systems speichern, löschen oder auflisten, für credentials=keychain:NAME des Monitors. „set“ liest das Passwort, ohne es anzuzeigen (oder die erste Zeile von stdin); nichts gibt es aus.</translation>
    </message>
    <message>
        <source>set, delete or list.</source>
        <translation>set, delete oder list.</translation>
    </message>
    <message>
        <source>The name of the entry (not for list).</source>
        <translation>Der Name des Eintrags (nicht bei list).</translation>
    </message>
    <message>
        <source>Give an action: set NAME, delete NAME or list.</source>
        <translation>Geben Sie eine Aktion an: set NAME, delete NAME oder list.</translation>
    </message>
    <message>
        <source>list takes no name.</source>
        <translation>list nimmt keinen Namen.</translation>
    </message>
    <message>
        <source>%1 needs exactly one NAME.</source>
        <translation>%1 braucht genau einen NAME.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>No password given (an empty line or no input).</source>
        <translation>Kein Passwort angegeben (leere Zeile oder keine Eingabe).</translation>
    </message>
    <message>
        <source>Saved the password for %1 in the keychain (%2).</source>
        <translation>Das Passwort für %1 wurde im Schlüsselbund gespeichert (%2).</translation>
    </message>
    <message>
        <source>Nothing was saved under %1.</source>
        <translation>Unter %1 war nichts gespeichert.</translation>
    </message>
    <message>
        <source>Deleted %1 from the keychain.</source>
        <translation>%1 wurde aus dem Schlüsselbund gelöscht.</translation>
    </message>
    <message>
        <source>Save, delete or list passwords in the system keychain</source>
        <translation>Passwörter im Schlüsselbund des Systems speichern, löschen oder auflisten</translation>
    </message>
    <message>
        <source>%1: %2; probing without credentials.</source>
        <translation>%1: %2; Test ohne Anmeldedaten.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; explain an excerpt of it.</source>
        <translation>%1 ist größer als %2 MiB; lassen Sie einen Auszug davon erklären.</translation>
    </message>
    <message>
        <source>Find every SIP status line, response code, Reason, Warning and Retry-After header and Q.850 cause in pasted text (a log excerpt, a SIP response, a call record) and explain each.</source>
        <translation>Jede SIP-Statuszeile, jeden Antwortcode, Reason-, Warning- und Retry-After-Header und jede Q.850-Cause in eingefügtem Text (ein Log-Auszug, eine SIP-Antwort, ein Verbindungsnachweis) finden und jeweils erklären.</translation>
    </message>
    <message>
        <source>The text to read; standard input when left out or "-".</source>
        <translation>Der zu lesende Text; Standardeingabe, wenn weggelassen oder „-“.</translation>
    </message>
    <message>
        <source>Expected at most one file, got %1 arguments.</source>
        <translation>Höchstens eine Datei erwartet, %1 Argumente erhalten.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>Nothing recognised: the text holds no SIP status line, response code, Reason, Warning or Retry-After header, or Q.850 cause.</source>
        <translation>Nichts erkannt: Der Text enthält keine SIP-Statuszeile, keinen Antwortcode, keinen Reason-, Warning- oder Retry-After-Header und keine Q.850-Cause.</translation>
    </message>
    <message>
        <source>Which answers count as up, failing or maintenance: strict, alive, cube, teams or a profile the target list defines (replaces --expect).</source>
        <translation>Welche Antworten als erreichbar, gestört oder Wartung zählen: strict, alive, cube, teams oder ein Profil, das die Zielliste festlegt (ersetzt --expect).</translation>
    </message>
    <message>
        <source>An up target leaves up only after N failed probes in a row (default 1, or the profile's).</source>
        <translation>Ein erreichbares Ziel gilt erst nach N fehlgeschlagenen Tests in Folge nicht mehr als erreichbar (Standard 1 oder der Wert des Profils).</translation>
    </message>
    <message>
        <source>--verdict-profile replaces --expect: give only one of them.</source>
        <translation>--verdict-profile ersetzt --expect: Geben Sie nur eine der beiden Optionen an.</translation>
    </message>
    <message>
        <source>--failures-before-down must be a whole number from 1 to %1, not "%2".</source>
        <translation>--failures-before-down muss eine ganze Zahl von 1 bis %1 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>--verdict-profile needs a name: %1.</source>
        <translation>--verdict-profile braucht einen Namen: %1.</translation>
    </message>
    <message>
        <source>With --nagios: which answers count as OK, WARNING (maintenance) or CRITICAL: strict, alive, cube or teams.</source>
        <translation>Mit --nagios: welche Antworten als OK, WARNING (Wartung) oder CRITICAL zählen: strict, alive, cube oder teams.</translation>
    </message>
    <message>
        <source>SIP ALG test: answer OPTIONS with 200 whose body is the request as received (message/sip) and whose SipScope-Mirror header names the source address and port seen; other requests get --code (default 200).</source>
        <translation>SIP-ALG-Test: OPTIONS mit 200 beantworten, dessen Body die Anfrage so enthält, wie sie ankam (message/sip), und dessen Header SipScope-Mirror die gesehene Quelladresse und den Port nennt; andere Anfragen erhalten --code (Standard 200).</translation>
    </message>
    <message>
        <source>Mirroring OPTIONS: 200 OK with the request as received and its source address</source>
        <translation>OPTIONS wird gespiegelt: 200 OK mit der Anfrage, wie sie ankam, und ihrer Quelladresse</translation>
    </message>
    <message>
        <source>After the answer, send N keep-alive pings on the same connection and report each pong's round trip: a double CRLF over TCP/TLS (RFC 5626), a WebSocket Ping over ws/wss.</source>
        <translation>Nach der Antwort N Keep-alive-Pings auf derselben Verbindung senden und die Umlaufzeit jedes Pongs melden: ein doppeltes CRLF über TCP/TLS (RFC 5626), ein WebSocket-Ping über ws/wss.</translation>
    </message>
    <message>
        <source>Seconds from one keep-alive ping to the next (default 1).</source>
        <translation>Sekunden von einem Keep-alive-Ping zum nächsten (Standard 1).</translation>
    </message>
    <message>
        <source>--keepalive must be a number of pings from 1 to 1000, not "%1".</source>
        <translation>--keepalive muss eine Anzahl Pings von 1 bis 1000 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--keepalive pings one connection: it does not go with --all-targets.</source>
        <translation>--keepalive pingt eine Verbindung: es passt nicht zu --all-targets.</translation>
    </message>
    <message>
        <source>--keepalive-interval must be a positive number of seconds up to 3600, not "%1".</source>
        <translation>--keepalive-interval muss eine positive Zahl von Sekunden bis 3600 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--keepalive-interval only makes sense with --keepalive.</source>
        <translation>--keepalive-interval ergibt nur mit --keepalive Sinn.</translation>
    </message>
    <message>
        <source>ping %1: pong after %2 ms</source>
        <translation>Ping %1: Pong nach %2 ms</translation>
    </message>
    <message>
        <source>ping %1: no pong</source>
        <translation>Ping %1: kein Pong</translation>
    </message>
    <message>
        <source>Ask this DNS server (NAPTR, SRV, A, AAAA) instead of the system's: an IP address with an optional port, e.g. 127.0.0.1:5353 or [::1]:53.</source>
        <translation>Diesen DNS-Server fragen (NAPTR, SRV, A, AAAA) statt des System-Resolvers: eine IP-Adresse mit optionalem Port, z. B. 127.0.0.1:5353 oder [::1]:53.</translation>
    </message>
    <message>
        <source>--dns-server: %1</source>
        <translation>--dns-server: %1</translation>
    </message>
    <message>
        <source>TLS: warn when a certificate the server presents ends within DAYS days (with --nagios: WARNING).</source>
        <translation>TLS: warnen, wenn ein Zertifikat, das der Server vorlegt, innerhalb von DAYS Tagen abläuft (mit --nagios: WARNING).</translation>
    </message>
    <message>
        <source>TLS: critical when a certificate the server presents ends within DAYS days (with --nagios: CRITICAL).</source>
        <translation>TLS: als kritisch melden, wenn ein Zertifikat, das der Server vorlegt, innerhalb von DAYS Tagen abläuft (mit --nagios: CRITICAL).</translation>
    </message>
    <message>
        <source>Check the SBC certificate rules of Microsoft Teams Direct Routing (teams) or Zoom BYOC (zoom) and name each rule that fails.</source>
        <translation>Die SBC-Zertifikatsregeln von Microsoft Teams Direct Routing (teams) oder Zoom BYOC (zoom) prüfen und jede nicht erfüllte Regel nennen.</translation>
    </message>
    <message>
        <source>--profile: "%1" is not a profile; use teams or zoom.</source>
        <translation>--profile: „%1“ ist kein Profil; verwenden Sie teams oder zoom.</translation>
    </message>
    <message>
        <source>CRITICAL</source>
        <translation>KRITISCH</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <source>%1 certificate rules (from %2):</source>
        <translation>Zertifikatsregeln von %1 (laut %2):</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>ERFÜLLT</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>NICHT ERFÜLLT</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Regel: %1</translation>
    </message>
    <message>
        <source>Every rule is met.</source>
        <translation>Alle Regeln sind erfüllt.</translation>
    </message>
    <message>
        <source>The SBC does not meet these rules: the platform will refuse its TLS connections.</source>
        <translation>Der SBC erfüllt diese Regeln nicht: Die Plattform wird seine TLS-Verbindungen ablehnen.</translation>
    </message>
    <message>
        <source>certificate: %1</source>
        <translation>Zertifikat: %1</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Chain ends</source>
        <translation>Kettenende</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>%1, %2 bits</source>
        <translation>%1, %2 Bit</translation>
    </message>
    <message>
        <source>Find how long the NAT keeps a UDP binding open (needs respond --call-back)</source>
        <translation>Ermitteln, wie lange das NAT eine UDP-Zuordnung offen hält (braucht respond --call-back)</translation>
    </message>
    <message>
        <source>silence %1</source>
        <translation>Leerlauf %1</translation>
    </message>
    <message>
        <source>(%1 ms after the last packet sent)</source>
        <translation>(%1 ms nach dem letzten gesendeten Paket)</translation>
    </message>
    <message>
        <source>local port %1</source>
        <translation>lokaler Port %1</translation>
    </message>
    <message>
        <source>Find how long the NAT between here and the target keeps a UDP binding without traffic: each trial opens a fresh binding, stays silent, and the target sends an OPTIONS back. The target must be "sipscope-cli respond --call-back" outside the NAT. Exit status: 0 measured, 1 the far end does not take part, 2 no answer, 64 usage error.</source>
        <translation>Ermitteln, wie lange das NAT zwischen hier und dem Ziel eine UDP-Zuordnung ohne Verkehr hält: Jeder Versuch öffnet eine neue Zuordnung, bleibt still, und das Ziel schickt ein OPTIONS zurück. Das Ziel muss "sipscope-cli respond --call-back" außerhalb des NAT sein. Exit-Status: 0 gemessen, 1 die Gegenstelle macht nicht mit, 2 keine Antwort, 64 Aufruffehler.</translation>
    </message>
    <message>
        <source>The responder: sip: URI, host, host:port or [IPv6]:port (UDP).</source>
        <translation>Der Responder: sip:-URI, Host, Host:Port oder [IPv6]:Port (UDP).</translation>
    </message>
    <message>
        <source>The first silence in seconds (default 15); each next one is twice as long.</source>
        <translation>Die erste Leerlaufzeit in Sekunden (Standard 15); jede weitere ist doppelt so lang.</translation>
    </message>
    <message>
        <source>The longest silence in seconds (default 600, at most 3600).</source>
        <translation>Die längste Leerlaufzeit in Sekunden (Standard 600, höchstens 3600).</translation>
    </message>
    <message>
        <source>Stop bisecting when the bracket is this narrow, in seconds (default 5).</source>
        <translation>Die Eingrenzung beenden, wenn das Intervall so schmal ist, in Sekunden (Standard 5).</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer, and for each call-back after its silence (default 5).</source>
        <translation>Sekunden, die auf jede Antwort und auf jeden Rückruf nach seiner Leerlaufzeit gewartet wird (Standard 5).</translation>
    </message>
    <message>
        <source>The NAT timeout test measures UDP bindings: the target must be a sip: URI over UDP, not "%1".</source>
        <translation>Der NAT-Timeout-Test misst UDP-Zuordnungen: Das Ziel muss eine sip:-URI über UDP sein, nicht "%1".</translation>
    </message>
    <message>
        <source>--%1 must be a number of seconds from 0.1 to %2, not "%3".</source>
        <translation>--%1 muss eine Zahl von Sekunden von 0,1 bis %2 sein, nicht "%3".</translation>
    </message>
    <message>
        <source>NAT timeout test towards %1: silences from %2 to %3, resolution %4</source>
        <translation>NAT-Timeout-Test zu %1: Leerlaufzeiten von %2 bis %3, Auflösung %4</translation>
    </message>
    <message>
        <source>Be the far end of "sipscope-cli nat-timeout": an OPTIONS with a SipScope-Call-Back header gets an OPTIONS back to its source after that many seconds (UDP only; at most 3600 s, 64 waiting).</source>
        <translation>Gegenstelle für "sipscope-cli nat-timeout" sein: Ein OPTIONS mit einem SipScope-Call-Back-Header bekommt nach so vielen Sekunden ein OPTIONS an seine Quelle zurück (nur UDP; höchstens 3600 s, 64 wartend).</translation>
    </message>
    <message>
        <source>Probe the name twice at once, over IPv4 only and over IPv6 only, and say which family works (e.g. IPv6 broken, IPv4 fine).</source>
        <translation>Den Namen zweimal gleichzeitig prüfen, nur über IPv4 und nur über IPv6, und sagen, welche Adressfamilie funktioniert (z. B. IPv6 gestört, IPv4 in Ordnung).</translation>
    </message>
    <message>
        <source>--dual-stack probes each address family once: it does not go with --count or --all-targets.</source>
        <translation>--dual-stack prüft jede Adressfamilie einmal: Es lässt sich nicht mit --count oder --all-targets kombinieren.</translation>
    </message>
    <message>
        <source>--dual-stack sends over both IPv4 and IPv6: it does not go with --bind, whose address has one family.</source>
        <translation>--dual-stack sendet über IPv4 und IPv6: Es lässt sich nicht mit --bind kombinieren, dessen Adresse nur eine Familie hat.</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>Nicht veröffentlicht: %1</translation>
    </message>
    <message>
        <source>Dual stack: %1</source>
        <translation>Dual-Stack: %1</translation>
    </message>
</context>
<context>
    <name>ClientTransaction</name>
    <message>
        <source>a request, not a response</source>
        <translation>eine Anfrage, keine Antwort</translation>
    </message>
    <message>
        <source>no usable Via header</source>
        <translation>kein verwendbarer Via-Header</translation>
    </message>
    <message>
        <source>Via branch of another transaction</source>
        <translation>Via-Branch einer anderen Transaktion</translation>
    </message>
    <message>
        <source>Via sent-by is not ours</source>
        <translation>Via sent-by stammt nicht von uns</translation>
    </message>
    <message>
        <source>CSeq method is not ours</source>
        <translation>CSeq-Methode stammt nicht von uns</translation>
    </message>
    <message>
        <source>CSeq number is not ours</source>
        <translation>CSeq-Nummer stammt nicht von uns</translation>
    </message>
    <message>
        <source>Call-ID of another call</source>
        <translation>Call-ID eines anderen Anrufs</translation>
    </message>
    <message>
        <source>another final response after the first one</source>
        <translation>eine weitere endgültige Antwort nach der ersten</translation>
    </message>
    <message>
        <source>a provisional response after the final one</source>
        <translation>eine vorläufige Antwort nach der endgültigen</translation>
    </message>
    <message>
        <source>not a SIP message</source>
        <translation>keine SIP-Nachricht</translation>
    </message>
    <message>
        <source>The transport is gone.</source>
        <translation>Der Transport besteht nicht mehr.</translation>
    </message>
</context>
<context>
    <name>CodeExplanation</name>
    <message>
        <source>cause %1 (%2)</source>
        <translation>Cause %1 (%2)</translation>
    </message>
    <message>
        <source>A gateway sends %1 for the ISDN/Q.850 %2 (RFC 3398 §7.2.4.1).</source>
        <translation>Ein Gateway sendet %1 für die ISDN/Q.850-%2 (RFC 3398 §7.2.4.1).</translation>
    </message>
    <message>
        <source>A gateway maps %1 to Q.850 cause %2 (%3) towards the telephone network (RFC 3398 §8.2.6.1).</source>
        <translation>Ein Gateway bildet %1 in Richtung Telefonnetz auf Q.850-Cause %2 (%3) ab (RFC 3398 §8.2.6.1).</translation>
    </message>
    <message>
        <source>(not a registered code)</source>
        <translation>(kein registrierter Code)</translation>
    </message>
    <message>
        <source>%1 is not a registered code. A receiver treats it like %2 (RFC 3261 §8.1.3.2); what follows is the explanation of the %3 class.</source>
        <translation>%1 ist kein registrierter Code. Ein Empfänger behandelt ihn wie %2 (RFC 3261 §8.1.3.2); es folgt die Erklärung der Klasse %3.</translation>
    </message>
    <message>
        <source>Where it comes from: %1</source>
        <translation>Woher er kommt: %1</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>What to check</source>
        <translation>Was zu prüfen ist</translation>
    </message>
    <message>
        <source>Typical causes</source>
        <translation>Typische Ursachen</translation>
    </message>
    <message>
        <source>Technical detail</source>
        <translation>Technische Details</translation>
    </message>
    <message>
        <source>Q.850 mapping</source>
        <translation>Q.850-Zuordnung</translation>
    </message>
    <message>
        <source>Related codes</source>
        <translation>Verwandte Codes</translation>
    </message>
    <message>
        <source>Also seen on the wire as</source>
        <translation>In der Praxis auch gesehen als</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Treated as %1 (RFC 3261 §8.1.3.2).</source>
        <translation>Behandelt als %1 (RFC 3261 §8.1.3.2).</translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation>Zusammenfassung: %1</translation>
    </message>
    <message>
        <source>What to check:</source>
        <translation>Was zu prüfen ist:</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referenz: %1</translation>
    </message>
</context>
<context>
    <name>CodeSearch</name>
    <message>
        <source>en</source>
        <comment>The two-letter code of the language of this translation (de, fr, es): the search matches the help-desk words of this language and of English</comment>
        <translation>de</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>SipScope: a reference of SIP response codes and a SIP OPTIONS probe.</source>
        <translation>SipScope: eine Referenz der SIP-Antwortcodes und ein SIP-OPTIONS-Test.</translation>
    </message>
    <message>
        <source>Keep the settings in &lt;file&gt; (INI) instead of the system's store.</source>
        <translation>Die Einstellungen in &lt;Datei&gt; (INI) statt im Speicher des Systems ablegen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>view</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Use the &lt;language&gt; for this run (%1) instead of the one chosen in View → Language.</source>
        <translation>Die &lt;Sprache&gt; für diesen Lauf verwenden (%1) statt der unter Ansicht → Sprache gewählten.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Print the time from process start to the main window's first paint, then quit.</source>
        <translation>Die Zeit vom Prozessstart bis zum ersten Zeichnen des Hauptfensters ausgeben, dann beenden.</translation>
    </message>
    <message>
        <source>Render the README screenshots into &lt;dir&gt;, then quit.</source>
        <translation>Die README-Screenshots in &lt;Verzeichnis&gt; erzeugen, dann beenden.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Target probed for the probe screenshot.</source>
        <translation>Ziel, das für den Test-Screenshot geprüft wird.</translation>
    </message>
    <message>
        <source>uri</source>
        <translation>uri</translation>
    </message>
    <message>
        <source>Code shown in the codes screenshot.</source>
        <translation>Code, der im Codes-Screenshot gezeigt wird.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Search typed for the codes screenshot.</source>
        <translation>Suche, die für den Codes-Screenshot eingegeben wird.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>--screenshot-code needs a code between 100 and 699.</source>
        <translation>--screenshot-code braucht einen Code zwischen 100 und 699.</translation>
    </message>
    <message>
        <source>No translation for language “%1”; available: %2.</source>
        <translation>Keine Übersetzung für die Sprache „%1“; verfügbar: %2.</translation>
    </message>
    <message>
        <source>Open the &lt;view&gt; at start: codes, probe, monitor or responder.</source>
        <translation>Beim Start die &lt;Ansicht&gt; öffnen: codes, probe, monitor oder responder.</translation>
    </message>
    <message>
        <source>--view must be codes, probe, monitor or responder, not “%1”.</source>
        <translation>--view muss codes, probe, monitor oder responder sein, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>CredentialName</name>
    <message>
        <source>The credentials name is empty.</source>
        <translation>Der Name der Anmeldedaten ist leer.</translation>
    </message>
    <message>
        <source>The credentials name is longer than %1 characters.</source>
        <translation>Der Name der Anmeldedaten ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>A credentials name cannot start with "#".</source>
        <translation>Ein Name für Anmeldedaten darf nicht mit „#“ beginnen.</translation>
    </message>
    <message>
        <source>A credentials name cannot contain spaces or control characters.</source>
        <translation>Ein Name für Anmeldedaten darf keine Leerzeichen oder Steuerzeichen enthalten.</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>%1 answered %2 in %3 ms: SIP works there.</source>
        <translation>%1 hat in %3 ms mit %2 geantwortet: SIP funktioniert dort.</translation>
    </message>
    <message>
        <source>%1 rejected the credentials: it challenged again (%2) after SipScope answered, so the user name, the password or the realm is wrong.</source>
        <translation>%1 hat die Zugangsdaten abgelehnt: Es hat erneut eine Challenge gesendet (%2), nachdem SipScope geantwortet hatte; Benutzername, Passwort oder Realm ist also falsch.</translation>
    </message>
    <message>
        <source>The last request carried an %1 header.</source>
        <translation>Die letzte Anfrage enthielt einen %1-Header.</translation>
    </message>
    <message>
        <source>%1 requires authentication (%2): give a user name and password to answer the challenge.</source>
        <translation>%1 verlangt eine Authentifizierung (%2): Geben Sie Benutzername und Passwort an, um die Challenge zu beantworten.</translation>
    </message>
    <message>
        <source>A routing loop: the request came back to a proxy it had already passed (%1), reported via %2.</source>
        <translation>Eine Routing-Schleife: Die Anfrage kam zu einem Proxy zurück, den sie schon passiert hatte (%1), gemeldet über %2.</translation>
    </message>
    <message>
        <source>Probably a routing loop: Max-Forwards %1 ran out (%2) behind %3; run a trace to see the hops.</source>
        <translation>Wahrscheinlich eine Routing-Schleife: Max-Forwards %1 ist hinter %3 aufgebraucht (%2); starten Sie einen Trace, um die Hops zu sehen.</translation>
    </message>
    <message>
        <source>Max-Forwards %1 ran out before the request reached its target (%2), reported via %3.</source>
        <translation>Max-Forwards %1 war aufgebraucht, bevor die Anfrage ihr Ziel erreichte (%2), gemeldet über %3.</translation>
    </message>
    <message>
        <source>The request was sent with Max-Forwards: %1.</source>
        <translation>Die Anfrage wurde mit Max-Forwards: %1 gesendet.</translation>
    </message>
    <message>
        <source>%1 answered %2.</source>
        <translation>%1 hat mit %2 geantwortet.</translation>
    </message>
    <message>
        <source>%1 answered %2: %3</source>
        <translation>%1 hat mit %2 geantwortet: %3</translation>
    </message>
    <message>
        <source>The target is not a SIP address SipScope understands: %1</source>
        <translation>Das Ziel ist keine SIP-Adresse, die SipScope versteht: %1</translation>
    </message>
    <message>
        <source>The probe was cancelled before an answer arrived.</source>
        <translation>Der Test wurde abgebrochen, bevor eine Antwort eintraf.</translation>
    </message>
    <message>
        <source>DNS failure: %1</source>
        <translation>DNS-Fehler: %1</translation>
    </message>
    <message>
        <source>The port is closed on %1: nothing listens for SIP over %2 there.</source>
        <translation>Der Port ist auf %1 geschlossen: Dort wartet nichts auf SIP über %2.</translation>
    </message>
    <message>
        <source>The host answered with ICMP port unreachable.</source>
        <translation>Der Host hat mit ICMP „Port unreachable“ geantwortet.</translation>
    </message>
    <message>
        <source>The host refused the connection (TCP reset).</source>
        <translation>Der Host hat die Verbindung abgelehnt (TCP-Reset).</translation>
    </message>
    <message>
        <source>%1 cannot be reached: there is no route to it (ICMP host or network unreachable).</source>
        <translation>%1 ist nicht erreichbar: Es gibt keine Route dorthin (ICMP Host oder Netz nicht erreichbar).</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 was not accepted: %2</source>
        <translation>Das TLS-Zertifikat von %1 wurde nicht akzeptiert: %2</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The request could not be sent to %1: %2</source>
        <translation>Die Anfrage konnte nicht an %1 gesendet werden: %2</translation>
    </message>
    <message>
        <source>%1 accepted the request (%2 provisional response(s)) but sent no final answer: the server, or a hop behind it, does not finish the transaction.</source>
        <translation>%1 hat die Anfrage angenommen (%2 vorläufige Antwort(en)), aber keine endgültige Antwort gesendet: Der Server oder ein Hop dahinter schließt die Transaktion nicht ab.</translation>
    </message>
    <message>
        <source>%1 answered, but a SIP ALG in the path altered the answer so that it no longer matches the request: %2 Turn off the SIP ALG ("SIP helper") on the router or firewall.</source>
        <translation>%1 hat geantwortet, aber ein SIP-ALG im Pfad hat die Antwort so verändert, dass sie nicht mehr zur Anfrage passt: %2 Schalten Sie das SIP-ALG („SIP-Helper“) im Router oder in der Firewall ab.</translation>
    </message>
    <message numerus="yes">
        <source>Messages came back from %1, but none answers this request (%n ignored; see the timeline).</source>
        <translation>
            <numerusform>Von %1 kamen Nachrichten zurück, aber keine beantwortet diese Anfrage (%n ignoriert; siehe Zeitleiste).</numerusform>
            <numerusform>Von %1 kamen Nachrichten zurück, aber keine beantwortet diese Anfrage (%n ignoriert; siehe Zeitleiste).</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer and no ICMP from %1: a firewall probably drops %2 port %3, or the host is down.</source>
        <translation>Keine Antwort und kein ICMP von %1: Wahrscheinlich verwirft eine Firewall %2 Port %3, oder der Host ist ausgefallen.</translation>
    </message>
    <message numerus="yes">
        <source>%n retransmission(s) went unanswered.</source>
        <translation>
            <numerusform>%n Sendewiederholung blieb unbeantwortet.</numerusform>
            <numerusform>%n Sendewiederholungen blieben unbeantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 accepted the %2 connection but never answered the SIP request: the service behind the port is hung or does not speak SIP.</source>
        <translation>%1 hat die %2-Verbindung angenommen, aber nie auf die SIP-Anfrage geantwortet: Der Dienst hinter dem Port hängt oder spricht kein SIP.</translation>
    </message>
    <message>
        <source>SipScope waited %1 s (Timer F).</source>
        <translation>SipScope hat %1 s gewartet (Timer F).</translation>
    </message>
    <message>
        <source>Warning %1 from %2</source>
        <translation>Warning %1 von %2</translation>
    </message>
    <message>
        <source>Received from the far end: %1 sent %2.</source>
        <translation>Von der Gegenstelle empfangen: %1 hat %2 gesendet.</translation>
    </message>
    <message>
        <source>Received from the far end: %1 sent %2 (%3).</source>
        <translation>Von der Gegenstelle empfangen: %1 hat %2 gesendet (%3).</translation>
    </message>
    <message>
        <source>No response arrived: SipScope concluded 408 locally (RFC 3261 §8.1.3.1); no server sent it.</source>
        <translation>Keine Antwort eingetroffen: SipScope hat 408 lokal ermittelt (RFC 3261 §8.1.3.1); kein Server hat sie gesendet.</translation>
    </message>
    <message>
        <source>The request could not be delivered: SipScope concluded %1 locally (RFC 3261 §8.1.3.1); no server sent it.</source>
        <translation>Die Anfrage konnte nicht zugestellt werden: SipScope hat %1 lokal ermittelt (RFC 3261 §8.1.3.1); kein Server hat sie gesendet.</translation>
    </message>
    <message>
        <source>No status: the probe did not get as far as sending a request.</source>
        <translation>Kein Status: Der Test ist nicht bis zum Senden einer Anfrage gekommen.</translation>
    </message>
    <message numerus="yes">
        <source>The answer carries %n Via header(s); SipScope sent one.</source>
        <translation>
            <numerusform>Die Antwort enthält %n Via-Header; SipScope hat einen gesendet.</numerusform>
            <numerusform>Die Antwort enthält %n Via-Header; SipScope hat einen gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>But a SIP ALG rewrites the messages in between: %1</source>
        <translation>Aber ein SIP-ALG dazwischen schreibt die Nachrichten um: %1</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Each server behind %1 was probed on its own.</source>
        <translation>Jeder Server hinter %1 wurde einzeln geprüft.</translation>
    </message>
    <message>
        <source>%1 has no server to probe.</source>
        <translation>%1 hat keinen Server, der geprüft werden kann.</translation>
    </message>
    <message numerus="yes">
        <source>All %n server(s) behind %1 answer.</source>
        <translation>
            <numerusform>%n Server hinter %1: Er antwortet.</numerusform>
            <numerusform>Alle %n Server hinter %1 antworten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n server(s) behind %1 answers.</source>
        <translation>
            <numerusform>%n Server hinter %1: Er antwortet nicht.</numerusform>
            <numerusform>Keiner der %n Server hinter %1 antwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not answering: %1 of the %2 servers behind %3 (%4); the others answer.</source>
        <translation>Antworten nicht: %1 der %2 Server hinter %3 (%4); die anderen antworten.</translation>
    </message>
    <message>
        <source>User %1, realm %2, %3.</source>
        <translation>Benutzer %1, Realm %2, %3.</translation>
    </message>
    <message>
        <source>No answer to the %1 connection attempt to %2: a firewall probably drops TCP port %3, or the host is down.</source>
        <translation>Keine Antwort auf den %1-Verbindungsversuch zu %2: Vermutlich verwirft eine Firewall TCP-Port %3, oder der Host ist nicht erreichbar.</translation>
    </message>
    <message numerus="yes">
        <source>The first of them (%n byte(s)): %1</source>
        <translation>
            <numerusform>Die erste davon (%n Byte): %1</numerusform>
            <numerusform>Die erste davon (%n Bytes): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first of them (%n byte(s)): %1 (%2)</source>
        <translation>
            <numerusform>Die erste davon (%n Byte): %1 (%2)</numerusform>
            <numerusform>Die erste davon (%n Bytes): %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answered, but with something that is not a SIP message: the server, or a device in the path, sends malformed SIP (RFC 3261 §7).</source>
        <translation>%1 hat geantwortet, aber mit etwas, das keine SIP-Nachricht ist: Der Server oder ein Gerät auf dem Weg sendet fehlerhaftes SIP (RFC 3261 §7).</translation>
    </message>
    <message numerus="yes">
        <source>What arrived (%n byte(s)): %1</source>
        <translation>
            <numerusform>Was ankam (%n Byte): %1</numerusform>
            <numerusform>Was ankam (%n Bytes): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 answered, but only with %n message(s) that are not SIP (RFC 3261 §7), and with nothing that answers the request: the server, or a device in the path, sends malformed SIP.</source>
        <translation>
            <numerusform>%1 hat geantwortet, aber nur mit %n Nachricht, die kein SIP ist (RFC 3261 §7), und mit nichts, das die Anfrage beantwortet: Der Server oder ein Gerät auf dem Weg sendet fehlerhaftes SIP.</numerusform>
            <numerusform>%1 hat geantwortet, aber nur mit %n Nachrichten, die kein SIP sind (RFC 3261 §7), und mit nichts, das die Anfrage beantwortet: Der Server oder ein Gerät auf dem Weg sendet fehlerhaftes SIP.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not SIP: %1; SIP, but for another request: %2.</source>
        <translation>Kein SIP: %1; SIP, aber für eine andere Anfrage: %2.</translation>
    </message>
    <message>
        <source>Received from the far end: %1 sent bytes that are not a SIP message, so there is no status.</source>
        <translation>Von der Gegenstelle empfangen: %1 hat Bytes gesendet, die keine SIP-Nachricht sind; daher gibt es keinen Status.</translation>
    </message>
</context>
<context>
    <name>DigestAuth</name>
    <message>
        <source>The %1 challenge is not a Digest challenge.</source>
        <translation>Die %1-Challenge ist keine Digest-Challenge.</translation>
    </message>
    <message>
        <source>The Digest challenge has no realm.</source>
        <translation>Die Digest-Challenge hat keinen Realm.</translation>
    </message>
    <message>
        <source>The Digest challenge has no nonce.</source>
        <translation>Die Digest-Challenge hat keine Nonce.</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>%1 übersprungen: %2</translation>
    </message>
    <message>
        <source>The response carries no %1 challenge.</source>
        <translation>Die Antwort enthält keine %1-Challenge.</translation>
    </message>
    <message>
        <source>None of the %1 challenges can be answered.</source>
        <translation>Keine der %1-Challenges kann beantwortet werden.</translation>
    </message>
    <message>
        <source>The digest algorithm %1 is not supported.</source>
        <translation>Der Digest-Algorithmus %1 wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>None of the offered qop values (%1) is supported.</source>
        <translation>Keiner der angebotenen qop-Werte (%1) wird unterstützt.</translation>
    </message>
    <message>
        <source>The server asks for a password, but none was given.</source>
        <translation>Der Server verlangt ein Passwort, aber es wurde keines angegeben.</translation>
    </message>
    <message>
        <source>The Digest challenge has control characters in its realm, nonce or opaque value.</source>
        <translation>Die Digest-Challenge enthält Steuerzeichen in Realm, Nonce oder Opaque-Wert.</translation>
    </message>
    <message>
        <source>the algorithm %1 is not supported.</source>
        <translation>der Algorithmus %1 wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>none of the offered qop values (%1) is supported.</source>
        <translation>keiner der angebotenen qop-Werte (%1) wird unterstützt.</translation>
    </message>
    <message>
        <source>the credentials are for the realm "%1".</source>
        <translation>die Zugangsdaten gelten für den Realm „%1“.</translation>
    </message>
    <message>
        <source>Passed over %1: %2 comes first and is as strong or stronger.</source>
        <translation>%1 übergangen: %2 kommt zuerst und ist gleich stark oder stärker.</translation>
    </message>
    <message>
        <source>Passed over %1: %2 is stronger.</source>
        <translation>%1 übergangen: %2 ist stärker.</translation>
    </message>
</context>
<context>
    <name>DigestSession</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Digest realm "%1", algorithm %2, qop %3%4</source>
        <translation>Digest-Realm „%1“, Algorithmus %2, qop %3%4</translation>
    </message>
    <message>
        <source>Unreadable %1: %2</source>
        <translation>%1 nicht lesbar: %2</translation>
    </message>
</context>
<context>
    <name>DualStackVerdict</name>
    <message>
        <source>IPv4 and IPv6 both fine</source>
        <translation>IPv4 und IPv6 beide in Ordnung</translation>
    </message>
    <message>
        <source>IPv6 broken, IPv4 fine</source>
        <translation>IPv6 gestört, IPv4 in Ordnung</translation>
    </message>
    <message>
        <source>IPv4 broken, IPv6 fine</source>
        <translation>IPv4 gestört, IPv6 in Ordnung</translation>
    </message>
    <message>
        <source>IPv4 and IPv6 both broken</source>
        <translation>IPv4 und IPv6 beide gestört</translation>
    </message>
    <message>
        <source>IPv4 fine; no AAAA record, so no IPv6 to test</source>
        <translation>IPv4 in Ordnung; kein AAAA-Eintrag, also kein IPv6 zu prüfen</translation>
    </message>
    <message>
        <source>IPv6 fine; no A record, so no IPv4 to test</source>
        <translation>IPv6 in Ordnung; kein A-Eintrag, also kein IPv4 zu prüfen</translation>
    </message>
    <message>
        <source>IPv4 broken; no AAAA record, so no IPv6 to test</source>
        <translation>IPv4 gestört; kein AAAA-Eintrag, also kein IPv6 zu prüfen</translation>
    </message>
    <message>
        <source>IPv6 broken; no A record, so no IPv4 to test</source>
        <translation>IPv6 gestört; kein A-Eintrag, also kein IPv4 zu prüfen</translation>
    </message>
    <message>
        <source>neither an A nor an AAAA record: nothing to test</source>
        <translation>weder ein A- noch ein AAAA-Eintrag: nichts zu prüfen</translation>
    </message>
    <message>
        <source>no IPv4 address to test: the name has no A record</source>
        <translation>keine IPv4-Adresse zu prüfen: Der Name hat keinen A-Eintrag</translation>
    </message>
    <message>
        <source>no IPv6 address to test: the name has no AAAA record</source>
        <translation>keine IPv6-Adresse zu prüfen: Der Name hat keinen AAAA-Eintrag</translation>
    </message>
</context>
<context>
    <name>Expectation</name>
    <message>
        <source>no final response (%1)</source>
        <translation>keine endgültige Antwort (%1)</translation>
    </message>
    <message>
        <source>no final response</source>
        <translation>keine endgültige Antwort</translation>
    </message>
    <message>
        <source>"%1" is not a header expectation: write it as 'Name: regular expression'.</source>
        <translation>„%1“ ist keine Header-Erwartung: Schreiben Sie sie als 'Name: regulärer Ausdruck'.</translation>
    </message>
    <message>
        <source>The pattern "%1" for %2 is not a valid regular expression: %3 (at offset %4).</source>
        <translation>Das Muster „%1“ für %2 ist kein gültiger regulärer Ausdruck: %3 (an Position %4).</translation>
    </message>
    <message>
        <source>Expected %1, got %2.</source>
        <translation>%1 erwartet, %2 erhalten.</translation>
    </message>
    <message>
        <source>%1 %2 is one of the expected codes (%3).</source>
        <translation>%1 %2 ist einer der erwarteten Codes (%3).</translation>
    </message>
    <message>
        <source>Expected %1, got %2 %3.</source>
        <translation>%1 erwartet, %2 %3 erhalten.</translation>
    </message>
    <message>
        <source>%1 should match /%2/, but there is %3.</source>
        <translation>%1 sollte zu /%2/ passen, ist aber %3.</translation>
    </message>
    <message>
        <source>%1 should match /%2/, but the response has no %1 header.</source>
        <translation>%1 sollte zu /%2/ passen, aber die Antwort hat keinen %1-Header.</translation>
    </message>
    <message>
        <source>%1: %2 matches /%3/.</source>
        <translation>%1: %2 passt zu /%3/.</translation>
    </message>
    <message>
        <source>%1: %2 does not match /%3/.</source>
        <translation>%1: %2 passt nicht zu /%3/.</translation>
    </message>
</context>
<context>
    <name>ExpectedCodes</name>
    <message>
        <source>"%1" is not a response code (100 to 699) or a class such as 2xx.</source>
        <translation>„%1“ ist weder ein Antwortcode (100 bis 699) noch eine Klasse wie 2xx.</translation>
    </message>
    <message>
        <source>Give at least one response code or class, e.g. 200,404 or 2xx.</source>
        <translation>Geben Sie mindestens einen Antwortcode oder eine Klasse an, z. B. 200,404 oder 2xx.</translation>
    </message>
</context>
<context>
    <name>ExplainReport</name>
    <message>
        <source>Line %1, column %2 · %3</source>
        <translation>Zeile %1, Spalte %2 · %3</translation>
    </message>
    <message>
        <source>Open in the Codes view:</source>
        <translation>In der Codes-Ansicht öffnen:</translation>
    </message>
    <message>
        <source>Paste text to explain</source>
        <translation>Text zum Erklären einfügen</translation>
    </message>
    <message>
        <source>Paste a line from a log, a whole SIP response, a Reason or Warning header, or a provider's call record. Every status line, Reason, Warning and Retry-After in it, and every code or Q.850 cause named as such, is explained here.</source>
        <translation>Fügen Sie eine Zeile aus einem Log, eine ganze SIP-Antwort, einen Reason- oder Warning-Header oder einen Verbindungsnachweis des Anbieters ein. Jede Statuszeile, jeder Reason-, Warning- und Retry-After-Header darin und jeder ausdrücklich als solcher genannte Code oder Q.850-Cause wird hier erklärt.</translation>
    </message>
    <message>
        <source>Nothing recognised</source>
        <translation>Nichts erkannt</translation>
    </message>
    <message>
        <source>The text holds no SIP status line, no Reason, Warning or Retry-After header, and no response code or Q.850 cause in a clear context such as “code=486” or “486 Busy Here”. A number on its own is not taken for a code.</source>
        <translation>Der Text enthält keine SIP-Statuszeile, keinen Reason-, Warning- oder Retry-After-Header und keinen Antwortcode und keine Q.850-Cause in einem eindeutigen Zusammenhang wie „code=486“ oder „486 Busy Here“. Eine Zahl allein wird nicht als Code gewertet.</translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation>Befunde: %1</translation>
    </message>
</context>
<context>
    <name>ExporterConfigReader</name>
    <message>
        <source>in the file</source>
        <translation>in der Datei</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 must be a single value</source>
        <translation>%1 muss ein einzelner Wert sein</translation>
    </message>
    <message>
        <source>%1 must be a value or a list of values</source>
        <translation>%1 muss ein Wert oder eine Liste von Werten sein</translation>
    </message>
    <message>
        <source>%1 has more than %2 entries</source>
        <translation>%1 hat mehr als %2 Einträge</translation>
    </message>
    <message>
        <source>%1 must be true or false, not "%2"</source>
        <translation>%1 muss true oder false sein, nicht "%2"</translation>
    </message>
    <message>
        <source>%1 must be a mapping of keys to values</source>
        <translation>%1 muss eine Zuordnung von Schlüsseln zu Werten sein</translation>
    </message>
    <message>
        <source>unknown key "%1" in %2 (known: %3)</source>
        <translation>unbekannter Schlüssel "%1" in %2 (bekannt: %3)</translation>
    </message>
    <message>
        <source>auth of module %1</source>
        <translation>auth des Moduls %1</translation>
    </message>
    <message>
        <source>%1 needs a user</source>
        <translation>%1 braucht einen user</translation>
    </message>
    <message>
        <source>%1: give password_file or password_env, not both</source>
        <translation>%1: password_file oder password_env angeben, nicht beides</translation>
    </message>
    <message>
        <source>cannot read the password file %1: %2</source>
        <translation>die Passwortdatei %1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <source>the environment variable %1 is not set</source>
        <translation>die Umgebungsvariable %1 ist nicht gesetzt</translation>
    </message>
    <message>
        <source>environment variable %1</source>
        <translation>Umgebungsvariable %1</translation>
    </message>
    <message>
        <source>%1: the password is empty; give password_file or password_env</source>
        <translation>%1: das Passwort ist leer; password_file oder password_env angeben</translation>
    </message>
    <message>
        <source>tls of module %1</source>
        <translation>tls des Moduls %1</translation>
    </message>
    <message>
        <source>the file %1 does not exist</source>
        <translation>die Datei %1 existiert nicht</translation>
    </message>
    <message>
        <source>%1: cert_file and key_file go together</source>
        <translation>%1: cert_file und key_file gehören zusammen</translation>
    </message>
    <message>
        <source>%1: a module name is 1 to 64 letters, digits, "_", "." or "-", not "%2"</source>
        <translation>%1: ein Modulname besteht aus 1 bis 64 Buchstaben, Ziffern, "_", "." oder "-", nicht "%2"</translation>
    </message>
    <message>
        <source>module %1</source>
        <translation>Modul %1</translation>
    </message>
    <message>
        <source>transport must be udp, tcp, tls, ws or wss, not "%1"</source>
        <translation>transport muss udp, tcp, tls, ws oder wss sein, nicht "%1"</translation>
    </message>
    <message>
        <source>timeout must be a duration from 1ms to 60m such as 3s or 500ms, not "%1"</source>
        <translation>timeout muss eine Dauer von 1ms bis 60m sein, etwa 3s oder 500ms, nicht "%1"</translation>
    </message>
    <message>
        <source>expect: %1</source>
        <translation>expect: %1</translation>
    </message>
    <message>
        <source>from: %1</source>
        <translation>from: %1</translation>
    </message>
    <message>
        <source>max_forwards must be a number from 0 to 255, not "%1"</source>
        <translation>max_forwards muss eine Zahl von 0 bis 255 sein, nicht "%1"</translation>
    </message>
    <message>
        <source>headers: %1</source>
        <translation>headers: %1</translation>
    </message>
    <message>
        <source>preferred_ip_protocol must be ip4 or ip6, not "%1"</source>
        <translation>preferred_ip_protocol muss ip4 oder ip6 sein, nicht "%1"</translation>
    </message>
    <message>
        <source>the file is empty; it needs modules and allow</source>
        <translation>die Datei ist leer; sie braucht modules und allow</translation>
    </message>
    <message>
        <source>the configuration</source>
        <translation>der Konfiguration</translation>
    </message>
    <message>
        <source>modules must map at least one module name to its settings</source>
        <translation>modules muss mindestens einem Modulnamen seine Einstellungen zuordnen</translation>
    </message>
    <message>
        <source>more than %1 modules</source>
        <translation>mehr als %1 Module</translation>
    </message>
    <message>
        <source>a module name must be a single value</source>
        <translation>ein Modulname muss ein einzelner Wert sein</translation>
    </message>
    <message>
        <source>allow is missing: list the hosts, networks and domain suffixes the exporter may probe</source>
        <translation>allow fehlt: führen Sie die Hosts, Netze und Domain-Suffixe auf, die der Exporter testen darf</translation>
    </message>
    <message>
        <source>allow: %1</source>
        <translation>allow: %1</translation>
    </message>
    <message>
        <source>max_concurrent_probes must be a number from 1 to 10000, not "%1"</source>
        <translation>max_concurrent_probes muss eine Zahl von 1 bis 10000 sein, nicht "%1"</translation>
    </message>
    <message>
        <source>min_interval must be a duration from 0s to 60m such as 1s, not "%1"</source>
        <translation>min_interval muss eine Dauer von 0s bis 60m sein, etwa 1s, nicht "%1"</translation>
    </message>
    <message>
        <source>the configuration is larger than %1 bytes</source>
        <translation>die Konfiguration ist größer als %1 Bytes</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>verdict_profile replaces expect: give only one of them</source>
        <translation>verdict_profile ersetzt expect: Geben Sie nur eine der beiden Angaben an</translation>
    </message>
    <message>
        <source>verdict_profile: %1</source>
        <translation>verdict_profile: %1</translation>
    </message>
    <message>
        <source>verdict_profiles must map profile names to their settings</source>
        <translation>verdict_profiles muss Profilnamen ihren Einstellungen zuordnen</translation>
    </message>
    <message>
        <source>verdict profile %1</source>
        <translation>Bewertungsprofil %1</translation>
    </message>
    <message>
        <source>dns_server: %1</source>
        <translation>dns_server: %1</translation>
    </message>
</context>
<context>
    <name>HttpRequestParser</name>
    <message>
        <source>The request line is longer than %1 bytes.</source>
        <translation>Die Anfragezeile ist länger als %1 Bytes.</translation>
    </message>
    <message>
        <source>The request headers are larger than %1 bytes.</source>
        <translation>Die Header der Anfrage sind größer als %1 Bytes.</translation>
    </message>
    <message>
        <source>The request line is not "METHOD /path HTTP/1.1".</source>
        <translation>Die Anfragezeile hat nicht die Form "METHODE /pfad HTTP/1.1".</translation>
    </message>
    <message>
        <source>The request method is not a token.</source>
        <translation>Die Methode der Anfrage ist kein Token.</translation>
    </message>
    <message>
        <source>The request line does not end with an HTTP version.</source>
        <translation>Die Anfragezeile endet nicht mit einer HTTP-Version.</translation>
    </message>
    <message>
        <source>Only HTTP/1.0 and HTTP/1.1 are served.</source>
        <translation>Nur HTTP/1.0 und HTTP/1.1 werden bedient.</translation>
    </message>
    <message>
        <source>The request target must be a path such as /probe?target=…</source>
        <translation>Das Ziel der Anfrage muss ein Pfad sein, etwa /probe?target=…</translation>
    </message>
    <message>
        <source>The request has more than %1 header lines.</source>
        <translation>Die Anfrage hat mehr als %1 Header-Zeilen.</translation>
    </message>
    <message>
        <source>Folded header lines are not accepted.</source>
        <translation>Gefaltete Header-Zeilen werden nicht angenommen.</translation>
    </message>
    <message>
        <source>A header line is not "Name: value".</source>
        <translation>Eine Header-Zeile hat nicht die Form "Name: Wert".</translation>
    </message>
    <message>
        <source>A header value holds control characters.</source>
        <translation>Ein Header-Wert enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>Transfer-Encoding is not supported; send a Content-Length.</source>
        <translation>Transfer-Encoding wird nicht unterstützt; senden Sie eine Content-Length.</translation>
    </message>
    <message>
        <source>The request has conflicting Content-Length headers.</source>
        <translation>Die Anfrage hat widersprüchliche Content-Length-Header.</translation>
    </message>
    <message>
        <source>Content-Length is not a number.</source>
        <translation>Content-Length ist keine Zahl.</translation>
    </message>
    <message>
        <source>The request body is larger than %1 bytes.</source>
        <translation>Der Rumpf der Anfrage ist größer als %1 Bytes.</translation>
    </message>
    <message>
        <source>An HTTP/1.1 request needs a Host header.</source>
        <translation>Eine HTTP/1.1-Anfrage braucht einen Host-Header.</translation>
    </message>
</context>
<context>
    <name>KeepAlive</name>
    <message>
        <source>UDP has no CRLF keep-alive (RFC 5626 §4.4.2 keeps UDP flows alive with STUN, which this probe does not send).</source>
        <translation>UDP hat kein CRLF-Keep-alive (RFC 5626 §4.4.2 hält UDP-Flows mit STUN offen, das diese Prüfung nicht sendet).</translation>
    </message>
    <message>
        <source>The connection was no longer open for the next ping.</source>
        <translation>Die Verbindung war für den nächsten Ping nicht mehr offen.</translation>
    </message>
    <message>
        <source>The connection ended: %1</source>
        <translation>Die Verbindung wurde beendet: %1</translation>
    </message>
    <message>
        <source>CRLF keep-alive (RFC 5626)</source>
        <translation>CRLF-Keep-alive (RFC 5626)</translation>
    </message>
    <message>
        <source>WebSocket Ping (RFC 6455)</source>
        <translation>WebSocket-Ping (RFC 6455)</translation>
    </message>
    <message numerus="yes">
        <source>%1: no pong to any of %n ping(s) — the server does not answer keep-alives, or the connection is half-open.</source>
        <translation>
            <numerusform>%1: kein Pong auf %n Ping — der Server beantwortet keine Keep-alives, oder die Verbindung ist halb offen.</numerusform>
            <numerusform>%1: kein Pong auf einen der %n Pings — der Server beantwortet keine Keep-alives, oder die Verbindung ist halb offen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3 ping(s) answered</source>
        <translation>%1: %2 von %3 Ping(s) beantwortet</translation>
    </message>
    <message>
        <source>, pong round trip min/avg/max %1/%2/%3 ms</source>
        <translation>, Pong-Umlaufzeit min./Mittel/max. %1/%2/%3 ms</translation>
    </message>
</context>
<context>
    <name>MonitorChange</name>
    <message>
        <source>first result: %1</source>
        <translation>erstes Ergebnis: %1</translation>
    </message>
    <message>
        <source>%1 → %2 (%3 → %4)</source>
        <translation>%1 → %2 (%3 → %4)</translation>
    </message>
    <message>
        <source>code %1 → %2</source>
        <translation>Code %1 → %2</translation>
    </message>
    <message>
        <source>certificate out of the warning window again</source>
        <translation>Zertifikat wieder außerhalb des Warnzeitraums</translation>
    </message>
    <message>
        <source>certificate: %1</source>
        <translation>Zertifikat: %1</translation>
    </message>
</context>
<context>
    <name>MonitorStatus</name>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>up</source>
        <translation>erreichbar</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>gestört</translation>
    </message>
    <message>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>Wartung</translation>
    </message>
</context>
<context>
    <name>MonitorTargetList</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>%1: more than %2 targets; the rest is ignored.</source>
        <translation>%1: mehr als %2 Ziele; der Rest wird ignoriert.</translation>
    </message>
    <message>
        <source>unknown transport "%1"</source>
        <translation>unbekannter Transport „%1“</translation>
    </message>
    <message>
        <source>interval "%1" is not a number of seconds from 1 to %2</source>
        <translation>Intervall „%1“ ist keine Anzahl Sekunden von 1 bis %2</translation>
    </message>
    <message>
        <source>%1: a password does not belong in a target list and was ignored; use credentials=NAME.</source>
        <translation>%1: Ein Passwort gehört nicht in eine Zielliste und wurde ignoriert; verwenden Sie credentials=NAME.</translation>
    </message>
    <message>
        <source>Not a JSON target list: %1 at offset %2</source>
        <translation>Keine JSON-Zielliste: %1 an Position %2</translation>
    </message>
    <message>
        <source>The JSON object has no "targets" array.</source>
        <translation>Das JSON-Objekt hat kein „targets“-Array.</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <source>%1: a password does not belong in a target list and was ignored.</source>
        <translation>%1: Ein Passwort gehört nicht in eine Zielliste und wurde ignoriert.</translation>
    </message>
    <message>
        <source>interval_s must be from 1 to %1</source>
        <translation>interval_s muss zwischen 1 und %1 liegen</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>"%1" is not a profile setting (base=, up=, down=, maintenance=retry-after|none, failures=)</source>
        <translation>„%1“ ist keine Profileinstellung (base=, up=, down=, maintenance=retry-after|none, failures=)</translation>
    </message>
    <message>
        <source>verdict_profiles: %1</source>
        <translation>verdict_profiles: %1</translation>
    </message>
    <message>
        <source>family "%1" is not ipv4, ipv6 or both</source>
        <translation>family "%1" ist nicht ipv4, ipv6 oder both</translation>
    </message>
</context>
<context>
    <name>NagiosOptions</name>
    <message>
        <source>"%1" is not a time in milliseconds greater than 0.</source>
        <translation>„%1“ ist keine Zeit in Millisekunden größer als 0.</translation>
    </message>
    <message>
        <source>The warning threshold (%1 ms) is above the critical one (%2 ms).</source>
        <translation>Die Warnschwelle (%1 ms) liegt über der kritischen Schwelle (%2 ms).</translation>
    </message>
    <message>
        <source>--verdict-profile replaces --expect and --alive: give only one of them.</source>
        <translation>--verdict-profile ersetzt --expect und --alive: Geben Sie nur eine dieser Optionen an.</translation>
    </message>
</context>
<context>
    <name>NagiosVerdict</name>
    <message>
        <source>The probe did not run.</source>
        <translation>Der Test wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <source>%1 %2 in %3 ms</source>
        <translation>%1 %2 in %3 ms</translation>
    </message>
    <message>
        <source>(over the critical threshold of %1 ms)</source>
        <translation>(über der kritischen Schwelle von %1 ms)</translation>
    </message>
    <message>
        <source>(over the warning threshold of %1 ms)</source>
        <translation>(über der Warnschwelle von %1 ms)</translation>
    </message>
    <message>
        <source>(expected %1)</source>
        <translation>(erwartet: %1)</translation>
    </message>
    <message>
        <source>(maintenance: Retry-After %1, verdict profile %2)</source>
        <translation>(Wartung: Retry-After %1, Bewertungsprofil %2)</translation>
    </message>
    <message>
        <source>(down for verdict profile %1: %2)</source>
        <translation>(ausgefallen laut Bewertungsprofil %1: %2)</translation>
    </message>
    <message>
        <source>no keep-alive over UDP</source>
        <translation>kein Keep-alive über UDP</translation>
    </message>
    <message numerus="yes">
        <source>no keep-alive pong to %n ping(s)</source>
        <translation>
            <numerusform>kein Keep-alive-Pong auf %n Ping</numerusform>
            <numerusform>kein Keep-alive-Pong auf %n Pings</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 keep-alive pings answered</source>
        <translation>%1 von %2 Keep-alive-Pings beantwortet</translation>
    </message>
    <message numerus="yes">
        <source>%n keep-alive pong(s)</source>
        <translation>
            <numerusform>%n Keep-alive-Pong</numerusform>
            <numerusform>%n Keep-alive-Pongs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NatTimeoutOptions</name>
    <message>
        <source>The silences must be from %1 to %2.</source>
        <translation>Die Leerlaufzeiten müssen zwischen %1 und %2 liegen.</translation>
    </message>
    <message>
        <source>The first silence (%1) is longer than the longest (%2).</source>
        <translation>Die erste Leerlaufzeit (%1) ist länger als die längste (%2).</translation>
    </message>
    <message>
        <source>The resolution must be from %1 to the longest silence.</source>
        <translation>Die Auflösung muss zwischen %1 und der längsten Leerlaufzeit liegen.</translation>
    </message>
    <message>
        <source>The wait for a call-back must be from 0.1 s to 600 s.</source>
        <translation>Die Wartezeit auf einen Rückruf muss zwischen 0,1 s und 600 s liegen.</translation>
    </message>
</context>
<context>
    <name>NatTimeoutReport</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>UDP bindings survive at least %1 of silence and are gone after %2. Keep-alives (or re-registrations) must go out more often than every %1, or the server cannot reach the client any more: incoming calls stop arriving.</source>
        <translation>UDP-Zuordnungen überstehen mindestens %1 Leerlauf und sind nach %2 verschwunden. Keep-alives (oder Neuregistrierungen) müssen öfter als alle %1 gesendet werden, sonst erreicht der Server den Client nicht mehr: Eingehende Anrufe kommen nicht mehr an.</translation>
    </message>
    <message>
        <source>No timeout up to %1: every silence up to the longest one tried was survived (or there is no NAT on the path).</source>
        <translation>Kein Timeout bis %1: Die Zuordnung hat jede Leerlaufzeit bis zur längsten getesteten überstanden (oder auf dem Weg gibt es kein NAT).</translation>
    </message>
    <message>
        <source>No call-back got through, not even after %1 of silence: something on the path drops requests from the server to the client (a firewall that filters what comes in, or a SIP ALG), whatever the timeout.</source>
        <translation>Kein Rückruf kam durch, nicht einmal nach %1 Leerlauf: Etwas auf dem Weg verwirft Anfragen vom Server zum Client (eine Firewall, die eingehenden Verkehr filtert, oder ein SIP-ALG), unabhängig vom Timeout.</translation>
    </message>
    <message>
        <source>The far end does not offer call-backs, so no NAT timeout can be measured: the test needs "sipscope-cli respond --call-back" running on the far side, outside the NAT. %1</source>
        <translation>Die Gegenstelle bietet keine Rückrufe an, daher lässt sich kein NAT-Timeout messen: Der Test braucht "sipscope-cli respond --call-back" bei der Gegenstelle, außerhalb des NAT. %1</translation>
    </message>
    <message>
        <source>The far end did not answer the OPTIONS: %1</source>
        <translation>Die Gegenstelle hat das OPTIONS nicht beantwortet: %1</translation>
    </message>
    <message>
        <source>The responder refused the call-back: %1</source>
        <translation>Der Responder hat den Rückruf abgelehnt: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The trials disagree (a longer silence was survived after a shorter one was lost): the NAT's timeout varies or packets were lost; run the test again.</source>
        <translation>Die Versuche widersprechen sich (eine längere Leerlaufzeit wurde überstanden, nachdem eine kürzere verloren ging): Der Timeout des NAT schwankt oder Pakete gingen verloren; führen Sie den Test erneut aus.</translation>
    </message>
</context>
<context>
    <name>NatTrial</name>
    <message>
        <source>call-back arrived</source>
        <translation>Rückruf angekommen</translation>
    </message>
    <message>
        <source>no call-back: binding gone</source>
        <translation>kein Rückruf: Zuordnung verschwunden</translation>
    </message>
    <message>
        <source>no call-back support</source>
        <translation>keine Rückruf-Unterstützung</translation>
    </message>
    <message>
        <source>call-back refused</source>
        <translation>Rückruf abgelehnt</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>OptionsRequest</name>
    <message>
        <source>A header must fit on one line: "%1".</source>
        <translation>Ein Header muss in eine Zeile passen: „%1“.</translation>
    </message>
    <message>
        <source>"%1" is not a header: write it as "Name: value".</source>
        <translation>„%1“ ist kein Header: Schreiben Sie ihn als „Name: Wert“.</translation>
    </message>
    <message>
        <source>The %1 header is set by the probe itself and cannot be given with --header.</source>
        <translation>Der %1-Header wird vom Test selbst gesetzt und kann nicht mit --header angegeben werden.</translation>
    </message>
</context>
<context>
    <name>PacketDecoder</name>
    <message>
        <source>link type %1</source>
        <translation>Link-Typ %1</translation>
    </message>
</context>
<context>
    <name>PathAnalysis</name>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>letter case changed</source>
        <translation>Groß-/Kleinschreibung geändert</translation>
    </message>
    <message>
        <source>magic cookie z9hG4bK removed</source>
        <translation>Magic Cookie z9hG4bK entfernt</translation>
    </message>
    <message>
        <source>"%1" appended</source>
        <translation>„%1“ angehängt</translation>
    </message>
    <message numerus="yes">
        <source>cut to %n character(s)</source>
        <translation>
            <numerusform>auf %n Zeichen gekürzt</numerusform>
            <numerusform>auf %n Zeichen gekürzt</numerusform>
        </translation>
    </message>
    <message>
        <source>wrapped in other text</source>
        <translation>in anderen Text eingebettet</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>ersetzt</translation>
    </message>
    <message>
        <source>%1 Via headers came back, SipScope sent %2: a hop did not remove its own Via.</source>
        <translation>%1 Via-Header kamen zurück, SipScope hat %2 gesendet: Ein Hop hat seinen eigenen Via nicht entfernt.</translation>
    </message>
    <message>
        <source>The Via sent-by %1 came back as %2: something in the path rewrote it and did not restore it.</source>
        <translation>Via sent-by %1 kam als %2 zurück: Etwas im Pfad hat ihn umgeschrieben und nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>The Via transport %1 came back as %2.</source>
        <translation>Der Via-Transport %1 kam als %2 zurück.</translation>
    </message>
    <message>
        <source>The Via branch came back altered (%1): sent %2, got %3.</source>
        <translation>Der Via-Branch kam verändert zurück (%1): gesendet %2, erhalten %3.</translation>
    </message>
    <message>
        <source>The server saw the request coming from address %1 (Via received).</source>
        <translation>Der Server hat die Anfrage von Adresse %1 kommen sehen (Via received).</translation>
    </message>
    <message>
        <source>The server saw the request coming from port %1 (Via rport).</source>
        <translation>Der Server hat die Anfrage von Port %1 kommen sehen (Via rport).</translation>
    </message>
    <message>
        <source>The answer has no rport value (RFC 3581): the server did not say which port it saw.</source>
        <translation>Die Antwort hat keinen rport-Wert (RFC 3581): Der Server hat nicht mitgeteilt, welchen Port er gesehen hat.</translation>
    </message>
    <message>
        <source>The Call-ID came back altered (%1): sent %2, got %3.</source>
        <translation>Die Call-ID kam verändert zurück (%1): gesendet %2, erhalten %3.</translation>
    </message>
    <message>
        <source>The From URI %1 came back as %2.</source>
        <translation>Die From-URI %1 kam als %2 zurück.</translation>
    </message>
    <message>
        <source>The From tag came back altered (%1): sent %2, got %3.</source>
        <translation>Das From-Tag kam verändert zurück (%1): gesendet %2, erhalten %3.</translation>
    </message>
    <message>
        <source>The To URI %1 came back as %2.</source>
        <translation>Die To-URI %1 kam als %2 zurück.</translation>
    </message>
    <message>
        <source>The CSeq %1 came back as %2.</source>
        <translation>Die CSeq %1 kam als %2 zurück.</translation>
    </message>
    <message>
        <source>The server received our Via sent-by %1 as %2.</source>
        <translation>Der Server hat unser Via sent-by %1 als %2 empfangen.</translation>
    </message>
    <message>
        <source>The server received our Via branch altered (%1): sent %2, received %3.</source>
        <translation>Der Server hat unseren Via-Branch verändert empfangen (%1): gesendet %2, empfangen %3.</translation>
    </message>
    <message>
        <source>The server received our Call-ID altered (%1): sent %2, received %3.</source>
        <translation>Der Server hat unsere Call-ID verändert empfangen (%1): gesendet %2, empfangen %3.</translation>
    </message>
    <message>
        <source>The server received our From URI %1 as %2.</source>
        <translation>Der Server hat unsere From-URI %1 als %2 empfangen.</translation>
    </message>
    <message>
        <source>The server received our Contact %1 as %2.</source>
        <translation>Der Server hat unseren Contact %1 als %2 empfangen.</translation>
    </message>
    <message>
        <source>The server did not receive our %1 header: something in the path removed it.</source>
        <translation>Der Server hat unseren %1-Header nicht empfangen: Etwas im Pfad hat ihn entfernt.</translation>
    </message>
    <message>
        <source>The server received a %1 header that SipScope did not send.</source>
        <translation>Der Server hat einen %1-Header empfangen, den SipScope nicht gesendet hat.</translation>
    </message>
    <message>
        <source>The server received our headers in another order: %1 (sent: %2).</source>
        <translation>Der Server hat unsere Header in anderer Reihenfolge empfangen: %1 (gesendet: %2).</translation>
    </message>
    <message>
        <source>The server received Content-Length %1, SipScope sent %2.</source>
        <translation>Der Server hat Content-Length %1 empfangen, SipScope hat %2 gesendet.</translation>
    </message>
    <message>
        <source>The response carries %1 bytes of body but says Content-Length %2: something changed the body without fixing the length.</source>
        <translation>Die Antwort enthält %1 Bytes Body, gibt aber Content-Length %2 an: Etwas hat den Body verändert, ohne die Länge anzupassen.</translation>
    </message>
    <message>
        <source>No answer to compare with, so NAT and SIP ALGs cannot be judged.</source>
        <translation>Keine Antwort zum Vergleichen, daher lassen sich NAT und SIP-ALGs nicht beurteilen.</translation>
    </message>
    <message numerus="yes">
        <source>A SIP ALG or another middlebox rewrites SIP messages between SipScope and the server (%n sign(s)); the first: %1</source>
        <translation>
            <numerusform>Ein SIP-ALG oder eine andere Middlebox schreibt SIP-Nachrichten zwischen SipScope und dem Server um (%n Anzeichen); das erste: %1</numerusform>
            <numerusform>Ein SIP-ALG oder eine andere Middlebox schreibt SIP-Nachrichten zwischen SipScope und dem Server um (%n Anzeichen); das erste: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Behind NAT: the server saw %1, SipScope sent from %2.</source>
        <translation>Hinter NAT: Der Server hat %1 gesehen, SipScope hat von %2 gesendet.</translation>
    </message>
    <message>
        <source>No NAT: the server saw the address and port SipScope sent from (%1).</source>
        <translation>Kein NAT: Der Server hat die Adresse und den Port gesehen, von denen SipScope gesendet hat (%1).</translation>
    </message>
    <message>
        <source>The server did not say which address it saw (no received or rport), so NAT cannot be judged.</source>
        <translation>Der Server hat nicht mitgeteilt, welche Adresse er gesehen hat (kein received oder rport), daher lässt sich NAT nicht beurteilen.</translation>
    </message>
    <message>
        <source>The server saw address %1 but did not say which port (no rport value), so NAT cannot be judged fully.</source>
        <translation>Der Server hat Adresse %1 gesehen, aber nicht mitgeteilt, welchen Port (kein rport-Wert), daher lässt sich NAT nicht vollständig beurteilen.</translation>
    </message>
    <message>
        <source>A SIP ALG in a router writes its public address into the Via so that answers find the way back. RFC 3261 §18.2.1 (with rport, RFC 3581 §4) already has the server answer the address and port the request came from, so the rewrite is not needed; when the ALG does not undo it in the answer, the client cannot match the answer to its request (§17.1.3).</source>
        <translation>Ein SIP-ALG im Router schreibt seine öffentliche Adresse in den Via, damit Antworten den Rückweg finden. Nach RFC 3261 §18.2.1 (mit rport, RFC 3581 §4) antwortet der Server ohnehin an die Adresse und den Port, von denen die Anfrage kam; das Umschreiben ist also unnötig, und macht der ALG es in der Antwort nicht rückgängig, kann der Client die Antwort seiner Anfrage nicht mehr zuordnen (§17.1.3).</translation>
    </message>
    <message>
        <source>The Contact says where the sender wants to receive new requests, such as incoming calls (RFC 3261 §8.1.1.8, §20.10). A SIP ALG replaces the private address with the router's public one and opens a short-lived pinhole for it. A phone that already does its own NAT handling (STUN, rport, an outbound proxy) then gets it rewritten twice or wrongly: incoming calls fail, or calls drop or lose audio after a while.</source>
        <translation>Der Contact sagt, wohin der Absender neue Anfragen wie eingehende Anrufe geschickt haben möchte (RFC 3261 §8.1.1.8, §20.10). Ein SIP-ALG ersetzt die private Adresse durch die öffentliche des Routers und öffnet dafür kurzzeitig eine Lücke in der Firewall. Kümmert sich das Telefon schon selbst um NAT (STUN, rport, ein Outbound-Proxy), wird sie doppelt oder falsch umgeschrieben: eingehende Anrufe scheitern, oder Gespräche brechen nach einer Weile ab oder verlieren den Ton.</translation>
    </message>
    <message>
        <source>The Via branch, Call-ID, From and To tags and CSeq identify the transaction and the dialog (RFC 3261 §8.1.1, §17.1.3); nothing between the two ends may change them. When they arrive changed, answers and later requests no longer match.</source>
        <translation>Via-Branch, Call-ID, From- und To-Tag und CSeq kennzeichnen die Transaktion und den Dialog (RFC 3261 §8.1.1, §17.1.3); nichts zwischen den beiden Enden darf sie ändern. Kommen sie verändert an, passen Antworten und spätere Anfragen nicht mehr zusammen.</translation>
    </message>
    <message>
        <source>Only a proxy may change a request on its way, and only in the ways RFC 3261 §16.6 lists (its own Via, Record-Route, Max-Forwards). A SIP ALG parses and rewrites messages as they cross the router; what it changes breaks digest authentication when it touches the Request-URI (§22.4) and can make the message unreadable for the other end.</source>
        <translation>Nur ein Proxy darf eine Anfrage unterwegs ändern, und nur so, wie RFC 3261 §16.6 es aufzählt (sein eigener Via, Record-Route, Max-Forwards). Ein SIP-ALG zerlegt und schreibt Nachrichten um, während sie den Router passieren; was er ändert, bricht die Digest-Authentifizierung, sobald es die Request-URI betrifft (§22.4), und kann die Nachricht für die Gegenstelle unlesbar machen.</translation>
    </message>
    <message>
        <source>Content-Length must count the bytes of the body exactly (RFC 3261 §20.14); over TCP it is the only way to find where a message ends (§18.3). An ALG that edits the body (SDP addresses) without fixing the length corrupts the message.</source>
        <translation>Content-Length muss die Bytes des Bodys genau zählen (RFC 3261 §20.14); über TCP ist es der einzige Weg, das Ende einer Nachricht zu finden (§18.3). Ein ALG, der den Body ändert (SDP-Adressen), ohne die Länge anzupassen, beschädigt die Nachricht.</translation>
    </message>
    <message>
        <source>The SipScope mirror saw the request arrive over %1 from %2.</source>
        <translation>Der SipScope-Spiegel sah die Anfrage über %1 von %2 ankommen.</translation>
    </message>
    <message>
        <source>The mirror's report of the source came back rewritten (%1 instead of %2): something in the path rewrites addresses in answers, as SIP ALGs do to hide the public address.</source>
        <translation>Die Angabe des Spiegels zur Quelle kam umgeschrieben zurück (%1 statt %2): etwas im Weg schreibt Adressen in Antworten um, wie SIP-ALGs es tun, um die öffentliche Adresse zu verbergen.</translation>
    </message>
    <message>
        <source>The mirror returned only the first %1 of the %2 bytes it received, to keep its answer small enough (1300 bytes over UDP); what follows is not compared. Probe over TCP to compare the whole request.</source>
        <translation>Der Spiegel gab nur die ersten %1 der %2 empfangenen Bytes zurück, damit seine Antwort klein genug bleibt (1300 Bytes über UDP); der Rest wird nicht verglichen. Mit einer Prüfung über TCP wird die ganze Anfrage verglichen.</translation>
    </message>
    <message>
        <source>The server received the request line as "%1"; SipScope sent "%2".</source>
        <translation>Der Server erhielt die Anfragezeile als „%1“; SipScope sendete „%2“.</translation>
    </message>
    <message>
        <source>The server received our %1 header as "%2"; SipScope sent "%3".</source>
        <translation>Der Server erhielt unseren %1-Header als „%2“; SipScope sendete „%3“.</translation>
    </message>
    <message>
        <source>The server received another body (%1 bytes) than SipScope sent (%2 bytes).</source>
        <translation>Der Server erhielt einen anderen Body (%1 Bytes), als SipScope sendete (%2 Bytes).</translation>
    </message>
    <message>
        <source>The server received other bytes than SipScope sent, from byte %1 on (%2 bytes arrived, %3 were sent).</source>
        <translation>Der Server erhielt ab Byte %1 andere Bytes, als SipScope sendete (%2 Bytes kamen an, %3 wurden gesendet).</translation>
    </message>
    <message>
        <source>The SipScope mirror received the first %1 bytes of the request exactly as SipScope sent them: no SIP ALG rewrote them.</source>
        <translation>Der SipScope-Spiegel erhielt die ersten %1 Bytes der Anfrage genau so, wie SipScope sie sendete: kein SIP-ALG hat sie umgeschrieben.</translation>
    </message>
    <message>
        <source>The SipScope mirror received the request byte for byte as SipScope sent it: no SIP ALG rewrote it.</source>
        <translation>Der SipScope-Spiegel erhielt die Anfrage Byte für Byte so, wie SipScope sie sendete: kein SIP-ALG hat sie umgeschrieben.</translation>
    </message>
</context>
<context>
    <name>PcapFileWriter</name>
    <message>
        <source>Cannot write the capture file %1: %2</source>
        <translation>Die Mitschnittdatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ProbeDebugText</name>
    <message>
        <source>Module %1</source>
        <translation>Modul %1</translation>
    </message>
    <message>
        <source>transport: %1</source>
        <translation>Transport: %1</translation>
    </message>
    <message>
        <source>RFC 3263 decides</source>
        <translation>RFC 3263 entscheidet</translation>
    </message>
    <message>
        <source>timeout: %1 ms</source>
        <translation>Timeout: %1 ms</translation>
    </message>
    <message>
        <source>expected: %1</source>
        <translation>erwartet: %1</translation>
    </message>
    <message>
        <source>auth: %1 (password from %2)</source>
        <translation>Authentifizierung: %1 (Passwort aus %2)</translation>
    </message>
    <message>
        <source>Target %1 (%2)</source>
        <translation>Ziel %1 (%2)</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Ablauf:</translation>
    </message>
    <message>
        <source>Error: %1 (%2)</source>
        <translation>Fehler: %1 (%2)</translation>
    </message>
    <message>
        <source>Request sent:</source>
        <translation>Gesendete Anfrage:</translation>
    </message>
    <message>
        <source>Response received:</source>
        <translation>Empfangene Antwort:</translation>
    </message>
    <message>
        <source>verdict profile: %1 (%2)</source>
        <translation>Bewertungsprofil: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ProbeTiming</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Connection attempt</source>
        <translation>Verbindungsversuch</translation>
    </message>
    <message>
        <source>WebSocket opening</source>
        <translation>WebSocket-Aufbau</translation>
    </message>
    <message>
        <source>TCP connect</source>
        <translation>TCP-Verbindungsaufbau</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLS-Handshake</translation>
    </message>
    <message>
        <source>Request and answer</source>
        <translation>Anfrage und Antwort</translation>
    </message>
    <message>
        <source>request sent</source>
        <translation>Anfrage gesendet</translation>
    </message>
    <message>
        <source>retransmission %1</source>
        <translation>Sendewiederholung %1</translation>
    </message>
    <message>
        <source>Timer F</source>
        <translation>Timer F</translation>
    </message>
    <message>
        <source>length measured by the kernel (SYN to SYN-ACK)</source>
        <translation>Dauer vom Kernel gemessen (SYN bis SYN-ACK)</translation>
    </message>
</context>
<context>
    <name>ProbeVerdict</name>
    <message>
        <source>For a liveness check the server is alive: any SIP answer shows that it is up (--nagios --alive counts it as OK).</source>
        <translation>Für eine Erreichbarkeitsprüfung ist der Server erreichbar: Jede SIP-Antwort zeigt, dass er läuft (--nagios --alive wertet sie als OK).</translation>
    </message>
    <message>
        <source>The server is up and speaks SIP; it wants credentials before it serves this request.</source>
        <translation>Der Server läuft und spricht SIP; er verlangt Zugangsdaten, bevor er diese Anfrage bedient.</translation>
    </message>
    <message>
        <source>Probe with the user name and password of an account on that server, or, for a trusted peer, let this address in without authentication.</source>
        <translation>Prüfen Sie mit Benutzername und Passwort eines Kontos auf diesem Server, oder lassen Sie, bei einer vertrauenswürdigen Gegenstelle, diese Adresse ohne Authentifizierung zu.</translation>
    </message>
    <message>
        <source>The server is up and speaks SIP; it understood the request and refuses to serve it, often because of an access list, a source address it does not trust, or a policy against OPTIONS from strangers.</source>
        <translation>Der Server läuft und spricht SIP; er hat die Anfrage verstanden und lehnt es ab, sie zu bedienen, oft wegen einer Zugriffsliste, einer Absenderadresse, der er nicht vertraut, oder einer Regel gegen OPTIONS von Unbekannten.</translation>
    </message>
    <message>
        <source>Check whether this computer's address is allowed on the server (trusted peers, IP access lists, fail2ban), and whether it expects another From domain or credentials.</source>
        <translation>Prüfen Sie, ob die Adresse dieses Computers auf dem Server zugelassen ist (vertrauenswürdige Gegenstellen, IP-Zugriffslisten, fail2ban) und ob er eine andere From-Domain oder Zugangsdaten erwartet.</translation>
    </message>
    <message>
        <source>The server is up and speaks SIP; it serves no such user or domain as the one in the Request-URI.</source>
        <translation>Der Server läuft und spricht SIP; einen Benutzer oder eine Domain wie die in der Request-URI bedient er nicht.</translation>
    </message>
    <message>
        <source>Probe a user or a domain it serves: add a user part (sip:alice@host), or use the domain name it is configured for instead of its address; leave the user part out if you gave one.</source>
        <translation>Prüfen Sie einen Benutzer oder eine Domain, die er bedient: Fügen Sie einen Benutzerteil hinzu (sip:alice@host) oder verwenden Sie statt seiner Adresse den Domainnamen, für den er eingerichtet ist; lassen Sie den Benutzerteil weg, falls Sie einen angegeben haben.</translation>
    </message>
    <message>
        <source>The server is up and speaks SIP; it knows OPTIONS but does not allow it for this Request-URI. Its Allow header lists the methods it allows.</source>
        <translation>Der Server läuft und spricht SIP; er kennt OPTIONS, erlaubt es aber für diese Request-URI nicht. Sein Allow-Header nennt die Methoden, die er erlaubt.</translation>
    </message>
    <message>
        <source>Read the Allow header of the answer; probe the proxy or registrar address itself, or a user it serves.</source>
        <translation>Lesen Sie den Allow-Header der Antwort; prüfen Sie die Adresse des Proxys oder Registrars selbst oder einen Benutzer, den er bedient.</translation>
    </message>
    <message>
        <source>The server is up and speaks SIP; it does not support an extension the request required (Require or Proxy-Require). Its Unsupported header names it.</source>
        <translation>Der Server läuft und spricht SIP; er unterstützt eine Erweiterung nicht, die die Anfrage verlangte (Require oder Proxy-Require). Sein Unsupported-Header nennt sie.</translation>
    </message>
    <message>
        <source>Remove the Require or Proxy-Require headers added to the probe; SipScope sends none of its own.</source>
        <translation>Entfernen Sie die Require- oder Proxy-Require-Header, die dem Test hinzugefügt wurden; SipScope selbst sendet keine.</translation>
    </message>
    <message>
        <source>The server is up and speaks SIP, but it took the OPTIONS for a request within a dialog it does not know; outside a dialog that is not the answer to expect.</source>
        <translation>Der Server läuft und spricht SIP, hat OPTIONS aber für eine Anfrage innerhalb eines Dialogs gehalten, den er nicht kennt; außerhalb eines Dialogs ist das nicht die zu erwartende Antwort.</translation>
    </message>
    <message>
        <source>Remove a To tag or other dialog headers added to the probe; without them the server's handling of OPTIONS is at fault: report it to its vendor.</source>
        <translation>Entfernen Sie ein To-Tag oder andere Dialog-Header, die dem Test hinzugefügt wurden; ohne sie liegt der Fehler in der OPTIONS-Behandlung des Servers: Melden Sie ihn dem Hersteller.</translation>
    </message>
    <message>
        <source>The server is up and speaks SIP, but the routing is broken: a proxy saw the request come back to itself.</source>
        <translation>Der Server läuft und spricht SIP, aber das Routing ist defekt: Ein Proxy hat die Anfrage zu sich selbst zurückkommen sehen.</translation>
    </message>
    <message>
        <source>Run a trace (sipscope-cli trace) to see the hops, and look for a circle in the proxies' routes and DNS entries.</source>
        <translation>Führen Sie eine Routenverfolgung aus (sipscope-cli trace), um die Hops zu sehen, und suchen Sie nach einem Kreis in den Routen und DNS-Einträgen der Proxys.</translation>
    </message>
    <message>
        <source>The server is up and speaks SIP; the request passed more proxies than its Max-Forwards allowed.</source>
        <translation>Der Server läuft und spricht SIP; die Anfrage hat mehr Proxys durchlaufen, als ihr Max-Forwards erlaubte.</translation>
    </message>
    <message>
        <source>Run a trace to see the hops; when the probe sent the default Max-Forwards of 70, look for a routing loop.</source>
        <translation>Führen Sie eine Routenverfolgung aus, um die Hops zu sehen; hat der Test das übliche Max-Forwards von 70 gesendet, suchen Sie nach einer Routing-Schleife.</translation>
    </message>
    <message>
        <source>The server is up and speaks SIP; it answers as it would answer a call it cannot accept here (an OPTIONS gets the status an INVITE would get).</source>
        <translation>Der Server läuft und spricht SIP; er antwortet so, wie er auf einen Anruf antworten würde, den er hier nicht annehmen kann (OPTIONS erhält den Status, den ein INVITE erhielte).</translation>
    </message>
    <message>
        <source>Check the Accept header and any headers added to the probe; the server's logs name the rule that rejected it.</source>
        <translation>Prüfen Sie den Accept-Header und alle dem Test hinzugefügten Header; die Logs des Servers nennen die Regel, die ihn abgelehnt hat.</translation>
    </message>
    <message>
        <source>The server is up and speaks SIP, but failed while handling the request: an unexpected condition on its side.</source>
        <translation>Der Server läuft und spricht SIP, ist aber bei der Bearbeitung der Anfrage gescheitert: ein unerwarteter Zustand auf seiner Seite.</translation>
    </message>
    <message>
        <source>Look at the server's logs (a routing script, a database or another back end failing) and probe again to see whether it persists.</source>
        <translation>Sehen Sie in die Logs des Servers (ein Routing-Skript, eine Datenbank oder ein anderes Backend, das scheitert) und prüfen Sie erneut, ob es bestehen bleibt.</translation>
    </message>
    <message>
        <source>The server is up and speaks SIP, but does not implement OPTIONS.</source>
        <translation>Der Server läuft und spricht SIP, implementiert OPTIONS aber nicht.</translation>
    </message>
    <message>
        <source>Enable OPTIONS handling in its configuration, or check it another way (a REGISTER, its own monitoring).</source>
        <translation>Aktivieren Sie die OPTIONS-Behandlung in seiner Konfiguration oder prüfen Sie ihn auf andere Weise (ein REGISTER, seine eigene Überwachung).</translation>
    </message>
    <message numerus="yes">
        <source>The server is up and speaks SIP, but is temporarily unable to serve (overloaded or in maintenance); it asks to be tried again in %n second(s).</source>
        <translation>
            <numerusform>Der Server läuft und spricht SIP, kann aber vorübergehend nicht bedienen (überlastet oder in Wartung); er bittet, es in %n Sekunde erneut zu versuchen.</numerusform>
            <numerusform>Der Server läuft und spricht SIP, kann aber vorübergehend nicht bedienen (überlastet oder in Wartung); er bittet, es in %n Sekunden erneut zu versuchen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Probe again after the Retry-After time; check the server's load and maintenance state, and, for a proxy, whether any server behind it is available.</source>
        <translation>Prüfen Sie nach der Retry-After-Zeit erneut; prüfen Sie Last und Wartungszustand des Servers und, bei einem Proxy, ob ein Server dahinter verfügbar ist.</translation>
    </message>
    <message>
        <source>The server is up and speaks SIP, but is temporarily unable to serve, and does not say for how long; without Retry-After a client treats it like a 500.</source>
        <translation>Der Server läuft und spricht SIP, kann aber vorübergehend nicht bedienen und sagt nicht, wie lange; ohne Retry-After behandelt ein Client das wie eine 500.</translation>
    </message>
    <message>
        <source>Check the server's load and maintenance state and, for a proxy, whether any server behind it is available; probe again later.</source>
        <translation>Prüfen Sie Last und Wartungszustand des Servers und, bei einem Proxy, ob ein Server dahinter verfügbar ist; prüfen Sie später erneut.</translation>
    </message>
    <message>
        <source>The server is up and speaks SIP, but a server it asked did not answer in time: the fault lies beyond the server probed.</source>
        <translation>Der Server läuft und spricht SIP, aber ein Server, den er gefragt hat, hat nicht rechtzeitig geantwortet: Der Fehler liegt hinter dem geprüften Server.</translation>
    </message>
    <message>
        <source>Probe the next hop (the server it forwards to, or its DNS) directly; a trace shows where the path ends.</source>
        <translation>Prüfen Sie den nächsten Hop (den Server, an den er weiterleitet, oder sein DNS) direkt; eine Routenverfolgung zeigt, wo der Weg endet.</translation>
    </message>
    <message>
        <source>The server answers in SIP, but refuses SIP/2.0, the version SipScope sends: its SIP handling is broken.</source>
        <translation>Der Server antwortet in SIP, lehnt aber SIP/2.0 ab, die Version, die SipScope sendet: Seine SIP-Verarbeitung ist defekt.</translation>
    </message>
    <message>
        <source>Check which software answers on that port (its Server header) and its configuration; report it to its vendor.</source>
        <translation>Prüfen Sie, welche Software auf diesem Port antwortet (ihr Server-Header), und ihre Konfiguration; melden Sie es dem Hersteller.</translation>
    </message>
    <message>
        <source>The server is up and speaks SIP, and it accepted the request: healthy, as far as a probe can tell.</source>
        <translation>Der Server läuft und spricht SIP, und er hat die Anfrage angenommen: gesund, soweit ein Test das erkennen kann.</translation>
    </message>
    <message>
        <source>Nothing to fix. Its Allow, Supported and Accept headers list what it can do; compare the round-trip time with earlier probes.</source>
        <translation>Nichts zu beheben. Seine Header Allow, Supported und Accept nennen, was er kann; vergleichen Sie die Umlaufzeit mit früheren Tests.</translation>
    </message>
    <message>
        <source>The server is up and speaks SIP; it sends the request elsewhere, to the addresses in its Contact header.</source>
        <translation>Der Server läuft und spricht SIP; er leitet die Anfrage um, an die Adressen in seinem Contact-Header.</translation>
    </message>
    <message>
        <source>Probe the address in the Contact header of the answer.</source>
        <translation>Prüfen Sie die Adresse im Contact-Header der Antwort.</translation>
    </message>
    <message>
        <source>The server is up and speaks SIP; it refused this request for a reason of the request's, not a failure of its own.</source>
        <translation>Der Server läuft und spricht SIP; er hat diese Anfrage aus einem Grund abgelehnt, der bei der Anfrage liegt, nicht wegen eines eigenen Fehlers.</translation>
    </message>
    <message>
        <source>Change the request (the Request-URI, the headers added), not the server; the code's explanation says what it objects to.</source>
        <translation>Ändern Sie die Anfrage (die Request-URI, die hinzugefügten Header), nicht den Server; die Erklärung des Codes sagt, woran er sich stört.</translation>
    </message>
    <message>
        <source>The server is up and speaks SIP, but it, or a server behind it, failed to serve the request.</source>
        <translation>Der Server läuft und spricht SIP, aber er oder ein Server dahinter konnte die Anfrage nicht bedienen.</translation>
    </message>
    <message>
        <source>Look at the server's logs and at the servers behind it; probe again to see whether it persists.</source>
        <translation>Sehen Sie in die Logs des Servers und der Server dahinter; prüfen Sie erneut, ob es bestehen bleibt.</translation>
    </message>
    <message>
        <source>The server is up and speaks SIP; it says the request fails everywhere, not only at this server, so other servers of the domain need not be tried.</source>
        <translation>Der Server läuft und spricht SIP; er sagt, die Anfrage scheitere überall, nicht nur bei diesem Server, andere Server der Domain müssen also nicht versucht werden.</translation>
    </message>
    <message>
        <source>Check the user in the Request-URI (604 Does Not Exist Anywhere) or whether the target declines OPTIONS on purpose (603 Decline); probe without a user part to check the server alone.</source>
        <translation>Prüfen Sie den Benutzer in der Request-URI (604 Does Not Exist Anywhere) oder ob das Ziel OPTIONS absichtlich ablehnt (603 Decline); prüfen Sie ohne Benutzerteil, um den Server allein zu testen.</translation>
    </message>
</context>
<context>
    <name>Q850</name>
    <message>
        <source>Unallocated (unassigned) number</source>
        <translation>Nicht zugeteilte (nicht vergebene) Rufnummer</translation>
    </message>
    <message>
        <source>No route to specified transit network</source>
        <translation>Keine Route zum angegebenen Transitnetz</translation>
    </message>
    <message>
        <source>No route to destination</source>
        <translation>Keine Route zum Ziel</translation>
    </message>
    <message>
        <source>Normal call clearing</source>
        <translation>Normale Auslösung</translation>
    </message>
    <message>
        <source>User busy</source>
        <translation>Teilnehmer besetzt</translation>
    </message>
    <message>
        <source>No user responding</source>
        <translation>Teilnehmer antwortet nicht</translation>
    </message>
    <message>
        <source>No answer from user (user alerted)</source>
        <translation>Keine Rufannahme (Teilnehmer wird gerufen)</translation>
    </message>
    <message>
        <source>Subscriber absent</source>
        <translation>Teilnehmer abwesend</translation>
    </message>
    <message>
        <source>Call rejected</source>
        <translation>Anruf abgewiesen</translation>
    </message>
    <message>
        <source>Number changed</source>
        <translation>Rufnummer geändert</translation>
    </message>
    <message>
        <source>Redirection to new destination</source>
        <translation>Umleitung zu neuem Ziel</translation>
    </message>
    <message>
        <source>Exchange routing error</source>
        <translation>Leitweglenkungsfehler in der Vermittlungsstelle</translation>
    </message>
    <message>
        <source>Non-selected user clearing</source>
        <translation>Auslösung eines nicht ausgewählten Teilnehmers</translation>
    </message>
    <message>
        <source>Destination out of order</source>
        <translation>Ziel außer Betrieb</translation>
    </message>
    <message>
        <source>Invalid number format (address incomplete)</source>
        <translation>Ungültiges Rufnummernformat (unvollständige Adresse)</translation>
    </message>
    <message>
        <source>Facility rejected</source>
        <translation>Leistungsmerkmal abgelehnt</translation>
    </message>
    <message>
        <source>Normal, unspecified</source>
        <translation>Normal, nicht näher bestimmt</translation>
    </message>
    <message>
        <source>No circuit/channel available</source>
        <translation>Keine Leitung/kein Kanal verfügbar</translation>
    </message>
    <message>
        <source>Network out of order</source>
        <translation>Netz außer Betrieb</translation>
    </message>
    <message>
        <source>Temporary failure</source>
        <translation>Vorübergehender Fehler</translation>
    </message>
    <message>
        <source>Switching equipment congestion</source>
        <translation>Überlastung der Vermittlungseinrichtung</translation>
    </message>
    <message>
        <source>Resource unavailable, unspecified</source>
        <translation>Ressource nicht verfügbar, nicht näher bestimmt</translation>
    </message>
    <message>
        <source>Incoming calls barred within CUG</source>
        <translation>Ankommende Anrufe innerhalb der geschlossenen Benutzergruppe (CUG) gesperrt</translation>
    </message>
    <message>
        <source>Bearer capability not authorized</source>
        <translation>Übermittlungsfähigkeit (Bearer Capability) nicht berechtigt</translation>
    </message>
    <message>
        <source>Bearer capability not presently available</source>
        <translation>Übermittlungsfähigkeit (Bearer Capability) zurzeit nicht verfügbar</translation>
    </message>
    <message>
        <source>Service or option not available, unspecified</source>
        <translation>Dienst oder Option nicht verfügbar, nicht näher bestimmt</translation>
    </message>
    <message>
        <source>Bearer capability not implemented</source>
        <translation>Übermittlungsfähigkeit (Bearer Capability) nicht implementiert</translation>
    </message>
    <message>
        <source>Only restricted digital information bearer capability is available</source>
        <translation>Nur eingeschränkte digitale Übermittlungsfähigkeit (Restricted Digital Information) verfügbar</translation>
    </message>
    <message>
        <source>Service or option not implemented, unspecified</source>
        <translation>Dienst oder Option nicht implementiert, nicht näher bestimmt</translation>
    </message>
    <message>
        <source>User not member of CUG</source>
        <translation>Teilnehmer nicht Mitglied der geschlossenen Benutzergruppe (CUG)</translation>
    </message>
    <message>
        <source>Incompatible destination</source>
        <translation>Inkompatibles Ziel</translation>
    </message>
    <message>
        <source>Recovery on timer expiry</source>
        <translation>Wiederherstellung nach Timerablauf</translation>
    </message>
    <message>
        <source>Protocol error, unspecified</source>
        <translation>Protokollfehler, nicht näher bestimmt</translation>
    </message>
    <message>
        <source>Interworking, unspecified</source>
        <translation>Netzübergang (Interworking), nicht näher bestimmt</translation>
    </message>
    <message>
        <source>without diagnostic</source>
        <translation>ohne Diagnose</translation>
    </message>
    <message>
        <source>with diagnostic</source>
        <translation>mit Diagnose</translation>
    </message>
    <message>
        <source>RFC 3398 §7.2.4.1 maps no response code to cause 16: a normal release ends the call with BYE or CANCEL instead.</source>
        <translation>RFC 3398 §7.2.4.1 ordnet Cause 16 keinen Antwortcode zu: Bei einer normalen Auslösung wird der Anruf stattdessen mit BYE oder CANCEL beendet.</translation>
    </message>
    <message>
        <source>When the cause location is the user, RFC 3398 §7.2.4.1 lets the gateway send 603 Decline instead of 403.</source>
        <translation>Liegt der Ort der Cause beim Benutzer, erlaubt RFC 3398 §7.2.4.1 dem Gateway, statt 403 die Antwort 603 Decline zu senden.</translation>
    </message>
    <message>
        <source>RFC 3398 §7.2.4.1 lists no response code for this cause: for any cause not in its table a gateway should send 500 Server Internal Error.</source>
        <translation>RFC 3398 §7.2.4.1 nennt für diese Cause keinen Antwortcode: Für jede Cause, die nicht in seiner Tabelle steht, soll ein Gateway 500 Server Internal Error senden.</translation>
    </message>
    <message>
        <source>RFC 3398 §8.2.6.1: the gateway should first try to authenticate, and sends cause 21 only if it cannot.</source>
        <translation>RFC 3398 §8.2.6.1: Das Gateway soll sich zuerst authentifizieren und sendet Cause 21 nur, wenn das nicht möglich ist.</translation>
    </message>
    <message>
        <source>RFC 3398 §8.2.6.1: the cause depends on the Warning header: 65 (Bearer capability not implemented) when it concerns the bearer capability, otherwise 31 (Normal, unspecified).</source>
        <translation>RFC 3398 §8.2.6.1: Die Cause hängt vom Warning-Header ab: 65 (Übermittlungsfähigkeit (Bearer Capability) nicht implementiert), wenn er die Übermittlungsfähigkeit betrifft, sonst 31 (Normal, nicht näher bestimmt).</translation>
    </message>
    <message>
        <source>RFC 3398 §8.2.6.1: the gateway should first remedy the protocol error and retry the request; it sends this cause only if that fails.</source>
        <translation>RFC 3398 §8.2.6.1: Das Gateway soll zuerst den Protokollfehler beheben und die Anfrage wiederholen; diese Cause sendet es nur, wenn das scheitert.</translation>
    </message>
    <message>
        <source>RFC 3398 §8.2.6.1 lists no cause for this code: a gateway sends cause 31 (Normal, unspecified) for a failure response not in its table.</source>
        <translation>RFC 3398 §8.2.6.1 nennt für diesen Code keine Cause: Für eine Fehlerantwort, die nicht in seiner Tabelle steht, sendet ein Gateway Cause 31 (Normal, nicht näher bestimmt).</translation>
    </message>
    <message>
        <source>RFC 3398 §8.2.6.1 sends it with the cause location "user".</source>
        <translation>RFC 3398 §8.2.6.1 sendet sie mit dem Ort der Cause „Benutzer“ (user).</translation>
    </message>
    <message>
        <source>RFC 3398 §8.2.6.1 sends it with the cause location "network".</source>
        <translation>RFC 3398 §8.2.6.1 sendet sie mit dem Ort der Cause „Netz“ (network).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>RFC 3398 §7.2.4.1 maps it to %1.</source>
        <translation>RFC 3398 §7.2.4.1 bildet sie auf %1 ab.</translation>
    </message>
    <message>
        <source>RFC 3398 §7.2.4.1 maps it to %1 or %2.</source>
        <translation>RFC 3398 §7.2.4.1 bildet sie auf %1 oder %2 ab.</translation>
    </message>
</context>
<context>
    <name>QtDnsBackend</name>
    <message>
        <source>%1; Qt reports "no such records" and "no usable reply" alike</source>
        <translation>%1; Qt meldet „keine solchen Einträge“ und „keine verwendbare Antwort“ gleich</translation>
    </message>
</context>
<context>
    <name>ResponderConfig</name>
    <message>
        <source>The answer must be a final response code from 200 to 699, not %1; provisional responses are chosen separately.</source>
        <translation>Die Antwort muss ein endgültiger Antwortcode von 200 bis 699 sein, nicht %1; vorläufige Antworten werden separat gewählt.</translation>
    </message>
    <message>
        <source>The reason phrase must fit on one line.</source>
        <translation>Die Reason-Phrase muss in eine Zeile passen.</translation>
    </message>
    <message>
        <source>The delay must be between 0 and %1 ms.</source>
        <translation>Die Verzögerung muss zwischen 0 und %1 ms liegen.</translation>
    </message>
    <message>
        <source>%1 is not a provisional response code (100 to 199).</source>
        <translation>%1 ist kein vorläufiger Antwortcode (100 bis 199).</translation>
    </message>
    <message>
        <source>The listen address is not an IP address.</source>
        <translation>Die Empfangsadresse ist keine IP-Adresse.</translation>
    </message>
    <message>
        <source>TLS needs a certificate file and a private key file.</source>
        <translation>TLS braucht eine Zertifikatsdatei und eine Datei mit dem privaten Schlüssel.</translation>
    </message>
    <message>
        <source>The %1 header is copied from the request and cannot be set.</source>
        <translation>Der %1-Header wird aus der Anfrage kopiert und kann nicht gesetzt werden.</translation>
    </message>
    <message>
        <source>Listening on all interfaces: anyone who can reach this computer can send requests to the responder and get its answers.</source>
        <translation>Empfang auf allen Schnittstellen: Jeder, der diesen Computer erreicht, kann Anfragen an den Responder senden und seine Antworten erhalten.</translation>
    </message>
    <message>
        <source>Listening on %1, which is reachable from other computers.</source>
        <translation>Empfang auf %1, das von anderen Computern aus erreichbar ist.</translation>
    </message>
    <message>
        <source>A %1 to INVITE would set up a call with a media session, which the responder cannot do: INVITE requests get 488 Not Acceptable Here with a Warning instead; other requests get %1.</source>
        <translation>Eine %1 auf INVITE würde einen Anruf mit Mediensitzung aufbauen, was der Responder nicht kann: INVITE-Anfragen erhalten stattdessen 488 Not Acceptable Here mit einem Warning; andere Anfragen erhalten %1.</translation>
    </message>
    <message>
        <source>A %1 response should carry a %2 header; add it with a header line.</source>
        <translation>Eine %1-Antwort sollte einen %2-Header enthalten; fügen Sie ihn mit einer Header-Zeile hinzu.</translation>
    </message>
    <message>
        <source>A %1 redirect without a Contact header tells the caller nowhere to go.</source>
        <translation>Eine %1-Umleitung ohne Contact-Header teilt dem Anrufer kein Ziel mit.</translation>
    </message>
    <message>
        <source>"%1" is not an address and port such as [::1]:5060.</source>
        <translation>„%1“ ist keine Adresse mit Port wie [::1]:5060.</translation>
    </message>
    <message>
        <source>"%1" is not an IP address; the responder listens on an address, not a name.</source>
        <translation>„%1“ ist keine IP-Adresse; der Responder empfängt auf einer Adresse, nicht auf einem Namen.</translation>
    </message>
    <message>
        <source>"%1" is not a port number (0 to 65535).</source>
        <translation>„%1“ ist keine Portnummer (0 bis 65535).</translation>
    </message>
    <message>
        <source>"%1" is not a provisional response code (100 to 199).</source>
        <translation>„%1“ ist kein vorläufiger Antwortcode (100 bis 199).</translation>
    </message>
    <message>
        <source>At most eight provisional responses can be sent first.</source>
        <translation>Höchstens acht vorläufige Antworten können zuerst gesendet werden.</translation>
    </message>
    <message>
        <source>A header must fit on one line: "%1".</source>
        <translation>Ein Header muss in eine Zeile passen: „%1“.</translation>
    </message>
    <message>
        <source>"%1" is not a header: write it as "Name: value".</source>
        <translation>„%1“ ist kein Header: Schreiben Sie ihn als „Name: Wert“.</translation>
    </message>
    <message>
        <source>The rate limit must be between 0 (none) and %1 requests a second.</source>
        <translation>Die Ratenbegrenzung muss zwischen 0 (keine) und %1 Anfragen pro Sekunde liegen.</translation>
    </message>
    <message>
        <source>Call-backs work over UDP only: over %1 requests asking for one are answered "refused".</source>
        <translation>Rückrufe gibt es nur über UDP: Über %1 werden Anfragen, die einen verlangen, mit "refused" beantwortet.</translation>
    </message>
</context>
<context>
    <name>ResponderCounters</name>
    <message>
        <source>%1 received: %2 answered, %3 absorbed, %4 dropped</source>
        <translation>%1 empfangen: %2 beantwortet, %3 aufgefangen, %4 verworfen</translation>
    </message>
    <message>
        <source>%1 over the rate limit</source>
        <translation>%1 über der Ratenbegrenzung</translation>
    </message>
    <message>
        <source>%1 with the transaction table full</source>
        <translation>%1 bei voller Transaktionstabelle</translation>
    </message>
    <message>
        <source>%1 unanswerable</source>
        <translation>%1 nicht beantwortbar</translation>
    </message>
    <message>
        <source>; %1 completed transactions retired early</source>
        <translation>; %1 abgeschlossene Transaktionen vorzeitig beendet</translation>
    </message>
    <message>
        <source>; %1 lost in the full receive queue</source>
        <translation>; %1 in der vollen Empfangswarteschlange verloren</translation>
    </message>
    <message>
        <source>%1 while the peer left its answers unread</source>
        <translation>%1, während die Gegenstelle ihre Antworten nicht las</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
    <message>
        <source>Nothing is saved in the keychain under that name.</source>
        <translation>Unter diesem Namen ist nichts im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain is not available.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The keychain is locked (or unlocking it was cancelled): unlock it and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt (oder das Entsperren wurde abgebrochen): Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain refused access.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time; it may be waiting for you to unlock it.</source>
        <translation>Der Schlüsselbund hat nicht rechtzeitig geantwortet; vielleicht wartet er darauf, dass Sie ihn entsperren.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>This build of SipScope has no keychain support (it was built without QtKeychain).</source>
        <translation>Diese SipScope-Version unterstützt keinen Schlüsselbund (sie wurde ohne QtKeychain gebaut).</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>macOS-Schlüsselbund</translation>
    </message>
    <message>
        <source>Secret Service (GNOME Keyring, KeePassXC, KWallet)</source>
        <translation>Secret Service (GNOME Keyring, KeePassXC, KWallet)</translation>
    </message>
</context>
<context>
    <name>SipError</name>
    <message>
        <source>Invalid target</source>
        <translation>Ungültiges Ziel</translation>
    </message>
    <message>
        <source>Name not resolved</source>
        <translation>Name nicht aufgelöst</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>TLS failure</source>
        <translation>TLS-Fehler</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Malformed answer</source>
        <translation>Fehlerhafte Antwort</translation>
    </message>
</context>
<context>
    <name>SipParser</name>
    <message>
        <source>Unsupported protocol version "%1": only SIP/2.0 is understood.</source>
        <translation>Nicht unterstützte Protokollversion „%1“: Nur SIP/2.0 wird verstanden.</translation>
    </message>
    <message>
        <source>The status line has no status code.</source>
        <translation>Die Statuszeile hat keinen Statuscode.</translation>
    </message>
    <message>
        <source>"%1" is not a status code: it must be three digits from 100 to 699.</source>
        <translation>„%1“ ist kein Statuscode: Er muss aus drei Ziffern von 100 bis 699 bestehen.</translation>
    </message>
    <message>
        <source>"%1" is neither a SIP status line nor a request line.</source>
        <translation>„%1“ ist weder eine SIP-Statuszeile noch eine Anfragezeile.</translation>
    </message>
    <message>
        <source>The message contains a NUL byte in its headers.</source>
        <translation>Die Nachricht enthält ein NUL-Byte in ihren Headern.</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 bytes.</source>
        <translation>Zeile %1 ist länger als %2 Bytes.</translation>
    </message>
    <message>
        <source>Line %1 continues a header, but no header precedes it.</source>
        <translation>Zeile %1 setzt einen Header fort, aber davor steht kein Header.</translation>
    </message>
    <message>
        <source>Line %1 is not a header ("Name: value"): "%2".</source>
        <translation>Zeile %1 ist kein Header („Name: Wert“): „%2“.</translation>
    </message>
    <message>
        <source>The message has more than %1 headers.</source>
        <translation>Die Nachricht hat mehr als %1 Header.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Die Nachricht ist leer.</translation>
    </message>
    <message>
        <source>Invalid Content-Length "%1".</source>
        <translation>Ungültige Content-Length „%1“.</translation>
    </message>
    <message>
        <source>The message is larger than %1 bytes.</source>
        <translation>Die Nachricht ist größer als %1 Bytes.</translation>
    </message>
    <message>
        <source>The headers are not terminated by an empty line.</source>
        <translation>Die Header werden nicht durch eine Leerzeile abgeschlossen.</translation>
    </message>
    <message>
        <source>The body has %1 bytes, but Content-Length announces %2.</source>
        <translation>Der Body hat %1 Bytes, aber Content-Length gibt %2 an.</translation>
    </message>
    <message>
        <source>A line is longer than %1 bytes.</source>
        <translation>Eine Zeile ist länger als %1 Bytes.</translation>
    </message>
    <message>
        <source>The message has no Content-Length header, which a stream transport requires.</source>
        <translation>Die Nachricht hat keinen Content-Length-Header, den ein Stream-Transport erfordert.</translation>
    </message>
</context>
<context>
    <name>SipScope::AboutDialog</name>
    <message>
        <source>Version %1 · Qt %2 (built with Qt %3)</source>
        <translation>Version %1 · Qt %2 (erstellt mit Qt %3)</translation>
    </message>
    <message>
        <source>About SipScope</source>
        <translation>Über SipScope</translation>
    </message>
    <message>
        <source>A reference of SIP response codes in plain words, and a probe that sends SIP OPTIONS to a server and shows what came back.</source>
        <translation>Eine Referenz der SIP-Antwortcodes in verständlichen Worten und ein Test, der SIP OPTIONS an einen Server sendet und zeigt, was zurückkam.</translation>
    </message>
    <message>
        <source>SipScope icon</source>
        <translation>SipScope-Symbol</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>SipScope::CandidateModel</name>
    <message>
        <source>TTL unknown</source>
        <translation>TTL unbekannt</translation>
    </message>
    <message>
        <source>TTL %1 s</source>
        <translation>TTL %1 s</translation>
    </message>
    <message>
        <source>IP address in the URI (no DNS)</source>
        <translation>IP-Adresse in der URI (kein DNS)</translation>
    </message>
    <message>
        <source>%1 of %2, %3</source>
        <translation>%1 von %2, %3</translation>
    </message>
    <message>
        <source>SRV %1: priority %2, weight %3, port %4, %5 → %6 %7, %8</source>
        <translation>SRV %1: Priorität %2, Gewicht %3, Port %4, %5 → %6 %7, %8</translation>
    </message>
    <message>
        <source>probing…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>From DNS</source>
        <translation>Aus DNS</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Antwortzeit</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>NAPTR %1 (order %2, preference %3) → </source>
        <translation>NAPTR %1 (Order %2, Preference %3) → </translation>
    </message>
</context>
<context>
    <name>SipScope::CandidateProbe</name>
    <message>
        <source>The probe was cancelled.</source>
        <translation>Der Test wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>SipScope::CandidatesPanel</name>
    <message numerus="yes">
        <source>Probing %n candidate(s) at once…</source>
        <translation>
            <numerusform>%n Kandidat wird geprüft…</numerusform>
            <numerusform>%n Kandidaten werden gleichzeitig geprüft…</numerusform>
        </translation>
    </message>
    <message>
        <source>All targets</source>
        <translation>Alle Ziele</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>DNS resolution</source>
        <translation>DNS-Auflösung</translation>
    </message>
    <message>
        <source>Summary of all targets</source>
        <translation>Zusammenfassung aller Ziele</translation>
    </message>
    <message>
        <source>Tick Tools → Probe All Targets, then send: every server behind the name (each SRV target and address) is probed at once.</source>
        <translation>Aktivieren Sie Werkzeuge → Alle Ziele prüfen und senden Sie dann: Jeder Server hinter dem Namen (jedes SRV-Ziel und jede Adresse) wird gleichzeitig geprüft.</translation>
    </message>
    <message>
        <source>Resolving %1…</source>
        <translation>%1 wird aufgelöst…</translation>
    </message>
    <message>
        <source>priority %1  weight %2  port %3  target %4  TTL %5</source>
        <translation>Priorität %1  Gewicht %2  Port %3  Ziel %4  TTL %5</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>SipScope::CodeDetailView</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous code viewed (Alt+Left)</source>
        <translation>Zuvor angesehener Code (Alt+Links)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <source>Next code viewed (Alt+Right)</source>
        <translation>Nächster angesehener Code (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Copy for &amp;Ticket</source>
        <translation>Für &amp;Ticket kopieren</translation>
    </message>
    <message>
        <source>Copy for ticket</source>
        <translation>Für Ticket kopieren</translation>
    </message>
    <message>
        <source>Copy the code, its reason, summary and what to check as plain text</source>
        <translation>Code, Reason-Phrase, Zusammenfassung und Prüfpunkte als reinen Text kopieren</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Explanation of the selected SIP response code</source>
        <translation>Erklärung des ausgewählten SIP-Antwortcodes</translation>
    </message>
    <message>
        <source>Copied %1 for a ticket</source>
        <translation>%1 für ein Ticket kopiert</translation>
    </message>
    <message>
        <source>Not a SIP response code</source>
        <translation>Kein SIP-Antwortcode</translation>
    </message>
    <message>
        <source>Look up a SIP response code</source>
        <translation>SIP-Antwortcode nachschlagen</translation>
    </message>
    <message>
        <source>Type the number from the phone's display or the call log, such as 486, or describe the problem in your own words: “busy”, “wrong password”, “nobody answers”. Down or Enter moves into the list; every code explains what happened and what to check, and “Copy for ticket” puts a summary on the clipboard.</source>
        <translation>Geben Sie die Nummer vom Display des Telefons oder aus der Anrufliste ein, etwa 486, oder beschreiben Sie das Problem mit eigenen Worten: „besetzt“, „falsches Passwort“, „niemand nimmt ab“. Pfeil nach unten oder Eingabe wechselt in die Liste; jeder Code erklärt, was passiert ist und was zu prüfen ist, und „Für Ticket kopieren“ legt eine Zusammenfassung in die Zwischenablage.</translation>
    </message>
</context>
<context>
    <name>SipScope::CodeItemDelegate</name>
    <message>
        <source>unregistered</source>
        <translation>nicht registriert</translation>
    </message>
</context>
<context>
    <name>SipScope::CodesView</name>
    <message>
        <source>Search a code or your own words, e.g. 486 or “busy”</source>
        <translation>Code oder eigene Worte suchen, z. B. 486 oder „besetzt“</translation>
    </message>
    <message>
        <source>Search codes</source>
        <translation>Codes suchen</translation>
    </message>
    <message>
        <source>Type a number or words; Down or Enter moves into the list, Escape clears</source>
        <translation>Zahl oder Wörter eingeben; Pfeil nach unten oder Eingabe wechselt in die Liste, Escape leert</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Alle Klassen</translation>
    </message>
    <message>
        <source>Class filter</source>
        <translation>Klassenfilter</translation>
    </message>
    <message>
        <source>Show only one response class</source>
        <translation>Nur eine Antwortklasse zeigen</translation>
    </message>
    <message>
        <source>Unregistered</source>
        <translation>Nicht registriert</translation>
    </message>
    <message>
        <source>Also list codes that are not in the IANA registry but are seen in the field</source>
        <translation>Auch Codes auflisten, die nicht in der IANA-Registry stehen, aber in der Praxis vorkommen</translation>
    </message>
    <message>
        <source>Show unregistered codes</source>
        <translation>Nicht registrierte Codes zeigen</translation>
    </message>
    <message>
        <source>Response codes</source>
        <translation>Antwortcodes</translation>
    </message>
    <message>
        <source>Number of codes listed</source>
        <translation>Anzahl der aufgelisteten Codes</translation>
    </message>
    <message>
        <source>&amp;Explain Text…</source>
        <translation>Text &amp;erklären…</translation>
    </message>
    <message>
        <source>Paste a log line, a SIP response or a header and have every code in it explained (Ctrl+E)</source>
        <translation>Eine Log-Zeile, eine SIP-Antwort oder einen Header einfügen und jeden Code darin erklären lassen (Strg+E)</translation>
    </message>
    <message>
        <source>Explain text</source>
        <translation>Text erklären</translation>
    </message>
    <message>
        <source>No code matches “%1”</source>
        <translation>Kein Code passt zu „%1“</translation>
    </message>
    <message>
        <source>Try other words, or type the number, e.g. 486.</source>
        <translation>Versuchen Sie andere Wörter oder geben Sie die Nummer ein, z. B. 486.</translation>
    </message>
    <message>
        <source>Codes listed: %1</source>
        <translation>Aufgelistete Codes: %1</translation>
    </message>
    <message>
        <source>What the search recognised</source>
        <translation>Was die Suche erkannt hat</translation>
    </message>
    <message>
        <source>Codes listed: %1 (%2 strong matches above the line)</source>
        <translation>Aufgelistete Codes: %1 (%2 starke Treffer über der Linie)</translation>
    </message>
    <message>
        <source>&amp;Probe This Target</source>
        <translation>Dieses &amp;Ziel testen</translation>
    </message>
    <message>
        <source>Send SIP OPTIONS to this URI in the Probe view (Enter)</source>
        <translation>SIP OPTIONS an diese URI in der Ansicht Test senden (Eingabetaste)</translation>
    </message>
    <message>
        <source>Probe this target</source>
        <translation>Dieses Ziel testen</translation>
    </message>
    <message>
        <source>Explain This &amp;Text</source>
        <translation>Diesen Text erklä&amp;ren</translation>
    </message>
    <message>
        <source>Explain every code, cause and header in the pasted text (Enter)</source>
        <translation>Jeden Code, jede Cause und jeden Header im eingefügten Text erklären (Eingabetaste)</translation>
    </message>
    <message>
        <source>Explain this text</source>
        <translation>Diesen Text erklären</translation>
    </message>
    <message>
        <source>Offer for the pasted text</source>
        <translation>Angebot für den eingefügten Text</translation>
    </message>
</context>
<context>
    <name>SipScope::DiagnosisPanel</name>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>What is wrong, and where</source>
        <translation>Was ist falsch, und wo</translation>
    </message>
    <message>
        <source>Where the status comes from</source>
        <translation>Woher der Status kommt</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>NAT and SIP ALG</source>
        <translation>NAT und SIP-ALG</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Pfad:</translation>
    </message>
    <message>
        <source>ALG sign: %1</source>
        <translation>ALG-Anzeichen: %1</translation>
    </message>
    <message>
        <source>Compared with an answer that SipScope could not accept because it was altered.</source>
        <translation>Verglichen mit einer Antwort, die SipScope nicht annehmen konnte, weil sie verändert war.</translation>
    </message>
</context>
<context>
    <name>SipScope::Dns</name>
    <message>
        <source>No DNS server to ask.</source>
        <translation>Kein DNS-Server zum Fragen.</translation>
    </message>
    <message>
        <source>The DNS server is not an IP address with a port, e.g. 127.0.0.1:5353.</source>
        <translation>Der DNS-Server ist keine IP-Adresse mit Port, z. B. 127.0.0.1:5353.</translation>
    </message>
    <message>
        <source>the answer was truncated and TCP failed (%1); using its complete records</source>
        <translation>die Antwort war abgeschnitten und TCP schlug fehl (%1); ihre vollständigen Einträge werden verwendet</translation>
    </message>
    <message>
        <source>the answer was truncated and the one over TCP was unusable (%1); using the truncated one's complete records</source>
        <translation>die Antwort war abgeschnitten und die über TCP unbrauchbar (%1); die vollständigen Einträge der abgeschnittenen werden verwendet</translation>
    </message>
    <message numerus="yes">
        <source>no answer from %1 after %n try(s)</source>
        <translation>
            <numerusform>keine Antwort von %1 nach %n Versuch</numerusform>
            <numerusform>keine Antwort von %1 nach %n Versuchen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n datagram(s) ignored</source>
        <translation>
            <numerusform>%n Datagramm ignoriert</numerusform>
            <numerusform>%n Datagramme ignoriert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at offset %2.</source>
        <translation>%1 bei Offset %2.</translation>
    </message>
    <message>
        <source>A name runs past the end of the message</source>
        <translation>Ein Name reicht über das Ende der Nachricht hinaus</translation>
    </message>
    <message>
        <source>A compression pointer runs past the end of the message</source>
        <translation>Ein Kompressionszeiger reicht über das Ende der Nachricht hinaus</translation>
    </message>
    <message>
        <source>A compression pointer points forward (to %1)</source>
        <translation>Ein Kompressionszeiger zeigt nach vorn (auf %1)</translation>
    </message>
    <message>
        <source>Compression pointers form a loop</source>
        <translation>Kompressionszeiger bilden eine Schleife</translation>
    </message>
    <message>
        <source>A label has the reserved type %1</source>
        <translation>Ein Label hat den reservierten Typ %1</translation>
    </message>
    <message>
        <source>A label runs past the end of the message</source>
        <translation>Ein Label reicht über das Ende der Nachricht hinaus</translation>
    </message>
    <message>
        <source>A name is longer than 255 octets</source>
        <translation>Ein Name ist länger als 255 Oktette</translation>
    </message>
    <message>
        <source>A character-string runs past the end of its record</source>
        <translation>Eine Zeichenkette reicht über das Ende ihres Eintrags hinaus</translation>
    </message>
    <message>
        <source>A question runs past the end of the message</source>
        <translation>Eine Frage reicht über das Ende der Nachricht hinaus</translation>
    </message>
    <message>
        <source>A record runs past the end of the message</source>
        <translation>Ein Eintrag reicht über das Ende der Nachricht hinaus</translation>
    </message>
    <message>
        <source>Record data runs past the end of the message</source>
        <translation>Eintragsdaten reichen über das Ende der Nachricht hinaus</translation>
    </message>
    <message>
        <source>A %1 record has %2 octets of data instead of %3</source>
        <translation>Ein %1-Eintrag hat %2 Oktette Daten statt %3</translation>
    </message>
    <message>
        <source>The name in a %1 record does not end where its data ends</source>
        <translation>Der Name in einem %1-Eintrag endet nicht dort, wo seine Daten enden</translation>
    </message>
    <message>
        <source>An SRV record is too short (%1 octets)</source>
        <translation>Ein SRV-Eintrag ist zu kurz (%1 Oktette)</translation>
    </message>
    <message>
        <source>A NAPTR record is too short (%1 octets)</source>
        <translation>Ein NAPTR-Eintrag ist zu kurz (%1 Oktette)</translation>
    </message>
    <message>
        <source>A DNS message needs a 12-octet header; this one has %1 octets.</source>
        <translation>Eine DNS-Nachricht braucht einen 12 Oktette langen Header; diese hat %1 Oktette.</translation>
    </message>
    <message>
        <source>There is no name to look up.</source>
        <translation>Es gibt keinen Namen zum Nachschlagen.</translation>
    </message>
    <message>
        <source>%1 is not a valid DNS name.</source>
        <translation>%1 ist kein gültiger DNS-Name.</translation>
    </message>
    <message>
        <source>%1 has an empty label.</source>
        <translation>%1 hat ein leeres Label.</translation>
    </message>
    <message>
        <source>%1 has a label longer than 63 octets.</source>
        <translation>%1 hat ein Label, das länger als 63 Oktette ist.</translation>
    </message>
    <message>
        <source>%1 is longer than 255 octets.</source>
        <translation>%1 ist länger als 255 Oktette.</translation>
    </message>
    <message>
        <source>No DNS server was given.</source>
        <translation>Es wurde kein DNS-Server angegeben.</translation>
    </message>
    <message>
        <source>%1: the closing "]" is missing.</source>
        <translation>%1: die schließende „]“ fehlt.</translation>
    </message>
    <message>
        <source>%1: a port must follow "]:".</source>
        <translation>%1: nach „]:“ muss ein Port folgen.</translation>
    </message>
    <message>
        <source>%1: the port after ":" is missing.</source>
        <translation>%1: der Port nach „:“ fehlt.</translation>
    </message>
    <message>
        <source>%1 is not an IP address; give the DNS server as an address, e.g. 127.0.0.1:5353 or [::1]:53.</source>
        <translation>%1 ist keine IP-Adresse; geben Sie den DNS-Server als Adresse an, z. B. 127.0.0.1:5353 oder [::1]:53.</translation>
    </message>
    <message>
        <source>%1 is not a port (1 to 65535).</source>
        <translation>%1 ist kein Port (1 bis 65535).</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>On this system SipScope does not know the DNS servers; give one with --dns-server.</source>
        <translation>Auf diesem System kennt SipScope die DNS-Server nicht; geben Sie einen mit --dns-server an.</translation>
    </message>
</context>
<context>
    <name>SipScope::DualStackPanel</name>
    <message>
        <source>IPv4 and IPv6</source>
        <translation>IPv4 und IPv6</translation>
    </message>
    <message>
        <source>Dual-stack verdict</source>
        <translation>Dual-Stack-Bewertung</translation>
    </message>
    <message>
        <source>Probing over IPv4 and over IPv6 at once…</source>
        <translation>Prüfung über IPv4 und über IPv6 gleichzeitig…</translation>
    </message>
    <message>
        <source>Tick Tools → Probe IPv4 and IPv6 Separately, then send: the target is probed once over IPv4 only and once over IPv6 only.</source>
        <translation>Aktivieren Sie Werkzeuge → IPv4 und IPv6 getrennt prüfen und senden Sie dann: Das Ziel wird einmal nur über IPv4 und einmal nur über IPv6 geprüft.</translation>
    </message>
    <message>
        <source>%1: not published (%2)</source>
        <translation>%1: nicht veröffentlicht (%2)</translation>
    </message>
    <message>
        <source>%1: %2 %3 from %4 in %5 ms</source>
        <translation>%1: %2 %3 von %4 in %5 ms</translation>
    </message>
    <message>
        <source>%1: no answer: %2 (%3)</source>
        <translation>%1: keine Antwort: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>SipScope::ExplainDialog</name>
    <message>
        <source>Explain Text</source>
        <translation>Text erklären</translation>
    </message>
    <message>
        <source>&amp;Text to explain: a log line, a whole SIP response, a Reason or Warning header</source>
        <translation>&amp;Text zum Erklären: eine Log-Zeile, eine ganze SIP-Antwort, ein Reason- oder Warning-Header</translation>
    </message>
    <message>
        <source>Text to explain</source>
        <translation>Text zum Erklären</translation>
    </message>
    <message>
        <source>Status lines, Reason, Warning and Retry-After headers and codes in this text are explained below</source>
        <translation>Statuszeilen, Reason-, Warning- und Retry-After-Header und Codes in diesem Text werden unten erklärt</translation>
    </message>
    <message>
        <source>&amp;Paste from Clipboard</source>
        <translation>Aus Zwischenablage &amp;einfügen</translation>
    </message>
    <message>
        <source>Replace the text with the clipboard's and explain it</source>
        <translation>Den Text durch den Inhalt der Zwischenablage ersetzen und erklären</translation>
    </message>
    <message>
        <source>Paste from clipboard</source>
        <translation>Aus Zwischenablage einfügen</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Remove the text</source>
        <translation>Den Text entfernen</translation>
    </message>
    <message>
        <source>Clear the text</source>
        <translation>Text leeren</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Every status, Reason, Warning and Retry-After found in the text, explained</source>
        <translation>Jeder im Text gefundene Status, Reason, Warning und Retry-After, erklärt</translation>
    </message>
</context>
<context>
    <name>SipScope::Explainer</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1: not a SIP response code</source>
        <translation>%1: kein SIP-Antwortcode</translation>
    </message>
    <message>
        <source>SIP response codes run from 100 to 699; a receiver rejects anything else as a malformed message (RFC 3261 §7.2).</source>
        <translation>SIP-Antwortcodes reichen von 100 bis 699; alles andere weist ein Empfänger als fehlerhafte Nachricht zurück (RFC 3261 §7.2).</translation>
    </message>
    <message>
        <source>%1 is not a registered code: a receiver treats it as %2 %3 (RFC 3261 §8.1.3.2).</source>
        <translation>%1 ist kein registrierter Code: Ein Empfänger behandelt ihn wie %2 %3 (RFC 3261 §8.1.3.2).</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry: %2.</source>
        <translation>%1 steht nicht in der IANA-Registry: %2.</translation>
    </message>
    <message>
        <source>"%1" is a phrase some equipment sends for %2; the registered phrase is "%3".</source>
        <translation>„%1“ ist eine Phrase, die manche Geräte für %2 senden; die registrierte Phrase ist „%3“.</translation>
    </message>
    <message>
        <source>The phrase "%1" differs from the registered "%2": only the code counts (RFC 3261 §21).</source>
        <translation>Die Phrase „%1“ weicht von der registrierten „%2“ ab: Nur der Code zählt (RFC 3261 §21).</translation>
    </message>
    <message>
        <source>A Reason header tells why a request or call ended (RFC 3326); it is not the status of the message that carries it.</source>
        <translation>Ein Reason-Header gibt an, warum eine Anfrage oder ein Anruf endete (RFC 3326); er ist nicht der Status der Nachricht, die ihn trägt.</translation>
    </message>
    <message>
        <source>SIP cause 200 usually comes in a CANCEL: the call was answered on another device, so this one stopped ringing ("Call completed elsewhere").</source>
        <translation>SIP-Cause 200 kommt meist in einem CANCEL: Der Anruf wurde an einem anderen Gerät angenommen, daher hat dieses aufgehört zu klingeln („Call completed elsewhere“).</translation>
    </message>
    <message>
        <source>Q.850 cause %1</source>
        <translation>Q.850-Cause %1</translation>
    </message>
    <message>
        <source>Q.850 cause %1: %2</source>
        <translation>Q.850-Cause %1: %2</translation>
    </message>
    <message>
        <source>Q.850 cause values run from 1 to 127; this one is not a valid cause.</source>
        <translation>Q.850-Cause-Werte reichen von 1 bis 127; dieser ist keine gültige Cause.</translation>
    </message>
    <message>
        <source>Normal call clearing: one side hung up and the call ended normally. It is not an error; RFC 3398 maps it to no response code (the call ends with BYE or CANCEL).</source>
        <translation>Normale Auslösung: Eine Seite hat aufgelegt und der Anruf wurde normal beendet. Das ist kein Fehler; RFC 3398 ordnet ihr keinen Antwortcode zu (der Anruf endet mit BYE oder CANCEL).</translation>
    </message>
    <message>
        <source>SipScope has no description of this cause.</source>
        <translation>SipScope hat keine Beschreibung dieser Cause.</translation>
    </message>
    <message>
        <source>A gateway turns it into SIP %1 %2 (RFC 3398 §7.2.4.1): %3</source>
        <translation>Ein Gateway macht daraus SIP %1 %2 (RFC 3398 §7.2.4.1): %3</translation>
    </message>
    <message>
        <source>RFC 3398 maps it to %1 %2 instead when the release message carries a diagnostic (the new number).</source>
        <translation>RFC 3398 ordnet sie stattdessen %1 %2 zu, wenn die Release-Nachricht eine Diagnose (die neue Rufnummer) enthält.</translation>
    </message>
    <message>
        <source>Warning %1: %2</source>
        <translation>Warning %1: %2</translation>
    </message>
    <message>
        <source>Warning %1</source>
        <translation>Warning %1</translation>
    </message>
    <message>
        <source>Not a registered warn-code; read the warn-text for what the sender meant.</source>
        <translation>Kein registrierter warn-code; lesen Sie im warn-text, was der Absender gemeint hat.</translation>
    </message>
    <message>
        <source>Not a SIP warn-code: SIP uses codes from 300 to 399 (RFC 3261 §20.43).</source>
        <translation>Kein SIP-warn-code: SIP verwendet Codes von 300 bis 399 (RFC 3261 §20.43).</translation>
    </message>
    <message>
        <source>Text from %1: "%2"</source>
        <translation>Text von %1: „%2“</translation>
    </message>
    <message>
        <source>Retry after %1</source>
        <translation>Erneut versuchen nach %1</translation>
    </message>
    <message>
        <source>The server says the request may be repeated right away.</source>
        <translation>Der Server gibt an, dass die Anfrage sofort wiederholt werden darf.</translation>
    </message>
    <message>
        <source>The server asks the client to wait %1 before trying again (RFC 3261 §20.33).</source>
        <translation>Der Server bittet den Client, %1 zu warten, bevor er es erneut versucht (RFC 3261 §20.33).</translation>
    </message>
    <message>
        <source>The server asks the client to wait %1 (%2 s) before trying again (RFC 3261 §20.33).</source>
        <translation>Der Server bittet den Client, %1 (%2 s) zu warten, bevor er es erneut versucht (RFC 3261 §20.33).</translation>
    </message>
    <message>
        <source>After that, it expects to be available for %1.</source>
        <translation>Danach erwartet er, für %1 verfügbar zu sein.</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Kommentar: %1</translation>
    </message>
    <message>
        <source>status line</source>
        <translation>Statuszeile</translation>
    </message>
    <message>
        <source>SIP Reason header</source>
        <translation>SIP-Reason-Header</translation>
    </message>
    <message>
        <source>Q.850 Reason header</source>
        <translation>Q.850-Reason-Header</translation>
    </message>
    <message>
        <source>Warning header</source>
        <translation>Warning-Header</translation>
    </message>
    <message>
        <source>Retry-After header</source>
        <translation>Retry-After-Header</translation>
    </message>
    <message>
        <source>response code</source>
        <translation>Antwortcode</translation>
    </message>
    <message>
        <source>Q.850 cause</source>
        <translation>Q.850-Cause</translation>
    </message>
</context>
<context>
    <name>SipScope::ExporterService</name>
    <message>
        <source>The configuration cannot be read again.</source>
        <translation>Die Konfiguration lässt sich nicht erneut lesen.</translation>
    </message>
    <message>
        <source>Reload failed, the previous configuration stays: %1</source>
        <translation>Neuladen fehlgeschlagen, die bisherige Konfiguration bleibt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Configuration reloaded: %n module(s)</source>
        <translation>
            <numerusform>Konfiguration neu geladen: %n Modul</numerusform>
            <numerusform>Konfiguration neu geladen: %n Module</numerusform>
        </translation>
    </message>
    <message>
        <source>Configuration reloaded.</source>
        <translation>Konfiguration neu geladen.</translation>
    </message>
    <message>
        <source>The configuration was not reloaded, the previous one stays: %1</source>
        <translation>Die Konfiguration wurde nicht neu geladen, die bisherige bleibt: %1</translation>
    </message>
    <message>
        <source>Nothing here: try /probe?target=…&amp;module=…, /metrics or /.</source>
        <translation>Hier ist nichts: versuchen Sie /probe?target=…&amp;module=…, /metrics oder /.</translation>
    </message>
    <message>
        <source>The target parameter is missing: /probe?target=sip:host&amp;module=NAME.</source>
        <translation>Der Parameter target fehlt: /probe?target=sip:host&amp;module=NAME.</translation>
    </message>
    <message>
        <source>The module parameter is missing; the configured modules are: %1.</source>
        <translation>Der Parameter module fehlt; konfiguriert sind: %1.</translation>
    </message>
    <message>
        <source>Unknown module "%1"; the configured modules are: %2.</source>
        <translation>Unbekanntes Modul "%1"; konfiguriert sind: %2.</translation>
    </message>
    <message>
        <source>The target "%1" is not valid: %2</source>
        <translation>Das Ziel "%1" ist ungültig: %2</translation>
    </message>
    <message>
        <source>The target host %1 is not in the configuration's allow list; nothing was sent.</source>
        <translation>Der Zielhost %1 steht nicht in der allow-Liste der Konfiguration; es wurde nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n probe(s) are running already, the configured maximum; try again later.</source>
        <translation>
            <numerusform>%n Test läuft bereits, das konfigurierte Maximum; versuchen Sie es später erneut.</numerusform>
            <numerusform>%n Tests laufen bereits, das konfigurierte Maximum; versuchen Sie es später erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>X-Prometheus-Scrape-Timeout-Seconds is not a positive number of seconds: "%1".</source>
        <translation>X-Prometheus-Scrape-Timeout-Seconds ist keine positive Zahl von Sekunden: "%1".</translation>
    </message>
    <message>
        <source>Metrics:</source>
        <translation>Metriken:</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Recent probes</source>
        <translation>Letzte Tests</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <source>previous answer (%1)</source>
        <translation>vorige Antwort (%1)</translation>
    </message>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>Fehlschlag</translation>
    </message>
    <message>
        <source>failure: %1</source>
        <translation>Fehlschlag: %1</translation>
    </message>
    <message>
        <source>debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <source>This path answers %1 only.</source>
        <translation>Dieser Pfad beantwortet nur %1.</translation>
    </message>
</context>
<context>
    <name>SipScope::HttpServer</name>
    <message>
        <source>The request did not arrive in time.</source>
        <translation>Die Anfrage kam nicht rechtzeitig an.</translation>
    </message>
</context>
<context>
    <name>SipScope::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Language of the interface and of the code explanations</source>
        <translation>Sprache der Oberfläche und der Code-Erklärungen</translation>
    </message>
    <message>
        <source>System Default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>Follow the language of the operating system</source>
        <translation>Der Sprache des Betriebssystems folgen</translation>
    </message>
</context>
<context>
    <name>SipScope::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Find Code…</source>
        <translation>Code &amp;suchen…</translation>
    </message>
    <message>
        <source>Search the response codes</source>
        <translation>Die Antwortcodes durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Codes</source>
        <translation>&amp;Codes</translation>
    </message>
    <message>
        <source>&amp;Probe</source>
        <translation>&amp;Test</translation>
    </message>
    <message>
        <source>Clear Target &amp;History</source>
        <translation>Ziel&amp;verlauf löschen</translation>
    </message>
    <message>
        <source>&amp;About SipScope</source>
        <translation>Ü&amp;ber SipScope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Look up SIP response codes (Ctrl+1)</source>
        <translation>SIP-Antwortcodes nachschlagen (Strg+1)</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Send SIP OPTIONS to a server (Ctrl+2)</source>
        <translation>SIP OPTIONS an einen Server senden (Strg+2)</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>&amp;Monitor</source>
        <translation>&amp;Monitor</translation>
    </message>
    <message>
        <source>&amp;Responder</source>
        <translation>&amp;Responder</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <source>Watch many SIP servers at once (Ctrl+3)</source>
        <translation>Viele SIP-Server gleichzeitig überwachen (Strg+3)</translation>
    </message>
    <message>
        <source>Responder</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Answer SIP requests with a chosen code (Ctrl+4)</source>
        <translation>SIP-Anfragen mit einem gewählten Code beantworten (Strg+4)</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Sprache: %1</translation>
    </message>
</context>
<context>
    <name>SipScope::Monitor</name>
    <message>
        <source>keychain entry "%1": %2</source>
        <translation>Schlüsselbund-Eintrag „%1“: %2</translation>
    </message>
</context>
<context>
    <name>SipScope::MonitorModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>RTT</source>
        <translation>RTT</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>Zertifikat: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · certificate %n day(s)</source>
        <translation>
            <numerusform>%1 · Zertifikat %n Tag</numerusform>
            <numerusform>%1 · Zertifikat %n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SipScope::MonitorView</name>
    <message>
        <source>sip:pbx.example.com, 10.0.0.5:5070, …</source>
        <translation>sip:pbx.example.com, 10.0.0.5:5070, …</translation>
    </message>
    <message>
        <source>Target to add</source>
        <translation>Hinzuzufügendes Ziel</translation>
    </message>
    <message>
        <source>Label (optional)</source>
        <translation>Bezeichnung (optional)</translation>
    </message>
    <message>
        <source>Label of the target</source>
        <translation>Bezeichnung des Ziels</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>every </source>
        <translation>alle </translation>
    </message>
    <message>
        <source>Probe interval in seconds</source>
        <translation>Prüfintervall in Sekunden</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Filter by label, target or status</source>
        <translation>Nach Bezeichnung, Ziel oder Status filtern</translation>
    </message>
    <message>
        <source>Filter targets</source>
        <translation>Ziele filtern</translation>
    </message>
    <message>
        <source>&amp;Load…</source>
        <translation>&amp;Laden…</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>Desktop-Benachrichtigungen</translation>
    </message>
    <message>
        <source>Announce state changes through the system tray</source>
        <translation>Statusänderungen über den Infobereich melden</translation>
    </message>
    <message>
        <source>No system tray is available on this desktop</source>
        <translation>In dieser Arbeitsumgebung ist kein Infobereich verfügbar</translation>
    </message>
    <message>
        <source>Monitored targets</source>
        <translation>Überwachte Ziele</translation>
    </message>
    <message>
        <source>State changes</source>
        <translation>Statusänderungen</translation>
    </message>
    <message>
        <source>State changes appear here with their time.</source>
        <translation>Statusänderungen erscheinen hier mit ihrer Uhrzeit.</translation>
    </message>
    <message numerus="yes">
        <source>Monitoring %n target(s)</source>
        <translation>
            <numerusform>%n Ziel wird überwacht</numerusform>
            <numerusform>%n Ziele werden überwacht</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2: %3 — %4</source>
        <translation>%1  %2: %3 — %4</translation>
    </message>
    <message>
        <source>SipScope: %1</source>
        <translation>SipScope: %1</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n target(s)</source>
        <translation>
            <numerusform>%n Ziel geladen</numerusform>
            <numerusform>%n Ziele geladen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Load Target List</source>
        <translation>Zielliste laden</translation>
    </message>
    <message>
        <source>Target lists (*.json *.txt);;All files (*)</source>
        <translation>Ziellisten (*.json *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save Target List</source>
        <translation>Zielliste speichern</translation>
    </message>
    <message>
        <source>Target lists (*.json)</source>
        <translation>Ziellisten (*.json)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Export Results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>No result yet for this target.</source>
        <translation>Noch kein Ergebnis für dieses Ziel.</translation>
    </message>
    <message>
        <source>Last result of %1</source>
        <translation>Letztes Ergebnis von %1</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>S&amp;ave…</source>
        <translation>Spei&amp;chern…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
</context>
<context>
    <name>SipScope::NatBindingTrial</name>
    <message>
        <source>It answered %1 %2 without accepting a %3 header.</source>
        <translation>Sie hat %1 %2 geantwortet, ohne einen %3-Header zu akzeptieren.</translation>
    </message>
    <message>
        <source>The socket closed after the answer.</source>
        <translation>Der Socket wurde nach der Antwort geschlossen.</translation>
    </message>
</context>
<context>
    <name>SipScope::OptionsProbe</name>
    <message>
        <source>from the URI parameter ;transport=%1</source>
        <translation>aus dem URI-Parameter ;transport=%1</translation>
    </message>
    <message>
        <source>sips: over TCP means TLS</source>
        <translation>sips: über TCP bedeutet TLS</translation>
    </message>
    <message>
        <source>sips: requires TLS</source>
        <translation>sips: erfordert TLS</translation>
    </message>
    <message>
        <source>default for sip: URIs</source>
        <translation>Standard für sip:-URIs</translation>
    </message>
    <message>
        <source>Target %1 over %2 (%3)</source>
        <translation>Ziel %1 über %2 (%3)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The probe was cancelled.</source>
        <translation>Der Test wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Check the spelling of the name and the DNS server.</source>
        <translation>Prüfen Sie die Schreibweise des Namens und den DNS-Server.</translation>
    </message>
    <message>
        <source>from the SRV record %1 (priority %2, weight %3)</source>
        <translation>aus dem SRV-Eintrag %1 (Priorität %2, Gewicht %3)</translation>
    </message>
    <message>
        <source>RFC 3263 §4.1 for this URI</source>
        <translation>RFC 3263 §4.1 für diese URI</translation>
    </message>
    <message>
        <source>Trying %1</source>
        <translation>Versuch mit %1</translation>
    </message>
    <message>
        <source>(%1 from SRV %2)</source>
        <translation>(%1 aus SRV %2)</translation>
    </message>
    <message>
        <source>(an address of %1)</source>
        <translation>(eine Adresse von %1)</translation>
    </message>
    <message>
        <source>— target %1 of %2</source>
        <translation>— Ziel %1 von %2</translation>
    </message>
    <message>
        <source>The %1 transport is not supported yet; use UDP, TCP or TLS.</source>
        <translation>Der Transport %1 wird noch nicht unterstützt; verwenden Sie UDP, TCP oder TLS.</translation>
    </message>
    <message>
        <source>Local address %1</source>
        <translation>Lokale Adresse %1</translation>
    </message>
    <message>
        <source>%1 failed (%2): %3 Trying the next target (RFC 3263 §4.3).</source>
        <translation>%1 fehlgeschlagen (%2): %3 Das nächste Ziel wird versucht (RFC 3263 §4.3).</translation>
    </message>
    <message>
        <source>None of the %1 targets could be used; the one that got furthest failed: %2</source>
        <translation>Keines der %1 Ziele war verwendbar; das am weitesten gekommene ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Reconnecting to send the answer</source>
        <translation>Neuer Verbindungsaufbau, um die Antwort zu senden</translation>
    </message>
    <message>
        <source>Sent OPTIONS to %1 (%2 bytes)</source>
        <translation>OPTIONS an %1 gesendet (%2 Bytes)</translation>
    </message>
    <message>
        <source>Retransmission %1 (Timer E)</source>
        <translation>Sendewiederholung %1 (Timer E)</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>Ignored %1: %2</source>
        <translation>%1 ignoriert: %2</translation>
    </message>
    <message>
        <source>Timer F expired after %1 s</source>
        <translation>Timer F nach %1 s abgelaufen</translation>
    </message>
    <message>
        <source>No final response from %1 within %2 s over %3: the server accepted the connection but did not answer.</source>
        <translation>Keine endgültige Antwort von %1 innerhalb von %2 s über %3: Der Server hat die Verbindung angenommen, aber nicht geantwortet.</translation>
    </message>
    <message numerus="yes">
        <source>No final response from %1 within %2 s (%n retransmission(s)): a firewall may drop the packets, or nothing answers SIP there.</source>
        <translation>
            <numerusform>Keine endgültige Antwort von %1 innerhalb von %2 s (%n Sendewiederholung): Eine Firewall verwirft möglicherweise die Pakete, oder dort antwortet nichts auf SIP.</numerusform>
            <numerusform>Keine endgültige Antwort von %1 innerhalb von %2 s (%n Sendewiederholungen): Eine Firewall verwirft möglicherweise die Pakete, oder dort antwortet nichts auf SIP.</numerusform>
        </translation>
    </message>
    <message>
        <source>Received %1 %2</source>
        <translation>%1 %2 empfangen</translation>
    </message>
    <message>
        <source>No resolution: the target %1 was given</source>
        <translation>Keine Auflösung: Das Ziel %1 wurde direkt angegeben</translation>
    </message>
    <message>
        <source>%1 Sending the answer again over a new connection.</source>
        <translation>%1 Die Antwort wird über eine neue Verbindung erneut gesendet.</translation>
    </message>
    <message>
        <source>chosen explicitly</source>
        <translation>ausdrücklich gewählt</translation>
    </message>
    <message>
        <source>Keep-alive pings cancelled</source>
        <translation>Keep-alive-Pings abgebrochen</translation>
    </message>
    <message>
        <source>Keep-alive ping %1: pong after %2 ms</source>
        <translation>Keep-alive-Ping %1: Pong nach %2 ms</translation>
    </message>
    <message>
        <source>Keep-alive ping %1: no pong</source>
        <translation>Keep-alive-Ping %1: kein Pong</translation>
    </message>
    <message>
        <source>from the NAPTR record %1 and the SRV record %2 (priority %3, weight %4)</source>
        <translation>aus dem NAPTR-Eintrag %1 und dem SRV-Eintrag %2 (Priorität %3, Gewicht %4)</translation>
    </message>
</context>
<context>
    <name>SipScope::ProbeAuthenticator</name>
    <message>
        <source>Challenge in %1 %2: %3</source>
        <translation>Challenge in %1 %2: %3</translation>
    </message>
    <message>
        <source>The server asks for authentication (%1); give a user name and a password to answer it.</source>
        <translation>Der Server verlangt eine Authentifizierung (%1); geben Sie Benutzername und Passwort an, um sie zu beantworten.</translation>
    </message>
    <message>
        <source>The server asks for authentication (%1), but with no challenge SipScope can answer: %2</source>
        <translation>Der Server verlangt eine Authentifizierung (%1), aber ohne eine Challenge, die SipScope beantworten kann: %2</translation>
    </message>
    <message>
        <source>Credentials rejected: the server answered our authenticated request with %1 again. Check the user name, the authentication user name and the password.</source>
        <translation>Zugangsdaten abgelehnt: Der Server hat unsere authentifizierte Anfrage erneut mit %1 beantwortet. Prüfen Sie Benutzername, Authentifizierungs-Benutzername und Passwort.</translation>
    </message>
    <message>
        <source>Credentials rejected: the server kept challenging (%1) after %2 requests.</source>
        <translation>Zugangsdaten abgelehnt: Der Server hat nach %2 Anfragen weiterhin Challenges gesendet (%1).</translation>
    </message>
    <message>
        <source>Answering as "%1" with %2</source>
        <translation>Antwort als „%1“ mit %2</translation>
    </message>
    <message>
        <source>(the nonce was stale: one fresh try)</source>
        <translation>(die Nonce war veraltet: ein neuer Versuch)</translation>
    </message>
    <message>
        <source>in a new request: CSeq %1, same Call-ID and From tag, new branch</source>
        <translation>in einer neuen Anfrage: CSeq %1, gleiche Call-ID und gleiches From-Tag, neuer Branch</translation>
    </message>
</context>
<context>
    <name>SipScope::ProbeDetailTabs</name>
    <message>
        <source>Raw messages copied</source>
        <translation>Rohdaten der Nachrichten kopiert</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Rohdaten</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Probe details</source>
        <translation>Testdetails</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Antwort-Header</translation>
    </message>
    <message>
        <source>Raw request and response</source>
        <translation>Rohdaten von Anfrage und Antwort</translation>
    </message>
    <message>
        <source>Copy raw</source>
        <translation>Rohdaten kopieren</translation>
    </message>
    <message>
        <source>Copy the raw messages</source>
        <translation>Die Rohdaten der Nachrichten kopieren</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Timeline of the transaction</source>
        <translation>Zeitleiste der Transaktion</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>The request and the response appear here after a probe.</source>
        <translation>Anfrage und Antwort erscheinen hier nach einem Test.</translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>Anfrage gesendet</translation>
    </message>
    <message>
        <source>Response received</source>
        <translation>Antwort empfangen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>SipScope::ProbeDiagnostics</name>
    <message>
        <source>All targets</source>
        <translation>Alle Ziele</translation>
    </message>
    <message>
        <source>Probe &amp;All Targets</source>
        <translation>&amp;Alle Ziele prüfen</translation>
    </message>
    <message>
        <source>Also probe every server behind the name at once (each SRV target and address)</source>
        <translation>Zusätzlich jeden Server hinter dem Namen gleichzeitig prüfen (jedes SRV-Ziel und jede Adresse)</translation>
    </message>
    <message>
        <source>Trace &amp;Route…</source>
        <translation>&amp;Route verfolgen…</translation>
    </message>
    <message>
        <source>Follow the SIP path to the target hop by hop (Max-Forwards 0, 1, 2 …)</source>
        <translation>Dem SIP-Pfad zum Ziel Hop für Hop folgen (Max-Forwards 0, 1, 2 …)</translation>
    </message>
    <message>
        <source>IPv4 / IPv6</source>
        <translation>IPv4 / IPv6</translation>
    </message>
    <message>
        <source>Probe &amp;IPv4 and IPv6 Separately</source>
        <translation>&amp;IPv4 und IPv6 getrennt prüfen</translation>
    </message>
    <message>
        <source>Also probe the target once over IPv4 only and once over IPv6 only, and say which works (e.g. IPv6 broken, IPv4 fine)</source>
        <translation>Das Ziel zusätzlich einmal nur über IPv4 und einmal nur über IPv6 prüfen und sagen, was funktioniert (z. B. IPv6 gestört, IPv4 in Ordnung)</translation>
    </message>
</context>
<context>
    <name>SipScope::ProbeForm</name>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Send Probe</source>
        <translation>Test &amp;senden</translation>
    </message>
    <message>
        <source>Send SIP OPTIONS to the target (Enter in the target field)</source>
        <translation>SIP OPTIONS an das Ziel senden (Eingabe im Zielfeld)</translation>
    </message>
    <message>
        <source>S&amp;top Probe</source>
        <translation>Test s&amp;toppen</translation>
    </message>
    <message>
        <source>sip:pbx.example.com, 192.0.2.10:5060, [2001:db8::1]</source>
        <translation>sip:pbx.example.com, 192.0.2.10:5060, [2001:db8::1]</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>A host, host:port or SIP URI; earlier targets are in the drop-down</source>
        <translation>Ein Host, Host:Port oder eine SIP-URI; frühere Ziele stehen in der Auswahlliste</translation>
    </message>
    <message>
        <source>T&amp;ransport:</source>
        <translation>T&amp;ransport:</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Auto follows the URI: ;transport=, sips: means TLS, otherwise UDP</source>
        <translation>Auto folgt der URI: ;transport=, sips: bedeutet TLS, sonst UDP</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>T&amp;imeout:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Timeout in Sekunden</translation>
    </message>
    <message>
        <source>How long to wait for a final response (Timer F)</source>
        <translation>Wie lange auf eine endgültige Antwort gewartet wird (Timer F)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>Sto&amp;ppen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Probe running</source>
        <translation>Test läuft</translation>
    </message>
    <message>
        <source>Repeat mode</source>
        <translation>Wiederholungsmodus</translation>
    </message>
    <message>
        <source>Send several probes one after the other and collect statistics</source>
        <translation>Mehrere Tests nacheinander senden und eine Statistik erstellen</translation>
    </message>
    <message>
        <source>Co&amp;unt:</source>
        <translation>A&amp;nzahl:</translation>
    </message>
    <message>
        <source>Number of probes</source>
        <translation>Anzahl der Tests</translation>
    </message>
    <message>
        <source>Interval between probes in seconds</source>
        <translation>Abstand zwischen den Tests in Sekunden</translation>
    </message>
    <message>
        <source>Authentication and TLS</source>
        <translation>Authentifizierung und TLS</translation>
    </message>
    <message>
        <source>Show authentication and TLS options</source>
        <translation>Optionen für Authentifizierung und TLS zeigen</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Remember</source>
        <translation>Merken</translation>
    </message>
    <message>
        <source>Remember the password</source>
        <translation>Passwort merken</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA-Datei:</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>CA-Zertifikatsdatei wählen</translation>
    </message>
    <message>
        <source>Allow insecure</source>
        <translation>Unsichere Verbindung erlauben</translation>
    </message>
    <message>
        <source>Allow an unverified TLS certificate</source>
        <translation>Ein nicht verifiziertes TLS-Zertifikat erlauben</translation>
    </message>
    <message>
        <source>Answer a 401/407 digest challenge as this user (also the From user)</source>
        <translation>Eine 401/407-Digest-Challenge als dieser Benutzer beantworten (auch der From-Benutzer)</translation>
    </message>
    <message>
        <source>TLS: also trust the CA certificates in this PEM file</source>
        <translation>TLS: zusätzlich den CA-Zertifikaten in dieser PEM-Datei vertrauen</translation>
    </message>
    <message>
        <source>TLS: go on when the certificate cannot be verified; the result says so</source>
        <translation>TLS: fortfahren, wenn das Zertifikat nicht verifiziert werden kann; das Ergebnis weist darauf hin</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>Repe&amp;at</source>
        <translation>Wiederh&amp;olen</translation>
    </message>
    <message>
        <source>Ever&amp;y:</source>
        <translation>Abs&amp;tand:</translation>
    </message>
    <message>
        <source>Send 3 keep-alive pings after the answer</source>
        <translation>Nach der Antwort 3 Keep-alive-Pings senden</translation>
    </message>
    <message>
        <source>Send keep-alive pings after the answer</source>
        <translation>Nach der Antwort Keep-alive-Pings senden</translation>
    </message>
    <message>
        <source>TCP and TLS: a double CRLF, answered by a CRLF pong (RFC 5626); WebSocket: a Ping frame. The result shows each pong's round trip, or that none came.</source>
        <translation>TCP und TLS: ein doppeltes CRLF, beantwortet mit einem CRLF-Pong (RFC 5626); WebSocket: ein Ping-Frame. Das Ergebnis zeigt die Umlaufzeit jedes Pongs, oder dass keiner kam.</translation>
    </message>
    <message>
        <source>DNS server:</source>
        <translation>DNS-Server:</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>DNS-Server</translation>
    </message>
    <message>
        <source>system</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Ask this DNS server (NAPTR, SRV, A, AAAA) instead of the system's, e.g. 127.0.0.1:5353 or [::1]:53</source>
        <translation>Diesen DNS-Server fragen (NAPTR, SRV, A, AAAA) statt des System-Resolvers, z. B. 127.0.0.1:5353 oder [::1]:53</translation>
    </message>
    <message>
        <source>Used only to answer the challenge; never shown or logged, and saved only in the system keychain when Remember is ticked</source>
        <translation>Dient nur zur Antwort auf die Challenge; wird nie angezeigt oder protokolliert und nur im Schlüsselbund des Systems gespeichert, wenn „Merken“ angehakt ist</translation>
    </message>
    <message>
        <source>Keychain status</source>
        <translation>Schlüsselbund-Status</translation>
    </message>
</context>
<context>
    <name>SipScope::ProbeView</name>
    <message>
        <source>Repeat</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Repeat series</source>
        <translation>Wiederholungsserie</translation>
    </message>
    <message>
        <source>Enter a target first, e.g. sip:pbx.example.com</source>
        <translation>Geben Sie zuerst ein Ziel ein, z. B. sip:pbx.example.com</translation>
    </message>
    <message>
        <source>Target history cleared</source>
        <translation>Zielverlauf gelöscht</translation>
    </message>
    <message>
        <source>Probe %1 of %2…</source>
        <translation>Test %1 von %2…</translation>
    </message>
    <message>
        <source>%1 %2 from %3 in %4</source>
        <translation>%1 %2 von %3 in %4</translation>
    </message>
</context>
<context>
    <name>SipScope::QueryRecognizer</name>
    <message>
        <source>Q.850 cause %1</source>
        <translation>Q.850-Cause %1</translation>
    </message>
    <message>
        <source>Q.850 cause %1 (%2)</source>
        <translation>Q.850-Cause %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Warning %1 (%2): %3</source>
        <translation>Warning %1 (%2): %3</translation>
    </message>
    <message>
        <source>Warning %1 is not a registered warn-code (RFC 3261 §20.43 lists 300 to 399).</source>
        <translation>Warning %1 ist kein registrierter warn-code (RFC 3261 §20.43 nennt 300 bis 399).</translation>
    </message>
</context>
<context>
    <name>SipScope::RememberedPassword</name>
    <message>
        <source>No keychain is connected: the password is not saved.</source>
        <translation>Kein Schlüsselbund angebunden: Das Passwort wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>Passwords are only ever kept in the system keychain, which cannot be used here: %1 The password is not saved.</source>
        <translation>Passwörter werden nur im Schlüsselbund des Systems aufbewahrt, der hier nicht nutzbar ist: %1 Das Passwort wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>Keep the password in the system keychain under user@host, where sipscope-cli credentials and the monitor find it too. Unticking it offers to delete the saved password. Keychain: %1.</source>
        <translation>Das Passwort im Schlüsselbund des Systems unter benutzer@host aufbewahren, wo auch sipscope-cli credentials und der Monitor es finden. Wer den Haken entfernt, kann das gespeicherte Passwort löschen. Schlüsselbund: %1.</translation>
    </message>
    <message>
        <source>Password for %1 filled in from the keychain.</source>
        <translation>Passwort für %1 aus dem Schlüsselbund eingesetzt.</translation>
    </message>
    <message>
        <source>A password is saved for %1; sending saves the one typed instead.</source>
        <translation>Für %1 ist ein Passwort gespeichert; beim Senden wird stattdessen das eingegebene gespeichert.</translation>
    </message>
    <message>
        <source>Saved passwords cannot be looked up: %1</source>
        <translation>Gespeicherte Passwörter können nicht nachgeschlagen werden: %1</translation>
    </message>
    <message>
        <source>To remember the password, enter a user name and a target: it is saved for that user on that server.</source>
        <translation>Um das Passwort zu merken, geben Sie einen Benutzernamen und ein Ziel ein: Es wird für diesen Benutzer auf diesem Server gespeichert.</translation>
    </message>
    <message>
        <source>Password saved in the keychain as %1.</source>
        <translation>Passwort im Schlüsselbund als %1 gespeichert.</translation>
    </message>
    <message>
        <source>The password was not saved: %1 The probe was sent all the same.</source>
        <translation>Das Passwort wurde nicht gespeichert: %1 Der Test wurde trotzdem gesendet.</translation>
    </message>
    <message>
        <source>The password will be saved in the keychain as %1 when the probe is sent.</source>
        <translation>Das Passwort wird beim Senden des Tests im Schlüsselbund als %1 gespeichert.</translation>
    </message>
    <message>
        <source>Forget Password</source>
        <translation>Passwort vergessen</translation>
    </message>
    <message>
        <source>Forget the password saved for %1?</source>
        <translation>Das für %1 gespeicherte Passwort vergessen?</translation>
    </message>
    <message>
        <source>It is deleted from the system keychain; sipscope-cli and monitor targets with credentials=keychain:%1 no longer find it.</source>
        <translation>Es wird aus dem Schlüsselbund des Systems gelöscht; sipscope-cli und Monitor-Ziele mit credentials=keychain:%1 finden es dann nicht mehr.</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>The password saved for %1 was deleted from the keychain.</source>
        <translation>Das für %1 gespeicherte Passwort wurde aus dem Schlüsselbund gelöscht.</translation>
    </message>
    <message>
        <source>The password saved for %1 could not be deleted: %2</source>
        <translation>Das für %1 gespeicherte Passwort konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>no system keychain is running — on this system that is the %1.</source>
        <translation>Es läuft kein Schlüsselbund des Systems – auf diesem System ist das der Dienst %1.</translation>
    </message>
</context>
<context>
    <name>SipScope::RepeatPanel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>RTT</source>
        <translation>RTT</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Gegenstelle</translation>
    </message>
    <message>
        <source>Probes of the series</source>
        <translation>Tests der Serie</translation>
    </message>
    <message>
        <source>Series statistics</source>
        <translation>Serienstatistik</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export the series as CSV</source>
        <translation>Die Serie als CSV exportieren</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>JSON exportieren…</translation>
    </message>
    <message>
        <source>Export the series as JSON</source>
        <translation>Die Serie als JSON exportieren</translation>
    </message>
    <message>
        <source>%1 sent, %2 answered, %3% loss</source>
        <translation>%1 gesendet, %2 beantwortet, %3 % Verlust</translation>
    </message>
    <message>
        <source>rtt: no answers</source>
        <translation>rtt: keine Antworten</translation>
    </message>
    <message>
        <source>rtt min/avg/max/mdev = %1/%2/%3/%4 ms</source>
        <translation>rtt min/avg/max/mdev = %1/%2/%3/%4 ms</translation>
    </message>
    <message>
        <source>(as if %1)</source>
        <translation>(wie %1)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Tick “Repeat” beside Send to probe a target several times.</source>
        <translation>Aktivieren Sie „Wiederholen“ neben Senden, um ein Ziel mehrmals zu prüfen.</translation>
    </message>
    <message>
        <source>Outcomes: %1</source>
        <translation>Ergebnisse: %1</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export series</source>
        <translation>Serie exportieren</translation>
    </message>
    <message>
        <source>Series saved to %1</source>
        <translation>Serie in %1 gespeichert</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>SipScope::Resolver</name>
    <message>
        <source>no records.</source>
        <translation>keine Einträge.</translation>
    </message>
    <message>
        <source>the name does not exist.</source>
        <translation>der Name existiert nicht.</translation>
    </message>
    <message>
        <source>no answer from DNS.</source>
        <translation>keine Antwort vom DNS.</translation>
    </message>
    <message>
        <source>the DNS server failed to answer.</source>
        <translation>der DNS-Server konnte nicht antworten.</translation>
    </message>
    <message>
        <source>the lookup failed.</source>
        <translation>die Abfrage ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>There is no host name to resolve.</source>
        <translation>Es gibt keinen Hostnamen zum Auflösen.</translation>
    </message>
    <message>
        <source>A sips: URI needs TLS; it cannot be sent over UDP (RFC 3261 §26.2.2).</source>
        <translation>Eine sips:-URI braucht TLS; sie kann nicht über UDP gesendet werden (RFC 3261 §26.2.2).</translation>
    </message>
    <message>
        <source>TLS: a sips: URI over TCP means TLS (RFC 3261 §26.2.2).</source>
        <translation>TLS: Eine sips:-URI über TCP bedeutet TLS (RFC 3261 §26.2.2).</translation>
    </message>
    <message>
        <source>WSS: a sips: URI over WebSocket means secure WebSocket.</source>
        <translation>WSS: Eine sips:-URI über WebSocket bedeutet sicheres WebSocket.</translation>
    </message>
    <message>
        <source>%1: the transport was given explicitly.</source>
        <translation>%1: Der Transport wurde ausdrücklich angegeben.</translation>
    </message>
    <message>
        <source>TLS: a sips: URI without a transport parameter uses TLS (RFC 3263 §4.1).</source>
        <translation>TLS: Eine sips:-URI ohne Transport-Parameter verwendet TLS (RFC 3263 §4.1).</translation>
    </message>
    <message>
        <source>UDP: a sip: URI without a transport parameter uses UDP (RFC 3263 §4.1).</source>
        <translation>UDP: Eine sip:-URI ohne Transport-Parameter verwendet UDP (RFC 3263 §4.1).</translation>
    </message>
    <message>
        <source>A port is given, so there is no SRV lookup (RFC 3263 §4.2).</source>
        <translation>Ein Port ist angegeben, daher gibt es keine SRV-Abfrage (RFC 3263 §4.2).</translation>
    </message>
    <message>
        <source>WebSocket servers have no SRV records (RFC 7118).</source>
        <translation>WebSocket-Server haben keine SRV-Einträge (RFC 7118).</translation>
    </message>
    <message>
        <source>UDP or TCP, as the SRV records of %1 offer them (UDP first); UDP when there are none (RFC 3263 §4.1).</source>
        <translation>UDP oder TCP, wie die SRV-Einträge von %1 sie anbieten (UDP zuerst); UDP, wenn es keine gibt (RFC 3263 §4.1).</translation>
    </message>
    <message>
        <source>%1 is an address of the IP version that was excluded.</source>
        <translation>%1 ist eine Adresse der ausgeschlossenen IP-Version.</translation>
    </message>
    <message>
        <source>%1 is an IP address: no DNS lookup (RFC 3263 §4.2).</source>
        <translation>%1 ist eine IP-Adresse: keine DNS-Abfrage (RFC 3263 §4.2).</translation>
    </message>
    <message>
        <source>Looking up SRV records of %1.</source>
        <translation>SRV-Einträge von %1 werden abgefragt.</translation>
    </message>
    <message>
        <source>SRV %1: %2 (priority weight port target, in the order to try).</source>
        <translation>SRV %1: %2 (Priorität Gewicht Port Ziel, in der Reihenfolge der Versuche).</translation>
    </message>
    <message>
        <source>SRV %1: %2</source>
        <translation>SRV %1: %2</translation>
    </message>
    <message>
        <source>No SRV records: using the addresses of %1 on port %2 over %3 (RFC 3263 §4.2).</source>
        <translation>Keine SRV-Einträge: Die Adressen von %1 werden auf Port %2 über %3 verwendet (RFC 3263 §4.2).</translation>
    </message>
    <message>
        <source>%1 declares that it offers no SIP service: its SRV target is "." (RFC 2782).</source>
        <translation>%1 erklärt, dass es keinen SIP-Dienst anbietet: Sein SRV-Ziel ist „.“ (RFC 2782).</translation>
    </message>
    <message>
        <source>Looking up the addresses of %1.</source>
        <translation>Die Adressen von %1 werden abgefragt.</translation>
    </message>
    <message>
        <source>None of the SRV targets of %1 exists.</source>
        <translation>Keines der SRV-Ziele von %1 existiert.</translation>
    </message>
    <message>
        <source>DNS did not answer for the SRV targets of %1.</source>
        <translation>DNS hat für die SRV-Ziele von %1 nicht geantwortet.</translation>
    </message>
    <message>
        <source>The SRV targets of %1 have no usable address.</source>
        <translation>Die SRV-Ziele von %1 haben keine verwendbare Adresse.</translation>
    </message>
    <message>
        <source>The name %1 does not exist.</source>
        <translation>Der Name %1 existiert nicht.</translation>
    </message>
    <message>
        <source>DNS did not answer for %1.</source>
        <translation>DNS hat für %1 nicht geantwortet.</translation>
    </message>
    <message>
        <source>%1 has no usable address.</source>
        <translation>%1 hat keine verwendbare Adresse.</translation>
    </message>
    <message>
        <source>no answer for %1 within %2 ms</source>
        <translation>keine Antwort für %1 innerhalb von %2 ms</translation>
    </message>
    <message>
        <source>%1 has the address(es) %2.</source>
        <translation>%1 hat die Adresse(n) %2.</translation>
    </message>
    <message>
        <source>%1 has only addresses of the excluded IP version (%2).</source>
        <translation>%1 hat nur Adressen der ausgeschlossenen IP-Version (%2).</translation>
    </message>
    <message>
        <source>Addresses of %1: %2</source>
        <translation>Adressen von %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) to try: %1.</source>
        <translation>
            <numerusform>%n zu versuchendes Ziel: %1.</numerusform>
            <numerusform>%n zu versuchende Ziele: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>this DNS backend cannot ask for NAPTR records</source>
        <translation>dieses DNS-Backend kann keine NAPTR-Einträge abfragen</translation>
    </message>
    <message>
        <source>not a SIP service</source>
        <translation>kein SIP-Dienst</translation>
    </message>
    <message>
        <source>a sips: URI uses only SIPS services (RFC 3263 §4.1)</source>
        <translation>eine sips:-URI verwendet nur SIPS-Dienste (RFC 3263 §4.1)</translation>
    </message>
    <message>
        <source>the transport is set to %1</source>
        <translation>der Transport ist auf %1 festgelegt</translation>
    </message>
    <message>
        <source>the flag is "%1"; SIP uses "s", an SRV lookup (RFC 3263 §4.1)</source>
        <translation>das Flag ist „%1“; SIP verwendet „s“, eine SRV-Abfrage (RFC 3263 §4.1)</translation>
    </message>
    <message>
        <source>it has a regular expression; SIP's records have none, only a replacement (RFC 3263 §4.1)</source>
        <translation>er hat einen regulären Ausdruck; die Einträge für SIP haben keinen, nur eine Ersetzung (RFC 3263 §4.1)</translation>
    </message>
    <message>
        <source>it has no replacement (SRV name)</source>
        <translation>er hat keine Ersetzung (SRV-Name)</translation>
    </message>
    <message>
        <source>the same as an earlier record</source>
        <translation>gleich wie ein früherer Eintrag</translation>
    </message>
    <message>
        <source>NAPTR records are not asked for a localhost name (RFC 6761 §6.3): starting with SRV.</source>
        <translation>Für einen localhost-Namen werden keine NAPTR-Einträge abgefragt (RFC 6761 §6.3): Beginn mit SRV.</translation>
    </message>
    <message>
        <source>Looking up NAPTR records of %1 (RFC 3263 §4.1).</source>
        <translation>NAPTR-Einträge von %1 werden abgefragt (RFC 3263 §4.1).</translation>
    </message>
    <message>
        <source>NAPTR records are not looked up (%1): starting with SRV (RFC 3263 §4.1).</source>
        <translation>NAPTR-Einträge werden nicht abgefragt (%1): Beginn mit SRV (RFC 3263 §4.1).</translation>
    </message>
    <message>
        <source>NAPTR %1: %2 SRV next (RFC 3263 §4.1).</source>
        <translation>NAPTR %1: %2 Als Nächstes SRV (RFC 3263 §4.1).</translation>
    </message>
    <message>
        <source>NAPTR %1: %2 (order preference flags services regexp replacement).</source>
        <translation>NAPTR %1: %2 (Order Preference Flags Services Regexp Ersetzung).</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>No NAPTR record is usable here: %1. SRV as without NAPTR (RFC 3263 §4.1).</source>
        <translation>Kein NAPTR-Eintrag ist hier verwendbar: %1. SRV wie ohne NAPTR (RFC 3263 §4.1).</translation>
    </message>
    <message>
        <source>%1 → SRV %2 (%3)</source>
        <translation>%1 → SRV %2 (%3)</translation>
    </message>
    <message>
        <source>Following the NAPTR records in order: %1.</source>
        <translation>Die NAPTR-Einträge werden der Reihe nach befolgt: %1.</translation>
    </message>
    <message>
        <source>Not followed: %1.</source>
        <translation>Nicht befolgt: %1.</translation>
    </message>
    <message>
        <source>as the NAPTR records of %1 offer it (RFC 3263 §4.1).</source>
        <translation>wie die NAPTR-Einträge von %1 ihn anbieten (RFC 3263 §4.1).</translation>
    </message>
</context>
<context>
    <name>SipScope::Responder</name>
    <message>
        <source>Not a SIP message: %1</source>
        <translation>Keine SIP-Nachricht: %1</translation>
    </message>
    <message>
        <source>A %1 response: the responder sends no requests, so it has nothing to match.</source>
        <translation>Eine %1-Antwort: Der Responder sendet keine Anfragen, daher gibt es nichts, dem sie zugeordnet werden könnte.</translation>
    </message>
    <message>
        <source>No usable Via header: there is nowhere to send an answer.</source>
        <translation>Kein verwendbarer Via-Header: Es gibt kein Ziel für eine Antwort.</translation>
    </message>
    <message>
        <source>ACK of our %1: the INVITE transaction is confirmed.</source>
        <translation>ACK zu unserer %1: Die INVITE-Transaktion ist bestätigt.</translation>
    </message>
    <message>
        <source>ACK without a matching INVITE transaction, absorbed.</source>
        <translation>ACK ohne passende INVITE-Transaktion, abgefangen.</translation>
    </message>
    <message>
        <source>Retransmission absorbed: the answer is not ready yet.</source>
        <translation>Sendewiederholung abgefangen: Die Antwort ist noch nicht bereit.</translation>
    </message>
    <message>
        <source>Retransmission: the last answer (%1) was sent again.</source>
        <translation>Sendewiederholung: Die letzte Antwort (%1) wurde erneut gesendet.</translation>
    </message>
    <message>
        <source>The CSeq method does not match the request method.</source>
        <translation>Die CSeq-Methode passt nicht zur Methode der Anfrage.</translation>
    </message>
    <message>
        <source>Missing header(s): %1</source>
        <translation>Fehlende Header: %1</translation>
    </message>
    <message>
        <source>No ACK for the %1 to the INVITE from %2 within 64·T1 (Timer H).</source>
        <translation>Kein ACK auf die %1 zum INVITE von %2 innerhalb von 64·T1 (Timer H).</translation>
    </message>
    <message>
        <source>A %1 to INVITE needs a media session, which the responder does not have: answered 488 instead.</source>
        <translation>Eine %1 auf INVITE braucht eine Mediensitzung, die der Responder nicht hat: stattdessen mit 488 beantwortet.</translation>
    </message>
    <message>
        <source>CANCEL without a matching INVITE: 481.</source>
        <translation>CANCEL ohne passendes INVITE: 481.</translation>
    </message>
    <message>
        <source>CANCEL: 200 to it, 487 to its INVITE.</source>
        <translation>CANCEL: 200 darauf, 487 auf sein INVITE.</translation>
    </message>
    <message>
        <source>CANCEL after the INVITE was answered: 200, no effect.</source>
        <translation>CANCEL, nachdem das INVITE beantwortet war: 200, ohne Wirkung.</translation>
    </message>
    <message>
        <source>Mirrored %1 of %2 bytes: the rest does not fit in an answer of %3 bytes.</source>
        <translation>%1 von %2 Bytes gespiegelt: der Rest passt nicht in eine Antwort von %3 Bytes.</translation>
    </message>
    <message>
        <source>Mirrored the request (%1 bytes) and the source %2.</source>
        <translation>Anfrage (%1 Bytes) und Quelle %2 gespiegelt.</translation>
    </message>
</context>
<context>
    <name>SipScope::ResponderCallBacks</name>
    <message>
        <source>Call-back for %1 refused: %2 call-backs are already waiting.</source>
        <translation>Rückruf für %1 abgelehnt: Es warten schon %2 Rückrufe.</translation>
    </message>
    <message>
        <source>Call-back to %1 after %2 s: no answer.</source>
        <translation>Rückruf an %1 nach %2 s: keine Antwort.</translation>
    </message>
    <message>
        <source>Call-back OPTIONS sent to %1 after %2 s.</source>
        <translation>Rückruf-OPTIONS nach %2 s an %1 gesendet.</translation>
    </message>
    <message>
        <source>Call-back to %1 answered %2 %3.</source>
        <translation>Rückruf an %1 mit %2 %3 beantwortet.</translation>
    </message>
</context>
<context>
    <name>SipScope::ResponderListener</name>
    <message>
        <source>no PEM private key (RSA, EC or DSA) without a passphrase</source>
        <translation>kein privater PEM-Schlüssel (RSA, EC oder DSA) ohne Passphrase</translation>
    </message>
    <message>
        <source>Cannot listen on UDP %1: %2</source>
        <translation>Empfang auf UDP %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>No PEM certificate could be read from %1.</source>
        <translation>Aus %1 konnte kein PEM-Zertifikat gelesen werden.</translation>
    </message>
    <message>
        <source>The private key %1 cannot be used: %2</source>
        <translation>Der private Schlüssel %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>TLS-Handshake mit %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Cannot listen on %1 %2: %3</source>
        <translation>Empfang auf %1 %2 nicht möglich: %3</translation>
    </message>
    <message numerus="yes">
        <source>Refused the connection from %1: already %n connection(s) open.</source>
        <translation>
            <numerusform>Verbindung von %1 abgelehnt: bereits %n Verbindung offen.</numerusform>
            <numerusform>Verbindung von %1 abgelehnt: bereits %n Verbindungen offen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed the idle connection from %1.</source>
        <translation>Die untätige Verbindung von %1 wurde geschlossen.</translation>
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation>%1 hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>Accepted a %1 connection from %2.</source>
        <translation>%1-Verbindung von %2 angenommen.</translation>
    </message>
    <message numerus="yes">
        <source>More than %n byte(s) without a complete message.</source>
        <translation>
            <numerusform>Mehr als %n Byte ohne vollständige Nachricht.</numerusform>
            <numerusform>Mehr als %n Bytes ohne vollständige Nachricht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed the connection from %1 after bytes that are not SIP.</source>
        <translation>Die Verbindung von %1 wurde nach Bytes geschlossen, die kein SIP sind.</translation>
    </message>
    <message>
        <source>Closed the connection from %1: it does not read its answers.</source>
        <translation>Verbindung von %1 geschlossen: Die Gegenstelle liest ihre Antworten nicht.</translation>
    </message>
</context>
<context>
    <name>SipScope::ResponderView</name>
    <message>
        <source>Listen on:</source>
        <translation>Empfang auf:</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>over</source>
        <translation>über</translation>
    </message>
    <message>
        <source>TLS:</source>
        <translation>TLS:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Antwort:</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Phrase</translation>
    </message>
    <message>
        <source>Extra headers:</source>
        <translation>Zusätzliche Header:</translation>
    </message>
    <message>
        <source>Delay:</source>
        <translation>Verzögerung:</translation>
    </message>
    <message>
        <source>then first:</source>
        <translation>zuvor:</translation>
    </message>
    <message>
        <source>All interfaces</source>
        <translation>Alle Schnittstellen</translation>
    </message>
    <message>
        <source>Listen on every network interface instead of this address</source>
        <translation>Auf allen Netzwerkschnittstellen statt auf dieser Adresse empfangen</translation>
    </message>
    <message>
        <source>Listen address</source>
        <translation>Empfangsadresse</translation>
    </message>
    <message>
        <source>Listen port</source>
        <translation>Empfangsport</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Certificate file (PEM)</source>
        <translation>Zertifikatsdatei (PEM)</translation>
    </message>
    <message>
        <source>Private key file (PEM)</source>
        <translation>Datei mit privatem Schlüssel (PEM)</translation>
    </message>
    <message>
        <source>Response code</source>
        <translation>Antwortcode</translation>
    </message>
    <message>
        <source>Pick a code from the catalog or type any code from 200 to 699</source>
        <translation>Wählen Sie einen Code aus dem Katalog oder geben Sie einen beliebigen Code von 200 bis 699 ein</translation>
    </message>
    <message>
        <source>Reason phrase (default: the registered one)</source>
        <translation>Reason-Phrase (Standard: die registrierte)</translation>
    </message>
    <message>
        <source>Reason phrase</source>
        <translation>Reason-Phrase</translation>
    </message>
    <message>
        <source>One header a line, e.g. Retry-After: 30</source>
        <translation>Ein Header pro Zeile, z. B. Retry-After: 30</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>Zusätzliche Header</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Delay before the final response</source>
        <translation>Verzögerung vor der endgültigen Antwort</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Incoming requests</source>
        <translation>Eingehende Anfragen</translation>
    </message>
    <message>
        <source>Raw request</source>
        <translation>Rohdaten der Anfrage</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <source>"%1" is not a response code.</source>
        <translation>„%1“ ist kein Antwortcode.</translation>
    </message>
    <message>
        <source>Listening on %1 %2, answering %3 %4.</source>
        <translation>Empfang auf %1 %2, Antwort %3 %4.</translation>
    </message>
    <message>
        <source>TLS certificate file</source>
        <translation>TLS-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>TLS private key file</source>
        <translation>Datei mit privatem TLS-Schlüssel</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>Rate limit:</source>
        <translation>Ratenbegrenzung:</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Begrenzung</translation>
    </message>
    <message>
        <source> requests/s per source</source>
        <translation> Anfragen/s pro Absender</translation>
    </message>
    <message>
        <source>Rate limit per source address</source>
        <translation>Ratenbegrenzung pro Absenderadresse</translation>
    </message>
    <message>
        <source>Requests over this rate from one address are dropped unanswered</source>
        <translation>Anfragen einer Adresse über dieser Rate werden unbeantwortet verworfen</translation>
    </message>
    <message>
        <source>Responder counters</source>
        <translation>Zähler des Responders</translation>
    </message>
    <message>
        <source>&amp;Mirror OPTIONS (SIP ALG test)</source>
        <translation>OPTIONS spie&amp;geln (SIP-ALG-Test)</translation>
    </message>
    <message>
        <source>Answer OPTIONS with 200 carrying the request as received and the source address it came from, so that a probe can see what a SIP ALG or NAT on the way changed</source>
        <translation>OPTIONS mit 200 beantworten, das die Anfrage so, wie sie ankam, und ihre Quelladresse enthält, damit eine Prüfung sieht, was ein SIP-ALG oder NAT unterwegs geändert hat</translation>
    </message>
</context>
<context>
    <name>SipScope::ResponderWebSockets</name>
    <message>
        <source>Refused a WebSocket opening handshake: %1</source>
        <translation>WebSocket-Verbindungsaufbau abgelehnt: %1</translation>
    </message>
    <message>
        <source>Closed the WebSocket connection from %1: it did not ask for the subprotocol "sip" (RFC 7118 §4).</source>
        <translation>WebSocket-Verbindung von %1 geschlossen: Sie hat das Subprotokoll „sip“ nicht angefordert (RFC 7118 §4).</translation>
    </message>
    <message>
        <source>The WebSocket connection from %1 was closed with code %2: %3</source>
        <translation>Die WebSocket-Verbindung von %1 wurde mit Code %2 geschlossen: %3</translation>
    </message>
</context>
<context>
    <name>SipScope::ResultCard</name>
    <message>
        <source>Probe result</source>
        <translation>Testergebnis</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>Statuscode</translation>
    </message>
    <message>
        <source>Open this code in the Codes view</source>
        <translation>Diesen Code in der Codes-Ansicht öffnen</translation>
    </message>
    <message>
        <source>Reason phrase</source>
        <translation>Reason-Phrase</translation>
    </message>
    <message>
        <source>Where the status comes from</source>
        <translation>Woher der Status kommt</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Round-trip time</source>
        <translation>Antwortzeit (RTT)</translation>
    </message>
    <message>
        <source>Remote address and transport</source>
        <translation>Entfernte Adresse und Transport</translation>
    </message>
    <message>
        <source>Server and User-Agent</source>
        <translation>Server und User-Agent</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Write the target as a host, host:port or SIP URI, e.g. pbx.example.com, 192.0.2.10:5060 or sip:alice@example.com;transport=tcp.</source>
        <translation>Schreiben Sie das Ziel als Host, Host:Port oder SIP-URI, z. B. pbx.example.com, 192.0.2.10:5060 oder sip:alice@example.com;transport=tcp.</translation>
    </message>
    <message>
        <source>Put IPv6 addresses in brackets: [2001:db8::1]:5060.</source>
        <translation>Setzen Sie IPv6-Adressen in eckige Klammern: [2001:db8::1]:5060.</translation>
    </message>
    <message>
        <source>Check the spelling of the host name.</source>
        <translation>Prüfen Sie die Schreibweise des Hostnamens.</translation>
    </message>
    <message>
        <source>Check that this computer can resolve names (DNS server, VPN, /etc/hosts).</source>
        <translation>Prüfen Sie, ob dieser Computer Namen auflösen kann (DNS-Server, VPN, /etc/hosts).</translation>
    </message>
    <message>
        <source>Try the server's IP address instead.</source>
        <translation>Versuchen Sie stattdessen die IP-Adresse des Servers.</translation>
    </message>
    <message>
        <source>Check that the SIP server is running on that machine.</source>
        <translation>Prüfen Sie, ob der SIP-Server auf diesem Rechner läuft.</translation>
    </message>
    <message>
        <source>Check the port: 5060 for UDP and TCP, 5061 for TLS, unless the server is configured otherwise.</source>
        <translation>Prüfen Sie den Port: 5060 für UDP und TCP, 5061 für TLS, sofern der Server nicht anders konfiguriert ist.</translation>
    </message>
    <message>
        <source>Check the transport: the server may listen on TCP only, or UDP only.</source>
        <translation>Prüfen Sie den Transport: Der Server wartet vielleicht nur auf TCP oder nur auf UDP.</translation>
    </message>
    <message>
        <source>A host firewall that rejects (rather than drops) packets also causes this.</source>
        <translation>Auch eine Host-Firewall, die Pakete ablehnt (statt sie zu verwerfen), verursacht dies.</translation>
    </message>
    <message>
        <source>Check the network path: routing, VPN, the server's address.</source>
        <translation>Prüfen Sie den Netzwerkpfad: Routing, VPN, die Adresse des Servers.</translation>
    </message>
    <message>
        <source>Check that the server's network is up.</source>
        <translation>Prüfen Sie, ob das Netzwerk des Servers in Betrieb ist.</translation>
    </message>
    <message>
        <source>A firewall or security group may be dropping SIP packets silently.</source>
        <translation>Eine Firewall oder Sicherheitsgruppe verwirft möglicherweise SIP-Pakete stillschweigend.</translation>
    </message>
    <message>
        <source>Check the address and the port, and that the server listens on this transport.</source>
        <translation>Prüfen Sie Adresse und Port und ob der Server auf diesem Transport wartet.</translation>
    </message>
    <message>
        <source>Some servers ignore OPTIONS from unknown addresses (fail2ban, access lists): check whether this address is blocked.</source>
        <translation>Manche Server ignorieren OPTIONS von unbekannten Adressen (fail2ban, Zugriffslisten): Prüfen Sie, ob diese Adresse gesperrt ist.</translation>
    </message>
    <message>
        <source>Try TCP: a SIP ALG or a NAT on the path may be eating UDP.</source>
        <translation>Versuchen Sie TCP: Ein SIP-ALG oder ein NAT im Pfad verschluckt möglicherweise UDP.</translation>
    </message>
    <message>
        <source>Check the server's certificate: its name must match the host you typed and it must not be expired.</source>
        <translation>Prüfen Sie das Zertifikat des Servers: Sein Name muss zum eingegebenen Host passen, und es darf nicht abgelaufen sein.</translation>
    </message>
    <message>
        <source>If the server uses a private CA, give its certificate as the CA file.</source>
        <translation>Wenn der Server eine private CA verwendet, geben Sie deren Zertifikat als CA-Datei an.</translation>
    </message>
    <message>
        <source>Check that the server speaks TLS on this port (usually 5061).</source>
        <translation>Prüfen Sie, ob der Server auf diesem Port TLS spricht (meist 5061).</translation>
    </message>
    <message>
        <source>Check the local network connection.</source>
        <translation>Prüfen Sie die lokale Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>Check the technical detail below for the operating system's error.</source>
        <translation>Prüfen Sie die technischen Details unten auf den Fehler des Betriebssystems.</translation>
    </message>
    <message>
        <source>No probe yet</source>
        <translation>Noch kein Test</translation>
    </message>
    <message>
        <source>Enter a target above and press Enter or Send.</source>
        <translation>Geben Sie oben ein Ziel ein und drücken Sie Eingabe oder Senden.</translation>
    </message>
    <message>
        <source>Probing…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Sending OPTIONS to %1</source>
        <translation>OPTIONS wird an %1 gesendet</translation>
    </message>
    <message>
        <source>Received from the server</source>
        <translation>Vom Server empfangen</translation>
    </message>
    <message>
        <source>registered phrase: %1</source>
        <translation>registrierte Phrase: %1</translation>
    </message>
    <message>
        <source>Concluded locally, not received: open %1 in the Codes view</source>
        <translation>Lokal ermittelt, nicht empfangen: %1 in der Codes-Ansicht öffnen</translation>
    </message>
    <message>
        <source>Nothing was received: SipScope concluded %1 locally, as a SIP client would (RFC 3261 §8.1.3.1). The server did not send it.</source>
        <translation>Nichts wurde empfangen: SipScope hat %1 lokal ermittelt, wie es ein SIP-Client tun würde (RFC 3261 §8.1.3.1). Der Server hat diesen Code nicht gesendet.</translation>
    </message>
    <message>
        <source>RTT %1</source>
        <translation>RTT %1</translation>
    </message>
    <message>
        <source>%1 over %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>User-Agent: %1</source>
        <translation>User-Agent: %1</translation>
    </message>
    <message>
        <source>What to check</source>
        <translation>Was zu prüfen ist</translation>
    </message>
    <message>
        <source>Measured with %1</source>
        <translation>Gemessen mit %1</translation>
    </message>
    <message>
        <source>Verdict for the server</source>
        <translation>Bewertung für den Server</translation>
    </message>
    <message>
        <source>Check that a SIP server listens on this port: another service (HTTP, a TLS port probed with TCP) answers in its own protocol.</source>
        <translation>Prüfen Sie, ob auf diesem Port ein SIP-Server lauscht: Ein anderer Dienst (HTTP, ein TLS-Port, mit TCP geprüft) antwortet in seinem eigenen Protokoll.</translation>
    </message>
    <message>
        <source>Compare the bytes shown with a SIP status line ("SIP/2.0 200 OK", RFC 3261 §7.2): a broken SBC, ALG or script may write them.</source>
        <translation>Vergleichen Sie die gezeigten Bytes mit einer SIP-Statuszeile ("SIP/2.0 200 OK", RFC 3261 §7.2): Ein defekter SBC, ein ALG oder ein Skript kann sie schreiben.</translation>
    </message>
    <message>
        <source>Capture the traffic on the server's side to see whether it leaves the server like that.</source>
        <translation>Zeichnen Sie den Verkehr auf der Seite des Servers auf, um zu sehen, ob er den Server so verlässt.</translation>
    </message>
    <message>
        <source>Received from the server, but not as SIP: there is no status to show.</source>
        <translation>Vom Server empfangen, aber nicht als SIP: Es gibt keinen Status anzuzeigen.</translation>
    </message>
    <message>
        <source>For the server:</source>
        <translation>Für den Server:</translation>
    </message>
    <message>
        <source>Try:</source>
        <translation>Versuchen Sie:</translation>
    </message>
    <message>
        <source>Keep-alive pings</source>
        <translation>Keep-alive-Pings</translation>
    </message>
</context>
<context>
    <name>SipScope::RttChart</name>
    <message>
        <source>Round-trip time chart</source>
        <translation>Antwortzeit-Diagramm</translation>
    </message>
    <message>
        <source>Round-trip time of each probe; red marks a probe without an answer</source>
        <translation>Antwortzeit jedes Tests; Rot markiert einen Test ohne Antwort</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>No probes yet</source>
        <translation>Noch keine Tests</translation>
    </message>
</context>
<context>
    <name>SipScope::SecuritySection</name>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>TLS session and server certificate</source>
        <translation>TLS-Sitzung und Serverzertifikat</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Certificate subject: %1</source>
        <translation>Zertifikatsinhaber: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Aussteller: %1</translation>
    </message>
    <message>
        <source>Valid for: %1</source>
        <translation>Gültig für: %1</translation>
    </message>
    <message>
        <source>Valid from %1 until %2 UTC</source>
        <translation>Gültig von %1 bis %2 UTC</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256-Fingerabdruck: %1</translation>
    </message>
    <message>
        <source>Check the certificate's validity dates and this computer's clock; the server may need a renewed certificate.</source>
        <translation>Prüfen Sie die Gültigkeitsdaten des Zertifikats und die Uhr dieses Computers; der Server braucht möglicherweise ein erneuertes Zertifikat.</translation>
    </message>
    <message>
        <source>If the server uses a private or self-signed CA, give that CA's certificate as the CA file; compare the SHA-256 fingerprint with the one the server's administrator expects.</source>
        <translation>Wenn der Server eine private oder selbstsignierte CA verwendet, geben Sie deren Zertifikat als CA-Datei an; vergleichen Sie den SHA-256-Fingerabdruck mit dem, den der Administrator des Servers erwartet.</translation>
    </message>
    <message>
        <source>Connect by a name the certificate is valid for, or have the certificate reissued for %1.</source>
        <translation>Verbinden Sie sich über einen Namen, für den das Zertifikat gültig ist, oder lassen Sie das Zertifikat für %1 neu ausstellen.</translation>
    </message>
    <message>
        <source>The certificate was revoked: the server needs a new one.</source>
        <translation>Das Zertifikat wurde widerrufen: Der Server braucht ein neues.</translation>
    </message>
    <message>
        <source>Check the certificate chain the server sends (intermediate certificates included).</source>
        <translation>Prüfen Sie die Zertifikatskette, die der Server sendet (einschließlich Zwischenzertifikaten).</translation>
    </message>
    <message>
        <source>TLS session: %1, %2</source>
        <translation>TLS-Sitzung: %1, %2</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 did not complete.</source>
        <translation>Der TLS-Handshake mit %1 wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Certificate verified</source>
        <translation>Zertifikat verifiziert</translation>
    </message>
    <message>
        <source>Certificate not verified: accepted insecurely</source>
        <translation>Zertifikat nicht verifiziert: unsicher akzeptiert</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>What to check:</source>
        <translation>Was zu prüfen ist:</translation>
    </message>
    <message>
        <source>credentials accepted</source>
        <translation>Zugangsdaten akzeptiert</translation>
    </message>
    <message>
        <source>credentials rejected</source>
        <translation>Zugangsdaten abgelehnt</translation>
    </message>
    <message>
        <source>no credentials given</source>
        <translation>keine Zugangsdaten angegeben</translation>
    </message>
    <message>
        <source>challenge not supported</source>
        <translation>Challenge nicht unterstützt</translation>
    </message>
    <message>
        <source>no answer to the credentials</source>
        <translation>keine Antwort auf die Zugangsdaten</translation>
    </message>
    <message>
        <source>Authentication: %1</source>
        <translation>Authentifizierung: %1</translation>
    </message>
    <message>
        <source>scheme %1</source>
        <translation>Schema %1</translation>
    </message>
    <message>
        <source>algorithm %1</source>
        <translation>Algorithmus %1</translation>
    </message>
    <message>
        <source>realm "%1"</source>
        <translation>Realm „%1“</translation>
    </message>
    <message>
        <source>qop %1</source>
        <translation>qop %1</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) sent</source>
        <translation>
            <numerusform>%n Anfrage gesendet</numerusform>
            <numerusform>%n Anfragen gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>Das Zertifikat %1</translation>
    </message>
    <message>
        <source>Chain: %1</source>
        <translation>Kette: %1</translation>
    </message>
</context>
<context>
    <name>SipScope::StreamTransport</name>
    <message>
        <source>Cannot use the local address %1: %2</source>
        <translation>Die lokale Adresse %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>TCP connection from %1 to %2 established</source>
        <translation>TCP-Verbindung von %1 zu %2 hergestellt</translation>
    </message>
    <message numerus="yes">
        <source>the connection ended in the middle of a message (%n byte(s) received)</source>
        <translation>
            <numerusform>die Verbindung endete mitten in einer Nachricht (%n Byte empfangen)</numerusform>
            <numerusform>die Verbindung endete mitten in einer Nachricht (%n Bytes empfangen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 did not accept the TCP connection within %2 s: a firewall may drop the packets, or the host is down.</source>
        <translation>%1 hat die TCP-Verbindung nicht innerhalb von %2 s angenommen: Eine Firewall verwirft möglicherweise die Pakete, oder der Host ist ausgefallen.</translation>
    </message>
    <message>
        <source>Nothing listens on %1: the connection was refused.</source>
        <translation>Auf %1 wartet nichts: Die Verbindung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>%1 reset the connection before a final response arrived.</source>
        <translation>%1 hat die Verbindung zurückgesetzt, bevor eine endgültige Antwort eintraf.</translation>
    </message>
    <message>
        <source>%1 closed the connection before a final response arrived.</source>
        <translation>%1 hat die Verbindung geschlossen, bevor eine endgültige Antwort eintraf.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Cannot use the local address: %1</source>
        <translation>Die lokale Adresse kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Network error with %1: %2</source>
        <translation>Netzwerkfehler mit %1: %2</translation>
    </message>
    <message>
        <source>%1 answered with bytes that are not a SIP message (%2); the connection cannot be read any further.</source>
        <translation>%1 hat mit Bytes geantwortet, die keine SIP-Nachricht sind (%2); die Verbindung kann nicht weiter gelesen werden.</translation>
    </message>
</context>
<context>
    <name>SipScope::TlsKeySupport</name>
    <message>
        <source>of another kind</source>
        <translation>von anderer Art</translation>
    </message>
    <message>
        <source>the TLS backend in use (%1) can only use RSA and DSA keys for our own certificate, and this key is %2; use an RSA key, or SipScope with Qt's OpenSSL backend</source>
        <translation>das verwendete TLS-Backend (%1) kann für das eigene Zertifikat nur RSA- und DSA-Schlüssel verwenden, und dieser Schlüssel ist %2; verwenden Sie einen RSA-Schlüssel oder SipScope mit dem OpenSSL-Backend von Qt</translation>
    </message>
</context>
<context>
    <name>SipScope::TlsTransport</name>
    <message>
        <source>it holds no unencrypted PEM private key (RSA, EC or DSA)</source>
        <translation>sie enthält keinen unverschlüsselten privaten PEM-Schlüssel (RSA, EC oder DSA)</translation>
    </message>
    <message>
        <source>it holds no PEM certificate</source>
        <translation>sie enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be used: %2</source>
        <translation>Die CA-Datei %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>A client certificate needs both a certificate file and a key file.</source>
        <translation>Ein Client-Zertifikat braucht sowohl eine Zertifikatsdatei als auch eine Schlüsseldatei.</translation>
    </message>
    <message>
        <source>The client certificate %1 cannot be used: %2</source>
        <translation>Das Client-Zertifikat %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>The private key %1 cannot be used: %2</source>
        <translation>Der private Schlüssel %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>TLS is not available: no TLS library could be loaded.</source>
        <translation>TLS ist nicht verfügbar: Es konnte keine TLS-Bibliothek geladen werden.</translation>
    </message>
    <message>
        <source>The certificate of %1 is NOT verified (%2); going on because insecure mode is on.</source>
        <translation>Das Zertifikat von %1 ist NICHT verifiziert (%2); es wird fortgefahren, weil der unsichere Modus aktiv ist.</translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation>kein Zertifikat</translation>
    </message>
    <message>
        <source>verified for %1</source>
        <translation>verifiziert für %1</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>NICHT verifiziert</translation>
    </message>
    <message>
        <source>TLS handshake done: %1, %2; certificate %3 (%4)</source>
        <translation>TLS-Handshake abgeschlossen: %1, %2; Zertifikat %3 (%4)</translation>
    </message>
    <message>
        <source>%1 closed the connection during the TLS handshake: it may require a client certificate, or not accept our TLS versions.</source>
        <translation>%1 hat die Verbindung während des TLS-Handshakes geschlossen: Möglicherweise verlangt es ein Client-Zertifikat oder akzeptiert unsere TLS-Versionen nicht.</translation>
    </message>
    <message>
        <source>%1 does not speak TLS on this port (is it a plain TCP or UDP port?).</source>
        <translation>%1 spricht auf diesem Port kein TLS (ist es ein reiner TCP- oder UDP-Port?).</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 accepted the TCP connection but did not complete the TLS handshake within %2 s.</source>
        <translation>%1 hat die TCP-Verbindung angenommen, den TLS-Handshake aber nicht innerhalb von %2 s abgeschlossen.</translation>
    </message>
    <message>
        <source>%1 closed the TLS connection without answering. Under TLS 1.3 this is also how a server refuses a client without a client certificate.</source>
        <translation>%1 hat die TLS-Verbindung ohne Antwort geschlossen. Unter TLS 1.3 weist ein Server so auch einen Client ohne Client-Zertifikat ab.</translation>
    </message>
    <message>
        <source>The server may require a client certificate.</source>
        <translation>Der Server verlangt möglicherweise ein Client-Zertifikat.</translation>
    </message>
</context>
<context>
    <name>SipScope::TraceDialog</name>
    <message>
        <source>Sending OPTIONS with Max-Forwards %1…</source>
        <translation>OPTIONS mit Max-Forwards %1 wird gesendet…</translation>
    </message>
    <message>
        <source>Trace Route</source>
        <translation>Route verfolgen</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>sip:pbx.example.com</source>
        <translation>sip:pbx.example.com</translation>
    </message>
    <message>
        <source>Target to trace</source>
        <translation>Zu verfolgendes Ziel</translation>
    </message>
    <message>
        <source>&amp;Hops at most:</source>
        <translation>Max. &amp;Hops:</translation>
    </message>
    <message>
        <source>Hops at most</source>
        <translation>Höchstzahl an Hops</translation>
    </message>
    <message>
        <source>&amp;Wait per hop:</source>
        <translation>&amp;Wartezeit pro Hop:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds to wait for each hop</source>
        <translation>Sekunden Wartezeit pro Hop</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Hops</source>
        <translation>Hops</translation>
    </message>
    <message>
        <source>Trace summary</source>
        <translation>Trace-Zusammenfassung</translation>
    </message>
    <message>
        <source>Sends OPTIONS with Max-Forwards 0, 1, 2 … : each proxy on the way answers 483 Too Many Hops in turn, until the target answers.</source>
        <translation>Sendet OPTIONS mit Max-Forwards 0, 1, 2 …: Jeder Proxy auf dem Weg antwortet der Reihe nach mit 483 Too Many Hops, bis das Ziel antwortet.</translation>
    </message>
    <message>
        <source>Enter a target first, e.g. sip:pbx.example.com</source>
        <translation>Geben Sie zuerst ein Ziel ein, z. B. sip:pbx.example.com</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>S&amp;toppen</translation>
    </message>
</context>
<context>
    <name>SipScope::TraceHopModel</name>
    <message>
        <source>Max-Forwards 0 cannot leave the first hop: this is the address the request was sent to.</source>
        <translation>Max-Forwards 0 kann den ersten Hop nicht verlassen: Dies ist die Adresse, an die die Anfrage gesendet wurde.</translation>
    </message>
    <message>
        <source>* no answer</source>
        <translation>* keine Antwort</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 (Contact)</source>
        <translation>%1 (Contact)</translation>
    </message>
    <message>
        <source>%1 (Warning)</source>
        <translation>%1 (Warning)</translation>
    </message>
    <message>
        <source>Max-Forwards</source>
        <translation>Max-Forwards</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Hop</source>
        <translation>Hop</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Antwortzeit</translation>
    </message>
    <message>
        <source>Came back from</source>
        <translation>Zurück von</translation>
    </message>
</context>
<context>
    <name>SipScope::Tracer</name>
    <message numerus="yes">
        <source>%1 answered %2 %3 after %n proxy hop(s).</source>
        <translation>
            <numerusform>%1 hat nach %n Proxy-Hop mit %2 %3 geantwortet.</numerusform>
            <numerusform>%1 hat nach %n Proxy-Hops mit %2 %3 geantwortet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The request did not reach %1 within %n hop(s).</source>
        <translation>
            <numerusform>Die Anfrage hat %1 nicht innerhalb von %n Hop erreicht.</numerusform>
            <numerusform>Die Anfrage hat %1 nicht innerhalb von %n Hops erreicht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The trace stopped: %n hop(s) in a row did not answer.</source>
        <translation>
            <numerusform>Der Trace wurde beendet: %n Hop hat nicht geantwortet.</numerusform>
            <numerusform>Der Trace wurde beendet: %n Hops in Folge haben nicht geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The trace stopped: %1</source>
        <translation>Der Trace wurde beendet: %1</translation>
    </message>
    <message>
        <source>The trace stopped after its time limit of %1 s.</source>
        <translation>Der Trace wurde nach seinem Zeitlimit von %1 s beendet.</translation>
    </message>
    <message>
        <source>The trace was cancelled.</source>
        <translation>Der Trace wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The same hop answered at two different depths: the request goes round in a loop.</source>
        <translation>Derselbe Hop hat in zwei verschiedenen Tiefen geantwortet: Die Anfrage läuft in einer Schleife.</translation>
    </message>
</context>
<context>
    <name>SipScope::VendorCodes</name>
    <message>
        <source>Microsoft Teams Direct Routing sub-code %1: its last three digits are the SIP code %2; 560 means your SBC sent it, so start with the SBC's logs.</source>
        <translation>Sub-Code %1 von Microsoft Teams Direct Routing: Die letzten drei Ziffern sind der SIP-Code %2; 560 bedeutet, dass Ihr SBC ihn gesendet hat, beginnen Sie also mit den Logs des SBC.</translation>
    </message>
    <message>
        <source>Zoom Phone error code %1: its last three digits are the SIP code %2.</source>
        <translation>Fehlercode %1 von Zoom Phone: Die letzten drei Ziffern sind der SIP-Code %2.</translation>
    </message>
</context>
<context>
    <name>SipScope::WaterfallWidget</name>
    <message>
        <source>Timing waterfall</source>
        <translation>Timing-Wasserfall</translation>
    </message>
    <message>
        <source>No timing yet: run a probe.</source>
        <translation>Noch keine Zeiten: Starten Sie einen Test.</translation>
    </message>
    <message numerus="yes">
        <source>… %n more phase(s)</source>
        <translation>
            <numerusform>… %n weitere Phase</numerusform>
            <numerusform>… %n weitere Phasen</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>No timing yet.</source>
        <translation>Noch keine Zeiten.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Gesamt: %1</translation>
    </message>
    <message>
        <source>%1: %2 (from %3 to %4; %5)</source>
        <translation>%1: %2 (von %3 bis %4; %5)</translation>
    </message>
</context>
<context>
    <name>SipScope::WsTransport</name>
    <message>
        <source>%1 opened the WebSocket but did not agree to the subprotocol "sip" (RFC 7118 §4): it is not a SIP WebSocket server, or SIP lives under another path.</source>
        <translation>%1 hat den WebSocket geöffnet, aber dem Subprotokoll „sip“ nicht zugestimmt (RFC 7118 §4): Es ist kein SIP-WebSocket-Server, oder SIP liegt unter einem anderen Pfad.</translation>
    </message>
    <message>
        <source>no subprotocol</source>
        <translation>kein Subprotokoll</translation>
    </message>
    <message>
        <source>verified for %1</source>
        <translation>verifiziert für %1</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>NICHT verifiziert</translation>
    </message>
    <message>
        <source>TLS: %1, %2; certificate %3 (%4)</source>
        <translation>TLS: %1, %2; Zertifikat %3 (%4)</translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation>kein Zertifikat</translation>
    </message>
    <message>
        <source>WebSocket open to %1 (subprotocol sip), from %2</source>
        <translation>WebSocket zu %1 geöffnet (Subprotokoll sip), von %2</translation>
    </message>
    <message>
        <source>%1 closed the connection during the WebSocket handshake (wrong path, or not a WebSocket server).</source>
        <translation>%1 hat die Verbindung während des WebSocket-Handshakes geschlossen (falscher Pfad oder kein WebSocket-Server).</translation>
    </message>
    <message>
        <source>%1 closed the WebSocket connection before answering.</source>
        <translation>%1 hat die WebSocket-Verbindung vor der Antwort geschlossen.</translation>
    </message>
    <message>
        <source>Nothing accepts connections on %1: the port is closed.</source>
        <translation>Auf %1 nimmt nichts Verbindungen an: Der Port ist geschlossen.</translation>
    </message>
    <message>
        <source>The name in %1 could not be resolved.</source>
        <translation>Der Name in %1 konnte nicht aufgelöst werden.</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The WebSocket connection to %1 failed: %2</source>
        <translation>Die WebSocket-Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The certificate of %1 is NOT verified (%2); going on because insecure mode is on.</source>
        <translation>Das Zertifikat von %1 ist NICHT verifiziert (%2); es wird fortgefahren, weil der unsichere Modus aktiv ist.</translation>
    </message>
    <message>
        <source>The WebSocket to %1 did not open within %2 s: a firewall may drop the connection, or the server does not complete the handshake.</source>
        <translation>Der WebSocket zu %1 wurde nicht innerhalb von %2 s geöffnet: Eine Firewall verwirft möglicherweise die Verbindung, oder der Server schließt den Handshake nicht ab.</translation>
    </message>
    <message>
        <source>"%1" is not a WebSocket URL: write it as ws://host[:port][/path] or wss://…</source>
        <translation>„%1“ ist keine WebSocket-URL: Schreiben Sie sie als ws://host[:port][/path] oder wss://…</translation>
    </message>
    <message>
        <source>The WebSocket URL %1 may not carry a user, a query or a fragment.</source>
        <translation>Die WebSocket-URL %1 darf keinen Benutzer, keine Query und kein Fragment enthalten.</translation>
    </message>
    <message>
        <source>The port of %1 is not a port number.</source>
        <translation>Der Port von %1 ist keine Portnummer.</translation>
    </message>
    <message>
        <source>%1 answered with a WebSocket message that is not a SIP message (%2).</source>
        <translation>%1 hat mit einer WebSocket-Nachricht geantwortet, die keine SIP-Nachricht ist (%2).</translation>
    </message>
</context>
<context>
    <name>SipUri</name>
    <message>
        <source>The target is empty: type a host name, an address or a sip: URI.</source>
        <translation>Das Ziel ist leer: Geben Sie einen Hostnamen, eine Adresse oder eine sip:-URI ein.</translation>
    </message>
    <message>
        <source>The target is longer than %1 characters.</source>
        <translation>Das Ziel ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The target contains spaces or control characters.</source>
        <translation>Das Ziel enthält Leerzeichen oder Steuerzeichen.</translation>
    </message>
    <message>
        <source>"%1:" is not a SIP address: use sip:, sips: or just a host name.</source>
        <translation>„%1:“ ist keine SIP-Adresse: Verwenden Sie sip:, sips: oder einfach einen Hostnamen.</translation>
    </message>
    <message>
        <source>The target has no host: add a host name or an IP address.</source>
        <translation>Das Ziel hat keinen Host: Fügen Sie einen Hostnamen oder eine IP-Adresse hinzu.</translation>
    </message>
    <message>
        <source>A password in the target is not supported: remove the part after ':' in the user name.</source>
        <translation>Ein Passwort im Ziel wird nicht unterstützt: Entfernen Sie den Teil nach ':' im Benutzernamen.</translation>
    </message>
    <message>
        <source>The user part before '@' is empty.</source>
        <translation>Der Benutzerteil vor '@' ist leer.</translation>
    </message>
    <message>
        <source>The user part "%1" contains characters that are not allowed.</source>
        <translation>Der Benutzerteil „%1“ enthält unzulässige Zeichen.</translation>
    </message>
    <message>
        <source>"%1" is not a valid host name or IPv4 address.</source>
        <translation>„%1“ ist kein gültiger Hostname und keine gültige IPv4-Adresse.</translation>
    </message>
    <message>
        <source>Unbalanced brackets in "%1": write IPv6 addresses as [2001:db8::1].</source>
        <translation>Unausgeglichene Klammern in „%1“: Schreiben Sie IPv6-Adressen als [2001:db8::1].</translation>
    </message>
    <message>
        <source>"%1" is not a valid IPv6 address.</source>
        <translation>„%1“ ist keine gültige IPv6-Adresse.</translation>
    </message>
    <message>
        <source>The port is missing after ':'.</source>
        <translation>Nach ':' fehlt der Port.</translation>
    </message>
    <message>
        <source>"%1" is not a valid port: use a number from 1 to 65535.</source>
        <translation>„%1“ ist kein gültiger Port: Verwenden Sie eine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>The URI parameter ";%1" is malformed or repeated.</source>
        <translation>Der URI-Parameter „;%1“ ist fehlerhaft oder doppelt.</translation>
    </message>
    <message>
        <source>Unsupported transport "%1": use udp, tcp or tls (sips: needs tls).</source>
        <translation>Nicht unterstützter Transport „%1“: Verwenden Sie udp, tcp oder tls (sips: braucht tls).</translation>
    </message>
    <message>
        <source>URI headers ("%1") are not supported in a probe target.</source>
        <translation>URI-Header („%1“) werden in einem Testziel nicht unterstützt.</translation>
    </message>
    <message>
        <source>A SIP URI has no "//": write %1:host, not %1://host.</source>
        <translation>Eine SIP-URI hat kein „//“: Schreiben Sie %1:host, nicht %1://host.</translation>
    </message>
</context>
<context>
    <name>TlsCertificateCheck</name>
    <message>
        <source>it expired on %1</source>
        <translation>es ist am %1 abgelaufen</translation>
    </message>
    <message>
        <source>it is not valid before %1</source>
        <translation>es ist erst ab %1 gültig</translation>
    </message>
    <message>
        <source>it is self-signed: no certificate authority vouches for it</source>
        <translation>es ist selbstsigniert: Keine Zertifizierungsstelle bürgt dafür</translation>
    </message>
    <message>
        <source>its issuer (%1) is not a trusted certificate authority</source>
        <translation>sein Aussteller (%1) ist keine vertrauenswürdige Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>it is for %1, not for %2</source>
        <translation>es gilt für %1, nicht für %2</translation>
    </message>
    <message>
        <source>it has been revoked</source>
        <translation>es wurde widerrufen</translation>
    </message>
    <message>
        <source>Check the host name of the target, or allow an insecure connection to probe anyway.</source>
        <translation>Prüfen Sie den Hostnamen des Ziels oder erlauben Sie eine unsichere Verbindung, um trotzdem zu prüfen.</translation>
    </message>
    <message>
        <source>Trust its certificate authority (a CA file), or allow an insecure connection to probe anyway.</source>
        <translation>Vertrauen Sie seiner Zertifizierungsstelle (eine CA-Datei), oder erlauben Sie eine unsichere Verbindung, um trotzdem zu prüfen.</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 was not accepted: %2.</source>
        <translation>Das TLS-Zertifikat von %1 wurde nicht akzeptiert: %2.</translation>
    </message>
</context>
<context>
    <name>TlsCertificateSummary</name>
    <message>
        <source>subject %1; issuer %2; valid %3 to %4 UTC; SHA-256 %5</source>
        <translation>Inhaber %1; Aussteller %2; gültig %3 bis %4 UTC; SHA-256 %5</translation>
    </message>
</context>
<context>
    <name>UdpTransport</name>
    <message>
        <source>Cannot use the local address %1: %2</source>
        <translation>Die lokale Adresse %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>UDP socket %1 → %2</source>
        <translation>UDP-Socket %1 → %2</translation>
    </message>
    <message>
        <source>Nothing listens on %1: the host answered "port unreachable" (ICMP).</source>
        <translation>Auf %1 wartet nichts: Der Host hat „Port unreachable“ (ICMP) geantwortet.</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Network error with %1: %2</source>
        <translation>Netzwerkfehler mit %1: %2</translation>
    </message>
</context>
<context>
    <name>VerdictProfile</name>
    <message>
        <source>"%1" is not a profile name: use letters, digits, '-', '_' or '.', starting with a letter.</source>
        <translation>„%1“ ist kein Profilname: Verwenden Sie Buchstaben, Ziffern, „-“, „_“ oder „.“, beginnend mit einem Buchstaben.</translation>
    </message>
    <message>
        <source>Profile %1: unknown base profile "%2" (choose %3).</source>
        <translation>Profil %1: unbekanntes Basisprofil „%2“ (zur Wahl: %3).</translation>
    </message>
    <message>
        <source>Profile %1: give the codes that are up or those that are down, not both.</source>
        <translation>Profil %1: Geben Sie entweder die Codes an, die als erreichbar zählen, oder die, die als ausgefallen zählen, nicht beide.</translation>
    </message>
    <message>
        <source>Profile %1: %2</source>
        <translation>Profil %1: %2</translation>
    </message>
    <message>
        <source>Profile %1: failures before down must be from 1 to %2, not %3.</source>
        <translation>Profil %1: Die Fehler vor „ausgefallen“ müssen zwischen 1 und %2 liegen, nicht %3.</translation>
    </message>
    <message>
        <source>up: %1</source>
        <translation>erreichbar: %1</translation>
    </message>
    <message>
        <source>up: any answer</source>
        <translation>erreichbar: jede Antwort</translation>
    </message>
    <message>
        <source>down: %1 or no answer</source>
        <translation>ausgefallen: %1 oder keine Antwort</translation>
    </message>
    <message>
        <source>503 with Retry-After: maintenance</source>
        <translation>503 mit Retry-After: Wartung</translation>
    </message>
    <message numerus="yes">
        <source>%n failures in a row before down</source>
        <translation>
            <numerusform>%n Fehler in Folge vor „ausgefallen“</numerusform>
            <numerusform>%n Fehler in Folge vor „ausgefallen“</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerdictProfiles</name>
    <message>
        <source>The verdict profile %1 is defined twice (or is a built-in one).</source>
        <translation>Das Bewertungsprofil %1 ist doppelt festgelegt (oder ist ein eingebautes).</translation>
    </message>
    <message>
        <source>Unknown verdict profile "%1" (choose %2).</source>
        <translation>Unbekanntes Bewertungsprofil „%1“ (zur Wahl: %2).</translation>
    </message>
</context>
<context>
    <name>Warning</name>
    <message>
        <source>The address format offered (for example IPv4 or IPv6) cannot be used by this side.</source>
        <translation>Das angebotene Adressformat (zum Beispiel IPv4 oder IPv6) kann auf dieser Seite nicht verwendet werden.</translation>
    </message>
    <message>
        <source>A bandwidth line in the session description uses units this side does not understand.</source>
        <translation>Eine Bandbreitenzeile in der Sitzungsbeschreibung verwendet Einheiten, die diese Seite nicht versteht.</translation>
    </message>
    <message>
        <source>A media type offered (audio, video, ...) is not available on this side.</source>
        <translation>Ein angebotener Medientyp (Audio, Video …) ist auf dieser Seite nicht verfügbar.</translation>
    </message>
    <message>
        <source>An attribute line in the session description was not understood.</source>
        <translation>Eine Attributzeile in der Sitzungsbeschreibung wurde nicht verstanden.</translation>
    </message>
    <message>
        <source>A parameter of the session description other than an attribute was not understood.</source>
        <translation>Ein Parameter der Sitzungsbeschreibung, der kein Attribut ist, wurde nicht verstanden.</translation>
    </message>
    <message>
        <source>None of the languages asked for in the session description (RFC 8373) can be provided.</source>
        <translation>Keine der in der Sitzungsbeschreibung angeforderten Sprachen (RFC 8373) kann bereitgestellt werden.</translation>
    </message>
    <message>
        <source>The site where the user is located does not support multicast.</source>
        <translation>Der Standort, an dem sich der Teilnehmer befindet, unterstützt kein Multicast.</translation>
    </message>
    <message>
        <source>The site where the user is located does not support unicast communication, usually because of a firewall.</source>
        <translation>Der Standort, an dem sich der Teilnehmer befindet, unterstützt keine Unicast-Kommunikation, meist wegen einer Firewall.</translation>
    </message>
    <message>
        <source>The bandwidth asked for in the session description, or for the media, exceeds what is available.</source>
        <translation>Die in der Sitzungsbeschreibung oder für die Medien angeforderte Bandbreite übersteigt die verfügbare.</translation>
    </message>
    <message>
        <source>Free-form information from the sender; read the warn-text, it often names the real reason (for example a rejected number or an internal error).</source>
        <translation>Freie Angaben des Absenders; lesen Sie den warn-text, er nennt oft den eigentlichen Grund (zum Beispiel eine abgelehnte Rufnummer oder einen internen Fehler).</translation>
    </message>
    <message>
        <source>One or more network protocols offered in the session description are not available to this side.</source>
        <translation>Eines oder mehrere der in der Sitzungsbeschreibung angebotenen Netzprotokolle sind auf dieser Seite nicht verfügbar.</translation>
    </message>
    <message>
        <source>One or more media transport protocols offered (for example RTP/AVP or RTP/SAVP) are not available.</source>
        <translation>Eines oder mehrere der angebotenen Medien-Transportprotokolle (zum Beispiel RTP/AVP oder RTP/SAVP) sind nicht verfügbar.</translation>
    </message>
    <message>
        <source>One or more media formats (codecs) offered are not available, possibly only some of them: the usual sign of a codec mismatch.</source>
        <translation>Eines oder mehrere der angebotenen Medienformate (Codecs) sind nicht verfügbar, womöglich nur einige davon: das typische Zeichen dafür, dass die Codecs nicht zusammenpassen.</translation>
    </message>
    <message>
        <source>The UAS or proxy cannot process the request because the SIPS scheme is not allowed, for example because no SIPS contacts are registered for that address (RFC 5630 §9).</source>
        <translation>Der UAS oder Proxy kann die Anfrage nicht bearbeiten, weil das SIPS-Schema nicht erlaubt ist, zum Beispiel weil für diese Adresse keine SIPS-Contacts registriert sind (RFC 5630 §9).</translation>
    </message>
    <message>
        <source>The UAS or proxy cannot process the request because it requires the SIPS scheme: send it to a sips: URI over TLS (RFC 5630 §9).</source>
        <translation>Der UAS oder Proxy kann die Anfrage nicht bearbeiten, weil er das SIPS-Schema verlangt: Senden Sie sie an eine sips:-URI über TLS (RFC 5630 §9).</translation>
    </message>
</context>
<context>
    <name>WireTime</name>
    <message>
        <source>application clock</source>
        <translation>Uhr der Anwendung</translation>
    </message>
    <message>
        <source>kernel timestamp</source>
        <translation>Zeitstempel des Kernels</translation>
    </message>
    <message>
        <source>kernel timestamps</source>
        <translation>Zeitstempel des Kernels</translation>
    </message>
    <message>
        <source>sent: %1, received: %2</source>
        <translation>gesendet: %1, empfangen: %2</translation>
    </message>
</context>
</TS>
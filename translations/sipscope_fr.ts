<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>AllowList</name>
    <message>
        <source>an empty entry allows nothing; write an address, a network, a host name or a domain suffix</source>
        <translation>une entrée vide n'autorise rien ; écrivez une adresse, un réseau, un nom d'hôte ou un suffixe de domaine</translation>
    </message>
    <message>
        <source>"%1" is not a network in CIDR notation such as 10.0.0.0/8 or 2001:db8::/32</source>
        <translation>« %1 » n'est pas un réseau en notation CIDR comme 10.0.0.0/8 ou 2001:db8::/32</translation>
    </message>
    <message>
        <source>"%1" is not a domain suffix such as .example.com</source>
        <translation>« %1 » n'est pas un suffixe de domaine comme .example.com</translation>
    </message>
    <message>
        <source>"%1" is not an IP address, a network, a host name or a domain suffix</source>
        <translation>« %1 » n'est ni une adresse IP, ni un réseau, ni un nom d'hôte, ni un suffixe de domaine</translation>
    </message>
</context>
<context>
    <name>BytesExcerpt</name>
    <message numerus="yes">
        <source> (%n more byte(s))</source>
        <translation>
            <numerusform> (%n octet de plus)</numerusform>
            <numerusform> (%n octets de plus)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptureAnalysis</name>
    <message>
        <source>Frame %1 (%2 → %3): not a valid SIP message: %4</source>
        <translation>Trame %1 (%2 → %3) : pas un message SIP valide : %4</translation>
    </message>
    <message>
        <source>The capture's link type is %1, which SipScope does not read (it reads Ethernet, Linux cooked SLL and SLL2, raw IP, loopback and Wireshark's exported PDUs).</source>
        <translation>Le type de lien de la capture est %1, que SipScope ne lit pas (il lit Ethernet, Linux cooked SLL et SLL2, IP brut, loopback et les PDU exportées de Wireshark).</translation>
    </message>
    <message>
        <source>Frame %1 was cut by the capture's snap length (%2 of %3 bytes kept); what it carried cannot be read.</source>
        <translation>La trame %1 a été tronquée par la longueur de capture (snaplen) : %2 octets gardés sur %3 ; son contenu est illisible.</translation>
    </message>
</context>
<context>
    <name>CaptureReader</name>
    <message>
        <source>Cannot read the capture %1: %2</source>
        <translation>Impossible de lire la capture %1 : %2</translation>
    </message>
    <message>
        <source>This SipScope was built without capture support (libpcap); it cannot read pcap or pcapng files.</source>
        <translation>Ce SipScope a été compilé sans la prise en charge des captures (libpcap) ; il ne peut pas lire de fichiers pcap ou pcapng.</translation>
    </message>
    <message>
        <source>Cannot read the capture from memory.</source>
        <translation>Impossible de lire la capture en mémoire.</translation>
    </message>
    <message>
        <source>The capture is damaged at frame %1: %2</source>
        <translation>La capture est endommagée à la trame %1 : %2</translation>
    </message>
</context>
<context>
    <name>CaptureSink</name>
    <message numerus="yes">
        <source>Capture written to %1 (%n packet(s)).</source>
        <translation>
            <numerusform>Capture écrite dans %1 (%n paquet).</numerusform>
            <numerusform>Capture écrite dans %1 (%n paquets).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decrypted message(s) could not go into the classic pcap file, which holds one link type only; write pcapng to keep them.</source>
        <translation>
            <numerusform>%n message déchiffré n'a pas pu aller dans le fichier pcap classique, qui ne contient qu'un seul type de lien ; écrivez du pcapng pour le garder.</numerusform>
            <numerusform>%n messages déchiffrés n'ont pas pu aller dans le fichier pcap classique, qui ne contient qu'un seul type de lien ; écrivez du pcapng pour les garder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>The system could not understand the request your phone or the network sent, so it was rejected.</source>
        <translation>Le système n'a pas compris la requête envoyée par votre téléphone ou par le réseau, il l'a donc refusée.</translation>
    </message>
    <message>
        <source>A device along the way received a signalling message that was broken or missing required parts, so it could not process it. This is almost always a software or configuration problem in the sending device, a gateway or a session border controller, not something the caller did. Trying the same call again usually fails the same way until the faulty device is fixed.</source>
        <translation>Un équipement sur le trajet a reçu un message de signalisation défectueux ou incomplet et n'a pas pu le traiter. Il s'agit presque toujours d'un problème de logiciel ou de configuration dans l'équipement émetteur, une passerelle ou un SBC (session border controller), et non d'une erreur de l'appelant. Un nouvel essai du même appel échoue en général de la même façon tant que l'équipement fautif n'a pas été corrigé.</translation>
    </message>
    <message>
        <source>A header that is missing, duplicated or badly formatted
A Content-Length that does not match the body, often after a device rewrote the message
A broken header manipulation rule on an SBC or PBX
Invalid characters in a display name, user part or URI
A malformed SDP or multipart body
A message cut off by UDP fragmentation or altered by a router's SIP ALG</source>
        <translation>Un en-tête manquant, en double ou mal formé
Un Content-Length qui ne correspond pas au corps, souvent après la réécriture du message par un équipement
Une règle de manipulation d'en-têtes défectueuse sur un SBC ou un IPBX
Des caractères non valides dans un nom affiché, une partie utilisateur ou une URI
Un SDP ou un corps multipart mal formé
Un message tronqué par la fragmentation UDP ou modifié par le SIP ALG d'un routeur</translation>
    </message>
    <message>
        <source>Read the reason phrase and any Warning header: they often name the faulty header
Capture the request and check it against the RFC 3261 syntax
Look for recent header manipulation or firmware changes on the PBX, SBC or gateway
Disable SIP ALG on the router if messages arrive modified
Try TCP instead of UDP if large messages arrive truncated</source>
        <translation>Lisez le libellé de la réponse et l'éventuel en-tête Warning : ils désignent souvent l'en-tête fautif
Capturez la requête et vérifiez-la par rapport à la syntaxe de la RFC 3261
Recherchez des modifications récentes des règles de manipulation d'en-têtes ou du firmware sur l'IPBX, le SBC ou la passerelle
Désactivez le SIP ALG du routeur si les messages arrivent modifiés
Essayez TCP au lieu d'UDP si les messages volumineux arrivent tronqués</translation>
    </message>
    <message>
        <source>bad request, malformed, invalid message, syntax error, parse error, missing header, call fails immediately, protocol error</source>
        <translation>requête invalide, mauvaise requête, message mal formé, message invalide, erreur de syntaxe, erreur d'analyse, en-tête manquant, l'appel échoue tout de suite, erreur de protocole, bad request</translation>
    </message>
    <message>
        <source>The phone system asked the phone to prove who it is, and the login it got was missing or wrong.</source>
        <translation>Le standard téléphonique a demandé au téléphone de s'identifier, et les identifiants reçus étaient absents ou incorrects.</translation>
    </message>
    <message>
        <source>The server wants the phone or app to log in with its account name and password before it registers it or places the call. A single 401 followed by success is normal, because that is how every login starts. If it keeps coming back, the credentials stored in the caller's phone or app are wrong, so the problem is on the caller's side (device or account settings).</source>
        <translation>Le serveur demande au téléphone ou à l'application de s'authentifier avec son nom de compte et son mot de passe avant de l'enregistrer ou de passer l'appel. Un seul 401 suivi d'un succès est normal : toute authentification commence ainsi. S'il revient sans cesse, les identifiants enregistrés dans le téléphone ou l'application de l'appelant sont faux ; le problème se situe donc du côté de l'appelant (réglages de l'appareil ou du compte).</translation>
    </message>
    <message>
        <source>Sent by a user agent server or registrar, not by a proxy, with a WWW-Authenticate challenge (RFC 3261 §21.4.2); the client repeats the request with an Authorization header computed from its credentials (digest, RFC 3261 §22.2). A second 401 after credentials were sent means they were rejected, while a challenge with stale=true only asks for a retry with the new nonce. A proxy challenges with 407 and Proxy-Authenticate instead, answered with Proxy-Authorization (RFC 3261 §22.3). Check the realm, username, algorithm (MD5 or SHA-256) and qop of the challenge against the account; RFC 3398 maps 401 to Q.850 cause 21 (Call rejected).</source>
        <translation>Envoyée par un serveur d'agent utilisateur (UAS) ou un registrar, et non par un proxy, avec un challenge WWW-Authenticate (RFC 3261 §21.4.2) ; le client renvoie la requête avec un en-tête Authorization calculé à partir de ses identifiants (digest, RFC 3261 §22.2). Un second 401 après l'envoi des identifiants signifie qu'ils ont été refusés, alors qu'un challenge avec stale=true demande seulement un nouvel essai avec le nouveau nonce. Un proxy envoie plutôt un challenge 407 avec Proxy-Authenticate, auquel on répond par Proxy-Authorization (RFC 3261 §22.3). Comparez le realm, le nom d'utilisateur, l'algorithme (MD5 ou SHA-256) et le qop du challenge avec le compte ; la RFC 3398 fait correspondre 401 à la cause Q.850 21 (Appel rejeté).</translation>
    </message>
    <message>
        <source>Wrong password or username saved in the phone or app
Authentication username differs from the extension number or caller ID user
The password was changed on the server but not on the device
The realm or domain on the device does not match the server
The device does not support the offered digest algorithm
A normal first challenge, when a retry with credentials follows</source>
        <translation>Mot de passe ou nom d'utilisateur erroné enregistré dans le téléphone ou l'application
Le nom d'utilisateur d'authentification diffère du numéro de poste ou de l'utilisateur du numéro présenté
Le mot de passe a été changé sur le serveur mais pas sur l'appareil
Le realm ou le domaine configuré sur l'appareil ne correspond pas à celui du serveur
L'appareil ne prend pas en charge l'algorithme digest proposé
Un premier challenge normal, lorsqu'il est suivi d'un nouvel essai avec identifiants</translation>
    </message>
    <message>
        <source>Check whether a retried request with Authorization follows; if it succeeds, the 401 was normal
Re-enter the SIP username, authentication ID and password on the device
Reset the SIP password on the server and provision it again
Compare the realm in WWW-Authenticate with the domain configured on the device
Check the server log for failed logins or an IP ban</source>
        <translation>Vérifiez si une nouvelle requête avec Authorization suit ; si elle aboutit, le 401 était normal
Saisissez à nouveau le nom d'utilisateur SIP, l'identifiant d'authentification et le mot de passe sur l'appareil
Réinitialisez le mot de passe SIP sur le serveur et reprovisionnez l'appareil
Comparez le realm de WWW-Authenticate avec le domaine configuré sur l'appareil
Consultez le journal du serveur pour repérer des échecs d'authentification ou un bannissement d'adresse IP</translation>
    </message>
    <message>
        <source>wrong password, authentication failed, login, login failed, credentials, unauthorized, registration failed, cannot register, username, password, digest</source>
        <translation>mauvais mot de passe, mot de passe incorrect, échec d'authentification, authentification, connexion, échec de connexion, identifiants, non autorisé, échec d'enregistrement, impossible de s'enregistrer, nom d'utilisateur, mot de passe, digest</translation>
    </message>
    <message>
        <source>The call was refused because of a payment problem on the account, such as no credit left.</source>
        <translation>L'appel a été refusé à cause d'un problème de paiement sur le compte, par exemple un crédit épuisé.</translation>
    </message>
    <message>
        <source>The provider would not connect the call because of a billing problem on the caller's account, such as no credit left, an unpaid bill or a spending limit reached. It is about the caller's account with the provider, not about the person being called or the equipment. Topping up or settling the account usually fixes it.</source>
        <translation>L'opérateur n'a pas voulu établir l'appel à cause d'un problème de facturation sur le compte de l'appelant : crédit épuisé, facture impayée ou plafond de dépenses atteint, par exemple. Cela concerne le compte de l'appelant chez son opérateur, et non la personne appelée ni les équipements. Recharger le compte ou régulariser la situation règle généralement le problème.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.4.3 reserves 402 for future use and defines no behaviour for it, so the standard does not say how a client should react. In practice prepaid platforms, carriers and billing-aware softswitches send it when the balance or credit limit does not cover the call, sometimes with an explanation in the reason phrase or a Warning header. Treat it as a final refusal: retrying does not help until the account is fixed. RFC 3398 maps it to Q.850 cause 21 (Call rejected).</source>
        <translation>La RFC 3261 §21.4.3 réserve 402 pour un usage futur et ne lui définit aucun comportement : la norme ne dit donc pas comment un client doit réagir. En pratique, les plateformes prépayées, les opérateurs et les softswitches reliés à la facturation l'envoient lorsque le solde ou la limite de crédit ne couvre pas l'appel, parfois avec une explication dans le libellé de la réponse ou dans un en-tête Warning. Traitez-la comme un refus définitif : réessayer ne sert à rien tant que le compte n'est pas régularisé. La RFC 3398 la fait correspondre à la cause Q.850 21 (Appel rejeté).</translation>
    </message>
    <message>
        <source>Prepaid balance used up
Postpaid credit or spending limit reached
Unpaid invoice, account put on hold by billing
The destination costs more than the remaining balance, such as an international or premium number
A per-call or daily fraud limit triggered</source>
        <translation>Solde prépayé épuisé
Crédit post-payé ou plafond de dépenses atteint
Facture impayée, compte suspendu par le service de facturation
La destination coûte plus cher que le solde restant, par exemple un numéro international ou surtaxé
Une limite antifraude par appel ou par jour a été déclenchée</translation>
    </message>
    <message>
        <source>Check the account balance and billing status in the provider portal
Top up or settle the account, then call again
Check whether only expensive destinations fail, which points to a rate or limit issue
Read the reason phrase and any Warning header for the provider's own explanation
Ask the provider to raise the credit or fraud limit if it is too low</source>
        <translation>Vérifiez le solde et l'état de facturation du compte dans le portail de l'opérateur
Rechargez ou régularisez le compte, puis rappelez
Vérifiez si seules les destinations coûteuses échouent, ce qui indique un problème de tarif ou de plafond
Lisez le libellé de la réponse et l'éventuel en-tête Warning pour connaître l'explication de l'opérateur
Demandez à l'opérateur de relever la limite de crédit ou antifraude si elle est trop basse</translation>
    </message>
    <message>
        <source>no credit, insufficient balance, payment required, out of credit, top up, billing, prepaid, balance, unpaid bill, credit limit</source>
        <translation>plus de crédit, crédit épuisé, solde insuffisant, paiement requis, recharger, recharge, facturation, prépayé, solde, facture impayée, limite de crédit, forfait épuisé</translation>
    </message>
    <message>
        <source>The system understood the request but is not allowed to let it through.</source>
        <translation>Le système a compris la requête mais n'est pas autorisé à la laisser passer.</translation>
    </message>
    <message>
        <source>The server knows what was asked but refuses it, and logging in again will not change that. It usually means the caller's account or device is not permitted to do this: the destination is barred, the account is blocked, or the request came from an address the provider does not accept. It is normally on the caller's side or the provider's policy, not the called person's choice.</source>
        <translation>Le serveur sait ce qui est demandé mais le refuse, et une nouvelle authentification n'y changera rien. En général, le compte ou l'appareil de l'appelant n'a pas le droit de faire cette opération : la destination est interdite, le compte est bloqué ou la requête provient d'une adresse que l'opérateur n'accepte pas. Le problème se situe normalement du côté de l'appelant ou dans la politique de l'opérateur, et non dans un choix de la personne appelée.</translation>
    </message>
    <message>
        <source>Sent when the server understood the request but will not fulfil it and authorization will not help (RFC 3261 §21.4.4); the request should not be repeated unchanged. Compare the neighbours: 401 and 407 ask for credentials, 603 Decline is the called party refusing for all its devices, 607 Unwanted marks the call as unwanted such as spam (RFC 8197), and 608 Rejected comes from an intermediary such as a call-analytics service (RFC 8688). Providers often put the real reason into the reason phrase or a Warning header. RFC 3398 maps 403 to Q.850 cause 21 (Call rejected), and causes 21, 55, 57 and 87 to 403.</source>
        <translation>Envoyée lorsque le serveur a compris la requête mais refuse de la satisfaire, et qu'une autorisation n'y changerait rien (RFC 3261 §21.4.4) ; la requête ne doit pas être répétée telle quelle. À distinguer des codes voisins : 401 et 407 demandent des identifiants, 603 Decline est le refus de l'appelé pour tous ses appareils, 607 Unwanted signale un appel indésirable comme le spam (RFC 8197), et 608 Rejected vient d'un intermédiaire, par exemple un service d'analyse des appels (RFC 8688). Les opérateurs placent souvent la vraie raison dans le libellé de la réponse ou dans un en-tête Warning. La RFC 3398 fait correspondre 403 à la cause Q.850 21 (Appel rejeté), et les causes 21, 55, 57 et 87 à 403.</translation>
    </message>
    <message>
        <source>Calls to that destination are barred on the account, such as international or premium numbers
The account is suspended, expired or blocked after failed logins
The request came from an IP address that is not on the provider's allow list
A caller ID or From number the account is not allowed to present
Registration for a user or domain the server does not serve
Valid credentials, but the user lacks permission for this service</source>
        <translation>Les appels vers cette destination sont interdits sur le compte, par exemple les numéros internationaux ou surtaxés
Le compte est suspendu, expiré ou bloqué après des échecs d'authentification
La requête provient d'une adresse IP absente de la liste autorisée de l'opérateur
Un numéro présenté ou un numéro From que le compte n'a pas le droit d'utiliser
Un enregistrement pour un utilisateur ou un domaine que le serveur ne dessert pas
Des identifiants valides, mais l'utilisateur n'a pas les droits pour ce service</translation>
    </message>
    <message>
        <source>Read the reason phrase and any Warning header for the provider's reason
Check call barring, class of service and dialling permissions of the account
Check that the source IP of the PBX or phone is allowed by the provider
Check that the presented caller ID is a number the account owns
Check whether the account is suspended or its IP was banned after failed logins</source>
        <translation>Lisez le libellé de la réponse et l'éventuel en-tête Warning pour connaître la raison donnée par l'opérateur
Vérifiez les restrictions d'appels, la classe de service et les droits de numérotation du compte
Vérifiez que l'adresse IP source de l'IPBX ou du téléphone est autorisée par l'opérateur
Vérifiez que le numéro présenté appartient bien au compte
Vérifiez si le compte est suspendu ou si son adresse IP a été bannie après des échecs d'authentification</translation>
    </message>
    <message>
        <source>forbidden, call blocked, not allowed, barred, access denied, authentication failed, account blocked, login, wrong password, credentials, rejected</source>
        <translation>interdit, appel bloqué, non autorisé, pas autorisé, appel interdit, accès refusé, échec d'authentification, compte bloqué, connexion, mauvais mot de passe, identifiants, refusé, forbidden</translation>
    </message>
    <message>
        <source>The number or address you called does not exist on that system.</source>
        <translation>Le numéro ou l'adresse que vous avez appelé n'existe pas sur ce système.</translation>
    </message>
    <message>
        <source>The called number or user could not be found at the provider or system responsible for it. This usually means the number was dialled wrong, no longer exists, or the called system does not know it. It is about the dialled address rather than the caller's phone, although a wrong dial plan on the caller's side can cause it too.</source>
        <translation>Le numéro ou l'utilisateur appelé est introuvable chez l'opérateur ou sur le système qui en est responsable. En général, le numéro a été mal composé, n'existe plus, ou le système appelé ne le connaît pas. Le problème concerne l'adresse composée plutôt que le téléphone de l'appelant, même si un plan de numérotation erroné du côté de l'appelant peut aussi en être la cause.</translation>
    </message>
    <message>
        <source>Sent when the server has definitive information that the user does not exist at the domain in the Request-URI, or when that domain is not one it serves (RFC 3261 §21.4.5). It speaks for this server only: 604 Does Not Exist Anywhere claims the user exists nowhere, 410 Gone says the user existed but left, 484 says the address is incomplete and 480 says the user exists but cannot be reached now. It may carry Retry-After. RFC 3398 maps 404 to Q.850 cause 1 (Unallocated number), and causes 1, 2, 3 and 26 to 404.</source>
        <translation>Envoyée lorsque le serveur sait avec certitude que l'utilisateur n'existe pas dans le domaine de la Request-URI, ou que ce domaine n'est pas l'un de ceux qu'il dessert (RFC 3261 §21.4.5). Elle n'engage que ce serveur : 604 Does Not Exist Anywhere affirme que l'utilisateur n'existe nulle part, 410 Gone qu'il a existé mais est parti, 484 que l'adresse est incomplète et 480 que l'utilisateur existe mais n'est pas joignable pour le moment. Elle peut contenir Retry-After. La RFC 3398 fait correspondre 404 à la cause Q.850 1 (Numéro non attribué), et les causes 1, 2, 3 et 26 à 404.</translation>
    </message>
    <message>
        <source>The number was dialled wrong or has extra or missing digits
The number is not assigned or was disconnected
A wrong prefix, country code or number format sent to the carrier
The called extension does not exist or is not registered on the PBX
The domain in the Request-URI is not served by the receiving server
An inbound number the provider routes to you but your PBX does not know</source>
        <translation>Le numéro a été mal composé ou comporte des chiffres en trop ou en moins
Le numéro n'est pas attribué ou a été résilié
Un mauvais préfixe, indicatif de pays ou format de numéro envoyé à l'opérateur
Le poste appelé n'existe pas ou n'est pas enregistré sur l'IPBX
Le domaine de la Request-URI n'est pas desservi par le serveur destinataire
Un numéro entrant que l'opérateur vous achemine mais que votre IPBX ne connaît pas</translation>
    </message>
    <message>
        <source>Check the dialled number and try it in full international format
Check the dial plan or outbound route that rewrites the number
For inbound calls, check that the number exists on the PBX in the format the provider sends
Check that the called extension exists and is registered
Call the number from another line to see whether it exists</source>
        <translation>Vérifiez le numéro composé et essayez-le au format international complet
Vérifiez le plan de numérotation ou la route sortante qui réécrit le numéro
Pour les appels entrants, vérifiez que le numéro existe sur l'IPBX dans le format envoyé par l'opérateur
Vérifiez que le poste appelé existe et qu'il est enregistré
Appelez le numéro depuis une autre ligne pour voir s'il existe</translation>
    </message>
    <message>
        <source>number does not exist, wrong number, unknown user, not found, invalid number, number not in service, unallocated number, user not found, extension not found, no such user</source>
        <translation>numéro inexistant, le numéro n'existe pas, faux numéro, mauvais numéro, utilisateur inconnu, introuvable, numéro invalide, numéro non attribué, n'est plus attribué, utilisateur introuvable, poste introuvable, poste inexistant, not found</translation>
    </message>
    <message>
        <source>The system does not allow this kind of request for that address.</source>
        <translation>Le système n'autorise pas ce type de requête pour cette adresse.</translation>
    </message>
    <message>
        <source>The called system understood what kind of request was sent, but does not accept that type of request for this particular address. It is a compatibility or configuration issue between two pieces of equipment, not something the caller did. It mostly affects features such as messaging, presence or call transfer rather than ordinary calls.</source>
        <translation>Le système appelé a compris le type de requête envoyé, mais il n'accepte pas ce type de requête pour cette adresse précise. Il s'agit d'un problème de compatibilité ou de configuration entre deux équipements, et non d'une erreur de l'appelant. Cela touche surtout des fonctions comme la messagerie instantanée, la présence ou le transfert d'appel plutôt que les appels ordinaires.</translation>
    </message>
    <message>
        <source>Sent when the method is understood but not allowed for the resource identified by the Request-URI (RFC 3261 §21.4.6). The response must include an Allow header listing the methods that are permitted, which tells the client what it may use instead. Unlike 501 Not Implemented, where the server does not support the method at all, 405 means it knows the method but refuses it for this target. RFC 3398 maps it to Q.850 cause 63 (Service or option not available, unspecified).</source>
        <translation>Envoyée lorsque la méthode est comprise mais n'est pas autorisée pour la ressource désignée par la Request-URI (RFC 3261 §21.4.6). La réponse doit comporter un en-tête Allow qui liste les méthodes permises, ce qui indique au client ce qu'il peut utiliser à la place. Contrairement à 501 Not Implemented, où le serveur ne prend pas du tout en charge la méthode, 405 signifie qu'il la connaît mais la refuse pour cette cible. La RFC 3398 la fait correspondre à la cause Q.850 63 (Service ou option non disponible, non spécifié).</translation>
    </message>
    <message>
        <source>MESSAGE, SUBSCRIBE or PUBLISH sent to a server or account that has them disabled
REFER for call transfer not allowed by the PBX or trunk
INFO, UPDATE or NOTIFY not allowed on that trunk
REGISTER sent to an address that only accepts calls
A trunk configured to accept only INVITE and basic methods</source>
        <translation>MESSAGE, SUBSCRIBE ou PUBLISH envoyé à un serveur ou à un compte sur lequel ces méthodes sont désactivées
REFER pour le transfert d'appel non autorisé par l'IPBX ou le trunk SIP
INFO, UPDATE ou NOTIFY non autorisé sur ce trunk SIP
REGISTER envoyé à une adresse qui n'accepte que des appels
Un trunk SIP configuré pour n'accepter qu'INVITE et les méthodes de base</translation>
    </message>
    <message>
        <source>Read the Allow header in the response to see which methods are accepted
Enable the feature (messaging, presence, transfer) on the server or trunk if it is needed
Switch the device to a method the other side allows, such as re-INVITE instead of UPDATE
Check that the request goes to the right server and address</source>
        <translation>Lisez l'en-tête Allow de la réponse pour savoir quelles méthodes sont acceptées
Activez la fonction (messagerie, présence, transfert) sur le serveur ou le trunk SIP si elle est nécessaire
Faites utiliser à l'appareil une méthode que l'autre côté autorise, par exemple un re-INVITE au lieu d'UPDATE
Vérifiez que la requête est envoyée au bon serveur et à la bonne adresse</translation>
    </message>
    <message>
        <source>method not allowed, feature not supported, transfer fails, messaging not allowed, presence, blf, not permitted, allow header</source>
        <translation>méthode non autorisée, fonction non prise en charge, le transfert ne marche pas, échec du transfert, messagerie non autorisée, présence, blf, supervision, non permis, en-tête allow</translation>
    </message>
    <message>
        <source>The called system cannot answer in any format your device said it accepts.</source>
        <translation>Le système appelé ne peut répondre dans aucun des formats que votre appareil a déclaré accepter.</translation>
    </message>
    <message>
        <source>The caller's device listed which kinds of content it can accept, and the other side can only produce something else. It is a compatibility problem between the two devices or apps, typically for features such as presence, voicemail notifications or messaging, not ordinary voice calls. Neither person did anything wrong.</source>
        <translation>L'appareil de l'appelant a indiqué les types de contenu qu'il accepte, et l'autre côté ne peut produire que d'autres formats. Il s'agit d'un problème de compatibilité entre les deux appareils ou applications, qui concerne en général des fonctions comme la présence, les notifications de messagerie vocale ou la messagerie instantanée, et non les appels vocaux ordinaires. Personne n'a fait d'erreur.</translation>
    </message>
    <message>
        <source>Sent when the resource can only generate responses whose content is not acceptable according to the Accept header in the request (RFC 3261 §21.4.7). It concerns the body formats of the response, so look at the Accept, Accept-Encoding and Accept-Language headers that the client sent. It is not a media negotiation failure: a session offer that cannot be accepted gets 488 (here) or 606 (everywhere), and an unsupported request body gets 415. RFC 3398 maps it to Q.850 cause 79 (Service or option not implemented, unspecified).</source>
        <translation>Envoyée lorsque la ressource ne peut générer que des réponses dont le contenu n'est pas acceptable selon l'en-tête Accept de la requête (RFC 3261 §21.4.7). Elle porte sur les formats de corps de la réponse : examinez donc les en-têtes Accept, Accept-Encoding et Accept-Language envoyés par le client. Ce n'est pas un échec de négociation des médias : une offre de session inacceptable reçoit 488 (ici) ou 606 (partout), et un corps de requête non pris en charge reçoit 415. La RFC 3398 la fait correspondre à la cause Q.850 79 (Service ou option non mis en œuvre, non spécifié).</translation>
    </message>
    <message>
        <source>SUBSCRIBE with an Accept header listing only formats the notifier cannot produce
Presence or BLF subscription asking for a format the PBX does not support
Accept-Language or Accept-Encoding values the server cannot satisfy
A client that sends an overly narrow Accept header</source>
        <translation>SUBSCRIBE avec un en-tête Accept qui ne liste que des formats que le notificateur ne sait pas produire
Abonnement de présence ou BLF demandant un format que l'IPBX ne prend pas en charge
Valeurs d'Accept-Language ou d'Accept-Encoding que le serveur ne peut pas satisfaire
Un client qui envoie un en-tête Accept trop restrictif</translation>
    </message>
    <message>
        <source>Compare the Accept header of the request with the formats the server supports
Check the event package and body type of the subscription, such as dialog or presence
Remove or widen the Accept header in the client configuration
Update the client or server firmware if one side lacks a common format</source>
        <translation>Comparez l'en-tête Accept de la requête avec les formats pris en charge par le serveur
Vérifiez le paquetage d'événements et le type de corps de l'abonnement, par exemple dialog ou presence
Supprimez ou élargissez l'en-tête Accept dans la configuration du client
Mettez à jour le firmware du client ou du serveur si l'un des deux ne dispose d'aucun format commun</translation>
    </message>
    <message>
        <source>not acceptable, format not supported, presence, blf, subscription failed, accept header, incompatible, content type</source>
        <translation>non acceptable, format non pris en charge, présence, blf, supervision, échec de l'abonnement, en-tête accept, incompatible, type de contenu, content type</translation>
    </message>
    <message>
        <source>The provider's server asked your phone to log in before passing the call on, and the login was missing or wrong.</source>
        <translation>Le serveur de l'opérateur a demandé à votre téléphone de s'authentifier avant de transmettre l'appel, et les identifiants étaient absents ou incorrects.</translation>
    </message>
    <message>
        <source>A server between the caller and the destination, usually the provider or the office phone system, wants the caller's phone to prove who it is before it handles the call. A single 407 followed by the call going through is normal. If the call fails with 407, the username or password in the caller's phone, app or PBX trunk is wrong or missing, so it is on the caller's side.</source>
        <translation>Un serveur situé entre l'appelant et la destination, en général celui de l'opérateur ou le standard téléphonique de l'entreprise, demande au téléphone de l'appelant de s'identifier avant de traiter l'appel. Un seul 407 suivi de l'aboutissement de l'appel est normal. Si l'appel échoue avec 407, le nom d'utilisateur ou le mot de passe configuré dans le téléphone, l'application ou le trunk SIP de l'IPBX de l'appelant est faux ou absent : le problème se situe donc du côté de l'appelant.</translation>
    </message>
    <message>
        <source>Sent by a proxy with a Proxy-Authenticate challenge (RFC 3261 §21.4.8); the client repeats the request with a Proxy-Authorization header (RFC 3261 §22.3). It works like 401, but 401 comes from the user agent server or registrar with WWW-Authenticate and is answered with Authorization. Many PBXs challenge INVITE with 407 and REGISTER with 401, so a phone that registers fine can still fail calls if it does not answer 407. A second 407 after credentials were sent means they were rejected, while stale=true only asks for a retry with the new nonce; RFC 3398 maps 407 to Q.850 cause 21 (Call rejected).</source>
        <translation>Envoyée par un proxy avec un challenge Proxy-Authenticate (RFC 3261 §21.4.8) ; le client renvoie la requête avec un en-tête Proxy-Authorization (RFC 3261 §22.3). Le fonctionnement est le même que pour 401, mais 401 vient du serveur d'agent utilisateur (UAS) ou du registrar avec WWW-Authenticate et reçoit une réponse avec Authorization. Beaucoup d'IPBX envoient un challenge 407 pour INVITE et 401 pour REGISTER : un téléphone qui s'enregistre correctement peut donc échouer à appeler s'il ne répond pas au 407. Un second 407 après l'envoi des identifiants signifie qu'ils ont été refusés, alors que stale=true demande seulement un nouvel essai avec le nouveau nonce ; la RFC 3398 fait correspondre 407 à la cause Q.850 21 (Appel rejeté).</translation>
    </message>
    <message>
        <source>Wrong password or authentication username on the phone, app or trunk
Trunk set for IP authentication while the provider expects a digest login, or the reverse
The device does not resend the request with Proxy-Authorization
Realm or outbound proxy settings that do not match the provider
The password was changed on the server but not on the device
A normal first challenge, when a retry with credentials follows</source>
        <translation>Mot de passe ou nom d'utilisateur d'authentification erroné sur le téléphone, l'application ou le trunk SIP
Trunk SIP configuré en authentification par adresse IP alors que l'opérateur attend une authentification digest, ou l'inverse
L'appareil ne renvoie pas la requête avec Proxy-Authorization
Réglages du realm ou du proxy sortant qui ne correspondent pas à l'opérateur
Le mot de passe a été changé sur le serveur mais pas sur l'appareil
Un premier challenge normal, lorsqu'il est suivi d'un nouvel essai avec identifiants</translation>
    </message>
    <message>
        <source>Check whether a retried request with Proxy-Authorization follows; if the call then proceeds, the 407 was normal
Re-enter the authentication username and password for the trunk or device
Check whether the provider expects registration-based or IP-based authentication
Compare the realm in Proxy-Authenticate with the configured domain and outbound proxy
Update the device firmware if it ignores 407 challenges</source>
        <translation>Vérifiez si une nouvelle requête avec Proxy-Authorization suit ; si l'appel aboutit ensuite, le 407 était normal
Saisissez à nouveau le nom d'utilisateur d'authentification et le mot de passe du trunk SIP ou de l'appareil
Vérifiez si l'opérateur attend une authentification par enregistrement ou par adresse IP
Comparez le realm de Proxy-Authenticate avec le domaine et le proxy sortant configurés
Mettez à jour le firmware de l'appareil s'il ignore les challenges 407</translation>
    </message>
    <message>
        <source>wrong password, authentication failed, login, credentials, proxy authentication, proxy auth, outgoing calls fail, trunk authentication, password, digest</source>
        <translation>mauvais mot de passe, échec d'authentification, authentification, connexion, identifiants, authentification proxy, proxy auth, appels sortants impossibles, les appels sortants échouent, authentification du trunk, mot de passe, digest</translation>
    </message>
    <message>
        <source>The system gave up because it could not reach the called person or get an answer in time.</source>
        <translation>Le système a abandonné car il n'a pas pu joindre la personne appelée ou obtenir de réponse à temps.</translation>
    </message>
    <message>
        <source>The system tried to reach the called person or device but got no answer within the allowed time, so it gave up. It can mean the called phone rang with nobody answering, that the called device is offline or unreachable, or that a server on the way did not respond. It is usually on the called side or in the network, not the caller's phone.</source>
        <translation>Le système a essayé de joindre la personne ou l'appareil appelé, mais n'a reçu aucune réponse dans le délai imparti et a abandonné. Cela peut signifier que le téléphone appelé a sonné sans que personne ne décroche, que l'appareil appelé est hors ligne ou injoignable, ou qu'un serveur sur le trajet n'a pas répondu. Le problème se situe en général du côté de l'appelé ou dans le réseau, pas dans le téléphone de l'appelant.</translation>
    </message>
    <message>
        <source>Sent when the server could not produce a response in time, for example because it could not locate the user; the client may retry later without changes (RFC 3261 §21.4.9). A client also reports 408 locally when its transaction timer (Timer B or F) fires with no response at all (RFC 3261 §8.1.3.1), so check whether a 408 actually arrived on the wire or was concluded locally. 480 means the callee is known but not available now (no answer, not registered), and 504 means a server timed out waiting for another server. RFC 3398 maps Q.850 cause 18 (No user responding) to 408, and 408 to cause 102 (Recovery on timer expiry).</source>
        <translation>Envoyée lorsque le serveur n'a pas pu produire de réponse à temps, par exemple parce qu'il n'a pas pu localiser l'utilisateur ; le client peut réessayer plus tard sans modification (RFC 3261 §21.4.9). Un client signale aussi un 408 localement lorsque son temporisateur de transaction (Timer B ou F) expire sans aucune réponse (RFC 3261 §8.1.3.1) : vérifiez donc si un 408 est réellement arrivé sur le réseau ou s'il a été déduit localement. 480 signifie que l'appelé est connu mais pas disponible pour le moment (pas de réponse, non enregistré), et 504 qu'un serveur a dépassé le délai d'attente d'un autre serveur. La RFC 3398 fait correspondre la cause Q.850 18 (Aucun usager ne répond) à 408, et 408 à la cause 102 (Reprise sur expiration de temporisateur).</translation>
    </message>
    <message>
        <source>Nobody answered before the ring timeout of the PBX or provider
The called phone is offline while a stale registration is still used
The next hop does not respond because of a firewall, NAT or network loss
A far-end server is overloaded or slow
Replies go to an address the caller cannot receive on, a NAT problem</source>
        <translation>Personne n'a répondu avant la fin du délai de sonnerie de l'IPBX ou de l'opérateur
Le téléphone appelé est hors ligne alors qu'un enregistrement périmé est encore utilisé
Le saut suivant ne répond pas à cause d'un pare-feu, du NAT ou de pertes sur le réseau
Un serveur distant est surchargé ou lent
Les réponses partent vers une adresse où l'appelant ne peut pas les recevoir, un problème de NAT</translation>
    </message>
    <message>
        <source>Check in the capture whether the 408 came from the far end or was generated locally
Check whether the called phone is online and its registration is current
Check firewall, NAT and SIP ALG settings on the path to the next hop
Compare the no-answer timer on the PBX or provider with the expected ring time
Try the call again; if it repeats, trace the hop that stops answering</source>
        <translation>Vérifiez dans la capture si le 408 vient du correspondant ou a été généré localement
Vérifiez que le téléphone appelé est en ligne et que son enregistrement est à jour
Vérifiez les réglages du pare-feu, du NAT et du SIP ALG sur le chemin vers le saut suivant
Comparez le délai de non-réponse de l'IPBX ou de l'opérateur avec la durée de sonnerie attendue
Réessayez l'appel ; si le problème se répète, identifiez le saut qui cesse de répondre</translation>
    </message>
    <message>
        <source>timeout, nobody answers, no answer, timed out, no response, unreachable, ring no answer, request timeout</source>
        <translation>timeout, délai dépassé, délai expiré, personne ne répond, pas de réponse, ne répond pas, aucune réponse, injoignable, sonne dans le vide, ça sonne mais personne ne décroche, request timeout</translation>
    </message>
    <message>
        <source>The number or person you called used to be here but is no longer available at this address.</source>
        <translation>Le numéro ou la personne que vous avez appelé existait ici, mais n'est plus disponible à cette adresse.</translation>
    </message>
    <message>
        <source>The system knows the called number or user existed once, but it has been removed and no new address is known. It usually means the number was disconnected, changed or moved away. It is about the called number, not the caller's phone.</source>
        <translation>Le système sait que le numéro ou l'utilisateur appelé a existé, mais il a été supprimé et aucune nouvelle adresse n'est connue. En général, le numéro a été résilié, a changé ou a été transféré ailleurs. Le problème concerne le numéro appelé, pas le téléphone de l'appelant.</translation>
    </message>
    <message>
        <source>Sent when the requested resource is no longer available at the server and no forwarding address is known, a condition expected to be permanent (RFC 3261 §21.4.10). If the server does not know whether the loss is permanent it should send 404 instead, and when a new address is known a 3xx such as 301 is the right answer. RFC 3398 maps Q.850 causes 22 (Number changed) and 23 (Redirection to new destination) to 410, and 410 to cause 22.</source>
        <translation>Envoyée lorsque la ressource demandée n'est plus disponible sur le serveur et qu'aucune adresse de renvoi n'est connue, une situation supposée définitive (RFC 3261 §21.4.10). Si le serveur ne sait pas si la disparition est définitive, il doit plutôt envoyer 404, et lorsqu'une nouvelle adresse est connue, une réponse 3xx comme 301 est la bonne. La RFC 3398 fait correspondre les causes Q.850 22 (Numéro changé) et 23 (Réacheminement vers une nouvelle destination) à 410, et 410 à la cause 22.</translation>
    </message>
    <message>
        <source>The number was disconnected or cancelled
The user moved to another provider or address without forwarding
The extension was deleted from the PBX
A ported-out number the old network still answers for</source>
        <translation>Le numéro a été résilié ou supprimé
L'utilisateur est parti chez un autre opérateur ou à une autre adresse sans renvoi
Le poste a été supprimé de l'IPBX
Un numéro porté vers un autre opérateur pour lequel l'ancien réseau répond encore</translation>
    </message>
    <message>
        <source>Tell the caller the number is no longer in service at this address
Look for a new number or contact address
Update contacts, speed dials and routing tables that use the old number
If the number should exist, ask the terminating provider to check its status</source>
        <translation>Indiquez à l'appelant que le numéro n'est plus en service à cette adresse
Cherchez un nouveau numéro ou une nouvelle adresse de contact
Mettez à jour les contacts, les numéros abrégés et les tables de routage qui utilisent l'ancien numéro
Si le numéro devrait exister, demandez à l'opérateur de destination de vérifier son état</translation>
    </message>
    <message>
        <source>number changed, number no longer in use, disconnected, gone, moved, number does not exist, no longer in service, deleted</source>
        <translation>numéro changé, changement de numéro, numéro plus utilisé, résilié, ligne résiliée, gone, déménagé, le numéro n'existe plus, n'est plus en service, n'est plus attribué, supprimé</translation>
    </message>
    <message>
        <source>Your phone or app tried to update its status, but the server no longer had the earlier version it referred to.</source>
        <translation>Votre téléphone ou votre application a essayé de mettre à jour son statut, mais le serveur n'avait plus la version précédente à laquelle il faisait référence.</translation>
    </message>
    <message>
        <source>This is not about calls: it concerns status information such as presence (available, busy, away) that a device publishes to a server. The device tried to update a status entry that the server had already dropped, usually because it expired. The device normally fixes this by itself by publishing its status again from scratch.</source>
        <translation>Cela ne concerne pas les appels, mais les informations de statut, comme la présence (disponible, occupé, absent), qu'un appareil publie sur un serveur. L'appareil a tenté de mettre à jour une entrée de statut que le serveur avait déjà supprimée, en général parce qu'elle avait expiré. Normalement, l'appareil corrige cela tout seul en publiant à nouveau son statut depuis le début.</translation>
    </message>
    <message>
        <source>Defined by RFC 3903 §11.2.1 for PUBLISH: the event state compositor returns 412 when the entity-tag in the SIP-If-Match header matches no publication it holds, usually because the publication expired or the server restarted. The publisher should then send a fresh initial PUBLISH without SIP-If-Match and use the SIP-ETag of its 2xx for later refreshes, changes and removal. Some stacks print the HTTP-style phrase Precondition Failed for this code.</source>
        <translation>Définie par la RFC 3903 §11.2.1 pour PUBLISH : le compositeur d'état d'événements (ESC) renvoie 412 lorsque l'entity-tag de l'en-tête SIP-If-Match ne correspond à aucune publication qu'il détient, en général parce que la publication a expiré ou que le serveur a redémarré. L'éditeur doit alors envoyer un nouveau PUBLISH initial sans SIP-If-Match, puis utiliser le SIP-ETag de son 2xx pour les rafraîchissements, modifications et suppressions ultérieurs. Certaines piles affichent pour ce code le libellé de style HTTP Precondition Failed.</translation>
    </message>
    <message>
        <source>The publication expired before the device refreshed it
The presence server restarted and lost its stored publications
The device reused an old entity-tag after a network change or reboot
A load balancer sent the refresh to a different server node</source>
        <translation>La publication a expiré avant que l'appareil ne la rafraîchisse
Le serveur de présence a redémarré et perdu les publications enregistrées
L'appareil a réutilisé un ancien entity-tag après un changement de réseau ou un redémarrage
Un répartiteur de charge a envoyé le rafraîchissement à un autre nœud de serveur</translation>
    </message>
    <message>
        <source>Check that the device follows up with a new PUBLISH without SIP-If-Match
Compare the publication Expires value with the refresh interval of the device
Check whether the presence server restarted or failed over
Make sure refreshes reach the same server node</source>
        <translation>Vérifiez que l'appareil envoie ensuite un nouveau PUBLISH sans SIP-If-Match
Comparez la valeur Expires de la publication avec l'intervalle de rafraîchissement de l'appareil
Vérifiez si le serveur de présence a redémarré ou basculé sur un serveur de secours
Assurez-vous que les rafraîchissements atteignent le même nœud de serveur</translation>
    </message>
    <message>
        <source>presence, status not updating, publish failed, busy lamp, blf, availability, conditional request failed, precondition failed</source>
        <translation>présence, statut pas mis à jour, le statut ne se met pas à jour, échec de publication, voyant occupé, blf, supervision, disponibilité, échec de requête conditionnelle, precondition failed</translation>
    </message>
    <message>
        <source>The message your phone or system sent was too big for the receiving server to accept.</source>
        <translation>Le message envoyé par votre téléphone ou votre système était trop volumineux pour que le serveur destinataire l'accepte.</translation>
    </message>
    <message>
        <source>The request carried more data than the receiving server is willing to handle, for example a very long list of audio formats or a large text message. It comes from a limit on the receiving side combined with a large message from the sender, not from the called person. It is usually fixed by configuration on one of the two systems.</source>
        <translation>La requête contenait plus de données que le serveur destinataire n'accepte d'en traiter, par exemple une très longue liste de formats audio ou un long message texte. Le problème vient d'une limite côté destinataire combinée à un message volumineux de l'émetteur, et non de la personne appelée. Il se règle en général par la configuration de l'un des deux systèmes.</translation>
    </message>
    <message>
        <source>Sent when the request body is larger than the server is willing or able to process (RFC 3261 §21.4.11); the server may close the connection to stop the client from continuing. If the condition is temporary the response may carry Retry-After to say when the client may try again. It is a 4xx about the body, whereas 513 Message Too Large is a 5xx about the whole message being more than the server can handle. RFC 3398 maps it to Q.850 cause 127 (Interworking, unspecified).</source>
        <translation>Envoyée lorsque le corps de la requête est plus volumineux que ce que le serveur veut ou peut traiter (RFC 3261 §21.4.11) ; le serveur peut fermer la connexion pour empêcher le client de continuer. Si la situation est temporaire, la réponse peut contenir Retry-After pour indiquer quand le client peut réessayer. C'est une réponse 4xx qui porte sur le corps, alors que 513 Message Too Large est une réponse 5xx qui porte sur le message entier, trop gros pour le serveur. La RFC 3398 la fait correspondre à la cause Q.850 127 (Interfonctionnement, non spécifié).</translation>
    </message>
    <message>
        <source>SDP offering a long list of codecs, ICE candidates or crypto lines
A large MESSAGE or INFO body
Multipart bodies with extra parts such as location or ISUP data
A server or SBC with a low body size limit</source>
        <translation>Un SDP proposant une longue liste de codecs, de candidats ICE ou de lignes crypto
Un corps MESSAGE ou INFO volumineux
Des corps multipart contenant des parties supplémentaires, comme des données de localisation ou ISUP
Un serveur ou un SBC dont la limite de taille de corps est basse</translation>
    </message>
    <message>
        <source>Check for Retry-After in the response if the limit is temporary
Reduce the number of codecs, ICE candidates or crypto suites offered
Raise the body size limit on the receiving server or SBC if allowed
Send large messages over TCP or TLS and check that the server accepts them</source>
        <translation>Recherchez un en-tête Retry-After dans la réponse si la limite est temporaire
Réduisez le nombre de codecs, de candidats ICE ou de suites crypto proposés
Relevez la limite de taille de corps sur le serveur ou le SBC destinataire si c'est permis
Envoyez les messages volumineux en TCP ou en TLS et vérifiez que le serveur les accepte</translation>
    </message>
    <message>
        <source>message too large, too big, body too large, sdp too large, size limit, request entity too large, large message</source>
        <translation>message trop gros, trop volumineux, corps trop volumineux, sdp trop gros, limite de taille, request entity too large, message volumineux</translation>
    </message>
    <message>
        <source>The address your phone or system called was too long for the receiving server to handle.</source>
        <translation>L'adresse appelée par votre téléphone ou votre système était trop longue pour que le serveur destinataire la traite.</translation>
    </message>
    <message>
        <source>The destination address sent with the call or request was longer than the receiving server accepts. This usually comes from a device or dial plan that adds too many parameters or digits to the address. It is a configuration issue between systems, not something the called person did.</source>
        <translation>L'adresse de destination envoyée avec l'appel ou la requête était plus longue que ce qu'accepte le serveur destinataire. Cela vient en général d'un appareil ou d'un plan de numérotation qui ajoute trop de paramètres ou de chiffres à l'adresse. Il s'agit d'un problème de configuration entre systèmes, et non d'une action de la personne appelée.</translation>
    </message>
    <message>
        <source>Sent when the Request-URI is longer than the server is willing to interpret (RFC 3261 §21.4.12). Long URIs usually come from many URI parameters, embedded headers, or long tokens appended by an SBC, B2BUA or application server. RFC 3398 maps it to Q.850 cause 127 (Interworking, unspecified).</source>
        <translation>Envoyée lorsque la Request-URI est plus longue que ce que le serveur accepte d'interpréter (RFC 3261 §21.4.12). Les URI trop longues viennent en général de nombreux paramètres d'URI, d'en-têtes intégrés ou de longs jetons ajoutés par un SBC, un B2BUA ou un serveur d'applications. La RFC 3398 la fait correspondre à la cause Q.850 127 (Interfonctionnement, non spécifié).</translation>
    </message>
    <message>
        <source>A dial plan that appends long prefixes, tags or parameters to the number
An SBC or application server that encodes routing data into the Request-URI
Embedded header parameters in the URI from click-to-call or transfer links
A loop that adds parameters on every pass</source>
        <translation>Un plan de numérotation qui ajoute au numéro de longs préfixes, des balises ou des paramètres
Un SBC ou un serveur d'applications qui encode des données de routage dans la Request-URI
Des paramètres d'en-tête intégrés dans l'URI par des liens click-to-call ou de transfert
Une boucle qui ajoute des paramètres à chaque passage</translation>
    </message>
    <message>
        <source>Capture the request and check the length and content of the Request-URI
Remove unneeded URI parameters in the dial plan or SBC rules
Check for routing loops that add parameters each time
Raise the URI length limit on the receiving server if possible</source>
        <translation>Capturez la requête et vérifiez la longueur et le contenu de la Request-URI
Supprimez les paramètres d'URI inutiles dans le plan de numérotation ou les règles du SBC
Recherchez des boucles de routage qui ajoutent des paramètres à chaque fois
Relevez la limite de longueur d'URI sur le serveur destinataire si possible</translation>
    </message>
    <message>
        <source>uri too long, address too long, number too long, request uri, long number, dial string</source>
        <translation>uri trop longue, adresse trop longue, numéro trop long, request uri, long numéro, chaîne de numérotation</translation>
    </message>
    <message>
        <source>Your phone or system sent content in a format the other side cannot read.</source>
        <translation>Votre téléphone ou votre système a envoyé un contenu dans un format que l'autre côté ne sait pas lire.</translation>
    </message>
    <message>
        <source>The request carried content, such as a text message, a keypad signal or a call description, in a format the receiving system does not understand. It is a compatibility issue between the two devices or systems. It can affect features such as text messages or keypad tones, and sometimes calls themselves.</source>
        <translation>La requête contenait un contenu, comme un message texte, une touche du clavier ou une description d'appel, dans un format que le système destinataire ne comprend pas. Il s'agit d'un problème de compatibilité entre les deux appareils ou systèmes. Cela peut toucher des fonctions comme les messages texte ou les tonalités des touches (DTMF), et parfois les appels eux-mêmes.</translation>
    </message>
    <message>
        <source>Sent when the request body is in a format the server does not support for this method (RFC 3261 §21.4.13). The response must list what is acceptable in Accept, Accept-Encoding and Accept-Language headers, depending on whether the content type, the encoding or the language was the problem, and the client should retry using one of those. It differs from 488 Not Acceptable Here, where the SDP is understood but the offered session cannot be accepted, and from 406, which is about the format of the response. RFC 3398 maps it to Q.850 cause 79 (Service or option not implemented, unspecified).</source>
        <translation>Envoyée lorsque le corps de la requête est dans un format que le serveur ne prend pas en charge pour cette méthode (RFC 3261 §21.4.13). La réponse doit indiquer ce qui est acceptable dans les en-têtes Accept, Accept-Encoding et Accept-Language, selon que le problème venait du type de contenu, de l'encodage ou de la langue, et le client doit réessayer avec l'une de ces valeurs. Elle diffère de 488 Not Acceptable Here, où le SDP est compris mais la session proposée ne peut pas être acceptée, et de 406, qui concerne le format de la réponse. La RFC 3398 la fait correspondre à la cause Q.850 79 (Service ou option non mis en œuvre, non spécifié).</translation>
    </message>
    <message>
        <source>INFO with a DTMF body type the receiver does not support, such as application/dtmf-relay
MESSAGE with a content type the server does not handle
A compressed body (Content-Encoding gzip) the receiver cannot decode
A multipart body where only plain SDP is accepted
A body sent with a method that does not expect one of that type</source>
        <translation>INFO avec un type de corps DTMF que le destinataire ne prend pas en charge, comme application/dtmf-relay
MESSAGE avec un type de contenu que le serveur ne gère pas
Un corps compressé (Content-Encoding gzip) que le destinataire ne sait pas décoder
Un corps multipart alors que seul un SDP simple est accepté
Un corps envoyé avec une méthode qui n'attend pas de corps de ce type</translation>
    </message>
    <message>
        <source>Read the Accept, Accept-Encoding and Accept-Language headers in the response
Switch DTMF to RFC 4733 telephone-event if INFO bodies are refused
Change the content type or disable body compression on the sender
Make both ends agree on the message or DTMF format</source>
        <translation>Lisez les en-têtes Accept, Accept-Encoding et Accept-Language de la réponse
Passez les DTMF en telephone-event RFC 4733 si les corps INFO sont refusés
Changez le type de contenu ou désactivez la compression des corps chez l'émetteur
Mettez les deux extrémités d'accord sur le format des messages ou des DTMF</translation>
    </message>
    <message>
        <source>unsupported media type, format not supported, content type, dtmf not working, message failed, sms failed, incompatible, accept header</source>
        <translation>type de média non pris en charge, format non pris en charge, type de contenu, content type, dtmf ne marche pas, touches ne fonctionnent pas, échec d'envoi du message, sms non envoyé, incompatible, en-tête accept</translation>
    </message>
    <message>
        <source>The address was in a form the receiving system does not handle.</source>
        <translation>L'adresse avait une forme que le système destinataire ne gère pas.</translation>
    </message>
    <message>
        <source>The destination address used a type of address the server does not understand, for example a telephone-number address where it expects a SIP address. It is a configuration issue in the caller's device, dial plan or a server on the way. The called person is not involved.</source>
        <translation>L'adresse de destination utilisait un type d'adresse que le serveur ne comprend pas, par exemple une adresse de type numéro de téléphone là où il attend une adresse SIP. Il s'agit d'un problème de configuration dans l'appareil de l'appelant, dans le plan de numérotation ou sur un serveur du trajet. La personne appelée n'est pas en cause.</translation>
    </message>
    <message>
        <source>Sent when the scheme of the Request-URI is unknown to the server (RFC 3261 §21.4.14). Typical triggers are tel: URIs sent to a server that only handles sip:, sips: sent to equipment without support for it, or non-SIP schemes such as im:, pres:, urn: or http:. The client should retry with a scheme the server supports, normally sip:. RFC 3398 maps it to Q.850 cause 127 (Interworking, unspecified).</source>
        <translation>Envoyée lorsque le schéma de la Request-URI est inconnu du serveur (RFC 3261 §21.4.14). Les déclencheurs typiques sont des URI tel: envoyées à un serveur qui ne gère que sip:, des sips: envoyées à un équipement qui ne les prend pas en charge, ou des schémas non SIP comme im:, pres:, urn: ou http:. Le client doit réessayer avec un schéma pris en charge par le serveur, normalement sip:. La RFC 3398 la fait correspondre à la cause Q.850 127 (Interfonctionnement, non spécifié).</translation>
    </message>
    <message>
        <source>A tel: URI sent to a server that only accepts sip: addresses
A sips: address sent to equipment that does not support it
A click-to-call or directory entry with an http:, mailto: or other non-SIP link
A urn: address, such as an emergency service URN, sent to a server that does not handle it
A mistyped scheme in a device or trunk setting</source>
        <translation>Une URI tel: envoyée à un serveur qui n'accepte que les adresses sip:
Une adresse sips: envoyée à un équipement qui ne la prend pas en charge
Une entrée click-to-call ou d'annuaire avec un lien http:, mailto: ou un autre lien non SIP
Une adresse urn:, comme l'URN d'un service d'urgence, envoyée à un serveur qui ne la gère pas
Une faute de frappe dans le schéma d'un réglage de l'appareil ou du trunk SIP</translation>
    </message>
    <message>
        <source>Check the scheme at the start of the Request-URI in the capture
Configure the device or dial plan to send sip: addresses
Convert tel: numbers to sip: addresses at the PBX or SBC
Fix the directory or click-to-call entry that produced the address</source>
        <translation>Vérifiez dans la capture le schéma au début de la Request-URI
Configurez l'appareil ou le plan de numérotation pour envoyer des adresses sip:
Convertissez les numéros tel: en adresses sip: sur l'IPBX ou le SBC
Corrigez l'entrée d'annuaire ou de click-to-call qui a produit l'adresse</translation>
    </message>
    <message>
        <source>unsupported uri scheme, invalid address, tel uri, sips, address format, dial string, wrong address format</source>
        <translation>schéma d'uri non pris en charge, adresse invalide, uri tel, sips, format d'adresse, chaîne de numérotation, mauvais format d'adresse</translation>
    </message>
    <message>
        <source>The call was marked as a priority call, but the receiving system does not recognise that priority marking.</source>
        <translation>L'appel était marqué comme appel prioritaire, mais le système destinataire ne reconnaît pas ce marquage de priorité.</translation>
    </message>
    <message>
        <source>Some networks, such as government, military or emergency-service networks, let calls carry a priority level. This call carried such a marking and insisted that it be honoured, but the receiving system does not know it. It concerns how the caller's system or network marks calls, not the called person.</source>
        <translation>Certains réseaux, comme ceux des administrations, de l'armée ou des services d'urgence, permettent aux appels de porter un niveau de priorité. Cet appel portait un tel marquage et exigeait qu'il soit respecté, mais le système destinataire ne le connaît pas. Le problème concerne la façon dont le système ou le réseau de l'appelant marque les appels, et non la personne appelée.</translation>
    </message>
    <message>
        <source>Defined by RFC 4412 §4.6.2: an element returns it when the request carries Require: resource-priority and it understands none of the namespace and priority values in the Resource-Priority header. The response should carry Accept-Resource-Priority listing the values it does support, so the client can retry with one of them. Without the resource-priority option tag in Require, unknown values are normally ignored rather than rejected; an element that does not support the extension at all answers 420, and a caller not authorised for a known priority gets 403.</source>
        <translation>Définie par la RFC 4412 §4.6.2 : un élément la renvoie lorsque la requête contient Require: resource-priority et qu'il ne comprend aucune des valeurs d'espace de noms et de priorité de l'en-tête Resource-Priority. La réponse doit contenir Accept-Resource-Priority avec la liste des valeurs qu'il prend en charge, pour que le client puisse réessayer avec l'une d'elles. Sans l'option resource-priority dans Require, les valeurs inconnues sont normalement ignorées plutôt que refusées ; un élément qui ne prend pas du tout en charge l'extension répond 420, et un appelant non autorisé à utiliser une priorité connue reçoit 403.</translation>
    </message>
    <message>
        <source>A namespace the receiver does not support, such as ets, wps, dsn or a private one
A priority value outside the range configured on the receiver
A gateway or SBC in strict mode that rejects unknown priority values
Different priority configurations between interconnected networks</source>
        <translation>Un espace de noms que le destinataire ne prend pas en charge, comme ets, wps, dsn ou un espace privé
Une valeur de priorité hors de la plage configurée chez le destinataire
Une passerelle ou un SBC en mode strict qui refuse les valeurs de priorité inconnues
Des configurations de priorité différentes entre réseaux interconnectés</translation>
    </message>
    <message>
        <source>Read Accept-Resource-Priority in the response for the supported values
Map the Resource-Priority header to a namespace the next network accepts
Remove Require: resource-priority if priority handling is optional
Align the priority namespaces configured on both sides of the interconnect</source>
        <translation>Lisez Accept-Resource-Priority dans la réponse pour connaître les valeurs prises en charge
Convertissez l'en-tête Resource-Priority vers un espace de noms accepté par le réseau suivant
Retirez Require: resource-priority si la gestion de la priorité est facultative
Harmonisez les espaces de noms de priorité configurés des deux côtés de l'interconnexion</translation>
    </message>
    <message>
        <source>priority call, resource priority, emergency priority, gets, wps, mlpp, preemption, government priority</source>
        <translation>appel prioritaire, priorité, resource priority, priorité d'urgence, gets, wps, mlpp, préemption, priorité gouvernementale, réseau de sécurité</translation>
    </message>
    <message>
        <source>Your phone or system insisted on a feature that the other side does not support.</source>
        <translation>Votre téléphone ou votre système a exigé une fonction que l'autre côté ne prend pas en charge.</translation>
    </message>
    <message>
        <source>The caller's device or phone system required a particular protocol feature, and a system on the way does not support it, so the request was refused. It is a compatibility problem between pieces of equipment, often fixed by turning an option off. Neither person did anything wrong.</source>
        <translation>L'appareil ou le standard téléphonique de l'appelant a exigé une fonction particulière du protocole, et un système sur le trajet ne la prend pas en charge : la requête a donc été refusée. Il s'agit d'un problème de compatibilité entre équipements, souvent réglé en désactivant une option. Personne n'a fait d'erreur.</translation>
    </message>
    <message>
        <source>Sent when the server does not understand an option tag listed in the Proxy-Require or Require header (RFC 3261 §21.4.15). The response must list the tags it does not support in an Unsupported header, and the client may retry without them. It is the mirror of 421, where the server needs an extension the client did not offer. RFC 3398 maps it to Q.850 cause 127 (Interworking, unspecified).</source>
        <translation>Envoyée lorsque le serveur ne comprend pas une étiquette d'option (option tag) listée dans l'en-tête Proxy-Require ou Require (RFC 3261 §21.4.15). La réponse doit lister les étiquettes non prises en charge dans un en-tête Unsupported, et le client peut réessayer sans elles. C'est le pendant de 421, où c'est le serveur qui a besoin d'une extension que le client n'a pas proposée. La RFC 3398 la fait correspondre à la cause Q.850 127 (Interfonctionnement, non spécifié).</translation>
    </message>
    <message>
        <source>Require: 100rel sent to a device without reliable provisional responses (PRACK)
Require: timer sent to equipment without session timer support
Proxy-Require with a tag the proxy does not know, such as sec-agree
Require: replaces or another call-control feature the far end lacks
A phone or PBX set to require an extension instead of only supporting it</source>
        <translation>Require: 100rel envoyé à un appareil qui ne gère pas les réponses provisoires fiables (PRACK)
Require: timer envoyé à un équipement qui ne gère pas les session timers
Proxy-Require avec une étiquette que le proxy ne connaît pas, comme sec-agree
Require: replaces ou une autre fonction de contrôle d'appel absente à l'autre extrémité
Un téléphone ou un IPBX réglé pour exiger une extension au lieu de simplement la prendre en charge</translation>
    </message>
    <message>
        <source>Read the Unsupported header to see which option tag was refused
Change the device setting from required to supported for that feature, such as 100rel or session timers
Check the Require and Proxy-Require headers in the request
Update the firmware of the side that lacks the extension</source>
        <translation>Lisez l'en-tête Unsupported pour voir quelle étiquette d'option a été refusée
Pour cette fonction, par exemple 100rel ou les session timers, réglez l'appareil sur pris en charge (supported) au lieu de requis (required)
Vérifiez les en-têtes Require et Proxy-Require de la requête
Mettez à jour le firmware du côté qui ne gère pas l'extension</translation>
    </message>
    <message>
        <source>bad extension, unsupported feature, not supported, incompatible, 100rel, prack, session timer, require header, unsupported</source>
        <translation>extension non prise en charge, fonction non prise en charge, non supporté, pas pris en charge, incompatible, 100rel, prack, session timer, en-tête require, unsupported, bad extension</translation>
    </message>
    <message>
        <source>The other side needs a feature that your phone or system did not offer.</source>
        <translation>L'autre côté a besoin d'une fonction que votre téléphone ou votre système n'a pas proposée.</translation>
    </message>
    <message>
        <source>The receiving system will only handle this request if the caller's device supports a particular protocol feature, and the device did not say that it does. It is a compatibility problem between the caller's equipment and the other side. Enabling the feature on the caller's device or trunk usually fixes it.</source>
        <translation>Le système destinataire ne traite cette requête que si l'appareil de l'appelant prend en charge une fonction particulière du protocole, et l'appareil n'a pas indiqué qu'il la gère. Il s'agit d'un problème de compatibilité entre l'équipement de l'appelant et l'autre côté. Activer la fonction sur l'appareil ou le trunk SIP de l'appelant règle en général le problème.</translation>
    </message>
    <message>
        <source>Sent by a user agent server that needs a particular extension to process the request when that extension is not listed in the Supported header of the request (RFC 3261 §21.4.16). The response must carry a Require header naming the needed extension, and the client can retry once it supports it. Servers should use it only when the service really cannot work otherwise; compare 420, where the server is the one lacking support. RFC 3398 maps it to Q.850 cause 127 (Interworking, unspecified).</source>
        <translation>Envoyée par un serveur d'agent utilisateur (UAS) qui a besoin d'une extension particulière pour traiter la requête alors que cette extension ne figure pas dans l'en-tête Supported de la requête (RFC 3261 §21.4.16). La réponse doit contenir un en-tête Require qui nomme l'extension nécessaire, et le client peut réessayer une fois qu'il la prend en charge. Les serveurs ne devraient l'utiliser que si le service ne peut vraiment pas fonctionner autrement ; à comparer avec 420, où c'est le serveur qui ne prend pas en charge l'extension. La RFC 3398 la fait correspondre à la cause Q.850 127 (Interfonctionnement, non spécifié).</translation>
    </message>
    <message>
        <source>A gateway or carrier that requires 100rel (PRACK) for early media
A server that requires session timers and the client did not list timer
A PBX or SBC that requires replaces, path, outbound or gruu
The feature disabled on the phone or trunk, so it is missing from Supported</source>
        <translation>Une passerelle ou un opérateur qui exige 100rel (PRACK) pour l'early media
Un serveur qui exige les session timers alors que le client n'a pas indiqué timer
Un IPBX ou un SBC qui exige replaces, path, outbound ou gruu
La fonction est désactivée sur le téléphone ou le trunk SIP et n'apparaît donc pas dans Supported</translation>
    </message>
    <message>
        <source>Read the Require header in the response to see which extension is needed
Enable that extension, such as 100rel or session timers, on the phone, PBX or trunk
Check the Supported header of the original request
Ask the provider whether the requirement can be relaxed</source>
        <translation>Lisez l'en-tête Require de la réponse pour savoir quelle extension est nécessaire
Activez cette extension, par exemple 100rel ou les session timers, sur le téléphone, l'IPBX ou le trunk SIP
Vérifiez l'en-tête Supported de la requête d'origine
Demandez à l'opérateur si cette exigence peut être assouplie</translation>
    </message>
    <message>
        <source>extension required, feature required, prack, 100rel, session timer, require header, incompatible, not supported</source>
        <translation>extension requise, fonction requise, fonction exigée, prack, 100rel, session timer, en-tête require, incompatible, non supporté, pas pris en charge</translation>
    </message>
    <message>
        <source>The call was refused because your system wanted to check that the call is still alive more often than the other side allows.</source>
        <translation>L'appel a été refusé car votre système voulait vérifier que l'appel est toujours actif plus souvent que l'autre côté ne l'autorise.</translation>
    </message>
    <message>
        <source>During a call, systems can check every so often that the call is still active. The caller's system asked for these checks more often than the other side accepts, so the request was refused. The caller's system normally retries by itself with a longer interval; if the call fails anyway, a setting on one of the systems needs adjusting.</source>
        <translation>Pendant un appel, les systèmes peuvent vérifier régulièrement que l'appel est toujours actif. Le système de l'appelant a demandé ces vérifications plus souvent que l'autre côté ne l'accepte : la requête a donc été refusée. Le système de l'appelant réessaie normalement de lui-même avec un intervalle plus long ; si l'appel échoue malgré tout, un réglage doit être ajusté sur l'un des systèmes.</translation>
    </message>
    <message>
        <source>Defined by RFC 4028 §6 (session timers): a proxy or UAS returns it when the Session-Expires value in an INVITE or UPDATE is below the minimum it accepts. The response must carry a Min-SE header with that minimum, and the client should retry with a Session-Expires at least that large and a Min-SE set to it. It is only used when the client indicated support for timer; otherwise the element raises the value itself instead of rejecting. RFC 4028 does not allow a minimum below 90 seconds, and some equipment prints the phrase Session Timer Too Small for this code.</source>
        <translation>Définie par la RFC 4028 §6 (session timers) : un proxy ou un UAS la renvoie lorsque la valeur Session-Expires d'un INVITE ou d'un UPDATE est inférieure au minimum qu'il accepte. La réponse doit contenir un en-tête Min-SE avec ce minimum, et le client doit réessayer avec un Session-Expires au moins aussi grand et un Min-SE égal à cette valeur. Elle n'est utilisée que si le client a indiqué qu'il prend en charge timer ; sinon l'élément augmente lui-même la valeur au lieu de refuser. La RFC 4028 n'autorise pas de minimum inférieur à 90 secondes, et certains équipements affichent pour ce code le libellé Session Timer Too Small.</translation>
    </message>
    <message>
        <source>Session-Expires set below the carrier or PBX minimum
Different session timer minimums on the two sides of a trunk
A client that ignores Min-SE and retries with the same interval
An SBC that rewrites Session-Expires to a low value</source>
        <translation>Session-Expires réglé en dessous du minimum de l'opérateur ou de l'IPBX
Des minimums de session timer différents des deux côtés d'un trunk SIP
Un client qui ignore Min-SE et réessaie avec le même intervalle
Un SBC qui réécrit Session-Expires avec une valeur basse</translation>
    </message>
    <message>
        <source>Read the Min-SE header in the response
Raise the session timer setting on the device or trunk, for example to 1800 seconds
Check that the client retries with the larger value after the 422
Align the session timer settings on both sides of the SBC</source>
        <translation>Lisez l'en-tête Min-SE de la réponse
Augmentez le réglage du session timer sur l'appareil ou le trunk SIP, par exemple à 1800 secondes
Vérifiez que le client réessaie avec la valeur plus grande après le 422
Harmonisez les réglages de session timer des deux côtés du SBC</translation>
    </message>
    <message>
        <source>session timer, session interval too small, min-se, session expires, call setup fails, re-invite, keepalive, timer</source>
        <translation>session timer, minuterie de session, intervalle de session trop court, min-se, session expires, échec de l'établissement de l'appel, l'appel ne s'établit pas, re-invite, keepalive, timer</translation>
    </message>
    <message>
        <source>Your phone asked to stay signed in for a shorter time than the server allows.</source>
        <translation>Votre téléphone a demandé à rester connecté moins longtemps que le serveur ne l'autorise.</translation>
    </message>
    <message>
        <source>When a phone signs in to the phone system, it says how long the sign-in should last before it is renewed. The phone asked for a shorter time than the server accepts, so the sign-in was refused. The phone normally retries with the longer time by itself; if not, the registration interval on the caller's device needs to be raised.</source>
        <translation>Quand un téléphone s'enregistre auprès du standard téléphonique, il indique combien de temps cet enregistrement doit durer avant d'être renouvelé. Le téléphone a demandé une durée plus courte que celle acceptée par le serveur : l'enregistrement a donc été refusé. Le téléphone réessaie normalement de lui-même avec la durée plus longue ; sinon, il faut augmenter l'intervalle d'enregistrement sur l'appareil de l'appelant.</translation>
    </message>
    <message>
        <source>Sent by a registrar or notifier when the expiration requested in the Expires header or the Contact expires parameter is shorter than it allows (RFC 3261 §21.4.17, registrar processing in RFC 3261 §10.3). The response must carry a Min-Expires header with the smallest interval it accepts, and the client should retry with at least that value. It applies to REGISTER and also to SUBSCRIBE (RFC 6665); an expiry of zero, which removes a binding, is never rejected this way. RFC 3398 maps it to Q.850 cause 127 (Interworking, unspecified).</source>
        <translation>Envoyée par un registrar ou un notificateur lorsque l'expiration demandée dans l'en-tête Expires ou dans le paramètre expires du Contact est plus courte que ce qu'il autorise (RFC 3261 §21.4.17, traitement par le registrar dans la RFC 3261 §10.3). La réponse doit contenir un en-tête Min-Expires avec le plus petit intervalle accepté, et le client doit réessayer avec au moins cette valeur. Elle s'applique à REGISTER et aussi à SUBSCRIBE (RFC 6665) ; une expiration de zéro, qui supprime une association (binding), n'est jamais refusée de cette façon. La RFC 3398 la fait correspondre à la cause Q.850 127 (Interfonctionnement, non spécifié).</translation>
    </message>
    <message>
        <source>A short registration interval set on the phone to keep NAT open, such as 30 or 60 seconds
The provider raised its minimum without updating the devices
SUBSCRIBE with a very short Expires for presence or voicemail notification
A device that ignores Min-Expires and keeps retrying</source>
        <translation>Un intervalle d'enregistrement court réglé sur le téléphone pour garder le NAT ouvert, par exemple 30 ou 60 secondes
L'opérateur a relevé son minimum sans mettre à jour les appareils
SUBSCRIBE avec un Expires très court pour la présence ou la notification de messagerie vocale
Un appareil qui ignore Min-Expires et continue de réessayer</translation>
    </message>
    <message>
        <source>Read the Min-Expires header in the response
Set the registration or subscription expiry on the device to at least that value
Use keepalives (CRLF, OPTIONS or STUN) instead of very short registrations to keep NAT open
Update the firmware if the device does not retry with Min-Expires</source>
        <translation>Lisez l'en-tête Min-Expires de la réponse
Réglez l'expiration d'enregistrement ou d'abonnement de l'appareil sur au moins cette valeur
Utilisez des keepalives (CRLF, OPTIONS ou STUN) plutôt que des enregistrements très courts pour garder le NAT ouvert
Mettez à jour le firmware si l'appareil ne réessaie pas avec Min-Expires</translation>
    </message>
    <message>
        <source>interval too brief, registration failed, cannot register, expires too short, min-expires, registration interval, re-register, subscription failed</source>
        <translation>intervalle trop court, interval too brief, échec d'enregistrement, impossible de s'enregistrer, expiration trop courte, min-expires, intervalle d'enregistrement, réenregistrement, échec de l'abonnement</translation>
    </message>
    <message>
        <source>The location sent with the call could not be used by the receiving system.</source>
        <translation>La localisation envoyée avec l'appel n'a pas pu être utilisée par le système destinataire.</translation>
    </message>
    <message>
        <source>Some calls, mainly emergency calls, carry the caller's location so they can be routed to the right answering centre. The receiving system could not read or use the location that was sent, or was not allowed to use it. It points at how the caller's phone, PBX or network supplies location, not at the person being called.</source>
        <translation>Certains appels, surtout les appels d'urgence, transmettent la localisation de l'appelant afin d'être acheminés vers le bon centre de traitement. Le système destinataire n'a pas pu lire ou utiliser la localisation envoyée, ou n'était pas autorisé à l'utiliser. Le problème vient de la façon dont le téléphone, le standard téléphonique ou le réseau de l'appelant fournit la localisation, et non de la personne appelée.</translation>
    </message>
    <message>
        <source>Defined by RFC 6442 §4.3: a recipient returns it when the location conveyed with the Geolocation header, by value in a PIDF-LO body or by reference, is malformed, cannot be dereferenced or is not usable for its purpose. The response should include a Geolocation-Error header (RFC 6442 §4.4) with a code such as 100 Cannot Process Location, 200 to 202 for permission problems, or 300 Dereference Failure. The client can correct the location or its permissions and retry. It matters mostly for emergency calling, where location drives routing to the right answering point.</source>
        <translation>Définie par la RFC 6442 §4.3 : un destinataire la renvoie lorsque la localisation transmise avec l'en-tête Geolocation, par valeur dans un corps PIDF-LO ou par référence, est mal formée, ne peut pas être déréférencée ou n'est pas utilisable pour son usage. La réponse doit contenir un en-tête Geolocation-Error (RFC 6442 §4.4) avec un code comme 100 Cannot Process Location, 200 à 202 pour les problèmes d'autorisation, ou 300 Dereference Failure. Le client peut corriger la localisation ou ses autorisations et réessayer. Elle concerne surtout les appels d'urgence, où la localisation détermine l'acheminement vers le bon centre de traitement (PSAP).</translation>
    </message>
    <message>
        <source>A malformed or incomplete PIDF-LO location body
A location reference (URI) the recipient cannot fetch
Location privacy or routing rules that do not allow the recipient to use the location
A missing or outdated civic address or coordinates on the PBX or location server
An SBC or gateway that strips or damages the location body</source>
        <translation>Un corps de localisation PIDF-LO mal formé ou incomplet
Une référence de localisation (URI) que le destinataire ne peut pas récupérer
Des règles de confidentialité ou d'acheminement de la localisation qui n'autorisent pas le destinataire à l'utiliser
Une adresse postale ou des coordonnées absentes ou périmées sur l'IPBX ou le serveur de localisation
Un SBC ou une passerelle qui supprime ou endommage le corps de localisation</translation>
    </message>
    <message>
        <source>Read the Geolocation-Error header for the specific error code
Check the location configured for the caller, such as the civic address on the PBX or location server
Check that location references can be reached by the recipient
Check the location privacy and routing permissions
Test emergency location delivery with the provider's test number</source>
        <translation>Lisez l'en-tête Geolocation-Error pour connaître le code d'erreur précis
Vérifiez la localisation configurée pour l'appelant, par exemple l'adresse postale sur l'IPBX ou le serveur de localisation
Vérifiez que les références de localisation sont accessibles au destinataire
Vérifiez les autorisations de confidentialité et d'acheminement de la localisation
Testez la transmission de la localisation d'urgence avec le numéro de test de l'opérateur</translation>
    </message>
    <message>
        <source>location, emergency call, 911, 112, e911, geolocation, bad location, emergency address, pidf-lo, address</source>
        <translation>localisation, géolocalisation, appel d'urgence, 112, 911, e911, 15, 17, 18, mauvaise localisation, adresse d'urgence, pidf-lo, adresse</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>inscrit au registre IANA</translation>
    </message>
    <message>
        <source>not registered (seen on the wire)</source>
        <translation>hors registre (observé sur le réseau)</translation>
    </message>
    <message>
        <source>not registered (local status, never sent on the wire)</source>
        <translation>hors registre (statut local, jamais envoyé sur le réseau)</translation>
    </message>
    <message>
        <source>not registered (protocol analyser label)</source>
        <translation>hors registre (libellé d'analyseur de protocole)</translation>
    </message>
    <message>
        <source>not registered (read as its class)</source>
        <translation>hors registre (interprété selon sa classe)</translation>
    </message>
    <message>
        <source>No code given: enter a SIP response code such as 486.</source>
        <translation>Aucun code saisi : entrez un code de réponse SIP, par exemple 486.</translation>
    </message>
    <message>
        <source>"%1" is not a number: a SIP response code has three digits, such as 486.</source>
        <translation>« %1 » n'est pas un nombre : un code de réponse SIP comporte trois chiffres, par exemple 486.</translation>
    </message>
    <message>
        <source>%1 is not a SIP response code: SIP codes run from 100 to 699.</source>
        <translation>%1 n'est pas un code de réponse SIP : les codes SIP vont de 100 à 699.</translation>
    </message>
    <message>
        <source>Provisional</source>
        <translation>Provisoire</translation>
    </message>
    <message>
        <source>The call or request is still in progress; this is an interim status, not the final result.</source>
        <translation>L'appel ou la requête est toujours en cours ; il s'agit d'un état intermédiaire, pas du résultat final.</translation>
    </message>
    <message>
        <source>Codes from 100 to 199 report progress while a request is being handled: it was received, a phone is ringing, the call is being forwarded or queued, or a tone or announcement is played. They never end a call attempt; a final answer (a code from 200 to 699) always follows. A phone that does not know a particular 1xx code treats it as plain call progress.</source>
        <translation>Les codes de 100 à 199 signalent la progression pendant le traitement d'une requête : elle a été reçue, un téléphone sonne, l'appel est renvoyé ou mis en file d'attente, ou une tonalité ou une annonce est diffusée. Ils ne terminent jamais une tentative d'appel ; une réponse finale (un code de 200 à 699) suit toujours. Un téléphone qui ne connaît pas un code 1xx particulier le traite comme une simple progression d'appel.</translation>
    </message>
    <message>
        <source>Provisional responses (RFC 3261 §7.2, §21.1) precede the final response; a 1xx with a To tag creates an early dialog, and any 1xx stops INVITE retransmission. 100 Trying is hop-by-hop and never forwarded by a stateful proxy; the other 1xx codes travel end to end, can be made reliable with RFC 3262 (100rel, PRACK), and are sent only to INVITE (RFC 4320 allows just 100 for other methods). A receiver treats an unrecognised provisional code other than 100 as 183 Session Progress (§8.1.3.2), so an unregistered code such as 150 still only means progress, whatever its phrase says.</source>
        <translation>Les réponses provisoires (RFC 3261 §7.2, §21.1) précèdent la réponse finale ; une 1xx avec un tag To crée un dialogue précoce (early dialog), et toute 1xx arrête les retransmissions de l'INVITE. 100 Trying est de saut en saut et n'est jamais relayée par un proxy avec état ; les autres codes 1xx circulent de bout en bout, peuvent être rendus fiables avec la RFC 3262 (100rel, PRACK) et ne sont envoyés qu'en réponse à INVITE (la RFC 4320 n'autorise que 100 pour les autres méthodes). Un destinataire traite un code provisoire non reconnu autre que 100 comme 183 Session Progress (§8.1.3.2) : un code hors registre comme 150 ne signifie donc qu'une progression, quel que soit son libellé.</translation>
    </message>
    <message>
        <source>Wait for the final response that must follow
If no final response arrives, find the element that answered last (Via, To tag) and check its timers
For an unknown code, read the reason phrase and treat it as 183 Session Progress
If the caller hears silence in this phase, check early media (SDP in 180 or 183) and NAT</source>
        <translation>Attendez la réponse finale qui doit suivre
Si aucune réponse finale n'arrive, trouvez l'élément qui a répondu en dernier (Via, tag To) et vérifiez ses temporisateurs
Pour un code inconnu, lisez le libellé de la réponse et traitez-le comme 183 Session Progress
Si l'appelant n'entend que du silence pendant cette phase, vérifiez l'early media (SDP dans 180 ou 183) et le NAT</translation>
    </message>
    <message>
        <source>provisional, progress, in progress, ringing, trying, early media, waiting, call setup</source>
        <translation>provisoire, progression, en cours, ça sonne, sonnerie, trying, early media, en attente, établissement de l'appel, appel en cours</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Succès</translation>
    </message>
    <message>
        <source>The request succeeded; for a call, the other side answered.</source>
        <translation>La requête a abouti ; pour un appel, le correspondant a décroché.</translation>
    </message>
    <message>
        <source>Codes from 200 to 299 mean the request was accepted and carried out: a call was answered, a registration accepted, a transfer taken on. Problems that appear afterwards, such as no sound, are not refusals; they happen after the answer. A phone that does not know a particular 2xx code treats it as a plain success (200 OK).</source>
        <translation>Les codes de 200 à 299 signifient que la requête a été acceptée et exécutée : un appel a reçu une réponse, un enregistrement a été accepté, un transfert a été pris en charge. Les problèmes qui apparaissent ensuite, comme l'absence de son, ne sont pas des refus ; ils surviennent après le décroché. Un téléphone qui ne connaît pas un code 2xx particulier le traite comme un simple succès (200 OK).</translation>
    </message>
    <message>
        <source>2xx responses are final successes (RFC 3261 §21.2). A 2xx to INVITE is confirmed by an end-to-end ACK outside the transaction and is resent by the UAS until that ACK arrives; proxies forward every 2xx at once, and a forked INVITE may produce several, each its own dialog (§16.7). A receiver treats an unrecognised 2xx code, such as an unregistered 250, as 200 OK (§8.1.3.2).</source>
        <translation>Les réponses 2xx sont des succès définitifs (RFC 3261 §21.2). Une 2xx à un INVITE est confirmée par un ACK de bout en bout, hors transaction, et l'UAS la renvoie jusqu'à l'arrivée de cet ACK ; les proxys relaient immédiatement chaque 2xx, et un INVITE dupliqué par forking peut en produire plusieurs, chacune formant son propre dialogue (§16.7). Un destinataire traite un code 2xx non reconnu, comme un 250 hors registre, comme 200 OK (§8.1.3.2).</translation>
    </message>
    <message>
        <source>No action needed for the request itself
If the answered call has no audio, check the SDP and NAT rather than the response
If calls drop shortly after the answer, check that the ACK reaches the answering side
For an unknown code, treat it as 200 OK</source>
        <translation>Aucune action nécessaire pour la requête elle-même
Si l'appel décroché n'a pas de son, vérifiez le SDP et le NAT plutôt que la réponse
Si les appels coupent peu après le décroché, vérifiez que l'ACK parvient au côté qui a répondu
Pour un code inconnu, traitez-le comme 200 OK</translation>
    </message>
    <message>
        <source>success, ok, answered, connected, accepted, registered</source>
        <translation>succès, ok, décroché, a répondu, connecté, en communication, accepté, enregistré</translation>
    </message>
    <message>
        <source>Redirection</source>
        <translation>Redirection</translation>
    </message>
    <message>
        <source>The call was not connected here, and the caller's system was told to try another address.</source>
        <translation>L'appel n'a pas été établi ici, et le système de l'appelant a été invité à essayer une autre adresse.</translation>
    </message>
    <message>
        <source>Codes from 300 to 399 do not connect the call but say where else to try: the person has moved, is forwarded or can be reached at several places. The caller's phone or phone system is expected to try the new address; if it does not follow redirects, the call fails even though the person is reachable. A phone that does not know a particular 3xx code treats it as a list of alternatives (300 Multiple Choices).</source>
        <translation>Les codes de 300 à 399 n'établissent pas l'appel mais indiquent où essayer ailleurs : la personne a déménagé, a activé un renvoi ou peut être jointe à plusieurs endroits. Le téléphone ou le standard téléphonique de l'appelant est censé essayer la nouvelle adresse ; s'il ne suit pas les redirections, l'appel échoue alors que la personne est joignable. Un téléphone qui ne connaît pas un code 3xx particulier le traite comme une liste de choix possibles (300 Multiple Choices).</translation>
    </message>
    <message>
        <source>Redirection responses (RFC 3261 §21.3) carry the alternatives in Contact headers, possibly with q-values and an expiry. The UAC (§8.1.3.4) or a recursing proxy (§16.7) may retry at those targets; a proxy that recurses removes them from the response it keeps. A receiver treats an unrecognised 3xx code, such as an unregistered 350, as 300 Multiple Choices (§8.1.3.2), so it still looks at the Contact list.</source>
        <translation>Les réponses de redirection (RFC 3261 §21.3) transportent les alternatives dans des en-têtes Contact, éventuellement avec des valeurs q et une expiration. L'UAC (§8.1.3.4) ou un proxy récursif (§16.7) peut réessayer vers ces cibles ; un proxy qui effectue la récursion les retire de la réponse qu'il conserve. Un destinataire traite un code 3xx non reconnu, comme un 350 hors registre, comme 300 Multiple Choices (§8.1.3.2) : il examine donc quand même la liste Contact.</translation>
    </message>
    <message>
        <source>Read the Contact headers for the suggested targets
Check whether the caller's PBX, SBC or phone follows redirects
Check that the suggested targets are allowed and routable from the caller's side
Look for redirect loops between servers</source>
        <translation>Lisez les en-têtes Contact pour connaître les cibles proposées
Vérifiez si l'IPBX, le SBC ou le téléphone de l'appelant suit les redirections
Vérifiez que les cibles proposées sont autorisées et routables depuis le côté de l'appelant
Recherchez des boucles de redirection entre serveurs</translation>
    </message>
    <message>
        <source>redirect, redirection, moved, forwarded, contact, new address, reroute</source>
        <translation>redirection, redirigé, déplacé, déménagé, renvoyé, renvoi d'appel, contact, nouvelle adresse, réacheminement</translation>
    </message>
    <message>
        <source>Client Failure</source>
        <translation>Erreur client</translation>
    </message>
    <message>
        <source>The request was refused by this server because something about it was wrong or not allowed here.</source>
        <translation>La requête a été refusée par ce serveur parce qu'elle comportait une erreur ou n'est pas autorisée ici.</translation>
    </message>
    <message>
        <source>Codes from 400 to 499 mean this server could not or would not carry out the request as sent: a wrong number, a missing or wrong login, a format it cannot handle, a busy or unavailable person, and the like. Sending the same request again unchanged will not help, but a corrected one, or another server or phone, may succeed. A phone that does not know a particular 4xx code treats it as 400 Bad Request.</source>
        <translation>Les codes de 400 à 499 signifient que ce serveur n'a pas pu ou pas voulu exécuter la requête telle qu'elle a été envoyée : mauvais numéro, identifiants absents ou faux, format qu'il ne sait pas traiter, correspondant occupé ou indisponible, etc. Renvoyer la même requête sans modification ne servira à rien, mais une requête corrigée, ou un autre serveur ou téléphone, peut réussir. Un téléphone qui ne connaît pas un code 4xx particulier le traite comme 400 Bad Request.</translation>
    </message>
    <message>
        <source>Request failures (RFC 3261 §21.4) are definite answers from one server: the client should not resend the same request unmodified (for example without adding credentials), though it may succeed elsewhere, and a forking proxy keeps trying its other branches. A receiver treats an unrecognised 4xx code, such as an unregistered 471, as 400 Bad Request (§8.1.3.2), so the reason phrase and any Warning or Reason header are the only clue to what the sender meant. Some failures here are concluded locally: a transaction timeout is reported as if 408 had arrived (§8.1.3.1).</source>
        <translation>Les échecs de requête (RFC 3261 §21.4) sont des réponses définitives d'un serveur donné : le client ne doit pas renvoyer la même requête sans la modifier (par exemple sans ajouter d'identifiants), mais elle peut réussir ailleurs, et un proxy qui fait du forking continue d'essayer ses autres branches. Un destinataire traite un code 4xx non reconnu, comme un 471 hors registre, comme 400 Bad Request (§8.1.3.2) : le libellé de la réponse et les éventuels en-têtes Warning ou Reason sont alors le seul indice de ce que l'émetteur voulait dire. Certains de ces échecs sont déduits localement : une expiration de transaction est signalée comme si un 408 était arrivé (§8.1.3.1).</translation>
    </message>
    <message>
        <source>Read the reason phrase and any Warning or Reason header for detail
Check the dialled number, the account credentials and the phone configuration
Correct the request before retrying; an unchanged retry will fail again
Check whether the response came from the far end or was concluded locally (timeout)
For an unknown code, treat it as 400 Bad Request and ask the sender's vendor what it means</source>
        <translation>Lisez le libellé de la réponse et les éventuels en-têtes Warning ou Reason pour plus de détails
Vérifiez le numéro composé, les identifiants du compte et la configuration du téléphone
Corrigez la requête avant de réessayer ; un nouvel essai sans modification échouera de nouveau
Vérifiez si la réponse vient du correspondant ou a été déduite localement (expiration)
Pour un code inconnu, traitez-le comme 400 Bad Request et demandez au fabricant de l'émetteur ce qu'il signifie</translation>
    </message>
    <message>
        <source>client error, client failure, request failure, rejected, refused, failed call, error, not found, forbidden, busy, unavailable</source>
        <translation>erreur client, échec client, échec de la requête, rejeté, refusé, appel échoué, l'appel ne passe pas, erreur, introuvable, interdit, occupé, indisponible</translation>
    </message>
    <message>
        <source>Server Failure</source>
        <translation>Erreur serveur</translation>
    </message>
    <message>
        <source>A server on the way failed to handle a request that looked valid.</source>
        <translation>Un serveur sur le trajet n'a pas réussi à traiter une requête qui semblait valide.</translation>
    </message>
    <message>
        <source>Codes from 500 to 599 mean the problem lies with a server or network element, not with the caller's request: it is overloaded, down, misconfigured or could not reach the next hop. These problems are often temporary, and trying again later or through another server may work. A phone that does not know a particular 5xx code treats it as 500 Server Internal Error.</source>
        <translation>Les codes de 500 à 599 signifient que le problème vient d'un serveur ou d'un élément du réseau, et non de la requête de l'appelant : il est surchargé, en panne, mal configuré ou n'a pas pu joindre le saut suivant. Ces problèmes sont souvent temporaires, et un nouvel essai plus tard ou par un autre serveur peut fonctionner. Un téléphone qui ne connaît pas un code 5xx particulier le traite comme 500 Server Internal Error.</translation>
    </message>
    <message>
        <source>Server failures (RFC 3261 §21.5) report that the server erred on an apparently valid request; Retry-After may say when to retry, and clients may fail over to another server found through DNS (RFC 3263). A transport failure is reported locally as if 503 had arrived (§8.1.3.1), so check whether the response really came from the far end. A receiver treats an unrecognised 5xx code, such as an unregistered 550, as 500 Server Internal Error (§8.1.3.2).</source>
        <translation>Les échecs de serveur (RFC 3261 §21.5) signalent que le serveur a échoué sur une requête apparemment valide ; Retry-After peut indiquer quand réessayer, et les clients peuvent basculer vers un autre serveur trouvé par le DNS (RFC 3263). Un échec de transport est signalé localement comme si un 503 était arrivé (§8.1.3.1) : vérifiez donc si la réponse vient réellement du correspondant. Un destinataire traite un code 5xx non reconnu, comme un 550 hors registre, comme 500 Server Internal Error (§8.1.3.2).</translation>
    </message>
    <message>
        <source>Check whether the response came from the far end or was concluded locally (transport failure)
Look for Retry-After and for a Warning or Reason header
Check the state, load and logs of the server that answered (Server header, Via)
Try another server, trunk or route if one exists
For an unknown code, treat it as 500 Server Internal Error</source>
        <translation>Vérifiez si la réponse vient du correspondant ou a été déduite localement (échec de transport)
Recherchez un en-tête Retry-After et un en-tête Warning ou Reason
Vérifiez l'état, la charge et les journaux du serveur qui a répondu (en-tête Server, Via)
Essayez un autre serveur, trunk SIP ou route s'il en existe un
Pour un code inconnu, traitez-le comme 500 Server Internal Error</translation>
    </message>
    <message>
        <source>server error, server failure, server down, outage, overloaded, service unavailable, network problem, provider problem</source>
        <translation>erreur serveur, panne serveur, serveur en panne, serveur hors service, panne, incident, surchargé, service indisponible, problème réseau, problème chez l'opérateur</translation>
    </message>
    <message>
        <source>Global Failure</source>
        <translation>Échec global</translation>
    </message>
    <message>
        <source>A final answer: the call cannot succeed at any of the called person's phones or addresses.</source>
        <translation>Une réponse définitive : l'appel ne peut aboutir sur aucun des téléphones ou adresses de la personne appelée.</translation>
    </message>
    <message>
        <source>Codes from 600 to 699 are a final answer about the called person as a whole, not about one phone: busy everywhere, declined, does not exist, cannot handle this kind of call, or blocked as unwanted. The person's other phones stop ringing when such an answer arrives, and trying other routes will not help. A phone that does not know a particular 6xx code treats it as 600 Busy Everywhere.</source>
        <translation>Les codes de 600 à 699 sont une réponse définitive sur la personne appelée dans son ensemble, pas sur un seul téléphone : occupée partout, appel refusé, inexistante, incapable de gérer ce type d'appel, ou appel bloqué comme indésirable. Les autres téléphones de la personne cessent de sonner dès qu'une telle réponse arrive, et essayer d'autres routes ne servira à rien. Un téléphone qui ne connaît pas un code 6xx particulier le traite comme 600 Busy Everywhere.</translation>
    </message>
    <message>
        <source>Global failures (RFC 3261 §21.6) carry definitive information about the user, not only about the instance in the Request-URI. A forking proxy that receives a 6xx cancels its other pending branches and starts no new ones (§16.7), so one device answering 6xx ends a parallel ring group. A receiver treats an unrecognised 6xx code, such as an unregistered 650, as 600 Busy Everywhere (§8.1.3.2); equipment older than RFC 8197 and RFC 8688 does the same with 607 and 608.</source>
        <translation>Les échecs globaux (RFC 3261 §21.6) apportent une information définitive sur l'utilisateur, et pas seulement sur l'instance de la Request-URI. Un proxy qui fait du forking et reçoit une 6xx annule ses autres branches en attente et n'en démarre pas de nouvelles (§16.7) : un seul appareil qui répond 6xx met donc fin à la sonnerie d'un groupe en parallèle. Un destinataire traite un code 6xx non reconnu, comme un 650 hors registre, comme 600 Busy Everywhere (§8.1.3.2) ; les équipements antérieurs aux RFC 8197 et RFC 8688 font de même avec 607 et 608.</translation>
    </message>
    <message>
        <source>Do not retry through other routes; the answer is about the called person as a whole
Read the reason phrase and the Warning and Retry-After headers
If one phone's rejection stops a whole ring group, configure it to answer with a 4xx such as 486 or 480
For an unknown code, treat it as 600 Busy Everywhere</source>
        <translation>Ne réessayez pas par d'autres routes ; la réponse concerne la personne appelée dans son ensemble
Lisez le libellé de la réponse et les en-têtes Warning et Retry-After
Si le refus d'un seul téléphone arrête tout un groupe de sonnerie, configurez-le pour répondre avec une 4xx comme 486 ou 480
Pour un code inconnu, traitez-le comme 600 Busy Everywhere</translation>
    </message>
    <message>
        <source>global failure, rejected everywhere, declined, busy everywhere, does not exist, blocked, spam, unwanted</source>
        <translation>échec global, refusé partout, appel refusé, décliné, occupé partout, n'existe pas, bloqué, spam, indésirable, démarchage</translation>
    </message>
    <message>
        <source>Your call has reached the phone system, and it is now working on connecting you.</source>
        <translation>Votre appel est arrivé au standard téléphonique, qui s'occupe maintenant de vous mettre en relation.</translation>
    </message>
    <message>
        <source>The first server on the way received the call request and is processing it. It says nothing yet about the person you are calling: their phone has not necessarily been reached. If the call stays at this stage and nothing else follows, the problem lies further along the path, not with your phone.</source>
        <translation>Le premier serveur sur le trajet a reçu la demande d'appel et la traite. Cela n'indique encore rien sur la personne que vous appelez : son téléphone n'a pas forcément été atteint. Si l'appel reste bloqué à ce stade sans rien d'autre ensuite, le problème se situe plus loin sur le trajet, et non dans votre téléphone.</translation>
    </message>
    <message>
        <source>Normal first reply of the next server to any call attempt
The server is looking up routing, number or account data
The far end is slow, so only the nearest server has replied so far
The next hop cannot reach the called party, or its replies are lost on the way back</source>
        <translation>Première réponse normale du serveur suivant à toute tentative d'appel
Le serveur recherche des données de routage, de numéro ou de compte
Le correspondant est lente, seul le serveur le plus proche a répondu jusqu'ici
Le saut suivant ne peut pas joindre l'appelé, ou ses réponses se perdent au retour</translation>
    </message>
    <message>
        <source>No action needed if ringing or an answer follows
If the call hangs after 100, follow the INVITE to the next hop and see whether it answers
Check firewalls and NAT for replies from further along the path that never arrive
Check the routing of the called number on the proxy or PBX
If not even 100 arrives, the INVITE is not reaching the first server: check address, port and transport</source>
        <translation>Aucune action nécessaire si la sonnerie ou un décroché suit
Si l'appel reste bloqué après 100, suivez l'INVITE jusqu'au saut suivant et voyez s'il répond
Vérifiez que pare-feu et NAT ne bloquent pas les réponses venant de plus loin sur le trajet
Vérifiez le routage du numéro appelé sur le proxy ou l'IPBX
Si même la 100 n'arrive pas, l'INVITE n'atteint pas le premier serveur : vérifiez l'adresse, le port et le transport</translation>
    </message>
    <message>
        <source>trying, connecting, call setup, dialling, dialing, stuck on trying, no ringing, call hangs, silence after dialling, processing</source>
        <translation>trying, connexion en cours, mise en relation, établissement de l'appel, numérotation, bloqué sur trying, pas de sonnerie, ça ne sonne pas, l'appel reste bloqué, silence après la numérotation, traitement en cours</translation>
    </message>
    <message>
        <source>The phone you are calling is ringing now.</source>
        <translation>Le téléphone que vous appelez sonne en ce moment.</translation>
    </message>
    <message>
        <source>The called phone, or a device acting for it, was reached and is alerting the person. Nothing is wrong: the call is waiting to be answered. If nobody picks up, the call usually ends after a while with a no-answer result or goes to voicemail.</source>
        <translation>Le téléphone appelé, ou un appareil agissant pour lui, a été atteint et fait sonner la personne. Tout est normal : l'appel attend d'être décroché. Si personne ne décroche, l'appel se termine en général au bout d'un moment par une non-réponse ou bascule sur la messagerie vocale.</translation>
    </message>
    <message>
        <source>Sent by the callee's UAS while it alerts the user (RFC 3261 §21.1.2) and forwarded by proxies. With a To tag it creates an early dialog, so a forked INVITE can return several 180s with different To tags. Without an SDP body the caller plays local ringback; with SDP (often sent reliably with Require: 100rel, RFC 3262) the caller may play the far-end media instead (RFC 3960). A PSTN gateway normally sends 180 when the ISUP side reports that the called line is free and alerting (RFC 3398).</source>
        <translation>Envoyée par l'UAS de l'appelé pendant qu'il fait sonner l'utilisateur (RFC 3261 §21.1.2) et relayée par les proxys. Avec un tag To, elle crée un dialogue précoce (early dialog) : un INVITE dupliqué par forking peut donc renvoyer plusieurs 180 avec des tags To différents. Sans corps SDP, l'appelant génère un retour d'appel local ; avec un SDP (souvent envoyé de manière fiable avec Require: 100rel, RFC 3262), l'appelant peut diffuser à la place les médias du correspondant (RFC 3960). Une passerelle RTC envoie normalement 180 lorsque le côté ISUP indique que la ligne appelée est libre et en cours de sonnerie (RFC 3398).</translation>
    </message>
    <message>
        <source>The called phone is ringing and has not been answered yet
A PSTN gateway reports that the called line is alerting
Several phones of a ring group or of one user are ringing at once
A PBX signals ringing while it hunts for a free extension or agent</source>
        <translation>Le téléphone appelé sonne et n'a pas encore été décroché
Une passerelle RTC indique que la ligne appelée sonne
Plusieurs téléphones d'un groupe de sonnerie ou d'un même utilisateur sonnent en même temps
Un IPBX signale la sonnerie pendant qu'il cherche un poste ou un agent libre</translation>
    </message>
    <message>
        <source>Wait for an answer; no fault is indicated
If the caller hears no ringback, check whether the phone plays local ringback or expects early media
If ringing never ends, check no-answer timers, voicemail and forward-on-no-answer settings
If the called person's phone does not ring although 180 arrives, check which device sent it (Contact, User-Agent)
If ringing ends in 480 or 408, look at the called party's availability rather than the network</source>
        <translation>Attendez le décroché ; aucun défaut n'est signalé
Si l'appelant n'entend pas de retour d'appel, vérifiez si le téléphone génère un retour d'appel local ou attend de l'early media
Si la sonnerie ne s'arrête jamais, vérifiez les temporisateurs de non-réponse, la messagerie vocale et les renvois sur non-réponse
Si le téléphone de la personne appelée ne sonne pas alors que le 180 arrive, vérifiez quel appareil l'a envoyé (Contact, User-Agent)
Si la sonnerie se termine par 480 ou 408, examinez la disponibilité de l'appelé plutôt que le réseau</translation>
    </message>
    <message>
        <source>ringing, ring, ringback, alerting, rings but no answer, nobody answers, no answer, no ringback tone, ring tone</source>
        <translation>sonnerie, ça sonne, sonne, retour d'appel, tonalité de retour d'appel, ça sonne mais personne ne décroche, personne ne répond, pas de réponse, pas de tonalité de retour d'appel, ringing</translation>
    </message>
    <message>
        <source>Your call is being passed on to another number or device chosen by the person you called.</source>
        <translation>Votre appel est transmis à un autre numéro ou appareil choisi par la personne que vous avez appelée.</translation>
    </message>
    <message>
        <source>A server along the way is forwarding the call, for example because the person has call forwarding switched on or did not answer. It is only a progress notice: the call goes on toward the new destination, which was chosen on the called party's side.</source>
        <translation>Un serveur sur le trajet renvoie l'appel, par exemple parce que la personne a activé un renvoi d'appel ou n'a pas répondu. Ce n'est qu'un avis de progression : l'appel continue vers la nouvelle destination, qui a été choisie du côté de l'appelé.</translation>
    </message>
    <message>
        <source>Optional provisional response (RFC 3261 §21.1.3) that a proxy, PBX or B2BUA may send when it retargets the call to a different set of destinations (unconditional, busy or no-answer forwarding). The new target and the reason are usually visible in the History-Info (RFC 7044) or Diversion headers of the onward INVITE rather than in the 181 itself. Many systems never send it, so its absence proves nothing. Some lists print the phrase as 'Call Being Forwarded'; the code is the same.</source>
        <translation>Réponse provisoire facultative (RFC 3261 §21.1.3) qu'un proxy, un IPBX ou un B2BUA peut envoyer lorsqu'il redirige l'appel vers un autre ensemble de destinations (renvoi inconditionnel, sur occupation ou sur non-réponse). La nouvelle cible et le motif apparaissent en général dans les en-têtes History-Info (RFC 7044) ou Diversion de l'INVITE suivant plutôt que dans la 181 elle-même. Beaucoup de systèmes ne l'envoient jamais : son absence ne prouve donc rien. Certaines listes affichent le libellé « Call Being Forwarded » ; le code est le même.</translation>
    </message>
    <message>
        <source>Call forwarding always is set on the called number
Forwarding on busy or on no answer was triggered
A follow-me, find-me or hunt service moves to the next destination
The call is being diverted to voicemail</source>
        <translation>Un renvoi d'appel inconditionnel est activé sur le numéro appelé
Un renvoi sur occupation ou sur non-réponse a été déclenché
Un service follow-me, find-me ou de recherche de poste passe à la destination suivante
L'appel est dévié vers la messagerie vocale</translation>
    </message>
    <message>
        <source>No action needed: the call continues
If the call ends up in the wrong place, check the called party's forwarding settings
Check History-Info or Diversion in the onward INVITE to see where and why it was forwarded
If forwarding goes round in circles, look for 482 or 483 and for forwarding chains between numbers</source>
        <translation>Aucune action nécessaire : l'appel continue
Si l'appel aboutit au mauvais endroit, vérifiez les réglages de renvoi de l'appelé
Vérifiez History-Info ou Diversion dans l'INVITE suivant pour voir où et pourquoi il a été renvoyé
Si le renvoi tourne en rond, recherchez des 482 ou 483 et des chaînes de renvois entre numéros</translation>
    </message>
    <message>
        <source>forwarded, call forwarding, diverted, diversion, divert, redirected, follow me, forward to voicemail</source>
        <translation>renvoyé, renvoi d'appel, transfert d'appel, dévié, déviation, renvoi, redirigé, suivez-moi, follow me, renvoi vers la messagerie</translation>
    </message>
    <message>
        <source>The person or team you are calling is busy, and your call is waiting in a queue.</source>
        <translation>La personne ou l'équipe que vous appelez est occupée, et votre appel est en attente dans une file.</translation>
    </message>
    <message>
        <source>The called side cannot take the call right now, but instead of refusing it the system put it in a waiting line. The call is put through when someone becomes free, or it ends with a final answer. This is normal for call centres and service lines.</source>
        <translation>Le côté appelé ne peut pas prendre l'appel pour le moment, mais au lieu de le refuser, le système l'a placé dans une file d'attente. L'appel sera transmis quand quelqu'un se libérera, ou se terminera par une réponse finale. C'est normal pour les centres d'appels et les lignes de service client.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.1.4: the callee is temporarily unavailable, but the server queues the call rather than rejecting it and sends the appropriate final response once the callee becomes available or the wait ends. The reason phrase may give detail such as the queue position or expected waiting time, and several 182s may be sent to update it. Most ACD and queue systems instead answer with 200 and play music, so 182 is rare.</source>
        <translation>RFC 3261 §21.1.4 : l'appelé est temporairement indisponible, mais le serveur met l'appel en file d'attente au lieu de le refuser et envoie la réponse finale appropriée dès que l'appelé devient disponible ou que l'attente prend fin. Le libellé de la réponse peut donner des détails comme la position dans la file ou le temps d'attente prévu, et plusieurs 182 peuvent être envoyées pour le mettre à jour. La plupart des systèmes ACD et de files d'attente répondent plutôt par 200 et diffusent de la musique : 182 est donc rare.</translation>
    </message>
    <message>
        <source>A call-centre or ACD queue holds the call for the next free agent
A camp-on service waits for a busy extension to become free
All members of a hunt group are busy and queueing is enabled
A gateway reports a call queued in the other network</source>
        <translation>Une file d'attente de centre d'appels ou d'ACD retient l'appel pour le prochain agent libre
Un service de rappel sur occupation (camp-on) attend qu'un poste occupé se libère
Tous les membres d'un groupe de recherche sont occupés et la mise en file d'attente est activée
Une passerelle signale un appel mis en file d'attente dans l'autre réseau</translation>
    </message>
    <message>
        <source>Keep waiting; the call has not been lost
Read the reason phrase for the queue position or waiting time
If calls wait too long, check agent availability and queue limits on the ACD
If the caller hears silence while queued, check whether ringback or early media is provided</source>
        <translation>Continuez à patienter ; l'appel n'a pas été perdu
Lisez le libellé de la réponse pour connaître la position dans la file ou le temps d'attente
Si les appels attendent trop longtemps, vérifiez la disponibilité des agents et les limites de file d'attente de l'ACD
Si l'appelant n'entend que du silence pendant l'attente, vérifiez si un retour d'appel ou de l'early media est fourni</translation>
    </message>
    <message>
        <source>queued, queue, waiting, on hold, call centre, call center, hold music, waiting line, agents busy</source>
        <translation>file d'attente, en file d'attente, en attente, attente, mis en attente, centre d'appels, musique d'attente, patienter, tous les conseillers sont occupés, agents occupés</translation>
    </message>
    <message>
        <source>Your call is being set up, and you may hear a tone or an announcement before anyone answers.</source>
        <translation>Votre appel est en cours d'établissement, et vous entendrez peut-être une tonalité ou une annonce avant que quelqu'un ne décroche.</translation>
    </message>
    <message>
        <source>The network or the called side is reporting progress. Often it sends sound before the call is answered, such as ringback, a recorded announcement or a menu. This is normal; if the caller hears only silence at this stage, the sound path may be blocked.</source>
        <translation>Le réseau ou le côté appelé signale une progression. Souvent, il envoie du son avant que l'appel ne soit décroché : retour d'appel, annonce enregistrée ou menu vocal. C'est normal ; si l'appelant n'entend que du silence à ce stade, le chemin audio est peut-être bloqué.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.1.5: a general progress indication whose detail is in the reason phrase, headers or body. In practice it mostly carries an SDP answer for early media (RFC 3960), is often sent reliably (Require: 100rel, PRACK, RFC 3262) and is used for QoS preconditions (RFC 3312); PSTN gateways send it when in-band tones or announcements are played (RFC 3398). A UAC treats any unrecognised 1xx other than 100 as 183 (§8.1.3.2). If 183 carries SDP but no RTP arrives, suspect NAT, a firewall or a wrong c= address. Some lists print the phrase as 'Session in Progress'.</source>
        <translation>RFC 3261 §21.1.5 : indication générale de progression dont le détail se trouve dans le libellé de la réponse, les en-têtes ou le corps. En pratique, elle transporte surtout une réponse SDP pour l'early media (RFC 3960), est souvent envoyée de manière fiable (Require: 100rel, PRACK, RFC 3262) et sert aux préconditions de QoS (RFC 3312) ; les passerelles RTC l'envoient lorsque des tonalités ou des annonces sont diffusées dans la bande (RFC 3398). Un UAC traite toute 1xx non reconnue autre que 100 comme 183 (§8.1.3.2). Si la 183 contient un SDP mais qu'aucun flux RTP n'arrive, soupçonnez le NAT, un pare-feu ou une adresse c= erronée. Certaines listes affichent le libellé « Session in Progress ».</translation>
    </message>
    <message>
        <source>Ringback or an announcement played by the network as early media
An IVR, voicemail greeting or menu before the call is answered
A PSTN gateway passes on in-band tones
QoS preconditions or reliable provisional responses in IMS and carrier networks
Some phones send 183 instead of 180 while ringing</source>
        <translation>Retour d'appel ou annonce diffusé par le réseau en early media
Un serveur vocal interactif (SVI), une annonce de messagerie vocale ou un menu avant le décroché
Une passerelle RTC transmet des tonalités dans la bande
Préconditions de QoS ou réponses provisoires fiables dans les réseaux IMS et d'opérateurs
Certains téléphones envoient 183 au lieu de 180 pendant la sonnerie</translation>
    </message>
    <message>
        <source>If the caller hears the expected tone or announcement, no action is needed
If the caller hears silence, check that RTP flows to the address and port in the 183 SDP
Check NAT and firewall pinholes for early media on both sides
If 183 carries Require: 100rel and keeps being resent, check PRACK handling
Look at the final response that follows, for example an announcement followed by 404 or 486</source>
        <translation>Si l'appelant entend la tonalité ou l'annonce attendue, aucune action n'est nécessaire
Si l'appelant n'entend que du silence, vérifiez que le flux RTP part vers l'adresse et le port du SDP de la 183
Vérifiez les ouvertures NAT et pare-feu pour l'early media des deux côtés
Si la 183 contient Require: 100rel et continue d'être renvoyée, vérifiez le traitement du PRACK
Examinez la réponse finale qui suit, par exemple une annonce suivie de 404 ou 486</translation>
    </message>
    <message>
        <source>session progress, early media, ringback, announcement, no ringback, silence before answer, one way audio, ivr, progress tone, in-band tones</source>
        <translation>session progress, early media, retour d'appel, annonce, message vocal, pas de tonalité, silence avant le décroché, son dans un seul sens, audio unidirectionnel, svi, ivr, tonalité de progression, tonalités dans la bande</translation>
    </message>
    <message>
        <source>One of the places your call was trying has dropped out, but the call may still reach the person elsewhere.</source>
        <translation>L'une des destinations que votre appel essayait a abandonné, mais l'appel peut encore joindre la personne ailleurs.</translation>
    </message>
    <message>
        <source>When a call is offered to several phones or destinations at once, one of them has dropped out before the call was answered. The call as a whole is not over: other phones may still ring or answer. Any tone or announcement coming from that destination stops.</source>
        <translation>Lorsqu'un appel est présenté à plusieurs téléphones ou destinations en même temps, l'un d'eux a abandonné avant que l'appel ne soit décroché. L'appel dans son ensemble n'est pas terminé : d'autres téléphones peuvent encore sonner ou décrocher. Toute tonalité ou annonce venant de cette destination s'arrête.</translation>
    </message>
    <message>
        <source>Parallel ringing: one phone rejected or failed while others still ring
A branch of a hunt group or find-me sequence was released
A UAS that created several early dialogs closed one of them
A downstream element sent a final error on one branch that the proxy did not forward</source>
        <translation>Sonnerie en parallèle : un téléphone a refusé ou échoué pendant que d'autres sonnent encore
Une branche d'un groupe de recherche ou d'une séquence find-me a été libérée
Un UAS qui avait créé plusieurs dialogues précoces en a fermé un
Un élément en aval a envoyé sur une branche une erreur finale que le proxy n'a pas relayée</translation>
    </message>
    <message>
        <source>No action needed if the call still reaches someone
Find the branch that ended by comparing the To tag with the earlier 180 or 183
Look for a Reason header giving the response that ended the branch
If early media stops unexpectedly, check whether it came from the terminated branch</source>
        <translation>Aucune action nécessaire si l'appel joint encore quelqu'un
Trouvez la branche terminée en comparant le tag To avec celui de la 180 ou de la 183 précédente
Recherchez un en-tête Reason indiquant la réponse qui a terminé la branche
Si l'early media s'arrête de façon inattendue, vérifiez s'il venait de la branche terminée</translation>
    </message>
    <message>
        <source>early dialog terminated, forking, parallel ringing, ring group, simultaneous ring, branch ended, one phone rejected, early media stopped</source>
        <translation>dialogue précoce terminé, early dialog, forking, sonnerie parallèle, sonnerie simultanée, groupe de sonnerie, branche terminée, un téléphone a refusé, early media interrompu</translation>
    </message>
    <message>
        <source>The request worked: for a call, the other side answered.</source>
        <translation>La requête a fonctionné : pour un appel, le correspondant a décroché.</translation>
    </message>
    <message>
        <source>The request was successful. For a call it means the other side picked up, whether a person, voicemail, a menu or an answering machine; for a registration it means the phone is signed in. Trouble after a 200, such as no sound or a call that drops after about 30 seconds, is not a refusal but a media or signalling problem after the answer.</source>
        <translation>La requête a réussi. Pour un appel, cela signifie que l'autre côté a décroché, qu'il s'agisse d'une personne, d'une messagerie vocale, d'un menu ou d'un répondeur ; pour un enregistrement, que le téléphone est connecté. Un problème après un 200, comme l'absence de son ou un appel qui coupe au bout d'environ 30 secondes, n'est pas un refus mais un problème de médias ou de signalisation après le décroché.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.2.1; what it carries depends on the method. A 200 to INVITE carries the SDP answer (or offer) and the Contact of the dialog and must be confirmed by an end-to-end ACK; the UAS resends it until the ACK arrives and gives up after 64*T1 (32 s by default), then ends the call with BYE (§13.3.1.4). Proxies forward every 2xx at once, and a forked INVITE can bring several 200s, each its own dialog (§16.7). A 200 to REGISTER lists the current bindings with their expiry; a 200 to CANCEL only confirms the CANCEL, and the INVITE still ends with its own response, normally 487. An unrecognised 2xx is treated as 200 (§8.1.3.2).</source>
        <translation>RFC 3261 §21.2.1 ; son contenu dépend de la méthode. Une 200 à un INVITE transporte la réponse SDP (ou l'offre) et le Contact du dialogue, et doit être confirmée par un ACK de bout en bout ; l'UAS la renvoie jusqu'à l'arrivée de l'ACK et abandonne après 64*T1 (32 s par défaut), puis termine l'appel par un BYE (§13.3.1.4). Les proxys relaient immédiatement chaque 2xx, et un INVITE dupliqué par forking peut amener plusieurs 200, chacune formant son propre dialogue (§16.7). Une 200 à REGISTER liste les associations (bindings) en cours avec leur expiration ; une 200 à CANCEL confirme seulement le CANCEL, et l'INVITE se termine quand même par sa propre réponse, normalement 487. Une 2xx non reconnue est traitée comme 200 (§8.1.3.2).</translation>
    </message>
    <message>
        <source>The called person, voicemail, an IVR or an answering machine answered
A registration or re-registration was accepted
An OPTIONS keep-alive or capability query was answered
A BYE, CANCEL, re-INVITE, UPDATE, SUBSCRIBE or NOTIFY was accepted</source>
        <translation>La personne appelée, une messagerie vocale, un SVI ou un répondeur a décroché
Un enregistrement ou un réenregistrement a été accepté
Un keep-alive OPTIONS ou une demande de capacités a reçu une réponse
Un BYE, CANCEL, re-INVITE, UPDATE, SUBSCRIBE ou NOTIFY a été accepté</translation>
    </message>
    <message>
        <source>No action needed for the request itself
If the answered call has no audio or one-way audio, check the SDP addresses and ports and NAT
If calls drop after about 32 seconds, check that the ACK reaches the answering side (Contact, Record-Route, NAT)
If a call seems answered too early, check whether voicemail, an IVR or a fax machine answered
For registrations, check the expiry given in the Contact or Expires header</source>
        <translation>Aucune action nécessaire pour la requête elle-même
Si l'appel décroché n'a pas de son ou n'a du son que dans un sens, vérifiez les adresses et ports du SDP ainsi que le NAT
Si les appels coupent au bout d'environ 32 secondes, vérifiez que l'ACK atteint le côté qui a répondu (Contact, Record-Route, NAT)
Si un appel semble décroché trop tôt, vérifiez si une messagerie vocale, un SVI ou un fax a répondu
Pour les enregistrements, vérifiez l'expiration indiquée dans l'en-tête Contact ou Expires</translation>
    </message>
    <message>
        <source>ok, success, answered, connected, picked up, registered, call connected, no audio after answer, call drops after 30 seconds</source>
        <translation>ok, succès, décroché, a répondu, connecté, en ligne, enregistré, appel établi, pas de son après le décroché, l'appel coupe après 30 secondes, coupure après 30 secondes</translation>
    </message>
    <message>
        <source>Your request was accepted and is being carried out; for example, a call transfer has been taken on.</source>
        <translation>Votre demande a été acceptée et est en cours d'exécution ; par exemple, un transfert d'appel a été pris en charge.</translation>
    </message>
    <message>
        <source>The other side has taken on the request but has not finished it yet. It is most often seen when a call is transferred: the transfer was accepted, and whether it worked is reported separately a moment later. It is a success answer, not an error.</source>
        <translation>L'autre côté a pris en charge la demande mais ne l'a pas encore terminée. On la voit surtout lors d'un transfert d'appel : le transfert a été accepté, et son résultat est signalé séparément un instant plus tard. C'est une réponse de succès, pas une erreur.</translation>
    </message>
    <message>
        <source>Registered as 'Accepted (Deprecated)'; on the wire the phrase is 'Accepted'. Introduced for SUBSCRIBE (RFC 3265) and used for REFER (RFC 3515), it is deprecated by RFC 6665 §8.3.1: a received 202 must be handled exactly like 200, and it must not be sent to SUBSCRIBE or NOTIFY; RFC 7647 extends this to REFER. Much deployed equipment still answers REFER with 202, and the transfer result then arrives in NOTIFY requests whose message/sipfrag body carries a status line such as 'SIP/2.0 200 OK'. Store-and-forward MESSAGE relays also use it for accepted but not yet delivered (RFC 3428).</source>
        <translation>Enregistrée sous le nom « Accepted (Deprecated) » ; sur le réseau, le libellé est « Accepted ». Introduite pour SUBSCRIBE (RFC 3265) et utilisée pour REFER (RFC 3515), elle est rendue obsolète par la RFC 6665 §8.3.1 : une 202 reçue doit être traitée exactement comme une 200 et ne doit pas être envoyée en réponse à SUBSCRIBE ou NOTIFY ; la RFC 7647 étend cette règle à REFER. Beaucoup d'équipements déployés répondent encore 202 à REFER, et le résultat du transfert arrive alors dans des requêtes NOTIFY dont le corps message/sipfrag contient une ligne d'état comme « SIP/2.0 200 OK ». Les relais MESSAGE en mode différé (store-and-forward) l'utilisent aussi pour signaler un message accepté mais pas encore remis (RFC 3428).</translation>
    </message>
    <message>
        <source>A call transfer (REFER) was accepted by the phone or PBX
A presence, busy-lamp or message-waiting subscription answered by older equipment
A text message accepted by a gateway or relay for later delivery
Firmware that still follows RFC 3265 or the original RFC 3515</source>
        <translation>Un transfert d'appel (REFER) a été accepté par le téléphone ou l'IPBX
Un abonnement de présence, de supervision (BLF) ou d'indication de message en attente accepté par un équipement ancien
Un message texte accepté par une passerelle ou un relais pour une remise ultérieure
Un firmware qui suit encore la RFC 3265 ou la RFC 3515 d'origine</translation>
    </message>
    <message>
        <source>Treat it as success; the outcome is reported separately
For transfers, find the NOTIFY with a sipfrag body and read the status line it carries
If a transfer seems to do nothing, check that the NOTIFY arrives and what final code it reports
If a device behaves differently on 202 than on 200, update its firmware or settings</source>
        <translation>Traitez-la comme un succès ; le résultat est signalé séparément
Pour les transferts, trouvez le NOTIFY avec un corps sipfrag et lisez la ligne d'état qu'il contient
Si un transfert semble sans effet, vérifiez que le NOTIFY arrive et quel code final il indique
Si un appareil se comporte différemment avec 202 et avec 200, mettez à jour son firmware ou ses réglages</translation>
    </message>
    <message>
        <source>accepted, transfer accepted, refer, call transfer, blind transfer, attended transfer, subscription, presence, blf, message accepted</source>
        <translation>accepté, transfert accepté, refer, transfert d'appel, transfert aveugle, transfert direct, transfert supervisé, transfert avec annonce, abonnement, présence, blf, message accepté</translation>
    </message>
    <message>
        <source>A status subscription was renewed and nothing has changed, so no update is sent.</source>
        <translation>Un abonnement à un statut a été renouvelé et rien n'a changé : aucune mise à jour n'est donc envoyée.</translation>
    </message>
    <message>
        <source>A phone renewed its subscription to some status information, such as a colleague's line state or the voicemail indicator, and said which version it already has. The server confirms the renewal and, as nothing has changed, does not send the same information again. This is normal and saves traffic; it is not an error.</source>
        <translation>Un téléphone a renouvelé son abonnement à une information de statut, comme l'état de la ligne d'un collègue ou l'indicateur de messagerie vocale, en précisant la version qu'il possède déjà. Le serveur confirme le renouvellement et, comme rien n'a changé, ne renvoie pas la même information. C'est normal et cela économise du trafic ; ce n'est pas une erreur.</translation>
    </message>
    <message>
        <source>A busy-lamp, presence or message-waiting subscription refresh found no change
A subscriber uses entity tags to avoid receiving the full state again
Periodic polling of a resource whose state has not changed</source>
        <translation>Le rafraîchissement d'un abonnement de supervision (BLF), de présence ou de message en attente n'a trouvé aucun changement
Un abonné utilise des entity-tags pour éviter de recevoir à nouveau l'état complet
Interrogation périodique d'une ressource dont l'état n'a pas changé</translation>
    </message>
    <message>
        <source>No action needed
If a display stays out of date, check whether the server answers 204 although the state changed (stale entity tag)
Subscribe once without Suppress-If-Match to force a full NOTIFY
Check the Expires value to see how long the subscription now lasts</source>
        <translation>Aucune action nécessaire
Si un affichage reste obsolète, vérifiez si le serveur répond 204 alors que l'état a changé (entity-tag périmé)
Abonnez-vous une fois sans Suppress-If-Match pour forcer un NOTIFY complet
Vérifiez la valeur Expires pour savoir combien de temps dure maintenant l'abonnement</translation>
    </message>
    <message>
        <source>no notification, subscription refreshed, no change, blf, busy lamp, presence, message waiting, mwi, etag, subscribe</source>
        <translation>pas de notification, abonnement rafraîchi, aucun changement, blf, supervision, voyant occupé, présence, message en attente, mwi, voyant messagerie, etag, subscribe</translation>
    </message>
    <message>
        <source>The person you called can be reached at several places, and your phone system has to pick one.</source>
        <translation>La personne que vous avez appelée peut être jointe à plusieurs endroits, et votre système téléphonique doit en choisir un.</translation>
    </message>
    <message>
        <source>Instead of connecting the call, a server replied with a list of addresses where the person may be reached. The caller's phone or phone system should try one of them, automatically or after asking. If the caller's equipment does not follow such lists, the call simply fails.</source>
        <translation>Au lieu d'établir l'appel, un serveur a répondu avec une liste d'adresses où la personne peut être jointe. Le téléphone ou le standard téléphonique de l'appelant doit essayer l'une d'elles, automatiquement ou après avoir demandé. Si l'équipement de l'appelant ne suit pas ce genre de liste, l'appel échoue tout simplement.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.3.1: the Request-URI resolved to several locations, given as Contact header values (optionally ranked by q-value); a body may describe them, but no format for it is standardised. The UAC (§8.1.3.4) or a recursing proxy (§16.7) may retry automatically or let the user choose. It is typically sent by a redirect server that prefers not to proxy the request. A receiver treats any unrecognised 3xx as 300 (§8.1.3.2).</source>
        <translation>RFC 3261 §21.3.1 : la Request-URI correspond à plusieurs emplacements, donnés comme valeurs d'en-tête Contact (éventuellement classés par valeur q) ; un corps peut les décrire, mais aucun format n'est normalisé pour cela. L'UAC (§8.1.3.4) ou un proxy récursif (§16.7) peut réessayer automatiquement ou laisser l'utilisateur choisir. Elle est typiquement envoyée par un serveur de redirection qui préfère ne pas relayer la requête. Un destinataire traite toute 3xx non reconnue comme 300 (§8.1.3.2).</translation>
    </message>
    <message>
        <source>A redirect server or location service returns several registered contacts
The user can be reached on several devices or numbers
A routing or number lookup service returns alternative routes</source>
        <translation>Un serveur de redirection ou un service de localisation renvoie plusieurs contacts enregistrés
L'utilisateur est joignable sur plusieurs appareils ou numéros
Un service de routage ou de recherche de numéro renvoie des routes alternatives</translation>
    </message>
    <message>
        <source>Read the Contact headers for the offered addresses and their q-values
Check whether the caller's PBX, SBC or proxy follows redirects automatically
If redirects are not followed, enable redirect handling or have the server proxy the call instead
Make sure the offered addresses are reachable from the caller's network</source>
        <translation>Lisez les en-têtes Contact pour connaître les adresses proposées et leurs valeurs q
Vérifiez si l'IPBX, le SBC ou le proxy de l'appelant suit automatiquement les redirections
Si les redirections ne sont pas suivies, activez leur traitement ou faites relayer l'appel par le serveur
Assurez-vous que les adresses proposées sont joignables depuis le réseau de l'appelant</translation>
    </message>
    <message>
        <source>multiple choices, redirect, several locations, alternatives, contact list, redirect server, choose destination</source>
        <translation>multiple choices, choix multiples, redirection, plusieurs emplacements, alternatives, liste de contacts, serveur de redirection, choisir la destination</translation>
    </message>
    <message>
        <source>The number or address you called has permanently changed to a new one.</source>
        <translation>Le numéro ou l'adresse que vous avez appelé a définitivement changé.</translation>
    </message>
    <message>
        <source>The person can no longer be reached at the address that was dialled, and the server gives the new address. The caller's system should try the new address now and use it from then on. If the caller's equipment does not follow it, the call fails even though the person still exists.</source>
        <translation>La personne ne peut plus être jointe à l'adresse composée, et le serveur donne la nouvelle adresse. Le système de l'appelant doit essayer immédiatement la nouvelle adresse et l'utiliser désormais. Si l'équipement de l'appelant ne la suit pas, l'appel échoue alors que la personne existe toujours.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.3.2: the user is no longer at the Request-URI; the client should retry at the Contact address(es) and update address books and location caches. It is handled like the other redirects by the UAC (§8.1.3.4) or a recursing proxy (§16.7). RFC 3398 maps Q.850 cause 22 (Number changed) to 301 when the diagnostic carries the new number; without it, cause 22 maps to 410 Gone.</source>
        <translation>RFC 3261 §21.3.2 : l'utilisateur ne se trouve plus à la Request-URI ; le client doit réessayer vers la ou les adresses Contact et mettre à jour ses carnets d'adresses et caches de localisation. Elle est traitée comme les autres redirections par l'UAC (§8.1.3.4) ou un proxy récursif (§16.7). La RFC 3398 fait correspondre la cause Q.850 22 (Numéro changé) à 301 lorsque le diagnostic contient le nouveau numéro ; sinon, la cause 22 correspond à 410 Gone.</translation>
    </message>
    <message>
        <source>The subscriber changed number or SIP address for good
A domain or account migration with a permanent redirect
A PSTN number change reported by a gateway (Q.850 cause 22 with the new number)</source>
        <translation>L'abonné a changé définitivement de numéro ou d'adresse SIP
Une migration de domaine ou de compte avec redirection permanente
Un changement de numéro RTC signalé par une passerelle (cause Q.850 22 avec le nouveau numéro)</translation>
    </message>
    <message>
        <source>Read the new address in the Contact header
Update contacts, speed dials and routing tables to the new address
Check whether the caller's equipment follows redirects automatically
If the redirect points back to the same address, look for a redirect loop</source>
        <translation>Lisez la nouvelle adresse dans l'en-tête Contact
Mettez à jour les contacts, les numéros abrégés et les tables de routage avec la nouvelle adresse
Vérifiez si l'équipement de l'appelant suit automatiquement les redirections
Si la redirection renvoie vers la même adresse, recherchez une boucle de redirection</translation>
    </message>
    <message>
        <source>moved permanently, number changed, new number, moved, redirect, changed address, relocated</source>
        <translation>moved permanently, déplacé définitivement, numéro changé, nouveau numéro, changement de numéro, déménagé, redirection, adresse changée, transféré</translation>
    </message>
    <message>
        <source>The person you called is at another number or address for now, and your call should be sent there.</source>
        <translation>La personne que vous avez appelée se trouve pour le moment à un autre numéro ou une autre adresse, et votre appel doit y être envoyé.</translation>
    </message>
    <message>
        <source>A server answered that the person is temporarily reachable somewhere else, for example because call forwarding is on. The caller's phone or phone system is expected to try that address instead. If it does not follow the redirect, the call fails although the person can be reached.</source>
        <translation>Un serveur a répondu que la personne est temporairement joignable ailleurs, par exemple parce qu'un renvoi d'appel est activé. Le téléphone ou le standard téléphonique de l'appelant est censé essayer cette adresse à la place. S'il ne suit pas la redirection, l'appel échoue alors que la personne est joignable.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.3.3: the client should retry at the Contact address(es), using the Contact URI as the new Request-URI; an Expires header or expires Contact parameter says how long the redirect holds. Redirect servers, SBCs and routing engines (call forwarding, number portability or least-cost routing lookups) use it so that the caller's side places the next attempt. It is followed by the UAC (§8.1.3.4) or a recursing proxy (§16.7); if neither does, the attempt ends with the 302 itself.</source>
        <translation>RFC 3261 §21.3.3 : le client doit réessayer vers la ou les adresses Contact, en utilisant l'URI du Contact comme nouvelle Request-URI ; un en-tête Expires ou un paramètre expires du Contact indique combien de temps la redirection reste valable. Les serveurs de redirection, les SBC et les moteurs de routage (renvoi d'appel, portabilité des numéros ou recherche de routage au moindre coût) l'utilisent pour que le côté de l'appelant fasse la tentative suivante. Elle est suivie par l'UAC (§8.1.3.4) ou un proxy récursif (§16.7) ; si aucun ne le fait, la tentative se termine par la 302 elle-même.</translation>
    </message>
    <message>
        <source>Call forwarding carried out by a redirect server instead of a proxy
A number portability or routing lookup returns the real destination
Least-cost routing or a SIP trunk provider redirects to another gateway
A follow-me or mobility service points to the current device</source>
        <translation>Un renvoi d'appel réalisé par un serveur de redirection au lieu d'un proxy
Une recherche de portabilité ou de routage renvoie la vraie destination
Le routage au moindre coût ou l'opérateur du trunk SIP redirige vers une autre passerelle
Un service follow-me ou de mobilité pointe vers l'appareil actuel</translation>
    </message>
    <message>
        <source>Read the Contact header to see where the call should go
Check whether the caller's PBX or SBC is configured to follow 302 redirects
Check that the new target is allowed and routable from the caller's side (dial plan, trunk permissions)
If redirects repeat, look for a redirect loop between servers</source>
        <translation>Lisez l'en-tête Contact pour savoir où l'appel doit aller
Vérifiez si l'IPBX ou le SBC de l'appelant est configuré pour suivre les redirections 302
Vérifiez que la nouvelle cible est autorisée et routable depuis le côté de l'appelant (plan de numérotation, droits du trunk SIP)
Si les redirections se répètent, recherchez une boucle de redirection entre serveurs</translation>
    </message>
    <message>
        <source>moved temporarily, redirect, call forwarding, forwarded, diverted, temporary redirect, follow me, reroute</source>
        <translation>moved temporarily, déplacé temporairement, redirection, renvoi d'appel, renvoyé, dévié, redirection temporaire, suivez-moi, follow me, réacheminement</translation>
    </message>
    <message>
        <source>The called side wants your call to be sent through a particular server before it will accept it.</source>
        <translation>Le côté appelé veut que votre appel passe par un serveur précis avant de l'accepter.</translation>
    </message>
    <message>
        <source>The request did not arrive the way the called side requires. The answer names a server (a proxy) the call must pass through and asks the caller's system to try again that way. Many phones do not support this and simply show the call as failed.</source>
        <translation>La requête n'est pas arrivée par le chemin qu'exige le côté appelé. La réponse désigne un serveur (un proxy) par lequel l'appel doit passer et demande au système de l'appelant de réessayer par ce chemin. Beaucoup de téléphones ne gèrent pas cela et affichent simplement l'appel comme échoué.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.3.4: the resource must be reached through the proxy given in the Contact header, and the client is expected to repeat only this one request via that proxy; only a UAS may generate 305. No later SIP RFC deprecates or restricts it, and the IANA entry is unchanged (HTTP deprecated its own 305, which is a different protocol). Because obeying it lets the responder insert a proxy into the path, many UAs ignore it or follow it only from trusted sources.</source>
        <translation>RFC 3261 §21.3.4 : la ressource doit être atteinte via le proxy indiqué dans l'en-tête Contact, et le client est censé répéter uniquement cette requête via ce proxy ; seul un UAS peut générer 305. Aucune RFC SIP ultérieure ne la rend obsolète ni ne la restreint, et l'entrée IANA est inchangée (le HTTP a rendu obsolète son propre 305, mais c'est un autre protocole). Comme y obéir permet à celui qui répond d'insérer un proxy dans le chemin, beaucoup d'UA l'ignorent ou ne la suivent que si elle vient de sources de confiance.</translation>
    </message>
    <message>
        <source>A UAS that only accepts requests arriving through a particular proxy or SBC
The caller bypassed the required outbound proxy
Misconfigured routing sends calls straight to an endpoint</source>
        <translation>Un UAS qui n'accepte que les requêtes arrivant par un proxy ou un SBC particulier
L'appelant a contourné le proxy sortant obligatoire
Un routage mal configuré envoie les appels directement à un terminal</translation>
    </message>
    <message>
        <source>Read the Contact header for the required proxy
Configure the caller's phone or PBX to use that proxy as its outbound proxy
Make sure the named proxy is trusted before following the redirect
Check whether the caller's equipment supports 305 at all</source>
        <translation>Lisez l'en-tête Contact pour connaître le proxy exigé
Configurez le téléphone ou l'IPBX de l'appelant pour utiliser ce proxy comme proxy sortant
Assurez-vous que le proxy indiqué est de confiance avant de suivre la redirection
Vérifiez si l'équipement de l'appelant prend en charge 305</translation>
    </message>
    <message>
        <source>use proxy, outbound proxy, proxy required, wrong route, bypassed proxy, redirect to proxy</source>
        <translation>use proxy, utiliser un proxy, proxy sortant, outbound proxy, proxy requis, proxy obligatoire, mauvaise route, proxy contourné, redirection vers un proxy</translation>
    </message>
    <message>
        <source>The call could not go through as dialled, and the network suggests another way to place it.</source>
        <translation>L'appel n'a pas pu aboutir tel qu'il a été composé, et le réseau propose une autre façon de le passer.</translation>
    </message>
    <message>
        <source>The call was not connected, but the system offers an alternative, described in the response. The best-known case is a mobile network telling a phone that the number dialled is an emergency number and must be called as an emergency call. The caller's device decides whether to retry that way.</source>
        <translation>L'appel n'a pas été établi, mais le système propose une alternative, décrite dans la réponse. Le cas le plus connu est celui d'un réseau mobile qui indique à un téléphone que le numéro composé est un numéro d'urgence et doit être appelé en tant qu'appel d'urgence. L'appareil de l'appelant décide s'il réessaie de cette façon.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.3.5: the call failed, but alternative services are possible; they are described in the message body, whose format RFC 3261 leaves open. 3GPP IMS (TS 24.229) sends it with an XML body (application/3gpp-ims+xml, alternative-service element of type emergency) so that the UE retries as an emergency call or performs an emergency registration. Some lists print the phrase as 'Alternate Service'.</source>
        <translation>RFC 3261 §21.3.5 : l'appel a échoué, mais d'autres services sont possibles ; ils sont décrits dans le corps du message, dont la RFC 3261 laisse le format libre. L'IMS du 3GPP (TS 24.229) l'envoie avec un corps XML (application/3gpp-ims+xml, élément alternative-service de type emergency) pour que l'UE réessaie en tant qu'appel d'urgence ou effectue un enregistrement d'urgence. Certaines listes affichent le libellé « Alternate Service ».</translation>
    </message>
    <message>
        <source>An IMS network detected an emergency number dialled as a normal call
The phone must register for emergency services before calling
A service offers a different way to reach the destination, described in the body</source>
        <translation>Un réseau IMS a détecté un numéro d'urgence composé comme un appel normal
Le téléphone doit s'enregistrer pour les services d'urgence avant d'appeler
Un service propose une autre façon de joindre la destination, décrite dans le corps</translation>
    </message>
    <message>
        <source>Read the message body for the offered alternative
For emergency numbers, check that the phone supports IMS emergency calls and retries as instructed
Check the emergency number lists configured on the device and in the network
If the device ignores 380, check its firmware support for the 3GPP alternative-service body</source>
        <translation>Lisez le corps du message pour connaître l'alternative proposée
Pour les numéros d'urgence, vérifiez que le téléphone prend en charge les appels d'urgence IMS et réessaie comme indiqué
Vérifiez les listes de numéros d'urgence configurées sur l'appareil et dans le réseau
Si l'appareil ignore 380, vérifiez que son firmware prend en charge le corps alternative-service du 3GPP</translation>
    </message>
    <message>
        <source>alternative service, alternate service, emergency call, emergency number, 112, 911, sos, ims, redirect</source>
        <translation>service alternatif, alternative service, alternate service, appel d'urgence, numéro d'urgence, 112, 15, 17, 18, 911, sos, ims, redirection</translation>
    </message>
    <message>
        <source>An automatic emergency alert sent by a device was refused because the emergency service could not make sense of it.</source>
        <translation>Une alerte d'urgence automatique envoyée par un appareil a été refusée parce que le service d'urgence n'a pas pu l'interpréter.</translation>
    </message>
    <message>
        <source>A device such as an alarm panel, a sensor or a vehicle system sent an emergency alert as data, without a voice call, and the emergency service's system could not use it. The alert was missing, damaged or too incomplete to decide what help is needed. The problem lies with the sending device or its software, not with the emergency service or the phone line; a normal voice emergency call still works.</source>
        <translation>Un appareil tel qu'une centrale d'alarme, un capteur ou le système d'un véhicule a envoyé une alerte d'urgence sous forme de données, sans appel vocal, et le système du service d'urgence n'a pas pu l'utiliser. L'alerte était absente, endommagée ou trop incomplète pour déterminer l'aide nécessaire. Le problème vient de l'appareil émetteur ou de son logiciel, et non du service d'urgence ni de la ligne téléphonique ; un appel d'urgence vocal normal fonctionne toujours.</translation>
    </message>
    <message>
        <source>Defined for non-interactive emergency calls (RFC 8876 §5.1): a request, typically a SIP MESSAGE that sets up no session, carrying a Common Alerting Protocol document (application/EmergencyCallData.cap+xml) towards a PSAP or ESRP. The recipient answers 425 when the CAP payload is absent, corrupt or lacks the information needed to determine an emergency response. The AlertMsg-Error header gives the reason code: 100 cannot process the payload, 101 payload not present or not found, 102 not enough information, 103 payload corrupted. Unlike 415, the media type is understood; the alert content is what is refused.</source>
        <translation>Définie pour les appels d'urgence non interactifs (RFC 8876 §5.1) : une requête, en général un SIP MESSAGE qui n'établit aucune session, transportant un document Common Alerting Protocol (application/EmergencyCallData.cap+xml) vers un PSAP ou un ESRP. Le destinataire répond 425 lorsque la charge utile CAP est absente, corrompue ou ne contient pas les informations nécessaires pour déterminer la réponse d'urgence à apporter. L'en-tête AlertMsg-Error donne le code de motif : 100 impossible de traiter la charge utile, 101 charge utile absente ou introuvable, 102 informations insuffisantes, 103 charge utile corrompue. Contrairement à 415, le type de média est compris ; c'est le contenu de l'alerte qui est refusé.</translation>
    </message>
    <message>
        <source>Alarm or sensor firmware that builds a CAP document outside the emergency profile
The alert body removed or cut off by an SBC, proxy or gateway
The request points to alert data (for example by a cid: reference) that is not in the message
Required CAP fields such as event, urgency or area left empty
Broken XML or a wrong character encoding in the alert</source>
        <translation>Un firmware d'alarme ou de capteur qui construit un document CAP hors du profil d'urgence
Le corps de l'alerte supprimé ou tronqué par un SBC, un proxy ou une passerelle
La requête pointe vers des données d'alerte (par exemple par une référence cid:) absentes du message
Des champs CAP obligatoires comme event, urgency ou area laissés vides
Un XML défectueux ou un mauvais encodage de caractères dans l'alerte</translation>
    </message>
    <message>
        <source>Read the AlertMsg-Error code and text in the response
Validate the CAP document sent by the device against the CAP schema and the RFC 8876 profile
Check that no SBC, proxy or gateway strips or rewrites the message body
Update the device firmware or contact its vendor
Make sure a voice emergency call remains possible while the alert path is fixed</source>
        <translation>Lisez le code et le texte AlertMsg-Error dans la réponse
Validez le document CAP envoyé par l'appareil par rapport au schéma CAP et au profil de la RFC 8876
Vérifiez qu'aucun SBC, proxy ou passerelle ne supprime ou ne réécrit le corps du message
Mettez à jour le firmware de l'appareil ou contactez son fabricant
Assurez-vous qu'un appel d'urgence vocal reste possible pendant la réparation de la chaîne d'alerte</translation>
    </message>
    <message>
        <source>emergency alert, alarm panel, sensor alert, ecall, cap, 911, 112, psap, emergency message rejected, data-only emergency call</source>
        <translation>alerte d'urgence, centrale d'alarme, alarme, alerte capteur, ecall, cap, 112, 911, psap, message d'urgence refusé, appel d'urgence sans voix, appel d'urgence de données</translation>
    </message>
    <message>
        <source>The call was refused because the receiving network only accepts calls whose caller number is digitally signed, and this one was not.</source>
        <translation>L'appel a été refusé parce que le réseau destinataire n'accepte que les appels dont le numéro de l'appelant est signé numériquement, ce qui n'était pas le cas.</translation>
    </message>
    <message>
        <source>The receiving network or phone system requires the caller ID to be vouched for with a digital signature (in North America this is STIR/SHAKEN). This call arrived without one, so it was turned away. The person you called did not reject you: the caller's provider or PBX has to sign the calls it sends, or a device on the way removed the signature.</source>
        <translation>Le réseau ou le standard téléphonique destinataire exige que le numéro présenté soit garanti par une signature numérique (STIR/SHAKEN en Amérique du Nord, MAN en France). Cet appel est arrivé sans signature et a donc été refusé. Ce n'est pas la personne appelée qui vous a rejeté : l'opérateur ou l'IPBX de l'appelant doit signer les appels qu'il émet, ou bien un équipement sur le trajet a supprimé la signature.</translation>
    </message>
    <message>
        <source>Sent by a verification service (RFC 8224 §6.2.2) when local policy requires an Identity header, i.e. a signed PASSporT (RFC 8225), and the request carries none. The originating domain is expected to run an authentication service that adds Identity before the call leaves it. The code was first registered by RFC 4474, whose design RFC 8224 replaced. Many carriers do not reject unsigned calls but treat them as unverified; RFC 9410 also lets a verifier report a failure upstream in a Reason header (protocol STIR) while the call continues.</source>
        <translation>Envoyée par un service de vérification (RFC 8224 §6.2.2) lorsque la politique locale exige un en-tête Identity, c'est-à-dire un PASSporT signé (RFC 8225), et que la requête n'en contient pas. Le domaine d'origine est censé faire fonctionner un service d'authentification qui ajoute Identity avant que l'appel ne quitte son réseau. Le code a d'abord été inscrit au registre par la RFC 4474, dont la conception a été remplacée par la RFC 8224. Beaucoup d'opérateurs ne refusent pas les appels non signés mais les traitent comme non vérifiés ; la RFC 9410 permet aussi à un vérificateur de signaler un échec vers l'amont dans un en-tête Reason (protocole STIR) pendant que l'appel continue.</translation>
    </message>
    <message>
        <source>The originating provider or PBX does not sign its calls
An SBC or trunk strips the Identity header on the way
The call crossed a TDM or legacy interconnect that cannot carry Identity
A strict policy on the terminating network that refuses all unsigned calls</source>
        <translation>L'opérateur ou l'IPBX d'origine ne signe pas ses appels
Un SBC ou un trunk SIP supprime l'en-tête Identity en chemin
L'appel est passé par une interconnexion TDM ou ancienne qui ne peut pas transporter Identity
Une politique stricte du réseau de destination qui refuse tous les appels non signés</translation>
    </message>
    <message>
        <source>Ask the originating provider whether it signs calls for this number, and with which attestation
Capture the INVITE at each hop to find where the Identity header disappears
Check SBC header manipulation rules for Identity
Review the terminating network's policy for unsigned calls</source>
        <translation>Demandez à l'opérateur d'origine s'il signe les appels pour ce numéro, et avec quel niveau d'attestation
Capturez l'INVITE à chaque saut pour trouver où l'en-tête Identity disparaît
Vérifiez les règles de manipulation d'en-têtes du SBC concernant Identity
Examinez la politique du réseau de destination pour les appels non signés</translation>
    </message>
    <message>
        <source>stir/shaken, shaken, caller id verification, unsigned call, identity header, call blocked, robocall, spam, attestation, spoofing</source>
        <translation>stir/shaken, shaken, man, authentification des numéros, vérification du numéro présenté, appel non signé, en-tête identity, appel bloqué, appel automatisé, robocall, spam, démarchage, attestation, usurpation de numéro, spoofing</translation>
    </message>
    <message>
        <source>A call transfer was refused because the person who asked for the transfer could not be verified.</source>
        <translation>Un transfert d'appel a été refusé parce que la personne qui a demandé le transfert n'a pas pu être vérifiée.</translation>
    </message>
    <message>
        <source>During a transfer, the party the call was being transferred to wanted signed proof of who requested the transfer, and that proof was missing or invalid. It concerns the transfer request, not the line or the ongoing call. The transfer can often be done another way, for example as an attended transfer or by calling the number directly.</source>
        <translation>Pendant un transfert, le destinataire du transfert voulait une preuve signée de l'identité de celui qui a demandé le transfert, et cette preuve était absente ou invalide. Le problème concerne la demande de transfert, pas la ligne ni l'appel en cours. Le transfert peut souvent être fait autrement, par exemple en transfert supervisé ou en appelant directement le numéro.</translation>
    </message>
    <message>
        <source>The transfer target requires signed Referred-By tokens and the transferring phone cannot create them
A proxy or B2BUA rebuilt the request and dropped the token body
The token signature or the referrer's certificate could not be verified
A policy on the target that only accepts transfers from known referrers</source>
        <translation>La cible du transfert exige des jetons Referred-By signés et le téléphone qui transfère ne sait pas les créer
Un proxy ou un B2BUA a reconstruit la requête et supprimé le corps contenant le jeton
La signature du jeton ou le certificat du transféreur n'a pas pu être vérifié
Une politique de la cible qui n'accepte que les transferts venant de transféreurs connus</translation>
    </message>
    <message>
        <source>Check the Referred-By header and any signed body in the INVITE sent to the target
Check whether the transferring phone supports Referred-By tokens and has a certificate
Look at the NOTIFY sent back to the transferring phone to see the failure
Try an attended transfer, or relax the target's policy for trusted referrers</source>
        <translation>Vérifiez l'en-tête Referred-By et l'éventuel corps signé dans l'INVITE envoyé à la cible
Vérifiez si le téléphone qui transfère prend en charge les jetons Referred-By et dispose d'un certificat
Examinez le NOTIFY renvoyé au téléphone qui transfère pour voir l'échec
Essayez un transfert supervisé, ou assouplissez la politique de la cible pour les transféreurs de confiance</translation>
    </message>
    <message>
        <source>transfer failed, call transfer, blind transfer, refer, referred-by, transfer rejected, transfer not allowed</source>
        <translation>échec du transfert, transfert impossible, transfert d'appel, transfert aveugle, transfert direct, refer, referred-by, transfert refusé, transfert non autorisé</translation>
    </message>
    <message>
        <source>The network lost its connection to the called phone, so the call could not be delivered that way.</source>
        <translation>Le réseau a perdu sa connexion avec le téléphone appelé : l'appel n'a donc pas pu lui être remis par ce chemin.</translation>
    </message>
    <message>
        <source>The called phone keeps a standing connection to its provider so that calls can reach it behind a router or firewall. That connection has broken, so the server could not hand the call to the phone over it. This is normally dealt with inside the provider's network, which tries other connections; the phone usually reconnects and signs in again by itself.</source>
        <translation>Le téléphone appelé maintient une connexion permanente avec son opérateur pour que les appels puissent l'atteindre derrière un routeur ou un pare-feu. Cette connexion a été rompue : le serveur n'a donc pas pu transmettre l'appel au téléphone par ce biais. Cela se règle normalement au sein du réseau de l'opérateur, qui essaie d'autres connexions ; le téléphone se reconnecte et se réenregistre en général de lui-même.</translation>
    </message>
    <message>
        <source>The phone's TCP or TLS connection dropped, for example after a Wi-Fi or mobile network change
A NAT or firewall closed the binding because keepalives were too rare
The edge proxy or SBC restarted and lost its connections
The phone went to sleep or lost power without unregistering</source>
        <translation>La connexion TCP ou TLS du téléphone a été coupée, par exemple après un changement de réseau Wi-Fi ou mobile
Un NAT ou un pare-feu a fermé l'association parce que les keepalives étaient trop espacés
Le proxy de bordure ou le SBC a redémarré et perdu ses connexions
Le téléphone s'est mis en veille ou a perdu son alimentation sans se désenregistrer</translation>
    </message>
    <message>
        <source>Check whether the called device reconnects and registers again shortly afterwards
Compare the keepalive interval (CRLF or STUN, Flow-Timer) with NAT and firewall timeouts
Look for edge proxy or SBC restarts and connection resets at the time of the failure
Let the phone register more than one flow if redundancy is wanted</source>
        <translation>Vérifiez si l'appareil appelé se reconnecte et se réenregistre peu après
Comparez l'intervalle de keepalive (CRLF ou STUN, Flow-Timer) avec les délais d'expiration du NAT et du pare-feu
Recherchez des redémarrages du proxy de bordure ou du SBC et des réinitialisations de connexion au moment de l'échec
Laissez le téléphone enregistrer plus d'un flux si une redondance est souhaitée</translation>
    </message>
    <message>
        <source>connection lost, phone offline, unreachable, nat, firewall, keepalive, tcp connection dropped, not registered, outbound, flow</source>
        <translation>connexion perdue, téléphone hors ligne, injoignable, nat, pare-feu, keepalive, connexion tcp coupée, non enregistré, outbound, flux, flow</translation>
    </message>
    <message>
        <source>The person you called does not accept calls from hidden or withheld numbers.</source>
        <translation>La personne que vous avez appelée n'accepte pas les appels provenant de numéros masqués.</translation>
    </message>
    <message>
        <source>The call was made with the caller's number hidden, and the called party or their provider rejects anonymous calls. Nothing is broken: showing your number for this call, or in general, lets it through. It is a choice made on the called side, not a fault of the caller's phone or the network.</source>
        <translation>L'appel a été passé avec le numéro de l'appelant masqué, et l'appelé ou son opérateur refuse les appels anonymes. Rien n'est en panne : afficher votre numéro pour cet appel, ou de façon générale, permet de le faire passer. C'est un choix fait du côté de l'appelé, et non un défaut du téléphone de l'appelant ou du réseau.</translation>
    </message>
    <message>
        <source>Call again with your number shown (turn off number withholding, or use the provider's per-call code)
Check the caller's line or trunk for default privacy or CLIR settings
Check that From and P-Asserted-Identity are sent correctly on the trunk
If the called party should accept such calls, ask them to switch off anonymous call rejection</source>
        <translation>Rappelez en affichant votre numéro (désactivez le masquage du numéro ou utilisez le code d'appel par appel de l'opérateur)
Vérifiez si la ligne ou le trunk SIP de l'appelant a un réglage de confidentialité ou de CLIR par défaut
Vérifiez que From et P-Asserted-Identity sont correctement envoyés sur le trunk SIP
Si l'appelé doit accepter ces appels, demandez-lui de désactiver le rejet des appels anonymes</translation>
    </message>
    <message>
        <source>anonymous call rejected, withheld number, private number, hidden caller id, no caller id, clir, acr, anonymous, call blocked</source>
        <translation>appel anonyme refusé, numéro masqué, numéro caché, numéro privé, secret permanent, présentation du numéro masquée, pas de numéro affiché, clir, acr, anonyme, appel bloqué</translation>
    </message>
    <message>
        <source>The call was refused because the network could not fetch the certificate needed to check the caller's identity.</source>
        <translation>L'appel a été refusé parce que le réseau n'a pas pu récupérer le certificat nécessaire pour vérifier l'identité de l'appelant.</translation>
    </message>
    <message>
        <source>The call carried a digital signature for the caller's number, but the receiving network could not download the certificate that the signature points to, so it could not check who is calling. The problem lies with the calling side's signing setup or with the path to its certificate server, not with the called party.</source>
        <translation>L'appel portait une signature numérique du numéro de l'appelant, mais le réseau destinataire n'a pas pu télécharger le certificat désigné par cette signature et n'a donc pas pu vérifier qui appelle. Le problème vient de la configuration de signature du côté appelant ou du chemin vers son serveur de certificats, et non de l'appelé.</translation>
    </message>
    <message>
        <source>Sent by a verification service (RFC 8224 §6.2.2) when the credential referenced by the info parameter of the Identity header (the certificate URL, also in the PASSporT x5u claim) cannot be dereferenced: unsupported URI scheme, unreachable host or failed retrieval. RFC 4474 defined it for the Identity-Info header, which RFC 8224 removed; PJSIP and Wireshark still print Bad Identity-Info. Compare 437 (credential obtained but not acceptable) and 438 (signature or claims do not verify).</source>
        <translation>Envoyée par un service de vérification (RFC 8224 §6.2.2) lorsque l'identifiant référencé par le paramètre info de l'en-tête Identity (l'URL du certificat, présente aussi dans la revendication x5u du PASSporT) ne peut pas être déréférencé : schéma d'URI non pris en charge, hôte injoignable ou échec de récupération. La RFC 4474 l'avait définie pour l'en-tête Identity-Info, que la RFC 8224 a supprimé ; PJSIP et Wireshark affichent encore Bad Identity-Info. À comparer avec 437 (certificat obtenu mais non acceptable) et 438 (la signature ou les revendications ne sont pas vérifiées).</translation>
    </message>
    <message>
        <source>The certificate URL in the Identity header is wrong, outdated or unreachable
The signing provider's certificate repository is down or blocked by a firewall
A URL scheme the verifier does not support (for example not https)
DNS or TLS errors when the verifier fetches the certificate</source>
        <translation>L'URL du certificat dans l'en-tête Identity est erronée, périmée ou injoignable
Le dépôt de certificats de l'opérateur signataire est en panne ou bloqué par un pare-feu
Un schéma d'URL que le vérificateur ne prend pas en charge (par exemple autre que https)
Des erreurs DNS ou TLS lorsque le vérificateur récupère le certificat</translation>
    </message>
    <message>
        <source>Read the info parameter of the Identity header and try to fetch that URL from the verifier's network
Check firewall and proxy rules for outbound https from the verification service
Check the verifier's logs for DNS or TLS errors during retrieval
Tell the originating provider if its certificate repository is unreachable</source>
        <translation>Lisez le paramètre info de l'en-tête Identity et essayez de récupérer cette URL depuis le réseau du vérificateur
Vérifiez les règles du pare-feu et du proxy pour le https sortant du service de vérification
Consultez les journaux du vérificateur pour repérer des erreurs DNS ou TLS pendant la récupération
Prévenez l'opérateur d'origine si son dépôt de certificats est injoignable</translation>
    </message>
    <message>
        <source>stir/shaken, certificate url, x5u, identity info, caller id verification, call blocked, certificate download failed, verification failed</source>
        <translation>stir/shaken, man, url du certificat, x5u, identity info, vérification du numéro présenté, appel bloqué, échec du téléchargement du certificat, échec de la vérification</translation>
    </message>
    <message>
        <source>The call was refused because the certificate used to sign the caller's number is not trusted or not supported.</source>
        <translation>L'appel a été refusé parce que le certificat utilisé pour signer le numéro de l'appelant n'est pas de confiance ou n'est pas pris en charge.</translation>
    </message>
    <message>
        <source>The caller's network signed the call and the receiving network fetched the certificate, but could not accept it, for example because it comes from an authority it does not trust. The problem lies with the calling provider's certificate or with the trust settings of the receiving network, not with the phones.</source>
        <translation>Le réseau de l'appelant a signé l'appel et le réseau destinataire a récupéré le certificat, mais n'a pas pu l'accepter, par exemple parce qu'il provient d'une autorité à laquelle il ne fait pas confiance. Le problème vient du certificat de l'opérateur appelant ou des réglages de confiance du réseau destinataire, et non des téléphones.</translation>
    </message>
    <message>
        <source>Sent by a verification service (RFC 8224 §6.2.2) when it cannot validate the credential referenced by the Identity header: a certificate from an untrusted or unknown authority, an unsupported credential type or algorithm, or one that fails validation. RFC 4474 registered the code as 437 Unsupported Certificate, the phrase PJSIP, Wireshark and FreeSWITCH still print; the meaning is the same. Compare 436 (credential could not be fetched) and 438 (signature or claims invalid).</source>
        <translation>Envoyée par un service de vérification (RFC 8224 §6.2.2) lorsqu'il ne peut pas valider l'identifiant référencé par l'en-tête Identity : certificat émis par une autorité inconnue ou non reconnue, type d'identifiant ou algorithme non pris en charge, ou certificat dont la validation échoue. La RFC 4474 avait inscrit le code au registre sous le nom 437 Unsupported Certificate, libellé qu'affichent encore PJSIP, Wireshark et FreeSWITCH ; le sens est le même. À comparer avec 436 (certificat impossible à récupérer) et 438 (signature ou revendications invalides).</translation>
    </message>
    <message>
        <source>The signing certificate was issued by a CA missing from the verifier's trust list (for example not an approved STI-CA)
The certificate is expired or revoked
A credential type or algorithm the verifier does not support
An outdated trust anchor list on the verification service</source>
        <translation>Le certificat de signature a été émis par une AC absente de la liste de confiance du vérificateur (par exemple pas une STI-CA agréée)
Le certificat a expiré ou a été révoqué
Un type d'identifiant ou un algorithme que le vérificateur ne prend pas en charge
Une liste d'ancres de confiance périmée sur le service de vérification</translation>
    </message>
    <message>
        <source>Check which CA issued the certificate and whether it is on the verifier's trust list
Check the certificate's validity dates and revocation status
Update the verification service's trust anchors
Ask the originating provider to renew or replace its certificate</source>
        <translation>Vérifiez quelle AC a émis le certificat et si elle figure dans la liste de confiance du vérificateur
Vérifiez les dates de validité et l'état de révocation du certificat
Mettez à jour les ancres de confiance du service de vérification
Demandez à l'opérateur d'origine de renouveler ou de remplacer son certificat</translation>
    </message>
    <message>
        <source>stir/shaken, untrusted certificate, unsupported certificate, certificate expired, caller id verification, call blocked, sti-ca, trust anchor</source>
        <translation>stir/shaken, man, certificat non fiable, certificat non reconnu, certificat non pris en charge, certificat expiré, vérification du numéro présenté, appel bloqué, sti-ca, ancre de confiance</translation>
    </message>
    <message>
        <source>The call was refused because the digital signature on the caller's number did not check out.</source>
        <translation>L'appel a été refusé parce que la signature numérique du numéro de l'appelant n'a pas pu être validée.</translation>
    </message>
    <message>
        <source>The call came with a signed caller identity, but when the receiving network checked it, the signature was wrong or the signed details did not match the call. The caller ID may have been changed on the way, or the signing was done incorrectly. The problem lies on the calling side or along the route, not with the called party.</source>
        <translation>L'appel était accompagné d'une identité d'appelant signée, mais lorsque le réseau destinataire l'a vérifiée, la signature était fausse ou les informations signées ne correspondaient pas à l'appel. Le numéro présenté a peut-être été modifié en chemin, ou la signature a été mal réalisée. Le problème se situe du côté appelant ou sur le trajet, et non chez l'appelé.</translation>
    </message>
    <message>
        <source>Sent by a verification service (RFC 8224 §6.2.2) when it has obtained the credential but the PASSporT signature does not verify, or the signed claims do not match the request, such as the orig or dest numbers. Number rewriting by B2BUAs or SBCs after signing is a frequent trigger. A Date outside the freshness window is answered with 403 Stale Date instead. Compare 436 and 437, which fail before the signature is checked.</source>
        <translation>Envoyée par un service de vérification (RFC 8224 §6.2.2) lorsqu'il a obtenu le certificat mais que la signature du PASSporT n'est pas valide, ou que les revendications signées ne correspondent pas à la requête, par exemple les numéros orig ou dest. La réécriture de numéros par des B2BUA ou des SBC après la signature en est un déclencheur fréquent. Un en-tête Date hors de la fenêtre de fraîcheur reçoit plutôt 403 Stale Date. À comparer avec 436 et 437, qui échouent avant la vérification de la signature.</translation>
    </message>
    <message>
        <source>A device on the route rewrote the calling or called number after the call was signed
Number format differences (plus sign, country code) between signer and verifier
A signing key that does not match the published certificate
Caller ID spoofing: the call claims a number it was not signed for
An SBC that damaged or rebuilt the Identity header</source>
        <translation>Un équipement sur le trajet a réécrit le numéro appelant ou appelé après la signature de l'appel
Des différences de format de numéro (signe plus, indicatif de pays) entre signataire et vérificateur
Une clé de signature qui ne correspond pas au certificat publié
Usurpation du numéro présenté : l'appel revendique un numéro pour lequel il n'a pas été signé
Un SBC qui a endommagé ou reconstruit l'en-tête Identity</translation>
    </message>
    <message>
        <source>Compare the orig and dest claims in the PASSporT with From, P-Asserted-Identity and the Request-URI as received
Check number normalisation rules on SBCs between signer and verifier
Ask the originating provider to check that its signing key matches its certificate
Check clock synchronisation (NTP) on signing and verifying systems</source>
        <translation>Comparez les revendications orig et dest du PASSporT avec From, P-Asserted-Identity et la Request-URI telles que reçues
Vérifiez les règles de normalisation des numéros sur les SBC entre signataire et vérificateur
Demandez à l'opérateur d'origine de vérifier que sa clé de signature correspond à son certificat
Vérifiez la synchronisation des horloges (NTP) sur les systèmes de signature et de vérification</translation>
    </message>
    <message>
        <source>stir/shaken, invalid signature, caller id spoofing, spoofed number, verification failed, call blocked, spam, robocall, identity header</source>
        <translation>stir/shaken, man, signature invalide, usurpation de numéro, numéro usurpé, spoofing, échec de la vérification, appel bloqué, spam, démarchage, appel automatisé, en-tête identity</translation>
    </message>
    <message>
        <source>The phone could not sign in because the first server it connects through does not support a connection feature the phone asked for.</source>
        <translation>Le téléphone n'a pas pu s'enregistrer parce que le premier serveur par lequel il passe ne prend pas en charge une fonction de connexion qu'il a demandée.</translation>
    </message>
    <message>
        <source>The phone asked to keep a reliable standing connection to the service (SIP Outbound). The registration server supports this, but the first server in between does not, so the registration was refused. It is a setup mismatch between the phone and the provider's front-end server, not a problem with the account or password.</source>
        <translation>Le téléphone a demandé à maintenir une connexion permanente et fiable avec le service (SIP Outbound). Le serveur d'enregistrement le prend en charge, mais le premier serveur intermédiaire non, et l'enregistrement a donc été refusé. Il s'agit d'une incohérence de configuration entre le téléphone et le serveur frontal de l'opérateur, et non d'un problème de compte ou de mot de passe.</translation>
    </message>
    <message>
        <source>SIP Outbound (RFC 5626) enabled on the phone, but the SBC or edge proxy does not support it
The edge proxy does not add a Path header with the ob parameter
A new or misconfigured front-end proxy in front of an outbound-capable registrar
A load balancer that forwards REGISTER without acting as an edge proxy</source>
        <translation>SIP Outbound (RFC 5626) activé sur le téléphone, mais le SBC ou le proxy de bordure ne le prend pas en charge
Le proxy de bordure n'ajoute pas d'en-tête Path avec le paramètre ob
Un proxy frontal nouveau ou mal configuré devant un registrar compatible outbound
Un répartiteur de charge qui relaie REGISTER sans jouer le rôle de proxy de bordure</translation>
    </message>
    <message>
        <source>Turn off SIP Outbound (reg-id) on the phone, or point it at an edge proxy that supports outbound
Check the Path header as it reaches the registrar
Enable Path and outbound support on the edge proxy or SBC
Register again and confirm the 200 OK carries Require: outbound</source>
        <translation>Désactivez SIP Outbound (reg-id) sur le téléphone, ou dirigez-le vers un proxy de bordure qui prend en charge outbound
Vérifiez l'en-tête Path tel qu'il arrive au registrar
Activez la prise en charge de Path et d'outbound sur le proxy de bordure ou le SBC
Réenregistrez-vous et vérifiez que le 200 OK contient Require: outbound</translation>
    </message>
    <message>
        <source>registration failed, cannot register, outbound, edge proxy, sbc, path header, reg-id, nat, keepalive</source>
        <translation>échec d'enregistrement, impossible de s'enregistrer, outbound, proxy de bordure, edge proxy, sbc, en-tête path, reg-id, nat, keepalive</translation>
    </message>
    <message>
        <source>The call could not ring all the phones it was meant to, because of a limit on how many phones one call may ring at once.</source>
        <translation>L'appel n'a pas pu faire sonner tous les téléphones prévus, à cause d'une limite sur le nombre de téléphones qu'un appel peut faire sonner en même temps.</translation>
    </message>
    <message>
        <source>To protect the network, servers limit how many parallel branches one call may split into. This call would have gone over that limit, so some or all destinations were not tried. It usually points to a very large ring group, or to forwarding that splits the call again and again, on the provider or PBX side.</source>
        <translation>Pour protéger le réseau, les serveurs limitent le nombre de branches parallèles en lesquelles un appel peut se diviser. Cet appel aurait dépassé cette limite : certaines destinations, voire toutes, n'ont donc pas été essayées. Cela indique en général un très grand groupe de sonnerie, ou des renvois qui divisent l'appel encore et encore, du côté de l'opérateur ou de l'IPBX.</translation>
    </message>
    <message>
        <source>Defined by RFC 5393, which added the Max-Breadth header to stop forking being used for amplification attacks. Max-Breadth caps the number of concurrent branches a request may fan out into across all forking proxies (RFC 5393 suggests 60 as the default). A proxy whose incoming Max-Breadth is too small for the parallel fork it wants, and that cannot fork serially or redirect instead, returns 440; the client can conclude that its request did not reach every possible destination. Compare 483, which limits depth (Max-Forwards) rather than breadth.</source>
        <translation>Définie par la RFC 5393, qui a ajouté l'en-tête Max-Breadth pour empêcher l'utilisation du forking dans des attaques par amplification. Max-Breadth plafonne le nombre de branches simultanées en lesquelles une requête peut se démultiplier sur l'ensemble des proxys qui font du forking (la RFC 5393 suggère 60 par défaut). Un proxy dont le Max-Breadth entrant est trop petit pour le forking parallèle qu'il veut faire, et qui ne peut pas faire de forking séquentiel ni rediriger à la place, renvoie 440 ; le client peut en conclure que sa requête n'a pas atteint toutes les destinations possibles. À comparer avec 483, qui limite la profondeur (Max-Forwards) plutôt que la largeur.</translation>
    </message>
    <message>
        <source>A ring group or hunt group that rings too many phones in parallel
Several forking proxies in a chain, each splitting the call again
A user with many registered devices plus forwarding to another group
A forking loop or spiral that multiplies branches
A low Max-Breadth set by a client or an intermediate proxy</source>
        <translation>Un groupe de sonnerie ou de recherche qui fait sonner trop de téléphones en parallèle
Plusieurs proxys en chaîne qui font du forking, chacun divisant à nouveau l'appel
Un utilisateur avec de nombreux appareils enregistrés plus un renvoi vers un autre groupe
Une boucle ou une spirale de forking qui multiplie les branches
Un Max-Breadth bas fixé par un client ou un proxy intermédiaire</translation>
    </message>
    <message>
        <source>Check the Max-Breadth header of the request as it reaches each proxy
Reduce parallel branches, or switch large groups to sequential hunting
Look for forwarding chains where groups contain other groups
Check proxy settings that lower or reset Max-Breadth</source>
        <translation>Vérifiez l'en-tête Max-Breadth de la requête à son arrivée sur chaque proxy
Réduisez les branches parallèles, ou passez les grands groupes en recherche séquentielle
Recherchez des chaînes de renvois où des groupes contiennent d'autres groupes
Vérifiez les réglages des proxys qui abaissent ou réinitialisent Max-Breadth</translation>
    </message>
    <message>
        <source>ring group, hunt group, forking, parallel ringing, simultaneous ring, too many devices, max-breadth, call not delivered</source>
        <translation>groupe de sonnerie, groupe de recherche, forking, sonnerie parallèle, sonnerie simultanée, trop d'appareils, max-breadth, appel non remis, appel non distribué</translation>
    </message>
    <message>
        <source>The other side refused a message sent during the call, such as keypad presses sent as data, because it does not accept that kind of message.</source>
        <translation>L'autre côté a refusé un message envoyé pendant l'appel, par exemple des appuis sur les touches transmis sous forme de données, parce qu'il n'accepte pas ce type de message.</translation>
    </message>
    <message>
        <source>During a call, one side sent extra information inside the call, for example keypad tones or application data, in a format the other side had not agreed to receive. Only that message was refused; the call itself goes on. It usually comes from a settings mismatch between the two phones or systems, often about how keypad tones (DTMF) are sent.</source>
        <translation>Pendant un appel, un côté a envoyé des informations supplémentaires à l'intérieur de l'appel, par exemple des tonalités de touches ou des données d'application, dans un format que l'autre côté n'avait pas accepté de recevoir. Seul ce message a été refusé ; l'appel lui-même continue. Cela vient en général d'une différence de réglages entre les deux téléphones ou systèmes, souvent dans la façon d'envoyer les tonalités des touches (DTMF).</translation>
    </message>
    <message>
        <source>Defined by RFC 6086 (receiver behaviour §4.2.2, registration §11.6). A UA answers 469 to an INFO request whose Info-Package header names a package it has not announced in its Recv-Info header; the response carries Recv-Info listing the packages it will accept. The failure concerns that INFO transaction only and does not end the dialog. Legacy INFO sent without an Info-Package header is outside this mechanism.</source>
        <translation>Définie par la RFC 6086 (comportement du destinataire §4.2.2, enregistrement §11.6). Un UA répond 469 à une requête INFO dont l'en-tête Info-Package nomme un paquetage qu'il n'a pas annoncé dans son en-tête Recv-Info ; la réponse contient Recv-Info avec la liste des paquetages qu'il accepte. L'échec ne concerne que cette transaction INFO et ne met pas fin au dialogue. Les INFO historiques envoyés sans en-tête Info-Package sont en dehors de ce mécanisme.</translation>
    </message>
    <message>
        <source>DTMF sent as SIP INFO in a package the far end did not list in Recv-Info
The sender ignored, or never received, the peer's Recv-Info
An SBC or B2BUA that removed or rewrote Recv-Info during call setup
Different DTMF or application settings on the two endpoints</source>
        <translation>DTMF envoyés en SIP INFO dans un paquetage que le correspondant n'a pas listé dans Recv-Info
L'émetteur a ignoré, ou n'a jamais reçu, le Recv-Info de son correspondant
Un SBC ou un B2BUA qui a supprimé ou réécrit Recv-Info pendant l'établissement de l'appel
Des réglages DTMF ou d'application différents sur les deux terminaux</translation>
    </message>
    <message>
        <source>Compare the Info-Package header of the INFO with the Recv-Info sent by the far end
Align DTMF settings on both sides (RFC 4733 telephone-event, SIP INFO or in-band)
Check how SBCs pass Recv-Info and Info-Package
Update endpoint firmware that sends INFO without checking Recv-Info</source>
        <translation>Comparez l'en-tête Info-Package de l'INFO avec le Recv-Info envoyé par le correspondant
Harmonisez les réglages DTMF des deux côtés (telephone-event RFC 4733, SIP INFO ou dans la bande)
Vérifiez comment les SBC transmettent Recv-Info et Info-Package
Mettez à jour le firmware des terminaux qui envoient INFO sans vérifier Recv-Info</translation>
    </message>
    <message>
        <source>dtmf, keypad tones, touch tones, keypresses not working, ivr not responding, sip info, info package, recv-info</source>
        <translation>dtmf, tonalités des touches, fréquences vocales, les touches ne marchent pas, le serveur vocal ne réagit pas, svi ne répond pas, sip info, info package, recv-info</translation>
    </message>
    <message>
        <source>Your message or call could not be passed on because a recipient has not yet agreed to receive it through this service.</source>
        <translation>Votre message ou votre appel n'a pas pu être transmis parce qu'un destinataire n'a pas encore accepté de le recevoir par ce service.</translation>
    </message>
    <message>
        <source>The request went to a service that forwards it to others, such as a group list, a conference service or a message distributor. At least one recipient has not given permission to receive traffic from you through that service, so it refused. The recipient has to agree first; nothing is broken on your phone.</source>
        <translation>La requête est allée à un service qui la transmet à d'autres personnes, comme une liste de groupe, un service de conférence ou un distributeur de messages. Au moins un destinataire n'a pas autorisé ce service à lui transmettre vos communications : le service a donc refusé. Le destinataire doit d'abord donner son accord ; rien n'est en panne sur votre téléphone.</translation>
    </message>
    <message>
        <source>Defined by the SIP consent framework (RFC 5360 §5.9.2), which protects against amplification and spam through relays. A relay that would translate a request to recipient URIs, for example a URI-list server, returns 470 when the recipient's permission for that translation is missing; the Permission-Missing header lists the URIs still lacking consent. The sender can then request permission with a permission document (RFC 5361) and retry once the recipients grant it. Unlike 403, it points to a way of obtaining access.</source>
        <translation>Définie par le cadre de consentement SIP (RFC 5360 §5.9.2), qui protège contre l'amplification et le spam via des relais. Un relais qui traduirait une requête vers des URI de destinataires, par exemple un serveur de listes d'URI, renvoie 470 lorsque l'autorisation du destinataire pour cette traduction manque ; l'en-tête Permission-Missing liste les URI pour lesquelles le consentement fait encore défaut. L'émetteur peut alors demander l'autorisation avec un document d'autorisation (RFC 5361) et réessayer une fois que les destinataires l'ont accordée. Contrairement à 403, elle indique un moyen d'obtenir l'accès.</translation>
    </message>
    <message>
        <source>A recipient on a group or distribution list has not granted permission yet
Permission was given earlier but has expired or been withdrawn
The sender identity differs from the one the recipient approved
A new relay or list was set up without collecting consent</source>
        <translation>Un destinataire d'une liste de groupe ou de diffusion n'a pas encore donné son autorisation
L'autorisation a été donnée auparavant mais a expiré ou a été retirée
L'identité de l'émetteur diffère de celle que le destinataire a approuvée
Un nouveau relais ou une nouvelle liste a été mis en place sans recueillir les consentements</translation>
    </message>
    <message>
        <source>Read the Permission-Missing header to see which recipients lack consent
Send those recipients a permission request and wait for them to accept
Check that the sender identity matches the one for which permission was given
Remove recipients who do not consent from the list</source>
        <translation>Lisez l'en-tête Permission-Missing pour savoir quels destinataires n'ont pas donné leur consentement
Envoyez à ces destinataires une demande d'autorisation et attendez qu'ils l'acceptent
Vérifiez que l'identité de l'émetteur correspond à celle pour laquelle l'autorisation a été donnée
Retirez de la liste les destinataires qui ne consentent pas</translation>
    </message>
    <message>
        <source>consent, permission, not allowed, group message, distribution list, conference invite, spam protection, recipient approval</source>
        <translation>consentement, autorisation, permission, non autorisé, message de groupe, liste de diffusion, invitation à une conférence, protection antispam, accord du destinataire</translation>
    </message>
    <message>
        <source>The person you called cannot be reached right now; their phone may be off, not signed in or not answering.</source>
        <translation>La personne que vous avez appelée ne peut pas être jointe pour le moment ; son téléphone est peut-être éteint, non connecté ou elle ne répond pas.</translation>
    </message>
    <message>
        <source>The call reached the called party's service, but their phone could not take it at the moment: it may be switched off, not signed in, out of coverage or set to do not disturb, or it rang without being answered. It is about the called party's side, not your phone. Trying again later usually works.</source>
        <translation>L'appel a atteint le service de l'appelé, mais son téléphone ne pouvait pas le prendre pour le moment : il est peut-être éteint, non connecté, hors couverture ou en mode ne pas déranger, ou bien il a sonné sans que personne ne réponde. Le problème se situe du côté de l'appelé, pas dans votre téléphone. Un nouvel essai plus tard fonctionne en général.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.4.18: the callee's end system was contacted but the callee is currently unavailable; a proxy or redirect server also returns it when it knows the user but has no valid current location (no registration). It may carry Retry-After, and the reason phrase or a Reason header may be more specific. Unlike 408, which reports that no final answer came in time, 480 is an explicit answer; unlike 486, the user is not busy. RFC 3398 maps 480 to Q.850 cause 18 (No user responding); causes 19 (No answer from user), 20 (Subscriber absent) and 31 (Normal, unspecified) arrive as 480.</source>
        <translation>RFC 3261 §21.4.18 : le système de l'appelé a été contacté mais l'appelé est actuellement indisponible ; un proxy ou un serveur de redirection la renvoie aussi lorsqu'il connaît l'utilisateur mais n'a pas de localisation actuelle valide (pas d'enregistrement). Elle peut contenir Retry-After, et le libellé de la réponse ou un en-tête Reason peut être plus précis. Contrairement à 408, qui signale qu'aucune réponse finale n'est arrivée à temps, 480 est une réponse explicite ; contrairement à 486, l'utilisateur n'est pas occupé. La RFC 3398 fait correspondre 480 à la cause Q.850 18 (Aucun usager ne répond) ; les causes 19 (Pas de réponse de l'usager), 20 (Abonné absent) et 31 (Normal, non spécifié) arrivent en 480.</translation>
    </message>
    <message>
        <source>The called phone is not registered (switched off, offline or without network)
It rang without answer and the called side gave up after its no-answer timer
Do-not-disturb or an away status that answers with 480
Mobile phone out of coverage or in flight mode
The called phone lost its registration after a NAT or network change
A proxy or gateway with no usable route to the user at the moment</source>
        <translation>Le téléphone appelé n'est pas enregistré (éteint, hors ligne ou sans réseau)
Il a sonné sans réponse et le côté appelé a abandonné après son délai de non-réponse
Le mode ne pas déranger ou un statut absent qui répond par 480
Téléphone mobile hors couverture ou en mode avion
Le téléphone appelé a perdu son enregistrement après un changement de NAT ou de réseau
Un proxy ou une passerelle sans route utilisable vers l'utilisateur pour le moment</translation>
    </message>
    <message>
        <source>Call again later
Check whether the called device is registered (registrar or PBX user status)
Look for Retry-After, the reason phrase and any Reason header for the exact cause
Check do-not-disturb and no-answer timer settings on the called side
If every call to one user fails, check that device's NAT keepalives and registration expiry</source>
        <translation>Rappelez plus tard
Vérifiez si l'appareil appelé est enregistré (registrar ou état de l'utilisateur sur l'IPBX)
Recherchez Retry-After, le libellé de la réponse et l'éventuel en-tête Reason pour connaître la cause exacte
Vérifiez les réglages ne pas déranger et de délai de non-réponse du côté appelé
Si tous les appels vers un même utilisateur échouent, vérifiez les keepalives NAT et l'expiration d'enregistrement de cet appareil</translation>
    </message>
    <message>
        <source>unavailable, not available, nobody answers, no answer, not registered, phone offline, switched off, out of coverage, do not disturb, unreachable, subscriber absent</source>
        <translation>indisponible, pas disponible, injoignable, personne ne répond, pas de réponse, non enregistré, téléphone hors ligne, téléphone éteint, hors couverture, pas de réseau, ne pas déranger, abonné absent, temporarily unavailable</translation>
    </message>
    <message>
        <source>The other side no longer knows about this call, so it could not act on the request.</source>
        <translation>L'autre côté ne connaît plus cet appel : il n'a donc pas pu donner suite à la requête.</translation>
    </message>
    <message>
        <source>A message was sent about a call that the other side has no record of, for example because it had already ended the call, restarted or lost track of it. It often shows up when hanging up, holding or transferring, and usually means the call had already ended on the other side. It is a mismatch between two systems, not something the user did wrong.</source>
        <translation>Un message a été envoyé au sujet d'un appel dont l'autre côté n'a aucune trace, par exemple parce qu'il avait déjà terminé l'appel, qu'il a redémarré ou qu'il a perdu son suivi. Cela apparaît souvent en raccrochant, en mettant en attente ou en transférant, et signifie en général que l'appel était déjà terminé de l'autre côté. Il s'agit d'une incohérence entre deux systèmes, et non d'une erreur de l'utilisateur.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.4.19: the UAS received a request that matches no existing dialog or transaction, such as a BYE, re-INVITE, CANCEL or NOTIFY with an unknown Call-ID or tags. Per §12.2.1.2 a UAC that gets 481 (or 408) to a request inside a dialog should consider the dialog ended. Older gateways print the RFC 2543 phrase Call Leg/Transaction Does Not Exist. RFC 3398 maps it to Q.850 cause 41 (Temporary failure).</source>
        <translation>RFC 3261 §21.4.19 : l'UAS a reçu une requête qui ne correspond à aucun dialogue ni aucune transaction existants, comme un BYE, un re-INVITE, un CANCEL ou un NOTIFY avec un Call-ID ou des tags inconnus. Selon le §12.2.1.2, un UAC qui reçoit 481 (ou 408) en réponse à une requête à l'intérieur d'un dialogue doit considérer ce dialogue comme terminé. Les passerelles anciennes affichent le libellé de la RFC 2543, Call Leg/Transaction Does Not Exist. La RFC 3398 la fait correspondre à la cause Q.850 41 (Défaillance temporaire).</translation>
    </message>
    <message>
        <source>The call had already ended on the other side (a BYE crossed or was lost)
A phone, PBX or SBC restarted and lost its call state
An SBC or B2BUA changed the Call-ID or tags inconsistently
A CANCEL that arrived after the call was answered or ended
Requests routed to another node of a cluster that does not share call state
A NOTIFY for a subscription that has already expired</source>
        <translation>L'appel était déjà terminé de l'autre côté (un BYE s'est croisé avec la requête ou a été perdu)
Un téléphone, un IPBX ou un SBC a redémarré et perdu l'état de ses appels
Un SBC ou un B2BUA a modifié le Call-ID ou les tags de façon incohérente
Un CANCEL arrivé après que l'appel a été décroché ou terminé
Des requêtes acheminées vers un autre nœud d'un cluster qui ne partage pas l'état des appels
Un NOTIFY pour un abonnement qui a déjà expiré</translation>
    </message>
    <message>
        <source>Compare Call-ID, From tag and To tag of the failing request with the original dialog
Check whether the other side sent a BYE or restarted before this request
Review dialog handling and failover on SBCs, B2BUAs and clusters
Check session timer and subscription expiry if it happens mid-call or with NOTIFY</source>
        <translation>Comparez le Call-ID, le tag From et le tag To de la requête en échec avec ceux du dialogue d'origine
Vérifiez si l'autre côté a envoyé un BYE ou a redémarré avant cette requête
Examinez la gestion des dialogues et la bascule (failover) sur les SBC, les B2BUA et les clusters
Vérifiez le session timer et l'expiration des abonnements si cela se produit en cours d'appel ou avec NOTIFY</translation>
    </message>
    <message>
        <source>call does not exist, call leg, dialog not found, unknown call, hang up failed, transfer failed, hold failed, call dropped</source>
        <translation>l'appel n'existe pas, appel inexistant, call leg, dialogue introuvable, appel inconnu, impossible de raccrocher, échec du raccrochage, échec du transfert, mise en attente impossible, appel coupé</translation>
    </message>
    <message>
        <source>The call went round in a circle between servers, so the network stopped it.</source>
        <translation>L'appel a tourné en rond entre des serveurs : le réseau l'a donc arrêté.</translation>
    </message>
    <message>
        <source>The call was routed back to a server it had already passed through, in a way that would have made it go round forever. The server stopped it to protect the network. This is a routing setup error at the provider or PBX, not a problem with either phone.</source>
        <translation>L'appel a été réacheminé vers un serveur par lequel il était déjà passé, de telle sorte qu'il aurait tourné en boucle indéfiniment. Le serveur l'a arrêté pour protéger le réseau. C'est une erreur de configuration du routage chez l'opérateur ou sur l'IPBX, et non un problème de l'un ou l'autre téléphone.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.4.20: a proxy found by loop detection (§16.3 step 4: its own address in a Via with a branch value showing the same request) that the request came back to it unchanged. A spiral, where the request returns with a different Request-URI or route, is legitimate and must not be rejected. RFC 5393 made loop detection mandatory for proxies that fork and corrected the algorithm. RFC 3398 maps 482 to Q.850 cause 25 (Exchange routing error).</source>
        <translation>RFC 3261 §21.4.20 : un proxy a constaté par la détection de boucle (§16.3 étape 4 : sa propre adresse dans un Via avec une valeur branch indiquant la même requête) que la requête lui est revenue sans modification. Une spirale, où la requête revient avec une Request-URI ou une route différente, est légitime et ne doit pas être refusée. La RFC 5393 a rendu la détection de boucle obligatoire pour les proxys qui font du forking et a corrigé l'algorithme. La RFC 3398 fait correspondre 482 à la cause Q.850 25 (Erreur d'acheminement dans le central).</translation>
    </message>
    <message>
        <source>Two servers that route the same number to each other
Call forwarding that points back to the original user or group
A default route on a PBX pointing at a trunk that sends the call back
DNS, SRV or outbound proxy settings that lead a server back to itself</source>
        <translation>Deux serveurs qui s'envoient mutuellement le même numéro
Un renvoi d'appel qui pointe vers l'utilisateur ou le groupe d'origine
Une route par défaut sur un IPBX pointant vers un trunk SIP qui renvoie l'appel
Des réglages DNS, SRV ou de proxy sortant qui ramènent un serveur vers lui-même</translation>
    </message>
    <message>
        <source>Read the Via headers to see which servers the request passed through
Check the routing and dial plan for the dialled number on each of those servers
Check the called user's forwarding settings
Check DNS and outbound proxy settings</source>
        <translation>Lisez les en-têtes Via pour voir par quels serveurs la requête est passée
Vérifiez le routage et le plan de numérotation du numéro composé sur chacun de ces serveurs
Vérifiez les réglages de renvoi de l'utilisateur appelé
Vérifiez les réglages DNS et de proxy sortant</translation>
    </message>
    <message>
        <source>loop, routing loop, call loop, forwarding loop, misrouted, routing error, call forward</source>
        <translation>boucle, boucle de routage, boucle d'appel, boucle de renvoi, mal acheminé, erreur de routage, renvoi d'appel, loop detected</translation>
    </message>
    <message>
        <source>The call passed through too many servers and was stopped before it reached the person you called.</source>
        <translation>L'appel est passé par trop de serveurs et a été arrêté avant d'atteindre la personne que vous avez appelée.</translation>
    </message>
    <message>
        <source>Every call carries a counter that goes down at each server it passes. This call used the counter up before reaching its destination, usually because it was circling between systems or passed an unusually long chain of them. It is a routing problem in the provider or PBX network, not with the phones.</source>
        <translation>Chaque appel porte un compteur qui diminue à chaque serveur traversé. Cet appel a épuisé son compteur avant d'atteindre sa destination, en général parce qu'il tournait en rond entre des systèmes ou qu'il a traversé une chaîne de systèmes inhabituellement longue. C'est un problème de routage dans le réseau de l'opérateur ou de l'IPBX, pas dans les téléphones.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.4.21: a proxy received a request whose Max-Forwards had reached 0 (§16.3 step 3; an OPTIONS may instead be answered by the proxy itself). UACs usually start at 70. Loops through B2BUAs tend to end in 483 rather than 482, because each B2BUA sends a new request with fresh Via headers; RFC 7332 asks B2BUAs to carry Max-Forwards over, since one that resets it can make such a loop endless. RFC 3398 maps 483 to Q.850 cause 25 (Exchange routing error).</source>
        <translation>RFC 3261 §21.4.21 : un proxy a reçu une requête dont le Max-Forwards était arrivé à 0 (§16.3 étape 3 ; un OPTIONS peut à la place recevoir une réponse du proxy lui-même). Les UAC commencent en général à 70. Les boucles passant par des B2BUA se terminent plutôt en 483 qu'en 482, car chaque B2BUA envoie une nouvelle requête avec de nouveaux en-têtes Via ; la RFC 7332 demande aux B2BUA de reporter Max-Forwards, car un B2BUA qui le réinitialise peut rendre une telle boucle infinie. La RFC 3398 fait correspondre 483 à la cause Q.850 25 (Erreur d'acheminement dans le central).</translation>
    </message>
    <message>
        <source>A routing loop between PBXs, SBCs or B2BUAs
A very low initial Max-Forwards set by a client or trunk
An unusually long chain of proxies and forwarding steps
Forwarding rules that bounce the call between systems</source>
        <translation>Une boucle de routage entre des IPBX, des SBC ou des B2BUA
Un Max-Forwards initial très bas fixé par un client ou un trunk SIP
Une chaîne inhabituellement longue de proxys et d'étapes de renvoi
Des règles de renvoi qui font rebondir l'appel entre des systèmes</translation>
    </message>
    <message>
        <source>Compare Max-Forwards as sent and as received at each hop
Trace the route (Via, Record-Route, SBC logs) to find systems that appear repeatedly
Fix dial plan or routing entries that send the call back
Check devices that set Max-Forwards too low</source>
        <translation>Comparez Max-Forwards tel qu'envoyé et tel que reçu à chaque saut
Retracez la route (Via, Record-Route, journaux des SBC) pour trouver les systèmes qui apparaissent plusieurs fois
Corrigez les entrées du plan de numérotation ou du routage qui renvoient l'appel
Vérifiez les appareils qui fixent Max-Forwards trop bas</translation>
    </message>
    <message>
        <source>too many hops, max-forwards, hop count, routing loop, call loop, misrouted, routing error</source>
        <translation>trop de sauts, max-forwards, nombre de sauts, boucle de routage, boucle d'appel, mal acheminé, erreur de routage, too many hops</translation>
    </message>
    <message>
        <source>The number you dialled is incomplete; some digits are missing.</source>
        <translation>Le numéro que vous avez composé est incomplet ; il manque des chiffres.</translation>
    </message>
    <message>
        <source>The network recognised that the dialled number is too short or not finished, so it could not connect the call. Usually a digit, the area code or the country code is missing, or the phone sent the number before dialling was complete. It is about the number dialled, not about the line.</source>
        <translation>Le réseau a constaté que le numéro composé est trop court ou inachevé : il n'a donc pas pu établir l'appel. En général, il manque un chiffre, l'indicatif régional ou l'indicatif du pays, ou le téléphone a envoyé le numéro avant la fin de la numérotation. Le problème concerne le numéro composé, pas la ligne.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.4.22: the Request-URI is incomplete; the reason phrase may say more. It is the basis of overlap dialling (RFC 3578): a gateway or UA may send a new INVITE with more digits after a 484. RFC 3398 maps it to and from Q.850 cause 28 (Invalid number format, address incomplete). Compare 404 (complete but unknown number) and 416 (unsupported URI scheme).</source>
        <translation>RFC 3261 §21.4.22 : la Request-URI est incomplète ; le libellé de la réponse peut en dire plus. C'est la base de la numérotation avec chevauchement (overlap, RFC 3578) : une passerelle ou un UA peut envoyer un nouvel INVITE avec davantage de chiffres après un 484. La RFC 3398 la fait correspondre dans les deux sens à la cause Q.850 28 (Format de numéro non valable, adresse incomplète). À comparer avec 404 (numéro complet mais inconnu) et 416 (schéma d'URI non pris en charge).</translation>
    </message>
    <message>
        <source>Missing digits, area code or country code
The phone's digit map or inter-digit timeout sent the number too early
Overlap dialling towards a system that expects the whole number at once
Number normalisation that strips digits
Short codes or extensions missing from the dial plan</source>
        <translation>Chiffres, indicatif régional ou indicatif du pays manquants
Le plan de numérotation (digit map) du téléphone ou le délai inter-chiffres a envoyé le numéro trop tôt
Numérotation avec chevauchement vers un système qui attend le numéro complet d'un seul coup
Une normalisation des numéros qui supprime des chiffres
Des numéros courts ou des postes absents du plan de numérotation</translation>
    </message>
    <message>
        <source>Dial the full number, including area and country code
Check the phone's digit map and inter-digit timeout
Check number normalisation rules on the PBX, SBC and trunk
Check whether the route uses overlap or en-bloc sending</source>
        <translation>Composez le numéro complet, avec l'indicatif régional et l'indicatif du pays
Vérifiez le digit map du téléphone et son délai inter-chiffres
Vérifiez les règles de normalisation des numéros sur l'IPBX, le SBC et le trunk SIP
Vérifiez si la route utilise l'envoi avec chevauchement (overlap) ou en bloc (en-bloc)</translation>
    </message>
    <message>
        <source>incomplete number, missing digits, number too short, area code missing, wrong number format, dial plan, digit map, overlap dialling</source>
        <translation>numéro incomplet, chiffres manquants, il manque des chiffres, numéro trop court, indicatif manquant, mauvais format de numéro, plan de numérotation, digit map, numérotation avec chevauchement, address incomplete</translation>
    </message>
    <message>
        <source>The name or number you dialled matches more than one person, so the system could not tell whom to call.</source>
        <translation>Le nom ou le numéro que vous avez composé correspond à plusieurs personnes : le système n'a pas pu savoir qui appeler.</translation>
    </message>
    <message>
        <source>The address you dialled is not unique, for example a short name or alias shared by several users. The system may offer a list of possible matches. Dialling the full, exact address or number will work.</source>
        <translation>L'adresse que vous avez composée n'est pas unique, par exemple un nom court ou un alias partagé par plusieurs utilisateurs. Le système peut proposer une liste de correspondances possibles. Composer l'adresse ou le numéro complet et exact fonctionnera.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.4.23: the Request-URI is ambiguous. The response may list possible unambiguous addresses in Contact header fields, but revealing them can harm privacy or help an attacker guess users, so many servers omit the list or answer 404. RFC 3398 maps it to Q.850 cause 1 (Unallocated number). Compare 300, which offers several locations of one and the same user.</source>
        <translation>RFC 3261 §21.4.23 : la Request-URI est ambiguë. La réponse peut lister des adresses possibles sans ambiguïté dans des champs d'en-tête Contact, mais les révéler peut nuire à la confidentialité ou aider un attaquant à deviner les utilisateurs : beaucoup de serveurs omettent donc la liste ou répondent 404. La RFC 3398 la fait correspondre à la cause Q.850 1 (Numéro non attribué). À comparer avec 300, qui propose plusieurs emplacements d'un seul et même utilisateur.</translation>
    </message>
    <message>
        <source>A short name or alias shared by several users in the directory
Partial input in a dial-by-name feature
Duplicate aliases after a directory import
A dial plan pattern that matches several destinations</source>
        <translation>Un nom court ou un alias partagé par plusieurs utilisateurs dans l'annuaire
Une saisie partielle dans une fonction de numérotation par nom
Des alias en double après une importation d'annuaire
Un motif du plan de numérotation qui correspond à plusieurs destinations</translation>
    </message>
    <message>
        <source>Dial the full SIP address or the complete number
Check the Contact headers in the response for the possible matches
Remove duplicate aliases from the user directory
Make dial plan patterns unique</source>
        <translation>Composez l'adresse SIP complète ou le numéro complet
Consultez les en-têtes Contact de la réponse pour connaître les correspondances possibles
Supprimez les alias en double de l'annuaire des utilisateurs
Rendez les motifs du plan de numérotation uniques</translation>
    </message>
    <message>
        <source>ambiguous, several matches, duplicate name, dial by name, alias, multiple users, unclear address</source>
        <translation>ambigu, plusieurs correspondances, nom en double, doublon, numérotation par nom, alias, plusieurs utilisateurs, adresse ambiguë</translation>
    </message>
    <message>
        <source>The person you called is busy on this phone right now.</source>
        <translation>La personne que vous avez appelée est occupée sur ce téléphone en ce moment.</translation>
    </message>
    <message>
        <source>The called phone was reached, but it is already in a call or set to reject extra calls, so it refused this one. It is about the called party, not about your phone or the network. Other phones of the same person may still ring, and trying again later will usually work.</source>
        <translation>Le téléphone appelé a été atteint, mais il est déjà en communication ou réglé pour refuser les appels supplémentaires : il a donc refusé celui-ci. Cela concerne l'appelé, pas votre téléphone ni le réseau. D'autres téléphones de la même personne peuvent encore sonner, et un nouvel essai plus tard fonctionne en général.</translation>
    </message>
    <message>
        <source>Sent by the callee's user agent (RFC 3261 §21.4.24) when it is not willing or able to take another call at this end system. It may carry Retry-After to say when to retry. Unlike 600 Busy Everywhere it speaks only for this device: a forking proxy continues with other branches. RFC 3398 maps it to Q.850 cause 17 (User busy).</source>
        <translation>Envoyée par l'agent utilisateur de l'appelé (RFC 3261 §21.4.24) lorsqu'il ne veut pas ou ne peut pas prendre un autre appel sur ce terminal. Elle peut contenir Retry-After pour indiquer quand réessayer. Contrairement à 600 Busy Everywhere, elle ne concerne que cet appareil : un proxy qui fait du forking continue avec les autres branches. La RFC 3398 la fait correspondre à la cause Q.850 17 (Usager occupé).</translation>
    </message>
    <message>
        <source>The called phone is already in a call and has no call waiting
Do-not-disturb set to answer busy
All lines or channels of the called device are in use
A PBX busy-on-busy or hunt-group limit</source>
        <translation>Le téléphone appelé est déjà en communication et n'a pas de signal d'appel (double appel)
Le mode ne pas déranger est réglé pour répondre occupé
Toutes les lignes ou tous les canaux de l'appareil appelé sont utilisés
Une limite occupé-sur-occupé (busy-on-busy) ou de groupe de recherche sur l'IPBX</translation>
    </message>
    <message>
        <source>Call again in a few minutes
Check whether call waiting or do-not-disturb is set on the called phone
Look for a Retry-After header in the response
If every call gets 486, check the line or channel limit of the called device or trunk</source>
        <translation>Rappelez dans quelques minutes
Vérifiez si le signal d'appel ou le mode ne pas déranger est réglé sur le téléphone appelé
Recherchez un en-tête Retry-After dans la réponse
Si tous les appels reçoivent 486, vérifiez la limite de lignes ou de canaux de l'appareil appelé ou du trunk SIP</translation>
    </message>
    <message>
        <source>busy, engaged, line busy, in a call, occupied, do not disturb, dnd, busy signal</source>
        <translation>occupé, ligne occupée, ça sonne occupé, tonalité d'occupation, déjà en ligne, en communication, en conversation, ne pas déranger, dnd, busy</translation>
    </message>
    <message>
        <source>The call attempt was cancelled before it was answered, usually because the caller hung up.</source>
        <translation>La tentative d'appel a été annulée avant d'être décrochée, en général parce que l'appelant a raccroché.</translation>
    </message>
    <message>
        <source>The call was stopped while it was still ringing, most often because the caller hung up or because another phone answered it. This is a normal end of a call attempt, not a fault. If the caller did not hang up, a timer on the caller's phone or PBX may have cancelled the call.</source>
        <translation>L'appel a été arrêté alors qu'il sonnait encore, le plus souvent parce que l'appelant a raccroché ou qu'un autre téléphone a décroché. C'est une fin normale de tentative d'appel, pas un défaut. Si l'appelant n'a pas raccroché, un temporisateur du téléphone ou de l'IPBX de l'appelant a peut-être annulé l'appel.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.4.25: the request was ended by a BYE or CANCEL. A UAS that accepts a CANCEL answers the CANCEL with 200 and the pending INVITE with 487 (§9.2), and the UAC acknowledges the 487 with ACK. The CANCEL may carry a Reason header (RFC 3326), for example cause=200 when a forking proxy cancels the other branches after one answered. RFC 3398 gives 487 no Q.850 mapping: on the ISUP side the attempt simply ends with normal clearing (cause 16).</source>
        <translation>RFC 3261 §21.4.25 : la requête a été terminée par un BYE ou un CANCEL. Un UAS qui accepte un CANCEL répond 200 au CANCEL et 487 à l'INVITE en attente (§9.2), et l'UAC acquitte la 487 par un ACK. Le CANCEL peut contenir un en-tête Reason (RFC 3326), par exemple cause=200 lorsqu'un proxy qui fait du forking annule les autres branches après qu'une a décroché. La RFC 3398 ne fait correspondre 487 à aucune cause Q.850 : côté ISUP, la tentative se termine simplement par une libération normale (cause 16).</translation>
    </message>
    <message>
        <source>The caller hung up while it was ringing
Another device of a ring group or forked call answered
The caller's phone or PBX cancelled after its own no-answer timeout
Call pickup or a transfer replaced the ringing call
An application or auto-dialler cancelled the attempt</source>
        <translation>L'appelant a raccroché pendant la sonnerie
Un autre appareil d'un groupe de sonnerie ou d'un appel dupliqué par forking a décroché
Le téléphone ou l'IPBX de l'appelant a annulé après son propre délai de non-réponse
Une interception d'appel ou un transfert a remplacé l'appel qui sonnait
Une application ou un numéroteur automatique a annulé la tentative</translation>
    </message>
    <message>
        <source>Usually nothing to do: check whether the caller hung up
Look at the CANCEL and its Reason header to see who cancelled and why
If calls are cut short while ringing, check no-answer timers on the calling phone or PBX
In ring groups, confirm that another member answered</source>
        <translation>En général, rien à faire : vérifiez si l'appelant a raccroché
Examinez le CANCEL et son en-tête Reason pour savoir qui a annulé et pourquoi
Si les appels sont coupés pendant la sonnerie, vérifiez les délais de non-réponse du téléphone ou de l'IPBX appelant
Dans les groupes de sonnerie, vérifiez qu'un autre membre a décroché</translation>
    </message>
    <message>
        <source>cancelled, caller hung up, hang up, abandoned call, answered elsewhere, call pickup, ring timeout, missed call</source>
        <translation>annulé, l'appelant a raccroché, raccroché, appel abandonné, décroché ailleurs, répondu sur un autre poste, interception d'appel, délai de sonnerie, appel manqué, request terminated</translation>
    </message>
    <message>
        <source>The call was refused because the two sides could not agree on how to send the sound or video.</source>
        <translation>L'appel a été refusé parce que les deux côtés n'ont pas réussi à s'entendre sur la façon de transmettre le son ou la vidéo.</translation>
    </message>
    <message>
        <source>The called side was reached but could not accept the proposed call settings, most often because no common voice codec was offered, or because of encryption, fax or video settings. It is a settings mismatch between the two ends or a server in between, not a fault of either line. If this refuses a change during a call, such as a switch to fax, the existing call stays up.</source>
        <translation>Le côté appelé a été atteint mais n'a pas pu accepter les paramètres d'appel proposés, le plus souvent parce qu'aucun codec audio commun n'était proposé, ou à cause de réglages de chiffrement, de fax ou de vidéo. Il s'agit d'une incompatibilité de réglages entre les deux extrémités ou un serveur intermédiaire, et non d'un défaut de l'une des lignes. Si cette réponse refuse une modification en cours d'appel, comme un passage en fax, l'appel existant est maintenu.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.4.26: some aspect of the session description (codecs, media type, transport such as RTP/SAVP, bandwidth, address family) is not acceptable to the resource addressed by the Request-URI; other locations may accept it. A Warning header usually names the reason: 304 Media type not available, 305 Incompatible media format, 302 Incompatible transport protocol, 370 Insufficient bandwidth. Unlike 606 it speaks only for this destination; unlike 415 the body type (SDP) is understood but its content is refused. After a refused re-INVITE the session stays unchanged (§14.1). RFC 3398 takes the Q.850 cause from the Warning code; causes 65 and 70 arrive as 488.</source>
        <translation>RFC 3261 §21.4.26 : un aspect de la description de session (codecs, type de média, transport comme RTP/SAVP, bande passante, famille d'adresses) n'est pas acceptable pour la ressource désignée par la Request-URI ; d'autres emplacements peuvent l'accepter. Un en-tête Warning en indique en général la raison : 304 Media type not available, 305 Incompatible media format, 302 Incompatible transport protocol, 370 Insufficient bandwidth. Contrairement à 606, elle ne concerne que cette destination ; contrairement à 415, le type de corps (SDP) est compris mais son contenu est refusé. Après un re-INVITE refusé, la session reste inchangée (§14.1). La RFC 3398 tire la cause Q.850 du code Warning ; les causes 65 et 70 arrivent en 488.</translation>
    </message>
    <message>
        <source>No codec in common, for example G.729 only offered to a side that allows only G.711 or Opus
Encryption mismatch: SRTP required on one side, plain RTP on the other
A T.38 fax re-INVITE refused by a side without fax support
Video or other media offered to a voice-only device
IPv4/IPv6 or transport mismatch in the SDP
Codec restrictions on an SBC or transcoder in the path</source>
        <translation>Aucun codec en commun, par exemple seul G.729 proposé à un côté qui n'autorise que G.711 ou Opus
Incompatibilité de chiffrement : SRTP exigé d'un côté, RTP en clair de l'autre
Un re-INVITE de fax T.38 refusé par un côté qui ne gère pas le fax
De la vidéo ou un autre média proposé à un appareil uniquement vocal
Incompatibilité IPv4/IPv6 ou de transport dans le SDP
Des restrictions de codecs sur un SBC ou un transcodeur du trajet</translation>
    </message>
    <message>
        <source>Read the Warning header code for the exact reason
Compare the codecs in the offer with those allowed on the far end and on SBCs
Check SRTP and encryption settings on both sides
For fax, check T.38 and G.711 pass-through settings
Add a common codec or enable transcoding</source>
        <translation>Lisez le code de l'en-tête Warning pour connaître la raison exacte
Comparez les codecs de l'offre avec ceux autorisés au correspondant et sur les SBC
Vérifiez les réglages SRTP et de chiffrement des deux côtés
Pour le fax, vérifiez les réglages T.38 et de passage transparent en G.711 (pass-through)
Ajoutez un codec commun ou activez le transcodage</translation>
    </message>
    <message>
        <source>codec mismatch, no common codec, incompatible codec, media negotiation failed, sdp, srtp, fax failed, t.38, video call failed, not acceptable</source>
        <translation>codec incompatible, incompatibilité de codec, pas de codec commun, échec de la négociation des médias, sdp, srtp, chiffrement, échec du fax, le fax ne passe pas, t.38, échec de l'appel vidéo, not acceptable here</translation>
    </message>
    <message>
        <source>The phone asked the server for a kind of status update that the server does not offer.</source>
        <translation>Le téléphone a demandé au serveur un type de mise à jour de statut que le serveur ne propose pas.</translation>
    </message>
    <message>
        <source>Phones subscribe to updates such as the voicemail light, presence or the busy lamp of a colleague's line. The server received such a request for an update type it does not support and refused it. It usually comes from a phone key or setting that does not match what the server offers; normal calls are not affected.</source>
        <translation>Les téléphones s'abonnent à des mises à jour comme le voyant de messagerie vocale, la présence ou le voyant d'occupation de la ligne d'un collègue. Le serveur a reçu une telle demande pour un type de mise à jour qu'il ne prend pas en charge et l'a refusée. Cela vient en général d'une touche ou d'un réglage du téléphone qui ne correspond pas à ce que propose le serveur ; les appels normaux ne sont pas touchés.</translation>
    </message>
    <message>
        <source>Busy lamp (dialog), presence or voicemail (message-summary) subscription to a server without that package
A provisioning or vendor-specific event the server does not know
A misspelt event name or an unsupported event parameter
An unsolicited NOTIFY with an event type the phone does not handle
Subscriptions sent to the wrong server, such as the trunk instead of the PBX</source>
        <translation>Abonnement de supervision (dialog), de présence ou de messagerie vocale (message-summary) auprès d'un serveur qui ne gère pas ce paquetage
Un événement de provisionnement ou propre à un fabricant que le serveur ne connaît pas
Un nom d'événement mal orthographié ou un paramètre d'événement non pris en charge
Un NOTIFY non sollicité avec un type d'événement que le téléphone ne gère pas
Des abonnements envoyés au mauvais serveur, par exemple au trunk SIP au lieu de l'IPBX</translation>
    </message>
    <message>
        <source>blf, busy lamp field, presence, voicemail light, mwi, subscribe failed, event package, notify, status light not working</source>
        <translation>blf, supervision, voyant d'occupation, présence, voyant de messagerie, mwi, échec de l'abonnement, paquetage d'événements, event package, notify, le voyant ne fonctionne pas</translation>
    </message>
    <message>
        <source>Both sides tried to change the call at the same moment, so one change was put off and will be retried.</source>
        <translation>Les deux côtés ont essayé de modifier l'appel au même moment : une modification a donc été différée et sera réessayée.</translation>
    </message>
    <message>
        <source>While the call was being changed, for example put on hold, resumed or switched to fax, the other side sent its own change at the same time. To avoid confusion one of them was turned down for now. The phones normally retry by themselves after a short random wait, so the call usually carries on without any action.</source>
        <translation>Pendant que l'appel était modifié, par exemple mis en attente, repris ou passé en fax, l'autre côté a envoyé sa propre modification au même moment. Pour éviter toute confusion, l'une d'elles a été refusée pour l'instant. Les téléphones réessaient normalement d'eux-mêmes après une courte attente aléatoire : l'appel se poursuit donc en général sans intervention.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.4.27 and §14.2: a UAS that receives a re-INVITE (or an UPDATE, RFC 3311) in a dialog while its own offer in that dialog is still pending answers 491 (glare). Per §14.1 the UAC waits a random time before retrying: 2.1 to 4 seconds in 10 ms steps if it generated the Call-ID, 0 to 2 seconds otherwise. A UAS still processing an earlier incoming re-INVITE answers 500 with Retry-After instead. The refused request leaves the session unchanged.</source>
        <translation>RFC 3261 §21.4.27 et §14.2 : un UAS qui reçoit un re-INVITE (ou un UPDATE, RFC 3311) dans un dialogue alors que sa propre offre dans ce dialogue est encore en attente répond 491 (glare, collision). Selon le §14.1, l'UAC attend un délai aléatoire avant de réessayer : 2,1 à 4 secondes par pas de 10 ms s'il a généré le Call-ID, 0 à 2 secondes sinon. Un UAS qui traite encore un re-INVITE entrant antérieur répond plutôt 500 avec Retry-After. La requête refusée laisse la session inchangée.</translation>
    </message>
    <message>
        <source>Both ends send a re-INVITE at once (hold, resume, session refresh)
Both fax gateways try to switch to T.38 at the same time
Session timer refreshes sent by both sides, or by an SBC and an endpoint
An SBC or B2BUA that sends its own re-INVITE while another is in progress
A device that retries at once instead of waiting the random delay</source>
        <translation>Les deux extrémités envoient un re-INVITE en même temps (mise en attente, reprise, rafraîchissement de session)
Les deux passerelles fax essaient de passer en T.38 en même temps
Des rafraîchissements de session timer envoyés par les deux côtés, ou par un SBC et un terminal
Un SBC ou un B2BUA qui envoie son propre re-INVITE pendant qu'un autre est en cours
Un appareil qui réessaie immédiatement au lieu d'attendre le délai aléatoire</translation>
    </message>
    <message>
        <source>Usually nothing to do: confirm that the retry succeeded after the delay
Check that each side waits the random delay before retrying
Let only one side refresh session timers (refresher parameter)
Let only one fax gateway start the T.38 switch</source>
        <translation>En général, rien à faire : vérifiez que le nouvel essai a réussi après le délai
Vérifiez que chaque côté attend le délai aléatoire avant de réessayer
Ne laissez qu'un seul côté rafraîchir les session timers (paramètre refresher)
Ne laissez qu'une seule passerelle fax déclencher le passage en T.38</translation>
    </message>
    <message>
        <source>glare, re-invite, request pending, collision, simultaneous requests, hold failed, fax switch, t.38, session refresh</source>
        <translation>glare, collision, re-invite, request pending, requête en attente, requêtes simultanées, mise en attente impossible, échec de la mise en attente, passage en fax, t.38, rafraîchissement de session</translation>
    </message>
    <message>
        <source>The other side could not read an encrypted part of the message, so it refused it.</source>
        <translation>L'autre côté n'a pas pu lire une partie chiffrée du message, il l'a donc refusé.</translation>
    </message>
    <message>
        <source>Part of the request was encrypted so that only the receiver could read it, but the receiver could not decrypt it, usually because it lacks the right key or the sender used the wrong one. It is a security setup mismatch between the two systems. It is rare, because most systems encrypt the connection rather than parts of messages.</source>
        <translation>Une partie de la requête était chiffrée pour que seul le destinataire puisse la lire, mais le destinataire n'a pas pu la déchiffrer, en général parce qu'il n'a pas la bonne clé ou que l'émetteur a utilisé la mauvaise. Il s'agit d'une incohérence de configuration de sécurité entre les deux systèmes. C'est rare, car la plupart des systèmes chiffrent la connexion plutôt que des parties de messages.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.4.28: the request contained an encrypted MIME body (S/MIME, §23) for which the recipient does not possess, or will not provide, a suitable decryption key. The response may carry a single body with the public key the sender should use to encrypt bodies for this UA. End-to-end S/MIME is seldom deployed, and hop-by-hop TLS never produces 493. Compare 415, used when the body type itself is not supported.</source>
        <translation>RFC 3261 §21.4.28 : la requête contenait un corps MIME chiffré (S/MIME, §23) pour lequel le destinataire ne possède pas, ou ne veut pas fournir, de clé de déchiffrement adaptée. La réponse peut contenir un corps unique avec la clé publique que l'émetteur doit utiliser pour chiffrer les corps destinés à cet UA. Le S/MIME de bout en bout est rarement déployé, et le TLS de saut en saut ne produit jamais de 493. À comparer avec 415, utilisée lorsque le type de corps lui-même n'est pas pris en charge.</translation>
    </message>
    <message>
        <source>The body was encrypted with an old or wrong public key of the recipient
The recipient's private key or certificate is missing or expired
S/MIME body encryption switched on at one end only
An intermediary that altered the encrypted body</source>
        <translation>Le corps a été chiffré avec une clé publique ancienne ou erronée du destinataire
La clé privée ou le certificat du destinataire est absent ou expiré
Le chiffrement des corps S/MIME n'est activé que d'un côté
Un intermédiaire a modifié le corps chiffré</translation>
    </message>
    <message>
        <source>Check which certificate the sender used and whether it belongs to the recipient
Use the public key returned in the 493 body, if any, and retry
Check certificate stores and expiry dates on both ends
Switch off S/MIME body encryption if it is not required</source>
        <translation>Vérifiez quel certificat l'émetteur a utilisé et s'il appartient bien au destinataire
Utilisez la clé publique renvoyée dans le corps de la 493, s'il y en a une, et réessayez
Vérifiez les magasins de certificats et les dates d'expiration des deux côtés
Désactivez le chiffrement des corps S/MIME s'il n'est pas nécessaire</translation>
    </message>
    <message>
        <source>encryption, s/mime, cannot decrypt, encrypted body, certificate, key mismatch, security</source>
        <translation>chiffrement, cryptage, s/mime, impossible de déchiffrer, corps chiffré, certificat, clé incorrecte, clés différentes, sécurité</translation>
    </message>
    <message>
        <source>The server requires the phone to set up a protected connection first, and the phone did not do so.</source>
        <translation>Le serveur exige que le téléphone établisse d'abord une connexion protégée, et le téléphone ne l'a pas fait.</translation>
    </message>
    <message>
        <source>The provider's server only accepts requests after the phone and the server have agreed on a security method, such as an encrypted tunnel. The phone did not offer it or did not complete it correctly. It is typical of mobile and IMS-based services (VoLTE, Wi-Fi calling) and points to a phone or client setting, not to the account or the called party.</source>
        <translation>Le serveur de l'opérateur n'accepte les requêtes qu'une fois que le téléphone et le serveur se sont mis d'accord sur une méthode de sécurité, comme un tunnel chiffré. Le téléphone ne l'a pas proposée ou ne l'a pas menée à bien correctement. C'est typique des services mobiles et IMS (VoLTE, appels Wi-Fi) et cela indique un réglage du téléphone ou du client, et non un problème de compte ou de l'appelé.</translation>
    </message>
    <message>
        <source>RFC 3329 §2.3.1 (security mechanism agreement): a server that receives an unprotected request with sec-agree in Require or Proxy-Require answers 494 with a Security-Server header listing its mechanisms (tls, digest, ipsec-ike, ipsec-man, ipsec-3gpp). The client picks one, sets it up and resends, echoing the server's list in Security-Verify. In 3GPP IMS the P-CSCF normally sends Security-Server in the 401 to the first REGISTER, so a later 494 usually means a missing or mismatched Security-Verify or a request sent outside the IPsec security association.</source>
        <translation>RFC 3329 §2.3.1 (accord sur le mécanisme de sécurité) : un serveur qui reçoit une requête non protégée avec sec-agree dans Require ou Proxy-Require répond 494 avec un en-tête Security-Server qui liste ses mécanismes (tls, digest, ipsec-ike, ipsec-man, ipsec-3gpp). Le client en choisit un, le met en place et renvoie la requête en reprenant la liste du serveur dans Security-Verify. Dans l'IMS du 3GPP, le P-CSCF envoie normalement Security-Server dans la 401 en réponse au premier REGISTER : une 494 ultérieure signifie donc en général un Security-Verify absent ou incohérent, ou une requête envoyée en dehors de l'association de sécurité IPsec.</translation>
    </message>
    <message>
        <source>The client sent no Security-Client, or did not finish the IPsec or TLS setup
Security-Verify missing or not matching the server's Security-Server list
A request sent to the unprotected port instead of the protected one
An SBC or proxy that removes Security-Client, Security-Server or Security-Verify
IMS or VoLTE client settings (IPsec, sec-agree) disabled or wrong</source>
        <translation>Le client n'a pas envoyé de Security-Client, ou n'a pas terminé la mise en place d'IPsec ou de TLS
Security-Verify absent ou ne correspondant pas à la liste Security-Server du serveur
Une requête envoyée sur le port non protégé au lieu du port protégé
Un SBC ou un proxy qui supprime Security-Client, Security-Server ou Security-Verify
Réglages du client IMS ou VoLTE (IPsec, sec-agree) désactivés ou erronés</translation>
    </message>
    <message>
        <source>Compare Security-Client, Security-Server and Security-Verify across the exchange
Check that the client supports and has enabled one of the offered mechanisms
Check that requests after registration go to the protected ports
Check intermediaries for removed security headers
Register the client again to restart the negotiation</source>
        <translation>Comparez Security-Client, Security-Server et Security-Verify tout au long de l'échange
Vérifiez que le client prend en charge et a activé l'un des mécanismes proposés
Vérifiez que les requêtes postérieures à l'enregistrement vont vers les ports protégés
Vérifiez que les intermédiaires ne suppriment pas les en-têtes de sécurité
Réenregistrez le client pour relancer la négociation</translation>
    </message>
    <message>
        <source>volte, ims, ipsec, wifi calling, vowifi, security agreement, sec-agree, registration failed, cannot register, p-cscf</source>
        <translation>volte, ims, ipsec, appels wi-fi, appel wifi, vowifi, accord de sécurité, sec-agree, échec d'enregistrement, impossible de s'enregistrer, p-cscf</translation>
    </message>
    <message>
        <source>A server handling the call ran into an unexpected problem and could not complete it.</source>
        <translation>Un serveur qui traitait l'appel a rencontré un problème inattendu et n'a pas pu le mener à bien.</translation>
    </message>
    <message>
        <source>A server along the way, usually at the provider or on the called side, hit an internal error while working on the call or request. It is a fault on the server side, not a problem with your phone settings or with the number you dialled. Trying again a little later often works, especially if the server says when.</source>
        <translation>Un serveur sur le trajet, en général chez l'opérateur ou du côté appelé, a rencontré une erreur interne en traitant l'appel ou la requête. C'est une panne côté serveur, pas un problème de réglages de votre téléphone ni du numéro composé. Un nouvel essai un peu plus tard fonctionne souvent, surtout si le serveur indique quand réessayer.</translation>
    </message>
    <message>
        <source>Sent by a UAS or proxy that met an unexpected condition preventing it from fulfilling the request (RFC 3261 §21.5.1); a client also treats any unknown 5xx code as 500 (§8.1.3.2). It may carry Retry-After, after which the client may retry. Unlike 503, which reports a temporary inability to serve (overload, maintenance) and invites failover to another server, 500 says this request failed inside the server; a proxy that only received 503 from downstream also answers 500 upstream (§16.7). RFC 3398 maps Q.850 causes 111 (Protocol error, unspecified) and 127 (Interworking, unspecified) to 500, and 500 back to cause 41 (Temporary failure).</source>
        <translation>Envoyée par un UAS ou un proxy qui a rencontré une situation inattendue l'empêchant de satisfaire la requête (RFC 3261 §21.5.1) ; un client traite aussi tout code 5xx inconnu comme 500 (§8.1.3.2). Elle peut contenir Retry-After, après quoi le client peut réessayer. Contrairement à 503, qui signale une incapacité temporaire à servir (surcharge, maintenance) et invite à basculer vers un autre serveur, 500 indique que cette requête a échoué à l'intérieur du serveur ; un proxy qui n'a reçu que des 503 de l'aval répond aussi 500 vers l'amont (§16.7). La RFC 3398 fait correspondre les causes Q.850 111 (Erreur de protocole, non spécifiée) et 127 (Interfonctionnement, non spécifié) à 500, et 500 à la cause 41 (Défaillance temporaire).</translation>
    </message>
    <message>
        <source>A software bug or crash in a proxy, PBX, SBC or gateway
An error in the routing script or dial plan (failed database lookup, script exception)
A back-end system such as a database or billing server failed
A gateway could not translate the call to or from the phone network
A downstream server answered 503 and the proxy turned it into 500</source>
        <translation>Un bogue logiciel ou un plantage dans un proxy, un IPBX, un SBC ou une passerelle
Une erreur dans le script de routage ou le plan de numérotation (échec de consultation de base de données, exception de script)
Une défaillance d'un système en arrière-plan, comme une base de données ou un serveur de facturation
Une passerelle n'a pas pu convertir l'appel depuis ou vers le réseau téléphonique
Un serveur en aval a répondu 503 et le proxy l'a transformé en 500</translation>
    </message>
    <message>
        <source>Retry the call; if a Retry-After header is present, wait that long first
Check whether all calls fail or only calls to certain numbers or routes
Read the Server, Warning and Reason headers to see which element failed and why
Check the logs of the server that sent the 500 at the time of the call
Report it to the provider with the Call-ID and time if it keeps happening</source>
        <translation>Réessayez l'appel ; si un en-tête Retry-After est présent, attendez d'abord la durée indiquée
Vérifiez si tous les appels échouent ou seulement ceux vers certains numéros ou certaines routes
Lisez les en-têtes Server, Warning et Reason pour savoir quel élément a échoué et pourquoi
Consultez les journaux du serveur qui a envoyé la 500 au moment de l'appel
Signalez-le à l'opérateur avec le Call-ID et l'heure si cela se reproduit</translation>
    </message>
    <message>
        <source>server error, internal error, internal server error, server problem, system error, provider problem, call failed, crash, try again later</source>
        <translation>erreur serveur, erreur interne, erreur interne du serveur, problème serveur, erreur système, problème chez l'opérateur, échec de l'appel, plantage, réessayer plus tard, internal server error</translation>
    </message>
    <message>
        <source>The equipment you reached does not support the kind of request your phone sent.</source>
        <translation>L'équipement joint ne prend pas en charge le type de requête envoyé par votre téléphone.</translation>
    </message>
    <message>
        <source>Your phone or system asked for something the other side does not know how to do, usually a feature such as messaging, presence or call transfer rather than a plain call. It is a capability gap between the two sides, not a network outage. Normal calls usually still work.</source>
        <translation>Votre téléphone ou votre système a demandé quelque chose que l'autre côté ne sait pas faire, en général une fonction comme la messagerie instantanée, la présence ou le transfert d'appel plutôt qu'un simple appel. Il s'agit d'une différence de capacités entre les deux côtés, et non d'une panne du réseau. Les appels normaux fonctionnent en général toujours.</translation>
    </message>
    <message>
        <source>Sent when the server does not support the functionality needed to fulfil the request, typically because a UAS does not recognise the request method for any user (RFC 3261 §21.5.2); proxies forward unknown methods instead of answering 501. Contrast 405 Method Not Allowed: there the method is known but not allowed for this Request-URI, and the response lists the allowed ones in Allow. RFC 3398 maps Q.850 causes 29 (Facility rejected) and 79 (Service or option not implemented, unspecified) to 501, and 501 back to cause 79.</source>
        <translation>Envoyée lorsque le serveur ne prend pas en charge la fonctionnalité nécessaire pour satisfaire la requête, typiquement parce qu'un UAS ne reconnaît la méthode de la requête pour aucun utilisateur (RFC 3261 §21.5.2) ; les proxys relaient les méthodes inconnues au lieu de répondre 501. À distinguer de 405 Method Not Allowed : dans ce cas la méthode est connue mais non autorisée pour cette Request-URI, et la réponse liste les méthodes autorisées dans Allow. La RFC 3398 fait correspondre les causes Q.850 29 (Service complémentaire rejeté) et 79 (Service ou option non mis en œuvre, non spécifié) à 501, et 501 à la cause 79.</translation>
    </message>
    <message>
        <source>The far end does not support a method such as UPDATE, INFO, MESSAGE, REFER, PUBLISH or SUBSCRIBE
A PBX or gateway does not offer the supplementary service requested (transfer, presence, messaging)
The phone network rejected a facility or service requested through a gateway
The request went to a device that only handles calls, such as a media server or trunk</source>
        <translation>Le correspondant ne prend pas en charge une méthode comme UPDATE, INFO, MESSAGE, REFER, PUBLISH ou SUBSCRIBE
Un IPBX ou une passerelle ne propose pas le service complémentaire demandé (transfert, présence, messagerie)
Le réseau téléphonique a refusé un service complémentaire demandé via une passerelle
La requête est allée à un appareil qui ne gère que les appels, comme un serveur de médias ou un trunk SIP</translation>
    </message>
    <message>
        <source>Check which method was rejected (CSeq line) and compare with the far end's Allow header
Disable the feature on the phone (for example SMS, presence or transfer by REFER)
Use an alternative the far end supports (re-INVITE instead of UPDATE, RTP events instead of INFO for DTMF)
Ask the provider whether the service is offered on this trunk</source>
        <translation>Vérifiez quelle méthode a été refusée (ligne CSeq) et comparez-la avec l'en-tête Allow du correspondant
Désactivez la fonction sur le téléphone (par exemple SMS, présence ou transfert par REFER)
Utilisez une alternative que le correspondant prend en charge (re-INVITE au lieu d'UPDATE, événements RTP au lieu d'INFO pour les DTMF)
Demandez à l'opérateur si le service est proposé sur ce trunk SIP</translation>
    </message>
    <message>
        <source>not implemented, not supported, feature not supported, unsupported method, transfer not working, messaging not supported, presence, sms</source>
        <translation>non implémenté, non mis en œuvre, non pris en charge, fonction non prise en charge, méthode non prise en charge, le transfert ne marche pas, messagerie non prise en charge, présence, sms, not implemented</translation>
    </message>
    <message>
        <source>A system in the network got a bad answer from the next system while trying to connect your call.</source>
        <translation>Un système du réseau a reçu une réponse incorrecte du système suivant en essayant d'établir votre appel.</translation>
    </message>
    <message>
        <source>A gateway or server passed your call on to another system, such as the phone network or another provider, and got back an answer it could not use. From the phone network it often means the called line or exchange is out of order. The fault lies in the network beyond the first server, not in your phone.</source>
        <translation>Une passerelle ou un serveur a transmis votre appel à un autre système, comme le réseau téléphonique ou un autre opérateur, et a reçu en retour une réponse inutilisable. Venant du réseau téléphonique, cela signifie souvent que la ligne ou le central appelé est hors service. Le défaut se situe dans le réseau au-delà du premier serveur, pas dans votre téléphone.</translation>
    </message>
    <message>
        <source>Sent by a proxy or gateway that received an invalid response from a downstream server it accessed while trying to fulfil the request (RFC 3261 §21.5.3). For PSTN interworking RFC 3398 maps Q.850 cause 27 (Destination out of order) to 502, so a 502 from a carrier gateway often means the called line or remote exchange cannot be reached rather than a SIP syntax problem; in the other direction 502 maps to cause 38 (Network out of order). Compare 504 (the downstream server did not answer in time) and 503 (this server itself cannot serve).</source>
        <translation>Envoyée par un proxy ou une passerelle qui a reçu une réponse invalide d'un serveur en aval qu'il a sollicité pour satisfaire la requête (RFC 3261 §21.5.3). Pour l'interfonctionnement avec le RTC, la RFC 3398 fait correspondre la cause Q.850 27 (Destination hors service) à 502 : une 502 venant de la passerelle d'un opérateur signifie donc souvent que la ligne appelée ou le central distant est injoignable plutôt qu'un problème de syntaxe SIP ; dans l'autre sens, 502 correspond à la cause 38 (Réseau hors service). À comparer avec 504 (le serveur en aval n'a pas répondu à temps) et 503 (ce serveur lui-même ne peut pas servir).</translation>
    </message>
    <message>
        <source>The called line or remote exchange is out of order (Q.850 cause 27 from the phone network)
A downstream server returned a malformed or unusable response
An interconnect between providers or a trunk to the phone network is failing
An SBC or gateway could not interpret the far end's answer (interworking mismatch)
Routing sends calls to a system that is not a working SIP server</source>
        <translation>La ligne appelée ou le central distant est hors service (cause Q.850 27 venant du réseau téléphonique)
Un serveur en aval a renvoyé une réponse mal formée ou inutilisable
Une interconnexion entre opérateurs ou un trunk vers le réseau téléphonique est défaillant
Un SBC ou une passerelle n'a pas pu interpréter la réponse du correspondant (incompatibilité d'interfonctionnement)
Le routage envoie les appels vers un système qui n'est pas un serveur SIP fonctionnel</translation>
    </message>
    <message>
        <source>Call another number over the same route to see whether one destination or the whole route fails
Check the Reason header for a Q.850 cause (27 points to the destination being out of order)
Try again later; if only one number fails, the called line may be faulty
Check the logs of the gateway that sent 502 for the downstream answer it rejected
Report the failing route to the carrier with call times and Call-IDs</source>
        <translation>Appelez un autre numéro par la même route pour voir si c'est une destination ou toute la route qui échoue
Recherchez une cause Q.850 dans l'en-tête Reason (27 indique une destination hors service)
Réessayez plus tard ; si un seul numéro échoue, la ligne appelée est peut-être en dérangement
Consultez les journaux de la passerelle qui a envoyé la 502 pour voir la réponse de l'aval qu'elle a rejetée
Signalez la route défaillante à l'opérateur avec les heures d'appel et les Call-ID</translation>
    </message>
    <message>
        <source>bad gateway, gateway error, destination out of order, line out of order, trunk problem, carrier problem, network error, provider problem</source>
        <translation>bad gateway, erreur de passerelle, passerelle, destination hors service, ligne hors service, ligne en dérangement, problème de trunk, problème chez l'opérateur, erreur réseau, problème d'interconnexion</translation>
    </message>
    <message>
        <source>The phone service is temporarily unavailable, for example because a server is down, overloaded or under maintenance.</source>
        <translation>Le service téléphonique est temporairement indisponible, par exemple parce qu'un serveur est en panne, surchargé ou en maintenance.</translation>
    </message>
    <message>
        <source>A server that should handle the call cannot do so right now: it is overloaded, under maintenance, or has lost its link to the next network (for example a trunk is down). Your own phone also shows 503 when it could not reach the server at all, in which case nothing came back from the network. Either way it is a temporary problem on the provider or server side, not with the number you called.</source>
        <translation>Un serveur qui devrait traiter l'appel ne peut pas le faire pour le moment : il est surchargé, en maintenance, ou a perdu sa liaison avec le réseau suivant (par exemple un trunk SIP est tombé). Votre propre téléphone affiche aussi 503 lorsqu'il n'a pas du tout pu joindre le serveur, et dans ce cas rien n'est revenu du réseau. Dans les deux cas, il s'agit d'un problème temporaire du côté de l'opérateur ou du serveur, et non du numéro appelé.</translation>
    </message>
    <message>
        <source>Sent by a server temporarily unable to process the request because of overload or maintenance (RFC 3261 §21.5.4); it may carry Retry-After, and without it the client handles it like 500. Unlike 500, it invites failover: after a 503, a timeout or a transport failure the client should try the next server from the DNS SRV/A list (RFC 3263 §4.3). A proxy should not forward a 503 upstream unless it cannot serve any request itself (§16.7). A UAC also reports a fatal transport error locally as if 503 had arrived (§8.1.3.1), so check whether it really came from the network. RFC 3398 maps Q.850 causes 34, 38, 41, 42, 47, 58 and 88 to 503, and 503 back to cause 41 (Temporary failure).</source>
        <translation>Envoyée par un serveur temporairement incapable de traiter la requête en raison d'une surcharge ou d'une maintenance (RFC 3261 §21.5.4) ; elle peut contenir Retry-After, et sans cet en-tête le client la traite comme 500. Contrairement à 500, elle invite à basculer : après une 503, une expiration ou un échec de transport, le client doit essayer le serveur suivant de la liste DNS SRV/A (RFC 3263 §4.3). Un proxy ne doit pas relayer une 503 vers l'amont, sauf s'il ne peut lui-même servir aucune requête (§16.7). Un UAC signale aussi localement une erreur de transport fatale comme si une 503 était arrivée (§8.1.3.1) : vérifiez donc si elle vient réellement du réseau. La RFC 3398 fait correspondre les causes Q.850 34, 38, 41, 42, 47, 58 et 88 à 503, et 503 à la cause 41 (Défaillance temporaire).</translation>
    </message>
    <message>
        <source>Server overloaded or rate-limiting calls
Planned maintenance or a server being restarted
All trunks or channels to the phone network busy or down (trunk down)
The next server or gateway is unreachable, or the provider has an outage
A call or channel limit reached on a PBX or trunk
Your phone could not reach the server at all and reported 503 itself</source>
        <translation>Serveur surchargé ou limitant le débit des appels
Maintenance planifiée ou serveur en cours de redémarrage
Tous les trunks ou canaux vers le réseau téléphonique sont occupés ou hors service (trunk down)
Le serveur ou la passerelle suivant est injoignable, ou l'opérateur subit une panne
Une limite d'appels ou de canaux atteinte sur un IPBX ou un trunk SIP
Votre téléphone n'a pas du tout pu joindre le serveur et a signalé 503 lui-même</translation>
    </message>
    <message>
        <source>Check whether the 503 came from the network or was generated locally by the phone (look for it in a capture)
Wait and retry; if a Retry-After header is present, wait that long
Make sure backup servers are configured so the phone can fail over (DNS SRV)
Check trunk and gateway status and channel limits on the PBX
Check the provider's status page or contact them if all calls fail</source>
        <translation>Vérifiez si la 503 vient du réseau ou a été générée localement par le téléphone (cherchez-la dans une capture)
Patientez et réessayez ; si un en-tête Retry-After est présent, attendez la durée indiquée
Assurez-vous que des serveurs de secours sont configurés pour que le téléphone puisse basculer (DNS SRV)
Vérifiez l'état des trunks et des passerelles ainsi que les limites de canaux sur l'IPBX
Consultez la page d'état de l'opérateur ou contactez-le si tous les appels échouent</translation>
    </message>
    <message>
        <source>service unavailable, server down, overloaded, maintenance, trunk down, outage, no service, unreachable, network problem, try again later</source>
        <translation>service indisponible, service unavailable, serveur en panne, serveur hors service, surchargé, maintenance, trunk tombé, panne, incident, pas de service, injoignable, problème réseau, réessayer plus tard</translation>
    </message>
    <message>
        <source>A server in the network waited too long for another system to answer and gave up.</source>
        <translation>Un serveur du réseau a attendu trop longtemps la réponse d'un autre système et a abandonné.</translation>
    </message>
    <message>
        <source>The server handling your call passed it on to another system, such as another server, a gateway or the phone network, and got no reply in time. The problem is between systems in the network, not with your phone or with the person you called. Trying again later often works.</source>
        <translation>Le serveur qui traitait votre appel l'a transmis à un autre système, comme un autre serveur, une passerelle ou le réseau téléphonique, et n'a pas reçu de réponse à temps. Le problème se situe entre des systèmes du réseau, pas dans votre téléphone ni chez la personne appelée. Un nouvel essai plus tard fonctionne souvent.</translation>
    </message>
    <message>
        <source>Sent when the server did not receive a timely response from an external server it accessed while processing the request (RFC 3261 §21.5.5), such as a downstream proxy, gateway, location or routing database. Compare 408: a server uses 408 when it could not produce an answer in time itself (for example nothing within the Expires interval), and a UAC reports its own transaction timeout locally as if 408 had arrived (§8.1.3.1). RFC 3398 maps Q.850 cause 102 (Recovery on timer expiry) to 504, and 504 back to cause 102.</source>
        <translation>Envoyée lorsque le serveur n'a pas reçu à temps de réponse d'un serveur externe qu'il a sollicité pendant le traitement de la requête (RFC 3261 §21.5.5), comme un proxy en aval, une passerelle, une base de localisation ou de routage. À comparer avec 408 : un serveur utilise 408 lorsqu'il n'a pas pu produire lui-même une réponse à temps (par exemple rien dans l'intervalle Expires), et un UAC signale l'expiration de sa propre transaction localement comme si un 408 était arrivé (§8.1.3.1). La RFC 3398 fait correspondre la cause Q.850 102 (Reprise sur expiration de temporisateur) à 504, et 504 à la cause 102.</translation>
    </message>
    <message>
        <source>A downstream server, gateway or trunk did not answer in time
A database, location or routing lookup timed out
Packet loss or network problems between servers
An overloaded downstream system
Slow or failing DNS for the next hop</source>
        <translation>Un serveur, une passerelle ou un trunk SIP en aval n'a pas répondu à temps
Une consultation de base de données, de localisation ou de routage a expiré
Des pertes de paquets ou des problèmes réseau entre serveurs
Un système en aval surchargé
Un DNS lent ou défaillant pour le saut suivant</translation>
    </message>
    <message>
        <source>Retry the call
Find which element sent the 504 (Server header, Via) and which system it was waiting for
Check logs and latency between that server and its next hop or back end
Check the health of trunks and gateways beyond the server
Report repeated 504s to the provider with times and Call-IDs</source>
        <translation>Réessayez l'appel
Trouvez quel élément a envoyé la 504 (en-tête Server, Via) et quel système il attendait
Vérifiez les journaux et la latence entre ce serveur et son saut suivant ou son système en arrière-plan
Vérifiez l'état des trunks et des passerelles au-delà du serveur
Signalez les 504 répétées à l'opérateur avec les heures et les Call-ID</translation>
    </message>
    <message>
        <source>timeout, time-out, server timeout, gateway timeout, no response, slow network, trunk down, provider problem</source>
        <translation>timeout, time-out, délai dépassé, expiration du serveur, gateway timeout, pas de réponse, réseau lent, trunk tombé, problème chez l'opérateur</translation>
    </message>
    <message>
        <source>The server did not accept the version of the SIP protocol your equipment used.</source>
        <translation>Le serveur n'a pas accepté la version du protocole SIP utilisée par votre équipement.</translation>
    </message>
    <message>
        <source>Every SIP message states which protocol version it follows, and today that is always SIP/2.0. The server received something else, or could not read that part of the message, and refused it. It points to faulty or very old equipment, or to something in the network damaging the messages, not to the number you called.</source>
        <translation>Chaque message SIP indique la version du protocole qu'il suit, et aujourd'hui c'est toujours SIP/2.0. Le serveur a reçu autre chose, ou n'a pas pu lire cette partie du message, et l'a refusé. Cela indique un équipement défectueux ou très ancien, ou un élément du réseau qui abîme les messages, et non un problème du numéro appelé.</translation>
    </message>
    <message>
        <source>Sent by a server that does not support, or refuses to support, the SIP version in the request line (RFC 3261 §21.5.6). The only version in use is SIP/2.0 (RFC 3261 §7.1), so a 505 usually means a malformed request line, a non-SIP client, or a middlebox such as a SIP ALG corrupting the message. RFC 3398 maps 505 to Q.850 cause 127 (Interworking, unspecified).</source>
        <translation>Envoyée par un serveur qui ne prend pas en charge, ou refuse de prendre en charge, la version SIP de la ligne de requête (RFC 3261 §21.5.6). La seule version utilisée est SIP/2.0 (RFC 3261 §7.1) : une 505 signifie donc en général une ligne de requête mal formée, un client non SIP ou un équipement intermédiaire, comme un SIP ALG, qui corrompt le message. La RFC 3398 fait correspondre 505 à la cause Q.850 127 (Interfonctionnement, non spécifié).</translation>
    </message>
    <message>
        <source>A malformed request line (wrong version string, extra spaces, wrong line endings)
A SIP ALG in a router or firewall rewriting and corrupting messages
Very old or non-standard equipment
Scanners or non-SIP traffic sent to the SIP port
A script or test tool building requests by hand</source>
        <translation>Une ligne de requête mal formée (mauvaise chaîne de version, espaces en trop, mauvaises fins de ligne)
Un SIP ALG dans un routeur ou un pare-feu qui réécrit et corrompt les messages
Un équipement très ancien ou non standard
Des scanners ou du trafic non SIP envoyés sur le port SIP
Un script ou un outil de test qui construit les requêtes à la main</translation>
    </message>
    <message>
        <source>Capture the request and check that its first line ends with SIP/2.0
Disable the SIP ALG on the router or firewall
Update the firmware or software of the sending device
If the traffic comes from an unknown source, treat it as a scan and block it</source>
        <translation>Capturez la requête et vérifiez que sa première ligne se termine par SIP/2.0
Désactivez le SIP ALG du routeur ou du pare-feu
Mettez à jour le firmware ou le logiciel de l'appareil émetteur
Si le trafic vient d'une source inconnue, traitez-le comme un scan et bloquez-le</translation>
    </message>
    <message>
        <source>version not supported, sip version, protocol version, sip/2.0, malformed, sip alg, old equipment</source>
        <translation>version non prise en charge, version sip, version du protocole, sip/2.0, mal formé, sip alg, équipement ancien, vieil équipement</translation>
    </message>
    <message>
        <source>The message your phone sent was too large for the server to handle.</source>
        <translation>Le message envoyé par votre téléphone était trop volumineux pour que le serveur le traite.</translation>
    </message>
    <message>
        <source>The request from your phone or system, for example a call setup offering many audio and video options, was bigger than the server accepts. It is a technical limit between your equipment and the server, not a problem with the number you dialled. Switching the phone to TCP or trimming what it sends usually fixes it.</source>
        <translation>La requête de votre téléphone ou de votre système, par exemple un établissement d'appel proposant de nombreuses options audio et vidéo, était plus volumineuse que ce que le serveur accepte. C'est une limite technique entre votre équipement et le serveur, et non un problème du numéro composé. Passer le téléphone en TCP ou alléger ce qu'il envoie règle en général le problème.</translation>
    </message>
    <message>
        <source>Sent when the server cannot process the request because the message length exceeds its capabilities (RFC 3261 §21.5.7). RFC 3261 §18.1.1 requires a client to use a congestion-controlled transport such as TCP when a request is within 200 bytes of the path MTU, or larger than 1300 bytes when the MTU is unknown; big UDP requests get fragmented, and lost fragments show up as timeouts rather than 513. Compare 413 (body too large) and 414 (Request-URI too long). RFC 3398 maps 513 to Q.850 cause 127 (Interworking, unspecified).</source>
        <translation>Envoyée lorsque le serveur ne peut pas traiter la requête parce que la longueur du message dépasse ses capacités (RFC 3261 §21.5.7). La RFC 3261 §18.1.1 impose à un client d'utiliser un transport avec contrôle de congestion comme TCP lorsqu'une requête est à moins de 200 octets de la MTU du chemin, ou dépasse 1300 octets quand la MTU est inconnue ; les grosses requêtes UDP sont fragmentées, et les fragments perdus se traduisent par des expirations plutôt que par des 513. À comparer avec 413 (corps trop volumineux) et 414 (Request-URI trop longue). La RFC 3398 fait correspondre 513 à la cause Q.850 127 (Interfonctionnement, non spécifié).</translation>
    </message>
    <message>
        <source>An INVITE with a large SDP (many codecs, video, ICE candidates, crypto lines)
Many or long headers added by proxies, SBCs or application servers
Large multipart bodies, for example SDP plus ISUP or location data
A server or SBC configured with a small maximum message size
A client that keeps using UDP for messages above 1300 bytes</source>
        <translation>Un INVITE avec un SDP volumineux (nombreux codecs, vidéo, candidats ICE, lignes crypto)
De nombreux en-têtes, ou des en-têtes longs, ajoutés par des proxys, des SBC ou des serveurs d'applications
De gros corps multipart, par exemple SDP plus données ISUP ou de localisation
Un serveur ou un SBC configuré avec une petite taille maximale de message
Un client qui continue d'utiliser UDP pour des messages de plus de 1300 octets</translation>
    </message>
    <message>
        <source>Switch the phone or trunk to TCP or TLS
Offer fewer codecs and disable unused video or ICE candidates
Check the size of the rejected request in a capture
Raise the maximum message size on the server or SBC if it is too low
Remove unneeded headers added along the path</source>
        <translation>Passez le téléphone ou le trunk SIP en TCP ou en TLS
Proposez moins de codecs et désactivez la vidéo ou les candidats ICE inutilisés
Vérifiez la taille de la requête refusée dans une capture
Relevez la taille maximale de message sur le serveur ou le SBC si elle est trop basse
Supprimez les en-têtes inutiles ajoutés en chemin</translation>
    </message>
    <message>
        <source>message too large, too big, packet size, fragmentation, mtu, udp, switch to tcp, large invite, sdp too big</source>
        <translation>message trop gros, trop volumineux, taille de paquet, fragmentation, mtu, udp, passer en tcp, gros invite, sdp trop gros, message too large</translation>
    </message>
    <message>
        <source>Your app asked to be woken for calls through a push service that the provider does not support.</source>
        <translation>Votre application a demandé à être réveillée pour les appels via un service de notification push que l'opérateur ne prend pas en charge.</translation>
    </message>
    <message>
        <source>Mobile phone apps often sleep in the background and rely on a push notification (for example from Apple or Google) to wake up for an incoming call. When the app registered, it named a push service that the provider's server cannot use, so the request was refused. Incoming calls will not wake the app until the app settings and the provider's server agree on a push service.</source>
        <translation>Les applications pour téléphone mobile se mettent souvent en veille en arrière-plan et comptent sur une notification push (par exemple d'Apple ou de Google) pour se réveiller lors d'un appel entrant. Lors de son enregistrement, l'application a indiqué un service de push que le serveur de l'opérateur ne peut pas utiliser : la requête a donc été refusée. Les appels entrants ne réveilleront pas l'application tant que ses réglages et le serveur de l'opérateur ne seront pas d'accord sur un service de push.</translation>
    </message>
    <message>
        <source>Defined by RFC 8599 §8.1 (push notifications with SIP). A UA puts the pn-provider, pn-param and pn-prid URI parameters in the Contact of its REGISTER to ask the proxy to wake it through a Push Notification Service (PNS); a proxy that does not support the PNS named in pn-provider rejects the request with 555. A proxy advertises the PNS it supports with the sip.pns feature-capability indicator in Feature-Caps (RFC 6809). Retrying unchanged fails the same way: change pn-provider (for example apns, fcm or webpush) or the proxy configuration.</source>
        <translation>Définie par la RFC 8599 §8.1 (notifications push avec SIP). Un UA place les paramètres d'URI pn-provider, pn-param et pn-prid dans le Contact de son REGISTER pour demander au proxy de le réveiller via un service de notification push (PNS) ; un proxy qui ne prend pas en charge le PNS indiqué dans pn-provider refuse la requête avec 555. Un proxy annonce les PNS qu'il prend en charge avec l'indicateur de capacité sip.pns dans Feature-Caps (RFC 6809). Un nouvel essai sans modification échoue de la même façon : changez pn-provider (par exemple apns, fcm ou webpush) ou la configuration du proxy.</translation>
    </message>
    <message>
        <source>The app is set up for a push service the provider has not enabled (for example Apple instead of Google)
A misspelled or unsupported pn-provider value in the Contact header
A new app version switched push service before the server side was updated
Registering through a proxy that does not hold the push configuration</source>
        <translation>L'application est configurée pour un service de push que l'opérateur n'a pas activé (par exemple Apple au lieu de Google)
Une valeur pn-provider mal orthographiée ou non prise en charge dans l'en-tête Contact
Une nouvelle version de l'application a changé de service de push avant la mise à jour du côté serveur
Un enregistrement via un proxy qui ne dispose pas de la configuration push</translation>
    </message>
    <message>
        <source>Check the pn-provider value in the Contact header of the REGISTER
Compare it with the sip.pns value the proxy advertises in Feature-Caps
Switch the app to a supported push service, or disable push in the app
Ask the provider which push services its server supports
Update the app or the server configuration so both use the same push service</source>
        <translation>Vérifiez la valeur pn-provider dans l'en-tête Contact du REGISTER
Comparez-la avec la valeur sip.pns que le proxy annonce dans Feature-Caps
Passez l'application sur un service de push pris en charge, ou désactivez le push dans l'application
Demandez à l'opérateur quels services de push son serveur prend en charge
Mettez à jour l'application ou la configuration du serveur pour que les deux utilisent le même service de push</translation>
    </message>
    <message>
        <source>push notification, push, mobile app, app does not ring, no incoming calls, background, wake up, apns, fcm, registration failed</source>
        <translation>notification push, push, application mobile, l'application ne sonne pas, pas d'appels entrants, je ne reçois pas les appels, arrière-plan, réveil, apns, fcm, échec d'enregistrement</translation>
    </message>
    <message>
        <source>The call could not be set up because the network could not reserve the quality needed for it.</source>
        <translation>L'appel n'a pas pu être établi parce que le réseau n'a pas pu réserver la qualité de service nécessaire.</translation>
    </message>
    <message>
        <source>Some networks, especially mobile voice (VoLTE, 5G) and managed business networks, reserve bandwidth or quality of service before letting the phone ring. For this call the reservation could not be made, or the other side could not meet the conditions, so the call was stopped before ringing. It is a network or device capability problem, not the called person refusing the call.</source>
        <translation>Certains réseaux, en particulier la voix mobile (VoLTE, 5G) et les réseaux d'entreprise gérés, réservent de la bande passante ou une qualité de service avant de faire sonner le téléphone. Pour cet appel, la réservation n'a pas pu être faite, ou l'autre côté n'a pas pu remplir les conditions : l'appel a donc été arrêté avant la sonnerie. Il s'agit d'un problème de capacité du réseau ou de l'appareil, et non d'un refus de la personne appelée.</translation>
    </message>
    <message>
        <source>The mobile or access network could not set up a dedicated voice bearer (VoLTE, IMS)
Not enough bandwidth could be reserved on a managed link
A policy server (PCRF or PCF) refused the quality-of-service request
The far end does not understand the precondition type requested
Resource reservation took too long and was abandoned</source>
        <translation>Le réseau mobile ou d'accès n'a pas pu établir de support vocal dédié (VoLTE, IMS)
Impossible de réserver assez de bande passante sur une liaison gérée
Un serveur de politique (PCRF ou PCF) a refusé la demande de qualité de service
Le correspondant ne comprend pas le type de précondition demandé
La réservation de ressources a pris trop de temps et a été abandonnée</translation>
    </message>
    <message>
        <source>Read the SDP in the 580 to see which segment failed (local, remote or end-to-end)
Retry the call; radio and bearer failures are often short-lived
Check QoS and policy settings (PCRF or PCF, bandwidth limits) on the access network
If the far end does not need preconditions, disable them on the caller side or the SBC
Rule out a codec or extension mismatch (488, 420) in the same call flow</source>
        <translation>Lisez le SDP de la 580 pour voir quel segment a échoué (local, distant ou de bout en bout)
Réessayez l'appel ; les défaillances radio et de support sont souvent brèves
Vérifiez les réglages de QoS et de politique (PCRF ou PCF, limites de bande passante) sur le réseau d'accès
Si le correspondant n'a pas besoin de préconditions, désactivez-les côté appelant ou sur le SBC
Écartez une incompatibilité de codec ou d'extension (488, 420) dans le même échange d'appel</translation>
    </message>
    <message>
        <source>precondition, qos, quality of service, bandwidth, volte, bearer, resource reservation, call fails before ringing, network capacity</source>
        <translation>précondition, qos, qualité de service, bande passante, volte, bearer, support, réservation de ressources, l'appel échoue avant de sonner, capacité du réseau</translation>
    </message>
    <message>
        <source>The person you called is busy on all their phones and cannot take your call right now.</source>
        <translation>La personne que vous avez appelée est occupée sur tous ses téléphones et ne peut pas prendre votre appel pour le moment.</translation>
    </message>
    <message>
        <source>The called person was found, but they are busy and no other phone or voicemail will take the call. Unlike an ordinary busy signal from one phone, this says that trying other numbers or devices of the same person will not help at the moment. Calling back later is the usual remedy.</source>
        <translation>La personne appelée a été trouvée, mais elle est occupée et aucun autre téléphone ni aucune messagerie vocale ne prendra l'appel. Contrairement à une simple tonalité d'occupation venant d'un seul téléphone, cette réponse indique qu'essayer d'autres numéros ou appareils de la même personne ne servira à rien pour le moment. Rappeler plus tard est la solution habituelle.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.6.1: the callee's end system was reached, but the callee is busy and does not wish to take the call now; it should only be sent when no other end system (voicemail included) would answer. It may carry Retry-After. As a 6xx it makes a forking proxy cancel its other branches (§16.7), whereas 486 Busy Here speaks only for one device. RFC 3398 maps it to Q.850 cause 17 (User busy). It is also what a receiver falls back to for any unrecognised 6xx code, including 607 or 608 on older equipment (§8.1.3.2).</source>
        <translation>RFC 3261 §21.6.1 : le système de l'appelé a été atteint, mais l'appelé est occupé et ne souhaite pas prendre l'appel maintenant ; elle ne doit être envoyée que si aucun autre terminal (messagerie vocale comprise) ne répondrait. Elle peut contenir Retry-After. En tant que 6xx, elle fait annuler ses autres branches à un proxy qui fait du forking (§16.7), alors que 486 Busy Here ne concerne qu'un seul appareil. La RFC 3398 la fait correspondre à la cause Q.850 17 (Usager occupé). C'est aussi ce qu'un destinataire retient par défaut pour tout code 6xx non reconnu, y compris 607 ou 608 sur les équipements anciens (§8.1.3.2).</translation>
    </message>
    <message>
        <source>All lines or devices of the called user are busy and there is no voicemail
A PBX set to answer busy for the whole user rather than for one phone
Do-not-disturb configured to reject as busy everywhere
A gateway passing on a PSTN busy for the whole subscriber</source>
        <translation>Toutes les lignes ou tous les appareils de l'utilisateur appelé sont occupés et il n'y a pas de messagerie vocale
Un IPBX réglé pour répondre occupé pour l'utilisateur entier plutôt que pour un seul téléphone
Le mode ne pas déranger configuré pour refuser comme occupé partout
Une passerelle qui transmet une occupation RTC valable pour tout l'abonné</translation>
    </message>
    <message>
        <source>Call again later
Look for Retry-After to see when to retry
Check whether voicemail or forward-on-busy should have taken the call
Check do-not-disturb and busy handling on the called user's PBX
If one busy phone stops a whole ring group, configure it to send 486 instead of 600</source>
        <translation>Rappelez plus tard
Recherchez Retry-After pour savoir quand réessayer
Vérifiez si la messagerie vocale ou le renvoi sur occupation aurait dû prendre l'appel
Vérifiez le mode ne pas déranger et la gestion de l'occupation sur l'IPBX de l'utilisateur appelé
Si un seul téléphone occupé arrête tout un groupe de sonnerie, configurez-le pour envoyer 486 au lieu de 600</translation>
    </message>
    <message>
        <source>busy everywhere, busy, engaged, all lines busy, line busy, user busy, busy signal, do not disturb, dnd</source>
        <translation>occupé partout, occupé, ligne occupée, toutes les lignes sont occupées, usager occupé, tonalité d'occupation, ça sonne occupé, ne pas déranger, dnd, busy everywhere</translation>
    </message>
    <message>
        <source>The person you called chose not to take your call.</source>
        <translation>La personne que vous avez appelée a choisi de ne pas prendre votre appel.</translation>
    </message>
    <message>
        <source>The called phone was reached, but the person or their phone settings declined the call, for example by pressing a reject button. It is a decision on the called side, not a network fault. Because it is a refusal for the person as a whole, their other phones stop ringing too.</source>
        <translation>Le téléphone appelé a été atteint, mais la personne ou les réglages de son téléphone ont refusé l'appel, par exemple par un appui sur un bouton de rejet. C'est une décision du côté appelé, et non une panne du réseau. Comme il s'agit d'un refus valable pour la personne dans son ensemble, ses autres téléphones cessent aussi de sonner.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.6.2: the callee's device was reached, but the user explicitly does not wish to, or cannot, take part; Retry-After may suggest a better time. As a 6xx it stops forking (§16.7), so one phone rejecting with 603 ends a parallel ring group. Compare 403 (a server refuses by policy), 607 (the user marks the call as unwanted), 608 (an intermediary such as an analytics engine rejected it) and 486/600 (busy). RFC 3398 maps it to Q.850 cause 21 (Call rejected). Some stacks print the phrase as 'Declined'.</source>
        <translation>RFC 3261 §21.6.2 : l'appareil de l'appelé a été atteint, mais l'utilisateur ne souhaite pas, ou ne peut pas, participer ; Retry-After peut suggérer un meilleur moment. En tant que 6xx, elle arrête le forking (§16.7) : un seul téléphone qui refuse avec 603 met donc fin à un groupe de sonnerie en parallèle. À comparer avec 403 (un serveur refuse selon sa politique), 607 (l'utilisateur signale l'appel comme indésirable), 608 (un intermédiaire, comme un moteur d'analyse, l'a rejeté) et 486/600 (occupé). La RFC 3398 la fait correspondre à la cause Q.850 21 (Appel rejeté). Certaines piles affichent le libellé « Declined ».</translation>
    </message>
    <message>
        <source>The called person pressed reject or decline
Do-not-disturb or call rejection rules on the phone or PBX
A block list or anonymous-call rejection on the called side
A network call-blocking service refused the call
An automated system that takes no calls at this time</source>
        <translation>La personne appelée a appuyé sur rejeter ou refuser
Des règles ne pas déranger ou de rejet d'appels sur le téléphone ou l'IPBX
Une liste de blocage ou le rejet des appels anonymes du côté appelé
Un service de blocage d'appels du réseau a refusé l'appel
Un système automatique qui ne prend pas d'appels en ce moment</translation>
    </message>
    <message>
        <source>Try again later or reach the person another way
Look for Retry-After suggesting when to call back
Check do-not-disturb, block lists and anonymous-call rejection on the called side
If one rejection stops a whole ring group, have the phones send 486 or 480 instead of 603
If network blocking is suspected, check the caller ID presented and contact the carrier</source>
        <translation>Réessayez plus tard ou joignez la personne par un autre moyen
Recherchez un Retry-After suggérant quand rappeler
Vérifiez le mode ne pas déranger, les listes de blocage et le rejet des appels anonymes du côté appelé
Si un seul refus arrête tout un groupe de sonnerie, faites envoyer aux téléphones 486 ou 480 au lieu de 603
Si un blocage par le réseau est soupçonné, vérifiez le numéro présenté et contactez l'opérateur</translation>
    </message>
    <message>
        <source>decline, declined, rejected, call rejected, refused, hung up, do not disturb, dnd, blocked, call blocked</source>
        <translation>refusé, appel refusé, rejeté, appel rejeté, décliné, a raccroché, rejet d'appel, ne pas déranger, dnd, bloqué, appel bloqué, decline</translation>
    </message>
    <message>
        <source>The number or address you called does not exist.</source>
        <translation>Le numéro ou l'adresse que vous avez appelé n'existe pas.</translation>
    </message>
    <message>
        <source>A server with authoritative knowledge says the person or number dialled does not exist anywhere, so trying other routes will not help. Check the number for typing mistakes or an outdated entry. It is about the dialled address, not about your phone.</source>
        <translation>Un serveur faisant autorité indique que la personne ou le numéro composé n'existe nulle part : essayer d'autres routes ne servira donc à rien. Vérifiez si le numéro comporte une faute de frappe ou s'il s'agit d'une entrée obsolète. Le problème concerne l'adresse composée, pas votre téléphone.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.6.3: the server has authoritative information that the user in the Request-URI does not exist anywhere. 404 Not Found only says that this domain or server does not know the user, and a forking proxy keeps trying its other branches; 604 is global and stops forking (§16.7). RFC 3398 maps 604 to Q.850 cause 1 (Unallocated number), but maps cause 1 to 404, so PSTN gateways normally send 404 rather than 604.</source>
        <translation>RFC 3261 §21.6.3 : le serveur dispose d'informations faisant autorité selon lesquelles l'utilisateur de la Request-URI n'existe nulle part. 404 Not Found indique seulement que ce domaine ou ce serveur ne connaît pas l'utilisateur, et un proxy qui fait du forking continue d'essayer ses autres branches ; 604 est globale et arrête le forking (§16.7). La RFC 3398 fait correspondre 604 à la cause Q.850 1 (Numéro non attribué), mais la cause 1 à 404 : les passerelles RTC envoient donc normalement 404 plutôt que 604.</translation>
    </message>
    <message>
        <source>A wrong or mistyped number or address
The number was never assigned or has been disconnected
A number database or ENUM lookup reports the user as non-existent
An outdated contact or speed-dial entry</source>
        <translation>Un numéro ou une adresse erroné ou mal saisi
Le numéro n'a jamais été attribué ou a été résilié
Une base de numéros ou une recherche ENUM indique que l'utilisateur n'existe pas
Un contact ou un numéro abrégé obsolète</translation>
    </message>
    <message>
        <source>Check the dialled number or address for mistakes, including country and area codes
Check the number format (E.164, prefixes) the provider expects
Update the contact or speed dial if the number has changed
If the number is known to be valid, ask the provider which server answered 604 and why</source>
        <translation>Vérifiez le numéro ou l'adresse composé, y compris l'indicatif du pays et l'indicatif régional
Vérifiez le format de numéro (E.164, préfixes) attendu par l'opérateur
Mettez à jour le contact ou le numéro abrégé si le numéro a changé
Si le numéro est connu pour être valide, demandez à l'opérateur quel serveur a répondu 604 et pourquoi</translation>
    </message>
    <message>
        <source>does not exist, number does not exist, invalid number, wrong number, unallocated number, not in service, no such user, disconnected number</source>
        <translation>n'existe pas, le numéro n'existe pas, numéro inexistant, numéro invalide, faux numéro, mauvais numéro, numéro non attribué, n'est plus en service, utilisateur inconnu, numéro résilié</translation>
    </message>
    <message>
        <source>The call could not be set up because the other side cannot handle the kind of call offered, such as its sound or video format.</source>
        <translation>L'appel n'a pas pu être établi parce que l'autre côté ne peut pas gérer le type d'appel proposé, par exemple son format audio ou vidéo.</translation>
    </message>
    <message>
        <source>The called side was reached and would talk, but none of the offered call settings (sound or video formats, bandwidth, encryption) work for it, and no other device of that person would do better. It is a compatibility problem between the two ends, not a refusal by the person.</source>
        <translation>Le côté appelé a été atteint et aurait accepté de communiquer, mais aucun des paramètres d'appel proposés (formats audio ou vidéo, bande passante, chiffrement) ne lui convient, et aucun autre appareil de cette personne ne ferait mieux. C'est un problème de compatibilité entre les deux extrémités, et non un refus de la personne.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.6.4: the UA was contacted, but parts of the session description (media types, codecs, bandwidth, addressing) are not acceptable; it is meant only for when no other endpoint would accept the session. A Warning header may give the reason with a 3xx warning code, e.g. 304 Media type not available, 305 Incompatible media format or 370 Insufficient bandwidth. 488 Not Acceptable Here reports the same problem for one endpoint and lets a forking proxy continue; 606 stops forking. RFC 3398 gives it no fixed Q.850 cause (it is taken from the Warning header), and its registered phrase is the same as 406's, so go by the code.</source>
        <translation>RFC 3261 §21.6.4 : l'UA a été contacté, mais certaines parties de la description de session (types de médias, codecs, bande passante, adressage) ne sont pas acceptables ; elle n'est prévue que lorsqu'aucun autre terminal n'accepterait la session. Un en-tête Warning peut en donner la raison avec un code d'avertissement 3xx, par ex. 304 Media type not available, 305 Incompatible media format ou 370 Insufficient bandwidth. 488 Not Acceptable Here signale le même problème pour un seul terminal et laisse un proxy qui fait du forking continuer ; 606 arrête le forking. La RFC 3398 ne lui attribue pas de cause Q.850 fixe (elle est tirée de l'en-tête Warning), et son libellé inscrit au registre est le même que celui de 406 : fiez-vous donc au code.</translation>
    </message>
    <message>
        <source>No audio or video codec in common between caller and callee
SRTP or encryption required on one side and not offered by the other
Unsupported media type such as video or T.38 fax, or a bandwidth limit
An unusable media address format, for example IPv6 offered to an IPv4-only device
No transcoding resources on a PBX or SBC</source>
        <translation>Aucun codec audio ou vidéo en commun entre l'appelant et l'appelé
SRTP ou chiffrement exigé d'un côté et non proposé par l'autre
Type de média non pris en charge, comme la vidéo ou le fax T.38, ou une limite de bande passante
Un format d'adresse média inutilisable, par exemple de l'IPv6 proposé à un appareil uniquement IPv4
Pas de ressources de transcodage sur un IPBX ou un SBC</translation>
    </message>
    <message>
        <source>Read the Warning header for the reason code
Compare the codecs in the offer with those the called side supports
Check the SRTP settings (RTP/AVP versus RTP/SAVP) on both sides
Enable a common codec such as G.711, or add transcoding on the PBX or SBC
Check bandwidth, video and fax settings</source>
        <translation>Lisez l'en-tête Warning pour connaître le code de motif
Comparez les codecs de l'offre avec ceux que le côté appelé prend en charge
Vérifiez les réglages SRTP (RTP/AVP ou RTP/SAVP) des deux côtés
Activez un codec commun comme G.711, ou ajoutez du transcodage sur l'IPBX ou le SBC
Vérifiez les réglages de bande passante, de vidéo et de fax</translation>
    </message>
    <message>
        <source>not acceptable, codec mismatch, no common codec, incompatible media, media not supported, srtp, encryption mismatch, sdp, video not supported, fax</source>
        <translation>non acceptable, codec incompatible, incompatibilité de codec, pas de codec commun, médias incompatibles, média non pris en charge, srtp, chiffrement incompatible, sdp, vidéo non prise en charge, fax</translation>
    </message>
    <message>
        <source>The person you called marked this call as unwanted, for example as spam.</source>
        <translation>La personne que vous avez appelée a signalé cet appel comme indésirable, par exemple comme spam.</translation>
    </message>
    <message>
        <source>The called person rejected the call and flagged it as unwanted, the way one reports a spam or nuisance call. The network or a call-filtering service may use this to treat later calls from the same number differently, for that person or more widely. A genuine caller who is affected should reach the person another way or ask their provider for help.</source>
        <translation>La personne appelée a refusé l'appel et l'a signalé comme indésirable, comme on signale un spam ou un appel importun. Le réseau ou un service de filtrage d'appels peut s'en servir pour traiter différemment les appels suivants du même numéro, pour cette personne ou plus largement. Un appelant légitime concerné doit joindre la personne par un autre moyen ou demander de l'aide à son opérateur.</translation>
    </message>
    <message>
        <source>The called person pressed a report-spam or block button
The calling number was reported as a robocall or nuisance caller
A spoofed caller ID belonging to someone else was reported
Calls from an auto-dialler or marketing campaign the person did not want</source>
        <translation>La personne appelée a appuyé sur un bouton de signalement de spam ou de blocage
Le numéro appelant a été signalé comme appel automatisé ou importun
Un numéro présenté usurpé, appartenant à quelqu'un d'autre, a été signalé
Des appels d'un numéroteur automatique ou d'une campagne marketing dont la personne ne voulait pas</translation>
    </message>
    <message>
        <source>If the call was genuine, contact the called person by another means
Check that the calling number is presented correctly and signed (STIR/SHAKEN attestation) by the provider
Check whether your number is being spoofed by others
Ask the called party's provider how to have the number cleared from its filters</source>
        <translation>Si l'appel était légitime, contactez la personne appelée par un autre moyen
Vérifiez que le numéro appelant est correctement présenté et signé (attestation STIR/SHAKEN) par l'opérateur
Vérifiez si votre numéro est usurpé par d'autres
Demandez à l'opérateur de l'appelé comment faire retirer le numéro de ses filtres</translation>
    </message>
    <message>
        <source>unwanted, spam, robocall, nuisance call, call blocked, blocked as spam, junk call, telemarketing, reported</source>
        <translation>indésirable, spam, appel automatisé, robocall, appel importun, appel bloqué, bloqué comme spam, démarchage, démarchage téléphonique, télémarketing, signalé</translation>
    </message>
    <message>
        <source>Your call was blocked by a filtering service in the network, not by the person you called.</source>
        <translation>Votre appel a été bloqué par un service de filtrage du réseau, et non par la personne que vous avez appelée.</translation>
    </message>
    <message>
        <source>A system between you and the called person, usually a call-screening or anti-spam service, stopped the call before it reached them. The person did not see or refuse the call. If the call is legitimate, the response may include contact details of whoever runs the filter so that the block can be disputed.</source>
        <translation>Un système situé entre vous et la personne appelée, en général un service de filtrage d'appels ou antispam, a arrêté l'appel avant qu'il ne l'atteigne. La personne n'a ni vu ni refusé l'appel. Si l'appel est légitime, la réponse peut contenir les coordonnées de l'organisme qui gère le filtre pour pouvoir contester le blocage.</translation>
    </message>
    <message>
        <source>A carrier or app anti-spam filter scored the calling number as likely spam
Many short calls from the number triggered call analytics
Missing or low STIR/SHAKEN attestation for the calling number
The calling number is spoofed or on a block list</source>
        <translation>Un filtre antispam d'opérateur ou d'application a jugé le numéro appelant comme probable spam
De nombreux appels courts depuis ce numéro ont déclenché l'analyse des appels
Attestation STIR/SHAKEN absente ou de faible niveau pour le numéro appelant
Le numéro appelant est usurpé ou figure sur une liste de blocage</translation>
    </message>
    <message>
        <source>Look for a Call-Info header with purpose=jwscard and use the contact details it gives
Ask your provider to check the attestation and reputation of the calling number
Register the number with the carriers' or analytics providers' remediation portals
Avoid dialling patterns that look like robocalls, such as many very short calls</source>
        <translation>Recherchez un en-tête Call-Info avec purpose=jwscard et utilisez les coordonnées qu'il fournit
Demandez à votre opérateur de vérifier l'attestation et la réputation du numéro appelant
Déclarez le numéro sur les portails de recours des opérateurs ou des fournisseurs d'analyse
Évitez les schémas de numérotation qui ressemblent à des appels automatisés, comme de nombreux appels très courts</translation>
    </message>
    <message>
        <source>rejected, call blocked, spam filter, robocall, blocked by carrier, call screening, flagged as spam, spam likely, blocked number, analytics</source>
        <translation>rejeté, appel bloqué, filtre antispam, appel automatisé, robocall, bloqué par l'opérateur, filtrage d'appels, signalé comme spam, spam probable, numéro bloqué, analyse des appels</translation>
    </message>
    <message>
        <source>A Wireshark statistics label: the bucket where it counts 2xx responses it does not list by name. Not a code sent on the wire.</source>
        <translation>Un libellé des statistiques de Wireshark : la catégorie où il compte les réponses 2xx qu'il ne nomme pas. Ce n'est pas un code envoyé sur le réseau.</translation>
    </message>
    <message>
        <source>This is not a registered SIP code: an analyser used it as a label for some other success response.</source>
        <translation>Ce code SIP est hors registre (absent du registre IANA) : un analyseur l'a utilisé comme libellé pour une autre réponse de succès.</translation>
    </message>
    <message>
        <source>The number 299 comes from Wireshark's statistics, not from a phone or server. The response that really travelled on the network was another 2xx success code, which the analyser grouped under 'Others'. The request itself succeeded; open the original packet to see the real code.</source>
        <translation>Le nombre 299 vient des statistiques de Wireshark, et non d'un téléphone ou d'un serveur. La réponse qui a réellement circulé sur le réseau était un autre code de succès 2xx, que l'analyseur a regroupé sous « Others ». La requête elle-même a réussi ; ouvrez le paquet d'origine pour voir le vrai code.</translation>
    </message>
    <message>
        <source>Not a registered code. Wireshark's sip_response_code_vals table uses 299 'Success - Others' as a per-class statistics bucket: every 2xx code it does not name is counted there, so the real status line on the wire carried a different 2xx code. Read it from the captured response. If a response really carried 299, a client would treat it as 200 (RFC 3261 §8.1.3.2).</source>
        <translation>Code hors registre. La table sip_response_code_vals de Wireshark utilise 299 « Success - Others » comme catégorie statistique par classe : tous les codes 2xx qu'elle ne nomme pas y sont comptés, et la vraie ligne d'état sur le réseau portait donc un autre code 2xx. Lisez-le dans la réponse capturée. Si une réponse portait réellement 299, un client la traiterait comme 200 (RFC 3261 §8.1.3.2).</translation>
    </message>
    <message>
        <source>Not a wire code: Wireshark statistics grouped a 2xx response it does not list by name
A rarely used or newer 2xx code was present in the capture
A report or export built from Wireshark statistics copied the label</source>
        <translation>Pas un code réseau : les statistiques de Wireshark ont regroupé une réponse 2xx qu'il ne nomme pas
Un code 2xx rarement utilisé ou plus récent était présent dans la capture
Un rapport ou un export tiré des statistiques de Wireshark a repris ce libellé</translation>
    </message>
    <message>
        <source>Remember that 299 is an analyser label, not a registered code
Open the original packet in the capture and read the real status code
Look up that real code instead of 299
If the real code is unknown to you, read it as 200 OK</source>
        <translation>Gardez à l'esprit que 299 est un libellé d'analyseur, et non un code du registre IANA
Ouvrez le paquet d'origine dans la capture et lisez le vrai code d'état
Recherchez ce vrai code plutôt que 299
Si vous ne connaissez pas le vrai code, interprétez-le comme 200 OK</translation>
    </message>
    <message>
        <source>wireshark, statistics, others, success, analyser label, not registered, not a real code, 2xx</source>
        <translation>wireshark, statistiques, others, autres, succès, libellé d'analyseur, non enregistré, hors registre, pas un vrai code, 2xx</translation>
    </message>
    <message>
        <source>Borrowed from HTTP and never defined for SIP; listed in a few vendor tables (Cisco VOCAL, ManageEngine VQManager, VIAVI Observer).</source>
        <translation>Emprunté au HTTP et jamais défini pour SIP ; figure dans quelques tables de fabricants (Cisco VOCAL, ManageEngine VQManager, VIAVI Observer).</translation>
    </message>
    <message>
        <source>This is not a registered SIP code: it is a web (HTTP) redirect code that a few products also list for SIP.</source>
        <translation>Ce code SIP est hors registre (absent du registre IANA) : c'est un code de redirection web (HTTP) que quelques produits indiquent aussi pour SIP.</translation>
    </message>
    <message>
        <source>303 See Other is a web code that tells a browser to look elsewhere. It was never defined for SIP calls, although a few products and monitoring tools list it. If a call really got a 303, the equipment that sent it is non-standard and your phone treats it as a general redirection. Often the 303 you see is a Warning value or a mislabelled field, not the response code.</source>
        <translation>303 See Other est un code web qui indique à un navigateur de chercher ailleurs. Il n'a jamais été défini pour les appels SIP, même si quelques produits et outils de supervision le mentionnent. Si un appel a vraiment reçu un 303, l'équipement qui l'a envoyé n'est pas conforme à la norme et votre téléphone le traite comme une redirection générique. Souvent, le 303 que vous voyez est une valeur Warning ou un champ mal étiqueté, et non le code de réponse.</translation>
    </message>
    <message>
        <source>Not a registered code: HTTP's 303 See Other was never taken into RFC 2543, RFC 3261 or the IANA registry. A UAC receiving it treats it as 300 Multiple Choices (RFC 3261 §8.1.3.2) and may use any Contact header as the alternatives. Do not confuse it with warn-code 303 (Incompatible bandwidth units) in a Warning header, which is registered and usually comes with 488 or 606.</source>
        <translation>Code hors registre : le 303 See Other du HTTP n'a jamais été repris dans la RFC 2543, la RFC 3261 ni le registre IANA. Un UAC qui le reçoit le traite comme 300 Multiple Choices (RFC 3261 §8.1.3.2) et peut utiliser tout en-tête Contact comme liste d'alternatives. Ne le confondez pas avec le warn-code 303 (Incompatible bandwidth units) d'un en-tête Warning, qui est inscrit au registre et accompagne en général 488 ou 606.</translation>
    </message>
    <message>
        <source>A product that reuses HTTP status codes for SIP although 303 is not registered
A monitoring tool or decode table that lists HTTP codes in its SIP table
Warning code 303 (Incompatible bandwidth units) read as a response code
A custom script on a proxy or application server sending 303</source>
        <translation>Un produit qui réutilise les codes d'état HTTP pour SIP alors que 303 n'est pas enregistré
Un outil de supervision ou une table de décodage qui liste des codes HTTP dans sa table SIP
Le code Warning 303 (Incompatible bandwidth units) lu comme un code de réponse
Un script personnalisé sur un proxy ou un serveur d'applications qui envoie 303</translation>
    </message>
    <message>
        <source>Check whether 303 is really in the status line or only in a Warning header
Read the Contact header of the response to see where it points
Identify the sender from its Server header and ask the vendor to use a registered code such as 302 or 300
While troubleshooting, treat the call as redirected (like a 300)</source>
        <translation>Vérifiez si 303 figure réellement dans la ligne d'état ou seulement dans un en-tête Warning
Lisez l'en-tête Contact de la réponse pour voir où il pointe
Identifiez l'émetteur grâce à son en-tête Server et demandez au fabricant d'utiliser un code du registre IANA comme 302 ou 300
Pendant le dépannage, traitez l'appel comme redirigé (comme une 300)</translation>
    </message>
    <message>
        <source>see other, redirect, redirection, http code, moved, not registered, non-standard, unregistered</source>
        <translation>see other, redirection, redirigé, code http, déplacé, hors registre, non standard, non normalisé</translation>
    </message>
    <message>
        <source>A Wireshark statistics label: the bucket where it counts 3xx responses it does not list by name. Not a code sent on the wire.</source>
        <translation>Un libellé des statistiques de Wireshark : la catégorie où il compte les réponses 3xx qu'il ne nomme pas. Ce n'est pas un code envoyé sur le réseau.</translation>
    </message>
    <message>
        <source>This is not a registered SIP code: an analyser used it as a label for some other redirection response.</source>
        <translation>Ce code SIP est hors registre (absent du registre IANA) : un analyseur l'a utilisé comme libellé pour une autre réponse de redirection.</translation>
    </message>
    <message>
        <source>The number 399 comes from Wireshark's statistics, not from a phone or server. The response that really travelled on the network was another 3xx code, meaning the call was redirected elsewhere, and the analyser grouped it under 'Others'. Open the original packet to see the real code.</source>
        <translation>Le nombre 399 vient des statistiques de Wireshark, et non d'un téléphone ou d'un serveur. La réponse qui a réellement circulé sur le réseau était un autre code 3xx, ce qui signifie que l'appel a été redirigé ailleurs, et l'analyseur l'a regroupée sous « Others ». Ouvrez le paquet d'origine pour voir le vrai code.</translation>
    </message>
    <message>
        <source>Not a registered code. Wireshark's sip_response_code_vals table uses 399 'Redirection - Others' as a per-class statistics bucket, so the real status line carried a different 3xx code; read it from the capture. Do not confuse it with warn-code 399 (Miscellaneous warning) in a Warning header, which is a registered Warning value, not a response code. A real 399 on the wire would be treated as 300 (RFC 3261 §8.1.3.2).</source>
        <translation>Code hors registre. La table sip_response_code_vals de Wireshark utilise 399 « Redirection - Others » comme catégorie statistique par classe : la vraie ligne d'état portait donc un autre code 3xx ; lisez-le dans la capture. Ne le confondez pas avec le warn-code 399 (Miscellaneous warning) d'un en-tête Warning, qui est une valeur Warning inscrite au registre et non un code de réponse. Un vrai 399 sur le réseau serait traité comme 300 (RFC 3261 §8.1.3.2).</translation>
    </message>
    <message>
        <source>Not a wire code: Wireshark statistics grouped a 3xx response it does not list by name
Warning code 399 (Miscellaneous warning) read as a response code
A report or export built from Wireshark statistics copied the label</source>
        <translation>Pas un code réseau : les statistiques de Wireshark ont regroupé une réponse 3xx qu'il ne nomme pas
Le code Warning 399 (Miscellaneous warning) lu comme un code de réponse
Un rapport ou un export tiré des statistiques de Wireshark a repris ce libellé</translation>
    </message>
    <message>
        <source>Remember that 399 is an analyser label, not a registered code
Open the original packet and read the real status code and its Contact header
Check whether 399 actually came from a Warning header
If the real code is unknown to you, read it as 300 Multiple Choices</source>
        <translation>Gardez à l'esprit que 399 est un libellé d'analyseur, et non un code du registre IANA
Ouvrez le paquet d'origine et lisez le vrai code d'état ainsi que son en-tête Contact
Vérifiez si 399 provenait en fait d'un en-tête Warning
Si vous ne connaissez pas le vrai code, interprétez-le comme 300 Multiple Choices</translation>
    </message>
    <message>
        <source>wireshark, statistics, others, redirection, redirect, analyser label, not registered, not a real code, 3xx</source>
        <translation>wireshark, statistiques, others, autres, redirection, redirigé, libellé d'analyseur, non enregistré, hors registre, pas un vrai code, 3xx</translation>
    </message>
    <message>
        <source>From RFC 2543, the 1999 SIP specification, for REGISTER conflicts; dropped by RFC 3261 and never registered. PJSIP and sofia-sip still list it.</source>
        <translation>Issu de la RFC 2543, la spécification SIP de 1999, pour les conflits de REGISTER ; abandonné par la RFC 3261 et jamais inscrit au registre IANA. PJSIP et sofia-sip le listent encore.</translation>
    </message>
    <message>
        <source>This is not a registered SIP code: an old code from the first SIP version, meaning the request clashed with an existing registration.</source>
        <translation>Ce code SIP est hors registre (absent du registre IANA) : c'est un ancien code de la première version de SIP, signifiant que la requête entrait en conflit avec un enregistrement existant.</translation>
    </message>
    <message>
        <source>409 Conflict comes from the first SIP specification of 1999 and was removed when SIP was revised in 2002, so it is no longer a standard code. It meant that a registration clashed with what the server already held. Some older equipment may still send it; modern phones treat it as a general request error.</source>
        <translation>409 Conflict vient de la première spécification SIP de 1999 et a été supprimé lors de la révision de SIP en 2002 : ce n'est donc plus un code standard. Il signifiait qu'un enregistrement entrait en conflit avec ce que le serveur détenait déjà. Certains équipements anciens peuvent encore l'envoyer ; les téléphones modernes le traitent comme une erreur de requête générique.</translation>
    </message>
    <message>
        <source>Not a registered code. RFC 2543 §7.4.10 used 409 when a REGISTER conflicted with existing registrations, for example through the Contact action parameter, which RFC 3261 removed as well. It never entered the IANA registry, and a current UAC treats it as 400 (RFC 3261 §8.1.3.2). PJSIP (PJSIP_SC_CONFLICT) and sofia-sip still carry the code and phrase.</source>
        <translation>Code hors registre. La RFC 2543 §7.4.10 utilisait 409 lorsqu'un REGISTER entrait en conflit avec des enregistrements existants, par exemple via le paramètre action du Contact, que la RFC 3261 a également supprimé. Il n'est jamais entré dans le registre IANA, et un UAC actuel le traite comme 400 (RFC 3261 §8.1.3.2). PJSIP (PJSIP_SC_CONFLICT) et sofia-sip conservent encore le code et le libellé.</translation>
    </message>
    <message>
        <source>A legacy RFC 2543 registrar or device still using this unregistered code
A REGISTER whose contact settings clash with an existing binding on an old server
A stack that maps an internal conflict to 409
A custom application reusing the HTTP meaning of conflict</source>
        <translation>Un registrar ou un appareil RFC 2543 ancien qui utilise encore ce code hors registre
Un REGISTER dont les réglages de contact entrent en conflit avec une association existante sur un ancien serveur
Une pile qui traduit un conflit interne en 409
Une application personnalisée qui reprend le sens HTTP de conflit</translation>
    </message>
    <message>
        <source>Treat it as a non-standard code (a modern phone reads it as 400)
Look at the request that got 409, usually a REGISTER, and its Contact header
Remove stale registrations for the account and register again
Identify the legacy equipment from its Server header and ask for a registered code</source>
        <translation>Traitez-le comme un code non standard (un téléphone moderne le lit comme 400)
Examinez la requête qui a reçu 409, en général un REGISTER, et son en-tête Contact
Supprimez les enregistrements périmés du compte et réenregistrez-vous
Identifiez l'équipement ancien grâce à son en-tête Server et demandez l'utilisation d'un code du registre IANA</translation>
    </message>
    <message>
        <source>conflict, registration conflict, register failed, old sip, rfc 2543, legacy, not registered, unregistered</source>
        <translation>conflit, conflit d'enregistrement, échec d'enregistrement, ancien sip, rfc 2543, ancien équipement, hors registre, conflict</translation>
    </message>
    <message>
        <source>From RFC 2543, the 1999 SIP specification; dropped by RFC 3261 and never registered. PJSIP and sofia-sip still list it.</source>
        <translation>Issu de la RFC 2543, la spécification SIP de 1999 ; abandonné par la RFC 3261 et jamais inscrit au registre IANA. PJSIP et sofia-sip le listent encore.</translation>
    </message>
    <message>
        <source>This is not a registered SIP code: an old code meaning the server wanted to know the length of the message first.</source>
        <translation>Ce code SIP est hors registre (absent du registre IANA) : c'est un ancien code signifiant que le serveur voulait d'abord connaître la longueur du message.</translation>
    </message>
    <message>
        <source>411 Length Required comes from the first SIP specification of 1999 and is no longer a standard code. It meant the server refused a message that did not state its own length. Today it points to a sending device or script that builds messages incorrectly, or to very old server equipment.</source>
        <translation>411 Length Required vient de la première spécification SIP de 1999 et n'est plus un code standard. Il signifiait que le serveur refusait un message qui n'indiquait pas sa propre longueur. Aujourd'hui, il indique un appareil émetteur ou un script qui construit mal les messages, ou un équipement serveur très ancien.</translation>
    </message>
    <message>
        <source>Not a registered code. RFC 2543 §7.4.12 let a server refuse a request that lacked Content-Length. RFC 3261 dropped the code and instead makes Content-Length mandatory on stream transports such as TCP and TLS (RFC 3261 §18.3, §20.14); a current UAC treats 411 as 400 (§8.1.3.2). PJSIP (PJSIP_SC_LENGTH_REQUIRED) and sofia-sip still carry the code and phrase.</source>
        <translation>Code hors registre. La RFC 2543 §7.4.12 permettait à un serveur de refuser une requête dépourvue de Content-Length. La RFC 3261 a abandonné ce code et rend à la place Content-Length obligatoire sur les transports en flux comme TCP et TLS (RFC 3261 §18.3, §20.14) ; un UAC actuel traite 411 comme 400 (§8.1.3.2). PJSIP (PJSIP_SC_LENGTH_REQUIRED) et sofia-sip conservent encore le code et le libellé.</translation>
    </message>
    <message>
        <source>A request sent over TCP or TLS without a Content-Length header
An old RFC 2543 era server still using this unregistered code
A home-made client or script building SIP messages by hand
A middlebox that removed or damaged the Content-Length header</source>
        <translation>Une requête envoyée en TCP ou en TLS sans en-tête Content-Length
Un ancien serveur de l'époque de la RFC 2543 qui utilise encore ce code hors registre
Un client ou un script fait maison qui construit les messages SIP à la main
Un équipement intermédiaire qui a supprimé ou endommagé l'en-tête Content-Length</translation>
    </message>
    <message>
        <source>Treat it as a non-standard code (a modern phone reads it as 400)
Check that every request, especially over TCP or TLS, has a Content-Length header
Compare the Content-Length value with the actual body size
Fix the software or script that builds the message, or identify the legacy server</source>
        <translation>Traitez-le comme un code non standard (un téléphone moderne le lit comme 400)
Vérifiez que chaque requête, en particulier en TCP ou en TLS, comporte un en-tête Content-Length
Comparez la valeur de Content-Length avec la taille réelle du corps
Corrigez le logiciel ou le script qui construit le message, ou identifiez le serveur ancien</translation>
    </message>
    <message>
        <source>length required, content-length, missing header, old sip, rfc 2543, legacy, tcp, not registered, unregistered</source>
        <translation>length required, longueur requise, content-length, en-tête manquant, ancien sip, rfc 2543, ancien équipement, tcp, hors registre</translation>
    </message>
    <message>
        <source>A Kamailio core error (E_SEND) sent as a reply, with a suffix such as (477/SL) in the phrase; not registered.</source>
        <translation>Une erreur interne de Kamailio (E_SEND) envoyée comme réponse, avec un suffixe comme (477/SL) dans le libellé ; non enregistré.</translation>
    </message>
    <message>
        <source>This is not a registered SIP code: a Kamailio server in the network could not pass your call on to the next server.</source>
        <translation>Ce code SIP est hors registre (absent du registre IANA) : un serveur Kamailio du réseau n'a pas pu transmettre votre appel au serveur suivant.</translation>
    </message>
    <message>
        <source>The server that answered runs Kamailio. It tried to forward the call to the next hop (another server, a gateway or the called phone) but sending failed, for example because the connection was refused. The number is specific to that software, not a standard code. The fault lies between that server and the next one, not in your phone.</source>
        <translation>Le serveur qui a répondu fonctionne sous Kamailio. Il a essayé de transmettre l'appel au saut suivant (un autre serveur, une passerelle ou le téléphone appelé), mais l'envoi a échoué, par exemple parce que la connexion a été refusée. Ce numéro est propre à ce logiciel, ce n'est pas un code standard. Le défaut se situe entre ce serveur et le suivant, pas dans votre téléphone.</translation>
    </message>
    <message>
        <source>Not a registered code. Kamailio (like other SER-derived proxies) turns its internal error E_SEND (-477) into a reply through sl_reply_error, with the phrase 'Unfortunately error on sending to next hop occurred' and a suffix such as (477/SL). The forwarding attempt failed at transport level: TCP or TLS connect failure, no listening socket for the needed transport or address family, or an ICMP error. A UAC reads it as 400 (RFC 3261 §8.1.3.2), which is misleading: the situation is closer to 503.</source>
        <translation>Code hors registre. Kamailio (comme d'autres proxys dérivés de SER) transforme son erreur interne E_SEND (-477) en réponse via sl_reply_error, avec le libellé « Unfortunately error on sending to next hop occurred » et un suffixe comme (477/SL). La tentative de transmission a échoué au niveau transport : échec de connexion TCP ou TLS, aucun socket d'écoute pour le transport ou la famille d'adresses nécessaire, ou erreur ICMP. Un UAC la lit comme 400 (RFC 3261 §8.1.3.2), ce qui est trompeur : la situation est plus proche d'une 503.</translation>
    </message>
    <message>
        <source>The next hop refused the TCP or TLS connection or is down
No socket on the proxy for the transport or address family needed (for example TLS or IPv6)
TLS handshake failure towards the next hop
A firewall or network problem between the proxy and the next hop
A registered user behind NAT whose connection has closed
Kamailio reporting its own send failure with this unregistered code</source>
        <translation>Le saut suivant a refusé la connexion TCP ou TLS ou est hors service
Aucun socket sur le proxy pour le transport ou la famille d'adresses nécessaire (par exemple TLS ou IPv6)
Échec de la négociation TLS vers le saut suivant
Un problème de pare-feu ou de réseau entre le proxy et le saut suivant
Un utilisateur enregistré derrière un NAT dont la connexion s'est fermée
Kamailio signale son propre échec d'envoi avec ce code hors registre</translation>
    </message>
    <message>
        <source>Treat it as Kamailio's own error, not a registered code: the problem is beyond the proxy
Check the Kamailio log at the time of the call for the send error and destination
Verify that the next hop is up and listening on the expected port and transport
Check the proxy's listen settings for the needed transport and address family
For users behind NAT, check keep-alives and that the registration is fresh</source>
        <translation>Traitez-la comme une erreur propre à Kamailio, et non comme un code du registre IANA : le problème se situe au-delà du proxy
Consultez le journal de Kamailio au moment de l'appel pour trouver l'erreur d'envoi et la destination
Vérifiez que le saut suivant est en service et écoute sur le port et le transport attendus
Vérifiez les réglages d'écoute du proxy pour le transport et la famille d'adresses nécessaires
Pour les utilisateurs derrière un NAT, vérifiez les keep-alives et que l'enregistrement est récent</translation>
    </message>
    <message>
        <source>kamailio, send failed, next hop, cannot forward, connection refused, proxy error, unreachable, server down, not registered, unregistered</source>
        <translation>kamailio, échec d'envoi, saut suivant, impossible de transmettre, connexion refusée, erreur de proxy, injoignable, serveur en panne, hors registre</translation>
    </message>
    <message>
        <source>A Kamailio core error (E_BAD_ADDRESS) sent as a reply when the next hop cannot be resolved; not registered.</source>
        <translation>Une erreur interne de Kamailio (E_BAD_ADDRESS) envoyée comme réponse lorsque le saut suivant ne peut pas être résolu ; non enregistré.</translation>
    </message>
    <message>
        <source>This is not a registered SIP code: a Kamailio server could not find the address of the destination.</source>
        <translation>Ce code SIP est hors registre (absent du registre IANA) : un serveur Kamailio n'a pas pu trouver l'adresse de la destination.</translation>
    </message>
    <message>
        <source>The server that answered runs Kamailio. It could not turn the destination name into a network address, so it did not know where to send the call. This usually comes from a wrong domain name or a DNS problem on the server side. The number is specific to that software, not a standard code.</source>
        <translation>Le serveur qui a répondu fonctionne sous Kamailio. Il n'a pas pu convertir le nom de la destination en adresse réseau et ne savait donc pas où envoyer l'appel. Cela vient en général d'un nom de domaine erroné ou d'un problème DNS côté serveur. Ce numéro est propre à ce logiciel, ce n'est pas un code standard.</translation>
    </message>
    <message>
        <source>Not a registered code. Kamailio's internal error E_BAD_ADDRESS (-478) is sent as a reply when the host of the Request-URI, outbound proxy or destination URI could not be resolved (no usable NAPTR, SRV, A or AAAA result under RFC 3263) or is not a valid address. A UAC reads it as 400 (RFC 3261 §8.1.3.2).</source>
        <translation>Code hors registre. L'erreur interne E_BAD_ADDRESS (-478) de Kamailio est envoyée comme réponse lorsque l'hôte de la Request-URI, du proxy sortant ou de l'URI de destination n'a pas pu être résolu (aucun résultat NAPTR, SRV, A ou AAAA utilisable selon la RFC 3263) ou n'est pas une adresse valide. Un UAC la lit comme 400 (RFC 3261 §8.1.3.2).</translation>
    </message>
    <message>
        <source>A typo in the domain part of the dialled SIP address
The proxy's DNS server is unreachable or slow
Missing SRV or A/AAAA records for the destination domain
A routing or dispatcher entry pointing at a host name that no longer exists
Kamailio reporting its own lookup failure with this unregistered code</source>
        <translation>Une faute de frappe dans la partie domaine de l'adresse SIP composée
Le serveur DNS du proxy est injoignable ou lent
Des enregistrements SRV ou A/AAAA manquants pour le domaine de destination
Une entrée de routage ou du dispatcher qui pointe vers un nom d'hôte qui n'existe plus
Kamailio signale son propre échec de résolution avec ce code hors registre</translation>
    </message>
    <message>
        <source>Treat it as Kamailio's own error, not a registered code
Check the host part of the Request-URI and the proxy's routing target
Resolve the name from the proxy host (NAPTR, SRV and A/AAAA lookups)
Check the proxy's DNS resolver settings and reachability
Fix or update the routing or dispatcher entry</source>
        <translation>Traitez-la comme une erreur propre à Kamailio, et non comme un code du registre IANA
Vérifiez la partie hôte de la Request-URI et la cible de routage du proxy
Résolvez le nom depuis la machine du proxy (requêtes NAPTR, SRV et A/AAAA)
Vérifiez les réglages du résolveur DNS du proxy et son accessibilité
Corrigez ou mettez à jour l'entrée de routage ou du dispatcher</translation>
    </message>
    <message>
        <source>kamailio, dns, unresolvable, cannot resolve, domain not found, wrong domain, next hop, unreachable, not registered, unregistered</source>
        <translation>kamailio, dns, résolution impossible, impossible de résoudre, domaine introuvable, mauvais domaine, saut suivant, injoignable, hors registre</translation>
    </message>
    <message>
        <source>A Kamailio core error (E_BAD_URI) sent as a reply when a URI in the request cannot be processed; not registered.</source>
        <translation>Une erreur interne de Kamailio (E_BAD_URI) envoyée comme réponse lorsqu'une URI de la requête ne peut pas être traitée ; non enregistré.</translation>
    </message>
    <message>
        <source>This is not a registered SIP code: a Kamailio server could not make sense of the address you called.</source>
        <translation>Ce code SIP est hors registre (absent du registre IANA) : un serveur Kamailio n'a pas pu interpréter l'adresse que vous avez appelée.</translation>
    </message>
    <message>
        <source>The server that answered runs Kamailio. The address in the call request (the number or SIP address being called) was malformed or could not be processed, so the call was refused. The number is specific to that software, not a standard code. Usually the calling phone or a routing rule produced the bad address.</source>
        <translation>Le serveur qui a répondu fonctionne sous Kamailio. L'adresse figurant dans la demande d'appel (le numéro ou l'adresse SIP appelé) était mal formée ou n'a pas pu être traitée : l'appel a donc été refusé. Ce numéro est propre à ce logiciel, ce n'est pas un code standard. En général, c'est le téléphone appelant ou une règle de routage qui a produit l'adresse erronée.</translation>
    </message>
    <message>
        <source>Not a registered code. Kamailio's internal error E_BAD_URI (-479) is sent as a reply when the proxy could not parse or use a URI it needed, usually the Request-URI, sometimes one rewritten by the routing script. A UAC reads it as 400 (RFC 3261 §8.1.3.2); the nearest registered codes are 400 and 416 (Unsupported URI Scheme).</source>
        <translation>Code hors registre. L'erreur interne E_BAD_URI (-479) de Kamailio est envoyée comme réponse lorsque le proxy n'a pas pu analyser ou utiliser une URI dont il avait besoin, en général la Request-URI, parfois une URI réécrite par le script de routage. Un UAC la lit comme 400 (RFC 3261 §8.1.3.2) ; les codes du registre IANA les plus proches sont 400 et 416 (Unsupported URI Scheme).</translation>
    </message>
    <message>
        <source>A malformed Request-URI (spaces, illegal characters, bad escaping)
An unsupported or misspelled URI scheme
A routing script rewriting the URI into an invalid form
Dialled characters the phone did not encode properly
Kamailio reporting its own parse failure with this unregistered code</source>
        <translation>Une Request-URI mal formée (espaces, caractères interdits, mauvais échappement)
Un schéma d'URI non pris en charge ou mal orthographié
Un script de routage qui réécrit l'URI sous une forme invalide
Des caractères composés que le téléphone n'a pas correctement encodés
Kamailio signale son propre échec d'analyse avec ce code hors registre</translation>
    </message>
    <message>
        <source>Treat it as Kamailio's own error, not a registered code
Check the Request-URI of the request as the phone sent it
Look for spaces, '#', '*' or non-ASCII letters that must be escaped
Review recent changes to routing rules that rewrite the URI
Compare with the same call dialled in plain digits</source>
        <translation>Traitez-la comme une erreur propre à Kamailio, et non comme un code du registre IANA
Vérifiez la Request-URI de la requête telle que le téléphone l'a envoyée
Recherchez des espaces, des « # », des « * » ou des lettres non ASCII qui doivent être échappés
Examinez les modifications récentes des règles de routage qui réécrivent l'URI
Comparez avec le même appel composé uniquement en chiffres</translation>
    </message>
    <message>
        <source>kamailio, bad uri, invalid address, malformed, wrong format, dialled number, not registered, unregistered</source>
        <translation>kamailio, uri invalide, bad uri, adresse invalide, mal formé, mauvais format, numéro composé, hors registre</translation>
    </message>
    <message>
        <source>Listed in the PJSIP and sofia-sip status tables; not defined in any RFC and not registered (origin not traced).</source>
        <translation>Figure dans les tables d'état de PJSIP et de sofia-sip ; défini dans aucune RFC et non enregistré (origine non retrouvée).</translation>
    </message>
    <message>
        <source>This is not a registered SIP code: a few SIP software libraries list it, suggesting the request was replaced by a newer one.</source>
        <translation>Ce code SIP est hors registre (absent du registre IANA) : quelques bibliothèques logicielles SIP le listent, ce qui suggère que la requête a été remplacée par une plus récente.</translation>
    </message>
    <message>
        <source>490 Request Updated appears in the code tables of some SIP software but has no agreed definition and is not a standard code. Its name suggests the request was superseded by a newer one before it finished. Other equipment treats it as a general request error, so look at what happened just before and after it.</source>
        <translation>490 Request Updated figure dans les tables de codes de certains logiciels SIP, mais n'a pas de définition reconnue et n'est pas un code standard. Son nom suggère que la requête a été remplacée par une plus récente avant d'être terminée. Les autres équipements le traitent comme une erreur de requête générique : regardez donc ce qui s'est passé juste avant et juste après.</translation>
    </message>
    <message>
        <source>Not a registered code and not defined in any RFC; PJSIP (PJSIP_SC_REQUEST_UPDATED) and sofia-sip (SIP_490_REQUEST_UPDATED) list the phrase without a documented origin. A UAC reads it as 400 (RFC 3261 §8.1.3.2). Look for a newer request on the same dialog or registration (re-INVITE, UPDATE, REGISTER refresh) that may have replaced the one that got 490; the registered code for a request crossing another one in progress is 491.</source>
        <translation>Code hors registre, défini dans aucune RFC ; PJSIP (PJSIP_SC_REQUEST_UPDATED) et sofia-sip (SIP_490_REQUEST_UPDATED) listent le libellé sans origine documentée. Un UAC le lit comme 400 (RFC 3261 §8.1.3.2). Recherchez une requête plus récente sur le même dialogue ou le même enregistrement (re-INVITE, UPDATE, rafraîchissement REGISTER) qui a pu remplacer celle qui a reçu 490 ; le code du registre IANA pour une requête qui en croise une autre en cours est 491.</translation>
    </message>
    <message>
        <source>Software built on PJSIP or sofia-sip using this unregistered code
A newer request on the same dialog or registration replacing the pending one
A custom application reusing the library constant</source>
        <translation>Un logiciel basé sur PJSIP ou sofia-sip qui utilise ce code hors registre
Une requête plus récente sur le même dialogue ou le même enregistrement qui remplace celle en attente
Une application personnalisée qui réutilise la constante de la bibliothèque</translation>
    </message>
    <message>
        <source>Treat it as a non-standard code (other equipment reads it as 400)
Look for a newer request with the same Call-ID just before the 490
If that newer request succeeded, the 490 is probably harmless
Identify the sending software from its Server or User-Agent header and ask the vendor</source>
        <translation>Traitez-le comme un code non standard (les autres équipements le lisent comme 400)
Recherchez une requête plus récente avec le même Call-ID juste avant la 490
Si cette requête plus récente a réussi, la 490 est probablement sans conséquence
Identifiez le logiciel émetteur grâce à son en-tête Server ou User-Agent et interrogez le fabricant</translation>
    </message>
    <message>
        <source>request updated, superseded, replaced, pjsip, sofia-sip, not registered, unregistered, non-standard</source>
        <translation>request updated, requête mise à jour, remplacée, requête remplacée, pjsip, sofia-sip, hors registre, non standard</translation>
    </message>
    <message>
        <source>A Wireshark statistics label: the bucket where it counts 4xx responses it does not list by name. Not a code sent on the wire.</source>
        <translation>Un libellé des statistiques de Wireshark : la catégorie où il compte les réponses 4xx qu'il ne nomme pas. Ce n'est pas un code envoyé sur le réseau.</translation>
    </message>
    <message>
        <source>This is not a registered SIP code: an analyser used it as a label for some other request failure.</source>
        <translation>Ce code SIP est hors registre (absent du registre IANA) : un analyseur l'a utilisé comme libellé pour un autre échec de requête.</translation>
    </message>
    <message>
        <source>The number 499 comes from Wireshark's statistics, not from a phone or server. The response that really travelled on the network was another 4xx code, meaning the request failed, and the analyser grouped it under 'Others'. Open the original packet to see the real code and its explanation.</source>
        <translation>Le nombre 499 vient des statistiques de Wireshark, et non d'un téléphone ou d'un serveur. La réponse qui a réellement circulé sur le réseau était un autre code 4xx, ce qui signifie que la requête a échoué, et l'analyseur l'a regroupée sous « Others ». Ouvrez le paquet d'origine pour voir le vrai code et son explication.</translation>
    </message>
    <message>
        <source>Not a registered code. Wireshark's sip_response_code_vals table uses 499 'Client Error - Others' as a per-class statistics bucket, so the real status line carried a different 4xx code, typically a newer or rarely used one; read it from the capture. A real 499 on the wire would be treated as 400 (RFC 3261 §8.1.3.2).</source>
        <translation>Code hors registre. La table sip_response_code_vals de Wireshark utilise 499 « Client Error - Others » comme catégorie statistique par classe : la vraie ligne d'état portait donc un autre code 4xx, en général un code récent ou rarement utilisé ; lisez-le dans la capture. Un vrai 499 sur le réseau serait traité comme 400 (RFC 3261 §8.1.3.2).</translation>
    </message>
    <message>
        <source>Not a wire code: Wireshark statistics grouped a 4xx response it does not list by name
A newer or vendor-specific 4xx code was present in the capture
A report or export built from Wireshark statistics copied the label</source>
        <translation>Pas un code réseau : les statistiques de Wireshark ont regroupé une réponse 4xx qu'il ne nomme pas
Un code 4xx récent ou propre à un fabricant était présent dans la capture
Un rapport ou un export tiré des statistiques de Wireshark a repris ce libellé</translation>
    </message>
    <message>
        <source>Remember that 499 is an analyser label, not a registered code
Open the original packet and read the real status code and reason phrase
Look up that real code instead of 499
If the real code is unknown to you, read it as 400 Bad Request</source>
        <translation>Gardez à l'esprit que 499 est un libellé d'analyseur, et non un code du registre IANA
Ouvrez le paquet d'origine et lisez le vrai code d'état et le libellé de la réponse
Recherchez ce vrai code plutôt que 499
Si vous ne connaissez pas le vrai code, interprétez-le comme 400 Bad Request</translation>
    </message>
    <message>
        <source>wireshark, statistics, others, client error, analyser label, not registered, not a real code, 4xx</source>
        <translation>wireshark, statistiques, others, autres, erreur client, libellé d'analyseur, non enregistré, hors registre, pas un vrai code, 4xx</translation>
    </message>
    <message>
        <source>A Wireshark statistics label: the bucket where it counts 5xx responses it does not list by name. Not a code sent on the wire.</source>
        <translation>Un libellé des statistiques de Wireshark : la catégorie où il compte les réponses 5xx qu'il ne nomme pas. Ce n'est pas un code envoyé sur le réseau.</translation>
    </message>
    <message>
        <source>This is not a registered SIP code: an analyser used it as a label for some other server error.</source>
        <translation>Ce code SIP est hors registre (absent du registre IANA) : un analyseur l'a utilisé comme libellé pour une autre erreur de serveur.</translation>
    </message>
    <message>
        <source>The number 599 comes from Wireshark's statistics, not from a phone or server. The response that really travelled on the network was another 5xx code, meaning a server failed, and the analyser grouped it under 'Others'. Open the original packet to see the real code.</source>
        <translation>Le nombre 599 vient des statistiques de Wireshark, et non d'un téléphone ou d'un serveur. La réponse qui a réellement circulé sur le réseau était un autre code 5xx, ce qui signifie qu'un serveur a échoué, et l'analyseur l'a regroupée sous « Others ». Ouvrez le paquet d'origine pour voir le vrai code.</translation>
    </message>
    <message>
        <source>Not a registered code. Wireshark's sip_response_code_vals table uses 599 'Server Error - Others' as a per-class statistics bucket, so the real status line carried a different 5xx code; read it from the capture. A real 599 on the wire would be treated as 500 (RFC 3261 §8.1.3.2).</source>
        <translation>Code hors registre. La table sip_response_code_vals de Wireshark utilise 599 « Server Error - Others » comme catégorie statistique par classe : la vraie ligne d'état portait donc un autre code 5xx ; lisez-le dans la capture. Un vrai 599 sur le réseau serait traité comme 500 (RFC 3261 §8.1.3.2).</translation>
    </message>
    <message>
        <source>Not a wire code: Wireshark statistics grouped a 5xx response it does not list by name
A newer or vendor-specific 5xx code was present in the capture
A report or export built from Wireshark statistics copied the label</source>
        <translation>Pas un code réseau : les statistiques de Wireshark ont regroupé une réponse 5xx qu'il ne nomme pas
Un code 5xx récent ou propre à un fabricant était présent dans la capture
Un rapport ou un export tiré des statistiques de Wireshark a repris ce libellé</translation>
    </message>
    <message>
        <source>Remember that 599 is an analyser label, not a registered code
Open the original packet and read the real status code and any Retry-After header
Look up that real code instead of 599
If the real code is unknown to you, read it as 500 Server Internal Error</source>
        <translation>Gardez à l'esprit que 599 est un libellé d'analyseur, et non un code du registre IANA
Ouvrez le paquet d'origine et lisez le vrai code d'état et l'éventuel en-tête Retry-After
Recherchez ce vrai code plutôt que 599
Si vous ne connaissez pas le vrai code, interprétez-le comme 500 Server Internal Error</translation>
    </message>
    <message>
        <source>wireshark, statistics, others, server error, analyser label, not registered, not a real code, 5xx</source>
        <translation>wireshark, statistiques, others, autres, erreur serveur, libellé d'analyseur, non enregistré, hors registre, pas un vrai code, 5xx</translation>
    </message>
    <message>
        <source>Listed in the sofia-sip status table (SIP_687_DIALOG_TERMINATED), the SIP library used by FreeSWITCH among others; not defined in any RFC and not registered.</source>
        <translation>Figure dans la table d'état de sofia-sip (SIP_687_DIALOG_TERMINATED), la bibliothèque SIP utilisée notamment par FreeSWITCH ; défini dans aucune RFC et non enregistré.</translation>
    </message>
    <message>
        <source>This is not a registered SIP code: some SIP software uses it to say the call had already ended.</source>
        <translation>Ce code SIP est hors registre (absent du registre IANA) : certains logiciels SIP l'utilisent pour indiquer que l'appel était déjà terminé.</translation>
    </message>
    <message>
        <source>687 Dialog Terminated comes from the sofia-sip software library, which FreeSWITCH and other products are built on. It says that the call session (the dialog) a request belonged to had already ended. It is not a standard code, so other equipment reads it as a general failure. It usually shows up when something happens on a call that was just hung up.</source>
        <translation>687 Dialog Terminated vient de la bibliothèque logicielle sofia-sip, sur laquelle reposent FreeSWITCH et d'autres produits. Il indique que la session d'appel (le dialogue) à laquelle appartenait une requête était déjà terminée. Ce n'est pas un code standard : les autres équipements le lisent donc comme un échec générique. Il apparaît en général lorsqu'une action a lieu sur un appel qui vient d'être raccroché.</translation>
    </message>
    <message>
        <source>Not a registered code and not defined in any RFC; sofia-sip lists it as SIP_687_DIALOG_TERMINATED with the phrase 'Dialog Terminated', whose name points to a request or transaction cut short because its dialog had ended. Software built on sofia-sip may show it in logs or send it; a UAC receiving it reads it as 600 (RFC 3261 §8.1.3.2), which wrongly suggests a global failure. The registered answers are 481 for a request that matches no dialog and 487 for a terminated request.</source>
        <translation>Code hors registre, défini dans aucune RFC ; sofia-sip le liste sous SIP_687_DIALOG_TERMINATED avec le libellé « Dialog Terminated », dont le nom désigne une requête ou une transaction interrompue parce que son dialogue était terminé. Les logiciels basés sur sofia-sip peuvent l'afficher dans leurs journaux ou l'envoyer ; un UAC qui le reçoit le lit comme 600 (RFC 3261 §8.1.3.2), ce qui suggère à tort un échec global. Les réponses enregistrées sont 481 pour une requête qui ne correspond à aucun dialogue et 487 pour une requête terminée.</translation>
    </message>
    <message>
        <source>Software built on sofia-sip (for example FreeSWITCH) using this unregistered code
A request arriving for a call that has just been hung up
A dialog torn down while a re-INVITE, UPDATE or other request was still pending
A race between BYE and another request on the same call</source>
        <translation>Un logiciel basé sur sofia-sip (par exemple FreeSWITCH) qui utilise ce code hors registre
Une requête qui arrive pour un appel qui vient d'être raccroché
Un dialogue libéré alors qu'un re-INVITE, un UPDATE ou une autre requête était encore en attente
Une concurrence entre un BYE et une autre requête sur le même appel</translation>
    </message>
    <message>
        <source>Treat it as a non-standard code (other equipment reads it as 600)
Look for a BYE or CANCEL with the same Call-ID just before the 687
If the call had already ended normally, the 687 is usually harmless
If calls drop unexpectedly, investigate why the dialog ended rather than the 687 itself</source>
        <translation>Traitez-le comme un code non standard (les autres équipements le lisent comme 600)
Recherchez un BYE ou un CANCEL avec le même Call-ID juste avant la 687
Si l'appel s'était déjà terminé normalement, la 687 est en général sans conséquence
Si des appels coupent de façon inattendue, cherchez pourquoi le dialogue s'est terminé plutôt que d'analyser la 687 elle-même</translation>
    </message>
    <message>
        <source>dialog terminated, call ended, hung up, sofia-sip, freeswitch, not registered, unregistered, non-standard</source>
        <translation>dialogue terminé, dialog terminated, appel terminé, raccroché, sofia-sip, freeswitch, hors registre, non standard</translation>
    </message>
    <message>
        <source>A Wireshark statistics label: the bucket where it counts 6xx responses it does not list by name. Not a code sent on the wire.</source>
        <translation>Un libellé des statistiques de Wireshark : la catégorie où il compte les réponses 6xx qu'il ne nomme pas. Ce n'est pas un code envoyé sur le réseau.</translation>
    </message>
    <message>
        <source>This is not a registered SIP code: an analyser used it as a label for some other final refusal.</source>
        <translation>Ce code SIP est hors registre (absent du registre IANA) : un analyseur l'a utilisé comme libellé pour un autre refus définitif.</translation>
    </message>
    <message>
        <source>The number 699 comes from Wireshark's statistics, not from a phone or server. The response that really travelled on the network was another 6xx code, meaning the call was refused everywhere, and the analyser grouped it under 'Others'. Open the original packet to see the real code.</source>
        <translation>Le nombre 699 vient des statistiques de Wireshark, et non d'un téléphone ou d'un serveur. La réponse qui a réellement circulé sur le réseau était un autre code 6xx, ce qui signifie que l'appel a été refusé partout, et l'analyseur l'a regroupée sous « Others ». Ouvrez le paquet d'origine pour voir le vrai code.</translation>
    </message>
    <message>
        <source>Not a registered code. Wireshark's sip_response_code_vals table uses 699 'Global Failure - Others' as a per-class statistics bucket, so the real status line carried a different 6xx code, for example one newer than the Wireshark version in use; read it from the capture. A real 699 on the wire would be treated as 600 (RFC 3261 §8.1.3.2).</source>
        <translation>Code hors registre. La table sip_response_code_vals de Wireshark utilise 699 « Global Failure - Others » comme catégorie statistique par classe : la vraie ligne d'état portait donc un autre code 6xx, par exemple un code plus récent que la version de Wireshark utilisée ; lisez-le dans la capture. Un vrai 699 sur le réseau serait traité comme 600 (RFC 3261 §8.1.3.2).</translation>
    </message>
    <message>
        <source>Not a wire code: Wireshark statistics grouped a 6xx response it does not list by name
A 6xx code newer than the analyser version in use (for example 607 or 608 in an old version)
A report or export built from Wireshark statistics copied the label</source>
        <translation>Pas un code réseau : les statistiques de Wireshark ont regroupé une réponse 6xx qu'il ne nomme pas
Un code 6xx plus récent que la version de l'analyseur utilisée (par exemple 607 ou 608 dans une ancienne version)
Un rapport ou un export tiré des statistiques de Wireshark a repris ce libellé</translation>
    </message>
    <message>
        <source>Remember that 699 is an analyser label, not a registered code
Open the original packet and read the real status code and reason phrase
Look up that real code instead of 699
If the real code is unknown to you, read it as 600 Busy Everywhere</source>
        <translation>Gardez à l'esprit que 699 est un libellé d'analyseur, et non un code du registre IANA
Ouvrez le paquet d'origine et lisez le vrai code d'état et le libellé de la réponse
Recherchez ce vrai code plutôt que 699
Si vous ne connaissez pas le vrai code, interprétez-le comme 600 Busy Everywhere</translation>
    </message>
    <message>
        <source>wireshark, statistics, others, global failure, analyser label, not registered, not a real code, 6xx</source>
        <translation>wireshark, statistiques, others, autres, échec global, libellé d'analyseur, non enregistré, hors registre, pas un vrai code, 6xx</translation>
    </message>
    <message>
        <source>A PJSIP local status for a request that got no answer; reported to the application, never sent on the wire.</source>
        <translation>Un statut local de PJSIP pour une requête restée sans réponse ; signalé à l'application, jamais envoyé sur le réseau.</translation>
    </message>
    <message>
        <source>This is not a registered SIP code: your phone gave up waiting because nothing came back from the server.</source>
        <translation>Ce code SIP est hors registre (absent du registre IANA) : votre téléphone a cessé d'attendre parce que le serveur n'a rien renvoyé.</translation>
    </message>
    <message>
        <source>No server sent this number. The phone or app (built on the PJSIP library) sent a request, received no reply at all from the network, and reported 701 itself. It points to a connection problem between your device and the server, or to a server that is down.</source>
        <translation>Aucun serveur n'a envoyé ce numéro. Le téléphone ou l'application (basé sur la bibliothèque PJSIP) a envoyé une requête, n'a reçu aucune réponse du réseau et a signalé 701 lui-même. Cela indique un problème de connexion entre votre appareil et le serveur, ou un serveur en panne.</translation>
    </message>
    <message>
        <source>Not a registered code; a local status from PJSIP's status table (formerly PJSIP_SC_TSX_TIMEOUT): the client transaction timed out (Timer B or F) without any response, so nothing was received from the network. RFC 3261 §8.1.3.1 says such a timeout is reported as if 408 had arrived, which newer PJSIP releases do. A capture shows whether the request left the device and whether anything came back.</source>
        <translation>Code hors registre ; un statut local de la table d'état de PJSIP (anciennement PJSIP_SC_TSX_TIMEOUT) : la transaction client a expiré (Timer B ou F) sans aucune réponse, et rien n'a donc été reçu du réseau. La RFC 3261 §8.1.3.1 prévoit qu'une telle expiration soit signalée comme si un 408 était arrivé, ce que font les versions récentes de PJSIP. Une capture montre si la requête a quitté l'appareil et si quelque chose est revenu.</translation>
    </message>
    <message>
        <source>Not a network answer: the phone's own timeout, reported with this unregistered code
Server down or unreachable
A firewall or NAT dropping the request or the response
Wrong server address, port or transport in the account settings
A large UDP request fragmented and dropped on the way</source>
        <translation>Pas une réponse du réseau : la propre expiration du téléphone, signalée avec ce code hors registre
Serveur en panne ou injoignable
Un pare-feu ou un NAT qui bloque la requête ou la réponse
Mauvaise adresse de serveur, mauvais port ou mauvais transport dans les réglages du compte
Une grosse requête UDP fragmentée et perdue en chemin</translation>
    </message>
    <message>
        <source>Remember nothing was received: the phone concluded this locally
Check the device's network connection
Check the server address, port and transport in the account settings
Capture traffic to see whether the request left and whether anything came back
Try TCP or TLS instead of UDP</source>
        <translation>Gardez à l'esprit que rien n'a été reçu : le téléphone a conclu cela localement
Vérifiez la connexion réseau de l'appareil
Vérifiez l'adresse du serveur, le port et le transport dans les réglages du compte
Capturez le trafic pour voir si la requête est partie et si quelque chose est revenu
Essayez TCP ou TLS au lieu d'UDP</translation>
    </message>
    <message>
        <source>no response, timeout, server not responding, unreachable, server down, no connection, pjsip, local error, not on the wire, not registered</source>
        <translation>pas de réponse, timeout, délai dépassé, le serveur ne répond pas, injoignable, serveur en panne, pas de connexion, pjsip, erreur locale, pas sur le réseau, non enregistré, hors registre</translation>
    </message>
    <message>
        <source>A PJSIP local status for a server name that could not be resolved; reported to the application, never sent on the wire.</source>
        <translation>Un statut local de PJSIP pour un nom de serveur qui n'a pas pu être résolu ; signalé à l'application, jamais envoyé sur le réseau.</translation>
    </message>
    <message>
        <source>This is not a registered SIP code: your phone could not find the server's address, so it sent nothing.</source>
        <translation>Ce code SIP est hors registre (absent du registre IANA) : votre téléphone n'a pas trouvé l'adresse du serveur et n'a donc rien envoyé.</translation>
    </message>
    <message>
        <source>No server sent this number. The phone or app (built on the PJSIP library) could not turn the server name into a network address and reported 702 itself; nothing was sent or received. It usually means a wrong server name in the settings or a DNS problem on the network the device uses.</source>
        <translation>Aucun serveur n'a envoyé ce numéro. Le téléphone ou l'application (basé sur la bibliothèque PJSIP) n'a pas pu convertir le nom du serveur en adresse réseau et a signalé 702 lui-même ; rien n'a été envoyé ni reçu. Cela signifie en général un nom de serveur erroné dans les réglages ou un problème DNS sur le réseau utilisé par l'appareil.</translation>
    </message>
    <message>
        <source>Not a registered code; a local status from PJSIP's status table (formerly PJSIP_SC_TSX_RESOLVE_ERROR): the DNS lookup of the destination (NAPTR, SRV, A or AAAA per RFC 3263) failed, so no request went out and nothing was received from the network. Newer PJSIP releases usually report this kind of failure as 503, in line with RFC 3261 §8.1.3.1 treating transport failures as 503.</source>
        <translation>Code hors registre ; un statut local de la table d'état de PJSIP (anciennement PJSIP_SC_TSX_RESOLVE_ERROR) : la résolution DNS de la destination (NAPTR, SRV, A ou AAAA selon la RFC 3263) a échoué, aucune requête n'est donc partie et rien n'a été reçu du réseau. Les versions récentes de PJSIP signalent en général ce type d'échec comme 503, conformément à la RFC 3261 §8.1.3.1 qui traite les échecs de transport comme des 503.</translation>
    </message>
    <message>
        <source>Not a network answer: the phone's own DNS failure, reported with this unregistered code
A typo in the server or domain name in the account settings
No working DNS server on the device or network
Missing SRV or A/AAAA records for the provider's domain
DNS blocked or filtered by the network (hotel, corporate, captive portal)</source>
        <translation>Pas une réponse du réseau : le propre échec DNS du téléphone, signalé avec ce code hors registre
Une faute de frappe dans le nom du serveur ou du domaine dans les réglages du compte
Aucun serveur DNS fonctionnel sur l'appareil ou le réseau
Des enregistrements SRV ou A/AAAA manquants pour le domaine de l'opérateur
DNS bloqué ou filtré par le réseau (hôtel, entreprise, portail captif)</translation>
    </message>
    <message>
        <source>Remember nothing was sent or received: the phone concluded this locally
Check the server or domain name in the account settings
Check the device's DNS settings and internet connection
Look up the domain's SRV and A records from another machine
Try the server's IP address temporarily to confirm a DNS problem</source>
        <translation>Gardez à l'esprit que rien n'a été envoyé ni reçu : le téléphone a conclu cela localement
Vérifiez le nom du serveur ou du domaine dans les réglages du compte
Vérifiez les réglages DNS et la connexion Internet de l'appareil
Interrogez les enregistrements SRV et A du domaine depuis une autre machine
Essayez temporairement l'adresse IP du serveur pour confirmer un problème DNS</translation>
    </message>
    <message>
        <source>dns, cannot resolve, server not found, domain not found, wrong server name, no internet, pjsip, local error, not on the wire, not registered</source>
        <translation>dns, résolution impossible, impossible de résoudre, serveur introuvable, domaine introuvable, mauvais nom de serveur, pas d'internet, pjsip, erreur locale, pas sur le réseau, non enregistré, hors registre</translation>
    </message>
    <message>
        <source>A PJSIP local status for a request that could not be sent; reported to the application, never sent on the wire.</source>
        <translation>Un statut local de PJSIP pour une requête qui n'a pas pu être envoyée ; signalé à l'application, jamais envoyé sur le réseau.</translation>
    </message>
    <message>
        <source>This is not a registered SIP code: your phone could not send its request to the server.</source>
        <translation>Ce code SIP est hors registre (absent du registre IANA) : votre téléphone n'a pas pu envoyer sa requête au serveur.</translation>
    </message>
    <message>
        <source>No server sent this number. The phone or app (built on the PJSIP library) tried to send a request, but the connection failed, for example because it was refused or the secure connection could not be set up, and it reported 703 itself. Nothing was received from the network; the problem is the path to the server or the server being down.</source>
        <translation>Aucun serveur n'a envoyé ce numéro. Le téléphone ou l'application (basé sur la bibliothèque PJSIP) a essayé d'envoyer une requête, mais la connexion a échoué, par exemple parce qu'elle a été refusée ou que la connexion sécurisée n'a pas pu être établie, et il a signalé 703 lui-même. Rien n'a été reçu du réseau ; le problème vient du chemin vers le serveur ou d'un serveur en panne.</translation>
    </message>
    <message>
        <source>Not a registered code; a local status from PJSIP's status table (formerly PJSIP_SC_TSX_TRANSPORT_ERROR): the transport could not send the request (connection refused or reset, TLS failure, ICMP unreachable), so nothing was received from the network. RFC 3261 §8.1.3.1 says a fatal transport error is reported as if 503 had arrived, which newer PJSIP releases do; the client should then try the next server (RFC 3263 §4.3).</source>
        <translation>Code hors registre ; un statut local de la table d'état de PJSIP (anciennement PJSIP_SC_TSX_TRANSPORT_ERROR) : le transport n'a pas pu envoyer la requête (connexion refusée ou réinitialisée, échec TLS, ICMP unreachable), et rien n'a donc été reçu du réseau. La RFC 3261 §8.1.3.1 prévoit qu'une erreur de transport fatale soit signalée comme si une 503 était arrivée, ce que font les versions récentes de PJSIP ; le client doit alors essayer le serveur suivant (RFC 3263 §4.3).</translation>
    </message>
    <message>
        <source>Not a network answer: the phone's own send failure, reported with this unregistered code
The server refused the TCP or TLS connection (service down, wrong port)
TLS handshake failure (certificate, protocol version, cipher)
ICMP port or host unreachable for UDP
A local firewall or VPN blocking outgoing SIP</source>
        <translation>Pas une réponse du réseau : le propre échec d'envoi du téléphone, signalé avec ce code hors registre
Le serveur a refusé la connexion TCP ou TLS (service arrêté, mauvais port)
Échec de la négociation TLS (certificat, version du protocole, suite de chiffrement)
ICMP port ou hôte injoignable pour UDP
Un pare-feu local ou un VPN qui bloque le SIP sortant</translation>
    </message>
    <message>
        <source>Remember nothing was received: the phone concluded this locally
Check the server address, port and transport
For TLS, check certificates and the date and time on the device
Capture traffic to see the connection attempt and any reset or ICMP error
Try another network (mobile data instead of Wi-Fi) to rule out local blocking</source>
        <translation>Gardez à l'esprit que rien n'a été reçu : le téléphone a conclu cela localement
Vérifiez l'adresse du serveur, le port et le transport
Pour TLS, vérifiez les certificats ainsi que la date et l'heure de l'appareil
Capturez le trafic pour voir la tentative de connexion et une éventuelle réinitialisation ou erreur ICMP
Essayez un autre réseau (données mobiles au lieu du Wi-Fi) pour écarter un blocage local</translation>
    </message>
    <message>
        <source>send error, transport error, connection refused, tls error, cannot connect, unreachable, server down, pjsip, local error, not on the wire, not registered</source>
        <translation>erreur d'envoi, erreur de transport, connexion refusée, erreur tls, impossible de se connecter, injoignable, serveur en panne, pjsip, erreur locale, pas sur le réseau, non enregistré, hors registre</translation>
    </message>
    <message>
        <source>A sofia-sip NUA local status reported to the application (seen in FreeSWITCH logs); never sent on the wire.</source>
        <translation>Un statut local de la couche NUA de sofia-sip signalé à l'application (visible dans les journaux de FreeSWITCH) ; jamais envoyé sur le réseau.</translation>
    </message>
    <message>
        <source>This is not a registered SIP code: the calling software reported an internal error of its own, and nothing came from the network.</source>
        <translation>Ce code SIP est hors registre (absent du registre IANA) : le logiciel appelant a signalé une erreur interne qui lui est propre, et rien n'est venu du réseau.</translation>
    </message>
    <message>
        <source>This number is produced inside SIP software built on the sofia-sip library, such as FreeSWITCH, to report a problem it found itself. The text varies, for example it could not add login credentials or the session was already ending. No server sent this code and nothing was received from the network for it; the cause is in the local software or its configuration.</source>
        <translation>Ce numéro est produit à l'intérieur de logiciels SIP basés sur la bibliothèque sofia-sip, comme FreeSWITCH, pour signaler un problème qu'ils ont eux-mêmes détecté. Le texte varie : par exemple, impossible d'ajouter les identifiants, ou session déjà en cours de fermeture. Aucun serveur n'a envoyé ce code et rien n'a été reçu du réseau à ce sujet ; la cause se trouve dans le logiciel local ou sa configuration.</translation>
    </message>
    <message>
        <source>Not a registered code; a local status from sofia-sip's NUA layer (nua_client.c, nua_session.c, nua_register.c), reported to the application with a varying phrase such as 'Cannot add credentials' or 'Session is terminating'. It never crosses the wire. Read the phrase and the neighbouring log lines: a 900 usually follows a real response (for example a 401 or 407 that could not be answered) or a local state problem.</source>
        <translation>Code hors registre ; un statut local de la couche NUA de sofia-sip (nua_client.c, nua_session.c, nua_register.c), signalé à l'application avec un libellé variable comme « Cannot add credentials » ou « Session is terminating ». Il ne circule jamais sur le réseau. Lisez le libellé et les lignes de journal voisines : un 900 suit en général une vraie réponse (par exemple une 401 ou une 407 à laquelle il n'a pas été possible de répondre) ou un problème d'état local.</translation>
    </message>
    <message>
        <source>Not a network answer: sofia-sip's own status, reported with this unregistered code
Credentials missing or invalid for an authentication challenge
A request attempted while the session was already being torn down
A misconfigured gateway or profile in FreeSWITCH
An internal state error in the application</source>
        <translation>Pas une réponse du réseau : le propre statut de sofia-sip, signalé avec ce code hors registre
Identifiants absents ou invalides pour un challenge d'authentification
Une requête tentée alors que la session était déjà en cours de libération
Une passerelle (gateway) ou un profil mal configuré dans FreeSWITCH
Une erreur d'état interne dans l'application</translation>
    </message>
    <message>
        <source>Remember nothing was received with this code: the software concluded it locally
Read the phrase that comes with 900 in the log
Look at the SIP messages just before it (for example a 401, 407 or BYE)
Check the gateway or account credentials and settings
Update the software if the error looks like a bug</source>
        <translation>Gardez à l'esprit que rien n'a été reçu avec ce code : le logiciel l'a conclu localement
Lisez le libellé qui accompagne 900 dans le journal
Examinez les messages SIP juste avant (par exemple une 401, une 407 ou un BYE)
Vérifiez les identifiants et les réglages de la passerelle ou du compte
Mettez à jour le logiciel si l'erreur ressemble à un bogue</translation>
    </message>
    <message>
        <source>internal error, local error, freeswitch, sofia, cannot add credentials, session terminating, not on the wire, not registered</source>
        <translation>erreur interne, erreur locale, freeswitch, sofia, impossible d'ajouter les identifiants, cannot add credentials, session en cours de fermeture, pas sur le réseau, non enregistré, hors registre</translation>
    </message>
    <message>
        <source>A sofia-sip NUA local status when a 401 or 407 challenge cannot be answered; never sent on the wire.</source>
        <translation>Un statut local de la couche NUA de sofia-sip lorsqu'il est impossible de répondre à un challenge 401 ou 407 ; jamais envoyé sur le réseau.</translation>
    </message>
    <message>
        <source>This is not a registered SIP code: the software could not answer the server's login request because it has no matching credentials.</source>
        <translation>Ce code SIP est hors registre (absent du registre IANA) : le logiciel n'a pas pu répondre à la demande d'authentification du serveur faute d'identifiants correspondants.</translation>
    </message>
    <message>
        <source>The server asked for a login (a 401 or 407 response), and software built on the sofia-sip library, such as FreeSWITCH, found no username and password that fit that request. It reported 904 itself; the 904 was not received from the network. The cause is the account or gateway settings on the calling side.</source>
        <translation>Le serveur a demandé une authentification (une réponse 401 ou 407), et un logiciel basé sur la bibliothèque sofia-sip, comme FreeSWITCH, n'a trouvé aucun nom d'utilisateur ni mot de passe correspondant à cette demande. Il a signalé 904 lui-même ; le 904 n'a pas été reçu du réseau. La cause se trouve dans les réglages du compte ou de la passerelle du côté appelant.</translation>
    </message>
    <message>
        <source>Not a registered code; a local status from sofia-sip's NUA layer (nua_client.c) when a 401 or 407 challenge cannot be answered: no credentials match the realm, or the scheme or algorithm is not supported. It never crosses the wire: the response actually received was the 401 or 407. Compare the realm and algorithm in WWW-Authenticate or Proxy-Authenticate with the configured credentials.</source>
        <translation>Code hors registre ; un statut local de la couche NUA de sofia-sip (nua_client.c) lorsqu'il est impossible de répondre à un challenge 401 ou 407 : aucun identifiant ne correspond au realm, ou le schéma ou l'algorithme n'est pas pris en charge. Il ne circule jamais sur le réseau : la réponse réellement reçue était la 401 ou la 407. Comparez le realm et l'algorithme de WWW-Authenticate ou de Proxy-Authenticate avec les identifiants configurés.</translation>
    </message>
    <message>
        <source>Not a network answer: sofia-sip's own status, reported with this unregistered code
No username and password configured for the realm the server asked for
The realm in the challenge differs from the configured one (for example the provider changed domain)
An unsupported authentication scheme or algorithm (for example SHA-256 only)
Credentials configured on the wrong gateway or profile</source>
        <translation>Pas une réponse du réseau : le propre statut de sofia-sip, signalé avec ce code hors registre
Aucun nom d'utilisateur ni mot de passe configuré pour le realm demandé par le serveur
Le realm du challenge diffère de celui configuré (par exemple l'opérateur a changé de domaine)
Un schéma ou un algorithme d'authentification non pris en charge (par exemple SHA-256 uniquement)
Des identifiants configurés sur la mauvaise passerelle ou le mauvais profil</translation>
    </message>
    <message>
        <source>Remember the 904 was concluded locally: look for the 401 or 407 that really arrived
Note the realm and algorithm in that challenge
Check that the gateway or account has credentials for that realm
Set the realm explicitly if the software needs it, or let it follow the challenge
Check that the software supports the requested algorithm</source>
        <translation>Gardez à l'esprit que le 904 a été conclu localement : cherchez la 401 ou la 407 réellement arrivée
Notez le realm et l'algorithme de ce challenge
Vérifiez que la passerelle ou le compte dispose d'identifiants pour ce realm
Définissez explicitement le realm si le logiciel l'exige, ou laissez-le suivre le challenge
Vérifiez que le logiciel prend en charge l'algorithme demandé</translation>
    </message>
    <message>
        <source>authentication, wrong password, login failed, realm, challenge, registration failed, freeswitch, sofia, not on the wire, not registered</source>
        <translation>authentification, mauvais mot de passe, échec de connexion, échec d'authentification, realm, challenge, échec d'enregistrement, freeswitch, sofia, pas sur le réseau, non enregistré, hors registre</translation>
    </message>
    <message>
        <source>A Wireshark placeholder for response codes outside its table. Not a code sent on the wire.</source>
        <translation>Une valeur de remplacement de Wireshark pour les codes de réponse absents de sa table. Ce n'est pas un code envoyé sur le réseau.</translation>
    </message>
    <message>
        <source>This is not a registered SIP code: an analyser used it as a placeholder for a response it could not classify.</source>
        <translation>Ce code SIP est hors registre (absent du registre IANA) : un analyseur l'a utilisé comme valeur de remplacement pour une réponse qu'il n'a pas pu classer.</translation>
    </message>
    <message>
        <source>The number 999 comes from Wireshark, not from a phone or server. The response that really travelled on the network had some other code that the analyser could not place in its table, and it showed this placeholder instead. Open the original packet to see what was actually sent.</source>
        <translation>Le nombre 999 vient de Wireshark, et non d'un téléphone ou d'un serveur. La réponse qui a réellement circulé sur le réseau portait un autre code que l'analyseur n'a pas pu situer dans sa table, et il a affiché cette valeur de remplacement à la place. Ouvrez le paquet d'origine pour voir ce qui a réellement été envoyé.</translation>
    </message>
    <message>
        <source>Not a registered code and outside the six classes of RFC 3261 §21. Wireshark's sip_response_code_vals uses 999 'Unknown response' as a placeholder for codes outside its table, so the real status line carried something else. Read it from the capture: a code from 100 to 699 that is not registered is read as the x00 of its class (RFC 3261 §8.1.3.2), while anything outside that range is not a valid SIP response at all.</source>
        <translation>Code hors registre et hors des six classes de la RFC 3261 §21. La table sip_response_code_vals de Wireshark utilise 999 « Unknown response » comme valeur de remplacement pour les codes absents de sa table : la vraie ligne d'état contenait donc autre chose. Lisez-la dans la capture : un code de 100 à 699 hors registre est interprété comme le x00 de sa classe (RFC 3261 §8.1.3.2), tandis que tout ce qui sort de cette plage n'est pas du tout une réponse SIP valide.</translation>
    </message>
    <message>
        <source>Not a wire code: Wireshark could not place the real response code in its table
A vendor-specific or malformed status line in the capture
A report or export built from Wireshark statistics copied the placeholder</source>
        <translation>Pas un code réseau : Wireshark n'a pas pu situer le vrai code de réponse dans sa table
Une ligne d'état propre à un fabricant ou mal formée dans la capture
Un rapport ou un export tiré des statistiques de Wireshark a repris cette valeur de remplacement</translation>
    </message>
    <message>
        <source>Remember that 999 is an analyser placeholder, not a registered code
Open the original packet and read the real status line
Look up that real code instead of 999
If the status line is malformed, find the device that sent it from its Server header</source>
        <translation>Gardez à l'esprit que 999 est une valeur de remplacement d'analyseur, et non un code du registre IANA
Ouvrez le paquet d'origine et lisez la vraie ligne d'état
Recherchez ce vrai code plutôt que 999
Si la ligne d'état est mal formée, identifiez l'appareil qui l'a envoyée grâce à son en-tête Server</translation>
    </message>
    <message>
        <source>wireshark, unknown response, unknown code, analyser label, placeholder, not registered, not a real code</source>
        <translation>wireshark, réponse inconnue, code inconnu, libellé d'analyseur, valeur de remplacement, non enregistré, hors registre, pas un vrai code, unknown response</translation>
    </message>
    <message>
        <source>Some status lists and analysers</source>
        <translation>Certaines listes de codes et certains analyseurs</translation>
    </message>
    <message>
        <source>Wikipedia and vendor lists derived from it</source>
        <translation>Wikipédia et les listes de fabricants qui en dérivent</translation>
    </message>
    <message>
        <source>Wireshark: its per-class statistics bucket for 1xx codes it does not list by name, not another name for 199 Early Dialog Terminated</source>
        <translation>Wireshark : sa catégorie statistique par classe pour les codes 1xx qu'il ne nomme pas, et non un autre nom pour 199 Early Dialog Terminated</translation>
    </message>
    <message>
        <source>Some status lists</source>
        <translation>Certaines listes de codes</translation>
    </message>
    <message>
        <source>sofia-sip; reSIProcate</source>
        <translation>sofia-sip ; reSIProcate</translation>
    </message>
    <message>
        <source>Wireshark; some vendors</source>
        <translation>Wireshark ; certains fabricants</translation>
    </message>
    <message>
        <source>PJSIP; Wireshark (RFC 4474 wording)</source>
        <translation>PJSIP ; Wireshark (formulation de la RFC 4474)</translation>
    </message>
    <message>
        <source>PJSIP; Wireshark; FreeSWITCH (RFC 4474 wording)</source>
        <translation>PJSIP ; Wireshark ; FreeSWITCH (formulation de la RFC 4474)</translation>
    </message>
    <message>
        <source>RFC 2543 and older gateways</source>
        <translation>RFC 2543 et passerelles anciennes</translation>
    </message>
    <message>
        <source>reSIProcate</source>
        <translation>reSIProcate</translation>
    </message>
    <message>
        <source>sofia-sip; Wikipedia; many vendor pages</source>
        <translation>sofia-sip ; Wikipédia ; de nombreuses pages de fabricants</translation>
    </message>
    <message>
        <source>RFC 2543; sofia-sip; some analysers</source>
        <translation>RFC 2543 ; sofia-sip ; certains analyseurs</translation>
    </message>
    <message>
        <source>Some analysers</source>
        <translation>Certains analyseurs</translation>
    </message>
    <message>
        <source>Some stacks and provider pages</source>
        <translation>Certaines piles SIP et pages d'opérateurs</translation>
    </message>
    <message>
        <source>Defined in RFC 3261 §21.1.1. It is hop-by-hop: the next element (proxy, B2BUA or UAS) sends it to stop INVITE retransmissions, and a stateful proxy never forwards a 100 it receives (§16.7); an INVITE server transaction generates one itself unless it knows that its TU will send a provisional or final response within 200 ms (§17.2.1). It creates no dialog, needs no To tag, and echoes a Timestamp header if the request had one. A 100 followed by silence means the next hop took the INVITE but nothing came back from further downstream; the attempt then ends when a proxy's Timer C or the caller's own no-answer timer fires, usually with CANCEL and 487, or with 408.</source>
        <translation>Définie dans la RFC 3261 §21.1.1. Elle est de saut en saut : l'élément suivant (proxy, B2BUA ou UAS) l'envoie pour arrêter les retransmissions de l'INVITE, et un proxy avec état ne relaie jamais une 100 qu'il reçoit (§16.7) ; une transaction serveur INVITE en génère une d'elle-même, sauf si elle sait que son TU enverra une réponse provisoire ou finale dans les 200 ms (§17.2.1). Elle ne crée aucun dialogue, n'a pas besoin de tag To et renvoie l'en-tête Timestamp si la requête en avait un. Une 100 suivie de silence signifie que le saut suivant a pris l'INVITE mais que rien n'est revenu de plus loin ; la tentative se termine alors quand le Timer C d'un proxy ou le propre temporisateur de non-réponse de l'appelant expire, en général avec CANCEL et 487, ou avec 408.</translation>
    </message>
    <message>
        <source>RFC 6228: a forking proxy (§6) or a UAS sends 199 upstream to say that an early dialog, identified by the To tag of the earlier 1xx, has ended before the final response; it is sent only if the request carried Supported: 199. It lets the caller release that branch's resources, for example stop playing its early media. It should not carry SDP unless RFC 3264 requires it (§8), and when the branch ended with a final response the sender must add a Reason header with that response code (§5, §6); a proxy does not generate 199 if the request carried Require: 100rel (§6). Wireshark's statistics label this row 'Informational - Others', a per-class bucket rather than the registered phrase.</source>
        <translation>RFC 6228 : un proxy qui fait du forking (§6) ou un UAS envoie 199 vers l'amont pour indiquer qu'un dialogue précoce (early dialog), identifié par le tag To de la 1xx précédente, s'est terminé avant la réponse finale ; elle n'est envoyée que si la requête contenait Supported: 199. Elle permet à l'appelant de libérer les ressources de cette branche, par exemple d'arrêter la diffusion de son early media. Elle ne doit pas transporter de SDP, sauf si la RFC 3264 l'exige (§8), et lorsque la branche s'est terminée par une réponse finale, l'émetteur doit ajouter un en-tête Reason avec ce code de réponse (§5, §6) ; un proxy ne génère pas de 199 si la requête contenait Require: 100rel (§6). Les statistiques de Wireshark nomment cette ligne « Informational - Others », une catégorie par classe et non le libellé inscrit au registre.</translation>
    </message>
    <message>
        <source>Defined by RFC 5839 §7.1 (conditional event notification; the notifier's side is in §6.3). It answers a SUBSCRIBE refresh inside an existing subscription dialog that carries Suppress-If-Match with the entity tag the subscriber last received in the SIP-ETag header of a NOTIFY; if the resource state still matches, the notifier refreshes the subscription, replies 204 and sends no NOTIFY. The Expires header gives the new duration. Not to be confused with HTTP's 204 No Content.</source>
        <translation>Définie par la RFC 5839 §7.1 (notification conditionnelle d'événements ; le côté du notificateur est décrit au §6.3). Elle répond à un rafraîchissement SUBSCRIBE, à l'intérieur d'un dialogue d'abonnement existant, qui contient Suppress-If-Match avec l'entity-tag que l'abonné a reçu en dernier dans l'en-tête SIP-ETag d'un NOTIFY ; si l'état de la ressource correspond toujours, le notificateur rafraîchit l'abonnement, répond 204 et n'envoie pas de NOTIFY. L'en-tête Expires donne la nouvelle durée. À ne pas confondre avec le 204 No Content du HTTP.</translation>
    </message>
    <message>
        <source>Defined in RFC 3892 §5 (the Referred-By mechanism). The refer target sends 429 when it requires a Referred-By security token, an S/MIME-signed message/sipfrag body, and the request triggered by a REFER (usually an INVITE) carries no valid one; the referee may also answer the REFER itself with 429 when it requires a token and the REFER has none (§2.1, §2.2). The referee should report the failure to the referrer in a NOTIFY, so that the referrer can send the REFER again with a token. Rarely seen, because signed Referred-By tokens are seldom deployed; most systems refuse unwanted transfers with 403.</source>
        <translation>Définie dans la RFC 3892 §5 (mécanisme Referred-By). La cible du transfert envoie 429 lorsqu'elle exige un jeton de sécurité Referred-By, c'est-à-dire un corps message/sipfrag signé en S/MIME, et que la requête déclenchée par un REFER (en général un INVITE) n'en contient pas de valide ; le transféré peut aussi répondre 429 au REFER lui-même lorsqu'il exige un jeton et que le REFER n'en contient pas (§2.1, §2.2). Le transféré doit signaler l'échec au transféreur dans un NOTIFY, pour que celui-ci puisse renvoyer le REFER avec un jeton. Rarement observée, car les jetons Referred-By signés sont peu déployés ; la plupart des systèmes refusent les transferts indésirables avec 403.</translation>
    </message>
    <message>
        <source>Defined by SIP Outbound (RFC 5626 §11.5). An edge proxy returns 430 when a request routed by a flow token (Path or Record-Route URI with the ob parameter) cannot be delivered because that flow, a TCP/TLS connection or a UDP NAT binding, has failed. It is meant to stay between proxies: on a 430 the authoritative proxy replaces the branch with another registered flow of the same instance (§7); when none is left, its ordinary choice of the best response decides what the caller gets, often 480. A user agent that receives 430 anyway treats it like 400.</source>
        <translation>Définie par SIP Outbound (RFC 5626 §11.5). Un proxy de bordure (edge proxy) renvoie 430 lorsqu'une requête acheminée par un jeton de flux (URI Path ou Record-Route avec le paramètre ob) ne peut pas être remise parce que ce flux, une connexion TCP/TLS ou une association NAT UDP, est défaillant. Elle est censée rester entre proxys : sur une 430, le proxy responsable remplace la branche par un autre flux enregistré de la même instance (§7) ; s'il n'en reste aucun, son choix habituel de la meilleure réponse décide de ce que reçoit l'appelant, souvent 480. Un agent utilisateur qui reçoit malgré tout 430 la traite comme 400.</translation>
    </message>
    <message>
        <source>Defined in RFC 5079 §5 for anonymous call rejection. A UAS, or a proxy acting for the callee, sends 433 when the request is anonymous and the target's policy refuses such requests. RFC 5079 §3 counts a request as anonymous when its From URI is anonymous (anonymous@anonymous.invalid) or its Privacy header has the value id or user; Privacy: header alone does not make it so, nor does a missing P-Asserted-Identity. Unlike a plain 403 or 603 it tells the caller exactly why, so the caller can try again with identity shown. The check usually sits in a network service setting of the called line rather than in the called device.</source>
        <translation>Définie dans la RFC 5079 §5 pour le rejet des appels anonymes. Un UAS, ou un proxy agissant pour l'appelé, envoie 433 lorsque la requête est anonyme et que la politique de la cible refuse ces requêtes. La RFC 5079 §3 considère une requête comme anonyme lorsque son URI From est anonyme (anonymous@anonymous.invalid) ou que son en-tête Privacy a la valeur id ou user ; Privacy: header seul ne la rend pas anonyme, pas plus qu'une P-Asserted-Identity absente. Contrairement à un simple 403 ou 603, elle indique à l'appelant la raison exacte, pour qu'il puisse réessayer en présentant son identité. Le contrôle se trouve en général dans un réglage de service réseau de la ligne appelée plutôt que dans l'appareil appelé.</translation>
    </message>
    <message>
        <source>The caller's number is withheld (CLIR or a Privacy header)
The called party has anonymous call rejection switched on
A non-compliant rejection service that treats a missing P-Asserted-Identity as anonymous (RFC 5079 §3 says it is not)
A PBX or trunk that sends From: anonymous by default</source>
        <translation>Le numéro de l'appelant est masqué (CLIR ou en-tête Privacy)
L'appelé a activé le rejet des appels anonymes
Un service de rejet non conforme qui considère une P-Asserted-Identity absente comme anonyme (la RFC 5079 §3 dit le contraire)
Un IPBX ou un trunk SIP qui envoie From: anonymous par défaut</translation>
    </message>
    <message>
        <source>Defined by SIP Outbound (RFC 5626 §11.6). The registrar returns 439 when a REGISTER requests outbound behaviour (Contact with reg-id and +sip.instance, Supported: outbound) but the first-hop edge proxy has not shown outbound support, i.e. there is no Path entry with the ob parameter. The UA can register again without reg-id, or through an edge proxy that supports outbound.</source>
        <translation>Définie par SIP Outbound (RFC 5626 §11.6). Le registrar renvoie 439 lorsqu'un REGISTER demande le comportement outbound (Contact avec reg-id et +sip.instance, Supported: outbound) alors que le proxy de bordure du premier saut n'a pas signalé qu'il le prend en charge, c'est-à-dire qu'il n'y a pas d'entrée Path avec le paramètre ob. L'UA peut se réenregistrer sans reg-id, ou via un proxy de bordure qui prend en charge outbound.</translation>
    </message>
    <message>
        <source>RFC 6665 §8.3.2 (first RFC 3265 §7.3.2): the notifier does not understand the event package named in the Event header of a SUBSCRIBE, or a subscriber got a NOTIFY for a package it does not handle. An Allow-Events header listing the packages that are supported may come with it (RFC 6665 §4.4.4 recommends one in general, not for 489 alone), but it is often absent. reSIProcate uses the phrase Event Package Not Supported. Compare 405 or 501, used when the SUBSCRIBE method itself is not supported.</source>
        <translation>RFC 6665 §8.3.2 (d'abord RFC 3265 §7.3.2) : le notificateur ne comprend pas le paquetage d'événements nommé dans l'en-tête Event d'un SUBSCRIBE, ou un abonné a reçu un NOTIFY pour un paquetage qu'il ne gère pas. Un en-tête Allow-Events listant les paquetages pris en charge peut l'accompagner (la RFC 6665 §4.4.4 le recommande en général, pas pour la seule 489), mais il est souvent absent. reSIProcate utilise le libellé Event Package Not Supported. À comparer avec 405 ou 501, utilisées lorsque la méthode SUBSCRIBE elle-même n'est pas prise en charge.</translation>
    </message>
    <message>
        <source>Check the Event header of the SUBSCRIBE or NOTIFY
If the 489 has an Allow-Events header, read it to see what the server supports
Align phone key settings (BLF, voicemail, presence) with the PBX features
Make sure subscriptions go to the right server</source>
        <translation>Vérifiez l'en-tête Event du SUBSCRIBE ou du NOTIFY
Si la 489 contient un en-tête Allow-Events, lisez-le pour savoir ce que le serveur prend en charge
Harmonisez les réglages des touches du téléphone (BLF, messagerie vocale, présence) avec les fonctions de l'IPBX
Assurez-vous que les abonnements vont au bon serveur</translation>
    </message>
    <message>
        <source>Any element may send it when a request has malformed syntax (RFC 3261 §21.4.1), such as a missing mandatory header (Call-ID, CSeq, From, To, Via, Max-Forwards), an unparsable header value or a Content-Length that does not match the body. The reason phrase should name the problem more precisely, for example "Missing Call-ID header field", and a Warning header may add detail, so read both. It is a syntax complaint: a request that parses but whose session offer cannot be accepted gets 488, an unknown URI scheme 416 and an unsupported body type 415. RFC 3398 maps it to Q.850 cause 41 (Temporary failure).</source>
        <translation>Tout élément peut l'envoyer lorsqu'une requête a une syntaxe incorrecte (RFC 3261 §21.4.1) : en-tête obligatoire manquant (Call-ID, CSeq, From, To, Via, Max-Forwards), valeur d'en-tête impossible à analyser ou Content-Length qui ne correspond pas au corps, par exemple. Le libellé de la réponse devrait préciser le problème, par exemple « Missing Call-ID header field », et un en-tête Warning peut donner des détails : lisez les deux. C'est une erreur de syntaxe : une requête analysable dont l'offre de session ne peut pas être acceptée reçoit 488, un schéma d'URI inconnu 416 et un type de corps non pris en charge 415. La RFC 3398 fait correspondre cette réponse à la cause Q.850 41 (Défaillance temporaire).</translation>
    </message>
    <message>
        <source>Defined by RFC 3312 §8: a UAS rejects an offer with 580 when the preconditions in the SDP (for example a=des:qos mandatory ...) cannot be met, typically because resource reservation failed. The response usually carries SDP whose desired-status lines are marked with the strength tag failure, or unknown for a precondition type the answerer does not understand. Support travels as the precondition option tag: a UAS without precondition support answers 420 to a request with Require: precondition, and a UAS that insists on preconditions answers 421 to a caller that did not list the tag in Supported; a plain media mismatch gives 488. In IMS networks 580 usually means the dedicated voice bearer could not be set up.</source>
        <translation>Définie par la RFC 3312 §8 : un UAS refuse une offre avec 580 lorsque les préconditions du SDP (par exemple a=des:qos mandatory ...) ne peuvent pas être remplies, typiquement parce que la réservation de ressources a échoué. La réponse contient en général un SDP dont les lignes desired-status portent l'indicateur de force failure, ou unknown pour un type de précondition que le répondant ne comprend pas. La prise en charge est signalée par l'étiquette d'option precondition : un UAS qui ne gère pas les préconditions répond 420 à une requête avec Require: precondition, et un UAS qui exige des préconditions répond 421 à un appelant qui n'a pas listé l'étiquette dans Supported ; une simple incompatibilité de médias donne 488. Dans les réseaux IMS, 580 signifie en général que le support (bearer) vocal dédié n'a pas pu être établi.</translation>
    </message>
    <message>
        <source>RFC 8197: sent by the called UA when its user indicates the call (or message) is unwanted; as a 6xx it stops forking. Intermediaries and analytics services may use it to filter future calls from the same identity, but because caller IDs can be spoofed they should weigh how well that identity was verified (for example an RFC 8224 Identity header); a registrar can announce that it processes 607 with Feature-Caps: sip.607 in its REGISTER response. It differs from 603 (a plain decline with no judgement on the caller) and 608 (rejected by an intermediary, not the user). A SIP element that does not know 607 treats it as 600 Busy Everywhere (RFC 3261 §8.1.3.2), but RFC 3398 predates it, and an RFC 3398 gateway sends any response code its table does not list to the PSTN as Q.850 cause 31 (Normal, unspecified) (§8.2.6.1), not as user busy.</source>
        <translation>RFC 8197 : envoyée par l'UA appelé lorsque son utilisateur indique que l'appel (ou le message) est indésirable ; en tant que 6xx, elle arrête le forking. Les intermédiaires et les services d'analyse peuvent s'en servir pour filtrer les appels futurs de la même identité, mais comme les numéros présentés peuvent être usurpés, ils doivent tenir compte de la qualité de la vérification de cette identité (par exemple un en-tête Identity selon la RFC 8224) ; un registrar peut annoncer qu'il traite 607 avec Feature-Caps: sip.607 dans sa réponse au REGISTER. Elle diffère de 603 (un simple refus sans jugement sur l'appelant) et de 608 (rejet par un intermédiaire, et non par l'utilisateur). Un élément SIP qui ne connaît pas 607 la traite comme 600 Busy Everywhere (RFC 3261 §8.1.3.2), mais la RFC 3398 lui est antérieure, et une passerelle conforme à la RFC 3398 transmet au RTC tout code de réponse absent de sa table comme cause Q.850 31 (Normal, non spécifié) (§8.2.6.1), et non comme usager occupé.</translation>
    </message>
    <message>
        <source>RFC 8688: sent by an intermediary, typically a call-analytics engine, rather than by the called user; as a 6xx it stops forking. The intermediary must add a Call-Info header with purpose=jwscard referring to a signed jCard (JWS) with contact details for redress, unless it believes the request is a malicious attempt to probe it (§3.1); a sip.608 feature-capability indicator in the INVITE says an upstream element will pass that information on, for example as an announcement to a PSTN caller. Compare 607 (the called user judged the call unwanted) and 603 (the user declined). RFC 3398 predates it, and equipment that does not know 608 treats it as 600 Busy Everywhere (RFC 3261 §8.1.3.2).</source>
        <translation>RFC 8688 : envoyée par un intermédiaire, typiquement un moteur d'analyse des appels, plutôt que par l'utilisateur appelé ; en tant que 6xx, elle arrête le forking. L'intermédiaire doit ajouter un en-tête Call-Info avec purpose=jwscard pointant vers une jCard signée (JWS) contenant des coordonnées de recours, sauf si elle estime que la requête est une tentative malveillante de la sonder (§3.1) ; un indicateur de capacité sip.608 dans l'INVITE signale qu'un élément en amont transmettra cette information, par exemple sous forme d'annonce à un appelant RTC. À comparer avec 607 (l'utilisateur appelé a jugé l'appel indésirable) et 603 (l'utilisateur a refusé). La RFC 3398 lui est antérieure, et un équipement qui ne connaît pas 608 la traite comme 600 Busy Everywhere (RFC 3261 §8.1.3.2).</translation>
    </message>
</context>
<context>
    <name>CertificateExpiry</name>
    <message>
        <source>expired less than a day ago (%1)</source>
        <translation>a expiré il y a moins d'un jour (%1)</translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago (%1)</source>
        <translation>
            <numerusform>a expiré il y a %n jour (%1)</numerusform>
            <numerusform>a expiré il y a %n jours (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>expires in less than a day (%1)</source>
        <translation>expire dans moins d'un jour (%1)</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s) (%1)</source>
        <translation>
            <numerusform>expire dans %n jour (%1)</numerusform>
            <numerusform>expire dans %n jours (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>the server's certificate %1</source>
        <translation>le certificat du serveur %1</translation>
    </message>
    <message>
        <source>certificate %1 of %2 in the chain (%3) %4</source>
        <translation>le certificat %1 sur %2 de la chaîne (%3) %4</translation>
    </message>
</context>
<context>
    <name>CertificateRequirements</name>
    <message>
        <source>SIP signalling runs over TLS (Direct Routing accepts no UDP or TCP).</source>
        <translation>La signalisation SIP passe par TLS (Direct Routing n'accepte ni UDP ni TCP).</translation>
    </message>
    <message>
        <source>SIP signalling runs over TLS (BYOC trunks use TLS only).</source>
        <translation>La signalisation SIP passe par TLS (les trunks BYOC n'utilisent que TLS).</translation>
    </message>
    <message>
        <source>the probe used TLS</source>
        <translation>le sondage a utilisé TLS</translation>
    </message>
    <message>
        <source>the probe did not use TLS: use a sips: URI or --transport tls</source>
        <translation>le sondage n'a pas utilisé TLS : utilisez une URI sips: ou --transport tls</translation>
    </message>
    <message>
        <source>The certificate chains to a public certification authority: not self-signed, not a private or enterprise CA.</source>
        <translation>La chaîne du certificat remonte à une autorité de certification publique : ni auto-signé, ni émis par une AC privée ou d'entreprise.</translation>
    </message>
    <message>
        <source>The SBC's FQDN is in the certificate's subject alternative names or common name; a wildcard only as the whole leftmost label (*.example.com matches sbc.example.com, not sbc.eu.example.com).</source>
        <translation>Le FQDN du SBC figure dans les noms alternatifs du sujet (SAN) ou dans le nom commun (CN) du certificat ; un caractère générique uniquement comme étiquette entière la plus à gauche (*.example.com correspond à sbc.example.com, pas à sbc.eu.example.com).</translation>
    </message>
    <message>
        <source>TLS 1.2 or newer is negotiated.</source>
        <translation>La version négociée est TLS 1.2 ou plus récente.</translation>
    </message>
    <message>
        <source>Every certificate the SBC presents is within its validity period.</source>
        <translation>Chaque certificat présenté par le SBC est dans sa période de validité.</translation>
    </message>
    <message>
        <source>An RSA key of at least 2048 bits (the cipher suites Direct Routing lists are all ECDHE_RSA).</source>
        <translation>Une clé RSA d'au moins 2048 bits (les suites de chiffrement listées par Direct Routing sont toutes ECDHE_RSA).</translation>
    </message>
    <message>
        <source>An RSA key of at least 2048 bits or an EC key of at least 256 bits.</source>
        <translation>Une clé RSA d'au moins 2048 bits ou une clé EC d'au moins 256 bits.</translation>
    </message>
    <message>
        <source>the server presented no certificate</source>
        <translation>le serveur n'a présenté aucun certificat</translation>
    </message>
    <message>
        <source>no TLS connection, no certificate</source>
        <translation>pas de connexion TLS, pas de certificat</translation>
    </message>
    <message>
        <source>the certificate is self-signed (%1)</source>
        <translation>le certificat est auto-signé (%1)</translation>
    </message>
    <message>
        <source>its issuer %1 is not a certification authority of the system's CA store: a private CA, or a chain the server sends incomplete</source>
        <translation>son émetteur %1 n'est pas une autorité de certification du magasin d'AC du système : une AC privée, ou une chaîne que le serveur envoie incomplète</translation>
    </message>
    <message>
        <source>(the probe accepted it only because of --ca-file)</source>
        <translation>(le sondage ne l'a accepté qu'à cause de --ca-file)</translation>
    </message>
    <message>
        <source>the certificate is revoked</source>
        <translation>le certificat est révoqué</translation>
    </message>
    <message>
        <source>the chain does not verify against the system's CA store</source>
        <translation>la chaîne ne peut pas être vérifiée avec le magasin d'AC du système</translation>
    </message>
    <message>
        <source>issued by %1, trusted by the system's CA store</source>
        <translation>émis par %1, approuvé par le magasin d'AC du système</translation>
    </message>
    <message>
        <source>the probe connected to the IP address %1; the platform reaches an SBC by its FQDN: probe the FQDN</source>
        <translation>le sondage s'est connecté à l'adresse IP %1 ; la plateforme joint un SBC par son FQDN : sondez le FQDN</translation>
    </message>
    <message>
        <source>%1 matches %2</source>
        <translation>%1 correspond à %2</translation>
    </message>
    <message>
        <source>%1 is not among the certificate's names (%2)</source>
        <translation>%1 ne figure pas parmi les noms du certificat (%2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1: a wildcard must be the whole leftmost label, and only one</source>
        <translation>%1 : un caractère générique doit former toute l'étiquette la plus à gauche, et il n'en faut qu'un</translation>
    </message>
    <message>
        <source>%1 expired on %2</source>
        <translation>%1 a expiré le %2</translation>
    </message>
    <message>
        <source>%1 is not valid before %2</source>
        <translation>%1 n'est pas valide avant le %2</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>valide jusqu'au %1</translation>
    </message>
    <message>
        <source>an unknown key</source>
        <translation>une clé inconnue</translation>
    </message>
    <message>
        <source>%1 %2 bits</source>
        <translation>%1 %2 bits</translation>
    </message>
    <message>
        <source>the certificate has %1</source>
        <translation>le certificat utilise %1</translation>
    </message>
    <message>
        <source>the TLS handshake did not complete (see the error); --insecure shows what it would negotiate</source>
        <translation>la négociation TLS ne s'est pas terminée (voir l'erreur) ; --insecure montre ce qui serait négocié</translation>
    </message>
    <message>
        <source>no TLS connection</source>
        <translation>pas de connexion TLS</translation>
    </message>
    <message>
        <source>%1 negotiated</source>
        <translation>%1 négocié</translation>
    </message>
    <message>
        <source>%1 negotiated; TLS 1.0 and 1.1 are refused</source>
        <translation>%1 négocié ; TLS 1.0 et 1.1 sont refusés</translation>
    </message>
</context>
<context>
    <name>CertificateThresholds</name>
    <message>
        <source>"%1" is not a whole number of days from 0 to %2.</source>
        <translation>« %1 » n'est pas un nombre entier de jours compris entre 0 et %2.</translation>
    </message>
    <message>
        <source>The certificate's critical window (%1 days) is larger than its warning window (%2 days).</source>
        <translation>La période critique du certificat (%1 jours) est plus longue que sa période d'avertissement (%2 jours).</translation>
    </message>
    <message numerus="yes">
        <source>within the warning window of %n day(s)</source>
        <translation>
            <numerusform>dans la période d'avertissement de %n jour</numerusform>
            <numerusform>dans la période d'avertissement de %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>within the critical window of %n day(s)</source>
        <translation>
            <numerusform>dans la période critique de %n jour</numerusform>
            <numerusform>dans la période critique de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
</context>
<context>
    <name>CertificateVerdict</name>
    <message>
        <source>%1 rules broken: %2</source>
        <translation>règles de %1 non respectées : %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Missing argument: %1.</source>
        <translation>Argument manquant : %1.</translation>
    </message>
    <message>
        <source>Expected one %1, got %2 arguments.</source>
        <translation>Un seul argument attendu (%1), %2 reçus.</translation>
    </message>
    <message>
        <source>Explain a SIP response code.</source>
        <translation>Expliquer un code de réponse SIP.</translation>
    </message>
    <message>
        <source>The response code, e.g. 486.</source>
        <translation>Le code de réponse, par exemple 486.</translation>
    </message>
    <message>
        <source>response code</source>
        <translation>code de réponse</translation>
    </message>
    <message>
        <source>Show the SIP response an ISDN/Q.850 cause value becomes (RFC 3398 §7.2.4.1), and explain it.</source>
        <translation>Afficher la réponse SIP que devient une valeur de cause RNIS/Q.850 (RFC 3398 §7.2.4.1), et l'expliquer.</translation>
    </message>
    <message>
        <source>The cause value (1-127), or a Reason header such as 'Q.850;cause=17'.</source>
        <translation>La valeur de cause (1-127), ou un en-tête Reason tel que « Q.850;cause=17 ».</translation>
    </message>
    <message>
        <source>cause value</source>
        <translation>valeur de cause</translation>
    </message>
    <message>
        <source>"%1" is not a Q.850 cause value: causes are numbers from 1 to 127.</source>
        <translation>« %1 » n'est pas une valeur de cause Q.850 : les causes sont des nombres de 1 à 127.</translation>
    </message>
    <message>
        <source>Q.850 cause %1 is not in the RFC 3398 mapping tables.</source>
        <translation>La cause Q.850 %1 ne figure pas dans les tables de correspondance de la RFC 3398.</translation>
    </message>
    <message>
        <source>Q.850 cause %1: %2</source>
        <translation>Cause Q.850 %1 : %2</translation>
    </message>
    <message>
        <source>RFC 3398 §7.2.4.1 maps it to %1.</source>
        <translation>La RFC 3398 §7.2.4.1 l'associe à %1.</translation>
    </message>
    <message>
        <source>RFC 3398 §7.2.4.1 maps it to %1 (%2).</source>
        <translation>La RFC 3398 §7.2.4.1 l'associe à %1 (%2).</translation>
    </message>
    <message>
        <source>Explain a Warning header code (RFC 3261 §20.43).</source>
        <translation>Expliquer un code d'en-tête Warning (RFC 3261 §20.43).</translation>
    </message>
    <message>
        <source>The three-digit warn-code, e.g. 305, or the whole header value: 399 host "text".</source>
        <translation>Le warn-code à trois chiffres, par exemple 305, ou la valeur entière de l'en-tête : 399 host "text".</translation>
    </message>
    <message>
        <source>warn-code</source>
        <translation>warn-code</translation>
    </message>
    <message>
        <source>"%1" is not a warn-code: it has three digits, such as 305.</source>
        <translation>« %1 » n'est pas un warn-code : il compte trois chiffres, comme 305.</translation>
    </message>
    <message>
        <source>Warning %1 is not a registered warn-code; read its text, which the sender chose freely.</source>
        <translation>Warning %1 n'est pas un warn-code du registre ; lisez son texte, librement choisi par l'émetteur.</translation>
    </message>
    <message>
        <source>Sent by: %1</source>
        <translation>Envoyé par : %1</translation>
    </message>
    <message>
        <source>Text received: %1</source>
        <translation>Texte reçu : %1</translation>
    </message>
    <message>
        <source>%1 (not registered)</source>
        <translation>%1 (hors registre)</translation>
    </message>
    <message>
        <source>Not in the registry: a receiver treats it as %1 %2 (RFC 3261 §8.1.3.2), so the explanation of its class applies.</source>
        <translation>Hors registre : un destinataire le traite comme %1 %2 (RFC 3261 §8.1.3.2), l'explication de sa classe s'applique donc.</translation>
    </message>
    <message>
        <source>Not in the registry: a receiver that gets it treats it as %1 %2 (RFC 3261 §8.1.3.2).</source>
        <translation>Hors registre : un destinataire qui le reçoit le traite comme %1 %2 (RFC 3261 §8.1.3.2).</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>What to check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Typical causes</source>
        <translation>Causes fréquentes</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Détails techniques</translation>
    </message>
    <message>
        <source>Q.850 cause %1 (%2) from the PSTN becomes %3.</source>
        <translation>La cause Q.850 %1 (%2) venant du RTC devient %3.</translation>
    </message>
    <message>
        <source>%1 towards the PSTN becomes Q.850 cause %2 (%3).</source>
        <translation>%1 vers le RTC devient la cause Q.850 %2 (%3).</translation>
    </message>
    <message>
        <source>Q.850 (RFC 3398)</source>
        <translation>Q.850 (RFC 3398)</translation>
    </message>
    <message>
        <source>Also seen on the wire as</source>
        <translation>Également vu sur le réseau sous la forme</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Voir aussi</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Print the result as JSON (UTF-8).</source>
        <translation>Afficher le résultat en JSON (UTF-8).</translation>
    </message>
    <message>
        <source>Usage: %1 %2 [options] %3</source>
        <translation>Utilisation : %1 %2 [options] %3</translation>
    </message>
    <message>
        <source>Language of the explanations, e.g. en, de, fr.</source>
        <translation>Langue des explications, par exemple en, de, fr.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>"%1" is not a language code; use one of: %2.</source>
        <translation>« %1 » n'est pas un code de langue ; utilisez l'un de ceux-ci : %2.</translation>
    </message>
    <message>
        <source>No translation for language "%1"; available: %2.</source>
        <translation>Aucune traduction pour la langue « %1 » ; disponibles : %2.</translation>
    </message>
    <message>
        <source>Explain a SIP response code</source>
        <translation>Expliquer un code de réponse SIP</translation>
    </message>
    <message>
        <source>Find response codes by number, class or words</source>
        <translation>Rechercher des codes de réponse par numéro, classe ou mots</translation>
    </message>
    <message>
        <source>List the response codes</source>
        <translation>Lister les codes de réponse</translation>
    </message>
    <message>
        <source>Show the SIP response of an ISDN/Q.850 cause</source>
        <translation>Afficher la réponse SIP d'une cause RNIS/Q.850</translation>
    </message>
    <message>
        <source>Explain a Warning header code</source>
        <translation>Expliquer un code d'en-tête Warning</translation>
    </message>
    <message>
        <source>Explain the codes and headers in pasted text or a log</source>
        <translation>Expliquer les codes et en-têtes d'un texte collé ou d'un journal</translation>
    </message>
    <message>
        <source>Send SIP OPTIONS to a server and show its answer</source>
        <translation>Envoyer un OPTIONS SIP à un serveur et afficher sa réponse</translation>
    </message>
    <message>
        <source>Follow the SIP path to a server hop by hop (Max-Forwards)</source>
        <translation>Suivre le chemin SIP jusqu'à un serveur, saut par saut (Max-Forwards)</translation>
    </message>
    <message>
        <source>Watch many SIP servers at once and report changes</source>
        <translation>Surveiller plusieurs serveurs SIP à la fois et signaler les changements</translation>
    </message>
    <message>
        <source>Answer incoming SIP requests with a chosen code</source>
        <translation>Répondre aux requêtes SIP entrantes avec un code choisi</translation>
    </message>
    <message>
        <source>Usage: %1 [options] &lt;command&gt; [arguments]</source>
        <translation>Utilisation : %1 [options] &lt;command&gt; [arguments]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Run "%1 &lt;command&gt; --help" for the options of a command.</source>
        <translation>Lancez « %1 &lt;command&gt; --help » pour les options d'une commande.</translation>
    </message>
    <message>
        <source>SIP response code reference and SIP OPTIONS probe.</source>
        <translation>Référence des codes de réponse SIP et sonde SIP OPTIONS.</translation>
    </message>
    <message>
        <source>The command to run (see below).</source>
        <translation>La commande à exécuter (voir ci-dessous).</translation>
    </message>
    <message>
        <source>No command given; run "%1 --help".</source>
        <translation>Aucune commande indiquée ; lancez « %1 --help ».</translation>
    </message>
    <message>
        <source>Unknown command "%1"; run "%2 --help".</source>
        <translation>Commande inconnue « %1 » ; lancez « %2 --help ».</translation>
    </message>
    <message>
        <source>Probe many SIP servers with OPTIONS, each on its own interval, all at once, and print each target's first result and then every change (up, failing, down, another code). Exit status: 0 all targets up at the end, 1 otherwise, 64 usage error.</source>
        <translation>Sonder plusieurs serveurs SIP avec OPTIONS, chacun à son propre intervalle, tous en même temps, et afficher le premier résultat de chaque cible puis chaque changement (en service, en échec, hors service, autre code). Code de sortie : 0 toutes les cibles en service à la fin, 1 sinon, 64 erreur d'utilisation.</translation>
    </message>
    <message>
        <source>Targets to watch besides those of --targets.</source>
        <translation>Cibles à surveiller en plus de celles de --targets.</translation>
    </message>
    <message>
        <source>A target list: one target a line ("URI [label] [transport=udp|tcp|tls] [credentials=NAME] [interval=S]") or the JSON the GUI saves.</source>
        <translation>Une liste de cibles : une cible par ligne (« URI [étiquette] [transport=udp|tcp|tls] [credentials=NAME] [interval=S] ») ou le JSON enregistré par l'interface graphique.</translation>
    </message>
    <message>
        <source>Seconds between two probes of a target (default 30).</source>
        <translation>Secondes entre deux sondages d'une cible (30 par défaut).</translation>
    </message>
    <message>
        <source>Stop after S seconds (default: run until interrupted).</source>
        <translation>Arrêter après S secondes (par défaut : jusqu'à interruption).</translation>
    </message>
    <message>
        <source>Stop after every target has been probed N times, and print how long it took.</source>
        <translation>Arrêter quand chaque cible a été sondée N fois, et afficher la durée.</translation>
    </message>
    <message>
        <source>Give up on a probe after S seconds (default: 80% of the interval, at most 32).</source>
        <translation>Abandonner un sondage après S secondes (par défaut : 80 % de l'intervalle, 32 au plus).</translation>
    </message>
    <message>
        <source>Probes per target the loss is computed over (default 20).</source>
        <translation>Nombre de sondages par cible sur lequel la perte est calculée (20 par défaut).</translation>
    </message>
    <message>
        <source>Codes that count as up, e.g. 200,404 or 2xx (default 2xx).</source>
        <translation>Codes considérés comme « en service », par exemple 200,404 ou 2xx (2xx par défaut).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>No targets: give --targets FILE or targets as arguments.</source>
        <translation>Aucune cible : indiquez --targets FILE ou des cibles en arguments.</translation>
    </message>
    <message>
        <source>At most %1 targets.</source>
        <translation>%1 cibles au maximum.</translation>
    </message>
    <message>
        <source>--interval must be a whole number of seconds from 1 to 86400, not "%1".</source>
        <translation>--interval doit être un nombre entier de secondes de 1 à 86400, pas « %1 ».</translation>
    </message>
    <message>
        <source>--duration must be a positive number of seconds, not "%1".</source>
        <translation>--duration doit être un nombre de secondes positif, pas « %1 ».</translation>
    </message>
    <message>
        <source>--rounds must be a whole number from 1 to 1000000, not "%1".</source>
        <translation>--rounds doit être un nombre entier de 1 à 1000000, pas « %1 ».</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from 0.05 to 3600, not "%1".</source>
        <translation>--timeout doit être un nombre de secondes de 0.05 à 3600, pas « %1 ».</translation>
    </message>
    <message>
        <source>--window must be a whole number from 1 to 10000, not "%1".</source>
        <translation>--window doit être un nombre entier de 1 à 10000, pas « %1 ».</translation>
    </message>
    <message>
        <source>%1: the %2 transport is not supported yet; use UDP.</source>
        <translation>%1 : le transport %2 n'est pas encore pris en charge ; utilisez UDP.</translation>
    </message>
    <message>
        <source>%1 targets, %2 round(s) in %3 s; first round complete after %4 s</source>
        <translation>%1 cibles, %2 tour(s) en %3 s ; premier tour terminé après %4 s</translation>
    </message>
    <message>
        <source>-w needs a time in milliseconds.</source>
        <translation>-w attend une durée en millisecondes.</translation>
    </message>
    <message>
        <source>-c needs a time in milliseconds.</source>
        <translation>-c attend une durée en millisecondes.</translation>
    </message>
    <message>
        <source>--expect needs a list of codes, e.g. 200,404.</source>
        <translation>--expect attend une liste de codes, par exemple 200,404.</translation>
    </message>
    <message>
        <source>Invalid arguments.</source>
        <translation>Arguments non valides.</translation>
    </message>
    <message>
        <source>No status was received; RFC 3261 §8.1.3.1 treats this as %1, concluded locally.</source>
        <translation>Aucun statut reçu ; la RFC 3261 §8.1.3.1 traite ce cas comme %1, conclu localement.</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Temps de réponse</translation>
    </message>
    <message>
        <source>First 1xx</source>
        <translation>Première 1xx</translation>
    </message>
    <message>
        <source>Retransmissions</source>
        <translation>Retransmissions</translation>
    </message>
    <message>
        <source>No response: %1</source>
        <translation>Pas de réponse : %1</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Requête :</translation>
    </message>
    <message>
        <source>Response:</source>
        <translation>Réponse :</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Chronologie :</translation>
    </message>
    <message>
        <source>probes: %1</source>
        <translation>sondages : %1</translation>
    </message>
    <message>
        <source>rtt=%1 ms</source>
        <translation>rtt=%1 ms</translation>
    </message>
    <message>
        <source>retransmissions=%1</source>
        <translation>retransmissions=%1</translation>
    </message>
    <message>
        <source>no response (%1): %2</source>
        <translation>pas de réponse (%1) : %2</translation>
    </message>
    <message>
        <source>--- %1 OPTIONS statistics ---</source>
        <translation>--- statistiques OPTIONS %1 ---</translation>
    </message>
    <message>
        <source>%1 sent, %2 answered, %3% loss</source>
        <translation>%1 envoyées, %2 avec réponse, %3 % de perte</translation>
    </message>
    <message>
        <source>rtt min/avg/max/mdev = %1/%2/%3/%4 ms</source>
        <translation>rtt min/moy/max/mdev = %1/%2/%3/%4 ms</translation>
    </message>
    <message>
        <source>status codes: %1</source>
        <translation>codes de statut : %1</translation>
    </message>
    <message>
        <source>Send a SIP OPTIONS request to a server and show what it answered, how long it took, and why it failed when it did. Exit status: 0 a 2xx, 1 another final response, 2 no response, 64 usage error.</source>
        <translation>Envoyer une requête SIP OPTIONS à un serveur et afficher sa réponse, le temps qu'elle a pris et, en cas d'échec, pourquoi. Code de sortie : 0 une 2xx, 1 une autre réponse finale, 2 pas de réponse, 64 erreur d'utilisation.</translation>
    </message>
    <message>
        <source>sip:/sips: URI, host, host:port, user@host or [IPv6]:port.</source>
        <translation>URI sip:/sips:, hôte, hôte:port, utilisateur@hôte ou [IPv6]:port.</translation>
    </message>
    <message>
        <source>Also print the raw request and response and the timeline.</source>
        <translation>Afficher aussi la requête et la réponse brutes ainsi que la chronologie.</translation>
    </message>
    <message>
        <source>Send N probes, one after the other, and print statistics.</source>
        <translation>Envoyer N sondages, l'un après l'autre, et afficher des statistiques.</translation>
    </message>
    <message>
        <source>Seconds from one probe's start to the next (0: back to back).</source>
        <translation>Secondes entre le début d'un sondage et celui du suivant (0 : sans pause).</translation>
    </message>
    <message>
        <source>Give up after S seconds without a final response (default 32, Timer F = 64·T1).</source>
        <translation>Abandonner après S secondes sans réponse finale (32 par défaut, Timer F = 64·T1).</translation>
    </message>
    <message>
        <source>From user name, or a full sip: URI.</source>
        <translation>Nom d'utilisateur From, ou une URI sip: complète.</translation>
    </message>
    <message>
        <source>Add a header, e.g. 'X-Ticket: 42' (repeatable).</source>
        <translation>Ajouter un en-tête, par exemple « X-Ticket: 42 » (répétable).</translation>
    </message>
    <message>
        <source>Max-Forwards value (0-255, default 70).</source>
        <translation>Valeur de Max-Forwards (0-255, 70 par défaut).</translation>
    </message>
    <message>
        <source>Local address and optional port to send from.</source>
        <translation>Adresse locale d'envoi, avec un port facultatif.</translation>
    </message>
    <message>
        <source>Monitoring-plugin mode: one status line, exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.</source>
        <translation>Mode plugin de supervision : une ligne d'état, code de sortie 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.</translation>
    </message>
    <message>
        <source>With --nagios: WARNING when the round trip takes longer than MS.</source>
        <translation>Avec --nagios : WARNING quand le temps de réponse dépasse MS.</translation>
    </message>
    <message>
        <source>With --nagios (also as -c): CRITICAL when the round trip takes longer than MS.</source>
        <translation>Avec --nagios (aussi sous la forme -c) : CRITICAL quand le temps de réponse dépasse MS.</translation>
    </message>
    <message>
        <source>With --nagios: any final response counts as OK (the server is up).</source>
        <translation>Avec --nagios : toute réponse finale est considérée comme OK (le serveur est en service).</translation>
    </message>
    <message>
        <source>Missing argument: target.</source>
        <translation>Argument manquant : cible.</translation>
    </message>
    <message>
        <source>Expected one target, got %1 arguments.</source>
        <translation>Une seule cible attendue, %1 arguments reçus.</translation>
    </message>
    <message>
        <source>--%1 only makes sense with --nagios.</source>
        <translation>--%1 n'a de sens qu'avec --nagios.</translation>
    </message>
    <message>
        <source>--count must be a whole number from 1 to 1000000, not "%1".</source>
        <translation>--count doit être un nombre entier de 1 à 1000000, pas « %1 ».</translation>
    </message>
    <message>
        <source>--interval must be a number of seconds from 0 to 3600, not "%1".</source>
        <translation>--interval doit être un nombre de secondes de 0 à 3600, pas « %1 ».</translation>
    </message>
    <message>
        <source>--timeout must be a positive number of seconds up to 3600, not "%1".</source>
        <translation>--timeout doit être un nombre de secondes positif, 3600 au plus, pas « %1 ».</translation>
    </message>
    <message>
        <source>--max-forwards must be a number from 0 to 255, not "%1".</source>
        <translation>--max-forwards doit être un nombre de 0 à 255, pas « %1 ».</translation>
    </message>
    <message>
        <source>--from: %1</source>
        <translation>--from : %1</translation>
    </message>
    <message>
        <source>"%1" is not a valid user name.</source>
        <translation>« %1 » n'est pas un nom d'utilisateur valide.</translation>
    </message>
    <message>
        <source>--bind needs an IP address and an optional port, e.g. 192.0.2.10:5062 or [2001:db8::1]:5062; got "%1".</source>
        <translation>--bind attend une adresse IP et un port facultatif, par exemple 192.0.2.10:5062 ou [2001:db8::1]:5062 ; reçu « %1 ».</translation>
    </message>
    <message>
        <source>Listen for SIP requests and answer every one with the chosen status code (RFC 3261 §8.2.6, with server transactions). Loopback unless --listen names another address. Exit status: 0 stopped, 2 cannot listen, 64 usage error.</source>
        <translation>Écouter les requêtes SIP et répondre à chacune avec le code de statut choisi (RFC 3261 §8.2.6, avec des transactions serveur). Uniquement en boucle locale, sauf si --listen indique une autre adresse. Code de sortie : 0 arrêté, 2 écoute impossible, 64 erreur d'utilisation.</translation>
    </message>
    <message>
        <source>Address and port to listen on (default 127.0.0.1:5060; 0.0.0.0:PORT listens on every interface).</source>
        <translation>Adresse et port d'écoute (127.0.0.1:5060 par défaut ; 0.0.0.0:PORT écoute sur toutes les interfaces).</translation>
    </message>
    <message>
        <source>The final response code, 200 to 699 (a 2xx is not sent to INVITE).</source>
        <translation>Le code de la réponse finale, de 200 à 699 (une 2xx n'est pas envoyée à un INVITE).</translation>
    </message>
    <message>
        <source>Reason phrase (default: the registered one).</source>
        <translation>Libellé de la réponse (par défaut : celui du registre).</translation>
    </message>
    <message>
        <source>Add a header to the answer, e.g. 'Retry-After: 30' (repeatable).</source>
        <translation>Ajouter un en-tête à la réponse, par exemple « Retry-After: 30 » (répétable).</translation>
    </message>
    <message>
        <source>Wait MS milliseconds before the final response (at most 60000).</source>
        <translation>Attendre MS millisecondes avant la réponse finale (60000 au plus).</translation>
    </message>
    <message>
        <source>Send these provisional responses first, e.g. 100,180.</source>
        <translation>Envoyer d'abord ces réponses provisoires, par exemple 100,180.</translation>
    </message>
    <message>
        <source>Also print each request as received.</source>
        <translation>Afficher aussi chaque requête telle que reçue.</translation>
    </message>
    <message>
        <source>Unexpected argument "%1".</source>
        <translation>Argument inattendu « %1 ».</translation>
    </message>
    <message>
        <source>--code is required, e.g. --code 486.</source>
        <translation>--code est obligatoire, par exemple --code 486.</translation>
    </message>
    <message>
        <source>--code must be a number from 200 to 699, not "%1".</source>
        <translation>--code doit être un nombre de 200 à 699, pas « %1 ».</translation>
    </message>
    <message>
        <source>--delay must be a number of milliseconds, not "%1".</source>
        <translation>--delay doit être un nombre de millisecondes, pas « %1 ».</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>Listening on %1 %2, answering %3 %4</source>
        <translation>Écoute en %1 sur %2, réponse %3 %4</translation>
    </message>
    <message>
        <source>Include the codes that are not IANA-registered (seen on the wire, local statuses, analyser labels).</source>
        <translation>Inclure les codes hors registre IANA (vus sur le réseau, statuts locaux, libellés d'analyseurs).</translation>
    </message>
    <message>
        <source>Find response codes by number, class (4xx) or words, best match first.</source>
        <translation>Rechercher des codes de réponse par numéro, classe (4xx) ou mots, meilleure correspondance en premier.</translation>
    </message>
    <message>
        <source>Show at most &lt;n&gt; results (0: all; default 10).</source>
        <translation>Afficher au plus &lt;n&gt; résultats (0 : tous ; 10 par défaut).</translation>
    </message>
    <message>
        <source>What to look for, e.g. busy, "nobody answers", 48, 5xx.</source>
        <translation>Ce qu'il faut rechercher, par exemple occupé, "personne ne répond", 48, 5xx.</translation>
    </message>
    <message>
        <source>search words</source>
        <translation>mots recherchés</translation>
    </message>
    <message>
        <source>--limit needs a whole number of 0 or more, not "%1".</source>
        <translation>--limit attend un nombre entier supérieur ou égal à 0, pas « %1 ».</translation>
    </message>
    <message>
        <source>No response code matches "%1".</source>
        <translation>Aucun code de réponse ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>List the response codes, by class.</source>
        <translation>Lister les codes de réponse, par classe.</translation>
    </message>
    <message>
        <source>Only the class &lt;n&gt;: 1 to 6 (or 1xx to 6xx).</source>
        <translation>Uniquement la classe &lt;n&gt; : 1 à 6 (ou 1xx à 6xx).</translation>
    </message>
    <message>
        <source>--class needs a response class from 1 to 6, not "%1".</source>
        <translation>--class attend une classe de réponse de 1 à 6, pas « %1 ».</translation>
    </message>
    <message>
        <source>No response codes to list.</source>
        <translation>Aucun code de réponse à lister.</translation>
    </message>
    <message>
        <source>Local statuses and labels outside 100-699</source>
        <translation>Statuts locaux et libellés hors de la plage 100-699</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>(via %1)</source>
        <translation>(via %1)</translation>
    </message>
    <message>
        <source>Follow the SIP path to a target: send OPTIONS with Max-Forwards 0, 1, 2 … and list each hop that answers 483 Too Many Hops, until the target answers. Exit status: 0 the target answered, 1 not reached, 2 the first hop cannot be reached, 64 usage error.</source>
        <translation>Suivre le chemin SIP jusqu'à une cible : envoyer OPTIONS avec Max-Forwards 0, 1, 2… et lister chaque saut qui répond 483 Too Many Hops, jusqu'à ce que la cible réponde. Code de sortie : 0 la cible a répondu, 1 non atteinte, 2 le premier saut est injoignable, 64 erreur d'utilisation.</translation>
    </message>
    <message>
        <source>Stop after N hops (1-70, default 20).</source>
        <translation>Arrêter après N sauts (1-70, 20 par défaut).</translation>
    </message>
    <message>
        <source>Seconds to wait for each hop's answer (default 5).</source>
        <translation>Secondes d'attente de la réponse de chaque saut (5 par défaut).</translation>
    </message>
    <message>
        <source>Stop the whole trace after S seconds (default 60).</source>
        <translation>Arrêter toute la trace après S secondes (60 par défaut).</translation>
    </message>
    <message>
        <source>--max-hops must be a whole number from 1 to 70, not "%1".</source>
        <translation>--max-hops doit être un nombre entier de 1 à 70, pas « %1 ».</translation>
    </message>
    <message>
        <source>--timeout must be a positive number of seconds up to 600, not "%1".</source>
        <translation>--timeout doit être un nombre de secondes positif, 600 au plus, pas « %1 ».</translation>
    </message>
    <message>
        <source>--total-timeout must be a positive number of seconds up to 3600, not "%1".</source>
        <translation>--total-timeout doit être un nombre de secondes positif, 3600 au plus, pas « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>SIP trace to %1, at most %n hop(s)</source>
        <translation>
            <numerusform>Trace SIP vers %1, %n saut au maximum</numerusform>
            <numerusform>Trace SIP vers %1, %n sauts au maximum</numerusform>
        </translation>
    </message>
    <message>
        <source>Diagnosis: %1</source>
        <translation>Diagnostic : %1</translation>
    </message>
    <message>
        <source>Path: %1</source>
        <translation>Chemin : %1</translation>
    </message>
    <message>
        <source>Diagnosis:</source>
        <translation>Diagnostic :</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Chemin :</translation>
    </message>
    <message>
        <source>[ALG] %1</source>
        <translation>[ALG] %1</translation>
    </message>
    <message>
        <source>Timing:</source>
        <translation>Chronologie :</translation>
    </message>
    <message>
        <source>(failed)</source>
        <translation>(échec)</translation>
    </message>
    <message>
        <source>Expectation not met: %1</source>
        <translation>Critère non rempli : %1</translation>
    </message>
    <message>
        <source>All targets of %1</source>
        <translation>Toutes les cibles de %1</translation>
    </message>
    <message>
        <source>priority %1  weight %2  port %3  target %4  TTL %5</source>
        <translation>priorité %1  poids %2  port %3  cible %4  TTL %5</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>no response: %1</source>
        <translation>pas de réponse : %1</translation>
    </message>
    <message>
        <source>Exit status: 0 found, 1 nothing found, 64 usage error; the commands that probe (options, trace, monitor) list theirs in their --help.</source>
        <translation>Code de sortie : 0 trouvé, 1 rien trouvé, 64 erreur d'utilisation ; les commandes qui sondent (options, trace, monitor) indiquent les leurs dans leur --help.</translation>
    </message>
    <message>
        <source>An answer counts as up only if this header matches, e.g. 'Server: ^Kamailio' (repeatable).</source>
        <translation>Une réponse ne compte comme disponible que si cet en-tête correspond, par exemple « Server: ^Kamailio » (répétable).</translation>
    </message>
    <message>
        <source>udp, tcp, tls, ws or wss; without it the URI decides (;transport=, sips: means TLS, ws:// and wss:// URLs), then SRV records.</source>
        <translation>udp, tcp, tls, ws ou wss ; sans cette option, l'URI décide (;transport=, sips: signifie TLS, URL ws:// et wss://), puis les enregistrements SRV.</translation>
    </message>
    <message>
        <source>Success also needs this header in the answer, matching the regular expression, e.g. 'Server: ^Kamailio' (repeatable).</source>
        <translation>Le succès exige aussi cet en-tête dans la réponse, correspondant à l'expression régulière, par exemple « Server: ^Kamailio » (répétable).</translation>
    </message>
    <message>
        <source>Probe every server behind the name at once (each SRV target and address), each with its own result.</source>
        <translation>Sonder en une fois tous les serveurs derrière le nom (chaque cible SRV et chaque adresse), chacun avec son propre résultat.</translation>
    </message>
    <message>
        <source>WebSocket: send this Origin header, e.g. https://phone.example.com.</source>
        <translation>WebSocket : envoyer cet en-tête Origin, par exemple https://phone.example.com.</translation>
    </message>
    <message>
        <source>The codes that count as success (with --nagios: as OK), e.g. 200,404 or 2xx (default 2xx).</source>
        <translation>Les codes qui comptent comme un succès (avec --nagios : comme OK), par exemple 200,404 ou 2xx (2xx par défaut).</translation>
    </message>
    <message>
        <source>--transport must be udp, tcp, tls, ws or wss, not "%1".</source>
        <translation>--transport doit valoir udp, tcp, tls, ws ou wss, et non « %1 ».</translation>
    </message>
    <message>
        <source>--all-targets probes each server once: it does not go with --count or --nagios.</source>
        <translation>--all-targets sonde chaque serveur une seule fois : cette option ne va pas avec --count ni --nagios.</translation>
    </message>
    <message>
        <source>--origin needs a URL such as https://phone.example.com, not "%1".</source>
        <translation>--origin attend une URL telle que https://phone.example.com, et non « %1 ».</translation>
    </message>
    <message>
        <source>TLS: also trust the CA certificate(s) in this PEM file (repeatable).</source>
        <translation>TLS : faire aussi confiance au(x) certificat(s) d'AC de ce fichier PEM (répétable).</translation>
    </message>
    <message>
        <source>TLS: go on when the server's certificate cannot be verified; the result says it was not verified.</source>
        <translation>TLS : continuer lorsque le certificat du serveur ne peut pas être vérifié ; le résultat indique qu'il n'a pas été vérifié.</translation>
    </message>
    <message>
        <source>TLS: client certificate (PEM), with --key.</source>
        <translation>TLS : certificat client (PEM), avec --key.</translation>
    </message>
    <message>
        <source>TLS: the client certificate's unencrypted private key (PEM).</source>
        <translation>TLS : la clé privée non chiffrée du certificat client (PEM).</translation>
    </message>
    <message>
        <source>Answer 401/407 digest challenges as this user (also the From user).</source>
        <translation>Répondre aux challenges Digest 401/407 avec cet utilisateur (aussi l'utilisateur From).</translation>
    </message>
    <message>
        <source>The digest user name when it differs from --user.</source>
        <translation>Le nom d'utilisateur Digest lorsqu'il diffère de --user.</translation>
    </message>
    <message>
        <source>Read the password from the first line of FILE (or set the SIPSCOPE_PASSWORD environment variable).</source>
        <translation>Lire le mot de passe dans la première ligne de FILE (ou définir la variable d'environnement SIPSCOPE_PASSWORD).</translation>
    </message>
    <message>
        <source>The password on the command line. Avoid it: other users can see it in the process list; use --password-file or SIPSCOPE_PASSWORD.</source>
        <translation>Le mot de passe sur la ligne de commande. À éviter : les autres utilisateurs peuvent le voir dans la liste des processus ; utilisez --password-file ou SIPSCOPE_PASSWORD.</translation>
    </message>
    <message>
        <source>--cert and --key go together: give both or neither.</source>
        <translation>--cert et --key vont ensemble : indiquez les deux ou aucun.</translation>
    </message>
    <message>
        <source>--user: "%1" is not a valid SIP user name.</source>
        <translation>--user : « %1 » n'est pas un nom d'utilisateur SIP valide.</translation>
    </message>
    <message>
        <source>--auth-user needs a user name.</source>
        <translation>--auth-user attend un nom d'utilisateur.</translation>
    </message>
    <message>
        <source>Give the password once: --password-file or --password, not both.</source>
        <translation>Indiquez le mot de passe une seule fois : --password-file ou --password, pas les deux.</translation>
    </message>
    <message>
        <source>--password-file: cannot read %1: %2</source>
        <translation>--password-file : impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>--password-file: the first line of %1 is empty.</source>
        <translation>--password-file : la première ligne de %1 est vide.</translation>
    </message>
    <message>
        <source>--password needs a password.</source>
        <translation>--password attend un mot de passe.</translation>
    </message>
    <message>
        <source>A password needs --user (or --auth-user).</source>
        <translation>Un mot de passe nécessite --user (ou --auth-user).</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Validité</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>verified for %1</source>
        <translation>vérifié pour %1</translation>
    </message>
    <message>
        <source>NOT verified (%1); accepted because of --insecure</source>
        <translation>NON vérifié (%1) ; accepté à cause de --insecure</translation>
    </message>
    <message>
        <source>NOT verified: %1</source>
        <translation>NON vérifié : %1</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>realm "%1"</source>
        <translation>realm « %1 »</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>utilisateur %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n requête</numerusform>
            <numerusform>%n requêtes</numerusform>
        </translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>udp, tcp, tls, ws or wss (default: as for options).</source>
        <translation>udp, tcp, tls, ws ou wss (par défaut : comme pour options).</translation>
    </message>
    <message>
        <source>"%1" is not one target.</source>
        <translation>« %1 » n'est pas une cible unique.</translation>
    </message>
    <message>
        <source>Print no line per request, only the counters when it stops.</source>
        <translation>N’afficher aucune ligne par requête, seulement les compteurs à l’arrêt.</translation>
    </message>
    <message>
        <source>Answer at most N requests a second from each source address (bursts up to N); the rest are dropped unanswered. Default: no limit.</source>
        <translation>Répondre à au plus N requêtes par seconde de chaque adresse source (pointes jusqu’à N) ; les autres sont ignorées sans réponse. Par défaut : aucune limite.</translation>
    </message>
    <message>
        <source>--rate-limit must be a number of requests a second (0: no limit), not "%1".</source>
        <translation>--rate-limit doit être un nombre de requêtes par seconde (0 : aucune limite), et non « %1 ».</translation>
    </message>
    <message>
        <source>Verdict: %1 (%2)</source>
        <translation>Verdict : %1 (%2)</translation>
    </message>
    <message>
        <source>Try: %1</source>
        <translation>À essayer : %1</translation>
    </message>
    <message>
        <source>Liveness: %1</source>
        <translation>Disponibilité : %1</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>Reçu : %1</translation>
    </message>
    <message>
        <source>Run a Prometheus exporter: /probe?target=…&amp;module=… sends one SIP OPTIONS probe and answers with its metrics. Listens on loopback unless --listen names another address. Exit status: 0 stopped or configuration valid, 1 configuration not valid, 2 cannot listen or read the configuration, 64 usage error.</source>
        <translation>Lancer un exportateur Prometheus : /probe?target=…&amp;module=… envoie un sondage SIP OPTIONS et répond avec ses métriques. Écoute sur la boucle locale sauf si --listen indique une autre adresse. Code de sortie : 0 arrêté ou configuration valide, 1 configuration non valide, 2 écoute ou lecture de la configuration impossible, 64 erreur d'utilisation.</translation>
    </message>
    <message>
        <source>The configuration file (YAML: modules, allow, limits).</source>
        <translation>Le fichier de configuration (YAML : modules, allow, limits).</translation>
    </message>
    <message>
        <source>Check the configuration file and exit.</source>
        <translation>Vérifier le fichier de configuration et quitter.</translation>
    </message>
    <message>
        <source>Address and port of the web server (default 127.0.0.1:9688; 0.0.0.0:PORT listens on every interface).</source>
        <translation>Adresse et port du serveur web (par défaut 127.0.0.1:9688 ; 0.0.0.0:PORT écoute sur toutes les interfaces).</translation>
    </message>
    <message>
        <source>this sipscope-cli was built without the exporter (yaml-cpp was not found when it was built).</source>
        <translation>ce sipscope-cli a été compilé sans l'exportateur (yaml-cpp était introuvable à la compilation).</translation>
    </message>
    <message numerus="yes">
        <source>%1 is valid: %n module(s)</source>
        <translation>
            <numerusform>%1 est valide : %n module</numerusform>
            <numerusform>%1 est valide : %n modules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n allow entry(s).</source>
        <translation>
            <numerusform>, %n entrée allow.</numerusform>
            <numerusform>, %n entrées allow.</numerusform>
        </translation>
    </message>
    <message>
        <source>--config is required, e.g. --config sipscope-exporter.yml.</source>
        <translation>--config est obligatoire, par exemple --config sipscope-exporter.yml.</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>impossible d'écouter sur %1:%2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>Listening on http://%1:%2/ with %n module(s)</source>
        <translation>
            <numerusform>Écoute sur http://%1:%2/ avec %n module</numerusform>
            <numerusform>Écoute sur http://%1:%2/ avec %n modules</numerusform>
        </translation>
    </message>
    <message>
        <source>Serve SIP probes to Prometheus (/probe?target=…&amp;module=…)</source>
        <translation>Fournir des sondages SIP à Prometheus (/probe?target=…&amp;module=…)</translation>
    </message>
    <message>
        <source>udp (default), tcp, tls, ws or wss (SIP over WebSocket, RFC 7118).</source>
        <translation>udp (par défaut), tcp, tls, ws ou wss (SIP sur WebSocket, RFC 7118).</translation>
    </message>
    <message>
        <source>TLS and WSS: the server certificate (PEM).</source>
        <translation>TLS et WSS : le certificat du serveur (PEM).</translation>
    </message>
    <message>
        <source>TLS and WSS: the private key (PEM, no passphrase).</source>
        <translation>TLS et WSS : la clé privée (PEM, sans phrase secrète).</translation>
    </message>
    <message>
        <source>Write every packet sent and received to this capture file (pcapng; classic pcap for a name ending in .pcap).</source>
        <translation>Écrire chaque paquet envoyé et reçu dans ce fichier de capture (pcapng ; pcap classique pour un nom finissant par .pcap).</translation>
    </message>
    <message>
        <source>The format of the --pcap file: pcapng (default) or pcap.</source>
        <translation>Le format du fichier --pcap : pcapng (par défaut) ou pcap.</translation>
    </message>
    <message>
        <source>--pcap-format goes with --pcap FILE.</source>
        <translation>--pcap-format va avec --pcap FICHIER.</translation>
    </message>
    <message>
        <source>--pcap needs a file name.</source>
        <translation>--pcap a besoin d'un nom de fichier.</translation>
    </message>
    <message>
        <source>--pcap-format must be pcapng or pcap, not "%1".</source>
        <translation>--pcap-format doit être pcapng ou pcap, pas « %1 ».</translation>
    </message>
    <message>
        <source>Frames: %1 (%2). SIP messages: %3. Calls: %4.</source>
        <translation>Trames : %1 (%2). Messages SIP : %3. Appels : %4.</translation>
    </message>
    <message>
        <source>Call-ID %1</source>
        <translation>Call-ID %1</translation>
    </message>
    <message>
        <source>Frame %1 %2 %3 → %4 %5</source>
        <translation>Trame %1 %2 %3 → %4 %5</translation>
    </message>
    <message numerus="yes">
        <source>No SIP message in the capture: %n frame(s) of other traffic.</source>
        <translation>
            <numerusform>Aucun message SIP dans la capture : %n trame d'un autre trafic.</numerusform>
            <numerusform>Aucun message SIP dans la capture : %n trames d'un autre trafic.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) were cut short by the capture's snap length; messages in them are incomplete.</source>
        <translation>
            <numerusform>%n trame a été tronquée par la longueur de capture (snaplen) ; ses messages sont incomplets.</numerusform>
            <numerusform>%n trames ont été tronquées par la longueur de capture (snaplen) ; leurs messages sont incomplets.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the first %1 SIP messages are listed.</source>
        <translation>Seuls les %1 premiers messages SIP sont listés.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>Save, delete or list passwords in the system keychain, for the monitor's credentials=keychain:NAME. "set" reads the password without showing it (or the first line of stdin); nothing prints it.</source>
        <translation>Enregistrer, supprimer ou lister des mots de passe dans le trousseau du système, pour le credentials=keychain:NAME du moniteur. « set » lit le mot de passe sans l'afficher (ou la première ligne de stdin) ; rien ne l'affiche.</translation>
    </message>
    <message>
        <source>set, delete or list.</source>
        <translation>set, delete ou list.</translation>
    </message>
    <message>
        <source>The name of the entry (not for list).</source>
        <translation>Le nom de l'entrée (pas pour list).</translation>
    </message>
    <message>
        <source>Give an action: set NAME, delete NAME or list.</source>
        <translation>Indiquez une action : set NAME, delete NAME ou list.</translation>
    </message>
    <message>
        <source>list takes no name.</source>
        <translation>list ne prend pas de nom.</translation>
    </message>
    <message>
        <source>%1 needs exactly one NAME.</source>
        <translation>%1 demande exactement un NAME.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1 : </translation>
    </message>
    <message>
        <source>No password given (an empty line or no input).</source>
        <translation>Aucun mot de passe donné (ligne vide ou aucune entrée).</translation>
    </message>
    <message>
        <source>Saved the password for %1 in the keychain (%2).</source>
        <translation>Le mot de passe pour %1 a été enregistré dans le trousseau (%2).</translation>
    </message>
    <message>
        <source>Nothing was saved under %1.</source>
        <translation>Rien n'était enregistré sous %1.</translation>
    </message>
    <message>
        <source>Deleted %1 from the keychain.</source>
        <translation>%1 a été supprimé du trousseau.</translation>
    </message>
    <message>
        <source>Save, delete or list passwords in the system keychain</source>
        <translation>Enregistrer, supprimer ou lister des mots de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>%1: %2; probing without credentials.</source>
        <translation>%1 : %2 ; test sans identifiants.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1 : %2.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; explain an excerpt of it.</source>
        <translation>%1 dépasse %2 Mio ; faites expliquer un extrait.</translation>
    </message>
    <message>
        <source>Find every SIP status line, response code, Reason, Warning and Retry-After header and Q.850 cause in pasted text (a log excerpt, a SIP response, a call record) and explain each.</source>
        <translation>Trouver chaque ligne d'état SIP, code de réponse, en-tête Reason, Warning et Retry-After et cause Q.850 dans un texte collé (extrait de journal, réponse SIP, relevé d'appel) et expliquer chacun.</translation>
    </message>
    <message>
        <source>The text to read; standard input when left out or "-".</source>
        <translation>Le texte à lire ; l'entrée standard s'il est omis ou vaut « - ».</translation>
    </message>
    <message>
        <source>Expected at most one file, got %1 arguments.</source>
        <translation>Un fichier au plus attendu, %1 arguments reçus.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrée standard</translation>
    </message>
    <message>
        <source>Nothing recognised: the text holds no SIP status line, response code, Reason, Warning or Retry-After header, or Q.850 cause.</source>
        <translation>Rien de reconnu : le texte ne contient aucune ligne d'état SIP, aucun code de réponse, aucun en-tête Reason, Warning ou Retry-After, ni aucune cause Q.850.</translation>
    </message>
    <message>
        <source>Which answers count as up, failing or maintenance: strict, alive, cube, teams or a profile the target list defines (replaces --expect).</source>
        <translation>Quelles réponses comptent comme en service, en échec ou en maintenance : strict, alive, cube, teams ou un profil défini par la liste de cibles (remplace --expect).</translation>
    </message>
    <message>
        <source>An up target leaves up only after N failed probes in a row (default 1, or the profile's).</source>
        <translation>Une cible en service ne quitte cet état qu’après N sondages échoués d’affilée (1 par défaut, ou la valeur du profil).</translation>
    </message>
    <message>
        <source>--verdict-profile replaces --expect: give only one of them.</source>
        <translation>--verdict-profile remplace --expect : n’indiquez que l’une des deux options.</translation>
    </message>
    <message>
        <source>--failures-before-down must be a whole number from 1 to %1, not "%2".</source>
        <translation>--failures-before-down doit être un nombre entier de 1 à %1, et non « %2 ».</translation>
    </message>
    <message>
        <source>--verdict-profile needs a name: %1.</source>
        <translation>--verdict-profile attend un nom : %1.</translation>
    </message>
    <message>
        <source>With --nagios: which answers count as OK, WARNING (maintenance) or CRITICAL: strict, alive, cube or teams.</source>
        <translation>Avec --nagios : quelles réponses comptent comme OK, WARNING (maintenance) ou CRITICAL : strict, alive, cube ou teams.</translation>
    </message>
    <message>
        <source>SIP ALG test: answer OPTIONS with 200 whose body is the request as received (message/sip) and whose SipScope-Mirror header names the source address and port seen; other requests get --code (default 200).</source>
        <translation>Test de SIP ALG : répondre à OPTIONS par 200 dont le corps contient la requête telle que reçue (message/sip) et dont l’en-tête SipScope-Mirror indique l’adresse et le port source vus ; les autres requêtes reçoivent --code (200 par défaut).</translation>
    </message>
    <message>
        <source>Mirroring OPTIONS: 200 OK with the request as received and its source address</source>
        <translation>OPTIONS en miroir : 200 OK avec la requête telle que reçue et son adresse source</translation>
    </message>
    <message>
        <source>After the answer, send N keep-alive pings on the same connection and report each pong's round trip: a double CRLF over TCP/TLS (RFC 5626), a WebSocket Ping over ws/wss.</source>
        <translation>Après la réponse, envoyer N pings de keep-alive sur la même connexion et indiquer le temps aller-retour de chaque pong : un double CRLF sur TCP/TLS (RFC 5626), un Ping WebSocket sur ws/wss.</translation>
    </message>
    <message>
        <source>Seconds from one keep-alive ping to the next (default 1).</source>
        <translation>Secondes d'un ping de keep-alive au suivant (1 par défaut).</translation>
    </message>
    <message>
        <source>--keepalive must be a number of pings from 1 to 1000, not "%1".</source>
        <translation>--keepalive doit être un nombre de pings de 1 à 1000, pas « %1 ».</translation>
    </message>
    <message>
        <source>--keepalive pings one connection: it does not go with --all-targets.</source>
        <translation>--keepalive envoie ses pings sur une seule connexion : il ne va pas avec --all-targets.</translation>
    </message>
    <message>
        <source>--keepalive-interval must be a positive number of seconds up to 3600, not "%1".</source>
        <translation>--keepalive-interval doit être un nombre positif de secondes jusqu'à 3600, pas « %1 ».</translation>
    </message>
    <message>
        <source>--keepalive-interval only makes sense with --keepalive.</source>
        <translation>--keepalive-interval n'a de sens qu'avec --keepalive.</translation>
    </message>
    <message>
        <source>ping %1: pong after %2 ms</source>
        <translation>ping %1 : pong après %2 ms</translation>
    </message>
    <message>
        <source>ping %1: no pong</source>
        <translation>ping %1 : pas de pong</translation>
    </message>
    <message>
        <source>Ask this DNS server (NAPTR, SRV, A, AAAA) instead of the system's: an IP address with an optional port, e.g. 127.0.0.1:5353 or [::1]:53.</source>
        <translation>Interroger ce serveur DNS (NAPTR, SRV, A, AAAA) au lieu de celui du système : une adresse IP avec un port facultatif, p. ex. 127.0.0.1:5353 ou [::1]:53.</translation>
    </message>
    <message>
        <source>--dns-server: %1</source>
        <translation>--dns-server : %1</translation>
    </message>
    <message>
        <source>TLS: warn when a certificate the server presents ends within DAYS days (with --nagios: WARNING).</source>
        <translation>TLS : avertir quand un certificat présenté par le serveur expire dans les DAYS jours (avec --nagios : WARNING).</translation>
    </message>
    <message>
        <source>TLS: critical when a certificate the server presents ends within DAYS days (with --nagios: CRITICAL).</source>
        <translation>TLS : signaler un état critique quand un certificat présenté par le serveur expire dans les DAYS jours (avec --nagios : CRITICAL).</translation>
    </message>
    <message>
        <source>Check the SBC certificate rules of Microsoft Teams Direct Routing (teams) or Zoom BYOC (zoom) and name each rule that fails.</source>
        <translation>Vérifier les règles de certificat SBC de Microsoft Teams Direct Routing (teams) ou de Zoom BYOC (zoom) et nommer chaque règle non respectée.</translation>
    </message>
    <message>
        <source>--profile: "%1" is not a profile; use teams or zoom.</source>
        <translation>--profile : « %1 » n'est pas un profil ; utilisez teams ou zoom.</translation>
    </message>
    <message>
        <source>CRITICAL</source>
        <translation>CRITIQUE</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>AVERTISSEMENT</translation>
    </message>
    <message>
        <source>%1 certificate rules (from %2):</source>
        <translation>Règles de certificat de %1 (d'après %2) :</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>CONFORME</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>NON CONFORME</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Règle : %1</translation>
    </message>
    <message>
        <source>Every rule is met.</source>
        <translation>Toutes les règles sont respectées.</translation>
    </message>
    <message>
        <source>The SBC does not meet these rules: the platform will refuse its TLS connections.</source>
        <translation>Le SBC ne respecte pas ces règles : la plateforme refusera ses connexions TLS.</translation>
    </message>
    <message>
        <source>certificate: %1</source>
        <translation>certificat : %1</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Chain ends</source>
        <translation>Fin de la chaîne</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>%1, %2 bits</source>
        <translation>%1, %2 bits</translation>
    </message>
    <message>
        <source>Find how long the NAT keeps a UDP binding open (needs respond --call-back)</source>
        <translation>Trouver combien de temps le NAT garde une association UDP ouverte (nécessite respond --call-back)</translation>
    </message>
    <message>
        <source>silence %1</source>
        <translation>silence %1</translation>
    </message>
    <message>
        <source>(%1 ms after the last packet sent)</source>
        <translation>(%1 ms après le dernier paquet envoyé)</translation>
    </message>
    <message>
        <source>local port %1</source>
        <translation>port local %1</translation>
    </message>
    <message>
        <source>Find how long the NAT between here and the target keeps a UDP binding without traffic: each trial opens a fresh binding, stays silent, and the target sends an OPTIONS back. The target must be "sipscope-cli respond --call-back" outside the NAT. Exit status: 0 measured, 1 the far end does not take part, 2 no answer, 64 usage error.</source>
        <translation>Trouver combien de temps le NAT entre ici et la cible garde une association UDP sans trafic : chaque essai ouvre une nouvelle association, reste silencieux, et la cible renvoie un OPTIONS. La cible doit être « sipscope-cli respond --call-back » hors du NAT. Code de sortie : 0 mesuré, 1 le correspondant ne participe pas, 2 pas de réponse, 64 erreur d'utilisation.</translation>
    </message>
    <message>
        <source>The responder: sip: URI, host, host:port or [IPv6]:port (UDP).</source>
        <translation>Le simulateur : URI sip:, hôte, hôte:port ou [IPv6]:port (UDP).</translation>
    </message>
    <message>
        <source>The first silence in seconds (default 15); each next one is twice as long.</source>
        <translation>Le premier silence en secondes (15 par défaut) ; chaque suivant est deux fois plus long.</translation>
    </message>
    <message>
        <source>The longest silence in seconds (default 600, at most 3600).</source>
        <translation>Le plus long silence en secondes (600 par défaut, 3600 au plus).</translation>
    </message>
    <message>
        <source>Stop bisecting when the bracket is this narrow, in seconds (default 5).</source>
        <translation>Arrêter la dichotomie quand l'intervalle est aussi étroit, en secondes (5 par défaut).</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer, and for each call-back after its silence (default 5).</source>
        <translation>Secondes d'attente de chaque réponse, et de chaque rappel après son silence (5 par défaut).</translation>
    </message>
    <message>
        <source>The NAT timeout test measures UDP bindings: the target must be a sip: URI over UDP, not "%1".</source>
        <translation>Le test de délai NAT mesure des associations UDP : la cible doit être une URI sip: sur UDP, pas « %1 ».</translation>
    </message>
    <message>
        <source>--%1 must be a number of seconds from 0.1 to %2, not "%3".</source>
        <translation>--%1 doit être un nombre de secondes de 0,1 à %2, pas « %3 ».</translation>
    </message>
    <message>
        <source>NAT timeout test towards %1: silences from %2 to %3, resolution %4</source>
        <translation>Test de délai NAT vers %1 : silences de %2 à %3, résolution %4</translation>
    </message>
    <message>
        <source>Be the far end of "sipscope-cli nat-timeout": an OPTIONS with a SipScope-Call-Back header gets an OPTIONS back to its source after that many seconds (UDP only; at most 3600 s, 64 waiting).</source>
        <translation>Servir de correspondant à « sipscope-cli nat-timeout » : un OPTIONS portant un en-tête SipScope-Call-Back reçoit, après ce nombre de secondes, un OPTIONS renvoyé à sa source (UDP seulement ; 3600 s au plus, 64 en attente).</translation>
    </message>
    <message>
        <source>Probe the name twice at once, over IPv4 only and over IPv6 only, and say which family works (e.g. IPv6 broken, IPv4 fine).</source>
        <translation>Sonder le nom deux fois en parallèle, en IPv4 seulement et en IPv6 seulement, et dire quelle famille d'adresses fonctionne (p. ex. IPv6 en panne, IPv4 en ordre).</translation>
    </message>
    <message>
        <source>--dual-stack probes each address family once: it does not go with --count or --all-targets.</source>
        <translation>--dual-stack sonde chaque famille d'adresses une fois : il ne se combine pas avec --count ni --all-targets.</translation>
    </message>
    <message>
        <source>--dual-stack sends over both IPv4 and IPv6: it does not go with --bind, whose address has one family.</source>
        <translation>--dual-stack envoie en IPv4 et en IPv6 : il ne se combine pas avec --bind, dont l'adresse n'a qu'une famille.</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>Non publié : %1</translation>
    </message>
    <message>
        <source>Dual stack: %1</source>
        <translation>Double pile : %1</translation>
    </message>
</context>
<context>
    <name>ClientTransaction</name>
    <message>
        <source>a request, not a response</source>
        <translation>une requête, pas une réponse</translation>
    </message>
    <message>
        <source>no usable Via header</source>
        <translation>aucun en-tête Via exploitable</translation>
    </message>
    <message>
        <source>Via branch of another transaction</source>
        <translation>branche Via d'une autre transaction</translation>
    </message>
    <message>
        <source>Via sent-by is not ours</source>
        <translation>le sent-by Via n'est pas le nôtre</translation>
    </message>
    <message>
        <source>CSeq method is not ours</source>
        <translation>la méthode CSeq n'est pas la nôtre</translation>
    </message>
    <message>
        <source>CSeq number is not ours</source>
        <translation>le numéro CSeq n'est pas le nôtre</translation>
    </message>
    <message>
        <source>Call-ID of another call</source>
        <translation>Call-ID d'un autre appel</translation>
    </message>
    <message>
        <source>another final response after the first one</source>
        <translation>une autre réponse finale après la première</translation>
    </message>
    <message>
        <source>a provisional response after the final one</source>
        <translation>une réponse provisoire après la réponse finale</translation>
    </message>
    <message>
        <source>not a SIP message</source>
        <translation>pas un message SIP</translation>
    </message>
    <message>
        <source>The transport is gone.</source>
        <translation>Le transport n'existe plus.</translation>
    </message>
</context>
<context>
    <name>CodeExplanation</name>
    <message>
        <source>cause %1 (%2)</source>
        <translation>cause %1 (%2)</translation>
    </message>
    <message>
        <source>A gateway sends %1 for the ISDN/Q.850 %2 (RFC 3398 §7.2.4.1).</source>
        <translation>Une passerelle envoie %1 quand le réseau RNIS/Q.850 signale : %2 (RFC 3398 §7.2.4.1).</translation>
    </message>
    <message>
        <source>A gateway maps %1 to Q.850 cause %2 (%3) towards the telephone network (RFC 3398 §8.2.6.1).</source>
        <translation>Vers le réseau téléphonique, une passerelle convertit %1 en cause Q.850 %2 (%3) (RFC 3398 §8.2.6.1).</translation>
    </message>
    <message>
        <source>(not a registered code)</source>
        <translation>(code hors registre)</translation>
    </message>
    <message>
        <source>%1 is not a registered code. A receiver treats it like %2 (RFC 3261 §8.1.3.2); what follows is the explanation of the %3 class.</source>
        <translation>%1 est un code hors registre. Un destinataire le traite comme %2 (RFC 3261 §8.1.3.2) ; ce qui suit est l'explication de la classe %3.</translation>
    </message>
    <message>
        <source>Where it comes from: %1</source>
        <translation>Origine : %1</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>What to check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Typical causes</source>
        <translation>Causes fréquentes</translation>
    </message>
    <message>
        <source>Technical detail</source>
        <translation>Détails techniques</translation>
    </message>
    <message>
        <source>Q.850 mapping</source>
        <translation>Correspondance Q.850</translation>
    </message>
    <message>
        <source>Related codes</source>
        <translation>Codes associés</translation>
    </message>
    <message>
        <source>Also seen on the wire as</source>
        <translation>Également vu sur le réseau sous la forme</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Treated as %1 (RFC 3261 §8.1.3.2).</source>
        <translation>Traité comme %1 (RFC 3261 §8.1.3.2).</translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation>Résumé : %1</translation>
    </message>
    <message>
        <source>What to check:</source>
        <translation>À vérifier :</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Référence : %1</translation>
    </message>
</context>
<context>
    <name>CodeSearch</name>
    <message>
        <source>en</source>
        <comment>The two-letter code of the language of this translation (de, fr, es): the search matches the help-desk words of this language and of English</comment>
        <translation>fr</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>SipScope: a reference of SIP response codes and a SIP OPTIONS probe.</source>
        <translation>SipScope : une référence des codes de réponse SIP et une sonde SIP OPTIONS.</translation>
    </message>
    <message>
        <source>Keep the settings in &lt;file&gt; (INI) instead of the system's store.</source>
        <translation>Conserver les réglages dans &lt;fichier&gt; (INI) au lieu de l'emplacement du système.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>view</source>
        <translation>vue</translation>
    </message>
    <message>
        <source>Use the &lt;language&gt; for this run (%1) instead of the one chosen in View → Language.</source>
        <translation>Utiliser la &lt;langue&gt; pour cette exécution (%1) au lieu de celle choisie dans Affichage → Langue.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>Print the time from process start to the main window's first paint, then quit.</source>
        <translation>Afficher le temps écoulé entre le lancement du processus et le premier affichage de la fenêtre principale, puis quitter.</translation>
    </message>
    <message>
        <source>Render the README screenshots into &lt;dir&gt;, then quit.</source>
        <translation>Générer les captures d'écran du README dans &lt;dossier&gt;, puis quitter.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Target probed for the probe screenshot.</source>
        <translation>Cible sondée pour la capture d'écran de la sonde.</translation>
    </message>
    <message>
        <source>uri</source>
        <translation>uri</translation>
    </message>
    <message>
        <source>Code shown in the codes screenshot.</source>
        <translation>Code affiché dans la capture d'écran des codes.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Search typed for the codes screenshot.</source>
        <translation>Recherche saisie pour la capture d'écran des codes.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>--screenshot-code needs a code between 100 and 699.</source>
        <translation>--screenshot-code attend un code compris entre 100 et 699.</translation>
    </message>
    <message>
        <source>No translation for language “%1”; available: %2.</source>
        <translation>Aucune traduction pour la langue « %1 » ; disponibles : %2.</translation>
    </message>
    <message>
        <source>Open the &lt;view&gt; at start: codes, probe, monitor or responder.</source>
        <translation>Ouvrir la &lt;vue&gt; au démarrage : codes, probe, monitor ou responder.</translation>
    </message>
    <message>
        <source>--view must be codes, probe, monitor or responder, not “%1”.</source>
        <translation>--view doit valoir codes, probe, monitor ou responder, et non « %1 ».</translation>
    </message>
</context>
<context>
    <name>CredentialName</name>
    <message>
        <source>The credentials name is empty.</source>
        <translation>Le nom des identifiants est vide.</translation>
    </message>
    <message>
        <source>The credentials name is longer than %1 characters.</source>
        <translation>Le nom des identifiants dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>A credentials name cannot start with "#".</source>
        <translation>Un nom d'identifiants ne peut pas commencer par « # ».</translation>
    </message>
    <message>
        <source>A credentials name cannot contain spaces or control characters.</source>
        <translation>Un nom d'identifiants ne peut contenir ni espaces ni caractères de contrôle.</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>%1 answered %2 in %3 ms: SIP works there.</source>
        <translation>%1 a répondu %2 en %3 ms : SIP y fonctionne.</translation>
    </message>
    <message>
        <source>%1 rejected the credentials: it challenged again (%2) after SipScope answered, so the user name, the password or the realm is wrong.</source>
        <translation>%1 a refusé les identifiants : il a renvoyé un challenge (%2) après la réponse de SipScope ; le nom d'utilisateur, le mot de passe ou le realm est donc erroné.</translation>
    </message>
    <message>
        <source>The last request carried an %1 header.</source>
        <translation>La dernière requête comportait un en-tête %1.</translation>
    </message>
    <message>
        <source>%1 requires authentication (%2): give a user name and password to answer the challenge.</source>
        <translation>%1 exige une authentification (%2) : indiquez un nom d'utilisateur et un mot de passe pour répondre au challenge.</translation>
    </message>
    <message>
        <source>A routing loop: the request came back to a proxy it had already passed (%1), reported via %2.</source>
        <translation>Boucle de routage : la requête est revenue à un proxy par lequel elle était déjà passée (%1), signalé via %2.</translation>
    </message>
    <message>
        <source>Probably a routing loop: Max-Forwards %1 ran out (%2) behind %3; run a trace to see the hops.</source>
        <translation>Probablement une boucle de routage : Max-Forwards %1 s'est épuisé (%2) derrière %3 ; lancez une trace pour voir les sauts.</translation>
    </message>
    <message>
        <source>Max-Forwards %1 ran out before the request reached its target (%2), reported via %3.</source>
        <translation>Max-Forwards %1 s'est épuisé avant que la requête n'atteigne sa cible (%2), signalé via %3.</translation>
    </message>
    <message>
        <source>The request was sent with Max-Forwards: %1.</source>
        <translation>La requête a été envoyée avec Max-Forwards: %1.</translation>
    </message>
    <message>
        <source>%1 answered %2.</source>
        <translation>%1 a répondu %2.</translation>
    </message>
    <message>
        <source>%1 answered %2: %3</source>
        <translation>%1 a répondu %2 : %3</translation>
    </message>
    <message>
        <source>The target is not a SIP address SipScope understands: %1</source>
        <translation>La cible n'est pas une adresse SIP que SipScope comprend : %1</translation>
    </message>
    <message>
        <source>The probe was cancelled before an answer arrived.</source>
        <translation>La sonde a été annulée avant l'arrivée d'une réponse.</translation>
    </message>
    <message>
        <source>DNS failure: %1</source>
        <translation>Échec DNS : %1</translation>
    </message>
    <message>
        <source>The port is closed on %1: nothing listens for SIP over %2 there.</source>
        <translation>Le port est fermé sur %1 : aucun service SIP n'y écoute en %2.</translation>
    </message>
    <message>
        <source>The host answered with ICMP port unreachable.</source>
        <translation>L'hôte a répondu par un message ICMP port unreachable.</translation>
    </message>
    <message>
        <source>The host refused the connection (TCP reset).</source>
        <translation>L'hôte a refusé la connexion (TCP reset).</translation>
    </message>
    <message>
        <source>%1 cannot be reached: there is no route to it (ICMP host or network unreachable).</source>
        <translation>%1 est injoignable : aucune route n'y mène (ICMP host unreachable ou network unreachable).</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 was not accepted: %2</source>
        <translation>Le certificat TLS de %1 n'a pas été accepté : %2</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation>La négociation TLS avec %1 a échoué : %2</translation>
    </message>
    <message>
        <source>The request could not be sent to %1: %2</source>
        <translation>La requête n'a pas pu être envoyée à %1 : %2</translation>
    </message>
    <message>
        <source>%1 accepted the request (%2 provisional response(s)) but sent no final answer: the server, or a hop behind it, does not finish the transaction.</source>
        <translation>%1 a accepté la requête (%2 réponse(s) provisoire(s)) mais n'a envoyé aucune réponse finale : le serveur, ou un saut derrière lui, ne termine pas la transaction.</translation>
    </message>
    <message>
        <source>%1 answered, but a SIP ALG in the path altered the answer so that it no longer matches the request: %2 Turn off the SIP ALG ("SIP helper") on the router or firewall.</source>
        <translation>%1 a répondu, mais un SIP ALG sur le chemin a modifié la réponse, qui ne correspond plus à la requête : %2 Désactivez le SIP ALG (« SIP helper ») sur le routeur ou le pare-feu.</translation>
    </message>
    <message numerus="yes">
        <source>Messages came back from %1, but none answers this request (%n ignored; see the timeline).</source>
        <translation>
            <numerusform>Des messages sont revenus de %1, mais aucun ne répond à cette requête (%n ignoré ; voir la chronologie).</numerusform>
            <numerusform>Des messages sont revenus de %1, mais aucun ne répond à cette requête (%n ignorés ; voir la chronologie).</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer and no ICMP from %1: a firewall probably drops %2 port %3, or the host is down.</source>
        <translation>Ni réponse ni ICMP de %1 : un pare-feu bloque probablement le port %2 %3, ou l'hôte est hors service.</translation>
    </message>
    <message numerus="yes">
        <source>%n retransmission(s) went unanswered.</source>
        <translation>
            <numerusform>%n retransmission est restée sans réponse.</numerusform>
            <numerusform>%n retransmissions sont restées sans réponse.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 accepted the %2 connection but never answered the SIP request: the service behind the port is hung or does not speak SIP.</source>
        <translation>%1 a accepté la connexion %2 mais n'a jamais répondu à la requête SIP : le service derrière ce port est bloqué ou n'est pas un service SIP.</translation>
    </message>
    <message>
        <source>SipScope waited %1 s (Timer F).</source>
        <translation>SipScope a attendu %1 s (Timer F).</translation>
    </message>
    <message>
        <source>Warning %1 from %2</source>
        <translation>Warning %1 de %2</translation>
    </message>
    <message>
        <source>Received from the far end: %1 sent %2.</source>
        <translation>Reçu du correspondant : %1 a envoyé %2.</translation>
    </message>
    <message>
        <source>Received from the far end: %1 sent %2 (%3).</source>
        <translation>Reçu du correspondant : %1 a envoyé %2 (%3).</translation>
    </message>
    <message>
        <source>No response arrived: SipScope concluded 408 locally (RFC 3261 §8.1.3.1); no server sent it.</source>
        <translation>Aucune réponse n'est arrivée : SipScope a conclu localement à un 408 (RFC 3261 §8.1.3.1) ; aucun serveur ne l'a envoyé.</translation>
    </message>
    <message>
        <source>The request could not be delivered: SipScope concluded %1 locally (RFC 3261 §8.1.3.1); no server sent it.</source>
        <translation>La requête n'a pas pu être remise : SipScope a conclu localement à %1 (RFC 3261 §8.1.3.1) ; aucun serveur ne l'a envoyé.</translation>
    </message>
    <message>
        <source>No status: the probe did not get as far as sending a request.</source>
        <translation>Aucun statut : la sonde n'est pas allée jusqu'à l'envoi d'une requête.</translation>
    </message>
    <message numerus="yes">
        <source>The answer carries %n Via header(s); SipScope sent one.</source>
        <translation>
            <numerusform>La réponse comporte %n en-tête Via ; SipScope en a envoyé un.</numerusform>
            <numerusform>La réponse comporte %n en-têtes Via ; SipScope en a envoyé un.</numerusform>
        </translation>
    </message>
    <message>
        <source>But a SIP ALG rewrites the messages in between: %1</source>
        <translation>Mais un SIP ALG réécrit les messages en chemin : %1</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1 : %2 %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Each server behind %1 was probed on its own.</source>
        <translation>Chaque serveur derrière %1 a été sondé séparément.</translation>
    </message>
    <message>
        <source>%1 has no server to probe.</source>
        <translation>%1 n'a aucun serveur à sonder.</translation>
    </message>
    <message numerus="yes">
        <source>All %n server(s) behind %1 answer.</source>
        <translation>
            <numerusform>%n serveur derrière %1 : il répond.</numerusform>
            <numerusform>Les %n serveurs derrière %1 répondent tous.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n server(s) behind %1 answers.</source>
        <translation>
            <numerusform>%n serveur derrière %1 : il ne répond pas.</numerusform>
            <numerusform>Aucun des %n serveurs derrière %1 ne répond.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not answering: %1 of the %2 servers behind %3 (%4); the others answer.</source>
        <translation>Sans réponse : %1 des %2 serveurs derrière %3 (%4) ; les autres répondent.</translation>
    </message>
    <message>
        <source>User %1, realm %2, %3.</source>
        <translation>Utilisateur %1, realm %2, %3.</translation>
    </message>
    <message>
        <source>No answer to the %1 connection attempt to %2: a firewall probably drops TCP port %3, or the host is down.</source>
        <translation>Pas de réponse à la tentative de connexion %1 vers %2 : un pare-feu bloque probablement le port TCP %3, ou l'hôte est arrêté.</translation>
    </message>
    <message numerus="yes">
        <source>The first of them (%n byte(s)): %1</source>
        <translation>
            <numerusform>Le premier d'entre eux (%n octet) : %1</numerusform>
            <numerusform>Le premier d'entre eux (%n octets) : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first of them (%n byte(s)): %1 (%2)</source>
        <translation>
            <numerusform>Le premier d'entre eux (%n octet) : %1 (%2)</numerusform>
            <numerusform>Le premier d'entre eux (%n octets) : %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answered, but with something that is not a SIP message: the server, or a device in the path, sends malformed SIP (RFC 3261 §7).</source>
        <translation>%1 a répondu, mais avec autre chose qu'un message SIP : le serveur, ou un équipement sur le chemin, envoie du SIP mal formé (RFC 3261 §7).</translation>
    </message>
    <message numerus="yes">
        <source>What arrived (%n byte(s)): %1</source>
        <translation>
            <numerusform>Ce qui est arrivé (%n octet) : %1</numerusform>
            <numerusform>Ce qui est arrivé (%n octets) : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 answered, but only with %n message(s) that are not SIP (RFC 3261 §7), and with nothing that answers the request: the server, or a device in the path, sends malformed SIP.</source>
        <translation>
            <numerusform>%1 a répondu, mais seulement avec %n message qui n'est pas du SIP (RFC 3261 §7), et avec rien qui réponde à la requête : le serveur, ou un équipement sur le chemin, envoie du SIP mal formé.</numerusform>
            <numerusform>%1 a répondu, mais seulement avec %n messages qui ne sont pas du SIP (RFC 3261 §7), et avec rien qui réponde à la requête : le serveur, ou un équipement sur le chemin, envoie du SIP mal formé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not SIP: %1; SIP, but for another request: %2.</source>
        <translation>Pas du SIP : %1 ; du SIP, mais pour une autre requête : %2.</translation>
    </message>
    <message>
        <source>Received from the far end: %1 sent bytes that are not a SIP message, so there is no status.</source>
        <translation>Reçu du correspondant : %1 a envoyé des octets qui ne forment pas un message SIP ; il n'y a donc pas de statut.</translation>
    </message>
</context>
<context>
    <name>DigestAuth</name>
    <message>
        <source>The %1 challenge is not a Digest challenge.</source>
        <translation>Le challenge %1 n'est pas un challenge Digest.</translation>
    </message>
    <message>
        <source>The Digest challenge has no realm.</source>
        <translation>Le challenge Digest n'a pas de realm.</translation>
    </message>
    <message>
        <source>The Digest challenge has no nonce.</source>
        <translation>Le challenge Digest n'a pas de nonce.</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>%1 ignoré : %2</translation>
    </message>
    <message>
        <source>The response carries no %1 challenge.</source>
        <translation>La réponse ne comporte aucun challenge %1.</translation>
    </message>
    <message>
        <source>None of the %1 challenges can be answered.</source>
        <translation>Il n'est possible de répondre à aucun des challenges %1.</translation>
    </message>
    <message>
        <source>The digest algorithm %1 is not supported.</source>
        <translation>L'algorithme Digest %1 n'est pas pris en charge.</translation>
    </message>
    <message>
        <source>None of the offered qop values (%1) is supported.</source>
        <translation>Aucune des valeurs qop proposées (%1) n'est prise en charge.</translation>
    </message>
    <message>
        <source>The server asks for a password, but none was given.</source>
        <translation>Le serveur demande un mot de passe, mais aucun n'a été indiqué.</translation>
    </message>
    <message>
        <source>The Digest challenge has control characters in its realm, nonce or opaque value.</source>
        <translation>Le challenge Digest contient des caractères de contrôle dans sa valeur realm, nonce ou opaque.</translation>
    </message>
    <message>
        <source>the algorithm %1 is not supported.</source>
        <translation>l'algorithme %1 n'est pas pris en charge.</translation>
    </message>
    <message>
        <source>none of the offered qop values (%1) is supported.</source>
        <translation>aucune des valeurs qop proposées (%1) n'est prise en charge.</translation>
    </message>
    <message>
        <source>the credentials are for the realm "%1".</source>
        <translation>les identifiants sont prévus pour le realm « %1 ».</translation>
    </message>
    <message>
        <source>Passed over %1: %2 comes first and is as strong or stronger.</source>
        <translation>%1 écarté : %2 vient en premier et est au moins aussi robuste.</translation>
    </message>
    <message>
        <source>Passed over %1: %2 is stronger.</source>
        <translation>%1 écarté : %2 est plus robuste.</translation>
    </message>
</context>
<context>
    <name>DigestSession</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Digest realm "%1", algorithm %2, qop %3%4</source>
        <translation>Digest realm « %1 », algorithme %2, qop %3%4</translation>
    </message>
    <message>
        <source>Unreadable %1: %2</source>
        <translation>%1 illisible : %2</translation>
    </message>
</context>
<context>
    <name>DualStackVerdict</name>
    <message>
        <source>IPv4 and IPv6 both fine</source>
        <translation>IPv4 et IPv6 tous deux en ordre</translation>
    </message>
    <message>
        <source>IPv6 broken, IPv4 fine</source>
        <translation>IPv6 en panne, IPv4 en ordre</translation>
    </message>
    <message>
        <source>IPv4 broken, IPv6 fine</source>
        <translation>IPv4 en panne, IPv6 en ordre</translation>
    </message>
    <message>
        <source>IPv4 and IPv6 both broken</source>
        <translation>IPv4 et IPv6 tous deux en panne</translation>
    </message>
    <message>
        <source>IPv4 fine; no AAAA record, so no IPv6 to test</source>
        <translation>IPv4 en ordre ; pas d'enregistrement AAAA, donc pas d'IPv6 à tester</translation>
    </message>
    <message>
        <source>IPv6 fine; no A record, so no IPv4 to test</source>
        <translation>IPv6 en ordre ; pas d'enregistrement A, donc pas d'IPv4 à tester</translation>
    </message>
    <message>
        <source>IPv4 broken; no AAAA record, so no IPv6 to test</source>
        <translation>IPv4 en panne ; pas d'enregistrement AAAA, donc pas d'IPv6 à tester</translation>
    </message>
    <message>
        <source>IPv6 broken; no A record, so no IPv4 to test</source>
        <translation>IPv6 en panne ; pas d'enregistrement A, donc pas d'IPv4 à tester</translation>
    </message>
    <message>
        <source>neither an A nor an AAAA record: nothing to test</source>
        <translation>ni enregistrement A ni enregistrement AAAA : rien à tester</translation>
    </message>
    <message>
        <source>no IPv4 address to test: the name has no A record</source>
        <translation>aucune adresse IPv4 à tester : le nom n'a pas d'enregistrement A</translation>
    </message>
    <message>
        <source>no IPv6 address to test: the name has no AAAA record</source>
        <translation>aucune adresse IPv6 à tester : le nom n'a pas d'enregistrement AAAA</translation>
    </message>
</context>
<context>
    <name>Expectation</name>
    <message>
        <source>no final response (%1)</source>
        <translation>pas de réponse finale (%1)</translation>
    </message>
    <message>
        <source>no final response</source>
        <translation>pas de réponse finale</translation>
    </message>
    <message>
        <source>"%1" is not a header expectation: write it as 'Name: regular expression'.</source>
        <translation>« %1 » n'est pas une attente d'en-tête : écrivez-la sous la forme « Nom: expression régulière ».</translation>
    </message>
    <message>
        <source>The pattern "%1" for %2 is not a valid regular expression: %3 (at offset %4).</source>
        <translation>Le motif « %1 » pour %2 n'est pas une expression régulière valide : %3 (à la position %4).</translation>
    </message>
    <message>
        <source>Expected %1, got %2.</source>
        <translation>Attendu : %1, obtenu : %2.</translation>
    </message>
    <message>
        <source>%1 %2 is one of the expected codes (%3).</source>
        <translation>%1 %2 fait partie des codes attendus (%3).</translation>
    </message>
    <message>
        <source>Expected %1, got %2 %3.</source>
        <translation>Attendu : %1, obtenu : %2 %3.</translation>
    </message>
    <message>
        <source>%1 should match /%2/, but there is %3.</source>
        <translation>%1 devrait correspondre à /%2/, mais résultat : %3.</translation>
    </message>
    <message>
        <source>%1 should match /%2/, but the response has no %1 header.</source>
        <translation>%1 devrait correspondre à /%2/, mais la réponse n'a pas d'en-tête %1.</translation>
    </message>
    <message>
        <source>%1: %2 matches /%3/.</source>
        <translation>%1 : %2 correspond à /%3/.</translation>
    </message>
    <message>
        <source>%1: %2 does not match /%3/.</source>
        <translation>%1 : %2 ne correspond pas à /%3/.</translation>
    </message>
</context>
<context>
    <name>ExpectedCodes</name>
    <message>
        <source>"%1" is not a response code (100 to 699) or a class such as 2xx.</source>
        <translation>« %1 » n'est ni un code de réponse (100 à 699) ni une classe comme 2xx.</translation>
    </message>
    <message>
        <source>Give at least one response code or class, e.g. 200,404 or 2xx.</source>
        <translation>Indiquez au moins un code de réponse ou une classe, par exemple 200,404 ou 2xx.</translation>
    </message>
</context>
<context>
    <name>ExplainReport</name>
    <message>
        <source>Line %1, column %2 · %3</source>
        <translation>Ligne %1, colonne %2 · %3</translation>
    </message>
    <message>
        <source>Open in the Codes view:</source>
        <translation>Ouvrir dans la vue Codes :</translation>
    </message>
    <message>
        <source>Paste text to explain</source>
        <translation>Collez un texte à expliquer</translation>
    </message>
    <message>
        <source>Paste a line from a log, a whole SIP response, a Reason or Warning header, or a provider's call record. Every status line, Reason, Warning and Retry-After in it, and every code or Q.850 cause named as such, is explained here.</source>
        <translation>Collez une ligne de journal, une réponse SIP complète, un en-tête Reason ou Warning, ou un relevé d'appel d'opérateur. Chaque ligne d'état, Reason, Warning et Retry-After qu'il contient, ainsi que chaque code ou cause Q.850 désigné comme tel, est expliqué ici.</translation>
    </message>
    <message>
        <source>Nothing recognised</source>
        <translation>Rien de reconnu</translation>
    </message>
    <message>
        <source>The text holds no SIP status line, no Reason, Warning or Retry-After header, and no response code or Q.850 cause in a clear context such as “code=486” or “486 Busy Here”. A number on its own is not taken for a code.</source>
        <translation>Le texte ne contient aucune ligne d'état SIP, aucun en-tête Reason, Warning ou Retry-After, ni aucun code de réponse ou cause Q.850 dans un contexte clair comme « code=486 » ou « 486 Busy Here ». Un nombre seul n'est pas pris pour un code.</translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation>Constats : %1</translation>
    </message>
</context>
<context>
    <name>ExporterConfigReader</name>
    <message>
        <source>in the file</source>
        <translation>dans le fichier</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 must be a single value</source>
        <translation>%1 doit être une valeur unique</translation>
    </message>
    <message>
        <source>%1 must be a value or a list of values</source>
        <translation>%1 doit être une valeur ou une liste de valeurs</translation>
    </message>
    <message>
        <source>%1 has more than %2 entries</source>
        <translation>%1 a plus de %2 entrées</translation>
    </message>
    <message>
        <source>%1 must be true or false, not "%2"</source>
        <translation>%1 doit valoir true ou false, pas « %2 »</translation>
    </message>
    <message>
        <source>%1 must be a mapping of keys to values</source>
        <translation>%1 doit associer des clés à des valeurs</translation>
    </message>
    <message>
        <source>unknown key "%1" in %2 (known: %3)</source>
        <translation>clé inconnue « %1 » dans %2 (connues : %3)</translation>
    </message>
    <message>
        <source>auth of module %1</source>
        <translation>auth du module %1</translation>
    </message>
    <message>
        <source>%1 needs a user</source>
        <translation>%1 a besoin d'un user</translation>
    </message>
    <message>
        <source>%1: give password_file or password_env, not both</source>
        <translation>%1 : indiquez password_file ou password_env, pas les deux</translation>
    </message>
    <message>
        <source>cannot read the password file %1: %2</source>
        <translation>impossible de lire le fichier de mot de passe %1 : %2</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>fichier %1</translation>
    </message>
    <message>
        <source>the environment variable %1 is not set</source>
        <translation>la variable d'environnement %1 n'est pas définie</translation>
    </message>
    <message>
        <source>environment variable %1</source>
        <translation>variable d'environnement %1</translation>
    </message>
    <message>
        <source>%1: the password is empty; give password_file or password_env</source>
        <translation>%1 : le mot de passe est vide ; indiquez password_file ou password_env</translation>
    </message>
    <message>
        <source>tls of module %1</source>
        <translation>tls du module %1</translation>
    </message>
    <message>
        <source>the file %1 does not exist</source>
        <translation>le fichier %1 n'existe pas</translation>
    </message>
    <message>
        <source>%1: cert_file and key_file go together</source>
        <translation>%1 : cert_file et key_file vont ensemble</translation>
    </message>
    <message>
        <source>%1: a module name is 1 to 64 letters, digits, "_", "." or "-", not "%2"</source>
        <translation>%1 : un nom de module compte de 1 à 64 lettres, chiffres, « _ », « . » ou « - », pas « %2 »</translation>
    </message>
    <message>
        <source>module %1</source>
        <translation>module %1</translation>
    </message>
    <message>
        <source>transport must be udp, tcp, tls, ws or wss, not "%1"</source>
        <translation>transport doit valoir udp, tcp, tls, ws ou wss, pas « %1 »</translation>
    </message>
    <message>
        <source>timeout must be a duration from 1ms to 60m such as 3s or 500ms, not "%1"</source>
        <translation>timeout doit être une durée de 1ms à 60m comme 3s ou 500ms, pas « %1 »</translation>
    </message>
    <message>
        <source>expect: %1</source>
        <translation>expect : %1</translation>
    </message>
    <message>
        <source>from: %1</source>
        <translation>from : %1</translation>
    </message>
    <message>
        <source>max_forwards must be a number from 0 to 255, not "%1"</source>
        <translation>max_forwards doit être un nombre de 0 à 255, pas « %1 »</translation>
    </message>
    <message>
        <source>headers: %1</source>
        <translation>headers : %1</translation>
    </message>
    <message>
        <source>preferred_ip_protocol must be ip4 or ip6, not "%1"</source>
        <translation>preferred_ip_protocol doit valoir ip4 ou ip6, pas « %1 »</translation>
    </message>
    <message>
        <source>the file is empty; it needs modules and allow</source>
        <translation>le fichier est vide ; il lui faut modules et allow</translation>
    </message>
    <message>
        <source>the configuration</source>
        <translation>la configuration</translation>
    </message>
    <message>
        <source>modules must map at least one module name to its settings</source>
        <translation>modules doit associer au moins un nom de module à ses réglages</translation>
    </message>
    <message>
        <source>more than %1 modules</source>
        <translation>plus de %1 modules</translation>
    </message>
    <message>
        <source>a module name must be a single value</source>
        <translation>un nom de module doit être une valeur unique</translation>
    </message>
    <message>
        <source>allow is missing: list the hosts, networks and domain suffixes the exporter may probe</source>
        <translation>allow manque : listez les hôtes, réseaux et suffixes de domaine que l'exportateur peut sonder</translation>
    </message>
    <message>
        <source>allow: %1</source>
        <translation>allow : %1</translation>
    </message>
    <message>
        <source>max_concurrent_probes must be a number from 1 to 10000, not "%1"</source>
        <translation>max_concurrent_probes doit être un nombre de 1 à 10000, pas « %1 »</translation>
    </message>
    <message>
        <source>min_interval must be a duration from 0s to 60m such as 1s, not "%1"</source>
        <translation>min_interval doit être une durée de 0s à 60m comme 1s, pas « %1 »</translation>
    </message>
    <message>
        <source>the configuration is larger than %1 bytes</source>
        <translation>la configuration dépasse %1 octets</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>verdict_profile replaces expect: give only one of them</source>
        <translation>verdict_profile remplace expect : n’indiquez que l’un des deux</translation>
    </message>
    <message>
        <source>verdict_profile: %1</source>
        <translation>verdict_profile : %1</translation>
    </message>
    <message>
        <source>verdict_profiles must map profile names to their settings</source>
        <translation>verdict_profiles doit associer des noms de profil à leurs réglages</translation>
    </message>
    <message>
        <source>verdict profile %1</source>
        <translation>profil de verdict %1</translation>
    </message>
    <message>
        <source>dns_server: %1</source>
        <translation>dns_server : %1</translation>
    </message>
</context>
<context>
    <name>HttpRequestParser</name>
    <message>
        <source>The request line is longer than %1 bytes.</source>
        <translation>La ligne de requête dépasse %1 octets.</translation>
    </message>
    <message>
        <source>The request headers are larger than %1 bytes.</source>
        <translation>Les en-têtes de la requête dépassent %1 octets.</translation>
    </message>
    <message>
        <source>The request line is not "METHOD /path HTTP/1.1".</source>
        <translation>La ligne de requête n'est pas de la forme « MÉTHODE /chemin HTTP/1.1 ».</translation>
    </message>
    <message>
        <source>The request method is not a token.</source>
        <translation>La méthode de la requête n'est pas un token.</translation>
    </message>
    <message>
        <source>The request line does not end with an HTTP version.</source>
        <translation>La ligne de requête ne se termine pas par une version HTTP.</translation>
    </message>
    <message>
        <source>Only HTTP/1.0 and HTTP/1.1 are served.</source>
        <translation>Seuls HTTP/1.0 et HTTP/1.1 sont servis.</translation>
    </message>
    <message>
        <source>The request target must be a path such as /probe?target=…</source>
        <translation>La cible de la requête doit être un chemin comme /probe?target=…</translation>
    </message>
    <message>
        <source>The request has more than %1 header lines.</source>
        <translation>La requête a plus de %1 lignes d'en-tête.</translation>
    </message>
    <message>
        <source>Folded header lines are not accepted.</source>
        <translation>Les lignes d'en-tête repliées ne sont pas acceptées.</translation>
    </message>
    <message>
        <source>A header line is not "Name: value".</source>
        <translation>Une ligne d'en-tête n'est pas de la forme « Nom: valeur ».</translation>
    </message>
    <message>
        <source>A header value holds control characters.</source>
        <translation>Une valeur d'en-tête contient des caractères de contrôle.</translation>
    </message>
    <message>
        <source>Transfer-Encoding is not supported; send a Content-Length.</source>
        <translation>Transfer-Encoding n'est pas pris en charge ; envoyez un Content-Length.</translation>
    </message>
    <message>
        <source>The request has conflicting Content-Length headers.</source>
        <translation>La requête a des en-têtes Content-Length contradictoires.</translation>
    </message>
    <message>
        <source>Content-Length is not a number.</source>
        <translation>Content-Length n'est pas un nombre.</translation>
    </message>
    <message>
        <source>The request body is larger than %1 bytes.</source>
        <translation>Le corps de la requête dépasse %1 octets.</translation>
    </message>
    <message>
        <source>An HTTP/1.1 request needs a Host header.</source>
        <translation>Une requête HTTP/1.1 doit avoir un en-tête Host.</translation>
    </message>
</context>
<context>
    <name>KeepAlive</name>
    <message>
        <source>UDP has no CRLF keep-alive (RFC 5626 §4.4.2 keeps UDP flows alive with STUN, which this probe does not send).</source>
        <translation>UDP n'a pas de keep-alive CRLF (la RFC 5626 §4.4.2 maintient les flux UDP avec STUN, que cette sonde n'envoie pas).</translation>
    </message>
    <message>
        <source>The connection was no longer open for the next ping.</source>
        <translation>La connexion n'était plus ouverte pour le ping suivant.</translation>
    </message>
    <message>
        <source>The connection ended: %1</source>
        <translation>La connexion s'est terminée : %1</translation>
    </message>
    <message>
        <source>CRLF keep-alive (RFC 5626)</source>
        <translation>Keep-alive CRLF (RFC 5626)</translation>
    </message>
    <message>
        <source>WebSocket Ping (RFC 6455)</source>
        <translation>Ping WebSocket (RFC 6455)</translation>
    </message>
    <message numerus="yes">
        <source>%1: no pong to any of %n ping(s) — the server does not answer keep-alives, or the connection is half-open.</source>
        <translation>
            <numerusform>%1 : aucun pong à %n ping — le serveur ne répond pas aux keep-alives, ou la connexion est à moitié ouverte.</numerusform>
            <numerusform>%1 : aucun pong à %n pings — le serveur ne répond pas aux keep-alives, ou la connexion est à moitié ouverte.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3 ping(s) answered</source>
        <translation>%1 : %2 ping(s) sur %3 ont reçu une réponse</translation>
    </message>
    <message>
        <source>, pong round trip min/avg/max %1/%2/%3 ms</source>
        <translation>, temps aller-retour du pong min/moy/max %1/%2/%3 ms</translation>
    </message>
</context>
<context>
    <name>MonitorChange</name>
    <message>
        <source>first result: %1</source>
        <translation>premier résultat : %1</translation>
    </message>
    <message>
        <source>%1 → %2 (%3 → %4)</source>
        <translation>%1 → %2 (%3 → %4)</translation>
    </message>
    <message>
        <source>code %1 → %2</source>
        <translation>code %1 → %2</translation>
    </message>
    <message>
        <source>certificate out of the warning window again</source>
        <translation>certificat de nouveau hors de la période d'avertissement</translation>
    </message>
    <message>
        <source>certificate: %1</source>
        <translation>certificat : %1</translation>
    </message>
</context>
<context>
    <name>MonitorStatus</name>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>up</source>
        <translation>en service</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>down</source>
        <translation>hors service</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>en maintenance</translation>
    </message>
</context>
<context>
    <name>MonitorTargetList</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>%1: more than %2 targets; the rest is ignored.</source>
        <translation>%1 : plus de %2 cibles ; le reste est ignoré.</translation>
    </message>
    <message>
        <source>unknown transport "%1"</source>
        <translation>transport inconnu « %1 »</translation>
    </message>
    <message>
        <source>interval "%1" is not a number of seconds from 1 to %2</source>
        <translation>l'intervalle « %1 » n'est pas un nombre de secondes de 1 à %2</translation>
    </message>
    <message>
        <source>%1: a password does not belong in a target list and was ignored; use credentials=NAME.</source>
        <translation>%1 : un mot de passe n'a pas sa place dans une liste de cibles et a été ignoré ; utilisez credentials=NAME.</translation>
    </message>
    <message>
        <source>Not a JSON target list: %1 at offset %2</source>
        <translation>Pas une liste de cibles JSON : %1 à la position %2</translation>
    </message>
    <message>
        <source>The JSON object has no "targets" array.</source>
        <translation>L'objet JSON n'a pas de tableau « targets ».</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>cible %1</translation>
    </message>
    <message>
        <source>%1: a password does not belong in a target list and was ignored.</source>
        <translation>%1 : un mot de passe n'a pas sa place dans une liste de cibles et a été ignoré.</translation>
    </message>
    <message>
        <source>interval_s must be from 1 to %1</source>
        <translation>interval_s doit être compris entre 1 et %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
    <message>
        <source>"%1" is not a profile setting (base=, up=, down=, maintenance=retry-after|none, failures=)</source>
        <translation>« %1 » n’est pas un réglage de profil (base=, up=, down=, maintenance=retry-after|none, failures=)</translation>
    </message>
    <message>
        <source>verdict_profiles: %1</source>
        <translation>verdict_profiles : %1</translation>
    </message>
    <message>
        <source>family "%1" is not ipv4, ipv6 or both</source>
        <translation>family « %1 » n'est ni ipv4, ni ipv6, ni both</translation>
    </message>
</context>
<context>
    <name>NagiosOptions</name>
    <message>
        <source>"%1" is not a time in milliseconds greater than 0.</source>
        <translation>« %1 » n'est pas une durée en millisecondes supérieure à 0.</translation>
    </message>
    <message>
        <source>The warning threshold (%1 ms) is above the critical one (%2 ms).</source>
        <translation>Le seuil d'avertissement (%1 ms) est supérieur au seuil critique (%2 ms).</translation>
    </message>
    <message>
        <source>--verdict-profile replaces --expect and --alive: give only one of them.</source>
        <translation>--verdict-profile remplace --expect et --alive : n’indiquez que l’une de ces options.</translation>
    </message>
</context>
<context>
    <name>NagiosVerdict</name>
    <message>
        <source>The probe did not run.</source>
        <translation>La sonde n'a pas été exécutée.</translation>
    </message>
    <message>
        <source>%1 %2 in %3 ms</source>
        <translation>%1 %2 en %3 ms</translation>
    </message>
    <message>
        <source>(over the critical threshold of %1 ms)</source>
        <translation>(au-delà du seuil critique de %1 ms)</translation>
    </message>
    <message>
        <source>(over the warning threshold of %1 ms)</source>
        <translation>(au-delà du seuil d'avertissement de %1 ms)</translation>
    </message>
    <message>
        <source>(expected %1)</source>
        <translation>(attendu : %1)</translation>
    </message>
    <message>
        <source>(maintenance: Retry-After %1, verdict profile %2)</source>
        <translation>(maintenance : Retry-After %1, profil de verdict %2)</translation>
    </message>
    <message>
        <source>(down for verdict profile %1: %2)</source>
        <translation>(hors service selon le profil de verdict %1 : %2)</translation>
    </message>
    <message>
        <source>no keep-alive over UDP</source>
        <translation>pas de keep-alive sur UDP</translation>
    </message>
    <message numerus="yes">
        <source>no keep-alive pong to %n ping(s)</source>
        <translation>
            <numerusform>aucun pong de keep-alive à %n ping</numerusform>
            <numerusform>aucun pong de keep-alive à %n pings</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 keep-alive pings answered</source>
        <translation>%1 pings de keep-alive sur %2 ont reçu une réponse</translation>
    </message>
    <message numerus="yes">
        <source>%n keep-alive pong(s)</source>
        <translation>
            <numerusform>%n pong de keep-alive</numerusform>
            <numerusform>%n pongs de keep-alive</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NatTimeoutOptions</name>
    <message>
        <source>The silences must be from %1 to %2.</source>
        <translation>Les silences doivent aller de %1 à %2.</translation>
    </message>
    <message>
        <source>The first silence (%1) is longer than the longest (%2).</source>
        <translation>Le premier silence (%1) est plus long que le plus long (%2).</translation>
    </message>
    <message>
        <source>The resolution must be from %1 to the longest silence.</source>
        <translation>La résolution doit aller de %1 au plus long silence.</translation>
    </message>
    <message>
        <source>The wait for a call-back must be from 0.1 s to 600 s.</source>
        <translation>L'attente d'un rappel doit aller de 0,1 s à 600 s.</translation>
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
        <translation>Les associations UDP survivent à au moins %1 de silence et ont disparu après %2. Les keep-alives (ou réenregistrements) doivent partir plus souvent que toutes les %1, sinon le serveur ne peut plus joindre le client : les appels entrants n'arrivent plus.</translation>
    </message>
    <message>
        <source>No timeout up to %1: every silence up to the longest one tried was survived (or there is no NAT on the path).</source>
        <translation>Pas de délai d'expiration jusqu'à %1 : l'association a tenu après chaque silence, jusqu'au plus long essayé (ou il n'y a pas de NAT sur le chemin).</translation>
    </message>
    <message>
        <source>No call-back got through, not even after %1 of silence: something on the path drops requests from the server to the client (a firewall that filters what comes in, or a SIP ALG), whatever the timeout.</source>
        <translation>Aucun rappel n'est passé, pas même après %1 de silence : quelque chose sur le chemin rejette les requêtes du serveur vers le client (un firewall qui filtre ce qui entre, ou un ALG SIP), quel que soit le délai.</translation>
    </message>
    <message>
        <source>The far end does not offer call-backs, so no NAT timeout can be measured: the test needs "sipscope-cli respond --call-back" running on the far side, outside the NAT. %1</source>
        <translation>Le correspondant n'offre pas de rappels, aucun délai NAT ne peut donc être mesuré : le test nécessite « sipscope-cli respond --call-back » chez le correspondant, hors du NAT. %1</translation>
    </message>
    <message>
        <source>The far end did not answer the OPTIONS: %1</source>
        <translation>Le correspondant n'a pas répondu à l'OPTIONS : %1</translation>
    </message>
    <message>
        <source>The responder refused the call-back: %1</source>
        <translation>Le simulateur a refusé le rappel : %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The trials disagree (a longer silence was survived after a shorter one was lost): the NAT's timeout varies or packets were lost; run the test again.</source>
        <translation>Les essais se contredisent (une association a tenu un silence plus long alors qu'une autre s'est perdue après un plus court) : le délai du NAT varie ou des paquets ont été perdus ; relancez le test.</translation>
    </message>
</context>
<context>
    <name>NatTrial</name>
    <message>
        <source>call-back arrived</source>
        <translation>rappel arrivé</translation>
    </message>
    <message>
        <source>no call-back: binding gone</source>
        <translation>pas de rappel : association disparue</translation>
    </message>
    <message>
        <source>no call-back support</source>
        <translation>pas de prise en charge des rappels</translation>
    </message>
    <message>
        <source>call-back refused</source>
        <translation>rappel refusé</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>OptionsRequest</name>
    <message>
        <source>A header must fit on one line: "%1".</source>
        <translation>Un en-tête doit tenir sur une seule ligne : « %1 ».</translation>
    </message>
    <message>
        <source>"%1" is not a header: write it as "Name: value".</source>
        <translation>« %1 » n'est pas un en-tête : écrivez-le sous la forme « Nom: valeur ».</translation>
    </message>
    <message>
        <source>The %1 header is set by the probe itself and cannot be given with --header.</source>
        <translation>L'en-tête %1 est défini par la sonde elle-même et ne peut pas être indiqué avec --header.</translation>
    </message>
</context>
<context>
    <name>PacketDecoder</name>
    <message>
        <source>link type %1</source>
        <translation>type de lien %1</translation>
    </message>
</context>
<context>
    <name>PathAnalysis</name>
    <message>
        <source>removed</source>
        <translation>suppression</translation>
    </message>
    <message>
        <source>letter case changed</source>
        <translation>changement de casse</translation>
    </message>
    <message>
        <source>magic cookie z9hG4bK removed</source>
        <translation>suppression du magic cookie z9hG4bK</translation>
    </message>
    <message>
        <source>"%1" appended</source>
        <translation>ajout de « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>cut to %n character(s)</source>
        <translation>
            <numerusform>troncature à %n caractère</numerusform>
            <numerusform>troncature à %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>wrapped in other text</source>
        <translation>inclusion dans un autre texte</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>remplacement</translation>
    </message>
    <message>
        <source>%1 Via headers came back, SipScope sent %2: a hop did not remove its own Via.</source>
        <translation>%1 en-têtes Via sont revenus, SipScope en a envoyé %2 : un saut n'a pas retiré son propre Via.</translation>
    </message>
    <message>
        <source>The Via sent-by %1 came back as %2: something in the path rewrote it and did not restore it.</source>
        <translation>Le sent-by Via %1 est revenu sous la forme %2 : un équipement sur le chemin l'a réécrit sans le rétablir.</translation>
    </message>
    <message>
        <source>The Via transport %1 came back as %2.</source>
        <translation>Le transport Via %1 est revenu sous la forme %2.</translation>
    </message>
    <message>
        <source>The Via branch came back altered (%1): sent %2, got %3.</source>
        <translation>La branche Via est revenue modifiée (%1) : envoyé %2, reçu %3.</translation>
    </message>
    <message>
        <source>The server saw the request coming from address %1 (Via received).</source>
        <translation>Le serveur a vu la requête arriver de l'adresse %1 (Via received).</translation>
    </message>
    <message>
        <source>The server saw the request coming from port %1 (Via rport).</source>
        <translation>Le serveur a vu la requête arriver du port %1 (Via rport).</translation>
    </message>
    <message>
        <source>The answer has no rport value (RFC 3581): the server did not say which port it saw.</source>
        <translation>La réponse n'a pas de valeur rport (RFC 3581) : le serveur n'a pas indiqué quel port il a vu.</translation>
    </message>
    <message>
        <source>The Call-ID came back altered (%1): sent %2, got %3.</source>
        <translation>Le Call-ID est revenu modifié (%1) : envoyé %2, reçu %3.</translation>
    </message>
    <message>
        <source>The From URI %1 came back as %2.</source>
        <translation>L'URI From %1 est revenue sous la forme %2.</translation>
    </message>
    <message>
        <source>The From tag came back altered (%1): sent %2, got %3.</source>
        <translation>Le tag From est revenu modifié (%1) : envoyé %2, reçu %3.</translation>
    </message>
    <message>
        <source>The To URI %1 came back as %2.</source>
        <translation>L'URI To %1 est revenue sous la forme %2.</translation>
    </message>
    <message>
        <source>The CSeq %1 came back as %2.</source>
        <translation>Le CSeq %1 est revenu sous la forme %2.</translation>
    </message>
    <message>
        <source>The server received our Via sent-by %1 as %2.</source>
        <translation>Le serveur a reçu notre sent-by Via %1 sous la forme %2.</translation>
    </message>
    <message>
        <source>The server received our Via branch altered (%1): sent %2, received %3.</source>
        <translation>Le serveur a reçu notre branche Via modifiée (%1) : envoyé %2, reçu %3.</translation>
    </message>
    <message>
        <source>The server received our Call-ID altered (%1): sent %2, received %3.</source>
        <translation>Le serveur a reçu notre Call-ID modifié (%1) : envoyé %2, reçu %3.</translation>
    </message>
    <message>
        <source>The server received our From URI %1 as %2.</source>
        <translation>Le serveur a reçu notre URI From %1 sous la forme %2.</translation>
    </message>
    <message>
        <source>The server received our Contact %1 as %2.</source>
        <translation>Le serveur a reçu notre Contact %1 sous la forme %2.</translation>
    </message>
    <message>
        <source>The server did not receive our %1 header: something in the path removed it.</source>
        <translation>Le serveur n'a pas reçu notre en-tête %1 : un équipement sur le chemin l'a supprimé.</translation>
    </message>
    <message>
        <source>The server received a %1 header that SipScope did not send.</source>
        <translation>Le serveur a reçu un en-tête %1 que SipScope n'a pas envoyé.</translation>
    </message>
    <message>
        <source>The server received our headers in another order: %1 (sent: %2).</source>
        <translation>Le serveur a reçu nos en-têtes dans un autre ordre : %1 (envoyés : %2).</translation>
    </message>
    <message>
        <source>The server received Content-Length %1, SipScope sent %2.</source>
        <translation>Le serveur a reçu Content-Length %1, SipScope a envoyé %2.</translation>
    </message>
    <message>
        <source>The response carries %1 bytes of body but says Content-Length %2: something changed the body without fixing the length.</source>
        <translation>La réponse comporte %1 octets de corps mais annonce Content-Length %2 : un équipement a modifié le corps sans corriger la longueur.</translation>
    </message>
    <message>
        <source>No answer to compare with, so NAT and SIP ALGs cannot be judged.</source>
        <translation>Aucune réponse à comparer : impossible d'évaluer le NAT et les SIP ALG.</translation>
    </message>
    <message numerus="yes">
        <source>A SIP ALG or another middlebox rewrites SIP messages between SipScope and the server (%n sign(s)); the first: %1</source>
        <translation>
            <numerusform>Un SIP ALG ou un autre équipement intermédiaire réécrit les messages SIP entre SipScope et le serveur (%n indice) ; le premier : %1</numerusform>
            <numerusform>Un SIP ALG ou un autre équipement intermédiaire réécrit les messages SIP entre SipScope et le serveur (%n indices) ; le premier : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Behind NAT: the server saw %1, SipScope sent from %2.</source>
        <translation>Derrière un NAT : le serveur a vu %1, SipScope a envoyé depuis %2.</translation>
    </message>
    <message>
        <source>No NAT: the server saw the address and port SipScope sent from (%1).</source>
        <translation>Pas de NAT : le serveur a vu l'adresse et le port d'envoi de SipScope (%1).</translation>
    </message>
    <message>
        <source>The server did not say which address it saw (no received or rport), so NAT cannot be judged.</source>
        <translation>Le serveur n'a pas indiqué l'adresse qu'il a vue (ni received ni rport) : impossible d'évaluer le NAT.</translation>
    </message>
    <message>
        <source>The server saw address %1 but did not say which port (no rport value), so NAT cannot be judged fully.</source>
        <translation>Le serveur a vu l'adresse %1 mais n'a pas indiqué le port (pas de valeur rport) : le NAT ne peut pas être entièrement évalué.</translation>
    </message>
    <message>
        <source>A SIP ALG in a router writes its public address into the Via so that answers find the way back. RFC 3261 §18.2.1 (with rport, RFC 3581 §4) already has the server answer the address and port the request came from, so the rewrite is not needed; when the ALG does not undo it in the answer, the client cannot match the answer to its request (§17.1.3).</source>
        <translation>Un SIP ALG dans un routeur écrit son adresse publique dans le Via pour que les réponses retrouvent leur chemin. RFC 3261 §18.2.1 (avec rport, RFC 3581 §4) fait déjà répondre le serveur à l’adresse et au port d’où vient la requête : la réécriture est inutile, et si l’ALG ne l’annule pas dans la réponse, le client ne peut plus associer la réponse à sa requête (§17.1.3).</translation>
    </message>
    <message>
        <source>The Contact says where the sender wants to receive new requests, such as incoming calls (RFC 3261 §8.1.1.8, §20.10). A SIP ALG replaces the private address with the router's public one and opens a short-lived pinhole for it. A phone that already does its own NAT handling (STUN, rport, an outbound proxy) then gets it rewritten twice or wrongly: incoming calls fail, or calls drop or lose audio after a while.</source>
        <translation>Le Contact indique où l’émetteur veut recevoir les nouvelles requêtes, comme les appels entrants (RFC 3261 §8.1.1.8, §20.10). Un SIP ALG remplace l’adresse privée par l’adresse publique du routeur et ouvre pour elle une brèche temporaire dans le pare-feu. Si le téléphone gère déjà lui-même le NAT (STUN, rport, un proxy sortant), elle est réécrite deux fois ou mal : les appels entrants échouent, ou les appels coupent ou perdent le son au bout d’un moment.</translation>
    </message>
    <message>
        <source>The Via branch, Call-ID, From and To tags and CSeq identify the transaction and the dialog (RFC 3261 §8.1.1, §17.1.3); nothing between the two ends may change them. When they arrive changed, answers and later requests no longer match.</source>
        <translation>La branch du Via, le Call-ID, les tags From et To et le CSeq identifient la transaction et le dialogue (RFC 3261 §8.1.1, §17.1.3) ; rien entre les deux extrémités ne doit les modifier. S’ils arrivent modifiés, les réponses et les requêtes suivantes ne correspondent plus.</translation>
    </message>
    <message>
        <source>Only a proxy may change a request on its way, and only in the ways RFC 3261 §16.6 lists (its own Via, Record-Route, Max-Forwards). A SIP ALG parses and rewrites messages as they cross the router; what it changes breaks digest authentication when it touches the Request-URI (§22.4) and can make the message unreadable for the other end.</source>
        <translation>Seul un proxy peut modifier une requête en chemin, et seulement comme RFC 3261 §16.6 l’énumère (son propre Via, Record-Route, Max-Forwards). Un SIP ALG analyse et réécrit les messages quand ils traversent le routeur ; ce qu’il modifie casse l’authentification digest dès qu’il touche la Request-URI (§22.4) et peut rendre le message illisible pour le correspondant.</translation>
    </message>
    <message>
        <source>Content-Length must count the bytes of the body exactly (RFC 3261 §20.14); over TCP it is the only way to find where a message ends (§18.3). An ALG that edits the body (SDP addresses) without fixing the length corrupts the message.</source>
        <translation>Content-Length doit compter exactement les octets du corps (RFC 3261 §20.14) ; sur TCP, c’est le seul moyen de trouver la fin d’un message (§18.3). Un ALG qui modifie le corps (adresses SDP) sans corriger la longueur corrompt le message.</translation>
    </message>
    <message>
        <source>The SipScope mirror saw the request arrive over %1 from %2.</source>
        <translation>Le miroir SipScope a vu la requête arriver via %1 depuis %2.</translation>
    </message>
    <message>
        <source>The mirror's report of the source came back rewritten (%1 instead of %2): something in the path rewrites addresses in answers, as SIP ALGs do to hide the public address.</source>
        <translation>L’indication de la source par le miroir est revenue réécrite (%1 au lieu de %2) : quelque chose sur le chemin réécrit les adresses dans les réponses, comme le font les SIP ALG pour cacher l’adresse publique.</translation>
    </message>
    <message>
        <source>The mirror returned only the first %1 of the %2 bytes it received, to keep its answer small enough (1300 bytes over UDP); what follows is not compared. Probe over TCP to compare the whole request.</source>
        <translation>Le miroir n’a renvoyé que les %1 premiers des %2 octets reçus, pour que sa réponse reste assez petite (1300 octets sur UDP) ; la suite n’est pas comparée. Sondez en TCP pour comparer toute la requête.</translation>
    </message>
    <message>
        <source>The server received the request line as "%1"; SipScope sent "%2".</source>
        <translation>Le serveur a reçu la ligne de requête sous la forme « %1 » ; SipScope a envoyé « %2 ».</translation>
    </message>
    <message>
        <source>The server received our %1 header as "%2"; SipScope sent "%3".</source>
        <translation>Le serveur a reçu notre en-tête %1 sous la forme « %2 » ; SipScope a envoyé « %3 ».</translation>
    </message>
    <message>
        <source>The server received another body (%1 bytes) than SipScope sent (%2 bytes).</source>
        <translation>Le serveur a reçu un autre corps (%1 octets) que celui envoyé par SipScope (%2 octets).</translation>
    </message>
    <message>
        <source>The server received other bytes than SipScope sent, from byte %1 on (%2 bytes arrived, %3 were sent).</source>
        <translation>Le serveur a reçu d’autres octets que ceux envoyés par SipScope, à partir de l’octet %1 (%2 octets reçus, %3 envoyés).</translation>
    </message>
    <message>
        <source>The SipScope mirror received the first %1 bytes of the request exactly as SipScope sent them: no SIP ALG rewrote them.</source>
        <translation>Le miroir SipScope a reçu les %1 premiers octets de la requête exactement tels que SipScope les a envoyés : aucun SIP ALG ne les a réécrits.</translation>
    </message>
    <message>
        <source>The SipScope mirror received the request byte for byte as SipScope sent it: no SIP ALG rewrote it.</source>
        <translation>Le miroir SipScope a reçu la requête octet pour octet telle que SipScope l’a envoyée : aucun SIP ALG ne l’a réécrite.</translation>
    </message>
</context>
<context>
    <name>PcapFileWriter</name>
    <message>
        <source>Cannot write the capture file %1: %2</source>
        <translation>Impossible d'écrire le fichier de capture %1 : %2</translation>
    </message>
</context>
<context>
    <name>ProbeDebugText</name>
    <message>
        <source>Module %1</source>
        <translation>Module %1</translation>
    </message>
    <message>
        <source>transport: %1</source>
        <translation>transport : %1</translation>
    </message>
    <message>
        <source>RFC 3263 decides</source>
        <translation>choisi selon la RFC 3263</translation>
    </message>
    <message>
        <source>timeout: %1 ms</source>
        <translation>délai : %1 ms</translation>
    </message>
    <message>
        <source>expected: %1</source>
        <translation>attendu : %1</translation>
    </message>
    <message>
        <source>auth: %1 (password from %2)</source>
        <translation>authentification : %1 (mot de passe : %2)</translation>
    </message>
    <message>
        <source>Target %1 (%2)</source>
        <translation>Cible %1 (%2)</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Déroulement :</translation>
    </message>
    <message>
        <source>Error: %1 (%2)</source>
        <translation>Erreur : %1 (%2)</translation>
    </message>
    <message>
        <source>Request sent:</source>
        <translation>Requête envoyée :</translation>
    </message>
    <message>
        <source>Response received:</source>
        <translation>Réponse reçue :</translation>
    </message>
    <message>
        <source>verdict profile: %1 (%2)</source>
        <translation>profil de verdict : %1 (%2)</translation>
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
        <translation>Tentative de connexion</translation>
    </message>
    <message>
        <source>WebSocket opening</source>
        <translation>Ouverture WebSocket</translation>
    </message>
    <message>
        <source>TCP connect</source>
        <translation>Connexion TCP</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>Négociation TLS</translation>
    </message>
    <message>
        <source>Request and answer</source>
        <translation>Requête et réponse</translation>
    </message>
    <message>
        <source>request sent</source>
        <translation>requête envoyée</translation>
    </message>
    <message>
        <source>retransmission %1</source>
        <translation>retransmission %1</translation>
    </message>
    <message>
        <source>Timer F</source>
        <translation>Timer F</translation>
    </message>
    <message>
        <source>length measured by the kernel (SYN to SYN-ACK)</source>
        <translation>durée mesurée par le noyau (SYN à SYN-ACK)</translation>
    </message>
</context>
<context>
    <name>ProbeVerdict</name>
    <message>
        <source>For a liveness check the server is alive: any SIP answer shows that it is up (--nagios --alive counts it as OK).</source>
        <translation>Pour un contrôle de disponibilité, le serveur est en vie : toute réponse SIP montre qu'il fonctionne (--nagios --alive la compte comme OK).</translation>
    </message>
    <message>
        <source>The server is up and speaks SIP; it wants credentials before it serves this request.</source>
        <translation>Le serveur fonctionne et parle SIP ; il demande des identifiants avant de servir cette requête.</translation>
    </message>
    <message>
        <source>Probe with the user name and password of an account on that server, or, for a trusted peer, let this address in without authentication.</source>
        <translation>Lancez le sondage avec le nom d'utilisateur et le mot de passe d'un compte de ce serveur ou, pour un pair de confiance, autorisez cette adresse sans authentification.</translation>
    </message>
    <message>
        <source>The server is up and speaks SIP; it understood the request and refuses to serve it, often because of an access list, a source address it does not trust, or a policy against OPTIONS from strangers.</source>
        <translation>Le serveur fonctionne et parle SIP ; il a compris la requête et refuse de la servir, souvent à cause d'une liste d'accès, d'une adresse source à laquelle il ne fait pas confiance, ou d'une règle contre les OPTIONS d'inconnus.</translation>
    </message>
    <message>
        <source>Check whether this computer's address is allowed on the server (trusted peers, IP access lists, fail2ban), and whether it expects another From domain or credentials.</source>
        <translation>Vérifiez que l'adresse de cet ordinateur est autorisée sur le serveur (pairs de confiance, listes d'accès IP, fail2ban), et s'il attend un autre domaine From ou des identifiants.</translation>
    </message>
    <message>
        <source>The server is up and speaks SIP; it serves no such user or domain as the one in the Request-URI.</source>
        <translation>Le serveur fonctionne et parle SIP ; il ne sert aucun utilisateur ni domaine tel que celui de la Request-URI.</translation>
    </message>
    <message>
        <source>Probe a user or a domain it serves: add a user part (sip:alice@host), or use the domain name it is configured for instead of its address; leave the user part out if you gave one.</source>
        <translation>Sondez un utilisateur ou un domaine qu'il sert : ajoutez une partie utilisateur (sip:alice@host), ou utilisez le nom de domaine pour lequel il est configuré au lieu de son adresse ; retirez la partie utilisateur si vous en avez indiqué une.</translation>
    </message>
    <message>
        <source>The server is up and speaks SIP; it knows OPTIONS but does not allow it for this Request-URI. Its Allow header lists the methods it allows.</source>
        <translation>Le serveur fonctionne et parle SIP ; il connaît OPTIONS mais ne l'autorise pas pour cette Request-URI. Son en-tête Allow liste les méthodes qu'il autorise.</translation>
    </message>
    <message>
        <source>Read the Allow header of the answer; probe the proxy or registrar address itself, or a user it serves.</source>
        <translation>Lisez l'en-tête Allow de la réponse ; sondez l'adresse du proxy ou du registrar lui-même, ou un utilisateur qu'il sert.</translation>
    </message>
    <message>
        <source>The server is up and speaks SIP; it does not support an extension the request required (Require or Proxy-Require). Its Unsupported header names it.</source>
        <translation>Le serveur fonctionne et parle SIP ; il ne prend pas en charge une extension exigée par la requête (Require ou Proxy-Require). Son en-tête Unsupported la nomme.</translation>
    </message>
    <message>
        <source>Remove the Require or Proxy-Require headers added to the probe; SipScope sends none of its own.</source>
        <translation>Retirez les en-têtes Require ou Proxy-Require ajoutés au sondage ; SipScope n'en envoie aucun de lui-même.</translation>
    </message>
    <message>
        <source>The server is up and speaks SIP, but it took the OPTIONS for a request within a dialog it does not know; outside a dialog that is not the answer to expect.</source>
        <translation>Le serveur fonctionne et parle SIP, mais il a pris l'OPTIONS pour une requête dans un dialogue qu'il ne connaît pas ; hors dialogue, ce n'est pas la réponse attendue.</translation>
    </message>
    <message>
        <source>Remove a To tag or other dialog headers added to the probe; without them the server's handling of OPTIONS is at fault: report it to its vendor.</source>
        <translation>Retirez un tag To ou d'autres en-têtes de dialogue ajoutés au sondage ; sans eux, c'est le traitement des OPTIONS par le serveur qui est en cause : signalez-le à son éditeur.</translation>
    </message>
    <message>
        <source>The server is up and speaks SIP, but the routing is broken: a proxy saw the request come back to itself.</source>
        <translation>Le serveur fonctionne et parle SIP, mais le routage est cassé : un proxy a vu la requête lui revenir.</translation>
    </message>
    <message>
        <source>Run a trace (sipscope-cli trace) to see the hops, and look for a circle in the proxies' routes and DNS entries.</source>
        <translation>Lancez un traçage (sipscope-cli trace) pour voir les sauts, et cherchez une boucle dans les routes et les entrées DNS des proxys.</translation>
    </message>
    <message>
        <source>The server is up and speaks SIP; the request passed more proxies than its Max-Forwards allowed.</source>
        <translation>Le serveur fonctionne et parle SIP ; la requête a traversé plus de proxys que son Max-Forwards ne le permettait.</translation>
    </message>
    <message>
        <source>Run a trace to see the hops; when the probe sent the default Max-Forwards of 70, look for a routing loop.</source>
        <translation>Lancez un traçage pour voir les sauts ; si le sondage a envoyé le Max-Forwards par défaut de 70, cherchez une boucle de routage.</translation>
    </message>
    <message>
        <source>The server is up and speaks SIP; it answers as it would answer a call it cannot accept here (an OPTIONS gets the status an INVITE would get).</source>
        <translation>Le serveur fonctionne et parle SIP ; il répond comme il répondrait à un appel qu'il ne peut pas accepter ici (un OPTIONS reçoit le statut qu'un INVITE recevrait).</translation>
    </message>
    <message>
        <source>Check the Accept header and any headers added to the probe; the server's logs name the rule that rejected it.</source>
        <translation>Vérifiez l'en-tête Accept et les en-têtes ajoutés au sondage ; les journaux du serveur nomment la règle qui l'a rejeté.</translation>
    </message>
    <message>
        <source>The server is up and speaks SIP, but failed while handling the request: an unexpected condition on its side.</source>
        <translation>Le serveur fonctionne et parle SIP, mais il a échoué en traitant la requête : une condition inattendue de son côté.</translation>
    </message>
    <message>
        <source>Look at the server's logs (a routing script, a database or another back end failing) and probe again to see whether it persists.</source>
        <translation>Consultez les journaux du serveur (un script de routage, une base de données ou un autre service en échec) et relancez le sondage pour voir si cela persiste.</translation>
    </message>
    <message>
        <source>The server is up and speaks SIP, but does not implement OPTIONS.</source>
        <translation>Le serveur fonctionne et parle SIP, mais n'implémente pas OPTIONS.</translation>
    </message>
    <message>
        <source>Enable OPTIONS handling in its configuration, or check it another way (a REGISTER, its own monitoring).</source>
        <translation>Activez le traitement des OPTIONS dans sa configuration, ou vérifiez-le autrement (un REGISTER, sa propre supervision).</translation>
    </message>
    <message numerus="yes">
        <source>The server is up and speaks SIP, but is temporarily unable to serve (overloaded or in maintenance); it asks to be tried again in %n second(s).</source>
        <translation>
            <numerusform>Le serveur fonctionne et parle SIP, mais ne peut temporairement pas servir (surchargé ou en maintenance) ; il demande de réessayer dans %n seconde.</numerusform>
            <numerusform>Le serveur fonctionne et parle SIP, mais ne peut temporairement pas servir (surchargé ou en maintenance) ; il demande de réessayer dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Probe again after the Retry-After time; check the server's load and maintenance state, and, for a proxy, whether any server behind it is available.</source>
        <translation>Relancez le sondage après le délai Retry-After ; vérifiez la charge et l'état de maintenance du serveur et, pour un proxy, si un serveur derrière lui est disponible.</translation>
    </message>
    <message>
        <source>The server is up and speaks SIP, but is temporarily unable to serve, and does not say for how long; without Retry-After a client treats it like a 500.</source>
        <translation>Le serveur fonctionne et parle SIP, mais ne peut temporairement pas servir, sans dire pour combien de temps ; sans Retry-After, un client le traite comme un 500.</translation>
    </message>
    <message>
        <source>Check the server's load and maintenance state and, for a proxy, whether any server behind it is available; probe again later.</source>
        <translation>Vérifiez la charge et l'état de maintenance du serveur et, pour un proxy, si un serveur derrière lui est disponible ; relancez le sondage plus tard.</translation>
    </message>
    <message>
        <source>The server is up and speaks SIP, but a server it asked did not answer in time: the fault lies beyond the server probed.</source>
        <translation>Le serveur fonctionne et parle SIP, mais un serveur qu'il a interrogé n'a pas répondu à temps : la panne se situe au-delà du serveur sondé.</translation>
    </message>
    <message>
        <source>Probe the next hop (the server it forwards to, or its DNS) directly; a trace shows where the path ends.</source>
        <translation>Sondez directement le saut suivant (le serveur vers lequel il relaie, ou son DNS) ; un traçage montre où le chemin s'arrête.</translation>
    </message>
    <message>
        <source>The server answers in SIP, but refuses SIP/2.0, the version SipScope sends: its SIP handling is broken.</source>
        <translation>Le serveur répond en SIP, mais refuse SIP/2.0, la version qu'envoie SipScope : son traitement SIP est défectueux.</translation>
    </message>
    <message>
        <source>Check which software answers on that port (its Server header) and its configuration; report it to its vendor.</source>
        <translation>Vérifiez quel logiciel répond sur ce port (son en-tête Server) et sa configuration ; signalez-le à son éditeur.</translation>
    </message>
    <message>
        <source>The server is up and speaks SIP, and it accepted the request: healthy, as far as a probe can tell.</source>
        <translation>Le serveur fonctionne et parle SIP, et il a accepté la requête : en bonne santé, autant qu'un sondage puisse le dire.</translation>
    </message>
    <message>
        <source>Nothing to fix. Its Allow, Supported and Accept headers list what it can do; compare the round-trip time with earlier probes.</source>
        <translation>Rien à corriger. Ses en-têtes Allow, Supported et Accept indiquent ce qu'il sait faire ; comparez le temps aller-retour avec les sondages précédents.</translation>
    </message>
    <message>
        <source>The server is up and speaks SIP; it sends the request elsewhere, to the addresses in its Contact header.</source>
        <translation>Le serveur fonctionne et parle SIP ; il renvoie la requête ailleurs, vers les adresses de son en-tête Contact.</translation>
    </message>
    <message>
        <source>Probe the address in the Contact header of the answer.</source>
        <translation>Sondez l'adresse de l'en-tête Contact de la réponse.</translation>
    </message>
    <message>
        <source>The server is up and speaks SIP; it refused this request for a reason of the request's, not a failure of its own.</source>
        <translation>Le serveur fonctionne et parle SIP ; il a refusé cette requête pour une raison qui tient à la requête, et non à une panne de sa part.</translation>
    </message>
    <message>
        <source>Change the request (the Request-URI, the headers added), not the server; the code's explanation says what it objects to.</source>
        <translation>Modifiez la requête (la Request-URI, les en-têtes ajoutés), pas le serveur ; l'explication du code dit ce qu'il lui reproche.</translation>
    </message>
    <message>
        <source>The server is up and speaks SIP, but it, or a server behind it, failed to serve the request.</source>
        <translation>Le serveur fonctionne et parle SIP, mais lui-même, ou un serveur derrière lui, n'a pas pu servir la requête.</translation>
    </message>
    <message>
        <source>Look at the server's logs and at the servers behind it; probe again to see whether it persists.</source>
        <translation>Consultez les journaux du serveur et des serveurs derrière lui ; relancez le sondage pour voir si cela persiste.</translation>
    </message>
    <message>
        <source>The server is up and speaks SIP; it says the request fails everywhere, not only at this server, so other servers of the domain need not be tried.</source>
        <translation>Le serveur fonctionne et parle SIP ; il affirme que la requête échoue partout, pas seulement sur ce serveur : inutile d'essayer les autres serveurs du domaine.</translation>
    </message>
    <message>
        <source>Check the user in the Request-URI (604 Does Not Exist Anywhere) or whether the target declines OPTIONS on purpose (603 Decline); probe without a user part to check the server alone.</source>
        <translation>Vérifiez l'utilisateur de la Request-URI (604 Does Not Exist Anywhere) ou si la cible refuse volontairement les OPTIONS (603 Decline) ; sondez sans partie utilisateur pour vérifier le serveur seul.</translation>
    </message>
</context>
<context>
    <name>Q850</name>
    <message>
        <source>Unallocated (unassigned) number</source>
        <translation>Numéro non attribué (non affecté)</translation>
    </message>
    <message>
        <source>No route to specified transit network</source>
        <translation>Pas d'acheminement vers le réseau de transit spécifié</translation>
    </message>
    <message>
        <source>No route to destination</source>
        <translation>Pas d'acheminement vers la destination</translation>
    </message>
    <message>
        <source>Normal call clearing</source>
        <translation>Libération normale de l'appel</translation>
    </message>
    <message>
        <source>User busy</source>
        <translation>Usager occupé</translation>
    </message>
    <message>
        <source>No user responding</source>
        <translation>Aucun usager ne répond</translation>
    </message>
    <message>
        <source>No answer from user (user alerted)</source>
        <translation>Pas de réponse de l'usager (usager averti)</translation>
    </message>
    <message>
        <source>Subscriber absent</source>
        <translation>Abonné absent</translation>
    </message>
    <message>
        <source>Call rejected</source>
        <translation>Appel rejeté</translation>
    </message>
    <message>
        <source>Number changed</source>
        <translation>Numéro changé</translation>
    </message>
    <message>
        <source>Redirection to new destination</source>
        <translation>Réacheminement vers une nouvelle destination</translation>
    </message>
    <message>
        <source>Exchange routing error</source>
        <translation>Erreur d'acheminement dans le central</translation>
    </message>
    <message>
        <source>Non-selected user clearing</source>
        <translation>Libération d'un usager non sélectionné</translation>
    </message>
    <message>
        <source>Destination out of order</source>
        <translation>Destination hors service</translation>
    </message>
    <message>
        <source>Invalid number format (address incomplete)</source>
        <translation>Format de numéro non valable (adresse incomplète)</translation>
    </message>
    <message>
        <source>Facility rejected</source>
        <translation>Service complémentaire rejeté</translation>
    </message>
    <message>
        <source>Normal, unspecified</source>
        <translation>Normal, non spécifié</translation>
    </message>
    <message>
        <source>No circuit/channel available</source>
        <translation>Aucun circuit/canal disponible</translation>
    </message>
    <message>
        <source>Network out of order</source>
        <translation>Réseau hors service</translation>
    </message>
    <message>
        <source>Temporary failure</source>
        <translation>Défaillance temporaire</translation>
    </message>
    <message>
        <source>Switching equipment congestion</source>
        <translation>Encombrement de l'équipement de commutation</translation>
    </message>
    <message>
        <source>Resource unavailable, unspecified</source>
        <translation>Ressource indisponible, non spécifiée</translation>
    </message>
    <message>
        <source>Incoming calls barred within CUG</source>
        <translation>Appels entrants interdits dans le GFU</translation>
    </message>
    <message>
        <source>Bearer capability not authorized</source>
        <translation>Capacité support non autorisée</translation>
    </message>
    <message>
        <source>Bearer capability not presently available</source>
        <translation>Capacité support non disponible actuellement</translation>
    </message>
    <message>
        <source>Service or option not available, unspecified</source>
        <translation>Service ou option non disponible, non spécifié</translation>
    </message>
    <message>
        <source>Bearer capability not implemented</source>
        <translation>Capacité support non mise en œuvre</translation>
    </message>
    <message>
        <source>Only restricted digital information bearer capability is available</source>
        <translation>Seule la capacité support d'information numérique restreinte est disponible</translation>
    </message>
    <message>
        <source>Service or option not implemented, unspecified</source>
        <translation>Service ou option non mis en œuvre, non spécifié</translation>
    </message>
    <message>
        <source>User not member of CUG</source>
        <translation>Usager non membre du GFU</translation>
    </message>
    <message>
        <source>Incompatible destination</source>
        <translation>Destination incompatible</translation>
    </message>
    <message>
        <source>Recovery on timer expiry</source>
        <translation>Reprise sur expiration de temporisateur</translation>
    </message>
    <message>
        <source>Protocol error, unspecified</source>
        <translation>Erreur de protocole, non spécifiée</translation>
    </message>
    <message>
        <source>Interworking, unspecified</source>
        <translation>Interfonctionnement, non spécifié</translation>
    </message>
    <message>
        <source>without diagnostic</source>
        <translation>sans diagnostic</translation>
    </message>
    <message>
        <source>with diagnostic</source>
        <translation>avec diagnostic</translation>
    </message>
    <message>
        <source>RFC 3398 §7.2.4.1 maps no response code to cause 16: a normal release ends the call with BYE or CANCEL instead.</source>
        <translation>La RFC 3398 §7.2.4.1 n'associe aucun code de réponse à la cause 16 : une libération normale termine l'appel par BYE ou CANCEL.</translation>
    </message>
    <message>
        <source>When the cause location is the user, RFC 3398 §7.2.4.1 lets the gateway send 603 Decline instead of 403.</source>
        <translation>Lorsque la localisation de la cause est l'utilisateur, la RFC 3398 §7.2.4.1 permet à la passerelle d'envoyer 603 Decline au lieu de 403.</translation>
    </message>
    <message>
        <source>RFC 3398 §7.2.4.1 lists no response code for this cause: for any cause not in its table a gateway should send 500 Server Internal Error.</source>
        <translation>La RFC 3398 §7.2.4.1 n'indique aucun code de réponse pour cette cause : pour toute cause absente de sa table, une passerelle doit envoyer 500 Server Internal Error.</translation>
    </message>
    <message>
        <source>RFC 3398 §8.2.6.1: the gateway should first try to authenticate, and sends cause 21 only if it cannot.</source>
        <translation>RFC 3398 §8.2.6.1 : la passerelle doit d'abord essayer de s'authentifier, et n'envoie la cause 21 que si elle n'y parvient pas.</translation>
    </message>
    <message>
        <source>RFC 3398 §8.2.6.1: the cause depends on the Warning header: 65 (Bearer capability not implemented) when it concerns the bearer capability, otherwise 31 (Normal, unspecified).</source>
        <translation>RFC 3398 §8.2.6.1 : la cause dépend de l'en-tête Warning : 65 (Capacité support non mise en œuvre) s'il concerne la capacité support, sinon 31 (Normal, non spécifié).</translation>
    </message>
    <message>
        <source>RFC 3398 §8.2.6.1: the gateway should first remedy the protocol error and retry the request; it sends this cause only if that fails.</source>
        <translation>RFC 3398 §8.2.6.1 : la passerelle doit d'abord corriger l'erreur de protocole et renvoyer la requête ; elle n'envoie cette cause que si cela échoue.</translation>
    </message>
    <message>
        <source>RFC 3398 §8.2.6.1 lists no cause for this code: a gateway sends cause 31 (Normal, unspecified) for a failure response not in its table.</source>
        <translation>La RFC 3398 §8.2.6.1 n'indique aucune cause pour ce code : pour une réponse d'échec absente de sa table, une passerelle envoie la cause 31 (Normal, non spécifié).</translation>
    </message>
    <message>
        <source>RFC 3398 §8.2.6.1 sends it with the cause location "user".</source>
        <translation>La RFC 3398 §8.2.6.1 l'envoie avec la localisation de cause « utilisateur » (user).</translation>
    </message>
    <message>
        <source>RFC 3398 §8.2.6.1 sends it with the cause location "network".</source>
        <translation>La RFC 3398 §8.2.6.1 l'envoie avec la localisation de cause « réseau » (network).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>RFC 3398 §7.2.4.1 maps it to %1.</source>
        <translation>La RFC 3398 §7.2.4.1 la fait correspondre à %1.</translation>
    </message>
    <message>
        <source>RFC 3398 §7.2.4.1 maps it to %1 or %2.</source>
        <translation>La RFC 3398 §7.2.4.1 la fait correspondre à %1 ou %2.</translation>
    </message>
</context>
<context>
    <name>QtDnsBackend</name>
    <message>
        <source>%1; Qt reports "no such records" and "no usable reply" alike</source>
        <translation>%1 ; Qt signale de la même façon « aucun enregistrement de ce type » et « aucune réponse exploitable »</translation>
    </message>
</context>
<context>
    <name>ResponderConfig</name>
    <message>
        <source>The answer must be a final response code from 200 to 699, not %1; provisional responses are chosen separately.</source>
        <translation>La réponse doit être un code de réponse finale de 200 à 699, pas %1 ; les réponses provisoires se choisissent à part.</translation>
    </message>
    <message>
        <source>The reason phrase must fit on one line.</source>
        <translation>Le libellé de la réponse doit tenir sur une seule ligne.</translation>
    </message>
    <message>
        <source>The delay must be between 0 and %1 ms.</source>
        <translation>Le délai doit être compris entre 0 et %1 ms.</translation>
    </message>
    <message>
        <source>%1 is not a provisional response code (100 to 199).</source>
        <translation>%1 n'est pas un code de réponse provisoire (100 à 199).</translation>
    </message>
    <message>
        <source>The listen address is not an IP address.</source>
        <translation>L'adresse d'écoute n'est pas une adresse IP.</translation>
    </message>
    <message>
        <source>TLS needs a certificate file and a private key file.</source>
        <translation>TLS nécessite un fichier de certificat et un fichier de clé privée.</translation>
    </message>
    <message>
        <source>The %1 header is copied from the request and cannot be set.</source>
        <translation>L'en-tête %1 est copié depuis la requête et ne peut pas être défini.</translation>
    </message>
    <message>
        <source>Listening on all interfaces: anyone who can reach this computer can send requests to the responder and get its answers.</source>
        <translation>Écoute sur toutes les interfaces : quiconque peut joindre cet ordinateur peut envoyer des requêtes au simulateur et recevoir ses réponses.</translation>
    </message>
    <message>
        <source>Listening on %1, which is reachable from other computers.</source>
        <translation>Écoute sur %1, joignable depuis d'autres ordinateurs.</translation>
    </message>
    <message>
        <source>A %1 to INVITE would set up a call with a media session, which the responder cannot do: INVITE requests get 488 Not Acceptable Here with a Warning instead; other requests get %1.</source>
        <translation>Une %1 à un INVITE établirait un appel avec une session média, ce que le simulateur ne sait pas faire : les requêtes INVITE reçoivent plutôt 488 Not Acceptable Here avec un Warning ; les autres requêtes reçoivent %1.</translation>
    </message>
    <message>
        <source>A %1 response should carry a %2 header; add it with a header line.</source>
        <translation>Une réponse %1 devrait comporter un en-tête %2 ; ajoutez-le avec une ligne d'en-tête.</translation>
    </message>
    <message>
        <source>A %1 redirect without a Contact header tells the caller nowhere to go.</source>
        <translation>Une redirection %1 sans en-tête Contact n'indique à l'appelant aucune destination.</translation>
    </message>
    <message>
        <source>"%1" is not an address and port such as [::1]:5060.</source>
        <translation>« %1 » n'est pas une adresse avec port comme [::1]:5060.</translation>
    </message>
    <message>
        <source>"%1" is not an IP address; the responder listens on an address, not a name.</source>
        <translation>« %1 » n'est pas une adresse IP ; le simulateur écoute sur une adresse, pas sur un nom.</translation>
    </message>
    <message>
        <source>"%1" is not a port number (0 to 65535).</source>
        <translation>« %1 » n'est pas un numéro de port (0 à 65535).</translation>
    </message>
    <message>
        <source>"%1" is not a provisional response code (100 to 199).</source>
        <translation>« %1 » n'est pas un code de réponse provisoire (100 à 199).</translation>
    </message>
    <message>
        <source>At most eight provisional responses can be sent first.</source>
        <translation>Huit réponses provisoires au plus peuvent être envoyées au préalable.</translation>
    </message>
    <message>
        <source>A header must fit on one line: "%1".</source>
        <translation>Un en-tête doit tenir sur une seule ligne : « %1 ».</translation>
    </message>
    <message>
        <source>"%1" is not a header: write it as "Name: value".</source>
        <translation>« %1 » n'est pas un en-tête : écrivez-le sous la forme « Nom: valeur ».</translation>
    </message>
    <message>
        <source>The rate limit must be between 0 (none) and %1 requests a second.</source>
        <translation>La limite de débit doit être comprise entre 0 (aucune) et %1 requêtes par seconde.</translation>
    </message>
    <message>
        <source>Call-backs work over UDP only: over %1 requests asking for one are answered "refused".</source>
        <translation>Les rappels ne fonctionnent que sur UDP : sur %1, les requêtes qui en demandent un reçoivent « refused ».</translation>
    </message>
</context>
<context>
    <name>ResponderCounters</name>
    <message>
        <source>%1 received: %2 answered, %3 absorbed, %4 dropped</source>
        <translation>%1 reçus : %2 avec réponse, %3 absorbés, %4 ignorés</translation>
    </message>
    <message>
        <source>%1 over the rate limit</source>
        <translation>%1 au-delà de la limite de débit</translation>
    </message>
    <message>
        <source>%1 with the transaction table full</source>
        <translation>%1 avec la table des transactions pleine</translation>
    </message>
    <message>
        <source>%1 unanswerable</source>
        <translation>%1 sans réponse possible</translation>
    </message>
    <message>
        <source>; %1 completed transactions retired early</source>
        <translation> ; %1 transactions terminées retirées en avance</translation>
    </message>
    <message>
        <source>; %1 lost in the full receive queue</source>
        <translation> ; %1 perdus dans la file de réception pleine</translation>
    </message>
    <message>
        <source>%1 while the peer left its answers unread</source>
        <translation>%1 pendant que le correspondant laissait ses réponses non lues</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Nothing is saved in the keychain under that name.</source>
        <translation>Rien n'est enregistré sous ce nom dans le trousseau.</translation>
    </message>
    <message>
        <source>The system keychain is not available.</source>
        <translation>Le trousseau du système n'est pas disponible.</translation>
    </message>
    <message>
        <source>The keychain is locked (or unlocking it was cancelled): unlock it and try again.</source>
        <translation>Le trousseau est verrouillé (ou son déverrouillage a été annulé) : déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>The keychain refused access.</source>
        <translation>Le trousseau a refusé l'accès.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time; it may be waiting for you to unlock it.</source>
        <translation>Le trousseau n'a pas répondu à temps ; il attend peut-être que vous le déverrouilliez.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>Le trousseau a signalé une erreur.</translation>
    </message>
    <message>
        <source>This build of SipScope has no keychain support (it was built without QtKeychain).</source>
        <translation>Cette version de SipScope ne prend pas en charge le trousseau (compilée sans QtKeychain).</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Gestionnaire d'identification Windows</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>Trousseau macOS</translation>
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
        <translation>Cible non valide</translation>
    </message>
    <message>
        <source>Name not resolved</source>
        <translation>Nom non résolu</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>TLS failure</source>
        <translation>Échec TLS</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Erreur réseau</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Malformed answer</source>
        <translation>Réponse mal formée</translation>
    </message>
</context>
<context>
    <name>SipParser</name>
    <message>
        <source>Unsupported protocol version "%1": only SIP/2.0 is understood.</source>
        <translation>Version de protocole « %1 » non prise en charge : seul SIP/2.0 est compris.</translation>
    </message>
    <message>
        <source>The status line has no status code.</source>
        <translation>La ligne d'état n'a pas de code de statut.</translation>
    </message>
    <message>
        <source>"%1" is not a status code: it must be three digits from 100 to 699.</source>
        <translation>« %1 » n'est pas un code de statut : il doit comporter trois chiffres, de 100 à 699.</translation>
    </message>
    <message>
        <source>"%1" is neither a SIP status line nor a request line.</source>
        <translation>« %1 » n'est ni une ligne d'état SIP ni une ligne de requête.</translation>
    </message>
    <message>
        <source>The message contains a NUL byte in its headers.</source>
        <translation>Le message contient un octet NUL dans ses en-têtes.</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 bytes.</source>
        <translation>La ligne %1 dépasse %2 octets.</translation>
    </message>
    <message>
        <source>Line %1 continues a header, but no header precedes it.</source>
        <translation>La ligne %1 prolonge un en-tête, mais aucun en-tête ne la précède.</translation>
    </message>
    <message>
        <source>Line %1 is not a header ("Name: value"): "%2".</source>
        <translation>La ligne %1 n'est pas un en-tête (« Nom: valeur ») : « %2 ».</translation>
    </message>
    <message>
        <source>The message has more than %1 headers.</source>
        <translation>Le message compte plus de %1 en-têtes.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Le message est vide.</translation>
    </message>
    <message>
        <source>Invalid Content-Length "%1".</source>
        <translation>Content-Length non valide « %1 ».</translation>
    </message>
    <message>
        <source>The message is larger than %1 bytes.</source>
        <translation>Le message dépasse %1 octets.</translation>
    </message>
    <message>
        <source>The headers are not terminated by an empty line.</source>
        <translation>Les en-têtes ne se terminent pas par une ligne vide.</translation>
    </message>
    <message>
        <source>The body has %1 bytes, but Content-Length announces %2.</source>
        <translation>Le corps fait %1 octets, mais Content-Length en annonce %2.</translation>
    </message>
    <message>
        <source>A line is longer than %1 bytes.</source>
        <translation>Une ligne dépasse %1 octets.</translation>
    </message>
    <message>
        <source>The message has no Content-Length header, which a stream transport requires.</source>
        <translation>Le message n'a pas d'en-tête Content-Length, obligatoire sur un transport en flux.</translation>
    </message>
</context>
<context>
    <name>SipScope::AboutDialog</name>
    <message>
        <source>Version %1 · Qt %2 (built with Qt %3)</source>
        <translation>Version %1 · Qt %2 (compilé avec Qt %3)</translation>
    </message>
    <message>
        <source>About SipScope</source>
        <translation>À propos de SipScope</translation>
    </message>
    <message>
        <source>A reference of SIP response codes in plain words, and a probe that sends SIP OPTIONS to a server and shows what came back.</source>
        <translation>Une référence des codes de réponse SIP en termes simples, et une sonde qui envoie des SIP OPTIONS à un serveur et montre ce qui revient.</translation>
    </message>
    <message>
        <source>SipScope icon</source>
        <translation>Icône de SipScope</translation>
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
        <translation>TTL inconnu</translation>
    </message>
    <message>
        <source>TTL %1 s</source>
        <translation>TTL %1 s</translation>
    </message>
    <message>
        <source>IP address in the URI (no DNS)</source>
        <translation>Adresse IP dans l'URI (sans DNS)</translation>
    </message>
    <message>
        <source>%1 of %2, %3</source>
        <translation>%1 de %2, %3</translation>
    </message>
    <message>
        <source>SRV %1: priority %2, weight %3, port %4, %5 → %6 %7, %8</source>
        <translation>SRV %1 : priorité %2, poids %3, port %4, %5 → %6 %7, %8</translation>
    </message>
    <message>
        <source>probing…</source>
        <translation>sondage en cours…</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>From DNS</source>
        <translation>Source DNS</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Temps de réponse</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>NAPTR %1 (order %2, preference %3) → </source>
        <translation>NAPTR %1 (ordre %2, préférence %3) → </translation>
    </message>
</context>
<context>
    <name>SipScope::CandidateProbe</name>
    <message>
        <source>The probe was cancelled.</source>
        <translation>La sonde a été annulée.</translation>
    </message>
</context>
<context>
    <name>SipScope::CandidatesPanel</name>
    <message numerus="yes">
        <source>Probing %n candidate(s) at once…</source>
        <translation>
            <numerusform>%n candidat sondé en parallèle…</numerusform>
            <numerusform>%n candidats sondés en parallèle…</numerusform>
        </translation>
    </message>
    <message>
        <source>All targets</source>
        <translation>Toutes les cibles</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <source>DNS resolution</source>
        <translation>Résolution DNS</translation>
    </message>
    <message>
        <source>Summary of all targets</source>
        <translation>Résumé de toutes les cibles</translation>
    </message>
    <message>
        <source>Tick Tools → Probe All Targets, then send: every server behind the name (each SRV target and address) is probed at once.</source>
        <translation>Cochez Outils → Sonder toutes les cibles, puis envoyez : chaque serveur derrière le nom (chaque cible SRV et chaque adresse) est sondé en parallèle.</translation>
    </message>
    <message>
        <source>Resolving %1…</source>
        <translation>Résolution de %1…</translation>
    </message>
    <message>
        <source>priority %1  weight %2  port %3  target %4  TTL %5</source>
        <translation>priorité %1  poids %2  port %3  cible %4  TTL %5</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
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
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Previous code viewed (Alt+Left)</source>
        <translation>Code précédent dans l'historique (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next code viewed (Alt+Right)</source>
        <translation>Code suivant dans l'historique (Alt+Droite)</translation>
    </message>
    <message>
        <source>Copy for &amp;Ticket</source>
        <translation>Copier pour le &amp;ticket</translation>
    </message>
    <message>
        <source>Copy for ticket</source>
        <translation>Copier pour le ticket</translation>
    </message>
    <message>
        <source>Copy the code, its reason, summary and what to check as plain text</source>
        <translation>Copier le code, son libellé, son résumé et les points à vérifier en texte brut</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>Explanation of the selected SIP response code</source>
        <translation>Explication du code de réponse SIP sélectionné</translation>
    </message>
    <message>
        <source>Copied %1 for a ticket</source>
        <translation>%1 copié pour un ticket</translation>
    </message>
    <message>
        <source>Not a SIP response code</source>
        <translation>Pas un code de réponse SIP</translation>
    </message>
    <message>
        <source>Look up a SIP response code</source>
        <translation>Rechercher un code de réponse SIP</translation>
    </message>
    <message>
        <source>Type the number from the phone's display or the call log, such as 486, or describe the problem in your own words: “busy”, “wrong password”, “nobody answers”. Down or Enter moves into the list; every code explains what happened and what to check, and “Copy for ticket” puts a summary on the clipboard.</source>
        <translation>Tapez le code affiché par le téléphone ou le journal d'appels, par exemple 486, ou décrivez le problème avec vos propres mots : « occupé », « mauvais mot de passe », « personne ne répond ». Flèche bas ou Entrée pour passer dans la liste ; chaque code explique ce qui s'est passé et ce qu'il faut vérifier, et « Copier pour le ticket » place un résumé dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>SipScope::CodeItemDelegate</name>
    <message>
        <source>unregistered</source>
        <translation>hors registre</translation>
    </message>
</context>
<context>
    <name>SipScope::CodesView</name>
    <message>
        <source>Search a code or your own words, e.g. 486 or “busy”</source>
        <translation>Cherchez un code ou vos propres mots, par ex. 486 ou « occupé »</translation>
    </message>
    <message>
        <source>Search codes</source>
        <translation>Rechercher des codes</translation>
    </message>
    <message>
        <source>Type a number or words; Down or Enter moves into the list, Escape clears</source>
        <translation>Tapez un numéro ou des mots ; Flèche bas ou Entrée pour passer dans la liste, Échap pour effacer</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Toutes les classes</translation>
    </message>
    <message>
        <source>Class filter</source>
        <translation>Filtre de classe</translation>
    </message>
    <message>
        <source>Show only one response class</source>
        <translation>N'afficher qu'une classe de réponse</translation>
    </message>
    <message>
        <source>Unregistered</source>
        <translation>Hors registre</translation>
    </message>
    <message>
        <source>Also list codes that are not in the IANA registry but are seen in the field</source>
        <translation>Lister aussi les codes hors registre IANA mais rencontrés sur le terrain</translation>
    </message>
    <message>
        <source>Show unregistered codes</source>
        <translation>Afficher les codes hors registre</translation>
    </message>
    <message>
        <source>Response codes</source>
        <translation>Codes de réponse</translation>
    </message>
    <message>
        <source>Number of codes listed</source>
        <translation>Nombre de codes listés</translation>
    </message>
    <message>
        <source>No code matches “%1”</source>
        <translation>Aucun code ne correspond à « %1 »</translation>
    </message>
    <message>
        <source>Try other words, or type the number, e.g. 486.</source>
        <translation>Essayez d'autres mots, ou tapez le numéro, par exemple 486.</translation>
    </message>
    <message>
        <source>&amp;Explain Text…</source>
        <translation>&amp;Expliquer un texte…</translation>
    </message>
    <message>
        <source>Paste a log line, a SIP response or a header and have every code in it explained (Ctrl+E)</source>
        <translation>Coller une ligne de journal, une réponse SIP ou un en-tête et faire expliquer chaque code qu'il contient (Ctrl+E)</translation>
    </message>
    <message>
        <source>Explain text</source>
        <translation>Expliquer un texte</translation>
    </message>
    <message>
        <source>Codes listed: %1</source>
        <translation>Codes listés : %1</translation>
    </message>
    <message>
        <source>What the search recognised</source>
        <translation>Ce que la recherche a reconnu</translation>
    </message>
    <message>
        <source>Codes listed: %1 (%2 strong matches above the line)</source>
        <translation>Codes listés : %1 (%2 correspondances fortes au-dessus du trait)</translation>
    </message>
    <message>
        <source>&amp;Probe This Target</source>
        <translation>Sonder cette &amp;cible</translation>
    </message>
    <message>
        <source>Send SIP OPTIONS to this URI in the Probe view (Enter)</source>
        <translation>Envoyer SIP OPTIONS à cette URI dans la vue Sonde (Entrée)</translation>
    </message>
    <message>
        <source>Probe this target</source>
        <translation>Sonder cette cible</translation>
    </message>
    <message>
        <source>Explain This &amp;Text</source>
        <translation>Expliquer ce &amp;texte</translation>
    </message>
    <message>
        <source>Explain every code, cause and header in the pasted text (Enter)</source>
        <translation>Expliquer chaque code, cause et en-tête du texte collé (Entrée)</translation>
    </message>
    <message>
        <source>Explain this text</source>
        <translation>Expliquer ce texte</translation>
    </message>
    <message>
        <source>Offer for the pasted text</source>
        <translation>Proposition pour le texte collé</translation>
    </message>
</context>
<context>
    <name>SipScope::DiagnosisPanel</name>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>What is wrong, and where</source>
        <translation>Ce qui ne va pas, et où</translation>
    </message>
    <message>
        <source>Where the status comes from</source>
        <translation>Origine du statut</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Indices</translation>
    </message>
    <message>
        <source>NAT and SIP ALG</source>
        <translation>NAT et SIP ALG</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Chemin :</translation>
    </message>
    <message>
        <source>ALG sign: %1</source>
        <translation>Indice d'ALG : %1</translation>
    </message>
    <message>
        <source>Compared with an answer that SipScope could not accept because it was altered.</source>
        <translation>Comparé à une réponse que SipScope n'a pas pu accepter parce qu'elle avait été modifiée.</translation>
    </message>
</context>
<context>
    <name>SipScope::Dns</name>
    <message>
        <source>No DNS server to ask.</source>
        <translation>Aucun serveur DNS à interroger.</translation>
    </message>
    <message>
        <source>The DNS server is not an IP address with a port, e.g. 127.0.0.1:5353.</source>
        <translation>Le serveur DNS n’est pas une adresse IP avec un port, p. ex. 127.0.0.1:5353.</translation>
    </message>
    <message>
        <source>the answer was truncated and TCP failed (%1); using its complete records</source>
        <translation>la réponse était tronquée et TCP a échoué (%1) ; ses enregistrements complets sont utilisés</translation>
    </message>
    <message>
        <source>the answer was truncated and the one over TCP was unusable (%1); using the truncated one's complete records</source>
        <translation>la réponse était tronquée et celle reçue par TCP inutilisable (%1) ; les enregistrements complets de la réponse tronquée sont utilisés</translation>
    </message>
    <message numerus="yes">
        <source>no answer from %1 after %n try(s)</source>
        <translation>
            <numerusform>aucune réponse de %1 après %n essai</numerusform>
            <numerusform>aucune réponse de %1 après %n essais</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n datagram(s) ignored</source>
        <translation>
            <numerusform>%n datagramme ignoré</numerusform>
            <numerusform>%n datagrammes ignorés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at offset %2.</source>
        <translation>%1 à l’offset %2.</translation>
    </message>
    <message>
        <source>A name runs past the end of the message</source>
        <translation>Un nom dépasse la fin du message</translation>
    </message>
    <message>
        <source>A compression pointer runs past the end of the message</source>
        <translation>Un pointeur de compression dépasse la fin du message</translation>
    </message>
    <message>
        <source>A compression pointer points forward (to %1)</source>
        <translation>Un pointeur de compression pointe vers l’avant (vers %1)</translation>
    </message>
    <message>
        <source>Compression pointers form a loop</source>
        <translation>Des pointeurs de compression forment une boucle</translation>
    </message>
    <message>
        <source>A label has the reserved type %1</source>
        <translation>Un label a le type réservé %1</translation>
    </message>
    <message>
        <source>A label runs past the end of the message</source>
        <translation>Un label dépasse la fin du message</translation>
    </message>
    <message>
        <source>A name is longer than 255 octets</source>
        <translation>Un nom dépasse 255 octets</translation>
    </message>
    <message>
        <source>A character-string runs past the end of its record</source>
        <translation>Une chaîne de caractères dépasse la fin de son enregistrement</translation>
    </message>
    <message>
        <source>A question runs past the end of the message</source>
        <translation>Une question dépasse la fin du message</translation>
    </message>
    <message>
        <source>A record runs past the end of the message</source>
        <translation>Un enregistrement dépasse la fin du message</translation>
    </message>
    <message>
        <source>Record data runs past the end of the message</source>
        <translation>Les données d’un enregistrement dépassent la fin du message</translation>
    </message>
    <message>
        <source>A %1 record has %2 octets of data instead of %3</source>
        <translation>Un enregistrement %1 a %2 octets de données au lieu de %3</translation>
    </message>
    <message>
        <source>The name in a %1 record does not end where its data ends</source>
        <translation>Le nom d’un enregistrement %1 ne finit pas là où finissent ses données</translation>
    </message>
    <message>
        <source>An SRV record is too short (%1 octets)</source>
        <translation>Un enregistrement SRV est trop court (%1 octets)</translation>
    </message>
    <message>
        <source>A NAPTR record is too short (%1 octets)</source>
        <translation>Un enregistrement NAPTR est trop court (%1 octets)</translation>
    </message>
    <message>
        <source>A DNS message needs a 12-octet header; this one has %1 octets.</source>
        <translation>Un message DNS exige un en-tête de 12 octets ; celui-ci en a %1.</translation>
    </message>
    <message>
        <source>There is no name to look up.</source>
        <translation>Il n’y a aucun nom à résoudre.</translation>
    </message>
    <message>
        <source>%1 is not a valid DNS name.</source>
        <translation>%1 n’est pas un nom DNS valide.</translation>
    </message>
    <message>
        <source>%1 has an empty label.</source>
        <translation>%1 contient un label vide.</translation>
    </message>
    <message>
        <source>%1 has a label longer than 63 octets.</source>
        <translation>%1 contient un label de plus de 63 octets.</translation>
    </message>
    <message>
        <source>%1 is longer than 255 octets.</source>
        <translation>%1 dépasse 255 octets.</translation>
    </message>
    <message>
        <source>No DNS server was given.</source>
        <translation>Aucun serveur DNS n’a été indiqué.</translation>
    </message>
    <message>
        <source>%1: the closing "]" is missing.</source>
        <translation>%1 : le « ] » fermant manque.</translation>
    </message>
    <message>
        <source>%1: a port must follow "]:".</source>
        <translation>%1 : un port doit suivre « ]: ».</translation>
    </message>
    <message>
        <source>%1: the port after ":" is missing.</source>
        <translation>%1 : le port après « : » manque.</translation>
    </message>
    <message>
        <source>%1 is not an IP address; give the DNS server as an address, e.g. 127.0.0.1:5353 or [::1]:53.</source>
        <translation>%1 n’est pas une adresse IP ; indiquez le serveur DNS par son adresse, p. ex. 127.0.0.1:5353 ou [::1]:53.</translation>
    </message>
    <message>
        <source>%1 is not a port (1 to 65535).</source>
        <translation>%1 n’est pas un port (1 à 65535).</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 ne peut pas être lu (%2).</translation>
    </message>
    <message>
        <source>On this system SipScope does not know the DNS servers; give one with --dns-server.</source>
        <translation>Sur ce système, SipScope ne connaît pas les serveurs DNS ; indiquez-en un avec --dns-server.</translation>
    </message>
</context>
<context>
    <name>SipScope::DualStackPanel</name>
    <message>
        <source>IPv4 and IPv6</source>
        <translation>IPv4 et IPv6</translation>
    </message>
    <message>
        <source>Dual-stack verdict</source>
        <translation>Verdict double pile</translation>
    </message>
    <message>
        <source>Probing over IPv4 and over IPv6 at once…</source>
        <translation>Sondage en IPv4 et en IPv6 en parallèle…</translation>
    </message>
    <message>
        <source>Tick Tools → Probe IPv4 and IPv6 Separately, then send: the target is probed once over IPv4 only and once over IPv6 only.</source>
        <translation>Cochez Outils → Sonder IPv4 et IPv6 séparément, puis envoyez : la cible est sondée une fois en IPv4 seulement et une fois en IPv6 seulement.</translation>
    </message>
    <message>
        <source>%1: not published (%2)</source>
        <translation>%1 : non publié (%2)</translation>
    </message>
    <message>
        <source>%1: %2 %3 from %4 in %5 ms</source>
        <translation>%1 : %2 %3 de %4 en %5 ms</translation>
    </message>
    <message>
        <source>%1: no answer: %2 (%3)</source>
        <translation>%1 : pas de réponse : %2 (%3)</translation>
    </message>
</context>
<context>
    <name>SipScope::ExplainDialog</name>
    <message>
        <source>Explain Text</source>
        <translation>Expliquer un texte</translation>
    </message>
    <message>
        <source>&amp;Text to explain: a log line, a whole SIP response, a Reason or Warning header</source>
        <translation>&amp;Texte à expliquer : une ligne de journal, une réponse SIP complète, un en-tête Reason ou Warning</translation>
    </message>
    <message>
        <source>Text to explain</source>
        <translation>Texte à expliquer</translation>
    </message>
    <message>
        <source>Status lines, Reason, Warning and Retry-After headers and codes in this text are explained below</source>
        <translation>Les lignes d'état, les en-têtes Reason, Warning et Retry-After et les codes de ce texte sont expliqués ci-dessous</translation>
    </message>
    <message>
        <source>&amp;Paste from Clipboard</source>
        <translation>&amp;Coller depuis le presse-papiers</translation>
    </message>
    <message>
        <source>Replace the text with the clipboard's and explain it</source>
        <translation>Remplacer le texte par celui du presse-papiers et l'expliquer</translation>
    </message>
    <message>
        <source>Paste from clipboard</source>
        <translation>Coller depuis le presse-papiers</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>Remove the text</source>
        <translation>Supprimer le texte</translation>
    </message>
    <message>
        <source>Clear the text</source>
        <translation>Effacer le texte</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Every status, Reason, Warning and Retry-After found in the text, explained</source>
        <translation>Chaque statut, Reason, Warning et Retry-After trouvé dans le texte, expliqué</translation>
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
        <translation>%1 j</translation>
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
        <translation>%1 : pas un code de réponse SIP</translation>
    </message>
    <message>
        <source>SIP response codes run from 100 to 699; a receiver rejects anything else as a malformed message (RFC 3261 §7.2).</source>
        <translation>Les codes de réponse SIP vont de 100 à 699 ; un destinataire rejette toute autre valeur comme message mal formé (RFC 3261 §7.2).</translation>
    </message>
    <message>
        <source>%1 is not a registered code: a receiver treats it as %2 %3 (RFC 3261 §8.1.3.2).</source>
        <translation>%1 est un code hors registre : un destinataire le traite comme %2 %3 (RFC 3261 §8.1.3.2).</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry: %2.</source>
        <translation>%1 ne figure pas dans le registre IANA : %2.</translation>
    </message>
    <message>
        <source>"%1" is a phrase some equipment sends for %2; the registered phrase is "%3".</source>
        <translation>« %1 » est un libellé que certains équipements envoient pour %2 ; le libellé du registre est « %3 ».</translation>
    </message>
    <message>
        <source>The phrase "%1" differs from the registered "%2": only the code counts (RFC 3261 §21).</source>
        <translation>Le libellé « %1 » diffère de celui du registre, « %2 » : seul le code compte (RFC 3261 §21).</translation>
    </message>
    <message>
        <source>A Reason header tells why a request or call ended (RFC 3326); it is not the status of the message that carries it.</source>
        <translation>Un en-tête Reason indique pourquoi une requête ou un appel s'est terminé (RFC 3326) ; ce n'est pas le statut du message qui le transporte.</translation>
    </message>
    <message>
        <source>SIP cause 200 usually comes in a CANCEL: the call was answered on another device, so this one stopped ringing ("Call completed elsewhere").</source>
        <translation>La cause SIP 200 arrive généralement dans un CANCEL : l'appel a été pris sur un autre appareil, celui-ci a donc cessé de sonner (« Call completed elsewhere »).</translation>
    </message>
    <message>
        <source>Q.850 cause %1</source>
        <translation>Cause Q.850 %1</translation>
    </message>
    <message>
        <source>Q.850 cause %1: %2</source>
        <translation>Cause Q.850 %1 : %2</translation>
    </message>
    <message>
        <source>Q.850 cause values run from 1 to 127; this one is not a valid cause.</source>
        <translation>Les valeurs de cause Q.850 vont de 1 à 127 ; celle-ci n'est pas une cause valide.</translation>
    </message>
    <message>
        <source>Normal call clearing: one side hung up and the call ended normally. It is not an error; RFC 3398 maps it to no response code (the call ends with BYE or CANCEL).</source>
        <translation>Libération normale de l'appel : un côté a raccroché et l'appel s'est terminé normalement. Ce n'est pas une erreur ; la RFC 3398 ne l'associe à aucun code de réponse (l'appel se termine par BYE ou CANCEL).</translation>
    </message>
    <message>
        <source>SipScope has no description of this cause.</source>
        <translation>SipScope n'a pas de description de cette cause.</translation>
    </message>
    <message>
        <source>A gateway turns it into SIP %1 %2 (RFC 3398 §7.2.4.1): %3</source>
        <translation>Une passerelle la convertit en SIP %1 %2 (RFC 3398 §7.2.4.1) : %3</translation>
    </message>
    <message>
        <source>RFC 3398 maps it to %1 %2 instead when the release message carries a diagnostic (the new number).</source>
        <translation>La RFC 3398 l'associe plutôt à %1 %2 quand le message de libération comporte un diagnostic (le nouveau numéro).</translation>
    </message>
    <message>
        <source>Warning %1: %2</source>
        <translation>Warning %1 : %2</translation>
    </message>
    <message>
        <source>Warning %1</source>
        <translation>Warning %1</translation>
    </message>
    <message>
        <source>Not a registered warn-code; read the warn-text for what the sender meant.</source>
        <translation>Warn-code hors registre ; lisez le warn-text pour savoir ce que l'émetteur voulait dire.</translation>
    </message>
    <message>
        <source>Not a SIP warn-code: SIP uses codes from 300 to 399 (RFC 3261 §20.43).</source>
        <translation>Pas un warn-code SIP : SIP utilise les codes de 300 à 399 (RFC 3261 §20.43).</translation>
    </message>
    <message>
        <source>Text from %1: "%2"</source>
        <translation>Texte de %1 : « %2 »</translation>
    </message>
    <message>
        <source>Retry after %1</source>
        <translation>Réessayer après %1</translation>
    </message>
    <message>
        <source>The server says the request may be repeated right away.</source>
        <translation>Le serveur indique que la requête peut être répétée immédiatement.</translation>
    </message>
    <message>
        <source>The server asks the client to wait %1 before trying again (RFC 3261 §20.33).</source>
        <translation>Le serveur demande au client d'attendre %1 avant de réessayer (RFC 3261 §20.33).</translation>
    </message>
    <message>
        <source>The server asks the client to wait %1 (%2 s) before trying again (RFC 3261 §20.33).</source>
        <translation>Le serveur demande au client d'attendre %1 (%2 s) avant de réessayer (RFC 3261 §20.33).</translation>
    </message>
    <message>
        <source>After that, it expects to be available for %1.</source>
        <translation>Ensuite, il prévoit d'être disponible pendant %1.</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Commentaire : %1</translation>
    </message>
    <message>
        <source>status line</source>
        <translation>ligne d'état</translation>
    </message>
    <message>
        <source>SIP Reason header</source>
        <translation>en-tête Reason SIP</translation>
    </message>
    <message>
        <source>Q.850 Reason header</source>
        <translation>en-tête Reason Q.850</translation>
    </message>
    <message>
        <source>Warning header</source>
        <translation>en-tête Warning</translation>
    </message>
    <message>
        <source>Retry-After header</source>
        <translation>en-tête Retry-After</translation>
    </message>
    <message>
        <source>response code</source>
        <translation>code de réponse</translation>
    </message>
    <message>
        <source>Q.850 cause</source>
        <translation>cause Q.850</translation>
    </message>
</context>
<context>
    <name>SipScope::ExporterService</name>
    <message>
        <source>The configuration cannot be read again.</source>
        <translation>Impossible de relire la configuration.</translation>
    </message>
    <message>
        <source>Reload failed, the previous configuration stays: %1</source>
        <translation>Échec du rechargement, la configuration précédente reste en place : %1</translation>
    </message>
    <message numerus="yes">
        <source>Configuration reloaded: %n module(s)</source>
        <translation>
            <numerusform>Configuration rechargée : %n module</numerusform>
            <numerusform>Configuration rechargée : %n modules</numerusform>
        </translation>
    </message>
    <message>
        <source>Configuration reloaded.</source>
        <translation>Configuration rechargée.</translation>
    </message>
    <message>
        <source>The configuration was not reloaded, the previous one stays: %1</source>
        <translation>La configuration n'a pas été rechargée, la précédente reste en place : %1</translation>
    </message>
    <message>
        <source>Nothing here: try /probe?target=…&amp;module=…, /metrics or /.</source>
        <translation>Rien ici : essayez /probe?target=…&amp;module=…, /metrics ou /.</translation>
    </message>
    <message>
        <source>The target parameter is missing: /probe?target=sip:host&amp;module=NAME.</source>
        <translation>Le paramètre target manque : /probe?target=sip:hôte&amp;module=NOM.</translation>
    </message>
    <message>
        <source>The module parameter is missing; the configured modules are: %1.</source>
        <translation>Le paramètre module manque ; modules configurés : %1.</translation>
    </message>
    <message>
        <source>Unknown module "%1"; the configured modules are: %2.</source>
        <translation>Module inconnu « %1 » ; modules configurés : %2.</translation>
    </message>
    <message>
        <source>The target "%1" is not valid: %2</source>
        <translation>La cible « %1 » n'est pas valide : %2</translation>
    </message>
    <message>
        <source>The target host %1 is not in the configuration's allow list; nothing was sent.</source>
        <translation>L'hôte cible %1 ne figure pas dans la liste allow de la configuration ; rien n'a été envoyé.</translation>
    </message>
    <message numerus="yes">
        <source>%n probe(s) are running already, the configured maximum; try again later.</source>
        <translation>
            <numerusform>%n sondage est déjà en cours, le maximum configuré ; réessayez plus tard.</numerusform>
            <numerusform>%n sondages sont déjà en cours, le maximum configuré ; réessayez plus tard.</numerusform>
        </translation>
    </message>
    <message>
        <source>X-Prometheus-Scrape-Timeout-Seconds is not a positive number of seconds: "%1".</source>
        <translation>X-Prometheus-Scrape-Timeout-Seconds n'est pas un nombre positif de secondes : « %1 ».</translation>
    </message>
    <message>
        <source>Metrics:</source>
        <translation>Métriques :</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Recent probes</source>
        <translation>Sondages récents</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>Débogage</translation>
    </message>
    <message>
        <source>previous answer (%1)</source>
        <translation>réponse précédente (%1)</translation>
    </message>
    <message>
        <source>success</source>
        <translation>succès</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>failure: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <source>debug</source>
        <translation>débogage</translation>
    </message>
    <message>
        <source>This path answers %1 only.</source>
        <translation>Ce chemin ne répond qu'à %1.</translation>
    </message>
</context>
<context>
    <name>SipScope::HttpServer</name>
    <message>
        <source>The request did not arrive in time.</source>
        <translation>La requête n'est pas arrivée à temps.</translation>
    </message>
</context>
<context>
    <name>SipScope::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Language of the interface and of the code explanations</source>
        <translation>Langue de l'interface et des explications des codes</translation>
    </message>
    <message>
        <source>System Default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>Follow the language of the operating system</source>
        <translation>Suivre la langue du système d'exploitation</translation>
    </message>
</context>
<context>
    <name>SipScope::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Find Code…</source>
        <translation>&amp;Rechercher un code…</translation>
    </message>
    <message>
        <source>Search the response codes</source>
        <translation>Rechercher dans les codes de réponse</translation>
    </message>
    <message>
        <source>&amp;Codes</source>
        <translation>&amp;Codes</translation>
    </message>
    <message>
        <source>&amp;Probe</source>
        <translation>&amp;Sonde</translation>
    </message>
    <message>
        <source>Clear Target &amp;History</source>
        <translation>Effacer l'&amp;historique des cibles</translation>
    </message>
    <message>
        <source>&amp;About SipScope</source>
        <translation>À &amp;propos de SipScope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Look up SIP response codes (Ctrl+1)</source>
        <translation>Rechercher des codes de réponse SIP (Ctrl+1)</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>Sonde</translation>
    </message>
    <message>
        <source>Send SIP OPTIONS to a server (Ctrl+2)</source>
        <translation>Envoyer un SIP OPTIONS à un serveur (Ctrl+2)</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>&amp;Monitor</source>
        <translation>Sur&amp;veillance</translation>
    </message>
    <message>
        <source>&amp;Responder</source>
        <translation>Si&amp;mulateur</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Surveillance</translation>
    </message>
    <message>
        <source>Watch many SIP servers at once (Ctrl+3)</source>
        <translation>Surveiller plusieurs serveurs SIP à la fois (Ctrl+3)</translation>
    </message>
    <message>
        <source>Responder</source>
        <translation>Simulateur</translation>
    </message>
    <message>
        <source>Answer SIP requests with a chosen code (Ctrl+4)</source>
        <translation>Répondre aux requêtes SIP avec un code choisi (Ctrl+4)</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Langue : %1</translation>
    </message>
</context>
<context>
    <name>SipScope::Monitor</name>
    <message>
        <source>keychain entry "%1": %2</source>
        <translation>entrée du trousseau « %1 » : %2</translation>
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
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>RTT</source>
        <translation>RTT</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernier changement</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>Certificat : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · certificate %n day(s)</source>
        <translation>
            <numerusform>%1 · certificat %n jour</numerusform>
            <numerusform>%1 · certificat %n jours</numerusform>
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
        <translation>Cible à ajouter</translation>
    </message>
    <message>
        <source>Label (optional)</source>
        <translation>Étiquette (facultative)</translation>
    </message>
    <message>
        <source>Label of the target</source>
        <translation>Étiquette de la cible</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>every </source>
        <translation>toutes les </translation>
    </message>
    <message>
        <source>Probe interval in seconds</source>
        <translation>Intervalle entre les sondes, en secondes</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>Dé&amp;marrer</translation>
    </message>
    <message>
        <source>Filter by label, target or status</source>
        <translation>Filtrer par étiquette, cible ou état</translation>
    </message>
    <message>
        <source>Filter targets</source>
        <translation>Filtrer les cibles</translation>
    </message>
    <message>
        <source>&amp;Load…</source>
        <translation>&amp;Charger…</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>Notifications du bureau</translation>
    </message>
    <message>
        <source>Announce state changes through the system tray</source>
        <translation>Annoncer les changements d'état dans la zone de notification</translation>
    </message>
    <message>
        <source>No system tray is available on this desktop</source>
        <translation>Aucune zone de notification n'est disponible sur ce bureau</translation>
    </message>
    <message>
        <source>Monitored targets</source>
        <translation>Cibles surveillées</translation>
    </message>
    <message>
        <source>State changes</source>
        <translation>Changements d'état</translation>
    </message>
    <message>
        <source>State changes appear here with their time.</source>
        <translation>Les changements d'état s'affichent ici avec leur heure.</translation>
    </message>
    <message numerus="yes">
        <source>Monitoring %n target(s)</source>
        <translation>
            <numerusform>Surveillance de %n cible</numerusform>
            <numerusform>Surveillance de %n cibles</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2: %3 — %4</source>
        <translation>%1  %2 : %3 — %4</translation>
    </message>
    <message>
        <source>SipScope: %1</source>
        <translation>SipScope : %1</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n target(s)</source>
        <translation>
            <numerusform>%n cible chargée</numerusform>
            <numerusform>%n cibles chargées</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
    <message>
        <source>Load Target List</source>
        <translation>Charger une liste de cibles</translation>
    </message>
    <message>
        <source>Target lists (*.json *.txt);;All files (*)</source>
        <translation>Listes de cibles (*.json *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save Target List</source>
        <translation>Enregistrer la liste de cibles</translation>
    </message>
    <message>
        <source>Target lists (*.json)</source>
        <translation>Listes de cibles (*.json)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Export Results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exporté</translation>
    </message>
    <message>
        <source>No result yet for this target.</source>
        <translation>Aucun résultat pour l'instant pour cette cible.</translation>
    </message>
    <message>
        <source>Last result of %1</source>
        <translation>Dernier résultat de %1</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <source>S&amp;ave…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
</context>
<context>
    <name>SipScope::NatBindingTrial</name>
    <message>
        <source>It answered %1 %2 without accepting a %3 header.</source>
        <translation>Il a répondu %1 %2 sans accepter d'en-tête %3.</translation>
    </message>
    <message>
        <source>The socket closed after the answer.</source>
        <translation>Le socket a été fermé après la réponse.</translation>
    </message>
</context>
<context>
    <name>SipScope::OptionsProbe</name>
    <message>
        <source>from the URI parameter ;transport=%1</source>
        <translation>d'après le paramètre d'URI ;transport=%1</translation>
    </message>
    <message>
        <source>sips: over TCP means TLS</source>
        <translation>sips: sur TCP signifie TLS</translation>
    </message>
    <message>
        <source>sips: requires TLS</source>
        <translation>sips: exige TLS</translation>
    </message>
    <message>
        <source>default for sip: URIs</source>
        <translation>par défaut pour les URI sip:</translation>
    </message>
    <message>
        <source>Target %1 over %2 (%3)</source>
        <translation>Cible %1 en %2 (%3)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>The probe was cancelled.</source>
        <translation>La sonde a été annulée.</translation>
    </message>
    <message>
        <source>Check the spelling of the name and the DNS server.</source>
        <translation>Vérifiez l'orthographe du nom et le serveur DNS.</translation>
    </message>
    <message>
        <source>from the SRV record %1 (priority %2, weight %3)</source>
        <translation>d'après l'enregistrement SRV %1 (priorité %2, poids %3)</translation>
    </message>
    <message>
        <source>RFC 3263 §4.1 for this URI</source>
        <translation>RFC 3263 §4.1 pour cette URI</translation>
    </message>
    <message>
        <source>Trying %1</source>
        <translation>Essai de %1</translation>
    </message>
    <message>
        <source>(%1 from SRV %2)</source>
        <translation>(%1 d'après SRV %2)</translation>
    </message>
    <message>
        <source>(an address of %1)</source>
        <translation>(une adresse de %1)</translation>
    </message>
    <message>
        <source>— target %1 of %2</source>
        <translation>— cible %1 sur %2</translation>
    </message>
    <message>
        <source>The %1 transport is not supported yet; use UDP, TCP or TLS.</source>
        <translation>Le transport %1 n'est pas encore pris en charge ; utilisez UDP, TCP ou TLS.</translation>
    </message>
    <message>
        <source>Local address %1</source>
        <translation>Adresse locale %1</translation>
    </message>
    <message>
        <source>%1 failed (%2): %3 Trying the next target (RFC 3263 §4.3).</source>
        <translation>%1 a échoué (%2) : %3 Essai de la cible suivante (RFC 3263 §4.3).</translation>
    </message>
    <message>
        <source>None of the %1 targets could be used; the one that got furthest failed: %2</source>
        <translation>Aucune des %1 cibles n'a pu être utilisée ; celle qui est allée le plus loin a échoué : %2</translation>
    </message>
    <message>
        <source>Reconnecting to send the answer</source>
        <translation>Reconnexion pour envoyer la réponse</translation>
    </message>
    <message>
        <source>Sent OPTIONS to %1 (%2 bytes)</source>
        <translation>OPTIONS envoyé à %1 (%2 octets)</translation>
    </message>
    <message>
        <source>Retransmission %1 (Timer E)</source>
        <translation>Retransmission %1 (Timer E)</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>Ignored %1: %2</source>
        <translation>%1 ignoré : %2</translation>
    </message>
    <message>
        <source>Timer F expired after %1 s</source>
        <translation>Timer F expiré après %1 s</translation>
    </message>
    <message>
        <source>No final response from %1 within %2 s over %3: the server accepted the connection but did not answer.</source>
        <translation>Pas de réponse finale de %1 sur %3 en %2 s : le serveur a accepté la connexion mais n'a pas répondu.</translation>
    </message>
    <message numerus="yes">
        <source>No final response from %1 within %2 s (%n retransmission(s)): a firewall may drop the packets, or nothing answers SIP there.</source>
        <translation>
            <numerusform>Pas de réponse finale de %1 en %2 s (%n retransmission) : un pare-feu bloque peut-être les paquets, ou rien n'y répond en SIP.</numerusform>
            <numerusform>Pas de réponse finale de %1 en %2 s (%n retransmissions) : un pare-feu bloque peut-être les paquets, ou rien n'y répond en SIP.</numerusform>
        </translation>
    </message>
    <message>
        <source>Received %1 %2</source>
        <translation>Reçu %1 %2</translation>
    </message>
    <message>
        <source>No resolution: the target %1 was given</source>
        <translation>Pas de résolution : la cible %1 a été indiquée</translation>
    </message>
    <message>
        <source>%1 Sending the answer again over a new connection.</source>
        <translation>%1 Nouvel envoi de la réponse sur une nouvelle connexion.</translation>
    </message>
    <message>
        <source>chosen explicitly</source>
        <translation>choisi explicitement</translation>
    </message>
    <message>
        <source>Keep-alive pings cancelled</source>
        <translation>Pings de keep-alive annulés</translation>
    </message>
    <message>
        <source>Keep-alive ping %1: pong after %2 ms</source>
        <translation>Ping de keep-alive %1 : pong après %2 ms</translation>
    </message>
    <message>
        <source>Keep-alive ping %1: no pong</source>
        <translation>Ping de keep-alive %1 : pas de pong</translation>
    </message>
    <message>
        <source>from the NAPTR record %1 and the SRV record %2 (priority %3, weight %4)</source>
        <translation>d’après l’enregistrement NAPTR %1 et l’enregistrement SRV %2 (priorité %3, poids %4)</translation>
    </message>
</context>
<context>
    <name>SipScope::ProbeAuthenticator</name>
    <message>
        <source>Challenge in %1 %2: %3</source>
        <translation>Challenge dans %1 %2 : %3</translation>
    </message>
    <message>
        <source>The server asks for authentication (%1); give a user name and a password to answer it.</source>
        <translation>Le serveur demande une authentification (%1) ; indiquez un nom d'utilisateur et un mot de passe pour y répondre.</translation>
    </message>
    <message>
        <source>The server asks for authentication (%1), but with no challenge SipScope can answer: %2</source>
        <translation>Le serveur demande une authentification (%1), mais sans challenge auquel SipScope puisse répondre : %2</translation>
    </message>
    <message>
        <source>Credentials rejected: the server answered our authenticated request with %1 again. Check the user name, the authentication user name and the password.</source>
        <translation>Identifiants refusés : le serveur a de nouveau répondu %1 à notre requête authentifiée. Vérifiez le nom d'utilisateur, le nom d'utilisateur d'authentification et le mot de passe.</translation>
    </message>
    <message>
        <source>Credentials rejected: the server kept challenging (%1) after %2 requests.</source>
        <translation>Identifiants refusés : le serveur renvoyait toujours un challenge (%1) après %2 requêtes.</translation>
    </message>
    <message>
        <source>Answering as "%1" with %2</source>
        <translation>Réponse en tant que « %1 » avec %2</translation>
    </message>
    <message>
        <source>(the nonce was stale: one fresh try)</source>
        <translation>(le nonce était périmé : un nouvel essai)</translation>
    </message>
    <message>
        <source>in a new request: CSeq %1, same Call-ID and From tag, new branch</source>
        <translation>dans une nouvelle requête : CSeq %1, même Call-ID et même tag From, nouvelle branch</translation>
    </message>
</context>
<context>
    <name>SipScope::ProbeDetailTabs</name>
    <message>
        <source>Raw messages copied</source>
        <translation>Messages bruts copiés</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Probe details</source>
        <translation>Détails du sondage</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>En-têtes de la réponse</translation>
    </message>
    <message>
        <source>Raw request and response</source>
        <translation>Requête et réponse brutes</translation>
    </message>
    <message>
        <source>Copy raw</source>
        <translation>Copier (brut)</translation>
    </message>
    <message>
        <source>Copy the raw messages</source>
        <translation>Copier les messages bruts</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Timeline of the transaction</source>
        <translation>Chronologie de la transaction</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>The request and the response appear here after a probe.</source>
        <translation>La requête et la réponse s'affichent ici après un sondage.</translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>Requête envoyée</translation>
    </message>
    <message>
        <source>Response received</source>
        <translation>Réponse reçue</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
</context>
<context>
    <name>SipScope::ProbeDiagnostics</name>
    <message>
        <source>All targets</source>
        <translation>Toutes les cibles</translation>
    </message>
    <message>
        <source>Probe &amp;All Targets</source>
        <translation>Sonder &amp;toutes les cibles</translation>
    </message>
    <message>
        <source>Also probe every server behind the name at once (each SRV target and address)</source>
        <translation>Sonder aussi en parallèle chaque serveur derrière le nom (chaque cible SRV et chaque adresse)</translation>
    </message>
    <message>
        <source>Trace &amp;Route…</source>
        <translation>Tracer la &amp;route…</translation>
    </message>
    <message>
        <source>Follow the SIP path to the target hop by hop (Max-Forwards 0, 1, 2 …)</source>
        <translation>Suivre le chemin SIP jusqu'à la cible, saut par saut (Max-Forwards 0, 1, 2…)</translation>
    </message>
    <message>
        <source>IPv4 / IPv6</source>
        <translation>IPv4 / IPv6</translation>
    </message>
    <message>
        <source>Probe &amp;IPv4 and IPv6 Separately</source>
        <translation>Sonder &amp;IPv4 et IPv6 séparément</translation>
    </message>
    <message>
        <source>Also probe the target once over IPv4 only and once over IPv6 only, and say which works (e.g. IPv6 broken, IPv4 fine)</source>
        <translation>Sonder aussi la cible une fois en IPv4 seulement et une fois en IPv6 seulement, et dire ce qui fonctionne (p. ex. IPv6 en panne, IPv4 en ordre)</translation>
    </message>
</context>
<context>
    <name>SipScope::ProbeForm</name>
    <message>
        <source>CA certificate</source>
        <translation>Certificat de l'AC</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Send Probe</source>
        <translation>&amp;Envoyer le sondage</translation>
    </message>
    <message>
        <source>Send SIP OPTIONS to the target (Enter in the target field)</source>
        <translation>Envoyer un SIP OPTIONS à la cible (Entrée dans le champ de la cible)</translation>
    </message>
    <message>
        <source>S&amp;top Probe</source>
        <translation>&amp;Arrêter le sondage</translation>
    </message>
    <message>
        <source>sip:pbx.example.com, 192.0.2.10:5060, [2001:db8::1]</source>
        <translation>sip:pbx.example.com, 192.0.2.10:5060, [2001:db8::1]</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>A host, host:port or SIP URI; earlier targets are in the drop-down</source>
        <translation>Un hôte, hôte:port ou une URI SIP ; les cibles précédentes sont dans la liste déroulante</translation>
    </message>
    <message>
        <source>T&amp;ransport:</source>
        <translation>T&amp;ransport :</translation>
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
        <translation>Auto suit l'URI : ;transport=, sips: signifie TLS, sinon UDP</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>Dé&amp;lai :</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Délai d'attente en secondes</translation>
    </message>
    <message>
        <source>How long to wait for a final response (Timer F)</source>
        <translation>Durée d'attente maximale d'une réponse finale (Timer F)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Probe running</source>
        <translation>Sondage en cours</translation>
    </message>
    <message>
        <source>Repeat mode</source>
        <translation>Mode répétition</translation>
    </message>
    <message>
        <source>Send several probes one after the other and collect statistics</source>
        <translation>Envoyer plusieurs sondages l'un après l'autre et recueillir des statistiques</translation>
    </message>
    <message>
        <source>Co&amp;unt:</source>
        <translation>Nom&amp;bre :</translation>
    </message>
    <message>
        <source>Number of probes</source>
        <translation>Nombre de sondages</translation>
    </message>
    <message>
        <source>Interval between probes in seconds</source>
        <translation>Intervalle entre les sondages, en secondes</translation>
    </message>
    <message>
        <source>Authentication and TLS</source>
        <translation>Authentification et TLS</translation>
    </message>
    <message>
        <source>Show authentication and TLS options</source>
        <translation>Afficher les options d'authentification et TLS</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur :</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d'utilisateur</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Remember</source>
        <translation>Mémoriser</translation>
    </message>
    <message>
        <source>Remember the password</source>
        <translation>Mémoriser le mot de passe</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>Fichier AC :</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Fichier du certificat de l'AC</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>Choisir un fichier de certificat d'AC</translation>
    </message>
    <message>
        <source>Allow insecure</source>
        <translation>Autoriser le mode non sécurisé</translation>
    </message>
    <message>
        <source>Allow an unverified TLS certificate</source>
        <translation>Autoriser un certificat TLS non vérifié</translation>
    </message>
    <message>
        <source>Answer a 401/407 digest challenge as this user (also the From user)</source>
        <translation>Répondre à un challenge Digest 401/407 avec cet utilisateur (aussi l'utilisateur From)</translation>
    </message>
    <message>
        <source>TLS: also trust the CA certificates in this PEM file</source>
        <translation>TLS : faire aussi confiance aux certificats d'AC de ce fichier PEM</translation>
    </message>
    <message>
        <source>TLS: go on when the certificate cannot be verified; the result says so</source>
        <translation>TLS : continuer si le certificat ne peut pas être vérifié ; le résultat l'indique</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>&amp;Cible :</translation>
    </message>
    <message>
        <source>Repe&amp;at</source>
        <translation>Ré&amp;péter</translation>
    </message>
    <message>
        <source>Ever&amp;y:</source>
        <translation>&amp;Intervalle :</translation>
    </message>
    <message>
        <source>Send 3 keep-alive pings after the answer</source>
        <translation>Envoyer 3 pings de keep-alive après la réponse</translation>
    </message>
    <message>
        <source>Send keep-alive pings after the answer</source>
        <translation>Envoyer des pings de keep-alive après la réponse</translation>
    </message>
    <message>
        <source>TCP and TLS: a double CRLF, answered by a CRLF pong (RFC 5626); WebSocket: a Ping frame. The result shows each pong's round trip, or that none came.</source>
        <translation>TCP et TLS : un double CRLF, auquel répond un pong CRLF (RFC 5626) ; WebSocket : une trame Ping. Le résultat montre le temps aller-retour de chaque pong, ou qu'aucun n'est arrivé.</translation>
    </message>
    <message>
        <source>DNS server:</source>
        <translation>Serveur DNS :</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>Serveur DNS</translation>
    </message>
    <message>
        <source>system</source>
        <translation>système</translation>
    </message>
    <message>
        <source>Ask this DNS server (NAPTR, SRV, A, AAAA) instead of the system's, e.g. 127.0.0.1:5353 or [::1]:53</source>
        <translation>Interroger ce serveur DNS (NAPTR, SRV, A, AAAA) au lieu de celui du système, p. ex. 127.0.0.1:5353 ou [::1]:53</translation>
    </message>
    <message>
        <source>Used only to answer the challenge; never shown or logged, and saved only in the system keychain when Remember is ticked</source>
        <translation>Sert uniquement à répondre au défi d’authentification ; jamais affiché ni journalisé, et enregistré seulement dans le trousseau du système quand « Mémoriser » est coché</translation>
    </message>
    <message>
        <source>Keychain status</source>
        <translation>État du trousseau</translation>
    </message>
</context>
<context>
    <name>SipScope::ProbeView</name>
    <message>
        <source>Repeat</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source>Repeat series</source>
        <translation>Série répétée</translation>
    </message>
    <message>
        <source>Enter a target first, e.g. sip:pbx.example.com</source>
        <translation>Saisissez d'abord une cible, par exemple sip:pbx.example.com</translation>
    </message>
    <message>
        <source>Target history cleared</source>
        <translation>Historique des cibles effacé</translation>
    </message>
    <message>
        <source>Probe %1 of %2…</source>
        <translation>Sondage %1 sur %2…</translation>
    </message>
    <message>
        <source>%1 %2 from %3 in %4</source>
        <translation>%1 %2 de %3 en %4</translation>
    </message>
</context>
<context>
    <name>SipScope::QueryRecognizer</name>
    <message>
        <source>Q.850 cause %1</source>
        <translation>Cause Q.850 %1</translation>
    </message>
    <message>
        <source>Q.850 cause %1 (%2)</source>
        <translation>Cause Q.850 %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Warning %1 (%2): %3</source>
        <translation>Warning %1 (%2) : %3</translation>
    </message>
    <message>
        <source>Warning %1 is not a registered warn-code (RFC 3261 §20.43 lists 300 to 399).</source>
        <translation>Warning %1 n'est pas un warn-code du registre (la RFC 3261 §20.43 va de 300 à 399).</translation>
    </message>
</context>
<context>
    <name>SipScope::RememberedPassword</name>
    <message>
        <source>No keychain is connected: the password is not saved.</source>
        <translation>Aucun trousseau n’est relié : le mot de passe n’est pas enregistré.</translation>
    </message>
    <message>
        <source>Passwords are only ever kept in the system keychain, which cannot be used here: %1 The password is not saved.</source>
        <translation>Les mots de passe ne sont conservés que dans le trousseau du système, inutilisable ici : %1 Le mot de passe n’est pas enregistré.</translation>
    </message>
    <message>
        <source>Keep the password in the system keychain under user@host, where sipscope-cli credentials and the monitor find it too. Unticking it offers to delete the saved password. Keychain: %1.</source>
        <translation>Conserver le mot de passe dans le trousseau du système sous utilisateur@hôte, où sipscope-cli credentials et le moniteur le trouvent aussi. Décocher propose de supprimer le mot de passe enregistré. Trousseau : %1.</translation>
    </message>
    <message>
        <source>Password for %1 filled in from the keychain.</source>
        <translation>Mot de passe de %1 repris du trousseau.</translation>
    </message>
    <message>
        <source>A password is saved for %1; sending saves the one typed instead.</source>
        <translation>Un mot de passe est enregistré pour %1 ; l’envoi enregistre à sa place celui saisi.</translation>
    </message>
    <message>
        <source>Saved passwords cannot be looked up: %1</source>
        <translation>Impossible de consulter les mots de passe enregistrés : %1</translation>
    </message>
    <message>
        <source>To remember the password, enter a user name and a target: it is saved for that user on that server.</source>
        <translation>Pour mémoriser le mot de passe, saisissez un nom d’utilisateur et une cible : il est enregistré pour cet utilisateur sur ce serveur.</translation>
    </message>
    <message>
        <source>Password saved in the keychain as %1.</source>
        <translation>Mot de passe enregistré dans le trousseau sous %1.</translation>
    </message>
    <message>
        <source>The password was not saved: %1 The probe was sent all the same.</source>
        <translation>Le mot de passe n’a pas été enregistré : %1 Le sondage a quand même été envoyé.</translation>
    </message>
    <message>
        <source>The password will be saved in the keychain as %1 when the probe is sent.</source>
        <translation>Le mot de passe sera enregistré dans le trousseau sous %1 à l’envoi du sondage.</translation>
    </message>
    <message>
        <source>Forget Password</source>
        <translation>Oublier le mot de passe</translation>
    </message>
    <message>
        <source>Forget the password saved for %1?</source>
        <translation>Oublier le mot de passe enregistré pour %1 ?</translation>
    </message>
    <message>
        <source>It is deleted from the system keychain; sipscope-cli and monitor targets with credentials=keychain:%1 no longer find it.</source>
        <translation>Il est supprimé du trousseau du système ; sipscope-cli et les cibles du moniteur avec credentials=keychain:%1 ne le trouvent plus.</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Oublier</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Conserver</translation>
    </message>
    <message>
        <source>The password saved for %1 was deleted from the keychain.</source>
        <translation>Le mot de passe enregistré pour %1 a été supprimé du trousseau.</translation>
    </message>
    <message>
        <source>The password saved for %1 could not be deleted: %2</source>
        <translation>Impossible de supprimer le mot de passe enregistré pour %1 : %2</translation>
    </message>
    <message>
        <source>no system keychain is running — on this system that is the %1.</source>
        <translation>aucun trousseau du système n’est en cours d’exécution — sur ce système, c’est le service %1.</translation>
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
        <translation>Heure</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>RTT</source>
        <translation>RTT</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Adresse distante</translation>
    </message>
    <message>
        <source>Probes of the series</source>
        <translation>Sondages de la série</translation>
    </message>
    <message>
        <source>Series statistics</source>
        <translation>Statistiques de la série</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export the series as CSV</source>
        <translation>Exporter la série en CSV</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Exporter en JSON…</translation>
    </message>
    <message>
        <source>Export the series as JSON</source>
        <translation>Exporter la série en JSON</translation>
    </message>
    <message>
        <source>%1 sent, %2 answered, %3% loss</source>
        <translation>%1 envoyées, %2 avec réponse, %3 % de perte</translation>
    </message>
    <message>
        <source>rtt: no answers</source>
        <translation>rtt : aucune réponse</translation>
    </message>
    <message>
        <source>rtt min/avg/max/mdev = %1/%2/%3/%4 ms</source>
        <translation>rtt min/moy/max/mdev = %1/%2/%3/%4 ms</translation>
    </message>
    <message>
        <source>(as if %1)</source>
        <translation>(comme si %1)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Tick “Repeat” beside Send to probe a target several times.</source>
        <translation>Cochez « Répéter » à côté d'Envoyer pour sonder une cible plusieurs fois.</translation>
    </message>
    <message>
        <source>Outcomes: %1</source>
        <translation>Résultats : %1</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export series</source>
        <translation>Exporter la série</translation>
    </message>
    <message>
        <source>Series saved to %1</source>
        <translation>Série enregistrée dans %1</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d'enregistrer %1 : %2</translation>
    </message>
</context>
<context>
    <name>SipScope::Resolver</name>
    <message>
        <source>no records.</source>
        <translation>aucun enregistrement.</translation>
    </message>
    <message>
        <source>the name does not exist.</source>
        <translation>le nom n'existe pas.</translation>
    </message>
    <message>
        <source>no answer from DNS.</source>
        <translation>pas de réponse du DNS.</translation>
    </message>
    <message>
        <source>the DNS server failed to answer.</source>
        <translation>le serveur DNS n'a pas pu répondre.</translation>
    </message>
    <message>
        <source>the lookup failed.</source>
        <translation>la recherche a échoué.</translation>
    </message>
    <message>
        <source>There is no host name to resolve.</source>
        <translation>Il n'y a aucun nom d'hôte à résoudre.</translation>
    </message>
    <message>
        <source>A sips: URI needs TLS; it cannot be sent over UDP (RFC 3261 §26.2.2).</source>
        <translation>Une URI sips: exige TLS ; elle ne peut pas être envoyée en UDP (RFC 3261 §26.2.2).</translation>
    </message>
    <message>
        <source>TLS: a sips: URI over TCP means TLS (RFC 3261 §26.2.2).</source>
        <translation>TLS : une URI sips: sur TCP signifie TLS (RFC 3261 §26.2.2).</translation>
    </message>
    <message>
        <source>WSS: a sips: URI over WebSocket means secure WebSocket.</source>
        <translation>WSS : une URI sips: sur WebSocket signifie WebSocket sécurisé.</translation>
    </message>
    <message>
        <source>%1: the transport was given explicitly.</source>
        <translation>%1 : le transport a été indiqué explicitement.</translation>
    </message>
    <message>
        <source>TLS: a sips: URI without a transport parameter uses TLS (RFC 3263 §4.1).</source>
        <translation>TLS : une URI sips: sans paramètre transport utilise TLS (RFC 3263 §4.1).</translation>
    </message>
    <message>
        <source>UDP: a sip: URI without a transport parameter uses UDP (RFC 3263 §4.1).</source>
        <translation>UDP : une URI sip: sans paramètre transport utilise UDP (RFC 3263 §4.1).</translation>
    </message>
    <message>
        <source>A port is given, so there is no SRV lookup (RFC 3263 §4.2).</source>
        <translation>Un port est indiqué, il n'y a donc pas de recherche SRV (RFC 3263 §4.2).</translation>
    </message>
    <message>
        <source>WebSocket servers have no SRV records (RFC 7118).</source>
        <translation>Les serveurs WebSocket n'ont pas d'enregistrements SRV (RFC 7118).</translation>
    </message>
    <message>
        <source>UDP or TCP, as the SRV records of %1 offer them (UDP first); UDP when there are none (RFC 3263 §4.1).</source>
        <translation>UDP ou TCP, selon ce que proposent les enregistrements SRV de %1 (UDP d'abord) ; UDP s'il n'y en a aucun (RFC 3263 §4.1).</translation>
    </message>
    <message>
        <source>%1 is an address of the IP version that was excluded.</source>
        <translation>%1 est une adresse de la version IP exclue.</translation>
    </message>
    <message>
        <source>%1 is an IP address: no DNS lookup (RFC 3263 §4.2).</source>
        <translation>%1 est une adresse IP : pas de recherche DNS (RFC 3263 §4.2).</translation>
    </message>
    <message>
        <source>Looking up SRV records of %1.</source>
        <translation>Recherche des enregistrements SRV de %1.</translation>
    </message>
    <message>
        <source>SRV %1: %2 (priority weight port target, in the order to try).</source>
        <translation>SRV %1 : %2 (priorité poids port cible, dans l'ordre d'essai).</translation>
    </message>
    <message>
        <source>SRV %1: %2</source>
        <translation>SRV %1 : %2</translation>
    </message>
    <message>
        <source>No SRV records: using the addresses of %1 on port %2 over %3 (RFC 3263 §4.2).</source>
        <translation>Aucun enregistrement SRV : utilisation des adresses de %1 sur le port %2 en %3 (RFC 3263 §4.2).</translation>
    </message>
    <message>
        <source>%1 declares that it offers no SIP service: its SRV target is "." (RFC 2782).</source>
        <translation>%1 déclare n'offrir aucun service SIP : sa cible SRV est « . » (RFC 2782).</translation>
    </message>
    <message>
        <source>Looking up the addresses of %1.</source>
        <translation>Recherche des adresses de %1.</translation>
    </message>
    <message>
        <source>None of the SRV targets of %1 exists.</source>
        <translation>Aucune des cibles SRV de %1 n'existe.</translation>
    </message>
    <message>
        <source>DNS did not answer for the SRV targets of %1.</source>
        <translation>Le DNS n'a pas répondu pour les cibles SRV de %1.</translation>
    </message>
    <message>
        <source>The SRV targets of %1 have no usable address.</source>
        <translation>Les cibles SRV de %1 n'ont aucune adresse exploitable.</translation>
    </message>
    <message>
        <source>The name %1 does not exist.</source>
        <translation>Le nom %1 n'existe pas.</translation>
    </message>
    <message>
        <source>DNS did not answer for %1.</source>
        <translation>Le DNS n'a pas répondu pour %1.</translation>
    </message>
    <message>
        <source>%1 has no usable address.</source>
        <translation>%1 n'a aucune adresse exploitable.</translation>
    </message>
    <message>
        <source>no answer for %1 within %2 ms</source>
        <translation>pas de réponse pour %1 en %2 ms</translation>
    </message>
    <message>
        <source>%1 has the address(es) %2.</source>
        <translation>%1 a pour adresse(s) %2.</translation>
    </message>
    <message>
        <source>%1 has only addresses of the excluded IP version (%2).</source>
        <translation>%1 n'a que des adresses de la version IP exclue (%2).</translation>
    </message>
    <message>
        <source>Addresses of %1: %2</source>
        <translation>Adresses de %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) to try: %1.</source>
        <translation>
            <numerusform>%n cible à essayer : %1.</numerusform>
            <numerusform>%n cibles à essayer : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>this DNS backend cannot ask for NAPTR records</source>
        <translation>ce moteur DNS ne sait pas interroger les enregistrements NAPTR</translation>
    </message>
    <message>
        <source>not a SIP service</source>
        <translation>pas un service SIP</translation>
    </message>
    <message>
        <source>a sips: URI uses only SIPS services (RFC 3263 §4.1)</source>
        <translation>une URI sips: n’utilise que les services SIPS (RFC 3263 §4.1)</translation>
    </message>
    <message>
        <source>the transport is set to %1</source>
        <translation>le transport est fixé à %1</translation>
    </message>
    <message>
        <source>the flag is "%1"; SIP uses "s", an SRV lookup (RFC 3263 §4.1)</source>
        <translation>le drapeau est « %1 » ; SIP utilise « s », une requête SRV (RFC 3263 §4.1)</translation>
    </message>
    <message>
        <source>it has a regular expression; SIP's records have none, only a replacement (RFC 3263 §4.1)</source>
        <translation>il a une expression régulière ; ceux de SIP n’en ont pas, seulement un remplacement (RFC 3263 §4.1)</translation>
    </message>
    <message>
        <source>it has no replacement (SRV name)</source>
        <translation>il n’a pas de remplacement (nom SRV)</translation>
    </message>
    <message>
        <source>the same as an earlier record</source>
        <translation>identique à un enregistrement précédent</translation>
    </message>
    <message>
        <source>NAPTR records are not asked for a localhost name (RFC 6761 §6.3): starting with SRV.</source>
        <translation>Pas de requête NAPTR pour un nom localhost (RFC 6761 §6.3) : début par SRV.</translation>
    </message>
    <message>
        <source>Looking up NAPTR records of %1 (RFC 3263 §4.1).</source>
        <translation>Recherche des enregistrements NAPTR de %1 (RFC 3263 §4.1).</translation>
    </message>
    <message>
        <source>NAPTR records are not looked up (%1): starting with SRV (RFC 3263 §4.1).</source>
        <translation>Les enregistrements NAPTR ne sont pas recherchés (%1) : début par SRV (RFC 3263 §4.1).</translation>
    </message>
    <message>
        <source>NAPTR %1: %2 SRV next (RFC 3263 §4.1).</source>
        <translation>NAPTR %1 : %2 SRV ensuite (RFC 3263 §4.1).</translation>
    </message>
    <message>
        <source>NAPTR %1: %2 (order preference flags services regexp replacement).</source>
        <translation>NAPTR %1 : %2 (ordre préférence drapeaux services regexp remplacement).</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>No NAPTR record is usable here: %1. SRV as without NAPTR (RFC 3263 §4.1).</source>
        <translation>Aucun enregistrement NAPTR n’est utilisable ici : %1. SRV comme sans NAPTR (RFC 3263 §4.1).</translation>
    </message>
    <message>
        <source>%1 → SRV %2 (%3)</source>
        <translation>%1 → SRV %2 (%3)</translation>
    </message>
    <message>
        <source>Following the NAPTR records in order: %1.</source>
        <translation>Suivi des enregistrements NAPTR dans l’ordre : %1.</translation>
    </message>
    <message>
        <source>Not followed: %1.</source>
        <translation>Non suivis : %1.</translation>
    </message>
    <message>
        <source>as the NAPTR records of %1 offer it (RFC 3263 §4.1).</source>
        <translation>tel que le proposent les enregistrements NAPTR de %1 (RFC 3263 §4.1).</translation>
    </message>
</context>
<context>
    <name>SipScope::Responder</name>
    <message>
        <source>Not a SIP message: %1</source>
        <translation>Pas un message SIP : %1</translation>
    </message>
    <message>
        <source>A %1 response: the responder sends no requests, so it has nothing to match.</source>
        <translation>Une réponse %1 : le simulateur n'envoie aucune requête, il n'a donc rien à lui faire correspondre.</translation>
    </message>
    <message>
        <source>No usable Via header: there is nowhere to send an answer.</source>
        <translation>Aucun en-tête Via exploitable : il n'y a nulle part où envoyer une réponse.</translation>
    </message>
    <message>
        <source>ACK of our %1: the INVITE transaction is confirmed.</source>
        <translation>ACK de notre %1 : la transaction INVITE est confirmée.</translation>
    </message>
    <message>
        <source>ACK without a matching INVITE transaction, absorbed.</source>
        <translation>ACK sans transaction INVITE correspondante, absorbé.</translation>
    </message>
    <message>
        <source>Retransmission absorbed: the answer is not ready yet.</source>
        <translation>Retransmission absorbée : la réponse n'est pas encore prête.</translation>
    </message>
    <message>
        <source>Retransmission: the last answer (%1) was sent again.</source>
        <translation>Retransmission : la dernière réponse (%1) a été renvoyée.</translation>
    </message>
    <message>
        <source>The CSeq method does not match the request method.</source>
        <translation>La méthode CSeq ne correspond pas à la méthode de la requête.</translation>
    </message>
    <message>
        <source>Missing header(s): %1</source>
        <translation>En-tête(s) manquant(s) : %1</translation>
    </message>
    <message>
        <source>No ACK for the %1 to the INVITE from %2 within 64·T1 (Timer H).</source>
        <translation>Pas d'ACK pour la %1 à l'INVITE de %2 en 64·T1 (Timer H).</translation>
    </message>
    <message>
        <source>A %1 to INVITE needs a media session, which the responder does not have: answered 488 instead.</source>
        <translation>Une %1 à un INVITE nécessite une session média, dont le simulateur ne dispose pas : réponse 488 à la place.</translation>
    </message>
    <message>
        <source>CANCEL without a matching INVITE: 481.</source>
        <translation>CANCEL sans INVITE correspondant : 481.</translation>
    </message>
    <message>
        <source>CANCEL: 200 to it, 487 to its INVITE.</source>
        <translation>CANCEL : 200 en réponse, 487 à son INVITE.</translation>
    </message>
    <message>
        <source>CANCEL after the INVITE was answered: 200, no effect.</source>
        <translation>CANCEL après la réponse à l'INVITE : 200, sans effet.</translation>
    </message>
    <message>
        <source>Mirrored %1 of %2 bytes: the rest does not fit in an answer of %3 bytes.</source>
        <translation>%1 octets sur %2 renvoyés en miroir : le reste ne tient pas dans une réponse de %3 octets.</translation>
    </message>
    <message>
        <source>Mirrored the request (%1 bytes) and the source %2.</source>
        <translation>Requête (%1 octets) et source %2 renvoyées en miroir.</translation>
    </message>
</context>
<context>
    <name>SipScope::ResponderCallBacks</name>
    <message>
        <source>Call-back for %1 refused: %2 call-backs are already waiting.</source>
        <translation>Rappel pour %1 refusé : %2 rappels sont déjà en attente.</translation>
    </message>
    <message>
        <source>Call-back to %1 after %2 s: no answer.</source>
        <translation>Rappel vers %1 après %2 s : pas de réponse.</translation>
    </message>
    <message>
        <source>Call-back OPTIONS sent to %1 after %2 s.</source>
        <translation>OPTIONS de rappel envoyé à %1 après %2 s.</translation>
    </message>
    <message>
        <source>Call-back to %1 answered %2 %3.</source>
        <translation>Rappel vers %1 répondu par %2 %3.</translation>
    </message>
</context>
<context>
    <name>SipScope::ResponderListener</name>
    <message>
        <source>no PEM private key (RSA, EC or DSA) without a passphrase</source>
        <translation>aucune clé privée PEM (RSA, EC ou DSA) sans phrase secrète</translation>
    </message>
    <message>
        <source>Cannot listen on UDP %1: %2</source>
        <translation>Impossible d'écouter en UDP sur %1 : %2</translation>
    </message>
    <message>
        <source>No PEM certificate could be read from %1.</source>
        <translation>Aucun certificat PEM n'a pu être lu dans %1.</translation>
    </message>
    <message>
        <source>The private key %1 cannot be used: %2</source>
        <translation>La clé privée %1 est inutilisable : %2</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>Échec de la négociation TLS avec %1 : %2</translation>
    </message>
    <message>
        <source>Cannot listen on %1 %2: %3</source>
        <translation>Impossible d'écouter en %1 sur %2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>Refused the connection from %1: already %n connection(s) open.</source>
        <translation>
            <numerusform>Connexion de %1 refusée : %n connexion déjà ouverte.</numerusform>
            <numerusform>Connexion de %1 refusée : %n connexions déjà ouvertes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed the idle connection from %1.</source>
        <translation>Connexion inactive de %1 fermée.</translation>
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation>%1 a fermé la connexion.</translation>
    </message>
    <message>
        <source>Accepted a %1 connection from %2.</source>
        <translation>Connexion %1 de %2 acceptée.</translation>
    </message>
    <message numerus="yes">
        <source>More than %n byte(s) without a complete message.</source>
        <translation>
            <numerusform>Plus de %n octet sans message complet.</numerusform>
            <numerusform>Plus de %n octets sans message complet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed the connection from %1 after bytes that are not SIP.</source>
        <translation>Connexion de %1 fermée après réception d'octets qui ne sont pas du SIP.</translation>
    </message>
    <message>
        <source>Closed the connection from %1: it does not read its answers.</source>
        <translation>Connexion de %1 fermée : le correspondant ne lit pas ses réponses.</translation>
    </message>
</context>
<context>
    <name>SipScope::ResponderView</name>
    <message>
        <source>Listen on:</source>
        <translation>Écouter sur :</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>over</source>
        <translation>en</translation>
    </message>
    <message>
        <source>TLS:</source>
        <translation>TLS :</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Réponse :</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>libellé</translation>
    </message>
    <message>
        <source>Extra headers:</source>
        <translation>En-têtes supplémentaires :</translation>
    </message>
    <message>
        <source>Delay:</source>
        <translation>Délai :</translation>
    </message>
    <message>
        <source>then first:</source>
        <translation>précédée de :</translation>
    </message>
    <message>
        <source>All interfaces</source>
        <translation>Toutes les interfaces</translation>
    </message>
    <message>
        <source>Listen on every network interface instead of this address</source>
        <translation>Écouter sur toutes les interfaces réseau au lieu de cette adresse</translation>
    </message>
    <message>
        <source>Listen address</source>
        <translation>Adresse d'écoute</translation>
    </message>
    <message>
        <source>Listen port</source>
        <translation>Port d'écoute</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Certificate file (PEM)</source>
        <translation>Fichier de certificat (PEM)</translation>
    </message>
    <message>
        <source>Private key file (PEM)</source>
        <translation>Fichier de clé privée (PEM)</translation>
    </message>
    <message>
        <source>Response code</source>
        <translation>Code de réponse</translation>
    </message>
    <message>
        <source>Pick a code from the catalog or type any code from 200 to 699</source>
        <translation>Choisissez un code du catalogue ou saisissez n'importe quel code de 200 à 699</translation>
    </message>
    <message>
        <source>Reason phrase (default: the registered one)</source>
        <translation>Libellé de la réponse (par défaut : celui du registre)</translation>
    </message>
    <message>
        <source>Reason phrase</source>
        <translation>Libellé de la réponse</translation>
    </message>
    <message>
        <source>One header a line, e.g. Retry-After: 30</source>
        <translation>Un en-tête par ligne, par exemple Retry-After: 30</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>En-têtes supplémentaires</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Delay before the final response</source>
        <translation>Délai avant la réponse finale</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>Dé&amp;marrer</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Incoming requests</source>
        <translation>Requêtes entrantes</translation>
    </message>
    <message>
        <source>Raw request</source>
        <translation>Requête brute</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>"%1" is not a response code.</source>
        <translation>« %1 » n'est pas un code de réponse.</translation>
    </message>
    <message>
        <source>Listening on %1 %2, answering %3 %4.</source>
        <translation>Écoute en %1 sur %2, réponse %3 %4.</translation>
    </message>
    <message>
        <source>TLS certificate file</source>
        <translation>Fichier de certificat TLS</translation>
    </message>
    <message>
        <source>TLS private key file</source>
        <translation>Fichier de clé privée TLS</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <source>Rate limit:</source>
        <translation>Limite de débit :</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Aucune limite</translation>
    </message>
    <message>
        <source> requests/s per source</source>
        <translation> requêtes/s par source</translation>
    </message>
    <message>
        <source>Rate limit per source address</source>
        <translation>Limite de débit par adresse source</translation>
    </message>
    <message>
        <source>Requests over this rate from one address are dropped unanswered</source>
        <translation>Les requêtes d’une adresse au-delà de ce débit sont ignorées sans réponse</translation>
    </message>
    <message>
        <source>Responder counters</source>
        <translation>Compteurs du simulateur</translation>
    </message>
    <message>
        <source>&amp;Mirror OPTIONS (SIP ALG test)</source>
        <translation>Miro&amp;ir pour OPTIONS (test de SIP ALG)</translation>
    </message>
    <message>
        <source>Answer OPTIONS with 200 carrying the request as received and the source address it came from, so that a probe can see what a SIP ALG or NAT on the way changed</source>
        <translation>Répondre à OPTIONS par 200 contenant la requête telle que reçue et l’adresse d’où elle vient, pour qu’une sonde voie ce qu’un SIP ALG ou un NAT a modifié en chemin</translation>
    </message>
</context>
<context>
    <name>SipScope::ResponderWebSockets</name>
    <message>
        <source>Refused a WebSocket opening handshake: %1</source>
        <translation>Ouverture WebSocket refusée : %1</translation>
    </message>
    <message>
        <source>Closed the WebSocket connection from %1: it did not ask for the subprotocol "sip" (RFC 7118 §4).</source>
        <translation>Connexion WebSocket de %1 fermée : elle n’a pas demandé le sous-protocole « sip » (RFC 7118 §4).</translation>
    </message>
    <message>
        <source>The WebSocket connection from %1 was closed with code %2: %3</source>
        <translation>La connexion WebSocket de %1 a été fermée avec le code %2 : %3</translation>
    </message>
</context>
<context>
    <name>SipScope::ResultCard</name>
    <message>
        <source>Probe result</source>
        <translation>Résultat du sondage</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>Code de statut</translation>
    </message>
    <message>
        <source>Open this code in the Codes view</source>
        <translation>Ouvrir ce code dans la vue Codes</translation>
    </message>
    <message>
        <source>Reason phrase</source>
        <translation>Libellé de la réponse</translation>
    </message>
    <message>
        <source>Where the status comes from</source>
        <translation>Origine du statut</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Round-trip time</source>
        <translation>Temps de réponse</translation>
    </message>
    <message>
        <source>Remote address and transport</source>
        <translation>Adresse distante et transport</translation>
    </message>
    <message>
        <source>Server and User-Agent</source>
        <translation>Server et User-Agent</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Write the target as a host, host:port or SIP URI, e.g. pbx.example.com, 192.0.2.10:5060 or sip:alice@example.com;transport=tcp.</source>
        <translation>Écrivez la cible sous la forme d'un hôte, hôte:port ou URI SIP, par exemple pbx.example.com, 192.0.2.10:5060 ou sip:alice@example.com;transport=tcp.</translation>
    </message>
    <message>
        <source>Put IPv6 addresses in brackets: [2001:db8::1]:5060.</source>
        <translation>Mettez les adresses IPv6 entre crochets : [2001:db8::1]:5060.</translation>
    </message>
    <message>
        <source>Check the spelling of the host name.</source>
        <translation>Vérifiez l'orthographe du nom d'hôte.</translation>
    </message>
    <message>
        <source>Check that this computer can resolve names (DNS server, VPN, /etc/hosts).</source>
        <translation>Vérifiez que cet ordinateur peut résoudre des noms (serveur DNS, VPN, /etc/hosts).</translation>
    </message>
    <message>
        <source>Try the server's IP address instead.</source>
        <translation>Essayez plutôt l'adresse IP du serveur.</translation>
    </message>
    <message>
        <source>Check that the SIP server is running on that machine.</source>
        <translation>Vérifiez que le serveur SIP tourne sur cette machine.</translation>
    </message>
    <message>
        <source>Check the port: 5060 for UDP and TCP, 5061 for TLS, unless the server is configured otherwise.</source>
        <translation>Vérifiez le port : 5060 pour UDP et TCP, 5061 pour TLS, sauf configuration différente du serveur.</translation>
    </message>
    <message>
        <source>Check the transport: the server may listen on TCP only, or UDP only.</source>
        <translation>Vérifiez le transport : le serveur n'écoute peut-être qu'en TCP, ou qu'en UDP.</translation>
    </message>
    <message>
        <source>A host firewall that rejects (rather than drops) packets also causes this.</source>
        <translation>Un pare-feu local qui rejette les paquets (au lieu de les ignorer) provoque aussi cette erreur.</translation>
    </message>
    <message>
        <source>Check the network path: routing, VPN, the server's address.</source>
        <translation>Vérifiez le chemin réseau : routage, VPN, adresse du serveur.</translation>
    </message>
    <message>
        <source>Check that the server's network is up.</source>
        <translation>Vérifiez que le réseau du serveur fonctionne.</translation>
    </message>
    <message>
        <source>A firewall or security group may be dropping SIP packets silently.</source>
        <translation>Un pare-feu ou un groupe de sécurité bloque peut-être les paquets SIP silencieusement.</translation>
    </message>
    <message>
        <source>Check the address and the port, and that the server listens on this transport.</source>
        <translation>Vérifiez l'adresse et le port, et que le serveur écoute sur ce transport.</translation>
    </message>
    <message>
        <source>Some servers ignore OPTIONS from unknown addresses (fail2ban, access lists): check whether this address is blocked.</source>
        <translation>Certains serveurs ignorent les OPTIONS venant d'adresses inconnues (fail2ban, listes d'accès) : vérifiez si cette adresse est bloquée.</translation>
    </message>
    <message>
        <source>Try TCP: a SIP ALG or a NAT on the path may be eating UDP.</source>
        <translation>Essayez TCP : un SIP ALG ou un NAT sur le chemin absorbe peut-être l'UDP.</translation>
    </message>
    <message>
        <source>Check the server's certificate: its name must match the host you typed and it must not be expired.</source>
        <translation>Vérifiez le certificat du serveur : son nom doit correspondre à l'hôte saisi et il ne doit pas être expiré.</translation>
    </message>
    <message>
        <source>If the server uses a private CA, give its certificate as the CA file.</source>
        <translation>Si le serveur utilise une AC privée, indiquez son certificat comme fichier AC.</translation>
    </message>
    <message>
        <source>Check that the server speaks TLS on this port (usually 5061).</source>
        <translation>Vérifiez que le serveur parle TLS sur ce port (généralement 5061).</translation>
    </message>
    <message>
        <source>Check the local network connection.</source>
        <translation>Vérifiez la connexion réseau locale.</translation>
    </message>
    <message>
        <source>Check the technical detail below for the operating system's error.</source>
        <translation>Consultez les détails techniques ci-dessous pour l'erreur du système d'exploitation.</translation>
    </message>
    <message>
        <source>No probe yet</source>
        <translation>Aucun sondage pour l'instant</translation>
    </message>
    <message>
        <source>Enter a target above and press Enter or Send.</source>
        <translation>Saisissez une cible ci-dessus et appuyez sur Entrée ou Envoyer.</translation>
    </message>
    <message>
        <source>Probing…</source>
        <translation>Sondage en cours…</translation>
    </message>
    <message>
        <source>Sending OPTIONS to %1</source>
        <translation>Envoi d'OPTIONS à %1</translation>
    </message>
    <message>
        <source>Received from the server</source>
        <translation>Reçu du serveur</translation>
    </message>
    <message>
        <source>registered phrase: %1</source>
        <translation>libellé du registre : %1</translation>
    </message>
    <message>
        <source>Concluded locally, not received: open %1 in the Codes view</source>
        <translation>Conclu localement, non reçu : ouvrir %1 dans la vue Codes</translation>
    </message>
    <message>
        <source>Nothing was received: SipScope concluded %1 locally, as a SIP client would (RFC 3261 §8.1.3.1). The server did not send it.</source>
        <translation>Rien n'a été reçu : SipScope a conclu localement à %1, comme le ferait un client SIP (RFC 3261 §8.1.3.1). Le serveur ne l'a pas envoyé.</translation>
    </message>
    <message>
        <source>RTT %1</source>
        <translation>RTT %1</translation>
    </message>
    <message>
        <source>%1 over %2</source>
        <translation>%1 en %2</translation>
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
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Measured with %1</source>
        <translation>Mesuré avec %1</translation>
    </message>
    <message>
        <source>Verdict for the server</source>
        <translation>Verdict pour le serveur</translation>
    </message>
    <message>
        <source>Check that a SIP server listens on this port: another service (HTTP, a TLS port probed with TCP) answers in its own protocol.</source>
        <translation>Vérifiez qu'un serveur SIP écoute sur ce port : un autre service (HTTP, un port TLS sondé en TCP) répond dans son propre protocole.</translation>
    </message>
    <message>
        <source>Compare the bytes shown with a SIP status line ("SIP/2.0 200 OK", RFC 3261 §7.2): a broken SBC, ALG or script may write them.</source>
        <translation>Comparez les octets affichés avec une ligne de statut SIP (« SIP/2.0 200 OK », RFC 3261 §7.2) : un SBC, un ALG ou un script défectueux peut les écrire.</translation>
    </message>
    <message>
        <source>Capture the traffic on the server's side to see whether it leaves the server like that.</source>
        <translation>Capturez le trafic du côté du serveur pour voir s'il quitte le serveur ainsi.</translation>
    </message>
    <message>
        <source>Received from the server, but not as SIP: there is no status to show.</source>
        <translation>Reçu du serveur, mais pas en SIP : il n'y a pas de statut à afficher.</translation>
    </message>
    <message>
        <source>For the server:</source>
        <translation>Pour le serveur :</translation>
    </message>
    <message>
        <source>Try:</source>
        <translation>À essayer :</translation>
    </message>
    <message>
        <source>Keep-alive pings</source>
        <translation>Pings de keep-alive</translation>
    </message>
</context>
<context>
    <name>SipScope::RttChart</name>
    <message>
        <source>Round-trip time chart</source>
        <translation>Graphique des temps de réponse</translation>
    </message>
    <message>
        <source>Round-trip time of each probe; red marks a probe without an answer</source>
        <translation>Temps de réponse de chaque sondage ; le rouge signale un sondage sans réponse</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>No probes yet</source>
        <translation>Aucun sondage pour l'instant</translation>
    </message>
</context>
<context>
    <name>SipScope::SecuritySection</name>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>TLS session and server certificate</source>
        <translation>Session TLS et certificat du serveur</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>Certificate subject: %1</source>
        <translation>Sujet du certificat : %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Émetteur : %1</translation>
    </message>
    <message>
        <source>Valid for: %1</source>
        <translation>Valide pour : %1</translation>
    </message>
    <message>
        <source>Valid from %1 until %2 UTC</source>
        <translation>Valide du %1 au %2 UTC</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Empreinte SHA-256 : %1</translation>
    </message>
    <message>
        <source>Check the certificate's validity dates and this computer's clock; the server may need a renewed certificate.</source>
        <translation>Vérifiez les dates de validité du certificat et l'horloge de cet ordinateur ; le serveur a peut-être besoin d'un certificat renouvelé.</translation>
    </message>
    <message>
        <source>If the server uses a private or self-signed CA, give that CA's certificate as the CA file; compare the SHA-256 fingerprint with the one the server's administrator expects.</source>
        <translation>Si le serveur utilise une AC privée ou auto-signée, indiquez le certificat de cette AC comme fichier d'AC ; comparez l'empreinte SHA-256 avec celle qu'attend l'administrateur du serveur.</translation>
    </message>
    <message>
        <source>Connect by a name the certificate is valid for, or have the certificate reissued for %1.</source>
        <translation>Connectez-vous avec un nom pour lequel le certificat est valide, ou faites réémettre le certificat pour %1.</translation>
    </message>
    <message>
        <source>The certificate was revoked: the server needs a new one.</source>
        <translation>Le certificat a été révoqué : le serveur en a besoin d'un nouveau.</translation>
    </message>
    <message>
        <source>Check the certificate chain the server sends (intermediate certificates included).</source>
        <translation>Vérifiez la chaîne de certificats envoyée par le serveur (certificats intermédiaires compris).</translation>
    </message>
    <message>
        <source>TLS session: %1, %2</source>
        <translation>Session TLS : %1, %2</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 did not complete.</source>
        <translation>La négociation TLS avec %1 ne s'est pas terminée.</translation>
    </message>
    <message>
        <source>Certificate verified</source>
        <translation>Certificat vérifié</translation>
    </message>
    <message>
        <source>Certificate not verified: accepted insecurely</source>
        <translation>Certificat non vérifié : accepté en mode non sécurisé</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problème : %1</translation>
    </message>
    <message>
        <source>What to check:</source>
        <translation>À vérifier :</translation>
    </message>
    <message>
        <source>credentials accepted</source>
        <translation>identifiants acceptés</translation>
    </message>
    <message>
        <source>credentials rejected</source>
        <translation>identifiants refusés</translation>
    </message>
    <message>
        <source>no credentials given</source>
        <translation>aucun identifiant indiqué</translation>
    </message>
    <message>
        <source>challenge not supported</source>
        <translation>challenge non pris en charge</translation>
    </message>
    <message>
        <source>no answer to the credentials</source>
        <translation>pas de réponse aux identifiants</translation>
    </message>
    <message>
        <source>Authentication: %1</source>
        <translation>Authentification : %1</translation>
    </message>
    <message>
        <source>scheme %1</source>
        <translation>schéma %1</translation>
    </message>
    <message>
        <source>algorithm %1</source>
        <translation>algorithme %1</translation>
    </message>
    <message>
        <source>realm "%1"</source>
        <translation>realm « %1 »</translation>
    </message>
    <message>
        <source>qop %1</source>
        <translation>qop %1</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>utilisateur %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) sent</source>
        <translation>
            <numerusform>%n requête envoyée</numerusform>
            <numerusform>%n requêtes envoyées</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>Le certificat %1</translation>
    </message>
    <message>
        <source>Chain: %1</source>
        <translation>Chaîne : %1</translation>
    </message>
</context>
<context>
    <name>SipScope::StreamTransport</name>
    <message>
        <source>Cannot use the local address %1: %2</source>
        <translation>Impossible d'utiliser l'adresse locale %1 : %2</translation>
    </message>
    <message>
        <source>TCP connection from %1 to %2 established</source>
        <translation>Connexion TCP de %1 vers %2 établie</translation>
    </message>
    <message numerus="yes">
        <source>the connection ended in the middle of a message (%n byte(s) received)</source>
        <translation>
            <numerusform>la connexion s'est terminée au milieu d'un message (%n octet reçu)</numerusform>
            <numerusform>la connexion s'est terminée au milieu d'un message (%n octets reçus)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 did not accept the TCP connection within %2 s: a firewall may drop the packets, or the host is down.</source>
        <translation>%1 n'a pas accepté la connexion TCP en %2 s : un pare-feu bloque peut-être les paquets, ou l'hôte est hors service.</translation>
    </message>
    <message>
        <source>Nothing listens on %1: the connection was refused.</source>
        <translation>Rien n'écoute sur %1 : la connexion a été refusée.</translation>
    </message>
    <message>
        <source>%1 reset the connection before a final response arrived.</source>
        <translation>%1 a réinitialisé la connexion avant l'arrivée d'une réponse finale.</translation>
    </message>
    <message>
        <source>%1 closed the connection before a final response arrived.</source>
        <translation>%1 a fermé la connexion avant l'arrivée d'une réponse finale.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>La connexion à %1 a échoué : %2</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>%1 est injoignable : %2</translation>
    </message>
    <message>
        <source>Cannot use the local address: %1</source>
        <translation>Impossible d'utiliser l'adresse locale : %1</translation>
    </message>
    <message>
        <source>Network error with %1: %2</source>
        <translation>Erreur réseau avec %1 : %2</translation>
    </message>
    <message>
        <source>%1 answered with bytes that are not a SIP message (%2); the connection cannot be read any further.</source>
        <translation>%1 a répondu avec des octets qui ne forment pas un message SIP (%2) ; la connexion ne peut plus être lue.</translation>
    </message>
</context>
<context>
    <name>SipScope::TlsKeySupport</name>
    <message>
        <source>of another kind</source>
        <translation>d'un autre type</translation>
    </message>
    <message>
        <source>the TLS backend in use (%1) can only use RSA and DSA keys for our own certificate, and this key is %2; use an RSA key, or SipScope with Qt's OpenSSL backend</source>
        <translation>le backend TLS utilisé (%1) ne peut employer que des clés RSA et DSA pour notre propre certificat, et cette clé est %2 ; utilisez une clé RSA, ou SipScope avec le backend OpenSSL de Qt</translation>
    </message>
</context>
<context>
    <name>SipScope::TlsTransport</name>
    <message>
        <source>it holds no unencrypted PEM private key (RSA, EC or DSA)</source>
        <translation>le fichier ne contient aucune clé privée PEM non chiffrée (RSA, EC ou DSA)</translation>
    </message>
    <message>
        <source>it holds no PEM certificate</source>
        <translation>le fichier ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be used: %2</source>
        <translation>Le fichier AC %1 est inutilisable : %2</translation>
    </message>
    <message>
        <source>A client certificate needs both a certificate file and a key file.</source>
        <translation>Un certificat client nécessite à la fois un fichier de certificat et un fichier de clé.</translation>
    </message>
    <message>
        <source>The client certificate %1 cannot be used: %2</source>
        <translation>Le certificat client %1 est inutilisable : %2</translation>
    </message>
    <message>
        <source>The private key %1 cannot be used: %2</source>
        <translation>La clé privée %1 est inutilisable : %2</translation>
    </message>
    <message>
        <source>TLS is not available: no TLS library could be loaded.</source>
        <translation>TLS n'est pas disponible : aucune bibliothèque TLS n'a pu être chargée.</translation>
    </message>
    <message>
        <source>The certificate of %1 is NOT verified (%2); going on because insecure mode is on.</source>
        <translation>Le certificat de %1 n'est PAS vérifié (%2) ; poursuite car le mode non sécurisé est activé.</translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation>aucun certificat</translation>
    </message>
    <message>
        <source>verified for %1</source>
        <translation>vérifié pour %1</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>NON vérifié</translation>
    </message>
    <message>
        <source>TLS handshake done: %1, %2; certificate %3 (%4)</source>
        <translation>Négociation TLS terminée : %1, %2 ; certificat %3 (%4)</translation>
    </message>
    <message>
        <source>%1 closed the connection during the TLS handshake: it may require a client certificate, or not accept our TLS versions.</source>
        <translation>%1 a fermé la connexion pendant la négociation TLS : il exige peut-être un certificat client, ou n'accepte pas nos versions de TLS.</translation>
    </message>
    <message>
        <source>%1 does not speak TLS on this port (is it a plain TCP or UDP port?).</source>
        <translation>%1 n'utilise pas TLS sur ce port (s'agit-il d'un port TCP ou UDP simple ?).</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation>La négociation TLS avec %1 a échoué : %2</translation>
    </message>
    <message>
        <source>%1 accepted the TCP connection but did not complete the TLS handshake within %2 s.</source>
        <translation>%1 a accepté la connexion TCP mais n'a pas terminé la négociation TLS en %2 s.</translation>
    </message>
    <message>
        <source>%1 closed the TLS connection without answering. Under TLS 1.3 this is also how a server refuses a client without a client certificate.</source>
        <translation>%1 a fermé la connexion TLS sans répondre. Sous TLS 1.3, c'est aussi ainsi qu'un serveur refuse un client dépourvu de certificat client.</translation>
    </message>
    <message>
        <source>The server may require a client certificate.</source>
        <translation>Le serveur exige peut-être un certificat client.</translation>
    </message>
</context>
<context>
    <name>SipScope::TraceDialog</name>
    <message>
        <source>Sending OPTIONS with Max-Forwards %1…</source>
        <translation>Envoi d'OPTIONS avec Max-Forwards %1…</translation>
    </message>
    <message>
        <source>Trace Route</source>
        <translation>Tracer la route</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Cible :</translation>
    </message>
    <message>
        <source>sip:pbx.example.com</source>
        <translation>sip:pbx.example.com</translation>
    </message>
    <message>
        <source>Target to trace</source>
        <translation>Cible à tracer</translation>
    </message>
    <message>
        <source>&amp;Hops at most:</source>
        <translation>&amp;Sauts au maximum :</translation>
    </message>
    <message>
        <source>Hops at most</source>
        <translation>Sauts au maximum</translation>
    </message>
    <message>
        <source>&amp;Wait per hop:</source>
        <translation>&amp;Attente par saut :</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds to wait for each hop</source>
        <translation>Secondes d'attente pour chaque saut</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>Hops</source>
        <translation>Sauts</translation>
    </message>
    <message>
        <source>Trace summary</source>
        <translation>Résumé de la trace</translation>
    </message>
    <message>
        <source>Sends OPTIONS with Max-Forwards 0, 1, 2 … : each proxy on the way answers 483 Too Many Hops in turn, until the target answers.</source>
        <translation>Envoie OPTIONS avec Max-Forwards 0, 1, 2… : chaque proxy sur le chemin répond à son tour 483 Too Many Hops, jusqu'à ce que la cible réponde.</translation>
    </message>
    <message>
        <source>Enter a target first, e.g. sip:pbx.example.com</source>
        <translation>Saisissez d'abord une cible, par exemple sip:pbx.example.com</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>Arrê&amp;ter</translation>
    </message>
</context>
<context>
    <name>SipScope::TraceHopModel</name>
    <message>
        <source>Max-Forwards 0 cannot leave the first hop: this is the address the request was sent to.</source>
        <translation>Max-Forwards 0 ne peut pas dépasser le premier saut : c'est l'adresse à laquelle la requête a été envoyée.</translation>
    </message>
    <message>
        <source>* no answer</source>
        <translation>* pas de réponse</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
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
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Hop</source>
        <translation>Saut</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Temps de réponse</translation>
    </message>
    <message>
        <source>Came back from</source>
        <translation>Provenance</translation>
    </message>
</context>
<context>
    <name>SipScope::Tracer</name>
    <message numerus="yes">
        <source>%1 answered %2 %3 after %n proxy hop(s).</source>
        <translation>
            <numerusform>%1 a répondu %2 %3 après %n saut de proxy.</numerusform>
            <numerusform>%1 a répondu %2 %3 après %n sauts de proxy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The request did not reach %1 within %n hop(s).</source>
        <translation>
            <numerusform>La requête n'a pas atteint %1 en %n saut.</numerusform>
            <numerusform>La requête n'a pas atteint %1 en %n sauts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The trace stopped: %n hop(s) in a row did not answer.</source>
        <translation>
            <numerusform>La trace s'est arrêtée : %n saut n'a pas répondu.</numerusform>
            <numerusform>La trace s'est arrêtée : %n sauts consécutifs n'ont pas répondu.</numerusform>
        </translation>
    </message>
    <message>
        <source>The trace stopped: %1</source>
        <translation>La trace s'est arrêtée : %1</translation>
    </message>
    <message>
        <source>The trace stopped after its time limit of %1 s.</source>
        <translation>La trace s'est arrêtée après sa durée limite de %1 s.</translation>
    </message>
    <message>
        <source>The trace was cancelled.</source>
        <translation>La trace a été annulée.</translation>
    </message>
    <message>
        <source>The same hop answered at two different depths: the request goes round in a loop.</source>
        <translation>Le même saut a répondu à deux profondeurs différentes : la requête tourne en boucle.</translation>
    </message>
</context>
<context>
    <name>SipScope::VendorCodes</name>
    <message>
        <source>Microsoft Teams Direct Routing sub-code %1: its last three digits are the SIP code %2; 560 means your SBC sent it, so start with the SBC's logs.</source>
        <translation>Sous-code %1 de Microsoft Teams Direct Routing : ses trois derniers chiffres sont le code SIP %2 ; 560 signifie que votre SBC l'a envoyé, commencez donc par les journaux du SBC.</translation>
    </message>
    <message>
        <source>Zoom Phone error code %1: its last three digits are the SIP code %2.</source>
        <translation>Code d'erreur %1 de Zoom Phone : ses trois derniers chiffres sont le code SIP %2.</translation>
    </message>
</context>
<context>
    <name>SipScope::WaterfallWidget</name>
    <message>
        <source>Timing waterfall</source>
        <translation>Cascade des temps</translation>
    </message>
    <message>
        <source>No timing yet: run a probe.</source>
        <translation>Pas encore de mesures : lancez un sondage.</translation>
    </message>
    <message numerus="yes">
        <source>… %n more phase(s)</source>
        <translation>
            <numerusform>… %n autre phase</numerusform>
            <numerusform>… %n autres phases</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>No timing yet.</source>
        <translation>Pas encore de mesures.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total : %1</translation>
    </message>
    <message>
        <source>%1: %2 (from %3 to %4; %5)</source>
        <translation>%1 : %2 (de %3 à %4 ; %5)</translation>
    </message>
</context>
<context>
    <name>SipScope::WsTransport</name>
    <message>
        <source>%1 opened the WebSocket but did not agree to the subprotocol "sip" (RFC 7118 §4): it is not a SIP WebSocket server, or SIP lives under another path.</source>
        <translation>%1 a ouvert le WebSocket mais n'a pas accepté le sous-protocole « sip » (RFC 7118 §4) : ce n'est pas un serveur WebSocket SIP, ou SIP se trouve sous un autre chemin.</translation>
    </message>
    <message>
        <source>no subprotocol</source>
        <translation>aucun sous-protocole</translation>
    </message>
    <message>
        <source>verified for %1</source>
        <translation>vérifié pour %1</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>NON vérifié</translation>
    </message>
    <message>
        <source>TLS: %1, %2; certificate %3 (%4)</source>
        <translation>TLS : %1, %2 ; certificat %3 (%4)</translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation>aucun certificat</translation>
    </message>
    <message>
        <source>WebSocket open to %1 (subprotocol sip), from %2</source>
        <translation>WebSocket ouvert vers %1 (sous-protocole sip), depuis %2</translation>
    </message>
    <message>
        <source>%1 closed the connection during the WebSocket handshake (wrong path, or not a WebSocket server).</source>
        <translation>%1 a fermé la connexion pendant la négociation WebSocket (mauvais chemin, ou pas un serveur WebSocket).</translation>
    </message>
    <message>
        <source>%1 closed the WebSocket connection before answering.</source>
        <translation>%1 a fermé la connexion WebSocket avant de répondre.</translation>
    </message>
    <message>
        <source>Nothing accepts connections on %1: the port is closed.</source>
        <translation>Rien n'accepte de connexions sur %1 : le port est fermé.</translation>
    </message>
    <message>
        <source>The name in %1 could not be resolved.</source>
        <translation>Le nom dans %1 n'a pas pu être résolu.</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>%1 est injoignable : %2</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation>La négociation TLS avec %1 a échoué : %2</translation>
    </message>
    <message>
        <source>The WebSocket connection to %1 failed: %2</source>
        <translation>La connexion WebSocket à %1 a échoué : %2</translation>
    </message>
    <message>
        <source>The certificate of %1 is NOT verified (%2); going on because insecure mode is on.</source>
        <translation>Le certificat de %1 n'est PAS vérifié (%2) ; poursuite car le mode non sécurisé est activé.</translation>
    </message>
    <message>
        <source>The WebSocket to %1 did not open within %2 s: a firewall may drop the connection, or the server does not complete the handshake.</source>
        <translation>Le WebSocket vers %1 ne s'est pas ouvert en %2 s : un pare-feu bloque peut-être la connexion, ou le serveur ne termine pas la négociation.</translation>
    </message>
    <message>
        <source>"%1" is not a WebSocket URL: write it as ws://host[:port][/path] or wss://…</source>
        <translation>« %1 » n'est pas une URL WebSocket : écrivez-la sous la forme ws://hôte[:port][/chemin] ou wss://…</translation>
    </message>
    <message>
        <source>The WebSocket URL %1 may not carry a user, a query or a fragment.</source>
        <translation>L'URL WebSocket %1 ne peut contenir ni utilisateur, ni requête (query), ni fragment.</translation>
    </message>
    <message>
        <source>The port of %1 is not a port number.</source>
        <translation>Le port de %1 n'est pas un numéro de port.</translation>
    </message>
    <message>
        <source>%1 answered with a WebSocket message that is not a SIP message (%2).</source>
        <translation>%1 a répondu avec un message WebSocket qui n'est pas un message SIP (%2).</translation>
    </message>
</context>
<context>
    <name>SipUri</name>
    <message>
        <source>The target is empty: type a host name, an address or a sip: URI.</source>
        <translation>La cible est vide : saisissez un nom d'hôte, une adresse ou une URI sip:.</translation>
    </message>
    <message>
        <source>The target is longer than %1 characters.</source>
        <translation>La cible dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>The target contains spaces or control characters.</source>
        <translation>La cible contient des espaces ou des caractères de contrôle.</translation>
    </message>
    <message>
        <source>"%1:" is not a SIP address: use sip:, sips: or just a host name.</source>
        <translation>« %1: » n'est pas une adresse SIP : utilisez sip:, sips: ou simplement un nom d'hôte.</translation>
    </message>
    <message>
        <source>The target has no host: add a host name or an IP address.</source>
        <translation>La cible n'a pas d'hôte : ajoutez un nom d'hôte ou une adresse IP.</translation>
    </message>
    <message>
        <source>A password in the target is not supported: remove the part after ':' in the user name.</source>
        <translation>Un mot de passe dans la cible n'est pas pris en charge : supprimez la partie après « : » dans le nom d'utilisateur.</translation>
    </message>
    <message>
        <source>The user part before '@' is empty.</source>
        <translation>La partie utilisateur avant « @ » est vide.</translation>
    </message>
    <message>
        <source>The user part "%1" contains characters that are not allowed.</source>
        <translation>La partie utilisateur « %1 » contient des caractères non autorisés.</translation>
    </message>
    <message>
        <source>"%1" is not a valid host name or IPv4 address.</source>
        <translation>« %1 » n'est pas un nom d'hôte ou une adresse IPv4 valide.</translation>
    </message>
    <message>
        <source>Unbalanced brackets in "%1": write IPv6 addresses as [2001:db8::1].</source>
        <translation>Crochets non appariés dans « %1 » : écrivez les adresses IPv6 sous la forme [2001:db8::1].</translation>
    </message>
    <message>
        <source>"%1" is not a valid IPv6 address.</source>
        <translation>« %1 » n'est pas une adresse IPv6 valide.</translation>
    </message>
    <message>
        <source>The port is missing after ':'.</source>
        <translation>Le port manque après « : ».</translation>
    </message>
    <message>
        <source>"%1" is not a valid port: use a number from 1 to 65535.</source>
        <translation>« %1 » n'est pas un port valide : utilisez un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>The URI parameter ";%1" is malformed or repeated.</source>
        <translation>Le paramètre d'URI « ;%1 » est mal formé ou répété.</translation>
    </message>
    <message>
        <source>Unsupported transport "%1": use udp, tcp or tls (sips: needs tls).</source>
        <translation>Transport « %1 » non pris en charge : utilisez udp, tcp ou tls (sips: exige tls).</translation>
    </message>
    <message>
        <source>URI headers ("%1") are not supported in a probe target.</source>
        <translation>Les en-têtes d'URI (« %1 ») ne sont pas pris en charge dans une cible de sonde.</translation>
    </message>
    <message>
        <source>A SIP URI has no "//": write %1:host, not %1://host.</source>
        <translation>Une URI SIP ne comporte pas de « // » : écrivez %1:hôte, et non %1://hôte.</translation>
    </message>
</context>
<context>
    <name>TlsCertificateCheck</name>
    <message>
        <source>it expired on %1</source>
        <translation>il a expiré le %1</translation>
    </message>
    <message>
        <source>it is not valid before %1</source>
        <translation>il n'est pas valide avant le %1</translation>
    </message>
    <message>
        <source>it is self-signed: no certificate authority vouches for it</source>
        <translation>il est auto-signé : aucune autorité de certification ne s'en porte garante</translation>
    </message>
    <message>
        <source>its issuer (%1) is not a trusted certificate authority</source>
        <translation>son émetteur (%1) n'est pas une autorité de certification de confiance</translation>
    </message>
    <message>
        <source>it is for %1, not for %2</source>
        <translation>il est émis pour %1, pas pour %2</translation>
    </message>
    <message>
        <source>it has been revoked</source>
        <translation>il a été révoqué</translation>
    </message>
    <message>
        <source>Check the host name of the target, or allow an insecure connection to probe anyway.</source>
        <translation>Vérifiez le nom d'hôte de la cible, ou autorisez une connexion non sécurisée pour sonder quand même.</translation>
    </message>
    <message>
        <source>Trust its certificate authority (a CA file), or allow an insecure connection to probe anyway.</source>
        <translation>Faites confiance à son autorité de certification (un fichier AC), ou autorisez une connexion non sécurisée pour sonder quand même.</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 was not accepted: %2.</source>
        <translation>Le certificat TLS de %1 n'a pas été accepté : %2.</translation>
    </message>
</context>
<context>
    <name>TlsCertificateSummary</name>
    <message>
        <source>subject %1; issuer %2; valid %3 to %4 UTC; SHA-256 %5</source>
        <translation>sujet %1 ; émetteur %2 ; valide du %3 au %4 UTC ; SHA-256 %5</translation>
    </message>
</context>
<context>
    <name>UdpTransport</name>
    <message>
        <source>Cannot use the local address %1: %2</source>
        <translation>Impossible d'utiliser l'adresse locale %1 : %2</translation>
    </message>
    <message>
        <source>UDP socket %1 → %2</source>
        <translation>Socket UDP %1 → %2</translation>
    </message>
    <message>
        <source>Nothing listens on %1: the host answered "port unreachable" (ICMP).</source>
        <translation>Rien n'écoute sur %1 : l'hôte a répondu « port unreachable » (ICMP).</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>%1 est injoignable : %2</translation>
    </message>
    <message>
        <source>Network error with %1: %2</source>
        <translation>Erreur réseau avec %1 : %2</translation>
    </message>
</context>
<context>
    <name>VerdictProfile</name>
    <message>
        <source>"%1" is not a profile name: use letters, digits, '-', '_' or '.', starting with a letter.</source>
        <translation>« %1 » n’est pas un nom de profil : utilisez des lettres, des chiffres, « - », « _ » ou « . », en commençant par une lettre.</translation>
    </message>
    <message>
        <source>Profile %1: unknown base profile "%2" (choose %3).</source>
        <translation>Profil %1 : profil de base « %2 » inconnu (au choix : %3).</translation>
    </message>
    <message>
        <source>Profile %1: give the codes that are up or those that are down, not both.</source>
        <translation>Profil %1 : indiquez soit les codes en service, soit les codes hors service, pas les deux.</translation>
    </message>
    <message>
        <source>Profile %1: %2</source>
        <translation>Profil %1 : %2</translation>
    </message>
    <message>
        <source>Profile %1: failures before down must be from 1 to %2, not %3.</source>
        <translation>Profil %1 : le nombre d’échecs avant « hors service » doit être de 1 à %2, et non %3.</translation>
    </message>
    <message>
        <source>up: %1</source>
        <translation>en service : %1</translation>
    </message>
    <message>
        <source>up: any answer</source>
        <translation>en service : toute réponse</translation>
    </message>
    <message>
        <source>down: %1 or no answer</source>
        <translation>hors service : %1 ou aucune réponse</translation>
    </message>
    <message>
        <source>503 with Retry-After: maintenance</source>
        <translation>503 avec Retry-After : maintenance</translation>
    </message>
    <message numerus="yes">
        <source>%n failures in a row before down</source>
        <translation>
            <numerusform>%n échec d’affilée avant « hors service »</numerusform>
            <numerusform>%n échecs d’affilée avant « hors service »</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerdictProfiles</name>
    <message>
        <source>The verdict profile %1 is defined twice (or is a built-in one).</source>
        <translation>Le profil de verdict %1 est défini deux fois (ou c’est un profil intégré).</translation>
    </message>
    <message>
        <source>Unknown verdict profile "%1" (choose %2).</source>
        <translation>Profil de verdict « %1 » inconnu (au choix : %2).</translation>
    </message>
</context>
<context>
    <name>Warning</name>
    <message>
        <source>The address format offered (for example IPv4 or IPv6) cannot be used by this side.</source>
        <translation>Le format d'adresse proposé (par exemple IPv4 ou IPv6) ne peut pas être utilisé de ce côté.</translation>
    </message>
    <message>
        <source>A bandwidth line in the session description uses units this side does not understand.</source>
        <translation>Une ligne de bande passante de la description de session utilise des unités que ce côté ne comprend pas.</translation>
    </message>
    <message>
        <source>A media type offered (audio, video, ...) is not available on this side.</source>
        <translation>Un type de média proposé (audio, vidéo…) n'est pas disponible de ce côté.</translation>
    </message>
    <message>
        <source>An attribute line in the session description was not understood.</source>
        <translation>Une ligne d'attribut de la description de session n'a pas été comprise.</translation>
    </message>
    <message>
        <source>A parameter of the session description other than an attribute was not understood.</source>
        <translation>Un paramètre de la description de session autre qu'un attribut n'a pas été compris.</translation>
    </message>
    <message>
        <source>None of the languages asked for in the session description (RFC 8373) can be provided.</source>
        <translation>Aucune des langues demandées dans la description de session (RFC 8373) ne peut être fournie.</translation>
    </message>
    <message>
        <source>The site where the user is located does not support multicast.</source>
        <translation>Le site où se trouve l'utilisateur ne prend pas en charge le multicast.</translation>
    </message>
    <message>
        <source>The site where the user is located does not support unicast communication, usually because of a firewall.</source>
        <translation>Le site où se trouve l'utilisateur ne prend pas en charge les communications unicast, généralement à cause d'un pare-feu.</translation>
    </message>
    <message>
        <source>The bandwidth asked for in the session description, or for the media, exceeds what is available.</source>
        <translation>La bande passante demandée dans la description de session, ou pour les médias, dépasse celle qui est disponible.</translation>
    </message>
    <message>
        <source>Free-form information from the sender; read the warn-text, it often names the real reason (for example a rejected number or an internal error).</source>
        <translation>Information libre fournie par l'émetteur ; lisez le warn-text, il indique souvent la vraie raison (par exemple un numéro refusé ou une erreur interne).</translation>
    </message>
    <message>
        <source>One or more network protocols offered in the session description are not available to this side.</source>
        <translation>Un ou plusieurs des protocoles réseau proposés dans la description de session ne sont pas disponibles de ce côté.</translation>
    </message>
    <message>
        <source>One or more media transport protocols offered (for example RTP/AVP or RTP/SAVP) are not available.</source>
        <translation>Un ou plusieurs des protocoles de transport des médias proposés (par exemple RTP/AVP ou RTP/SAVP) ne sont pas disponibles.</translation>
    </message>
    <message>
        <source>One or more media formats (codecs) offered are not available, possibly only some of them: the usual sign of a codec mismatch.</source>
        <translation>Un ou plusieurs des formats de média (codecs) proposés ne sont pas disponibles, parfois seulement certains d'entre eux : c'est le signe habituel d'une incompatibilité de codecs.</translation>
    </message>
    <message>
        <source>The UAS or proxy cannot process the request because the SIPS scheme is not allowed, for example because no SIPS contacts are registered for that address (RFC 5630 §9).</source>
        <translation>L'UAS ou le proxy ne peut pas traiter la requête car le schéma SIPS n'est pas autorisé, par exemple parce qu'aucun contact SIPS n'est enregistré pour cette adresse (RFC 5630 §9).</translation>
    </message>
    <message>
        <source>The UAS or proxy cannot process the request because it requires the SIPS scheme: send it to a sips: URI over TLS (RFC 5630 §9).</source>
        <translation>L'UAS ou le proxy ne peut pas traiter la requête car il exige le schéma SIPS : envoyez-la à une URI sips: via TLS (RFC 5630 §9).</translation>
    </message>
</context>
<context>
    <name>WireTime</name>
    <message>
        <source>application clock</source>
        <translation>horloge de l'application</translation>
    </message>
    <message>
        <source>kernel timestamp</source>
        <translation>horodatage du noyau</translation>
    </message>
    <message>
        <source>kernel timestamps</source>
        <translation>horodatages du noyau</translation>
    </message>
    <message>
        <source>sent: %1, received: %2</source>
        <translation>envoi : %1, réception : %2</translation>
    </message>
</context>
</TS>
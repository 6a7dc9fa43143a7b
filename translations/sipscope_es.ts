<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>AllowList</name>
    <message>
        <source>an empty entry allows nothing; write an address, a network, a host name or a domain suffix</source>
        <translation>una entrada vacía no permite nada; escriba una dirección, una red, un nombre de host o un sufijo de dominio</translation>
    </message>
    <message>
        <source>"%1" is not a network in CIDR notation such as 10.0.0.0/8 or 2001:db8::/32</source>
        <translation>«%1» no es una red en notación CIDR como 10.0.0.0/8 o 2001:db8::/32</translation>
    </message>
    <message>
        <source>"%1" is not a domain suffix such as .example.com</source>
        <translation>«%1» no es un sufijo de dominio como .example.com</translation>
    </message>
    <message>
        <source>"%1" is not an IP address, a network, a host name or a domain suffix</source>
        <translation>«%1» no es una dirección IP, una red, un nombre de host ni un sufijo de dominio</translation>
    </message>
</context>
<context>
    <name>BytesExcerpt</name>
    <message numerus="yes">
        <source> (%n more byte(s))</source>
        <translation>
            <numerusform> (%n byte más)</numerusform>
            <numerusform> (%n bytes más)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptureAnalysis</name>
    <message>
        <source>Frame %1 (%2 → %3): not a valid SIP message: %4</source>
        <translation>Trama %1 (%2 → %3): no es un mensaje SIP válido: %4</translation>
    </message>
    <message>
        <source>The capture's link type is %1, which SipScope does not read (it reads Ethernet, Linux cooked SLL and SLL2, raw IP, loopback and Wireshark's exported PDUs).</source>
        <translation>El tipo de enlace de la captura es %1, que SipScope no lee (lee Ethernet, Linux cooked SLL y SLL2, IP sin encapsular, loopback y las PDU exportadas de Wireshark).</translation>
    </message>
    <message>
        <source>Frame %1 was cut by the capture's snap length (%2 of %3 bytes kept); what it carried cannot be read.</source>
        <translation>La trama %1 quedó cortada por la longitud de captura (snaplen): se guardaron %2 de %3 bytes; su contenido no se puede leer.</translation>
    </message>
</context>
<context>
    <name>CaptureReader</name>
    <message>
        <source>Cannot read the capture %1: %2</source>
        <translation>No se puede leer la captura %1: %2</translation>
    </message>
    <message>
        <source>This SipScope was built without capture support (libpcap); it cannot read pcap or pcapng files.</source>
        <translation>Este SipScope se compiló sin soporte de capturas (libpcap); no puede leer archivos pcap ni pcapng.</translation>
    </message>
    <message>
        <source>Cannot read the capture from memory.</source>
        <translation>No se puede leer la captura en memoria.</translation>
    </message>
    <message>
        <source>The capture is damaged at frame %1: %2</source>
        <translation>La captura está dañada en la trama %1: %2</translation>
    </message>
</context>
<context>
    <name>CaptureSink</name>
    <message numerus="yes">
        <source>Capture written to %1 (%n packet(s)).</source>
        <translation>
            <numerusform>Captura escrita en %1 (%n paquete).</numerusform>
            <numerusform>Captura escrita en %1 (%n paquetes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decrypted message(s) could not go into the classic pcap file, which holds one link type only; write pcapng to keep them.</source>
        <translation>
            <numerusform>%n mensaje descifrado no cupo en el archivo pcap clásico, que admite un solo tipo de enlace; escriba pcapng para conservarlo.</numerusform>
            <numerusform>%n mensajes descifrados no cupieron en el archivo pcap clásico, que admite un solo tipo de enlace; escriba pcapng para conservarlos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>The system could not understand the request your phone or the network sent, so it was rejected.</source>
        <translation>El sistema no pudo entender la solicitud enviada por su teléfono o por la red, así que la rechazó.</translation>
    </message>
    <message>
        <source>A device along the way received a signalling message that was broken or missing required parts, so it could not process it. This is almost always a software or configuration problem in the sending device, a gateway or a session border controller, not something the caller did. Trying the same call again usually fails the same way until the faulty device is fixed.</source>
        <translation>Un equipo intermedio recibió un mensaje de señalización defectuoso o incompleto y no pudo procesarlo. Casi siempre se trata de un problema de software o de configuración en el equipo que lo envió, en una pasarela o en un controlador de frontera de sesión (SBC), no de algo que haya hecho el llamante. Si se repite la misma llamada, lo normal es que vuelva a fallar de la misma manera hasta que se corrija el equipo defectuoso.</translation>
    </message>
    <message>
        <source>A header that is missing, duplicated or badly formatted
A Content-Length that does not match the body, often after a device rewrote the message
A broken header manipulation rule on an SBC or PBX
Invalid characters in a display name, user part or URI
A malformed SDP or multipart body
A message cut off by UDP fragmentation or altered by a router's SIP ALG</source>
        <translation>Una cabecera ausente, duplicada o con formato incorrecto
Un Content-Length que no coincide con el cuerpo, a menudo porque un equipo reescribió el mensaje
Una regla de manipulación de cabeceras defectuosa en un SBC o una centralita
Caracteres no válidos en un nombre visible, en la parte de usuario o en un URI
Un cuerpo SDP o multiparte mal formado
Un mensaje truncado por la fragmentación UDP o alterado por el SIP ALG de un router</translation>
    </message>
    <message>
        <source>Read the reason phrase and any Warning header: they often name the faulty header
Capture the request and check it against the RFC 3261 syntax
Look for recent header manipulation or firmware changes on the PBX, SBC or gateway
Disable SIP ALG on the router if messages arrive modified
Try TCP instead of UDP if large messages arrive truncated</source>
        <translation>Lea la frase de motivo y la cabecera Warning, si la hay: a menudo indican qué cabecera es la defectuosa
Capture la solicitud y compruébela con la sintaxis de RFC 3261
Busque cambios recientes de manipulación de cabeceras o de firmware en la centralita, el SBC o la pasarela
Desactive el SIP ALG del router si los mensajes llegan modificados
Pruebe TCP en lugar de UDP si los mensajes grandes llegan truncados</translation>
    </message>
    <message>
        <source>bad request, malformed, invalid message, syntax error, parse error, missing header, call fails immediately, protocol error</source>
        <translation>solicitud incorrecta, petición errónea, mensaje mal formado, mensaje no válido, error de sintaxis, error de análisis, falta una cabecera, la llamada falla al instante, error de protocolo</translation>
    </message>
    <message>
        <source>The phone system asked the phone to prove who it is, and the login it got was missing or wrong.</source>
        <translation>La centralita pidió al teléfono que se identificara, y las credenciales que recibió faltaban o eran incorrectas.</translation>
    </message>
    <message>
        <source>The server wants the phone or app to log in with its account name and password before it registers it or places the call. A single 401 followed by success is normal, because that is how every login starts. If it keeps coming back, the credentials stored in the caller's phone or app are wrong, so the problem is on the caller's side (device or account settings).</source>
        <translation>El servidor exige que el teléfono o la aplicación inicie sesión con su nombre de cuenta y su contraseña antes de registrarlo o de cursar la llamada. Un único 401 seguido de un resultado correcto es normal, porque así empieza cualquier inicio de sesión. Si se repite una y otra vez, las credenciales guardadas en el teléfono o la aplicación del llamante son incorrectas, así que el problema está en el lado del llamante (configuración del equipo o de la cuenta).</translation>
    </message>
    <message>
        <source>Sent by a user agent server or registrar, not by a proxy, with a WWW-Authenticate challenge (RFC 3261 §21.4.2); the client repeats the request with an Authorization header computed from its credentials (digest, RFC 3261 §22.2). A second 401 after credentials were sent means they were rejected, while a challenge with stale=true only asks for a retry with the new nonce. A proxy challenges with 407 and Proxy-Authenticate instead, answered with Proxy-Authorization (RFC 3261 §22.3). Check the realm, username, algorithm (MD5 or SHA-256) and qop of the challenge against the account; RFC 3398 maps 401 to Q.850 cause 21 (Call rejected).</source>
        <translation>La envía un servidor de agente de usuario o un registrador, no un proxy, con un desafío WWW-Authenticate (RFC 3261 §21.4.2); el cliente repite la solicitud con una cabecera Authorization calculada a partir de sus credenciales (digest, RFC 3261 §22.2). Un segundo 401 después de enviar las credenciales significa que se rechazaron, mientras que un desafío con stale=true solo pide repetir con el nuevo nonce. Un proxy desafía en cambio con 407 y Proxy-Authenticate, y se le responde con Proxy-Authorization (RFC 3261 §22.3). Compare el realm, el nombre de usuario, el algoritmo (MD5 o SHA-256) y el qop del desafío con los datos de la cuenta; RFC 3398 asigna 401 a la causa Q.850 21 (Llamada rechazada).</translation>
    </message>
    <message>
        <source>Wrong password or username saved in the phone or app
Authentication username differs from the extension number or caller ID user
The password was changed on the server but not on the device
The realm or domain on the device does not match the server
The device does not support the offered digest algorithm
A normal first challenge, when a retry with credentials follows</source>
        <translation>Contraseña o nombre de usuario incorrectos guardados en el teléfono o la aplicación
El usuario de autenticación no coincide con el número de extensión ni con el usuario del identificador de llamada
Se cambió la contraseña en el servidor pero no en el equipo
El realm o dominio configurado en el equipo no coincide con el del servidor
El equipo no admite el algoritmo digest ofrecido
Un primer desafío normal, cuando a continuación se repite la solicitud con credenciales</translation>
    </message>
    <message>
        <source>Check whether a retried request with Authorization follows; if it succeeds, the 401 was normal
Re-enter the SIP username, authentication ID and password on the device
Reset the SIP password on the server and provision it again
Compare the realm in WWW-Authenticate with the domain configured on the device
Check the server log for failed logins or an IP ban</source>
        <translation>Compruebe si a continuación se repite la solicitud con Authorization; si tiene éxito, el 401 era normal
Vuelva a introducir en el equipo el usuario SIP, el ID de autenticación y la contraseña
Restablezca la contraseña SIP en el servidor y vuelva a aprovisionar el equipo
Compare el realm de WWW-Authenticate con el dominio configurado en el equipo
Revise los logs del servidor en busca de inicios de sesión fallidos o de un bloqueo de la IP</translation>
    </message>
    <message>
        <source>wrong password, authentication failed, login, login failed, credentials, unauthorized, registration failed, cannot register, username, password, digest</source>
        <translation>contraseña incorrecta, clave incorrecta, error de autenticación, inicio de sesión, no puedo iniciar sesión, credenciales, no autorizado, error de registro, no se registra, usuario, contraseña, digest</translation>
    </message>
    <message>
        <source>The call was refused because of a payment problem on the account, such as no credit left.</source>
        <translation>La llamada se rechazó por un problema de pago en la cuenta, por ejemplo por falta de saldo.</translation>
    </message>
    <message>
        <source>The provider would not connect the call because of a billing problem on the caller's account, such as no credit left, an unpaid bill or a spending limit reached. It is about the caller's account with the provider, not about the person being called or the equipment. Topping up or settling the account usually fixes it.</source>
        <translation>El proveedor no quiso cursar la llamada por un problema de facturación en la cuenta del llamante, como falta de saldo, una factura impagada o un límite de gasto alcanzado. Tiene que ver con la cuenta del llamante en el proveedor, no con la persona llamada ni con los equipos. Normalmente se soluciona recargando saldo o regularizando la cuenta.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.4.3 reserves 402 for future use and defines no behaviour for it, so the standard does not say how a client should react. In practice prepaid platforms, carriers and billing-aware softswitches send it when the balance or credit limit does not cover the call, sometimes with an explanation in the reason phrase or a Warning header. Treat it as a final refusal: retrying does not help until the account is fixed. RFC 3398 maps it to Q.850 cause 21 (Call rejected).</source>
        <translation>RFC 3261 §21.4.3 reserva 402 para uso futuro y no le asigna ningún comportamiento, así que el estándar no dice cómo debe reaccionar el cliente. En la práctica, las plataformas de prepago, los operadores y los softswitches con control de facturación la envían cuando el saldo o el límite de crédito no cubre la llamada, a veces con una explicación en la frase de motivo o en una cabecera Warning. Trátela como un rechazo definitivo: reintentar no sirve de nada hasta que se regularice la cuenta. RFC 3398 la asigna a la causa Q.850 21 (Llamada rechazada).</translation>
    </message>
    <message>
        <source>Prepaid balance used up
Postpaid credit or spending limit reached
Unpaid invoice, account put on hold by billing
The destination costs more than the remaining balance, such as an international or premium number
A per-call or daily fraud limit triggered</source>
        <translation>Saldo de prepago agotado
Crédito de pospago o límite de gasto alcanzado
Factura impagada, cuenta suspendida por el departamento de facturación
El destino cuesta más que el saldo restante, por ejemplo un número internacional o de tarificación especial
Se activó un límite antifraude por llamada o diario</translation>
    </message>
    <message>
        <source>Check the account balance and billing status in the provider portal
Top up or settle the account, then call again
Check whether only expensive destinations fail, which points to a rate or limit issue
Read the reason phrase and any Warning header for the provider's own explanation
Ask the provider to raise the credit or fraud limit if it is too low</source>
        <translation>Compruebe el saldo y el estado de facturación de la cuenta en el portal del proveedor
Recargue saldo o regularice la cuenta y vuelva a llamar
Compruebe si solo fallan los destinos caros, lo que apunta a un problema de tarifa o de límite
Lea la frase de motivo y la cabecera Warning, si la hay, para conocer la explicación del propio proveedor
Pida al proveedor que aumente el límite de crédito o antifraude si es demasiado bajo</translation>
    </message>
    <message>
        <source>no credit, insufficient balance, payment required, out of credit, top up, billing, prepaid, balance, unpaid bill, credit limit</source>
        <translation>sin saldo, saldo insuficiente, pago requerido, se acabó el saldo, recargar, recarga, facturación, prepago, saldo, factura impagada, límite de crédito</translation>
    </message>
    <message>
        <source>The system understood the request but is not allowed to let it through.</source>
        <translation>El sistema entendió la solicitud, pero no tiene permiso para dejarla pasar.</translation>
    </message>
    <message>
        <source>The server knows what was asked but refuses it, and logging in again will not change that. It usually means the caller's account or device is not permitted to do this: the destination is barred, the account is blocked, or the request came from an address the provider does not accept. It is normally on the caller's side or the provider's policy, not the called person's choice.</source>
        <translation>El servidor sabe lo que se le pidió, pero lo rechaza, y volver a iniciar sesión no cambiará nada. Normalmente significa que la cuenta o el equipo del llamante no tiene permiso para hacerlo: el destino está restringido, la cuenta está bloqueada o la solicitud procede de una dirección que el proveedor no acepta. Suele deberse al lado del llamante o a la política del proveedor, no a una decisión de la persona llamada.</translation>
    </message>
    <message>
        <source>Sent when the server understood the request but will not fulfil it and authorization will not help (RFC 3261 §21.4.4); the request should not be repeated unchanged. Compare the neighbours: 401 and 407 ask for credentials, 603 Decline is the called party refusing for all its devices, 607 Unwanted marks the call as unwanted such as spam (RFC 8197), and 608 Rejected comes from an intermediary such as a call-analytics service (RFC 8688). Providers often put the real reason into the reason phrase or a Warning header. RFC 3398 maps 403 to Q.850 cause 21 (Call rejected), and causes 21, 55, 57 and 87 to 403.</source>
        <translation>Se envía cuando el servidor entendió la solicitud pero no la va a atender y la autorización no serviría de nada (RFC 3261 §21.4.4); la solicitud no debe repetirse sin cambios. Compárela con las respuestas vecinas: 401 y 407 piden credenciales, 603 Decline es el usuario llamado que rechaza la llamada en todos sus equipos, 607 Unwanted marca la llamada como no deseada, por ejemplo spam (RFC 8197), y 608 Rejected procede de un intermediario, como un servicio de análisis de llamadas (RFC 8688). Los proveedores suelen indicar el motivo real en la frase de motivo o en una cabecera Warning. RFC 3398 asigna 403 a la causa Q.850 21 (Llamada rechazada), y las causas 21, 55, 57 y 87 a 403.</translation>
    </message>
    <message>
        <source>Calls to that destination are barred on the account, such as international or premium numbers
The account is suspended, expired or blocked after failed logins
The request came from an IP address that is not on the provider's allow list
A caller ID or From number the account is not allowed to present
Registration for a user or domain the server does not serve
Valid credentials, but the user lacks permission for this service</source>
        <translation>Las llamadas a ese destino están restringidas en la cuenta, por ejemplo a números internacionales o de tarificación especial
La cuenta está suspendida, caducada o bloqueada tras varios inicios de sesión fallidos
La solicitud procede de una dirección IP que no está en la lista de direcciones permitidas del proveedor
Un identificador de llamada o un número From que la cuenta no está autorizada a presentar
Registro de un usuario o dominio al que el servidor no da servicio
Credenciales válidas, pero el usuario no tiene permiso para este servicio</translation>
    </message>
    <message>
        <source>Read the reason phrase and any Warning header for the provider's reason
Check call barring, class of service and dialling permissions of the account
Check that the source IP of the PBX or phone is allowed by the provider
Check that the presented caller ID is a number the account owns
Check whether the account is suspended or its IP was banned after failed logins</source>
        <translation>Lea la frase de motivo y la cabecera Warning, si la hay, para conocer el motivo del proveedor
Revise la restricción de llamadas, la clase de servicio y los permisos de marcación de la cuenta
Compruebe que el proveedor admite la IP de origen de la centralita o del teléfono
Compruebe que el identificador de llamada presentado es un número que pertenece a la cuenta
Compruebe si la cuenta está suspendida o si su IP se bloqueó tras inicios de sesión fallidos</translation>
    </message>
    <message>
        <source>forbidden, call blocked, not allowed, barred, access denied, authentication failed, account blocked, login, wrong password, credentials, rejected</source>
        <translation>prohibido, llamada bloqueada, no permitido, restringido, acceso denegado, error de autenticación, cuenta bloqueada, inicio de sesión, contraseña incorrecta, credenciales, rechazada</translation>
    </message>
    <message>
        <source>The number or address you called does not exist on that system.</source>
        <translation>El número o la dirección a la que llamó no existe en ese sistema.</translation>
    </message>
    <message>
        <source>The called number or user could not be found at the provider or system responsible for it. This usually means the number was dialled wrong, no longer exists, or the called system does not know it. It is about the dialled address rather than the caller's phone, although a wrong dial plan on the caller's side can cause it too.</source>
        <translation>No se encontró el número o usuario llamado en el proveedor o el sistema responsable de él. Normalmente significa que el número se marcó mal, ya no existe o el sistema llamado no lo conoce. Tiene que ver con la dirección marcada y no con el teléfono del llamante, aunque un plan de marcación erróneo en el lado del llamante también puede provocarlo.</translation>
    </message>
    <message>
        <source>Sent when the server has definitive information that the user does not exist at the domain in the Request-URI, or when that domain is not one it serves (RFC 3261 §21.4.5). It speaks for this server only: 604 Does Not Exist Anywhere claims the user exists nowhere, 410 Gone says the user existed but left, 484 says the address is incomplete and 480 says the user exists but cannot be reached now. It may carry Retry-After. RFC 3398 maps 404 to Q.850 cause 1 (Unallocated number), and causes 1, 2, 3 and 26 to 404.</source>
        <translation>Se envía cuando el servidor sabe con certeza que el usuario no existe en el dominio del Request-URI, o cuando no da servicio a ese dominio (RFC 3261 §21.4.5). Solo habla por este servidor: 604 Does Not Exist Anywhere afirma que el usuario no existe en ninguna parte, 410 Gone indica que el usuario existió pero ya no está, 484 indica que la dirección está incompleta y 480, que el usuario existe pero no está localizable en este momento. Puede llevar Retry-After. RFC 3398 asigna 404 a la causa Q.850 1 (Número no asignado), y las causas 1, 2, 3 y 26 a 404.</translation>
    </message>
    <message>
        <source>The number was dialled wrong or has extra or missing digits
The number is not assigned or was disconnected
A wrong prefix, country code or number format sent to the carrier
The called extension does not exist or is not registered on the PBX
The domain in the Request-URI is not served by the receiving server
An inbound number the provider routes to you but your PBX does not know</source>
        <translation>El número se marcó mal o le sobran o faltan dígitos
El número no está asignado o se dio de baja
Se envió al operador un prefijo, un código de país o un formato de número incorrecto
La extensión llamada no existe o no está registrada en la centralita
El servidor receptor no da servicio al dominio del Request-URI
Un número entrante que el proveedor le encamina pero que su centralita no conoce</translation>
    </message>
    <message>
        <source>Check the dialled number and try it in full international format
Check the dial plan or outbound route that rewrites the number
For inbound calls, check that the number exists on the PBX in the format the provider sends
Check that the called extension exists and is registered
Call the number from another line to see whether it exists</source>
        <translation>Compruebe el número marcado y pruébelo en formato internacional completo
Revise el plan de marcación o la ruta saliente que reescribe el número
En llamadas entrantes, compruebe que el número existe en la centralita en el formato que envía el proveedor
Compruebe que la extensión llamada existe y está registrada
Llame al número desde otra línea para ver si existe</translation>
    </message>
    <message>
        <source>number does not exist, wrong number, unknown user, not found, invalid number, number not in service, unallocated number, user not found, extension not found, no such user</source>
        <translation>el número no existe, número equivocado, número erróneo, usuario desconocido, no encontrado, número no válido, número fuera de servicio, número no asignado, usuario no encontrado, extensión no encontrada, no existe el usuario</translation>
    </message>
    <message>
        <source>The system does not allow this kind of request for that address.</source>
        <translation>El sistema no permite este tipo de solicitud para esa dirección.</translation>
    </message>
    <message>
        <source>The called system understood what kind of request was sent, but does not accept that type of request for this particular address. It is a compatibility or configuration issue between two pieces of equipment, not something the caller did. It mostly affects features such as messaging, presence or call transfer rather than ordinary calls.</source>
        <translation>El sistema llamado entendió qué tipo de solicitud se envió, pero no acepta ese tipo de solicitud para esta dirección en concreto. Es un problema de compatibilidad o de configuración entre dos equipos, no algo que haya hecho el llamante. Afecta sobre todo a funciones como la mensajería, la presencia o la transferencia de llamadas, más que a las llamadas normales.</translation>
    </message>
    <message>
        <source>Sent when the method is understood but not allowed for the resource identified by the Request-URI (RFC 3261 §21.4.6). The response must include an Allow header listing the methods that are permitted, which tells the client what it may use instead. Unlike 501 Not Implemented, where the server does not support the method at all, 405 means it knows the method but refuses it for this target. RFC 3398 maps it to Q.850 cause 63 (Service or option not available, unspecified).</source>
        <translation>Se envía cuando el método se entiende pero no está permitido para el recurso identificado por el Request-URI (RFC 3261 §21.4.6). La respuesta debe incluir una cabecera Allow con los métodos permitidos, lo que indica al cliente cuáles puede usar en su lugar. A diferencia de 501 Not Implemented, en la que el servidor no admite el método en absoluto, 405 significa que conoce el método pero lo rechaza para este destino. RFC 3398 la asigna a la causa Q.850 63 (Servicio u opción no disponible, sin especificar).</translation>
    </message>
    <message>
        <source>MESSAGE, SUBSCRIBE or PUBLISH sent to a server or account that has them disabled
REFER for call transfer not allowed by the PBX or trunk
INFO, UPDATE or NOTIFY not allowed on that trunk
REGISTER sent to an address that only accepts calls
A trunk configured to accept only INVITE and basic methods</source>
        <translation>MESSAGE, SUBSCRIBE o PUBLISH enviados a un servidor o una cuenta que los tiene desactivados
REFER para transferir llamadas no permitido por la centralita o la troncal SIP
INFO, UPDATE o NOTIFY no permitidos en esa troncal
REGISTER enviado a una dirección que solo acepta llamadas
Una troncal configurada para aceptar solo INVITE y los métodos básicos</translation>
    </message>
    <message>
        <source>Read the Allow header in the response to see which methods are accepted
Enable the feature (messaging, presence, transfer) on the server or trunk if it is needed
Switch the device to a method the other side allows, such as re-INVITE instead of UPDATE
Check that the request goes to the right server and address</source>
        <translation>Lea la cabecera Allow de la respuesta para ver qué métodos se aceptan
Active la función (mensajería, presencia, transferencia) en el servidor o la troncal si la necesita
Configure el equipo para usar un método que el otro lado permita, por ejemplo re-INVITE en lugar de UPDATE
Compruebe que la solicitud va al servidor y a la dirección correctos</translation>
    </message>
    <message>
        <source>method not allowed, feature not supported, transfer fails, messaging not allowed, presence, blf, not permitted, allow header</source>
        <translation>método no permitido, función no admitida, la transferencia falla, mensajería no permitida, presencia, blf, no permitido, cabecera allow</translation>
    </message>
    <message>
        <source>The called system cannot answer in any format your device said it accepts.</source>
        <translation>El sistema llamado no puede responder en ninguno de los formatos que su equipo indicó que acepta.</translation>
    </message>
    <message>
        <source>The caller's device listed which kinds of content it can accept, and the other side can only produce something else. It is a compatibility problem between the two devices or apps, typically for features such as presence, voicemail notifications or messaging, not ordinary voice calls. Neither person did anything wrong.</source>
        <translation>El equipo del llamante indicó qué tipos de contenido puede aceptar, y el otro lado solo puede generar otros distintos. Es un problema de compatibilidad entre los dos equipos o aplicaciones, normalmente en funciones como la presencia, los avisos de buzón de voz o la mensajería, no en las llamadas de voz normales. Ninguna de las dos personas hizo nada mal.</translation>
    </message>
    <message>
        <source>Sent when the resource can only generate responses whose content is not acceptable according to the Accept header in the request (RFC 3261 §21.4.7). It concerns the body formats of the response, so look at the Accept, Accept-Encoding and Accept-Language headers that the client sent. It is not a media negotiation failure: a session offer that cannot be accepted gets 488 (here) or 606 (everywhere), and an unsupported request body gets 415. RFC 3398 maps it to Q.850 cause 79 (Service or option not implemented, unspecified).</source>
        <translation>Se envía cuando el recurso solo puede generar respuestas cuyo contenido no es aceptable según la cabecera Accept de la solicitud (RFC 3261 §21.4.7). Se refiere a los formatos del cuerpo de la respuesta, así que revise las cabeceras Accept, Accept-Encoding y Accept-Language que envió el cliente. No es un fallo de negociación de medios: una oferta de sesión que no se puede aceptar recibe 488 (aquí) o 606 (en todas partes), y un cuerpo de solicitud no admitido, 415. RFC 3398 la asigna a la causa Q.850 79 (Servicio u opción no implementado, sin especificar).</translation>
    </message>
    <message>
        <source>SUBSCRIBE with an Accept header listing only formats the notifier cannot produce
Presence or BLF subscription asking for a format the PBX does not support
Accept-Language or Accept-Encoding values the server cannot satisfy
A client that sends an overly narrow Accept header</source>
        <translation>SUBSCRIBE con una cabecera Accept que solo incluye formatos que el notificador no puede generar
Suscripción de presencia o BLF que pide un formato que la centralita no admite
Valores de Accept-Language o Accept-Encoding que el servidor no puede satisfacer
Un cliente que envía una cabecera Accept demasiado restrictiva</translation>
    </message>
    <message>
        <source>Compare the Accept header of the request with the formats the server supports
Check the event package and body type of the subscription, such as dialog or presence
Remove or widen the Accept header in the client configuration
Update the client or server firmware if one side lacks a common format</source>
        <translation>Compare la cabecera Accept de la solicitud con los formatos que admite el servidor
Revise el paquete de eventos y el tipo de cuerpo de la suscripción, por ejemplo dialog o presence
Elimine o amplíe la cabecera Accept en la configuración del cliente
Actualice el firmware del cliente o del servidor si a uno de los dos le falta un formato común</translation>
    </message>
    <message>
        <source>not acceptable, format not supported, presence, blf, subscription failed, accept header, incompatible, content type</source>
        <translation>no aceptable, formato no admitido, presencia, blf, error de suscripción, cabecera accept, incompatible, tipo de contenido</translation>
    </message>
    <message>
        <source>The provider's server asked your phone to log in before passing the call on, and the login was missing or wrong.</source>
        <translation>El servidor del proveedor pidió a su teléfono que iniciara sesión antes de cursar la llamada, y las credenciales faltaban o eran incorrectas.</translation>
    </message>
    <message>
        <source>A server between the caller and the destination, usually the provider or the office phone system, wants the caller's phone to prove who it is before it handles the call. A single 407 followed by the call going through is normal. If the call fails with 407, the username or password in the caller's phone, app or PBX trunk is wrong or missing, so it is on the caller's side.</source>
        <translation>Un servidor situado entre el llamante y el destino, normalmente el del proveedor o la centralita de la oficina, quiere que el teléfono del llamante se identifique antes de tramitar la llamada. Un único 407 seguido de la llamada establecida es normal. Si la llamada falla con 407, el usuario o la contraseña configurados en el teléfono, la aplicación o la troncal SIP de la centralita del llamante son incorrectos o faltan, así que el problema está en el lado del llamante.</translation>
    </message>
    <message>
        <source>Sent by a proxy with a Proxy-Authenticate challenge (RFC 3261 §21.4.8); the client repeats the request with a Proxy-Authorization header (RFC 3261 §22.3). It works like 401, but 401 comes from the user agent server or registrar with WWW-Authenticate and is answered with Authorization. Many PBXs challenge INVITE with 407 and REGISTER with 401, so a phone that registers fine can still fail calls if it does not answer 407. A second 407 after credentials were sent means they were rejected, while stale=true only asks for a retry with the new nonce; RFC 3398 maps 407 to Q.850 cause 21 (Call rejected).</source>
        <translation>La envía un proxy con un desafío Proxy-Authenticate (RFC 3261 §21.4.8); el cliente repite la solicitud con una cabecera Proxy-Authorization (RFC 3261 §22.3). Funciona como 401, pero 401 procede del servidor de agente de usuario o del registrador, lleva WWW-Authenticate y se responde con Authorization. Muchas IP-PBX piden autenticación con 407 para INVITE y con 401 para REGISTER, de modo que un teléfono que se registra sin problemas puede seguir fallando en las llamadas si no responde al 407. Un segundo 407 después de enviar las credenciales significa que se rechazaron, mientras que stale=true solo pide repetir con el nuevo nonce; RFC 3398 asigna 407 a la causa Q.850 21 (Llamada rechazada).</translation>
    </message>
    <message>
        <source>Wrong password or authentication username on the phone, app or trunk
Trunk set for IP authentication while the provider expects a digest login, or the reverse
The device does not resend the request with Proxy-Authorization
Realm or outbound proxy settings that do not match the provider
The password was changed on the server but not on the device
A normal first challenge, when a retry with credentials follows</source>
        <translation>Contraseña o usuario de autenticación incorrectos en el teléfono, la aplicación o la troncal
Troncal configurada con autenticación por IP cuando el proveedor espera un inicio de sesión digest, o al revés
El equipo no reenvía la solicitud con Proxy-Authorization
Ajustes de realm o de proxy de salida que no coinciden con los del proveedor
Se cambió la contraseña en el servidor pero no en el equipo
Un primer desafío normal, cuando a continuación se repite la solicitud con credenciales</translation>
    </message>
    <message>
        <source>Check whether a retried request with Proxy-Authorization follows; if the call then proceeds, the 407 was normal
Re-enter the authentication username and password for the trunk or device
Check whether the provider expects registration-based or IP-based authentication
Compare the realm in Proxy-Authenticate with the configured domain and outbound proxy
Update the device firmware if it ignores 407 challenges</source>
        <translation>Compruebe si a continuación se repite la solicitud con Proxy-Authorization; si la llamada sigue adelante, el 407 era normal
Vuelva a introducir el usuario de autenticación y la contraseña de la troncal o del equipo
Compruebe si el proveedor espera autenticación por registro o por IP
Compare el realm de Proxy-Authenticate con el dominio y el proxy de salida configurados
Actualice el firmware del equipo si ignora los desafíos 407</translation>
    </message>
    <message>
        <source>wrong password, authentication failed, login, credentials, proxy authentication, proxy auth, outgoing calls fail, trunk authentication, password, digest</source>
        <translation>contraseña incorrecta, error de autenticación, inicio de sesión, credenciales, autenticación de proxy, proxy auth, fallan las llamadas salientes, no puedo llamar, autenticación de troncal, contraseña, digest</translation>
    </message>
    <message>
        <source>The system gave up because it could not reach the called person or get an answer in time.</source>
        <translation>El sistema desistió porque no pudo localizar a la persona llamada o no obtuvo respuesta a tiempo.</translation>
    </message>
    <message>
        <source>The system tried to reach the called person or device but got no answer within the allowed time, so it gave up. It can mean the called phone rang with nobody answering, that the called device is offline or unreachable, or that a server on the way did not respond. It is usually on the called side or in the network, not the caller's phone.</source>
        <translation>El sistema intentó localizar a la persona o al equipo llamado, pero no obtuvo respuesta dentro del tiempo permitido y desistió. Puede significar que el teléfono llamado sonó sin que nadie contestara, que el equipo llamado está desconectado o inaccesible, o que un servidor intermedio no respondió. Suele deberse al lado llamado o a la red, no al teléfono del llamante.</translation>
    </message>
    <message>
        <source>Sent when the server could not produce a response in time, for example because it could not locate the user; the client may retry later without changes (RFC 3261 §21.4.9). A client also reports 408 locally when its transaction timer (Timer B or F) fires with no response at all (RFC 3261 §8.1.3.1), so check whether a 408 actually arrived on the wire or was concluded locally. 480 means the callee is known but not available now (no answer, not registered), and 504 means a server timed out waiting for another server. RFC 3398 maps Q.850 cause 18 (No user responding) to 408, and 408 to cause 102 (Recovery on timer expiry).</source>
        <translation>Se envía cuando el servidor no pudo generar una respuesta a tiempo, por ejemplo porque no logró localizar al usuario; el cliente puede reintentar más tarde sin cambios (RFC 3261 §21.4.9). Un cliente también notifica 408 localmente cuando su temporizador de transacción (Timer B o F) vence sin ninguna respuesta (RFC 3261 §8.1.3.1), así que compruebe si el 408 llegó realmente por la red o se dedujo localmente. 480 significa que el llamado es conocido pero no está disponible ahora (no contesta, no está registrado) y 504, que un servidor agotó el tiempo esperando a otro servidor. RFC 3398 asigna la causa Q.850 18 (No responde el usuario) a 408, y 408 a la causa 102 (Recuperación al expirar el temporizador).</translation>
    </message>
    <message>
        <source>Nobody answered before the ring timeout of the PBX or provider
The called phone is offline while a stale registration is still used
The next hop does not respond because of a firewall, NAT or network loss
A far-end server is overloaded or slow
Replies go to an address the caller cannot receive on, a NAT problem</source>
        <translation>Nadie contestó antes de que venciera el tiempo de timbrado de la centralita o del proveedor
El teléfono llamado está desconectado, pero todavía se usa un registro obsoleto
El siguiente salto no responde por culpa de un firewall, del NAT o de pérdidas en la red
Un servidor remoto está sobrecargado o responde con lentitud
Las respuestas van a una dirección en la que el llamante no puede recibirlas, un problema de NAT</translation>
    </message>
    <message>
        <source>Check in the capture whether the 408 came from the far end or was generated locally
Check whether the called phone is online and its registration is current
Check firewall, NAT and SIP ALG settings on the path to the next hop
Compare the no-answer timer on the PBX or provider with the expected ring time
Try the call again; if it repeats, trace the hop that stops answering</source>
        <translation>Compruebe en la captura si el 408 llegó del extremo remoto o se generó localmente
Compruebe si el teléfono llamado está conectado y si su registro está vigente
Revise los ajustes de firewall, NAT y SIP ALG en el camino hacia el siguiente salto
Compare el temporizador de no respuesta de la centralita o del proveedor con el tiempo de timbrado previsto
Repita la llamada; si vuelve a ocurrir, localice el salto que deja de responder</translation>
    </message>
    <message>
        <source>timeout, nobody answers, no answer, timed out, no response, unreachable, ring no answer, request timeout</source>
        <translation>timeout, tiempo agotado, nadie contesta, no contesta, sin respuesta, se agotó el tiempo, inaccesible, suena y nadie contesta, tiempo de espera</translation>
    </message>
    <message>
        <source>The number or person you called used to be here but is no longer available at this address.</source>
        <translation>El número o la persona a la que llamó estaba antes en esta dirección, pero ya no está disponible en ella.</translation>
    </message>
    <message>
        <source>The system knows the called number or user existed once, but it has been removed and no new address is known. It usually means the number was disconnected, changed or moved away. It is about the called number, not the caller's phone.</source>
        <translation>El sistema sabe que el número o usuario llamado existió, pero se ha eliminado y no se conoce ninguna dirección nueva. Normalmente significa que el número se dio de baja, se cambió o se trasladó. Tiene que ver con el número llamado, no con el teléfono del llamante.</translation>
    </message>
    <message>
        <source>Sent when the requested resource is no longer available at the server and no forwarding address is known, a condition expected to be permanent (RFC 3261 §21.4.10). If the server does not know whether the loss is permanent it should send 404 instead, and when a new address is known a 3xx such as 301 is the right answer. RFC 3398 maps Q.850 causes 22 (Number changed) and 23 (Redirection to new destination) to 410, and 410 to cause 22.</source>
        <translation>Se envía cuando el recurso solicitado ya no está disponible en el servidor y no se conoce ninguna dirección de reenvío, una situación que se espera que sea permanente (RFC 3261 §21.4.10). Si el servidor no sabe si la pérdida es permanente, debe enviar 404, y cuando se conoce una dirección nueva la respuesta adecuada es un 3xx como 301. RFC 3398 asigna las causas Q.850 22 (Número cambiado) y 23 (Redirección a un nuevo destino) a 410, y 410 a la causa 22.</translation>
    </message>
    <message>
        <source>The number was disconnected or cancelled
The user moved to another provider or address without forwarding
The extension was deleted from the PBX
A ported-out number the old network still answers for</source>
        <translation>El número se dio de baja o se canceló
El usuario se fue a otro proveedor o dirección sin dejar desvío
La extensión se eliminó de la centralita
Un número portado a otro operador por el que la red antigua sigue respondiendo</translation>
    </message>
    <message>
        <source>Tell the caller the number is no longer in service at this address
Look for a new number or contact address
Update contacts, speed dials and routing tables that use the old number
If the number should exist, ask the terminating provider to check its status</source>
        <translation>Indique al llamante que el número ya no está en servicio en esta dirección
Busque un número o una dirección de contacto nuevos
Actualice los contactos, las marcaciones rápidas y las tablas de enrutamiento que usan el número antiguo
Si el número debería existir, pida al proveedor de destino que compruebe su estado</translation>
    </message>
    <message>
        <source>number changed, number no longer in use, disconnected, gone, moved, number does not exist, no longer in service, deleted</source>
        <translation>número cambiado, el número ya no se usa, dado de baja, ya no existe, se mudó, el número no existe, fuera de servicio, número eliminado, cambió de número</translation>
    </message>
    <message>
        <source>Your phone or app tried to update its status, but the server no longer had the earlier version it referred to.</source>
        <translation>Su teléfono o aplicación intentó actualizar su estado, pero el servidor ya no tenía la versión anterior a la que hacía referencia.</translation>
    </message>
    <message>
        <source>This is not about calls: it concerns status information such as presence (available, busy, away) that a device publishes to a server. The device tried to update a status entry that the server had already dropped, usually because it expired. The device normally fixes this by itself by publishing its status again from scratch.</source>
        <translation>No afecta a las llamadas: tiene que ver con la información de estado, como la presencia (disponible, ocupado, ausente), que un equipo publica en un servidor. El equipo intentó actualizar una entrada de estado que el servidor ya había descartado, normalmente porque había caducado. Por lo general, el equipo lo resuelve solo volviendo a publicar su estado desde cero.</translation>
    </message>
    <message>
        <source>Defined by RFC 3903 §11.2.1 for PUBLISH: the event state compositor returns 412 when the entity-tag in the SIP-If-Match header matches no publication it holds, usually because the publication expired or the server restarted. The publisher should then send a fresh initial PUBLISH without SIP-If-Match and use the SIP-ETag of its 2xx for later refreshes, changes and removal. Some stacks print the HTTP-style phrase Precondition Failed for this code.</source>
        <translation>Definida en RFC 3903 §11.2.1 para PUBLISH: el compositor de estado de eventos devuelve 412 cuando la etiqueta de entidad de la cabecera SIP-If-Match no coincide con ninguna publicación que tenga, normalmente porque la publicación caducó o el servidor se reinició. El publicador debe enviar entonces un PUBLISH inicial nuevo sin SIP-If-Match y usar la SIP-ETag de su 2xx para las renovaciones, los cambios y la eliminación posteriores. Algunas pilas SIP muestran para este código la frase de estilo HTTP Precondition Failed.</translation>
    </message>
    <message>
        <source>The publication expired before the device refreshed it
The presence server restarted and lost its stored publications
The device reused an old entity-tag after a network change or reboot
A load balancer sent the refresh to a different server node</source>
        <translation>La publicación caducó antes de que el equipo la renovara
El servidor de presencia se reinició y perdió las publicaciones almacenadas
El equipo reutilizó una etiqueta de entidad antigua tras un cambio de red o un reinicio
Un balanceador de carga envió la renovación a otro nodo del servidor</translation>
    </message>
    <message>
        <source>Check that the device follows up with a new PUBLISH without SIP-If-Match
Compare the publication Expires value with the refresh interval of the device
Check whether the presence server restarted or failed over
Make sure refreshes reach the same server node</source>
        <translation>Compruebe que el equipo envía a continuación un PUBLISH nuevo sin SIP-If-Match
Compare el valor Expires de la publicación con el intervalo de renovación del equipo
Compruebe si el servidor de presencia se reinició o pasó a un nodo de respaldo
Asegúrese de que las renovaciones llegan al mismo nodo del servidor</translation>
    </message>
    <message>
        <source>presence, status not updating, publish failed, busy lamp, blf, availability, conditional request failed, precondition failed</source>
        <translation>presencia, el estado no se actualiza, error de publicación, piloto de ocupado, blf, disponibilidad, solicitud condicional fallida, precondición fallida</translation>
    </message>
    <message>
        <source>The message your phone or system sent was too big for the receiving server to accept.</source>
        <translation>El mensaje que envió su teléfono o sistema era demasiado grande para que el servidor receptor lo aceptara.</translation>
    </message>
    <message>
        <source>The request carried more data than the receiving server is willing to handle, for example a very long list of audio formats or a large text message. It comes from a limit on the receiving side combined with a large message from the sender, not from the called person. It is usually fixed by configuration on one of the two systems.</source>
        <translation>La solicitud llevaba más datos de los que el servidor receptor está dispuesto a procesar, por ejemplo una lista muy larga de formatos de audio o un mensaje de texto extenso. Se debe a un límite en el lado receptor combinado con un mensaje grande del remitente, no a la persona llamada. Normalmente se resuelve con un cambio de configuración en uno de los dos sistemas.</translation>
    </message>
    <message>
        <source>Sent when the request body is larger than the server is willing or able to process (RFC 3261 §21.4.11); the server may close the connection to stop the client from continuing. If the condition is temporary the response may carry Retry-After to say when the client may try again. It is a 4xx about the body, whereas 513 Message Too Large is a 5xx about the whole message being more than the server can handle. RFC 3398 maps it to Q.850 cause 127 (Interworking, unspecified).</source>
        <translation>Se envía cuando el cuerpo de la solicitud es más grande de lo que el servidor quiere o puede procesar (RFC 3261 §21.4.11); el servidor puede cerrar la conexión para impedir que el cliente continúe. Si la situación es temporal, la respuesta puede llevar Retry-After para indicar cuándo puede reintentar el cliente. Es un 4xx sobre el cuerpo, mientras que 513 Message Too Large es un 5xx que indica que el mensaje completo supera lo que el servidor puede procesar. RFC 3398 la asigna a la causa Q.850 127 (Interfuncionamiento, sin especificar).</translation>
    </message>
    <message>
        <source>SDP offering a long list of codecs, ICE candidates or crypto lines
A large MESSAGE or INFO body
Multipart bodies with extra parts such as location or ISUP data
A server or SBC with a low body size limit</source>
        <translation>SDP que ofrece una lista larga de códecs, candidatos ICE o líneas crypto
Un cuerpo MESSAGE o INFO de gran tamaño
Cuerpos multiparte con partes adicionales, como datos de ubicación o ISUP
Un servidor o SBC con un límite bajo de tamaño del cuerpo</translation>
    </message>
    <message>
        <source>Check for Retry-After in the response if the limit is temporary
Reduce the number of codecs, ICE candidates or crypto suites offered
Raise the body size limit on the receiving server or SBC if allowed
Send large messages over TCP or TLS and check that the server accepts them</source>
        <translation>Busque Retry-After en la respuesta si el límite es temporal
Reduzca el número de códecs, candidatos ICE o suites de cifrado ofrecidos
Aumente el límite de tamaño del cuerpo en el servidor receptor o el SBC si está permitido
Envíe los mensajes grandes por TCP o TLS y compruebe que el servidor los acepta</translation>
    </message>
    <message>
        <source>message too large, too big, body too large, sdp too large, size limit, request entity too large, large message</source>
        <translation>mensaje demasiado grande, demasiado grande, cuerpo demasiado grande, sdp demasiado grande, límite de tamaño, entidad de solicitud demasiado grande, mensaje grande</translation>
    </message>
    <message>
        <source>The address your phone or system called was too long for the receiving server to handle.</source>
        <translation>La dirección a la que llamó su teléfono o sistema era demasiado larga para que el servidor receptor pudiera procesarla.</translation>
    </message>
    <message>
        <source>The destination address sent with the call or request was longer than the receiving server accepts. This usually comes from a device or dial plan that adds too many parameters or digits to the address. It is a configuration issue between systems, not something the called person did.</source>
        <translation>La dirección de destino enviada con la llamada o la solicitud era más larga de lo que acepta el servidor receptor. Normalmente se debe a un equipo o un plan de marcación que añade demasiados parámetros o dígitos a la dirección. Es un problema de configuración entre sistemas, no algo que haya hecho la persona llamada.</translation>
    </message>
    <message>
        <source>Sent when the Request-URI is longer than the server is willing to interpret (RFC 3261 §21.4.12). Long URIs usually come from many URI parameters, embedded headers, or long tokens appended by an SBC, B2BUA or application server. RFC 3398 maps it to Q.850 cause 127 (Interworking, unspecified).</source>
        <translation>Se envía cuando el Request-URI es más larga de lo que el servidor está dispuesto a interpretar (RFC 3261 §21.4.12). Los URI largos suelen deberse a muchos parámetros de URI, a cabeceras incrustadas o a tokens largos añadidos por un SBC, un B2BUA o un servidor de aplicaciones. RFC 3398 la asigna a la causa Q.850 127 (Interfuncionamiento, sin especificar).</translation>
    </message>
    <message>
        <source>A dial plan that appends long prefixes, tags or parameters to the number
An SBC or application server that encodes routing data into the Request-URI
Embedded header parameters in the URI from click-to-call or transfer links
A loop that adds parameters on every pass</source>
        <translation>Un plan de marcación que añade al número prefijos, etiquetas o parámetros largos
Un SBC o servidor de aplicaciones que codifica datos de enrutamiento en el Request-URI
Parámetros de cabecera incrustados en el URI procedentes de enlaces de clic para llamar o de transferencia
Un bucle que añade parámetros en cada pasada</translation>
    </message>
    <message>
        <source>Capture the request and check the length and content of the Request-URI
Remove unneeded URI parameters in the dial plan or SBC rules
Check for routing loops that add parameters each time
Raise the URI length limit on the receiving server if possible</source>
        <translation>Capture la solicitud y revise la longitud y el contenido del Request-URI
Elimine los parámetros de URI innecesarios en el plan de marcación o en las reglas del SBC
Busque bucles de enrutamiento que añadan parámetros en cada pasada
Aumente el límite de longitud de URI en el servidor receptor si es posible</translation>
    </message>
    <message>
        <source>uri too long, address too long, number too long, request uri, long number, dial string</source>
        <translation>uri demasiado larga, dirección demasiado larga, número demasiado largo, request uri, número largo, cadena de marcación</translation>
    </message>
    <message>
        <source>Your phone or system sent content in a format the other side cannot read.</source>
        <translation>Su teléfono o sistema envió contenido en un formato que el otro lado no puede leer.</translation>
    </message>
    <message>
        <source>The request carried content, such as a text message, a keypad signal or a call description, in a format the receiving system does not understand. It is a compatibility issue between the two devices or systems. It can affect features such as text messages or keypad tones, and sometimes calls themselves.</source>
        <translation>La solicitud llevaba contenido, como un mensaje de texto, una señal del teclado o una descripción de la llamada, en un formato que el sistema receptor no entiende. Es un problema de compatibilidad entre los dos equipos o sistemas. Puede afectar a funciones como los mensajes de texto o los tonos del teclado, y a veces a las propias llamadas.</translation>
    </message>
    <message>
        <source>Sent when the request body is in a format the server does not support for this method (RFC 3261 §21.4.13). The response must list what is acceptable in Accept, Accept-Encoding and Accept-Language headers, depending on whether the content type, the encoding or the language was the problem, and the client should retry using one of those. It differs from 488 Not Acceptable Here, where the SDP is understood but the offered session cannot be accepted, and from 406, which is about the format of the response. RFC 3398 maps it to Q.850 cause 79 (Service or option not implemented, unspecified).</source>
        <translation>Se envía cuando el cuerpo de la solicitud está en un formato que el servidor no admite para este método (RFC 3261 §21.4.13). La respuesta debe indicar lo que es aceptable en las cabeceras Accept, Accept-Encoding y Accept-Language, según el problema sea el tipo de contenido, la codificación o el idioma, y el cliente debe reintentar usando uno de ellos. Se diferencia de 488 Not Acceptable Here, en la que el SDP se entiende pero la sesión ofrecida no se puede aceptar, y de 406, que se refiere al formato de la respuesta. RFC 3398 la asigna a la causa Q.850 79 (Servicio u opción no implementado, sin especificar).</translation>
    </message>
    <message>
        <source>INFO with a DTMF body type the receiver does not support, such as application/dtmf-relay
MESSAGE with a content type the server does not handle
A compressed body (Content-Encoding gzip) the receiver cannot decode
A multipart body where only plain SDP is accepted
A body sent with a method that does not expect one of that type</source>
        <translation>INFO con un tipo de cuerpo DTMF que el receptor no admite, como application/dtmf-relay
MESSAGE con un tipo de contenido que el servidor no procesa
Un cuerpo comprimido (Content-Encoding gzip) que el receptor no puede descodificar
Un cuerpo multiparte donde solo se acepta SDP simple
Un cuerpo enviado con un método que no espera un cuerpo de ese tipo</translation>
    </message>
    <message>
        <source>Read the Accept, Accept-Encoding and Accept-Language headers in the response
Switch DTMF to RFC 4733 telephone-event if INFO bodies are refused
Change the content type or disable body compression on the sender
Make both ends agree on the message or DTMF format</source>
        <translation>Lea las cabeceras Accept, Accept-Encoding y Accept-Language de la respuesta
Cambie el DTMF a telephone-event de RFC 4733 si se rechazan los cuerpos INFO
Cambie el tipo de contenido o desactive la compresión del cuerpo en el remitente
Haga que ambos extremos usen el mismo formato de mensajes o de DTMF</translation>
    </message>
    <message>
        <source>unsupported media type, format not supported, content type, dtmf not working, message failed, sms failed, incompatible, accept header</source>
        <translation>tipo de medio no admitido, formato no admitido, tipo de contenido, dtmf no funciona, las teclas no funcionan, error al enviar mensaje, sms fallido, incompatible, cabecera accept</translation>
    </message>
    <message>
        <source>The address was in a form the receiving system does not handle.</source>
        <translation>La dirección tenía una forma que el sistema receptor no admite.</translation>
    </message>
    <message>
        <source>The destination address used a type of address the server does not understand, for example a telephone-number address where it expects a SIP address. It is a configuration issue in the caller's device, dial plan or a server on the way. The called person is not involved.</source>
        <translation>La dirección de destino usaba un tipo de dirección que el servidor no entiende, por ejemplo una dirección de número telefónico donde espera una dirección SIP. Es un problema de configuración en el equipo del llamante, en el plan de marcación o en un servidor intermedio. La persona llamada no tiene nada que ver.</translation>
    </message>
    <message>
        <source>Sent when the scheme of the Request-URI is unknown to the server (RFC 3261 §21.4.14). Typical triggers are tel: URIs sent to a server that only handles sip:, sips: sent to equipment without support for it, or non-SIP schemes such as im:, pres:, urn: or http:. The client should retry with a scheme the server supports, normally sip:. RFC 3398 maps it to Q.850 cause 127 (Interworking, unspecified).</source>
        <translation>Se envía cuando el servidor no conoce el esquema del Request-URI (RFC 3261 §21.4.14). Los desencadenantes típicos son URI tel: enviadas a un servidor que solo gestiona sip:, sips: enviadas a equipos que no lo admiten, o esquemas no SIP como im:, pres:, urn: o http:. El cliente debe reintentar con un esquema que el servidor admita, normalmente sip:. RFC 3398 la asigna a la causa Q.850 127 (Interfuncionamiento, sin especificar).</translation>
    </message>
    <message>
        <source>A tel: URI sent to a server that only accepts sip: addresses
A sips: address sent to equipment that does not support it
A click-to-call or directory entry with an http:, mailto: or other non-SIP link
A urn: address, such as an emergency service URN, sent to a server that does not handle it
A mistyped scheme in a device or trunk setting</source>
        <translation>Un URI tel: enviada a un servidor que solo acepta direcciones sip:
Una dirección sips: enviada a un equipo que no la admite
Una entrada de directorio o de clic para llamar con un enlace http:, mailto: u otro no SIP
Una dirección urn:, como la URN de un servicio de emergencia, enviada a un servidor que no la gestiona
Un esquema mal escrito en un ajuste del equipo o de la troncal</translation>
    </message>
    <message>
        <source>Check the scheme at the start of the Request-URI in the capture
Configure the device or dial plan to send sip: addresses
Convert tel: numbers to sip: addresses at the PBX or SBC
Fix the directory or click-to-call entry that produced the address</source>
        <translation>Revise en la captura el esquema al principio del Request-URI
Configure el equipo o el plan de marcación para que envíe direcciones sip:
Convierta los números tel: en direcciones sip: en la centralita o el SBC
Corrija la entrada de directorio o de clic para llamar que generó la dirección</translation>
    </message>
    <message>
        <source>unsupported uri scheme, invalid address, tel uri, sips, address format, dial string, wrong address format</source>
        <translation>esquema de uri no admitido, dirección no válida, uri tel, sips, formato de dirección, cadena de marcación, formato de dirección incorrecto</translation>
    </message>
    <message>
        <source>The call was marked as a priority call, but the receiving system does not recognise that priority marking.</source>
        <translation>La llamada estaba marcada como prioritaria, pero el sistema receptor no reconoce esa marca de prioridad.</translation>
    </message>
    <message>
        <source>Some networks, such as government, military or emergency-service networks, let calls carry a priority level. This call carried such a marking and insisted that it be honoured, but the receiving system does not know it. It concerns how the caller's system or network marks calls, not the called person.</source>
        <translation>Algunas redes, como las gubernamentales, militares o de servicios de emergencia, permiten que las llamadas lleven un nivel de prioridad. Esta llamada llevaba una marca de ese tipo y exigía que se respetara, pero el sistema receptor no la conoce. Tiene que ver con cómo marca las llamadas el sistema o la red del llamante, no con la persona llamada.</translation>
    </message>
    <message>
        <source>Defined by RFC 4412 §4.6.2: an element returns it when the request carries Require: resource-priority and it understands none of the namespace and priority values in the Resource-Priority header. The response should carry Accept-Resource-Priority listing the values it does support, so the client can retry with one of them. Without the resource-priority option tag in Require, unknown values are normally ignored rather than rejected; an element that does not support the extension at all answers 420, and a caller not authorised for a known priority gets 403.</source>
        <translation>Definida en RFC 4412 §4.6.2: un elemento la devuelve cuando la solicitud lleva Require: resource-priority y no entiende ninguno de los valores de espacio de nombres y prioridad de la cabecera Resource-Priority. La respuesta debe llevar Accept-Resource-Priority con los valores que sí admite, para que el cliente pueda reintentar con uno de ellos. Sin la etiqueta de opción resource-priority en Require, los valores desconocidos normalmente se ignoran en lugar de rechazarse; un elemento que no admite la extensión en absoluto responde 420, y un llamante no autorizado para una prioridad conocida recibe 403.</translation>
    </message>
    <message>
        <source>A namespace the receiver does not support, such as ets, wps, dsn or a private one
A priority value outside the range configured on the receiver
A gateway or SBC in strict mode that rejects unknown priority values
Different priority configurations between interconnected networks</source>
        <translation>Un espacio de nombres que el receptor no admite, como ets, wps, dsn o uno privado
Un valor de prioridad fuera del rango configurado en el receptor
Una pasarela o un SBC en modo estricto que rechaza los valores de prioridad desconocidos
Configuraciones de prioridad distintas entre redes interconectadas</translation>
    </message>
    <message>
        <source>Read Accept-Resource-Priority in the response for the supported values
Map the Resource-Priority header to a namespace the next network accepts
Remove Require: resource-priority if priority handling is optional
Align the priority namespaces configured on both sides of the interconnect</source>
        <translation>Lea Accept-Resource-Priority en la respuesta para conocer los valores admitidos
Traduzca la cabecera Resource-Priority a un espacio de nombres que acepte la siguiente red
Elimine Require: resource-priority si la gestión de prioridades es opcional
Armonice los espacios de nombres de prioridad configurados a ambos lados de la interconexión</translation>
    </message>
    <message>
        <source>priority call, resource priority, emergency priority, gets, wps, mlpp, preemption, government priority</source>
        <translation>llamada prioritaria, prioridad de recursos, prioridad de emergencia, gets, wps, mlpp, preferencia, prioridad gubernamental</translation>
    </message>
    <message>
        <source>Your phone or system insisted on a feature that the other side does not support.</source>
        <translation>Su teléfono o sistema exigió una función que el otro lado no admite.</translation>
    </message>
    <message>
        <source>The caller's device or phone system required a particular protocol feature, and a system on the way does not support it, so the request was refused. It is a compatibility problem between pieces of equipment, often fixed by turning an option off. Neither person did anything wrong.</source>
        <translation>El equipo o la centralita del llamante exigió una función concreta del protocolo, y un sistema intermedio no la admite, así que la solicitud se rechazó. Es un problema de compatibilidad entre equipos que a menudo se resuelve desactivando una opción. Ninguna de las dos personas hizo nada mal.</translation>
    </message>
    <message>
        <source>Sent when the server does not understand an option tag listed in the Proxy-Require or Require header (RFC 3261 §21.4.15). The response must list the tags it does not support in an Unsupported header, and the client may retry without them. It is the mirror of 421, where the server needs an extension the client did not offer. RFC 3398 maps it to Q.850 cause 127 (Interworking, unspecified).</source>
        <translation>Se envía cuando el servidor no entiende una etiqueta de opción indicada en la cabecera Proxy-Require o Require (RFC 3261 §21.4.15). La respuesta debe enumerar las etiquetas que no admite en una cabecera Unsupported, y el cliente puede reintentar sin ellas. Es el caso inverso de 421, en la que el servidor necesita una extensión que el cliente no ofreció. RFC 3398 la asigna a la causa Q.850 127 (Interfuncionamiento, sin especificar).</translation>
    </message>
    <message>
        <source>Require: 100rel sent to a device without reliable provisional responses (PRACK)
Require: timer sent to equipment without session timer support
Proxy-Require with a tag the proxy does not know, such as sec-agree
Require: replaces or another call-control feature the far end lacks
A phone or PBX set to require an extension instead of only supporting it</source>
        <translation>Require: 100rel enviado a un equipo sin respuestas provisionales fiables (PRACK)
Require: timer enviado a un equipo que no admite temporizadores de sesión
Proxy-Require con una etiqueta que el proxy no conoce, como sec-agree
Require: replaces u otra función de control de llamadas de la que carece el extremo remoto
Un teléfono o una centralita configurados para exigir una extensión en lugar de solo admitirla</translation>
    </message>
    <message>
        <source>Read the Unsupported header to see which option tag was refused
Change the device setting from required to supported for that feature, such as 100rel or session timers
Check the Require and Proxy-Require headers in the request
Update the firmware of the side that lacks the extension</source>
        <translation>Lea la cabecera Unsupported para ver qué etiqueta de opción se rechazó
Cambie en el equipo el ajuste de esa función, como 100rel o los temporizadores de sesión, de obligatorio a admitido
Revise las cabeceras Require y Proxy-Require de la solicitud
Actualice el firmware del lado al que le falta la extensión</translation>
    </message>
    <message>
        <source>bad extension, unsupported feature, not supported, incompatible, 100rel, prack, session timer, require header, unsupported</source>
        <translation>extensión incorrecta, función no admitida, no admitido, incompatible, 100rel, prack, temporizador de sesión, session timer, cabecera require, unsupported</translation>
    </message>
    <message>
        <source>The other side needs a feature that your phone or system did not offer.</source>
        <translation>El otro lado necesita una función que su teléfono o sistema no ofreció.</translation>
    </message>
    <message>
        <source>The receiving system will only handle this request if the caller's device supports a particular protocol feature, and the device did not say that it does. It is a compatibility problem between the caller's equipment and the other side. Enabling the feature on the caller's device or trunk usually fixes it.</source>
        <translation>El sistema receptor solo procesará esta solicitud si el equipo del llamante admite una función concreta del protocolo, y el equipo no indicó que la admite. Es un problema de compatibilidad entre el equipo del llamante y el otro lado. Normalmente se resuelve activando la función en el equipo o la troncal del llamante.</translation>
    </message>
    <message>
        <source>Sent by a user agent server that needs a particular extension to process the request when that extension is not listed in the Supported header of the request (RFC 3261 §21.4.16). The response must carry a Require header naming the needed extension, and the client can retry once it supports it. Servers should use it only when the service really cannot work otherwise; compare 420, where the server is the one lacking support. RFC 3398 maps it to Q.850 cause 127 (Interworking, unspecified).</source>
        <translation>La envía un servidor de agente de usuario que necesita una extensión concreta para procesar la solicitud cuando esa extensión no figura en la cabecera Supported de la solicitud (RFC 3261 §21.4.16). La respuesta debe llevar una cabecera Require con la extensión necesaria, y el cliente puede reintentar cuando la admita. Los servidores solo deberían usarla cuando el servicio realmente no puede funcionar de otro modo; compárela con 420, en la que es el servidor el que carece de soporte. RFC 3398 la asigna a la causa Q.850 127 (Interfuncionamiento, sin especificar).</translation>
    </message>
    <message>
        <source>A gateway or carrier that requires 100rel (PRACK) for early media
A server that requires session timers and the client did not list timer
A PBX or SBC that requires replaces, path, outbound or gruu
The feature disabled on the phone or trunk, so it is missing from Supported</source>
        <translation>Una pasarela o un operador que exige 100rel (PRACK) para el early media
Un servidor que exige temporizadores de sesión cuando el cliente no incluyó timer
Una centralita o un SBC que exige replaces, path, outbound o gruu
La función está desactivada en el teléfono o la troncal, por lo que falta en Supported</translation>
    </message>
    <message>
        <source>Read the Require header in the response to see which extension is needed
Enable that extension, such as 100rel or session timers, on the phone, PBX or trunk
Check the Supported header of the original request
Ask the provider whether the requirement can be relaxed</source>
        <translation>Lea la cabecera Require de la respuesta para ver qué extensión se necesita
Active esa extensión, como 100rel o los temporizadores de sesión, en el teléfono, la centralita o la troncal
Revise la cabecera Supported de la solicitud original
Pregunte al proveedor si se puede flexibilizar el requisito</translation>
    </message>
    <message>
        <source>extension required, feature required, prack, 100rel, session timer, require header, incompatible, not supported</source>
        <translation>extensión requerida, función requerida, prack, 100rel, temporizador de sesión, cabecera require, incompatible, no admitido</translation>
    </message>
    <message>
        <source>The call was refused because your system wanted to check that the call is still alive more often than the other side allows.</source>
        <translation>La llamada se rechazó porque su sistema quería comprobar que la llamada sigue activa con más frecuencia de la que permite el otro lado.</translation>
    </message>
    <message>
        <source>During a call, systems can check every so often that the call is still active. The caller's system asked for these checks more often than the other side accepts, so the request was refused. The caller's system normally retries by itself with a longer interval; if the call fails anyway, a setting on one of the systems needs adjusting.</source>
        <translation>Durante una llamada, los sistemas pueden comprobar cada cierto tiempo que la llamada sigue activa. El sistema del llamante pidió hacer estas comprobaciones con más frecuencia de la que acepta el otro lado, así que la solicitud se rechazó. Normalmente el sistema del llamante reintenta por sí solo con un intervalo más largo; si aun así la llamada falla, hay que ajustar un parámetro en uno de los sistemas.</translation>
    </message>
    <message>
        <source>Defined by RFC 4028 §6 (session timers): a proxy or UAS returns it when the Session-Expires value in an INVITE or UPDATE is below the minimum it accepts. The response must carry a Min-SE header with that minimum, and the client should retry with a Session-Expires at least that large and a Min-SE set to it. It is only used when the client indicated support for timer; otherwise the element raises the value itself instead of rejecting. RFC 4028 does not allow a minimum below 90 seconds, and some equipment prints the phrase Session Timer Too Small for this code.</source>
        <translation>Definida en RFC 4028 §6 (temporizadores de sesión): un proxy o un UAS la devuelve cuando el valor de Session-Expires de un INVITE o UPDATE es inferior al mínimo que acepta. La respuesta debe llevar una cabecera Min-SE con ese mínimo, y el cliente debe reintentar con un Session-Expires al menos igual de grande y un Min-SE con ese valor. Solo se usa cuando el cliente indicó que admite timer; de lo contrario, el elemento aumenta el valor por su cuenta en lugar de rechazarlo. RFC 4028 no permite un mínimo inferior a 90 segundos, y algunos equipos muestran para este código la frase Session Timer Too Small.</translation>
    </message>
    <message>
        <source>Session-Expires set below the carrier or PBX minimum
Different session timer minimums on the two sides of a trunk
A client that ignores Min-SE and retries with the same interval
An SBC that rewrites Session-Expires to a low value</source>
        <translation>Session-Expires configurado por debajo del mínimo del operador o de la centralita
Mínimos de temporizador de sesión distintos a cada lado de una troncal
Un cliente que ignora Min-SE y reintenta con el mismo intervalo
Un SBC que reescribe Session-Expires con un valor bajo</translation>
    </message>
    <message>
        <source>Read the Min-SE header in the response
Raise the session timer setting on the device or trunk, for example to 1800 seconds
Check that the client retries with the larger value after the 422
Align the session timer settings on both sides of the SBC</source>
        <translation>Lea la cabecera Min-SE de la respuesta
Aumente el temporizador de sesión en el equipo o la troncal, por ejemplo a 1800 segundos
Compruebe que el cliente reintenta con el valor mayor después del 422
Armonice los temporizadores de sesión a ambos lados del SBC</translation>
    </message>
    <message>
        <source>session timer, session interval too small, min-se, session expires, call setup fails, re-invite, keepalive, timer</source>
        <translation>temporizador de sesión, session timer, intervalo de sesión demasiado corto, min-se, session expires, falla el establecimiento de la llamada, re-invite, keepalive, temporizador</translation>
    </message>
    <message>
        <source>Your phone asked to stay signed in for a shorter time than the server allows.</source>
        <translation>Su teléfono pidió permanecer registrado durante menos tiempo del que permite el servidor.</translation>
    </message>
    <message>
        <source>When a phone signs in to the phone system, it says how long the sign-in should last before it is renewed. The phone asked for a shorter time than the server accepts, so the sign-in was refused. The phone normally retries with the longer time by itself; if not, the registration interval on the caller's device needs to be raised.</source>
        <translation>Cuando un teléfono se registra en la centralita, indica cuánto tiempo debe durar el registro antes de renovarlo. El teléfono pidió un tiempo más corto del que acepta el servidor, así que el registro se rechazó. Normalmente el teléfono reintenta por sí solo con el tiempo más largo; si no lo hace, hay que aumentar el intervalo de registro en el equipo del llamante.</translation>
    </message>
    <message>
        <source>Sent by a registrar or notifier when the expiration requested in the Expires header or the Contact expires parameter is shorter than it allows (RFC 3261 §21.4.17, registrar processing in RFC 3261 §10.3). The response must carry a Min-Expires header with the smallest interval it accepts, and the client should retry with at least that value. It applies to REGISTER and also to SUBSCRIBE (RFC 6665); an expiry of zero, which removes a binding, is never rejected this way. RFC 3398 maps it to Q.850 cause 127 (Interworking, unspecified).</source>
        <translation>La envía un registrador o un notificador cuando la caducidad solicitada en la cabecera Expires o en el parámetro expires de Contact es más corta de lo que permite (RFC 3261 §21.4.17; procesamiento del registrador en RFC 3261 §10.3). La respuesta debe llevar una cabecera Min-Expires con el intervalo mínimo que acepta, y el cliente debe reintentar con al menos ese valor. Se aplica a REGISTER y también a SUBSCRIBE (RFC 6665); una caducidad de cero, que elimina un vínculo de registro (binding), nunca se rechaza de esta forma. RFC 3398 la asigna a la causa Q.850 127 (Interfuncionamiento, sin especificar).</translation>
    </message>
    <message>
        <source>A short registration interval set on the phone to keep NAT open, such as 30 or 60 seconds
The provider raised its minimum without updating the devices
SUBSCRIBE with a very short Expires for presence or voicemail notification
A device that ignores Min-Expires and keeps retrying</source>
        <translation>Un intervalo de registro corto configurado en el teléfono para mantener abierto el NAT, como 30 o 60 segundos
El proveedor aumentó su mínimo sin actualizar los equipos
SUBSCRIBE con un Expires muy corto para la presencia o los avisos de buzón de voz
Un equipo que ignora Min-Expires y sigue reintentando</translation>
    </message>
    <message>
        <source>Read the Min-Expires header in the response
Set the registration or subscription expiry on the device to at least that value
Use keepalives (CRLF, OPTIONS or STUN) instead of very short registrations to keep NAT open
Update the firmware if the device does not retry with Min-Expires</source>
        <translation>Lea la cabecera Min-Expires de la respuesta
Configure en el equipo una caducidad de registro o de suscripción de al menos ese valor
Use keepalives (CRLF, OPTIONS o STUN) en lugar de registros muy cortos para mantener abierto el NAT
Actualice el firmware si el equipo no reintenta con Min-Expires</translation>
    </message>
    <message>
        <source>interval too brief, registration failed, cannot register, expires too short, min-expires, registration interval, re-register, subscription failed</source>
        <translation>intervalo demasiado breve, error de registro, no se registra, expires demasiado corto, min-expires, intervalo de registro, volver a registrar, error de suscripción</translation>
    </message>
    <message>
        <source>The location sent with the call could not be used by the receiving system.</source>
        <translation>El sistema receptor no pudo usar la ubicación enviada con la llamada.</translation>
    </message>
    <message>
        <source>Some calls, mainly emergency calls, carry the caller's location so they can be routed to the right answering centre. The receiving system could not read or use the location that was sent, or was not allowed to use it. It points at how the caller's phone, PBX or network supplies location, not at the person being called.</source>
        <translation>Algunas llamadas, sobre todo las de emergencia, llevan la ubicación del llamante para poder encaminarlas al centro de atención adecuado. El sistema receptor no pudo leer ni usar la ubicación enviada, o no tenía permiso para usarla. Apunta a cómo el teléfono, la centralita o la red del llamante proporciona la ubicación, no a la persona llamada.</translation>
    </message>
    <message>
        <source>Defined by RFC 6442 §4.3: a recipient returns it when the location conveyed with the Geolocation header, by value in a PIDF-LO body or by reference, is malformed, cannot be dereferenced or is not usable for its purpose. The response should include a Geolocation-Error header (RFC 6442 §4.4) with a code such as 100 Cannot Process Location, 200 to 202 for permission problems, or 300 Dereference Failure. The client can correct the location or its permissions and retry. It matters mostly for emergency calling, where location drives routing to the right answering point.</source>
        <translation>Definida en RFC 6442 §4.3: un destinatario la devuelve cuando la ubicación transmitida con la cabecera Geolocation, por valor en un cuerpo PIDF-LO o por referencia, está mal formada, no se puede desreferenciar o no sirve para su finalidad. La respuesta debe incluir una cabecera Geolocation-Error (RFC 6442 §4.4) con un código como 100 Cannot Process Location, de 200 a 202 para problemas de permisos, o 300 Dereference Failure. El cliente puede corregir la ubicación o sus permisos y reintentar. Importa sobre todo en las llamadas de emergencia, donde la ubicación determina el encaminamiento al centro de atención adecuado.</translation>
    </message>
    <message>
        <source>A malformed or incomplete PIDF-LO location body
A location reference (URI) the recipient cannot fetch
Location privacy or routing rules that do not allow the recipient to use the location
A missing or outdated civic address or coordinates on the PBX or location server
An SBC or gateway that strips or damages the location body</source>
        <translation>Un cuerpo de ubicación PIDF-LO mal formado o incompleto
Una referencia de ubicación (URI) que el destinatario no puede obtener
Reglas de privacidad o de encaminamiento de la ubicación que no permiten al destinatario usarla
Una dirección postal o unas coordenadas ausentes o desactualizadas en la centralita o en el servidor de ubicación
Un SBC o una pasarela que elimina o daña el cuerpo de ubicación</translation>
    </message>
    <message>
        <source>Read the Geolocation-Error header for the specific error code
Check the location configured for the caller, such as the civic address on the PBX or location server
Check that location references can be reached by the recipient
Check the location privacy and routing permissions
Test emergency location delivery with the provider's test number</source>
        <translation>Lea la cabecera Geolocation-Error para conocer el código de error concreto
Revise la ubicación configurada para el llamante, como la dirección postal en la centralita o en el servidor de ubicación
Compruebe que el destinatario puede acceder a las referencias de ubicación
Revise los permisos de privacidad y de encaminamiento de la ubicación
Pruebe el envío de la ubicación de emergencia con el número de prueba del proveedor</translation>
    </message>
    <message>
        <source>location, emergency call, 911, 112, e911, geolocation, bad location, emergency address, pidf-lo, address</source>
        <translation>ubicación, llamada de emergencia, 911, 112, e911, geolocalización, ubicación incorrecta, dirección de emergencia, pidf-lo, dirección</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>inscrito en el registro de IANA</translation>
    </message>
    <message>
        <source>not registered (seen on the wire)</source>
        <translation>fuera del registro IANA (visto en la red)</translation>
    </message>
    <message>
        <source>not registered (local status, never sent on the wire)</source>
        <translation>fuera del registro IANA (estado local, nunca se envía por la red)</translation>
    </message>
    <message>
        <source>not registered (protocol analyser label)</source>
        <translation>fuera del registro IANA (etiqueta de analizador de protocolos)</translation>
    </message>
    <message>
        <source>not registered (read as its class)</source>
        <translation>fuera del registro IANA (interpretado según su clase)</translation>
    </message>
    <message>
        <source>No code given: enter a SIP response code such as 486.</source>
        <translation>No se indicó ningún código: introduzca un código de respuesta SIP, por ejemplo 486.</translation>
    </message>
    <message>
        <source>"%1" is not a number: a SIP response code has three digits, such as 486.</source>
        <translation>«%1» no es un número: un código de respuesta SIP tiene tres dígitos, por ejemplo 486.</translation>
    </message>
    <message>
        <source>%1 is not a SIP response code: SIP codes run from 100 to 699.</source>
        <translation>%1 no es un código de respuesta SIP: los códigos SIP van de 100 a 699.</translation>
    </message>
    <message>
        <source>Provisional</source>
        <translation>Provisional</translation>
    </message>
    <message>
        <source>The call or request is still in progress; this is an interim status, not the final result.</source>
        <translation>La llamada o solicitud sigue en curso; es un estado intermedio, no el resultado final.</translation>
    </message>
    <message>
        <source>Codes from 100 to 199 report progress while a request is being handled: it was received, a phone is ringing, the call is being forwarded or queued, or a tone or announcement is played. They never end a call attempt; a final answer (a code from 200 to 699) always follows. A phone that does not know a particular 1xx code treats it as plain call progress.</source>
        <translation>Los códigos del 100 al 199 informan del progreso mientras se procesa una solicitud: se ha recibido, un teléfono está sonando, la llamada se está desviando o está en cola, o se reproduce un tono o un mensaje grabado. Nunca ponen fin a un intento de llamada; siempre les sigue una respuesta final (un código del 200 al 699). Un teléfono que no conoce un código 1xx concreto lo trata como un simple aviso de progreso de la llamada.</translation>
    </message>
    <message>
        <source>Provisional responses (RFC 3261 §7.2, §21.1) precede the final response; a 1xx with a To tag creates an early dialog, and any 1xx stops INVITE retransmission. 100 Trying is hop-by-hop and never forwarded by a stateful proxy; the other 1xx codes travel end to end, can be made reliable with RFC 3262 (100rel, PRACK), and are sent only to INVITE (RFC 4320 allows just 100 for other methods). A receiver treats an unrecognised provisional code other than 100 as 183 Session Progress (§8.1.3.2), so an unregistered code such as 150 still only means progress, whatever its phrase says.</source>
        <translation>Las respuestas provisionales (RFC 3261 §7.2, §21.1) preceden a la respuesta final; una 1xx con etiqueta To crea un diálogo temprano (early dialog), y cualquier 1xx detiene la retransmisión del INVITE. 100 Trying es salto a salto y un proxy con estado nunca reenvía la que recibe; los demás códigos 1xx viajan de extremo a extremo, pueden hacerse fiables con RFC 3262 (100rel, PRACK) y solo se envían en respuesta a INVITE (RFC 4320 solo permite 100 para los demás métodos). Un receptor trata un código provisional no reconocido distinto de 100 como 183 Session Progress (§8.1.3.2), de modo que un código fuera del registro IANA, como 150, sigue significando solo progreso, diga lo que diga su frase.</translation>
    </message>
    <message>
        <source>Wait for the final response that must follow
If no final response arrives, find the element that answered last (Via, To tag) and check its timers
For an unknown code, read the reason phrase and treat it as 183 Session Progress
If the caller hears silence in this phase, check early media (SDP in 180 or 183) and NAT</source>
        <translation>Espere la respuesta final, que debe llegar a continuación
Si no llega ninguna respuesta final, localice el elemento que respondió en último lugar (Via, etiqueta To) y revise sus temporizadores
Si el código es desconocido, lea la frase de motivo y trátelo como 183 Session Progress
Si el llamante oye silencio en esta fase, revise el early media (SDP en 180 o 183) y el NAT</translation>
    </message>
    <message>
        <source>provisional, progress, in progress, ringing, trying, early media, waiting, call setup</source>
        <translation>provisional, progreso, en curso, sonando, timbrando, intentando, early media, esperando, establecimiento de llamada</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Éxito</translation>
    </message>
    <message>
        <source>The request succeeded; for a call, the other side answered.</source>
        <translation>La solicitud se completó correctamente; en el caso de una llamada, el otro lado contestó.</translation>
    </message>
    <message>
        <source>Codes from 200 to 299 mean the request was accepted and carried out: a call was answered, a registration accepted, a transfer taken on. Problems that appear afterwards, such as no sound, are not refusals; they happen after the answer. A phone that does not know a particular 2xx code treats it as a plain success (200 OK).</source>
        <translation>Los códigos del 200 al 299 significan que la solicitud se aceptó y se llevó a cabo: se contestó una llamada, se aceptó un registro o se asumió una transferencia. Los problemas que aparecen después, como la falta de audio, no son rechazos: ocurren después de la respuesta. Un teléfono que no conoce un código 2xx concreto lo trata como un éxito normal (200 OK).</translation>
    </message>
    <message>
        <source>2xx responses are final successes (RFC 3261 §21.2). A 2xx to INVITE is confirmed by an end-to-end ACK outside the transaction and is resent by the UAS until that ACK arrives; proxies forward every 2xx at once, and a forked INVITE may produce several, each its own dialog (§16.7). A receiver treats an unrecognised 2xx code, such as an unregistered 250, as 200 OK (§8.1.3.2).</source>
        <translation>Las respuestas 2xx son éxitos finales (RFC 3261 §21.2). Una 2xx a un INVITE se confirma con un ACK de extremo a extremo fuera de la transacción, y el UAS la reenvía hasta que llega ese ACK; los proxies reenvían cada 2xx de inmediato, y un INVITE bifurcado (forking) puede producir varias, cada una con su propio diálogo (§16.7). Un receptor trata un código 2xx no reconocido, como un 250 fuera del registro IANA, como 200 OK (§8.1.3.2).</translation>
    </message>
    <message>
        <source>No action needed for the request itself
If the answered call has no audio, check the SDP and NAT rather than the response
If calls drop shortly after the answer, check that the ACK reaches the answering side
For an unknown code, treat it as 200 OK</source>
        <translation>No hace falta hacer nada con la solicitud en sí
Si la llamada contestada no tiene audio, revise el SDP y el NAT en lugar de la respuesta
Si las llamadas se cortan poco después de contestar, compruebe que el ACK llega al lado que contesta
Si el código es desconocido, trátelo como 200 OK</translation>
    </message>
    <message>
        <source>success, ok, answered, connected, accepted, registered</source>
        <translation>éxito, ok, contestada, conectada, aceptada, registrado</translation>
    </message>
    <message>
        <source>Redirection</source>
        <translation>Redirección</translation>
    </message>
    <message>
        <source>The call was not connected here, and the caller's system was told to try another address.</source>
        <translation>La llamada no se conectó aquí, y se indicó al sistema del llamante que pruebe otra dirección.</translation>
    </message>
    <message>
        <source>Codes from 300 to 399 do not connect the call but say where else to try: the person has moved, is forwarded or can be reached at several places. The caller's phone or phone system is expected to try the new address; if it does not follow redirects, the call fails even though the person is reachable. A phone that does not know a particular 3xx code treats it as a list of alternatives (300 Multiple Choices).</source>
        <translation>Los códigos del 300 al 399 no conectan la llamada, pero indican dónde intentarlo: la persona se ha trasladado, tiene un desvío o está localizable en varios lugares. Se espera que el teléfono o la centralita del llamante pruebe la nueva dirección; si no sigue las redirecciones, la llamada falla aunque la persona esté localizable. Un teléfono que no conoce un código 3xx concreto lo trata como una lista de alternativas (300 Multiple Choices).</translation>
    </message>
    <message>
        <source>Redirection responses (RFC 3261 §21.3) carry the alternatives in Contact headers, possibly with q-values and an expiry. The UAC (§8.1.3.4) or a recursing proxy (§16.7) may retry at those targets; a proxy that recurses removes them from the response it keeps. A receiver treats an unrecognised 3xx code, such as an unregistered 350, as 300 Multiple Choices (§8.1.3.2), so it still looks at the Contact list.</source>
        <translation>Las respuestas de redirección (RFC 3261 §21.3) llevan las alternativas en cabeceras Contact, posiblemente con valores q y una caducidad. El UAC (§8.1.3.4) o un proxy recursivo (§16.7) pueden reintentar en esos destinos; un proxy que hace recursión los elimina de la respuesta que conserva. Un receptor trata un código 3xx no reconocido, como un 350 fuera del registro IANA, como 300 Multiple Choices (§8.1.3.2), así que sigue consultando la lista de Contact.</translation>
    </message>
    <message>
        <source>Read the Contact headers for the suggested targets
Check whether the caller's PBX, SBC or phone follows redirects
Check that the suggested targets are allowed and routable from the caller's side
Look for redirect loops between servers</source>
        <translation>Lea las cabeceras Contact para conocer los destinos sugeridos
Compruebe si la centralita, el SBC o el teléfono del llamante siguen las redirecciones
Compruebe que los destinos sugeridos están permitidos y son enrutables desde el lado del llamante
Busque bucles de redirección entre servidores</translation>
    </message>
    <message>
        <source>redirect, redirection, moved, forwarded, contact, new address, reroute</source>
        <translation>redirección, redirigida, trasladado, desviada, contact, nueva dirección, reencaminar</translation>
    </message>
    <message>
        <source>Client Failure</source>
        <translation>Error del cliente</translation>
    </message>
    <message>
        <source>The request was refused by this server because something about it was wrong or not allowed here.</source>
        <translation>Este servidor rechazó la solicitud porque algo en ella era incorrecto o no está permitido aquí.</translation>
    </message>
    <message>
        <source>Codes from 400 to 499 mean this server could not or would not carry out the request as sent: a wrong number, a missing or wrong login, a format it cannot handle, a busy or unavailable person, and the like. Sending the same request again unchanged will not help, but a corrected one, or another server or phone, may succeed. A phone that does not know a particular 4xx code treats it as 400 Bad Request.</source>
        <translation>Los códigos del 400 al 499 significan que este servidor no pudo o no quiso ejecutar la solicitud tal como se envió: un número erróneo, credenciales ausentes o incorrectas, un formato que no puede procesar, una persona ocupada o no disponible, etc. Volver a enviar la misma solicitud sin cambios no servirá de nada, pero una solicitud corregida, otro servidor u otro teléfono pueden funcionar. Un teléfono que no conoce un código 4xx concreto lo trata como 400 Bad Request.</translation>
    </message>
    <message>
        <source>Request failures (RFC 3261 §21.4) are definite answers from one server: the client should not resend the same request unmodified (for example without adding credentials), though it may succeed elsewhere, and a forking proxy keeps trying its other branches. A receiver treats an unrecognised 4xx code, such as an unregistered 471, as 400 Bad Request (§8.1.3.2), so the reason phrase and any Warning or Reason header are the only clue to what the sender meant. Some failures here are concluded locally: a transaction timeout is reported as if 408 had arrived (§8.1.3.1).</source>
        <translation>Los fallos de solicitud (RFC 3261 §21.4) son respuestas definitivas de un servidor: el cliente no debe reenviar la misma solicitud sin modificarla (por ejemplo, sin añadir credenciales), aunque puede tener éxito en otro lugar, y un proxy con bifurcación sigue probando sus otras ramas. Un receptor trata un código 4xx no reconocido, como un 471 fuera del registro IANA, como 400 Bad Request (§8.1.3.2), de modo que la frase de motivo y las cabeceras Warning o Reason son la única pista de lo que quiso decir el remitente. Algunos de estos fallos se deducen localmente: el vencimiento de una transacción se notifica como si hubiera llegado un 408 (§8.1.3.1).</translation>
    </message>
    <message>
        <source>Read the reason phrase and any Warning or Reason header for detail
Check the dialled number, the account credentials and the phone configuration
Correct the request before retrying; an unchanged retry will fail again
Check whether the response came from the far end or was concluded locally (timeout)
For an unknown code, treat it as 400 Bad Request and ask the sender's vendor what it means</source>
        <translation>Lea la frase de motivo y las cabeceras Warning o Reason, si las hay, para obtener más detalles
Compruebe el número marcado, las credenciales de la cuenta y la configuración del teléfono
Corrija la solicitud antes de reintentar; un reintento sin cambios volverá a fallar
Compruebe si la respuesta vino del extremo remoto o se dedujo localmente (timeout)
Si el código es desconocido, trátelo como 400 Bad Request y pregunte al fabricante del equipo remitente qué significa</translation>
    </message>
    <message>
        <source>client error, client failure, request failure, rejected, refused, failed call, error, not found, forbidden, busy, unavailable</source>
        <translation>error del cliente, fallo del cliente, fallo de solicitud, rechazada, denegada, llamada fallida, error, no encontrado, prohibido, ocupado, no disponible</translation>
    </message>
    <message>
        <source>Server Failure</source>
        <translation>Error del servidor</translation>
    </message>
    <message>
        <source>A server on the way failed to handle a request that looked valid.</source>
        <translation>Un servidor intermedio no pudo procesar una solicitud que parecía válida.</translation>
    </message>
    <message>
        <source>Codes from 500 to 599 mean the problem lies with a server or network element, not with the caller's request: it is overloaded, down, misconfigured or could not reach the next hop. These problems are often temporary, and trying again later or through another server may work. A phone that does not know a particular 5xx code treats it as 500 Server Internal Error.</source>
        <translation>Los códigos del 500 al 599 significan que el problema está en un servidor o un elemento de red, no en la solicitud del llamante: está sobrecargado, caído o mal configurado, o no pudo llegar al siguiente salto. Estos problemas suelen ser temporales, y volver a intentarlo más tarde o a través de otro servidor puede funcionar. Un teléfono que no conoce un código 5xx concreto lo trata como 500 Server Internal Error.</translation>
    </message>
    <message>
        <source>Server failures (RFC 3261 §21.5) report that the server erred on an apparently valid request; Retry-After may say when to retry, and clients may fail over to another server found through DNS (RFC 3263). A transport failure is reported locally as if 503 had arrived (§8.1.3.1), so check whether the response really came from the far end. A receiver treats an unrecognised 5xx code, such as an unregistered 550, as 500 Server Internal Error (§8.1.3.2).</source>
        <translation>Los fallos de servidor (RFC 3261 §21.5) indican que el servidor falló ante una solicitud aparentemente válida; Retry-After puede indicar cuándo reintentar, y los clientes pueden conmutar a otro servidor localizado mediante DNS (RFC 3263). Un fallo de transporte se notifica localmente como si hubiera llegado un 503 (§8.1.3.1), así que compruebe si la respuesta vino realmente del extremo remoto. Un receptor trata un código 5xx no reconocido, como un 550 fuera del registro IANA, como 500 Server Internal Error (§8.1.3.2).</translation>
    </message>
    <message>
        <source>Check whether the response came from the far end or was concluded locally (transport failure)
Look for Retry-After and for a Warning or Reason header
Check the state, load and logs of the server that answered (Server header, Via)
Try another server, trunk or route if one exists
For an unknown code, treat it as 500 Server Internal Error</source>
        <translation>Compruebe si la respuesta vino del extremo remoto o se dedujo localmente (fallo de transporte)
Busque Retry-After y una cabecera Warning o Reason
Revise el estado, la carga y los logs del servidor que respondió (cabecera Server, Via)
Pruebe otro servidor, otra troncal u otra ruta si existe
Si el código es desconocido, trátelo como 500 Server Internal Error</translation>
    </message>
    <message>
        <source>server error, server failure, server down, outage, overloaded, service unavailable, network problem, provider problem</source>
        <translation>error del servidor, fallo del servidor, servidor caído, caída del servicio, sobrecargado, servicio no disponible, problema de red, problema del proveedor, avería</translation>
    </message>
    <message>
        <source>Global Failure</source>
        <translation>Fallo global</translation>
    </message>
    <message>
        <source>A final answer: the call cannot succeed at any of the called person's phones or addresses.</source>
        <translation>Una respuesta definitiva: la llamada no puede completarse en ninguno de los teléfonos o direcciones de la persona llamada.</translation>
    </message>
    <message>
        <source>Codes from 600 to 699 are a final answer about the called person as a whole, not about one phone: busy everywhere, declined, does not exist, cannot handle this kind of call, or blocked as unwanted. The person's other phones stop ringing when such an answer arrives, and trying other routes will not help. A phone that does not know a particular 6xx code treats it as 600 Busy Everywhere.</source>
        <translation>Los códigos del 600 al 699 son una respuesta definitiva sobre la persona llamada en su conjunto, no sobre un teléfono: ocupada en todas partes, llamada rechazada, no existe, no puede atender este tipo de llamada o la llamada se bloqueó por no deseada. Cuando llega una respuesta así, los demás teléfonos de la persona dejan de sonar, y probar otras rutas no servirá de nada. Un teléfono que no conoce un código 6xx concreto lo trata como 600 Busy Everywhere.</translation>
    </message>
    <message>
        <source>Global failures (RFC 3261 §21.6) carry definitive information about the user, not only about the instance in the Request-URI. A forking proxy that receives a 6xx cancels its other pending branches and starts no new ones (§16.7), so one device answering 6xx ends a parallel ring group. A receiver treats an unrecognised 6xx code, such as an unregistered 650, as 600 Busy Everywhere (§8.1.3.2); equipment older than RFC 8197 and RFC 8688 does the same with 607 and 608.</source>
        <translation>Los fallos globales (RFC 3261 §21.6) contienen información definitiva sobre el usuario, no solo sobre la instancia del Request-URI. Un proxy con bifurcación que recibe una 6xx cancela sus otras ramas pendientes y no inicia otras nuevas (§16.7), de modo que basta con que un equipo responda 6xx para terminar un grupo de timbrado simultáneo. Un receptor trata un código 6xx no reconocido, como un 650 fuera del registro IANA, como 600 Busy Everywhere (§8.1.3.2); los equipos anteriores a RFC 8197 y RFC 8688 hacen lo mismo con 607 y 608.</translation>
    </message>
    <message>
        <source>Do not retry through other routes; the answer is about the called person as a whole
Read the reason phrase and the Warning and Retry-After headers
If one phone's rejection stops a whole ring group, configure it to answer with a 4xx such as 486 or 480
For an unknown code, treat it as 600 Busy Everywhere</source>
        <translation>No reintente por otras rutas; la respuesta se refiere a la persona llamada en su conjunto
Lea la frase de motivo y las cabeceras Warning y Retry-After
Si el rechazo de un teléfono detiene todo un grupo de timbrado, configúrelo para que responda con un 4xx como 486 o 480
Si el código es desconocido, trátelo como 600 Busy Everywhere</translation>
    </message>
    <message>
        <source>global failure, rejected everywhere, declined, busy everywhere, does not exist, blocked, spam, unwanted</source>
        <translation>fallo global, rechazada en todas partes, rechazada, ocupado en todas partes, no existe, bloqueada, spam, no deseada</translation>
    </message>
    <message>
        <source>Your call has reached the phone system, and it is now working on connecting you.</source>
        <translation>Su llamada ha llegado al sistema telefónico, que ya está intentando establecer la conexión.</translation>
    </message>
    <message>
        <source>The first server on the way received the call request and is processing it. It says nothing yet about the person you are calling: their phone has not necessarily been reached. If the call stays at this stage and nothing else follows, the problem lies further along the path, not with your phone.</source>
        <translation>El primer servidor del trayecto recibió la solicitud de llamada y la está procesando. Todavía no dice nada de la persona a la que llama: no significa necesariamente que se haya llegado al teléfono de esa persona. Si la llamada se queda en esta fase y no sucede nada más, el problema está más adelante en el trayecto, no en el teléfono desde el que llama.</translation>
    </message>
    <message>
        <source>Normal first reply of the next server to any call attempt
The server is looking up routing, number or account data
The far end is slow, so only the nearest server has replied so far
The next hop cannot reach the called party, or its replies are lost on the way back</source>
        <translation>Primera respuesta normal del siguiente servidor a cualquier intento de llamada
El servidor está consultando datos de enrutamiento, de numeración o de la cuenta
El extremo remoto es lento, así que de momento solo ha respondido el servidor más cercano
El siguiente salto no puede llegar al abonado llamado, o sus respuestas se pierden por el camino de vuelta</translation>
    </message>
    <message>
        <source>No action needed if ringing or an answer follows
If the call hangs after 100, follow the INVITE to the next hop and see whether it answers
Check firewalls and NAT for replies from further along the path that never arrive
Check the routing of the called number on the proxy or PBX
If not even 100 arrives, the INVITE is not reaching the first server: check address, port and transport</source>
        <translation>No hace falta hacer nada si a continuación suena el teléfono o se contesta
Si la llamada se queda colgada después del 100, siga el INVITE hasta el siguiente salto y compruebe si responde
Revise firewalls y NAT por si las respuestas de más adelante en el trayecto no llegan nunca
Revise el enrutamiento del número llamado en el proxy o la centralita
Si ni siquiera llega el 100, el INVITE no llega al primer servidor: compruebe la dirección, el puerto y el transporte</translation>
    </message>
    <message>
        <source>trying, connecting, call setup, dialling, dialing, stuck on trying, no ringing, call hangs, silence after dialling, processing</source>
        <translation>intentando, conectando, establecimiento de llamada, marcando, se queda en trying, no suena, la llamada se queda bloqueada, no avanza, silencio después de marcar, procesando</translation>
    </message>
    <message>
        <source>The phone you are calling is ringing now.</source>
        <translation>El teléfono al que llama está sonando.</translation>
    </message>
    <message>
        <source>The called phone, or a device acting for it, was reached and is alerting the person. Nothing is wrong: the call is waiting to be answered. If nobody picks up, the call usually ends after a while with a no-answer result or goes to voicemail.</source>
        <translation>Se ha llegado al teléfono llamado, o a un equipo que actúa en su nombre, y está avisando a la persona. No hay ningún problema: la llamada está esperando a que la contesten. Si nadie contesta, la llamada suele terminar al cabo de un rato con un resultado de no respuesta o pasa al buzón de voz.</translation>
    </message>
    <message>
        <source>Sent by the callee's UAS while it alerts the user (RFC 3261 §21.1.2) and forwarded by proxies. With a To tag it creates an early dialog, so a forked INVITE can return several 180s with different To tags. Without an SDP body the caller plays local ringback; with SDP (often sent reliably with Require: 100rel, RFC 3262) the caller may play the far-end media instead (RFC 3960). A PSTN gateway normally sends 180 when the ISUP side reports that the called line is free and alerting (RFC 3398).</source>
        <translation>La envía el UAS del llamado mientras avisa al usuario (RFC 3261 §21.1.2), y los proxies la reenvían. Con etiqueta To crea un diálogo temprano, así que un INVITE bifurcado puede devolver varios 180 con etiquetas To distintas. Sin cuerpo SDP, el llamante reproduce un tono de llamada local; con SDP (a menudo enviado de forma fiable con Require: 100rel, RFC 3262), el llamante puede reproducir en su lugar el audio del extremo remoto (RFC 3960). Una pasarela RTC normalmente envía 180 cuando el lado ISUP informa de que la línea llamada está libre y sonando (RFC 3398).</translation>
    </message>
    <message>
        <source>The called phone is ringing and has not been answered yet
A PSTN gateway reports that the called line is alerting
Several phones of a ring group or of one user are ringing at once
A PBX signals ringing while it hunts for a free extension or agent</source>
        <translation>El teléfono llamado está sonando y todavía no se ha contestado
Una pasarela RTC informa de que la línea llamada está sonando
Varios teléfonos de un grupo de timbrado o de un mismo usuario suenan a la vez
Una centralita indica que está sonando mientras busca una extensión o un agente libre</translation>
    </message>
    <message>
        <source>Wait for an answer; no fault is indicated
If the caller hears no ringback, check whether the phone plays local ringback or expects early media
If ringing never ends, check no-answer timers, voicemail and forward-on-no-answer settings
If the called person's phone does not ring although 180 arrives, check which device sent it (Contact, User-Agent)
If ringing ends in 480 or 408, look at the called party's availability rather than the network</source>
        <translation>Espere a que contesten; no se indica ningún fallo
Si el llamante no oye el tono de llamada, compruebe si el teléfono genera un tono local o espera early media
Si el timbrado no termina nunca, revise los temporizadores de no respuesta, el buzón de voz y el desvío por no respuesta
Si el teléfono de la persona llamada no suena aunque llega el 180, compruebe qué equipo lo envió (Contact, User-Agent)
Si el timbrado termina en 480 o 408, revise la disponibilidad del llamado en lugar de la red</translation>
    </message>
    <message>
        <source>ringing, ring, ringback, alerting, rings but no answer, nobody answers, no answer, no ringback tone, ring tone</source>
        <translation>sonando, suena, tono de llamada, timbrando, suena pero no contestan, nadie contesta, no contesta, no hay tono de llamada, tono de timbre</translation>
    </message>
    <message>
        <source>Your call is being passed on to another number or device chosen by the person you called.</source>
        <translation>Su llamada se está pasando a otro número o equipo elegido por la persona a la que llama.</translation>
    </message>
    <message>
        <source>A server along the way is forwarding the call, for example because the person has call forwarding switched on or did not answer. It is only a progress notice: the call goes on toward the new destination, which was chosen on the called party's side.</source>
        <translation>Un servidor del trayecto está desviando la llamada, por ejemplo porque la persona tiene activado el desvío de llamadas o no contestó. Es solo un aviso de progreso: la llamada continúa hacia el nuevo destino, que se eligió en el lado del llamado.</translation>
    </message>
    <message>
        <source>Optional provisional response (RFC 3261 §21.1.3) that a proxy, PBX or B2BUA may send when it retargets the call to a different set of destinations (unconditional, busy or no-answer forwarding). The new target and the reason are usually visible in the History-Info (RFC 7044) or Diversion headers of the onward INVITE rather than in the 181 itself. Many systems never send it, so its absence proves nothing. Some lists print the phrase as 'Call Being Forwarded'; the code is the same.</source>
        <translation>Respuesta provisional opcional (RFC 3261 §21.1.3) que un proxy, una IP-PBX o un B2BUA pueden enviar cuando redirigen la llamada a otro conjunto de destinos (desvío incondicional, por ocupado o por no respuesta). El nuevo destino y el motivo suelen verse en las cabeceras History-Info (RFC 7044) o Diversion del INVITE siguiente, más que en el propio 181. Muchos sistemas nunca la envían, así que su ausencia no demuestra nada. Algunas listas muestran la frase como «Call Being Forwarded»; el código es el mismo.</translation>
    </message>
    <message>
        <source>Call forwarding always is set on the called number
Forwarding on busy or on no answer was triggered
A follow-me, find-me or hunt service moves to the next destination
The call is being diverted to voicemail</source>
        <translation>El desvío incondicional está activado en el número llamado
Se activó el desvío por ocupado o por no respuesta
Un servicio de sígueme, localízame o búsqueda pasa al siguiente destino
La llamada se está desviando al buzón de voz</translation>
    </message>
    <message>
        <source>No action needed: the call continues
If the call ends up in the wrong place, check the called party's forwarding settings
Check History-Info or Diversion in the onward INVITE to see where and why it was forwarded
If forwarding goes round in circles, look for 482 or 483 and for forwarding chains between numbers</source>
        <translation>No hace falta hacer nada: la llamada continúa
Si la llamada termina en el lugar equivocado, revise la configuración de desvío del llamado
Revise History-Info o Diversion en el INVITE siguiente para ver dónde y por qué se desvió
Si el desvío da vueltas en círculo, busque 482 o 483 y cadenas de desvío entre números</translation>
    </message>
    <message>
        <source>forwarded, call forwarding, diverted, diversion, divert, redirected, follow me, forward to voicemail</source>
        <translation>desviada, desvío de llamadas, desvío, redirigida, sígueme, follow me, desvío al buzón de voz, transferida</translation>
    </message>
    <message>
        <source>The person or team you are calling is busy, and your call is waiting in a queue.</source>
        <translation>La persona o el departamento al que llama está ocupado, y su llamada está esperando en una cola.</translation>
    </message>
    <message>
        <source>The called side cannot take the call right now, but instead of refusing it the system put it in a waiting line. The call is put through when someone becomes free, or it ends with a final answer. This is normal for call centres and service lines.</source>
        <translation>El lado llamado no puede atender la llamada en este momento, pero en lugar de rechazarla, el sistema la puso en una cola de espera. La llamada se pasa cuando alguien queda libre, o termina con una respuesta final. Es normal en centros de llamadas y líneas de atención.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.1.4: the callee is temporarily unavailable, but the server queues the call rather than rejecting it and sends the appropriate final response once the callee becomes available or the wait ends. The reason phrase may give detail such as the queue position or expected waiting time, and several 182s may be sent to update it. Most ACD and queue systems instead answer with 200 and play music, so 182 is rare.</source>
        <translation>RFC 3261 §21.1.4: el llamado no está disponible temporalmente, pero el servidor pone la llamada en cola en lugar de rechazarla y envía la respuesta final correspondiente cuando el llamado queda disponible o termina la espera. La frase de motivo puede dar detalles como la posición en la cola o el tiempo de espera previsto, y pueden enviarse varios 182 para actualizarlos. La mayoría de los sistemas ACD y de colas responden en cambio con 200 y ponen música, así que 182 es poco frecuente.</translation>
    </message>
    <message>
        <source>A call-centre or ACD queue holds the call for the next free agent
A camp-on service waits for a busy extension to become free
All members of a hunt group are busy and queueing is enabled
A gateway reports a call queued in the other network</source>
        <translation>Una cola de centro de llamadas o ACD retiene la llamada hasta que quede libre un agente
Un servicio de rellamada en espera (camp-on) espera a que quede libre una extensión ocupada
Todos los miembros de un grupo de búsqueda están ocupados y la cola está activada
Una pasarela informa de una llamada en cola en la otra red</translation>
    </message>
    <message>
        <source>Keep waiting; the call has not been lost
Read the reason phrase for the queue position or waiting time
If calls wait too long, check agent availability and queue limits on the ACD
If the caller hears silence while queued, check whether ringback or early media is provided</source>
        <translation>Siga esperando; la llamada no se ha perdido
Lea la frase de motivo para conocer la posición en la cola o el tiempo de espera
Si las llamadas esperan demasiado, revise la disponibilidad de agentes y los límites de la cola en el ACD
Si el llamante oye silencio mientras está en cola, compruebe si se proporciona tono de llamada o early media</translation>
    </message>
    <message>
        <source>queued, queue, waiting, on hold, call centre, call center, hold music, waiting line, agents busy</source>
        <translation>en cola, cola, esperando, en espera, centro de llamadas, call center, música en espera, cola de espera, agentes ocupados</translation>
    </message>
    <message>
        <source>Your call is being set up, and you may hear a tone or an announcement before anyone answers.</source>
        <translation>Su llamada se está estableciendo, y puede que oiga un tono o un mensaje grabado antes de que alguien conteste.</translation>
    </message>
    <message>
        <source>The network or the called side is reporting progress. Often it sends sound before the call is answered, such as ringback, a recorded announcement or a menu. This is normal; if the caller hears only silence at this stage, the sound path may be blocked.</source>
        <translation>La red o el lado llamado está informando del progreso. A menudo envía sonido antes de que se conteste la llamada, como el tono de llamada, un mensaje grabado o un menú. Es normal; si el llamante solo oye silencio en esta fase, es posible que la vía de audio esté bloqueada.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.1.5: a general progress indication whose detail is in the reason phrase, headers or body. In practice it mostly carries an SDP answer for early media (RFC 3960), is often sent reliably (Require: 100rel, PRACK, RFC 3262) and is used for QoS preconditions (RFC 3312); PSTN gateways send it when in-band tones or announcements are played (RFC 3398). A UAC treats any unrecognised 1xx other than 100 as 183 (§8.1.3.2). If 183 carries SDP but no RTP arrives, suspect NAT, a firewall or a wrong c= address. Some lists print the phrase as 'Session in Progress'.</source>
        <translation>RFC 3261 §21.1.5: una indicación general de progreso cuyos detalles están en la frase de motivo, las cabeceras o el cuerpo. En la práctica lleva sobre todo una respuesta SDP para early media (RFC 3960), a menudo se envía de forma fiable (Require: 100rel, PRACK, RFC 3262) y se usa para las precondiciones de QoS (RFC 3312); las pasarelas RTC la envían cuando se reproducen tonos o mensajes en banda (RFC 3398). Un UAC trata cualquier 1xx no reconocida distinta de 100 como 183 (§8.1.3.2). Si 183 lleva SDP pero no llega RTP, sospeche del NAT, de un firewall o de una dirección c= errónea. Algunas listas muestran la frase como «Session in Progress».</translation>
    </message>
    <message>
        <source>Ringback or an announcement played by the network as early media
An IVR, voicemail greeting or menu before the call is answered
A PSTN gateway passes on in-band tones
QoS preconditions or reliable provisional responses in IMS and carrier networks
Some phones send 183 instead of 180 while ringing</source>
        <translation>Tono de llamada o mensaje grabado reproducido por la red como early media
Un IVR, el saludo del buzón de voz o un menú antes de contestar la llamada
Una pasarela RTC transmite tonos en banda
Precondiciones de QoS o respuestas provisionales fiables en redes IMS y de operador
Algunos teléfonos envían 183 en lugar de 180 mientras suenan</translation>
    </message>
    <message>
        <source>If the caller hears the expected tone or announcement, no action is needed
If the caller hears silence, check that RTP flows to the address and port in the 183 SDP
Check NAT and firewall pinholes for early media on both sides
If 183 carries Require: 100rel and keeps being resent, check PRACK handling
Look at the final response that follows, for example an announcement followed by 404 or 486</source>
        <translation>Si el llamante oye el tono o el mensaje esperado, no hace falta hacer nada
Si el llamante oye silencio, compruebe que el RTP fluye hacia la dirección y el puerto del SDP del 183
Revise el NAT y las aperturas del firewall para el early media en ambos lados
Si 183 lleva Require: 100rel y se reenvía una y otra vez, revise la gestión de PRACK
Fíjese en la respuesta final que sigue, por ejemplo un mensaje grabado seguido de 404 o 486</translation>
    </message>
    <message>
        <source>session progress, early media, ringback, announcement, no ringback, silence before answer, one way audio, ivr, progress tone, in-band tones</source>
        <translation>progreso de sesión, early media, tono de llamada, mensaje grabado, locución, no hay tono de llamada, silencio antes de contestar, audio en un solo sentido, ivr, tono de progreso, tonos en banda</translation>
    </message>
    <message>
        <source>One of the places your call was trying has dropped out, but the call may still reach the person elsewhere.</source>
        <translation>Uno de los destinos que estaba probando su llamada se ha retirado, pero la llamada aún puede llegar a la persona por otra vía.</translation>
    </message>
    <message>
        <source>When a call is offered to several phones or destinations at once, one of them has dropped out before the call was answered. The call as a whole is not over: other phones may still ring or answer. Any tone or announcement coming from that destination stops.</source>
        <translation>Cuando una llamada se ofrece a varios teléfonos o destinos a la vez, uno de ellos se retiró antes de que se contestara. La llamada en su conjunto no ha terminado: otros teléfonos pueden seguir sonando o contestar. Se detiene cualquier tono o mensaje grabado procedente de ese destino.</translation>
    </message>
    <message>
        <source>Parallel ringing: one phone rejected or failed while others still ring
A branch of a hunt group or find-me sequence was released
A UAS that created several early dialogs closed one of them
A downstream element sent a final error on one branch that the proxy did not forward</source>
        <translation>Timbrado simultáneo: un teléfono rechazó la llamada o falló mientras otros siguen sonando
Se liberó una rama de un grupo de búsqueda o de una secuencia de localízame
Un UAS que creó varios diálogos tempranos cerró uno de ellos
Un elemento posterior envió un error final en una rama que el proxy no reenvió</translation>
    </message>
    <message>
        <source>No action needed if the call still reaches someone
Find the branch that ended by comparing the To tag with the earlier 180 or 183
Look for a Reason header giving the response that ended the branch
If early media stops unexpectedly, check whether it came from the terminated branch</source>
        <translation>No hace falta hacer nada si la llamada sigue llegando a alguien
Localice la rama que terminó comparando la etiqueta To con la del 180 o 183 anterior
Busque una cabecera Reason que indique la respuesta que cerró la rama
Si el early media se detiene de forma inesperada, compruebe si procedía de la rama terminada</translation>
    </message>
    <message>
        <source>early dialog terminated, forking, parallel ringing, ring group, simultaneous ring, branch ended, one phone rejected, early media stopped</source>
        <translation>diálogo temprano terminado, forking, bifurcación, timbrado simultáneo, grupo de timbrado, llamada simultánea, rama terminada, un teléfono rechazó, se cortó el early media</translation>
    </message>
    <message>
        <source>The request worked: for a call, the other side answered.</source>
        <translation>La solicitud funcionó: en el caso de una llamada, el otro lado contestó.</translation>
    </message>
    <message>
        <source>The request was successful. For a call it means the other side picked up, whether a person, voicemail, a menu or an answering machine; for a registration it means the phone is signed in. Trouble after a 200, such as no sound or a call that drops after about 30 seconds, is not a refusal but a media or signalling problem after the answer.</source>
        <translation>La solicitud se completó correctamente. En una llamada significa que el otro lado descolgó, ya sea una persona, el buzón de voz, un menú o un contestador automático; en un registro significa que el teléfono está registrado. Los problemas que surgen después de un 200, como la falta de audio o una llamada que se corta al cabo de unos 30 segundos, no son un rechazo, sino un problema de audio o de señalización posterior a la respuesta.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.2.1; what it carries depends on the method. A 200 to INVITE carries the SDP answer (or offer) and the Contact of the dialog and must be confirmed by an end-to-end ACK; the UAS resends it until the ACK arrives and gives up after 64*T1 (32 s by default), then ends the call with BYE (§13.3.1.4). Proxies forward every 2xx at once, and a forked INVITE can bring several 200s, each its own dialog (§16.7). A 200 to REGISTER lists the current bindings with their expiry; a 200 to CANCEL only confirms the CANCEL, and the INVITE still ends with its own response, normally 487. An unrecognised 2xx is treated as 200 (§8.1.3.2).</source>
        <translation>RFC 3261 §21.2.1; lo que lleva depende del método. Un 200 a INVITE lleva la respuesta (u oferta) SDP y el Contact del diálogo, y debe confirmarse con un ACK de extremo a extremo; el UAS lo reenvía hasta que llega el ACK y desiste al cabo de 64*T1 (32 s por defecto), tras lo cual termina la llamada con BYE (§13.3.1.4). Los proxies reenvían cada 2xx de inmediato, y un INVITE bifurcado puede traer varios 200, cada uno con su propio diálogo (§16.7). Un 200 a REGISTER enumera los vínculos de registro (bindings) vigentes con su caducidad; un 200 a CANCEL solo confirma el CANCEL, y el INVITE sigue terminando con su propia respuesta, normalmente 487. Una 2xx no reconocida se trata como 200 (§8.1.3.2).</translation>
    </message>
    <message>
        <source>The called person, voicemail, an IVR or an answering machine answered
A registration or re-registration was accepted
An OPTIONS keep-alive or capability query was answered
A BYE, CANCEL, re-INVITE, UPDATE, SUBSCRIBE or NOTIFY was accepted</source>
        <translation>Contestó la persona llamada, el buzón de voz, un IVR o un contestador automático
Se aceptó un registro o una renovación del registro
Se respondió a un keep-alive OPTIONS o a una consulta de capacidades
Se aceptó un BYE, CANCEL, re-INVITE, UPDATE, SUBSCRIBE o NOTIFY</translation>
    </message>
    <message>
        <source>No action needed for the request itself
If the answered call has no audio or one-way audio, check the SDP addresses and ports and NAT
If calls drop after about 32 seconds, check that the ACK reaches the answering side (Contact, Record-Route, NAT)
If a call seems answered too early, check whether voicemail, an IVR or a fax machine answered
For registrations, check the expiry given in the Contact or Expires header</source>
        <translation>No hace falta hacer nada con la solicitud en sí
Si la llamada contestada no tiene audio o solo en un sentido, revise las direcciones y puertos del SDP y el NAT
Si las llamadas se cortan al cabo de unos 32 segundos, compruebe que el ACK llega al lado que contesta (Contact, Record-Route, NAT)
Si una llamada parece contestarse demasiado pronto, compruebe si contestó el buzón de voz, un IVR o un fax
En los registros, revise la caducidad indicada en la cabecera Contact o Expires</translation>
    </message>
    <message>
        <source>ok, success, answered, connected, picked up, registered, call connected, no audio after answer, call drops after 30 seconds</source>
        <translation>ok, éxito, contestada, conectada, descolgó, registrado, llamada conectada, sin audio al contestar, la llamada se corta a los 30 segundos</translation>
    </message>
    <message>
        <source>Your request was accepted and is being carried out; for example, a call transfer has been taken on.</source>
        <translation>Su solicitud se aceptó y se está llevando a cabo; por ejemplo, se ha aceptado una transferencia de llamada.</translation>
    </message>
    <message>
        <source>The other side has taken on the request but has not finished it yet. It is most often seen when a call is transferred: the transfer was accepted, and whether it worked is reported separately a moment later. It is a success answer, not an error.</source>
        <translation>El otro lado aceptó la solicitud, pero todavía no la ha completado. Se ve sobre todo al transferir una llamada: la transferencia se aceptó, y si funcionó o no se comunica por separado un momento después. Es una respuesta de éxito, no un error.</translation>
    </message>
    <message>
        <source>Registered as 'Accepted (Deprecated)'; on the wire the phrase is 'Accepted'. Introduced for SUBSCRIBE (RFC 3265) and used for REFER (RFC 3515), it is deprecated by RFC 6665 §8.3.1: a received 202 must be handled exactly like 200, and it must not be sent to SUBSCRIBE or NOTIFY; RFC 7647 extends this to REFER. Much deployed equipment still answers REFER with 202, and the transfer result then arrives in NOTIFY requests whose message/sipfrag body carries a status line such as 'SIP/2.0 200 OK'. Store-and-forward MESSAGE relays also use it for accepted but not yet delivered (RFC 3428).</source>
        <translation>Inscrita en el registro de IANA como «Accepted (Deprecated)»; en la red la frase es «Accepted». Introducida para SUBSCRIBE (RFC 3265) y usada para REFER (RFC 3515), RFC 6665 §8.3.1 la declara obsoleta: una 202 recibida debe tratarse exactamente igual que una 200, y no debe enviarse en respuesta a SUBSCRIBE ni a NOTIFY; RFC 7647 extiende esto a REFER. Muchos equipos instalados siguen respondiendo a REFER con 202, y el resultado de la transferencia llega después en solicitudes NOTIFY cuyo cuerpo message/sipfrag lleva una línea de estado como «SIP/2.0 200 OK». Los relés MESSAGE de almacenamiento y reenvío también la usan para indicar aceptado pero aún no entregado (RFC 3428).</translation>
    </message>
    <message>
        <source>A call transfer (REFER) was accepted by the phone or PBX
A presence, busy-lamp or message-waiting subscription answered by older equipment
A text message accepted by a gateway or relay for later delivery
Firmware that still follows RFC 3265 or the original RFC 3515</source>
        <translation>El teléfono o la centralita aceptó una transferencia de llamada (REFER)
Un equipo antiguo respondió a una suscripción de presencia, de piloto de ocupado (BLF) o de mensaje en espera
Una pasarela o un relé aceptó un mensaje de texto para entregarlo más tarde
Firmware que todavía sigue RFC 3265 o la versión original de RFC 3515</translation>
    </message>
    <message>
        <source>Treat it as success; the outcome is reported separately
For transfers, find the NOTIFY with a sipfrag body and read the status line it carries
If a transfer seems to do nothing, check that the NOTIFY arrives and what final code it reports
If a device behaves differently on 202 than on 200, update its firmware or settings</source>
        <translation>Trátela como un éxito; el resultado se comunica por separado
En las transferencias, busque el NOTIFY con cuerpo sipfrag y lea la línea de estado que lleva
Si una transferencia parece no hacer nada, compruebe que llega el NOTIFY y qué código final indica
Si un equipo se comporta de forma distinta con 202 que con 200, actualice su firmware o su configuración</translation>
    </message>
    <message>
        <source>accepted, transfer accepted, refer, call transfer, blind transfer, attended transfer, subscription, presence, blf, message accepted</source>
        <translation>aceptada, transferencia aceptada, refer, transferencia de llamada, transferencia ciega, transferencia directa, transferencia atendida, transferencia consultada, suscripción, presencia, blf, mensaje aceptado</translation>
    </message>
    <message>
        <source>A status subscription was renewed and nothing has changed, so no update is sent.</source>
        <translation>Se renovó una suscripción de estado y no ha cambiado nada, así que no se envía ninguna actualización.</translation>
    </message>
    <message>
        <source>A phone renewed its subscription to some status information, such as a colleague's line state or the voicemail indicator, and said which version it already has. The server confirms the renewal and, as nothing has changed, does not send the same information again. This is normal and saves traffic; it is not an error.</source>
        <translation>Un teléfono renovó su suscripción a cierta información de estado, como el estado de la línea de un compañero o el indicador de buzón de voz, e indicó qué versión tiene ya. El servidor confirma la renovación y, como no ha cambiado nada, no vuelve a enviar la misma información. Es normal y ahorra tráfico; no es un error.</translation>
    </message>
    <message>
        <source>A busy-lamp, presence or message-waiting subscription refresh found no change
A subscriber uses entity tags to avoid receiving the full state again
Periodic polling of a resource whose state has not changed</source>
        <translation>Una renovación de suscripción de piloto de ocupado (BLF), de presencia o de mensaje en espera no encontró cambios
Un suscriptor usa etiquetas de entidad para no volver a recibir el estado completo
Consulta periódica de un recurso cuyo estado no ha cambiado</translation>
    </message>
    <message>
        <source>No action needed
If a display stays out of date, check whether the server answers 204 although the state changed (stale entity tag)
Subscribe once without Suppress-If-Match to force a full NOTIFY
Check the Expires value to see how long the subscription now lasts</source>
        <translation>No hace falta hacer nada
Si una pantalla sigue desactualizada, compruebe si el servidor responde 204 aunque el estado haya cambiado (etiqueta de entidad obsoleta)
Envíe una vez la suscripción sin Suppress-If-Match para forzar un NOTIFY completo
Revise el valor de Expires para ver cuánto dura ahora la suscripción</translation>
    </message>
    <message>
        <source>no notification, subscription refreshed, no change, blf, busy lamp, presence, message waiting, mwi, etag, subscribe</source>
        <translation>sin notificación, suscripción renovada, sin cambios, blf, piloto de ocupado, presencia, mensaje en espera, mwi, etag, subscribe</translation>
    </message>
    <message>
        <source>The person you called can be reached at several places, and your phone system has to pick one.</source>
        <translation>La persona a la que llama está localizable en varios lugares, y su sistema telefónico tiene que elegir uno.</translation>
    </message>
    <message>
        <source>Instead of connecting the call, a server replied with a list of addresses where the person may be reached. The caller's phone or phone system should try one of them, automatically or after asking. If the caller's equipment does not follow such lists, the call simply fails.</source>
        <translation>En lugar de conectar la llamada, un servidor respondió con una lista de direcciones donde se puede localizar a la persona. El teléfono o la centralita del llamante debería probar una de ellas, automáticamente o tras preguntar. Si los equipos del llamante no siguen este tipo de listas, la llamada simplemente falla.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.3.1: the Request-URI resolved to several locations, given as Contact header values (optionally ranked by q-value); a body may describe them, but no format for it is standardised. The UAC (§8.1.3.4) or a recursing proxy (§16.7) may retry automatically or let the user choose. It is typically sent by a redirect server that prefers not to proxy the request. A receiver treats any unrecognised 3xx as 300 (§8.1.3.2).</source>
        <translation>RFC 3261 §21.3.1: el Request-URI se resolvió en varias ubicaciones, indicadas como valores de la cabecera Contact (opcionalmente ordenados por valor q); un cuerpo puede describirlas, pero no hay ningún formato estandarizado para él. El UAC (§8.1.3.4) o un proxy recursivo (§16.7) pueden reintentar automáticamente o dejar que el usuario elija. Normalmente la envía un servidor de redirección que prefiere no actuar como proxy de la solicitud. Un receptor trata cualquier 3xx no reconocida como 300 (§8.1.3.2).</translation>
    </message>
    <message>
        <source>A redirect server or location service returns several registered contacts
The user can be reached on several devices or numbers
A routing or number lookup service returns alternative routes</source>
        <translation>Un servidor de redirección o un servicio de localización devuelve varios contactos registrados
El usuario está localizable en varios equipos o números
Un servicio de enrutamiento o de consulta de números devuelve rutas alternativas</translation>
    </message>
    <message>
        <source>Read the Contact headers for the offered addresses and their q-values
Check whether the caller's PBX, SBC or proxy follows redirects automatically
If redirects are not followed, enable redirect handling or have the server proxy the call instead
Make sure the offered addresses are reachable from the caller's network</source>
        <translation>Lea las cabeceras Contact para conocer las direcciones ofrecidas y sus valores q
Compruebe si la centralita, el SBC o el proxy del llamante sigue las redirecciones automáticamente
Si no se siguen las redirecciones, active su gestión o haga que el servidor actúe como proxy de la llamada
Asegúrese de que las direcciones ofrecidas son accesibles desde la red del llamante</translation>
    </message>
    <message>
        <source>multiple choices, redirect, several locations, alternatives, contact list, redirect server, choose destination</source>
        <translation>opciones múltiples, redirección, varias ubicaciones, alternativas, lista de contactos, servidor de redirección, elegir destino</translation>
    </message>
    <message>
        <source>The number or address you called has permanently changed to a new one.</source>
        <translation>El número o la dirección a la que llamó ha cambiado definitivamente por otro nuevo.</translation>
    </message>
    <message>
        <source>The person can no longer be reached at the address that was dialled, and the server gives the new address. The caller's system should try the new address now and use it from then on. If the caller's equipment does not follow it, the call fails even though the person still exists.</source>
        <translation>Ya no se puede localizar a la persona en la dirección marcada, y el servidor indica la nueva dirección. El sistema del llamante debería probar ahora la nueva dirección y usarla a partir de entonces. Si los equipos del llamante no la siguen, la llamada falla aunque la persona siga existiendo.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.3.2: the user is no longer at the Request-URI; the client should retry at the Contact address(es) and update address books and location caches. It is handled like the other redirects by the UAC (§8.1.3.4) or a recursing proxy (§16.7). RFC 3398 maps Q.850 cause 22 (Number changed) to 301 when the diagnostic carries the new number; without it, cause 22 maps to 410 Gone.</source>
        <translation>RFC 3261 §21.3.2: el usuario ya no está en el Request-URI; el cliente debe reintentar en las direcciones de Contact y actualizar las libretas de direcciones y las cachés de ubicación. El UAC (§8.1.3.4) o un proxy recursivo (§16.7) la gestionan como las demás redirecciones. RFC 3398 asigna la causa Q.850 22 (Número cambiado) a 301 cuando el diagnóstico lleva el nuevo número; sin él, la causa 22 se asigna a 410 Gone.</translation>
    </message>
    <message>
        <source>The subscriber changed number or SIP address for good
A domain or account migration with a permanent redirect
A PSTN number change reported by a gateway (Q.850 cause 22 with the new number)</source>
        <translation>El abonado cambió definitivamente de número o de dirección SIP
Una migración de dominio o de cuenta con redirección permanente
Un cambio de número en la RTC notificado por una pasarela (causa Q.850 22 con el nuevo número)</translation>
    </message>
    <message>
        <source>Read the new address in the Contact header
Update contacts, speed dials and routing tables to the new address
Check whether the caller's equipment follows redirects automatically
If the redirect points back to the same address, look for a redirect loop</source>
        <translation>Lea la nueva dirección en la cabecera Contact
Actualice los contactos, las marcaciones rápidas y las tablas de enrutamiento con la nueva dirección
Compruebe si los equipos del llamante siguen las redirecciones automáticamente
Si la redirección apunta de nuevo a la misma dirección, busque un bucle de redirección</translation>
    </message>
    <message>
        <source>moved permanently, number changed, new number, moved, redirect, changed address, relocated</source>
        <translation>trasladado permanentemente, número cambiado, nuevo número, trasladado, redirección, dirección cambiada, se mudó</translation>
    </message>
    <message>
        <source>The person you called is at another number or address for now, and your call should be sent there.</source>
        <translation>La persona a la que llama está de momento en otro número o dirección, y su llamada debe enviarse allí.</translation>
    </message>
    <message>
        <source>A server answered that the person is temporarily reachable somewhere else, for example because call forwarding is on. The caller's phone or phone system is expected to try that address instead. If it does not follow the redirect, the call fails although the person can be reached.</source>
        <translation>Un servidor respondió que la persona está localizable temporalmente en otro lugar, por ejemplo porque tiene activado el desvío de llamadas. Se espera que el teléfono o la centralita del llamante pruebe esa dirección. Si no sigue la redirección, la llamada falla aunque la persona esté localizable.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.3.3: the client should retry at the Contact address(es), using the Contact URI as the new Request-URI; an Expires header or expires Contact parameter says how long the redirect holds. Redirect servers, SBCs and routing engines (call forwarding, number portability or least-cost routing lookups) use it so that the caller's side places the next attempt. It is followed by the UAC (§8.1.3.4) or a recursing proxy (§16.7); if neither does, the attempt ends with the 302 itself.</source>
        <translation>RFC 3261 §21.3.3: el cliente debe reintentar en las direcciones de Contact, usando el URI de Contact como nuevo Request-URI; una cabecera Expires o el parámetro expires de Contact indican cuánto tiempo es válida la redirección. Los servidores de redirección, los SBC y los motores de enrutamiento (consultas de desvío de llamadas, de portabilidad numérica o de enrutamiento de menor coste) la usan para que sea el lado del llamante quien haga el siguiente intento. La sigue el UAC (§8.1.3.4) o un proxy recursivo (§16.7); si ninguno lo hace, el intento termina con el propio 302.</translation>
    </message>
    <message>
        <source>Call forwarding carried out by a redirect server instead of a proxy
A number portability or routing lookup returns the real destination
Least-cost routing or a SIP trunk provider redirects to another gateway
A follow-me or mobility service points to the current device</source>
        <translation>Desvío de llamadas realizado por un servidor de redirección en lugar de un proxy
Una consulta de portabilidad numérica o de enrutamiento devuelve el destino real
El enrutamiento de menor coste o un proveedor de troncales SIP redirige a otra pasarela
Un servicio de sígueme o de movilidad apunta al equipo actual</translation>
    </message>
    <message>
        <source>Read the Contact header to see where the call should go
Check whether the caller's PBX or SBC is configured to follow 302 redirects
Check that the new target is allowed and routable from the caller's side (dial plan, trunk permissions)
If redirects repeat, look for a redirect loop between servers</source>
        <translation>Lea la cabecera Contact para ver adónde debe ir la llamada
Compruebe si la centralita o el SBC del llamante está configurado para seguir las redirecciones 302
Compruebe que el nuevo destino está permitido y es enrutable desde el lado del llamante (plan de marcación, permisos de la troncal)
Si las redirecciones se repiten, busque un bucle de redirección entre servidores</translation>
    </message>
    <message>
        <source>moved temporarily, redirect, call forwarding, forwarded, diverted, temporary redirect, follow me, reroute</source>
        <translation>trasladado temporalmente, redirección, desvío de llamadas, desviada, redirigida, redirección temporal, sígueme, reencaminar</translation>
    </message>
    <message>
        <source>The called side wants your call to be sent through a particular server before it will accept it.</source>
        <translation>El lado llamado quiere que su llamada pase por un servidor concreto antes de aceptarla.</translation>
    </message>
    <message>
        <source>The request did not arrive the way the called side requires. The answer names a server (a proxy) the call must pass through and asks the caller's system to try again that way. Many phones do not support this and simply show the call as failed.</source>
        <translation>La solicitud no llegó por la vía que exige el lado llamado. La respuesta indica un servidor (un proxy) por el que debe pasar la llamada y pide al sistema del llamante que lo vuelva a intentar por esa vía. Muchos teléfonos no lo admiten y simplemente muestran la llamada como fallida.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.3.4: the resource must be reached through the proxy given in the Contact header, and the client is expected to repeat only this one request via that proxy; only a UAS may generate 305. No later SIP RFC deprecates or restricts it, and the IANA entry is unchanged (HTTP deprecated its own 305, which is a different protocol). Because obeying it lets the responder insert a proxy into the path, many UAs ignore it or follow it only from trusted sources.</source>
        <translation>RFC 3261 §21.3.4: al recurso debe accederse a través del proxy indicado en la cabecera Contact, y se espera que el cliente repita solo esta solicitud a través de ese proxy; solo un UAS puede generar 305. Ninguna RFC SIP posterior la declara obsoleta ni la restringe, y la entrada de IANA no ha cambiado (HTTP declaró obsoleto su propio 305, que es otro protocolo). Como obedecerla permite a quien responde insertar un proxy en el trayecto, muchos UA la ignoran o solo la siguen si procede de fuentes de confianza.</translation>
    </message>
    <message>
        <source>A UAS that only accepts requests arriving through a particular proxy or SBC
The caller bypassed the required outbound proxy
Misconfigured routing sends calls straight to an endpoint</source>
        <translation>Un UAS que solo acepta solicitudes que lleguen a través de un proxy o SBC concreto
El llamante eludió el proxy de salida obligatorio
Un enrutamiento mal configurado envía las llamadas directamente a un terminal</translation>
    </message>
    <message>
        <source>Read the Contact header for the required proxy
Configure the caller's phone or PBX to use that proxy as its outbound proxy
Make sure the named proxy is trusted before following the redirect
Check whether the caller's equipment supports 305 at all</source>
        <translation>Lea la cabecera Contact para conocer el proxy exigido
Configure el teléfono o la centralita del llamante para usar ese proxy como proxy de salida
Asegúrese de que el proxy indicado es de confianza antes de seguir la redirección
Compruebe si los equipos del llamante admiten 305</translation>
    </message>
    <message>
        <source>use proxy, outbound proxy, proxy required, wrong route, bypassed proxy, redirect to proxy</source>
        <translation>usar proxy, proxy de salida, proxy obligatorio, ruta incorrecta, proxy eludido, redirección a proxy</translation>
    </message>
    <message>
        <source>The call could not go through as dialled, and the network suggests another way to place it.</source>
        <translation>La llamada no pudo cursarse tal como se marcó, y la red sugiere otra forma de hacerla.</translation>
    </message>
    <message>
        <source>The call was not connected, but the system offers an alternative, described in the response. The best-known case is a mobile network telling a phone that the number dialled is an emergency number and must be called as an emergency call. The caller's device decides whether to retry that way.</source>
        <translation>La llamada no se conectó, pero el sistema ofrece una alternativa, descrita en la respuesta. El caso más conocido es una red móvil que indica a un teléfono que el número marcado es un número de emergencia y debe llamarse como llamada de emergencia. El equipo del llamante decide si reintenta de esa forma.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.3.5: the call failed, but alternative services are possible; they are described in the message body, whose format RFC 3261 leaves open. 3GPP IMS (TS 24.229) sends it with an XML body (application/3gpp-ims+xml, alternative-service element of type emergency) so that the UE retries as an emergency call or performs an emergency registration. Some lists print the phrase as 'Alternate Service'.</source>
        <translation>RFC 3261 §21.3.5: la llamada falló, pero son posibles servicios alternativos; se describen en el cuerpo del mensaje, cuyo formato RFC 3261 deja abierto. IMS de 3GPP (TS 24.229) la envía con un cuerpo XML (application/3gpp-ims+xml, elemento alternative-service de tipo emergency) para que el UE reintente como llamada de emergencia o haga un registro de emergencia. Algunas listas muestran la frase como «Alternate Service».</translation>
    </message>
    <message>
        <source>An IMS network detected an emergency number dialled as a normal call
The phone must register for emergency services before calling
A service offers a different way to reach the destination, described in the body</source>
        <translation>Una red IMS detectó un número de emergencia marcado como llamada normal
El teléfono debe registrarse para los servicios de emergencia antes de llamar
Un servicio ofrece otra forma de llegar al destino, descrita en el cuerpo</translation>
    </message>
    <message>
        <source>Read the message body for the offered alternative
For emergency numbers, check that the phone supports IMS emergency calls and retries as instructed
Check the emergency number lists configured on the device and in the network
If the device ignores 380, check its firmware support for the 3GPP alternative-service body</source>
        <translation>Lea el cuerpo del mensaje para conocer la alternativa ofrecida
En los números de emergencia, compruebe que el teléfono admite llamadas de emergencia IMS y reintenta según las instrucciones
Revise las listas de números de emergencia configuradas en el equipo y en la red
Si el equipo ignora 380, compruebe si su firmware admite el cuerpo alternative-service de 3GPP</translation>
    </message>
    <message>
        <source>alternative service, alternate service, emergency call, emergency number, 112, 911, sos, ims, redirect</source>
        <translation>servicio alternativo, alternate service, llamada de emergencia, número de emergencia, 112, 911, sos, ims, redirección</translation>
    </message>
    <message>
        <source>An automatic emergency alert sent by a device was refused because the emergency service could not make sense of it.</source>
        <translation>Se rechazó una alerta de emergencia automática enviada por un equipo porque el servicio de emergencias no pudo interpretarla.</translation>
    </message>
    <message>
        <source>A device such as an alarm panel, a sensor or a vehicle system sent an emergency alert as data, without a voice call, and the emergency service's system could not use it. The alert was missing, damaged or too incomplete to decide what help is needed. The problem lies with the sending device or its software, not with the emergency service or the phone line; a normal voice emergency call still works.</source>
        <translation>Un equipo, como una central de alarmas, un sensor o el sistema de un vehículo, envió una alerta de emergencia en forma de datos, sin llamada de voz, y el sistema del servicio de emergencias no pudo utilizarla. La alerta faltaba, estaba dañada o era demasiado incompleta para decidir qué ayuda se necesita. El problema está en el equipo emisor o en su software, no en el servicio de emergencias ni en la línea telefónica; una llamada de emergencia de voz normal sigue funcionando.</translation>
    </message>
    <message>
        <source>Defined for non-interactive emergency calls (RFC 8876 §5.1): a request, typically a SIP MESSAGE that sets up no session, carrying a Common Alerting Protocol document (application/EmergencyCallData.cap+xml) towards a PSAP or ESRP. The recipient answers 425 when the CAP payload is absent, corrupt or lacks the information needed to determine an emergency response. The AlertMsg-Error header gives the reason code: 100 cannot process the payload, 101 payload not present or not found, 102 not enough information, 103 payload corrupted. Unlike 415, the media type is understood; the alert content is what is refused.</source>
        <translation>Definida para las llamadas de emergencia no interactivas (RFC 8876 §5.1): una solicitud, normalmente un SIP MESSAGE que no establece ninguna sesión, que lleva un documento Common Alerting Protocol (application/EmergencyCallData.cap+xml) hacia un PSAP o un ESRP. El destinatario responde 425 cuando la carga CAP falta, está dañada o carece de la información necesaria para determinar la respuesta de emergencia. La cabecera AlertMsg-Error indica el código de motivo: 100 no se puede procesar la carga, 101 carga ausente o no encontrada, 102 información insuficiente, 103 carga dañada. A diferencia de 415, el tipo de medio se entiende; lo que se rechaza es el contenido de la alerta.</translation>
    </message>
    <message>
        <source>Alarm or sensor firmware that builds a CAP document outside the emergency profile
The alert body removed or cut off by an SBC, proxy or gateway
The request points to alert data (for example by a cid: reference) that is not in the message
Required CAP fields such as event, urgency or area left empty
Broken XML or a wrong character encoding in the alert</source>
        <translation>Firmware de alarma o de sensor que genera un documento CAP fuera del perfil de emergencia
Un SBC, un proxy o una pasarela eliminó o truncó el cuerpo de la alerta
La solicitud apunta a datos de alerta (por ejemplo con una referencia cid:) que no están en el mensaje
Campos CAP obligatorios, como event, urgency o area, vacíos
XML defectuoso o una codificación de caracteres incorrecta en la alerta</translation>
    </message>
    <message>
        <source>Read the AlertMsg-Error code and text in the response
Validate the CAP document sent by the device against the CAP schema and the RFC 8876 profile
Check that no SBC, proxy or gateway strips or rewrites the message body
Update the device firmware or contact its vendor
Make sure a voice emergency call remains possible while the alert path is fixed</source>
        <translation>Lea el código y el texto de AlertMsg-Error en la respuesta
Valide el documento CAP enviado por el equipo con el esquema CAP y el perfil de RFC 8876
Compruebe que ningún SBC, proxy o pasarela elimina o reescribe el cuerpo del mensaje
Actualice el firmware del equipo o póngase en contacto con su fabricante
Asegúrese de que sigue siendo posible hacer una llamada de emergencia de voz mientras se corrige la vía de alertas</translation>
    </message>
    <message>
        <source>emergency alert, alarm panel, sensor alert, ecall, cap, 911, 112, psap, emergency message rejected, data-only emergency call</source>
        <translation>alerta de emergencia, central de alarmas, panel de alarma, alerta de sensor, ecall, cap, 911, 112, psap, mensaje de emergencia rechazado, llamada de emergencia solo de datos</translation>
    </message>
    <message>
        <source>The call was refused because the receiving network only accepts calls whose caller number is digitally signed, and this one was not.</source>
        <translation>La llamada se rechazó porque la red receptora solo acepta llamadas cuyo número de origen esté firmado digitalmente, y este no lo estaba.</translation>
    </message>
    <message>
        <source>The receiving network or phone system requires the caller ID to be vouched for with a digital signature (in North America this is STIR/SHAKEN). This call arrived without one, so it was turned away. The person you called did not reject you: the caller's provider or PBX has to sign the calls it sends, or a device on the way removed the signature.</source>
        <translation>La red o la centralita receptora exige que el identificador de llamada esté avalado por una firma digital (en Norteamérica se trata de STIR/SHAKEN). Esta llamada llegó sin firma, así que se rechazó. La persona a la que llamó no le ha rechazado: el proveedor o la centralita del llamante tiene que firmar las llamadas que envía, o bien un equipo del trayecto eliminó la firma.</translation>
    </message>
    <message>
        <source>Sent by a verification service (RFC 8224 §6.2.2) when local policy requires an Identity header, i.e. a signed PASSporT (RFC 8225), and the request carries none. The originating domain is expected to run an authentication service that adds Identity before the call leaves it. The code was first registered by RFC 4474, whose design RFC 8224 replaced. Many carriers do not reject unsigned calls but treat them as unverified; RFC 9410 also lets a verifier report a failure upstream in a Reason header (protocol STIR) while the call continues.</source>
        <translation>La envía un servicio de verificación (RFC 8224 §6.2.2) cuando la política local exige una cabecera Identity, es decir, un PASSporT firmado (RFC 8225), y la solicitud no lleva ninguna. Se espera que el dominio de origen tenga un servicio de autenticación que añada Identity antes de que la llamada salga de él. El código lo registró por primera vez RFC 4474, cuyo diseño sustituyó RFC 8224. Muchos operadores no rechazan las llamadas sin firma, sino que las tratan como no verificadas; RFC 9410 también permite que un verificador notifique un fallo hacia el origen en una cabecera Reason (protocolo STIR) mientras la llamada continúa.</translation>
    </message>
    <message>
        <source>The originating provider or PBX does not sign its calls
An SBC or trunk strips the Identity header on the way
The call crossed a TDM or legacy interconnect that cannot carry Identity
A strict policy on the terminating network that refuses all unsigned calls</source>
        <translation>El proveedor o la centralita de origen no firma sus llamadas
Un SBC o una troncal elimina la cabecera Identity por el camino
La llamada pasó por una interconexión TDM o heredada que no puede transportar Identity
Una política estricta en la red de destino que rechaza todas las llamadas sin firma</translation>
    </message>
    <message>
        <source>Ask the originating provider whether it signs calls for this number, and with which attestation
Capture the INVITE at each hop to find where the Identity header disappears
Check SBC header manipulation rules for Identity
Review the terminating network's policy for unsigned calls</source>
        <translation>Pregunte al proveedor de origen si firma las llamadas de este número y con qué nivel de atestación
Capture el INVITE en cada salto para averiguar dónde desaparece la cabecera Identity
Revise las reglas de manipulación de cabeceras del SBC relativas a Identity
Revise la política de la red de destino para las llamadas sin firma</translation>
    </message>
    <message>
        <source>stir/shaken, shaken, caller id verification, unsigned call, identity header, call blocked, robocall, spam, attestation, spoofing</source>
        <translation>stir/shaken, shaken, verificación del identificador de llamada, llamada sin firma, cabecera identity, llamada bloqueada, robocall, llamada automatizada, spam, atestación, suplantación</translation>
    </message>
    <message>
        <source>A call transfer was refused because the person who asked for the transfer could not be verified.</source>
        <translation>Se rechazó una transferencia de llamada porque no se pudo verificar quién la había pedido.</translation>
    </message>
    <message>
        <source>During a transfer, the party the call was being transferred to wanted signed proof of who requested the transfer, and that proof was missing or invalid. It concerns the transfer request, not the line or the ongoing call. The transfer can often be done another way, for example as an attended transfer or by calling the number directly.</source>
        <translation>Durante una transferencia, el destino al que se transfería la llamada quería una prueba firmada de quién solicitó la transferencia, y esa prueba faltaba o no era válida. Afecta a la solicitud de transferencia, no a la línea ni a la llamada en curso. A menudo la transferencia puede hacerse de otra forma, por ejemplo como transferencia atendida o llamando directamente al número.</translation>
    </message>
    <message>
        <source>The transfer target requires signed Referred-By tokens and the transferring phone cannot create them
A proxy or B2BUA rebuilt the request and dropped the token body
The token signature or the referrer's certificate could not be verified
A policy on the target that only accepts transfers from known referrers</source>
        <translation>El destino de la transferencia exige tokens Referred-By firmados y el teléfono que transfiere no puede crearlos
Un proxy o un B2BUA reconstruyó la solicitud y descartó el cuerpo del token
No se pudo verificar la firma del token o el certificado de quien solicitó la transferencia
Una política en el destino que solo acepta transferencias de solicitantes conocidos</translation>
    </message>
    <message>
        <source>Check the Referred-By header and any signed body in the INVITE sent to the target
Check whether the transferring phone supports Referred-By tokens and has a certificate
Look at the NOTIFY sent back to the transferring phone to see the failure
Try an attended transfer, or relax the target's policy for trusted referrers</source>
        <translation>Revise la cabecera Referred-By y el cuerpo firmado, si lo hay, del INVITE enviado al destino
Compruebe si el teléfono que transfiere admite tokens Referred-By y tiene un certificado
Revise el NOTIFY devuelto al teléfono que transfiere para ver el fallo
Pruebe una transferencia atendida o flexibilice la política del destino para los solicitantes de confianza</translation>
    </message>
    <message>
        <source>transfer failed, call transfer, blind transfer, refer, referred-by, transfer rejected, transfer not allowed</source>
        <translation>transferencia fallida, transferencia de llamada, transferencia ciega, refer, referred-by, transferencia rechazada, transferencia no permitida</translation>
    </message>
    <message>
        <source>The network lost its connection to the called phone, so the call could not be delivered that way.</source>
        <translation>La red perdió la conexión con el teléfono llamado, así que no se pudo entregar la llamada por esa vía.</translation>
    </message>
    <message>
        <source>The called phone keeps a standing connection to its provider so that calls can reach it behind a router or firewall. That connection has broken, so the server could not hand the call to the phone over it. This is normally dealt with inside the provider's network, which tries other connections; the phone usually reconnects and signs in again by itself.</source>
        <translation>El teléfono llamado mantiene una conexión permanente con su proveedor para que las llamadas puedan llegarle aunque esté detrás de un router o un firewall. Esa conexión se ha roto, así que el servidor no pudo entregarle la llamada por ella. Normalmente esto se resuelve dentro de la red del proveedor, que prueba otras conexiones; el teléfono suele volver a conectarse y registrarse por sí solo.</translation>
    </message>
    <message>
        <source>The phone's TCP or TLS connection dropped, for example after a Wi-Fi or mobile network change
A NAT or firewall closed the binding because keepalives were too rare
The edge proxy or SBC restarted and lost its connections
The phone went to sleep or lost power without unregistering</source>
        <translation>La conexión TCP o TLS del teléfono se cortó, por ejemplo tras un cambio de red Wi-Fi o móvil
Un NAT o un firewall cerró el vínculo porque los keepalives eran demasiado espaciados
El proxy de borde o el SBC se reinició y perdió sus conexiones
El teléfono entró en reposo o se quedó sin alimentación sin anular su registro</translation>
    </message>
    <message>
        <source>Check whether the called device reconnects and registers again shortly afterwards
Compare the keepalive interval (CRLF or STUN, Flow-Timer) with NAT and firewall timeouts
Look for edge proxy or SBC restarts and connection resets at the time of the failure
Let the phone register more than one flow if redundancy is wanted</source>
        <translation>Compruebe si el equipo llamado se vuelve a conectar y a registrar poco después
Compare el intervalo de keepalive (CRLF o STUN, Flow-Timer) con los tiempos de espera del NAT y del firewall
Busque reinicios del proxy de borde o del SBC y conexiones reiniciadas en el momento del fallo
Permita que el teléfono registre más de un flujo si se desea redundancia</translation>
    </message>
    <message>
        <source>connection lost, phone offline, unreachable, nat, firewall, keepalive, tcp connection dropped, not registered, outbound, flow</source>
        <translation>conexión perdida, teléfono desconectado, inaccesible, nat, firewall, keepalive, se cortó la conexión tcp, no registrado, outbound, flujo</translation>
    </message>
    <message>
        <source>The person you called does not accept calls from hidden or withheld numbers.</source>
        <translation>La persona a la que llama no acepta llamadas de números ocultos o privados.</translation>
    </message>
    <message>
        <source>The call was made with the caller's number hidden, and the called party or their provider rejects anonymous calls. Nothing is broken: showing your number for this call, or in general, lets it through. It is a choice made on the called side, not a fault of the caller's phone or the network.</source>
        <translation>La llamada se hizo con el número del llamante oculto, y el abonado llamado o su proveedor rechaza las llamadas anónimas. No hay nada averiado: si muestra su número en esta llamada, o en general, la llamada pasará. Es una decisión tomada en el lado del llamado, no un fallo del teléfono del llamante ni de la red.</translation>
    </message>
    <message>
        <source>Call again with your number shown (turn off number withholding, or use the provider's per-call code)
Check the caller's line or trunk for default privacy or CLIR settings
Check that From and P-Asserted-Identity are sent correctly on the trunk
If the called party should accept such calls, ask them to switch off anonymous call rejection</source>
        <translation>Vuelva a llamar mostrando su número (desactive la ocultación del número o use el código por llamada del proveedor)
Revise si la línea o la troncal del llamante tiene activadas por defecto la privacidad o CLIR
Compruebe que From y P-Asserted-Identity se envían correctamente en la troncal
Si el llamado debería aceptar estas llamadas, pídale que desactive el rechazo de llamadas anónimas</translation>
    </message>
    <message>
        <source>anonymous call rejected, withheld number, private number, hidden caller id, no caller id, clir, acr, anonymous, call blocked</source>
        <translation>llamada anónima rechazada, número oculto, número privado, identificador de llamada oculto, sin identificador de llamada, clir, acr, anónimo, llamada bloqueada</translation>
    </message>
    <message>
        <source>The call was refused because the network could not fetch the certificate needed to check the caller's identity.</source>
        <translation>La llamada se rechazó porque la red no pudo obtener el certificado necesario para comprobar la identidad del llamante.</translation>
    </message>
    <message>
        <source>The call carried a digital signature for the caller's number, but the receiving network could not download the certificate that the signature points to, so it could not check who is calling. The problem lies with the calling side's signing setup or with the path to its certificate server, not with the called party.</source>
        <translation>La llamada llevaba una firma digital del número del llamante, pero la red receptora no pudo descargar el certificado al que apunta la firma, así que no pudo comprobar quién llama. El problema está en la configuración de firma del lado que llama o en el acceso a su servidor de certificados, no en el llamado.</translation>
    </message>
    <message>
        <source>Sent by a verification service (RFC 8224 §6.2.2) when the credential referenced by the info parameter of the Identity header (the certificate URL, also in the PASSporT x5u claim) cannot be dereferenced: unsupported URI scheme, unreachable host or failed retrieval. RFC 4474 defined it for the Identity-Info header, which RFC 8224 removed; PJSIP and Wireshark still print Bad Identity-Info. Compare 437 (credential obtained but not acceptable) and 438 (signature or claims do not verify).</source>
        <translation>La envía un servicio de verificación (RFC 8224 §6.2.2) cuando no se puede desreferenciar la credencial a la que remite el parámetro info de la cabecera Identity (la URL del certificado, que también figura en la claim x5u del PASSporT): esquema de URI no admitido, host inaccesible o fallo en la descarga. RFC 4474 la definió para la cabecera Identity-Info, que RFC 8224 eliminó; PJSIP y Wireshark siguen mostrando Bad Identity-Info. Compárela con 437 (credencial obtenida pero no aceptable) y 438 (la firma o las claims no se verifican).</translation>
    </message>
    <message>
        <source>The certificate URL in the Identity header is wrong, outdated or unreachable
The signing provider's certificate repository is down or blocked by a firewall
A URL scheme the verifier does not support (for example not https)
DNS or TLS errors when the verifier fetches the certificate</source>
        <translation>La URL del certificado de la cabecera Identity es errónea, está desactualizada o es inaccesible
El repositorio de certificados del proveedor firmante está caído o bloqueado por un firewall
Un esquema de URL que el verificador no admite (por ejemplo, que no sea https)
Errores de DNS o TLS cuando el verificador descarga el certificado</translation>
    </message>
    <message>
        <source>Read the info parameter of the Identity header and try to fetch that URL from the verifier's network
Check firewall and proxy rules for outbound https from the verification service
Check the verifier's logs for DNS or TLS errors during retrieval
Tell the originating provider if its certificate repository is unreachable</source>
        <translation>Lea el parámetro info de la cabecera Identity e intente descargar esa URL desde la red del verificador
Revise las reglas de firewall y de proxy para el tráfico https saliente del servicio de verificación
Revise los logs del verificador en busca de errores de DNS o TLS durante la descarga
Avise al proveedor de origen si su repositorio de certificados es inaccesible</translation>
    </message>
    <message>
        <source>stir/shaken, certificate url, x5u, identity info, caller id verification, call blocked, certificate download failed, verification failed</source>
        <translation>stir/shaken, url del certificado, x5u, identity info, verificación del identificador de llamada, llamada bloqueada, error al descargar el certificado, verificación fallida</translation>
    </message>
    <message>
        <source>The call was refused because the certificate used to sign the caller's number is not trusted or not supported.</source>
        <translation>La llamada se rechazó porque el certificado usado para firmar el número del llamante no es de confianza o no está admitido.</translation>
    </message>
    <message>
        <source>The caller's network signed the call and the receiving network fetched the certificate, but could not accept it, for example because it comes from an authority it does not trust. The problem lies with the calling provider's certificate or with the trust settings of the receiving network, not with the phones.</source>
        <translation>La red del llamante firmó la llamada y la red receptora descargó el certificado, pero no pudo aceptarlo, por ejemplo porque procede de una autoridad en la que no confía. El problema está en el certificado del proveedor que llama o en la configuración de confianza de la red receptora, no en los teléfonos.</translation>
    </message>
    <message>
        <source>Sent by a verification service (RFC 8224 §6.2.2) when it cannot validate the credential referenced by the Identity header: a certificate from an untrusted or unknown authority, an unsupported credential type or algorithm, or one that fails validation. RFC 4474 registered the code as 437 Unsupported Certificate, the phrase PJSIP, Wireshark and FreeSWITCH still print; the meaning is the same. Compare 436 (credential could not be fetched) and 438 (signature or claims invalid).</source>
        <translation>La envía un servicio de verificación (RFC 8224 §6.2.2) cuando no puede validar la credencial a la que remite la cabecera Identity: un certificado de una autoridad desconocida o que no es de confianza, un tipo de credencial o un algoritmo no admitidos, o una credencial que no supera la validación. RFC 4474 registró el código como 437 Unsupported Certificate, la frase que todavía muestran PJSIP, Wireshark y FreeSWITCH; el significado es el mismo. Compárela con 436 (no se pudo obtener la credencial) y 438 (firma o claims no válidas).</translation>
    </message>
    <message>
        <source>The signing certificate was issued by a CA missing from the verifier's trust list (for example not an approved STI-CA)
The certificate is expired or revoked
A credential type or algorithm the verifier does not support
An outdated trust anchor list on the verification service</source>
        <translation>El certificado de firma lo emitió una CA que no está en la lista de confianza del verificador (por ejemplo, no es una STI-CA aprobada)
El certificado está caducado o revocado
Un tipo de credencial o un algoritmo que el verificador no admite
Una lista de anclas de confianza desactualizada en el servicio de verificación</translation>
    </message>
    <message>
        <source>Check which CA issued the certificate and whether it is on the verifier's trust list
Check the certificate's validity dates and revocation status
Update the verification service's trust anchors
Ask the originating provider to renew or replace its certificate</source>
        <translation>Compruebe qué CA emitió el certificado y si está en la lista de confianza del verificador
Compruebe las fechas de validez del certificado y su estado de revocación
Actualice las anclas de confianza del servicio de verificación
Pida al proveedor de origen que renueve o sustituya su certificado</translation>
    </message>
    <message>
        <source>stir/shaken, untrusted certificate, unsupported certificate, certificate expired, caller id verification, call blocked, sti-ca, trust anchor</source>
        <translation>stir/shaken, certificado no fiable, certificado no admitido, certificado caducado, verificación del identificador de llamada, llamada bloqueada, sti-ca, ancla de confianza</translation>
    </message>
    <message>
        <source>The call was refused because the digital signature on the caller's number did not check out.</source>
        <translation>La llamada se rechazó porque la firma digital del número del llamante no superó la verificación.</translation>
    </message>
    <message>
        <source>The call came with a signed caller identity, but when the receiving network checked it, the signature was wrong or the signed details did not match the call. The caller ID may have been changed on the way, or the signing was done incorrectly. The problem lies on the calling side or along the route, not with the called party.</source>
        <translation>La llamada llegó con una identidad del llamante firmada, pero cuando la red receptora la comprobó, la firma era incorrecta o los datos firmados no coincidían con la llamada. Puede que el identificador de llamada se modificara por el camino o que la firma se hiciera mal. El problema está en el lado que llama o a lo largo de la ruta, no en el llamado.</translation>
    </message>
    <message>
        <source>Sent by a verification service (RFC 8224 §6.2.2) when it has obtained the credential but the PASSporT signature does not verify, or the signed claims do not match the request, such as the orig or dest numbers. Number rewriting by B2BUAs or SBCs after signing is a frequent trigger. A Date outside the freshness window is answered with 403 Stale Date instead. Compare 436 and 437, which fail before the signature is checked.</source>
        <translation>La envía un servicio de verificación (RFC 8224 §6.2.2) cuando ha obtenido la credencial pero la firma del PASSporT no se verifica, o las claims firmadas no coinciden con la solicitud, como los números orig o dest. La reescritura de números por parte de B2BUA o SBC después de la firma es un desencadenante frecuente. A una Date fuera de la ventana de vigencia se responde en cambio con 403 Stale Date. Compárela con 436 y 437, que fallan antes de comprobar la firma.</translation>
    </message>
    <message>
        <source>A device on the route rewrote the calling or called number after the call was signed
Number format differences (plus sign, country code) between signer and verifier
A signing key that does not match the published certificate
Caller ID spoofing: the call claims a number it was not signed for
An SBC that damaged or rebuilt the Identity header</source>
        <translation>Un equipo de la ruta reescribió el número de origen o de destino después de firmar la llamada
Diferencias de formato de número (signo más, código de país) entre el firmante y el verificador
Una clave de firma que no coincide con el certificado publicado
Suplantación del identificador de llamada: la llamada declara un número para el que no se firmó
Un SBC que dañó o reconstruyó la cabecera Identity</translation>
    </message>
    <message>
        <source>Compare the orig and dest claims in the PASSporT with From, P-Asserted-Identity and the Request-URI as received
Check number normalisation rules on SBCs between signer and verifier
Ask the originating provider to check that its signing key matches its certificate
Check clock synchronisation (NTP) on signing and verifying systems</source>
        <translation>Compare las claims orig y dest del PASSporT con From, P-Asserted-Identity y el Request-URI tal como se recibieron
Revise las reglas de normalización de números en los SBC entre el firmante y el verificador
Pida al proveedor de origen que compruebe que su clave de firma coincide con su certificado
Compruebe la sincronización de reloj (NTP) en los sistemas que firman y verifican</translation>
    </message>
    <message>
        <source>stir/shaken, invalid signature, caller id spoofing, spoofed number, verification failed, call blocked, spam, robocall, identity header</source>
        <translation>stir/shaken, firma no válida, suplantación del identificador de llamada, número falsificado, verificación fallida, llamada bloqueada, spam, robocall, cabecera identity</translation>
    </message>
    <message>
        <source>The phone could not sign in because the first server it connects through does not support a connection feature the phone asked for.</source>
        <translation>El teléfono no pudo registrarse porque el primer servidor a través del que se conecta no admite una función de conexión que el teléfono solicitó.</translation>
    </message>
    <message>
        <source>The phone asked to keep a reliable standing connection to the service (SIP Outbound). The registration server supports this, but the first server in between does not, so the registration was refused. It is a setup mismatch between the phone and the provider's front-end server, not a problem with the account or password.</source>
        <translation>El teléfono pidió mantener una conexión permanente y fiable con el servicio (SIP Outbound). El servidor de registro lo admite, pero el primer servidor intermedio no, así que se rechazó el registro. Es una discrepancia de configuración entre el teléfono y el servidor frontal del proveedor, no un problema de la cuenta ni de la contraseña.</translation>
    </message>
    <message>
        <source>SIP Outbound (RFC 5626) enabled on the phone, but the SBC or edge proxy does not support it
The edge proxy does not add a Path header with the ob parameter
A new or misconfigured front-end proxy in front of an outbound-capable registrar
A load balancer that forwards REGISTER without acting as an edge proxy</source>
        <translation>SIP Outbound (RFC 5626) activado en el teléfono, pero el SBC o el proxy de borde no lo admite
El proxy de borde no añade una cabecera Path con el parámetro ob
Un proxy frontal nuevo o mal configurado delante de un registrador compatible con outbound
Un balanceador de carga que reenvía REGISTER sin actuar como proxy de borde</translation>
    </message>
    <message>
        <source>Turn off SIP Outbound (reg-id) on the phone, or point it at an edge proxy that supports outbound
Check the Path header as it reaches the registrar
Enable Path and outbound support on the edge proxy or SBC
Register again and confirm the 200 OK carries Require: outbound</source>
        <translation>Desactive SIP Outbound (reg-id) en el teléfono, o apúntelo a un proxy de borde que admita outbound
Revise la cabecera Path tal como llega al registrador
Active la compatibilidad con Path y outbound en el proxy de borde o el SBC
Vuelva a registrar el equipo y confirme que el 200 OK lleva Require: outbound</translation>
    </message>
    <message>
        <source>registration failed, cannot register, outbound, edge proxy, sbc, path header, reg-id, nat, keepalive</source>
        <translation>error de registro, no se registra, outbound, proxy de borde, sbc, cabecera path, reg-id, nat, keepalive</translation>
    </message>
    <message>
        <source>The call could not ring all the phones it was meant to, because of a limit on how many phones one call may ring at once.</source>
        <translation>La llamada no pudo hacer sonar todos los teléfonos previstos, por un límite en el número de teléfonos que una llamada puede hacer sonar a la vez.</translation>
    </message>
    <message>
        <source>To protect the network, servers limit how many parallel branches one call may split into. This call would have gone over that limit, so some or all destinations were not tried. It usually points to a very large ring group, or to forwarding that splits the call again and again, on the provider or PBX side.</source>
        <translation>Para proteger la red, los servidores limitan en cuántas ramas paralelas puede dividirse una llamada. Esta llamada habría superado ese límite, así que algunos destinos, o todos, no se probaron. Suele apuntar a un grupo de timbrado muy grande, o a desvíos que dividen la llamada una y otra vez, en el lado del proveedor o de la centralita.</translation>
    </message>
    <message>
        <source>Defined by RFC 5393, which added the Max-Breadth header to stop forking being used for amplification attacks. Max-Breadth caps the number of concurrent branches a request may fan out into across all forking proxies (RFC 5393 suggests 60 as the default). A proxy whose incoming Max-Breadth is too small for the parallel fork it wants, and that cannot fork serially or redirect instead, returns 440; the client can conclude that its request did not reach every possible destination. Compare 483, which limits depth (Max-Forwards) rather than breadth.</source>
        <translation>Definida por RFC 5393, que añadió la cabecera Max-Breadth para impedir que la bifurcación (forking) se use en ataques de amplificación. Max-Breadth limita el número de ramas simultáneas en que puede abrirse una solicitud a través de todos los proxies con bifurcación (RFC 5393 sugiere 60 como valor predeterminado). Un proxy cuyo Max-Breadth entrante es demasiado pequeño para la bifurcación en paralelo que quiere hacer, y que no puede bifurcar en serie ni redirigir, devuelve 440; el cliente puede concluir que su solicitud no llegó a todos los destinos posibles. Compárela con 483, que limita la profundidad (Max-Forwards) y no la amplitud.</translation>
    </message>
    <message>
        <source>A ring group or hunt group that rings too many phones in parallel
Several forking proxies in a chain, each splitting the call again
A user with many registered devices plus forwarding to another group
A forking loop or spiral that multiplies branches
A low Max-Breadth set by a client or an intermediate proxy</source>
        <translation>Un grupo de timbrado o de búsqueda que hace sonar demasiados teléfonos en paralelo
Varios proxies con bifurcación encadenados, cada uno de los cuales vuelve a dividir la llamada
Un usuario con muchos equipos registrados y además un desvío a otro grupo
Un bucle o una espiral de bifurcación que multiplica las ramas
Un Max-Breadth bajo fijado por un cliente o un proxy intermedio</translation>
    </message>
    <message>
        <source>Check the Max-Breadth header of the request as it reaches each proxy
Reduce parallel branches, or switch large groups to sequential hunting
Look for forwarding chains where groups contain other groups
Check proxy settings that lower or reset Max-Breadth</source>
        <translation>Revise la cabecera Max-Breadth de la solicitud tal como llega a cada proxy
Reduzca las ramas en paralelo o cambie los grupos grandes a búsqueda secuencial
Busque cadenas de desvío en las que unos grupos contienen otros
Revise los ajustes de proxy que reducen o restablecen Max-Breadth</translation>
    </message>
    <message>
        <source>ring group, hunt group, forking, parallel ringing, simultaneous ring, too many devices, max-breadth, call not delivered</source>
        <translation>grupo de timbrado, grupo de búsqueda, forking, timbrado simultáneo, timbrado en paralelo, demasiados equipos, max-breadth, llamada no entregada</translation>
    </message>
    <message>
        <source>The other side refused a message sent during the call, such as keypad presses sent as data, because it does not accept that kind of message.</source>
        <translation>El otro lado rechazó un mensaje enviado durante la llamada, como las pulsaciones del teclado enviadas como datos, porque no acepta ese tipo de mensaje.</translation>
    </message>
    <message>
        <source>During a call, one side sent extra information inside the call, for example keypad tones or application data, in a format the other side had not agreed to receive. Only that message was refused; the call itself goes on. It usually comes from a settings mismatch between the two phones or systems, often about how keypad tones (DTMF) are sent.</source>
        <translation>Durante una llamada, uno de los lados envió información adicional dentro de la llamada, por ejemplo tonos del teclado o datos de aplicación, en un formato que el otro lado no había aceptado recibir. Solo se rechazó ese mensaje; la llamada en sí continúa. Suele deberse a una discrepancia de configuración entre los dos teléfonos o sistemas, a menudo en la forma de enviar los tonos del teclado (DTMF).</translation>
    </message>
    <message>
        <source>Defined by RFC 6086 (receiver behaviour §4.2.2, registration §11.6). A UA answers 469 to an INFO request whose Info-Package header names a package it has not announced in its Recv-Info header; the response carries Recv-Info listing the packages it will accept. The failure concerns that INFO transaction only and does not end the dialog. Legacy INFO sent without an Info-Package header is outside this mechanism.</source>
        <translation>Definida por RFC 6086 (comportamiento del receptor en §4.2.2, inscripción en el registro de IANA en §11.6). Un UA responde 469 a una solicitud INFO cuya cabecera Info-Package indica un paquete que no ha anunciado en su cabecera Recv-Info; la respuesta lleva Recv-Info con los paquetes que aceptará. El fallo afecta solo a esa transacción INFO y no termina el diálogo. Los INFO heredados enviados sin cabecera Info-Package quedan fuera de este mecanismo.</translation>
    </message>
    <message>
        <source>DTMF sent as SIP INFO in a package the far end did not list in Recv-Info
The sender ignored, or never received, the peer's Recv-Info
An SBC or B2BUA that removed or rewrote Recv-Info during call setup
Different DTMF or application settings on the two endpoints</source>
        <translation>DTMF enviado como SIP INFO en un paquete que el extremo remoto no incluyó en Recv-Info
El emisor ignoró, o nunca recibió, la Recv-Info del otro extremo
Un SBC o un B2BUA que eliminó o reescribió Recv-Info durante el establecimiento de la llamada
Ajustes de DTMF o de aplicación distintos en los dos terminales</translation>
    </message>
    <message>
        <source>Compare the Info-Package header of the INFO with the Recv-Info sent by the far end
Align DTMF settings on both sides (RFC 4733 telephone-event, SIP INFO or in-band)
Check how SBCs pass Recv-Info and Info-Package
Update endpoint firmware that sends INFO without checking Recv-Info</source>
        <translation>Compare la cabecera Info-Package del INFO con la Recv-Info enviada por el extremo remoto
Armonice los ajustes de DTMF en ambos lados (telephone-event de RFC 4733, SIP INFO o en banda)
Revise cómo transmiten los SBC Recv-Info e Info-Package
Actualice el firmware de los terminales que envían INFO sin comprobar Recv-Info</translation>
    </message>
    <message>
        <source>dtmf, keypad tones, touch tones, keypresses not working, ivr not responding, sip info, info package, recv-info</source>
        <translation>dtmf, tonos del teclado, tonos multifrecuencia, las teclas no funcionan, el ivr no responde, el menú no reconoce las teclas, sip info, info package, recv-info</translation>
    </message>
    <message>
        <source>Your message or call could not be passed on because a recipient has not yet agreed to receive it through this service.</source>
        <translation>Su mensaje o llamada no pudo transmitirse porque un destinatario aún no ha aceptado recibirlo a través de este servicio.</translation>
    </message>
    <message>
        <source>The request went to a service that forwards it to others, such as a group list, a conference service or a message distributor. At least one recipient has not given permission to receive traffic from you through that service, so it refused. The recipient has to agree first; nothing is broken on your phone.</source>
        <translation>La solicitud llegó a un servicio que la reenvía a otros, como una lista de grupo, un servicio de conferencias o un distribuidor de mensajes. Al menos un destinatario no ha dado permiso para recibir tráfico de usted a través de ese servicio, así que este la rechazó. El destinatario tiene que aceptar primero; no hay nada averiado en su teléfono.</translation>
    </message>
    <message>
        <source>Defined by the SIP consent framework (RFC 5360 §5.9.2), which protects against amplification and spam through relays. A relay that would translate a request to recipient URIs, for example a URI-list server, returns 470 when the recipient's permission for that translation is missing; the Permission-Missing header lists the URIs still lacking consent. The sender can then request permission with a permission document (RFC 5361) and retry once the recipients grant it. Unlike 403, it points to a way of obtaining access.</source>
        <translation>Definida por el marco de consentimiento de SIP (RFC 5360 §5.9.2), que protege frente a la amplificación y el spam a través de relés. Un relé que traduciría una solicitud a los URI de los destinatarios, por ejemplo un servidor de listas de URI, devuelve 470 cuando falta el permiso del destinatario para esa traducción; la cabecera Permission-Missing enumera los URI que aún no han dado su consentimiento. El remitente puede entonces solicitar permiso con un documento de permiso (RFC 5361) y reintentar cuando los destinatarios lo concedan. A diferencia de 403, indica una forma de obtener acceso.</translation>
    </message>
    <message>
        <source>A recipient on a group or distribution list has not granted permission yet
Permission was given earlier but has expired or been withdrawn
The sender identity differs from the one the recipient approved
A new relay or list was set up without collecting consent</source>
        <translation>Un destinatario de una lista de grupo o de distribución aún no ha concedido su permiso
El permiso se dio antes, pero ha caducado o se ha retirado
La identidad del remitente es distinta de la que aprobó el destinatario
Se configuró un relé o una lista nuevos sin recabar el consentimiento</translation>
    </message>
    <message>
        <source>Read the Permission-Missing header to see which recipients lack consent
Send those recipients a permission request and wait for them to accept
Check that the sender identity matches the one for which permission was given
Remove recipients who do not consent from the list</source>
        <translation>Lea la cabecera Permission-Missing para ver qué destinatarios no han dado su consentimiento
Envíe a esos destinatarios una solicitud de permiso y espere a que la acepten
Compruebe que la identidad del remitente coincide con aquella para la que se dio el permiso
Elimine de la lista a los destinatarios que no den su consentimiento</translation>
    </message>
    <message>
        <source>consent, permission, not allowed, group message, distribution list, conference invite, spam protection, recipient approval</source>
        <translation>consentimiento, permiso, no permitido, mensaje de grupo, lista de distribución, invitación a conferencia, protección antispam, aprobación del destinatario</translation>
    </message>
    <message>
        <source>The person you called cannot be reached right now; their phone may be off, not signed in or not answering.</source>
        <translation>No se puede localizar en este momento a la persona a la que llama; puede que tenga el teléfono apagado, no esté registrado o no conteste.</translation>
    </message>
    <message>
        <source>The call reached the called party's service, but their phone could not take it at the moment: it may be switched off, not signed in, out of coverage or set to do not disturb, or it rang without being answered. It is about the called party's side, not your phone. Trying again later usually works.</source>
        <translation>La llamada llegó al servicio del llamado, pero el teléfono de esa persona no pudo atenderla en ese momento: puede estar apagado, sin registrar, fuera de cobertura o en modo no molestar, o sonó sin que nadie contestara. Tiene que ver con el lado del llamado, no con el teléfono desde el que llama. Volver a intentarlo más tarde suele funcionar.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.4.18: the callee's end system was contacted but the callee is currently unavailable; a proxy or redirect server also returns it when it knows the user but has no valid current location (no registration). It may carry Retry-After, and the reason phrase or a Reason header may be more specific. Unlike 408, which reports that no final answer came in time, 480 is an explicit answer; unlike 486, the user is not busy. RFC 3398 maps 480 to Q.850 cause 18 (No user responding); causes 19 (No answer from user), 20 (Subscriber absent) and 31 (Normal, unspecified) arrive as 480.</source>
        <translation>RFC 3261 §21.4.18: se contactó con el sistema final del llamado, pero este no está disponible en este momento; un proxy o un servidor de redirección también la devuelve cuando conoce al usuario pero no tiene ninguna ubicación actual válida (no hay registro). Puede llevar Retry-After, y la frase de motivo o una cabecera Reason pueden ser más específicas. A diferencia de 408, que indica que no llegó a tiempo ninguna respuesta final, 480 es una respuesta explícita; a diferencia de 486, el usuario no está ocupado. RFC 3398 asigna 480 a la causa Q.850 18 (No responde el usuario); las causas 19 (No hay respuesta del usuario), 20 (Abonado ausente) y 31 (Normal, sin especificar) llegan como 480.</translation>
    </message>
    <message>
        <source>The called phone is not registered (switched off, offline or without network)
It rang without answer and the called side gave up after its no-answer timer
Do-not-disturb or an away status that answers with 480
Mobile phone out of coverage or in flight mode
The called phone lost its registration after a NAT or network change
A proxy or gateway with no usable route to the user at the moment</source>
        <translation>El teléfono llamado no está registrado (apagado, desconectado o sin red)
Sonó sin respuesta y el lado llamado desistió tras su temporizador de no respuesta
No molestar o un estado de ausente que responde con 480
Teléfono móvil fuera de cobertura o en modo avión
El teléfono llamado perdió su registro tras un cambio de NAT o de red
Un proxy o una pasarela sin ninguna ruta utilizable hacia el usuario en ese momento</translation>
    </message>
    <message>
        <source>Call again later
Check whether the called device is registered (registrar or PBX user status)
Look for Retry-After, the reason phrase and any Reason header for the exact cause
Check do-not-disturb and no-answer timer settings on the called side
If every call to one user fails, check that device's NAT keepalives and registration expiry</source>
        <translation>Vuelva a llamar más tarde
Compruebe si el equipo llamado está registrado (estado del usuario en el registrador o la centralita)
Busque Retry-After, la frase de motivo y la cabecera Reason, si la hay, para conocer la causa exacta
Revise los ajustes de no molestar y del temporizador de no respuesta en el lado llamado
Si fallan todas las llamadas a un mismo usuario, revise los keepalives de NAT y la caducidad del registro de ese equipo</translation>
    </message>
    <message>
        <source>unavailable, not available, nobody answers, no answer, not registered, phone offline, switched off, out of coverage, do not disturb, unreachable, subscriber absent</source>
        <translation>no disponible, no localizable, nadie contesta, no contesta, no registrado, teléfono desconectado, apagado, fuera de cobertura, no molestar, inaccesible, abonado ausente</translation>
    </message>
    <message>
        <source>The other side no longer knows about this call, so it could not act on the request.</source>
        <translation>El otro lado ya no tiene constancia de esta llamada, así que no pudo atender la solicitud.</translation>
    </message>
    <message>
        <source>A message was sent about a call that the other side has no record of, for example because it had already ended the call, restarted or lost track of it. It often shows up when hanging up, holding or transferring, and usually means the call had already ended on the other side. It is a mismatch between two systems, not something the user did wrong.</source>
        <translation>Se envió un mensaje sobre una llamada de la que el otro lado no tiene constancia, por ejemplo porque ya había terminado la llamada, se había reiniciado o le había perdido el rastro. Suele aparecer al colgar, poner en espera o transferir, y normalmente significa que la llamada ya había terminado en el otro lado. Es una discrepancia entre dos sistemas, no algo que el usuario haya hecho mal.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.4.19: the UAS received a request that matches no existing dialog or transaction, such as a BYE, re-INVITE, CANCEL or NOTIFY with an unknown Call-ID or tags. Per §12.2.1.2 a UAC that gets 481 (or 408) to a request inside a dialog should consider the dialog ended. Older gateways print the RFC 2543 phrase Call Leg/Transaction Does Not Exist. RFC 3398 maps it to Q.850 cause 41 (Temporary failure).</source>
        <translation>RFC 3261 §21.4.19: el UAS recibió una solicitud que no corresponde a ningún diálogo ni transacción existente, como un BYE, un re-INVITE, un CANCEL o un NOTIFY con un Call-ID o unas etiquetas desconocidos. Según §12.2.1.2, un UAC que recibe 481 (o 408) a una solicitud dentro de un diálogo debe considerar terminado el diálogo. Las pasarelas antiguas muestran la frase de RFC 2543 Call Leg/Transaction Does Not Exist. RFC 3398 la asigna a la causa Q.850 41 (Fallo temporal).</translation>
    </message>
    <message>
        <source>The call had already ended on the other side (a BYE crossed or was lost)
A phone, PBX or SBC restarted and lost its call state
An SBC or B2BUA changed the Call-ID or tags inconsistently
A CANCEL that arrived after the call was answered or ended
Requests routed to another node of a cluster that does not share call state
A NOTIFY for a subscription that has already expired</source>
        <translation>La llamada ya había terminado en el otro lado (un BYE se cruzó o se perdió)
Un teléfono, una centralita o un SBC se reinició y perdió el estado de la llamada
Un SBC o un B2BUA cambió el Call-ID o las etiquetas de forma incoherente
Un CANCEL que llegó después de que la llamada se contestara o terminara
Solicitudes encaminadas a otro nodo de un clúster que no comparte el estado de las llamadas
Un NOTIFY de una suscripción que ya ha caducado</translation>
    </message>
    <message>
        <source>Compare Call-ID, From tag and To tag of the failing request with the original dialog
Check whether the other side sent a BYE or restarted before this request
Review dialog handling and failover on SBCs, B2BUAs and clusters
Check session timer and subscription expiry if it happens mid-call or with NOTIFY</source>
        <translation>Compare el Call-ID, la etiqueta From y la etiqueta To de la solicitud fallida con los del diálogo original
Compruebe si el otro lado envió un BYE o se reinició antes de esta solicitud
Revise la gestión de diálogos y la conmutación por error en SBC, B2BUA y clústeres
Revise el temporizador de sesión y la caducidad de la suscripción si ocurre en mitad de la llamada o con NOTIFY</translation>
    </message>
    <message>
        <source>call does not exist, call leg, dialog not found, unknown call, hang up failed, transfer failed, hold failed, call dropped</source>
        <translation>la llamada no existe, tramo de llamada, diálogo no encontrado, llamada desconocida, no se pudo colgar, transferencia fallida, no se pudo poner en espera, llamada cortada</translation>
    </message>
    <message>
        <source>The call went round in a circle between servers, so the network stopped it.</source>
        <translation>La llamada dio vueltas en círculo entre servidores, así que la red la detuvo.</translation>
    </message>
    <message>
        <source>The call was routed back to a server it had already passed through, in a way that would have made it go round forever. The server stopped it to protect the network. This is a routing setup error at the provider or PBX, not a problem with either phone.</source>
        <translation>La llamada se encaminó de vuelta a un servidor por el que ya había pasado, de una forma que la habría hecho dar vueltas indefinidamente. El servidor la detuvo para proteger la red. Es un error de configuración del enrutamiento en el proveedor o en la centralita, no un problema de ninguno de los teléfonos.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.4.20: a proxy found by loop detection (§16.3 step 4: its own address in a Via with a branch value showing the same request) that the request came back to it unchanged. A spiral, where the request returns with a different Request-URI or route, is legitimate and must not be rejected. RFC 5393 made loop detection mandatory for proxies that fork and corrected the algorithm. RFC 3398 maps 482 to Q.850 cause 25 (Exchange routing error).</source>
        <translation>RFC 3261 §21.4.20: un proxy detectó mediante la detección de bucles (§16.3, paso 4: su propia dirección en una Via con un valor de branch que indica la misma solicitud) que la solicitud le había vuelto sin cambios. Una espiral, en la que la solicitud vuelve con otra Request-URI u otra ruta, es legítima y no debe rechazarse. RFC 5393 hizo obligatoria la detección de bucles en los proxies que bifurcan y corrigió el algoritmo. RFC 3398 asigna 482 a la causa Q.850 25 (Error de encaminamiento en la central).</translation>
    </message>
    <message>
        <source>Two servers that route the same number to each other
Call forwarding that points back to the original user or group
A default route on a PBX pointing at a trunk that sends the call back
DNS, SRV or outbound proxy settings that lead a server back to itself</source>
        <translation>Dos servidores que se encaminan el mismo número el uno al otro
Un desvío de llamadas que apunta de nuevo al usuario o grupo original
Una ruta predeterminada en una centralita que apunta a una troncal que devuelve la llamada
Ajustes de DNS, SRV o proxy de salida que hacen que un servidor vuelva a sí mismo</translation>
    </message>
    <message>
        <source>Read the Via headers to see which servers the request passed through
Check the routing and dial plan for the dialled number on each of those servers
Check the called user's forwarding settings
Check DNS and outbound proxy settings</source>
        <translation>Lea las cabeceras Via para ver por qué servidores pasó la solicitud
Revise el enrutamiento y el plan de marcación del número marcado en cada uno de esos servidores
Revise la configuración de desvío del usuario llamado
Revise los ajustes de DNS y del proxy de salida</translation>
    </message>
    <message>
        <source>loop, routing loop, call loop, forwarding loop, misrouted, routing error, call forward</source>
        <translation>bucle, bucle de enrutamiento, bucle de llamada, bucle de desvío, mal encaminada, error de enrutamiento, desvío de llamada</translation>
    </message>
    <message>
        <source>The call passed through too many servers and was stopped before it reached the person you called.</source>
        <translation>La llamada pasó por demasiados servidores y se detuvo antes de llegar a la persona a la que llama.</translation>
    </message>
    <message>
        <source>Every call carries a counter that goes down at each server it passes. This call used the counter up before reaching its destination, usually because it was circling between systems or passed an unusually long chain of them. It is a routing problem in the provider or PBX network, not with the phones.</source>
        <translation>Cada llamada lleva un contador que disminuye en cada servidor por el que pasa. Esta llamada agotó el contador antes de llegar a su destino, normalmente porque daba vueltas entre sistemas o pasó por una cadena inusualmente larga de ellos. Es un problema de enrutamiento en la red del proveedor o de la centralita, no de los teléfonos.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.4.21: a proxy received a request whose Max-Forwards had reached 0 (§16.3 step 3; an OPTIONS may instead be answered by the proxy itself). UACs usually start at 70. Loops through B2BUAs tend to end in 483 rather than 482, because each B2BUA sends a new request with fresh Via headers; RFC 7332 asks B2BUAs to carry Max-Forwards over, since one that resets it can make such a loop endless. RFC 3398 maps 483 to Q.850 cause 25 (Exchange routing error).</source>
        <translation>RFC 3261 §21.4.21: un proxy recibió una solicitud cuyo Max-Forwards había llegado a 0 (§16.3, paso 3; a un OPTIONS puede responder en su lugar el propio proxy). Los UAC suelen empezar en 70. Los bucles a través de B2BUA tienden a terminar en 483 en lugar de 482, porque cada B2BUA envía una solicitud nueva con cabeceras Via nuevas; RFC 7332 pide a los B2BUA que conserven Max-Forwards, ya que uno que lo restablece puede hacer que un bucle así no termine nunca. RFC 3398 asigna 483 a la causa Q.850 25 (Error de encaminamiento en la central).</translation>
    </message>
    <message>
        <source>A routing loop between PBXs, SBCs or B2BUAs
A very low initial Max-Forwards set by a client or trunk
An unusually long chain of proxies and forwarding steps
Forwarding rules that bounce the call between systems</source>
        <translation>Un bucle de enrutamiento entre centralitas, SBC o B2BUA
Un Max-Forwards inicial muy bajo fijado por un cliente o una troncal
Una cadena inusualmente larga de proxies y pasos de desvío
Reglas de desvío que hacen rebotar la llamada entre sistemas</translation>
    </message>
    <message>
        <source>Compare Max-Forwards as sent and as received at each hop
Trace the route (Via, Record-Route, SBC logs) to find systems that appear repeatedly
Fix dial plan or routing entries that send the call back
Check devices that set Max-Forwards too low</source>
        <translation>Compare Max-Forwards tal como se envió y tal como se recibió en cada salto
Siga la ruta (Via, Record-Route, logs del SBC) para encontrar sistemas que aparecen repetidamente
Corrija las entradas del plan de marcación o de enrutamiento que devuelven la llamada
Revise los equipos que fijan un Max-Forwards demasiado bajo</translation>
    </message>
    <message>
        <source>too many hops, max-forwards, hop count, routing loop, call loop, misrouted, routing error</source>
        <translation>demasiados saltos, max-forwards, contador de saltos, bucle de enrutamiento, bucle de llamada, mal encaminada, error de enrutamiento</translation>
    </message>
    <message>
        <source>The number you dialled is incomplete; some digits are missing.</source>
        <translation>El número que marcó está incompleto; faltan dígitos.</translation>
    </message>
    <message>
        <source>The network recognised that the dialled number is too short or not finished, so it could not connect the call. Usually a digit, the area code or the country code is missing, or the phone sent the number before dialling was complete. It is about the number dialled, not about the line.</source>
        <translation>La red detectó que el número marcado es demasiado corto o no está terminado, así que no pudo conectar la llamada. Normalmente falta un dígito, el código de área o el código de país, o el teléfono envió el número antes de terminar de marcar. Tiene que ver con el número marcado, no con la línea.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.4.22: the Request-URI is incomplete; the reason phrase may say more. It is the basis of overlap dialling (RFC 3578): a gateway or UA may send a new INVITE with more digits after a 484. RFC 3398 maps it to and from Q.850 cause 28 (Invalid number format, address incomplete). Compare 404 (complete but unknown number) and 416 (unsupported URI scheme).</source>
        <translation>RFC 3261 §21.4.22: el Request-URI está incompleta; la frase de motivo puede dar más detalles. Es la base de la marcación con solapamiento (overlap, RFC 3578): una pasarela o un UA pueden enviar un nuevo INVITE con más dígitos después de un 484. RFC 3398 la asigna a la causa Q.850 28 (Formato de número no válido, dirección incompleta) y viceversa. Compárela con 404 (número completo pero desconocido) y 416 (esquema de URI no admitido).</translation>
    </message>
    <message>
        <source>Missing digits, area code or country code
The phone's digit map or inter-digit timeout sent the number too early
Overlap dialling towards a system that expects the whole number at once
Number normalisation that strips digits
Short codes or extensions missing from the dial plan</source>
        <translation>Faltan dígitos, el código de área o el código de país
El mapa de marcación o el tiempo entre dígitos del teléfono envió el número demasiado pronto
Marcación con solapamiento hacia un sistema que espera el número completo de una vez
Una normalización de números que elimina dígitos
Códigos cortos o extensiones que faltan en el plan de marcación</translation>
    </message>
    <message>
        <source>Dial the full number, including area and country code
Check the phone's digit map and inter-digit timeout
Check number normalisation rules on the PBX, SBC and trunk
Check whether the route uses overlap or en-bloc sending</source>
        <translation>Marque el número completo, con el código de área y el código de país
Revise el mapa de marcación y el tiempo entre dígitos del teléfono
Revise las reglas de normalización de números en la centralita, el SBC y la troncal
Compruebe si la ruta usa envío con solapamiento o en bloque</translation>
    </message>
    <message>
        <source>incomplete number, missing digits, number too short, area code missing, wrong number format, dial plan, digit map, overlap dialling</source>
        <translation>número incompleto, faltan dígitos, número demasiado corto, falta el código de área, falta el prefijo, formato de número incorrecto, plan de marcación, mapa de marcación, marcación con solapamiento</translation>
    </message>
    <message>
        <source>The name or number you dialled matches more than one person, so the system could not tell whom to call.</source>
        <translation>El nombre o el número que marcó coincide con más de una persona, así que el sistema no pudo saber a quién llamar.</translation>
    </message>
    <message>
        <source>The address you dialled is not unique, for example a short name or alias shared by several users. The system may offer a list of possible matches. Dialling the full, exact address or number will work.</source>
        <translation>La dirección que marcó no es única, por ejemplo un nombre corto o un alias compartido por varios usuarios. El sistema puede ofrecer una lista de coincidencias posibles. Marcar la dirección o el número completos y exactos funcionará.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.4.23: the Request-URI is ambiguous. The response may list possible unambiguous addresses in Contact header fields, but revealing them can harm privacy or help an attacker guess users, so many servers omit the list or answer 404. RFC 3398 maps it to Q.850 cause 1 (Unallocated number). Compare 300, which offers several locations of one and the same user.</source>
        <translation>RFC 3261 §21.4.23: el Request-URI es ambigua. La respuesta puede enumerar posibles direcciones no ambiguas en campos de cabecera Contact, pero revelarlas puede perjudicar la privacidad o ayudar a un atacante a adivinar usuarios, así que muchos servidores omiten la lista o responden 404. RFC 3398 la asigna a la causa Q.850 1 (Número no asignado). Compárela con 300, que ofrece varias ubicaciones de un mismo usuario.</translation>
    </message>
    <message>
        <source>A short name or alias shared by several users in the directory
Partial input in a dial-by-name feature
Duplicate aliases after a directory import
A dial plan pattern that matches several destinations</source>
        <translation>Un nombre corto o un alias compartido por varios usuarios en el directorio
Una entrada parcial en una función de marcación por nombre
Alias duplicados tras importar un directorio
Un patrón del plan de marcación que coincide con varios destinos</translation>
    </message>
    <message>
        <source>Dial the full SIP address or the complete number
Check the Contact headers in the response for the possible matches
Remove duplicate aliases from the user directory
Make dial plan patterns unique</source>
        <translation>Marque la dirección SIP completa o el número completo
Revise las cabeceras Contact de la respuesta para ver las posibles coincidencias
Elimine los alias duplicados del directorio de usuarios
Haga que los patrones del plan de marcación sean únicos</translation>
    </message>
    <message>
        <source>ambiguous, several matches, duplicate name, dial by name, alias, multiple users, unclear address</source>
        <translation>ambiguo, varias coincidencias, nombre duplicado, marcación por nombre, alias, varios usuarios, dirección poco clara</translation>
    </message>
    <message>
        <source>The person you called is busy on this phone right now.</source>
        <translation>La persona a la que llama está ocupada en este teléfono en este momento.</translation>
    </message>
    <message>
        <source>The called phone was reached, but it is already in a call or set to reject extra calls, so it refused this one. It is about the called party, not about your phone or the network. Other phones of the same person may still ring, and trying again later will usually work.</source>
        <translation>Se llegó al teléfono llamado, pero ya está en una llamada o está configurado para rechazar llamadas adicionales, así que rechazó esta. Tiene que ver con la persona llamada, no con el teléfono desde el que llama ni con la red. Puede que otros teléfonos de la misma persona sigan sonando, y volver a intentarlo más tarde suele funcionar.</translation>
    </message>
    <message>
        <source>Sent by the callee's user agent (RFC 3261 §21.4.24) when it is not willing or able to take another call at this end system. It may carry Retry-After to say when to retry. Unlike 600 Busy Everywhere it speaks only for this device: a forking proxy continues with other branches. RFC 3398 maps it to Q.850 cause 17 (User busy).</source>
        <translation>La envía el agente de usuario del llamado (RFC 3261 §21.4.24) cuando no quiere o no puede aceptar otra llamada en este sistema final. Puede llevar Retry-After para indicar cuándo reintentar. A diferencia de 600 Busy Everywhere, solo habla por este equipo: un proxy con bifurcación continúa con las demás ramas. RFC 3398 la asigna a la causa Q.850 17 (Usuario ocupado).</translation>
    </message>
    <message>
        <source>The called phone is already in a call and has no call waiting
Do-not-disturb set to answer busy
All lines or channels of the called device are in use
A PBX busy-on-busy or hunt-group limit</source>
        <translation>El teléfono llamado ya está en una llamada y no tiene llamada en espera
No molestar configurado para responder como ocupado
Todas las líneas o canales del equipo llamado están en uso
Un límite de ocupado sobre ocupado (busy-on-busy) o de grupo de búsqueda en la centralita</translation>
    </message>
    <message>
        <source>Call again in a few minutes
Check whether call waiting or do-not-disturb is set on the called phone
Look for a Retry-After header in the response
If every call gets 486, check the line or channel limit of the called device or trunk</source>
        <translation>Vuelva a llamar dentro de unos minutos
Compruebe si el teléfono llamado tiene activada la llamada en espera o el modo no molestar
Busque una cabecera Retry-After en la respuesta
Si todas las llamadas reciben 486, revise el límite de líneas o de canales del equipo llamado o de la troncal</translation>
    </message>
    <message>
        <source>busy, engaged, line busy, in a call, occupied, do not disturb, dnd, busy signal</source>
        <translation>ocupado, comunicando, línea ocupada, en una llamada, está hablando, no molestar, dnd, tono de ocupado, da ocupado</translation>
    </message>
    <message>
        <source>The call attempt was cancelled before it was answered, usually because the caller hung up.</source>
        <translation>El intento de llamada se canceló antes de que se contestara, normalmente porque el llamante colgó.</translation>
    </message>
    <message>
        <source>The call was stopped while it was still ringing, most often because the caller hung up or because another phone answered it. This is a normal end of a call attempt, not a fault. If the caller did not hang up, a timer on the caller's phone or PBX may have cancelled the call.</source>
        <translation>La llamada se detuvo cuando todavía estaba sonando, casi siempre porque el llamante colgó o porque otro teléfono la contestó. Es un final normal de un intento de llamada, no un fallo. Si el llamante no colgó, puede que un temporizador de su teléfono o de su centralita cancelara la llamada.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.4.25: the request was ended by a BYE or CANCEL. A UAS that accepts a CANCEL answers the CANCEL with 200 and the pending INVITE with 487 (§9.2), and the UAC acknowledges the 487 with ACK. The CANCEL may carry a Reason header (RFC 3326), for example cause=200 when a forking proxy cancels the other branches after one answered. RFC 3398 gives 487 no Q.850 mapping: on the ISUP side the attempt simply ends with normal clearing (cause 16).</source>
        <translation>RFC 3261 §21.4.25: la solicitud terminó por un BYE o un CANCEL. Un UAS que acepta un CANCEL responde al CANCEL con 200 y al INVITE pendiente con 487 (§9.2), y el UAC confirma el 487 con ACK. El CANCEL puede llevar una cabecera Reason (RFC 3326), por ejemplo cause=200 cuando un proxy con bifurcación cancela las demás ramas después de que una contestara. RFC 3398 no asigna ninguna causa Q.850 a 487: en el lado ISUP el intento simplemente termina con liberación normal (causa 16).</translation>
    </message>
    <message>
        <source>The caller hung up while it was ringing
Another device of a ring group or forked call answered
The caller's phone or PBX cancelled after its own no-answer timeout
Call pickup or a transfer replaced the ringing call
An application or auto-dialler cancelled the attempt</source>
        <translation>El llamante colgó mientras sonaba
Contestó otro equipo de un grupo de timbrado o de una llamada bifurcada
El teléfono o la centralita del llamante canceló tras su propio tiempo de no respuesta
La captura de llamadas o una transferencia sustituyó a la llamada que sonaba
Una aplicación o un marcador automático canceló el intento</translation>
    </message>
    <message>
        <source>Usually nothing to do: check whether the caller hung up
Look at the CANCEL and its Reason header to see who cancelled and why
If calls are cut short while ringing, check no-answer timers on the calling phone or PBX
In ring groups, confirm that another member answered</source>
        <translation>Normalmente no hay que hacer nada: compruebe si el llamante colgó
Revise el CANCEL y su cabecera Reason para ver quién canceló y por qué
Si las llamadas se cortan mientras suenan, revise los temporizadores de no respuesta del teléfono o la centralita que llama
En los grupos de timbrado, confirme que contestó otro miembro</translation>
    </message>
    <message>
        <source>cancelled, caller hung up, hang up, abandoned call, answered elsewhere, call pickup, ring timeout, missed call</source>
        <translation>cancelada, el llamante colgó, colgar, llamada abandonada, contestada en otro teléfono, captura de llamada, tiempo de timbrado agotado, llamada perdida</translation>
    </message>
    <message>
        <source>The call was refused because the two sides could not agree on how to send the sound or video.</source>
        <translation>La llamada se rechazó porque los dos lados no se pusieron de acuerdo sobre cómo enviar el audio o el vídeo.</translation>
    </message>
    <message>
        <source>The called side was reached but could not accept the proposed call settings, most often because no common voice codec was offered, or because of encryption, fax or video settings. It is a settings mismatch between the two ends or a server in between, not a fault of either line. If this refuses a change during a call, such as a switch to fax, the existing call stays up.</source>
        <translation>Se llegó al lado llamado, pero no pudo aceptar los parámetros de llamada propuestos, casi siempre porque no se ofreció ningún códec de voz común, o por los ajustes de cifrado, fax o vídeo. Es una discrepancia de configuración entre los dos extremos o un servidor intermedio, no un fallo de ninguna de las líneas. Si lo que se rechaza es un cambio durante la llamada, como el paso a fax, la llamada existente se mantiene.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.4.26: some aspect of the session description (codecs, media type, transport such as RTP/SAVP, bandwidth, address family) is not acceptable to the resource addressed by the Request-URI; other locations may accept it. A Warning header usually names the reason: 304 Media type not available, 305 Incompatible media format, 302 Incompatible transport protocol, 370 Insufficient bandwidth. Unlike 606 it speaks only for this destination; unlike 415 the body type (SDP) is understood but its content is refused. After a refused re-INVITE the session stays unchanged (§14.1). RFC 3398 takes the Q.850 cause from the Warning code; causes 65 and 70 arrive as 488.</source>
        <translation>RFC 3261 §21.4.26: algún aspecto de la descripción de sesión (códecs, tipo de medio, transporte como RTP/SAVP, ancho de banda, familia de direcciones) no es aceptable para el recurso al que se dirige el Request-URI; otras ubicaciones pueden aceptarlo. Una cabecera Warning suele indicar el motivo: 304 Media type not available, 305 Incompatible media format, 302 Incompatible transport protocol, 370 Insufficient bandwidth. A diferencia de 606, solo habla por este destino; a diferencia de 415, el tipo de cuerpo (SDP) se entiende, pero se rechaza su contenido. Tras un re-INVITE rechazado, la sesión no cambia (§14.1). RFC 3398 toma la causa Q.850 del código de Warning; las causas 65 y 70 llegan como 488.</translation>
    </message>
    <message>
        <source>No codec in common, for example G.729 only offered to a side that allows only G.711 or Opus
Encryption mismatch: SRTP required on one side, plain RTP on the other
A T.38 fax re-INVITE refused by a side without fax support
Video or other media offered to a voice-only device
IPv4/IPv6 or transport mismatch in the SDP
Codec restrictions on an SBC or transcoder in the path</source>
        <translation>Ningún códec en común, por ejemplo solo se ofrece G.729 a un lado que solo permite G.711 u Opus
Discrepancia de cifrado: SRTP obligatorio en un lado y RTP sin cifrar en el otro
Un re-INVITE de fax T.38 rechazado por un lado sin soporte de fax
Vídeo u otros medios ofrecidos a un equipo solo de voz
Discrepancia de IPv4/IPv6 o de transporte en el SDP
Restricciones de códecs en un SBC o un transcodificador del trayecto</translation>
    </message>
    <message>
        <source>Read the Warning header code for the exact reason
Compare the codecs in the offer with those allowed on the far end and on SBCs
Check SRTP and encryption settings on both sides
For fax, check T.38 and G.711 pass-through settings
Add a common codec or enable transcoding</source>
        <translation>Lea el código de la cabecera Warning para conocer el motivo exacto
Compare los códecs de la oferta con los permitidos en el extremo remoto y en los SBC
Revise los ajustes de SRTP y de cifrado en ambos lados
Para el fax, revise los ajustes de T.38 y de paso transparente G.711
Añada un códec común o active la transcodificación</translation>
    </message>
    <message>
        <source>codec mismatch, no common codec, incompatible codec, media negotiation failed, sdp, srtp, fax failed, t.38, video call failed, not acceptable</source>
        <translation>incompatibilidad de códecs, ningún códec común, códec incompatible, fallo de negociación de medios, sdp, srtp, el fax falla, t.38, falla la videollamada, no aceptable</translation>
    </message>
    <message>
        <source>The phone asked the server for a kind of status update that the server does not offer.</source>
        <translation>El teléfono pidió al servidor un tipo de actualización de estado que el servidor no ofrece.</translation>
    </message>
    <message>
        <source>Phones subscribe to updates such as the voicemail light, presence or the busy lamp of a colleague's line. The server received such a request for an update type it does not support and refused it. It usually comes from a phone key or setting that does not match what the server offers; normal calls are not affected.</source>
        <translation>Los teléfonos se suscriben a actualizaciones como la luz del buzón de voz, la presencia o el piloto de ocupado de la línea de un compañero. El servidor recibió una solicitud de este tipo para un tipo de actualización que no admite y la rechazó. Suele deberse a una tecla o un ajuste del teléfono que no se corresponde con lo que ofrece el servidor; las llamadas normales no se ven afectadas.</translation>
    </message>
    <message>
        <source>Busy lamp (dialog), presence or voicemail (message-summary) subscription to a server without that package
A provisioning or vendor-specific event the server does not know
A misspelt event name or an unsupported event parameter
An unsolicited NOTIFY with an event type the phone does not handle
Subscriptions sent to the wrong server, such as the trunk instead of the PBX</source>
        <translation>Suscripción de piloto de ocupado (dialog), de presencia o de buzón de voz (message-summary) a un servidor que no tiene ese paquete
Un evento de aprovisionamiento o propio del fabricante que el servidor no conoce
Un nombre de evento mal escrito o un parámetro de evento no admitido
Un NOTIFY no solicitado con un tipo de evento que el teléfono no gestiona
Suscripciones enviadas al servidor equivocado, como la troncal en lugar de la centralita</translation>
    </message>
    <message>
        <source>blf, busy lamp field, presence, voicemail light, mwi, subscribe failed, event package, notify, status light not working</source>
        <translation>blf, piloto de ocupado, campo de lámparas, presencia, luz del buzón de voz, mwi, error de suscripción, paquete de eventos, notify, la luz de estado no funciona</translation>
    </message>
    <message>
        <source>Both sides tried to change the call at the same moment, so one change was put off and will be retried.</source>
        <translation>Los dos lados intentaron modificar la llamada en el mismo momento, así que uno de los cambios se aplazó y se volverá a intentar.</translation>
    </message>
    <message>
        <source>While the call was being changed, for example put on hold, resumed or switched to fax, the other side sent its own change at the same time. To avoid confusion one of them was turned down for now. The phones normally retry by themselves after a short random wait, so the call usually carries on without any action.</source>
        <translation>Mientras se modificaba la llamada, por ejemplo al ponerla en espera, reanudarla o pasarla a fax, el otro lado envió su propio cambio al mismo tiempo. Para evitar confusiones, uno de ellos se rechazó de momento. Normalmente los teléfonos reintentan por sí solos tras una breve espera aleatoria, así que la llamada suele continuar sin que haya que hacer nada.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.4.27 and §14.2: a UAS that receives a re-INVITE (or an UPDATE, RFC 3311) in a dialog while its own offer in that dialog is still pending answers 491 (glare). Per §14.1 the UAC waits a random time before retrying: 2.1 to 4 seconds in 10 ms steps if it generated the Call-ID, 0 to 2 seconds otherwise. A UAS still processing an earlier incoming re-INVITE answers 500 with Retry-After instead. The refused request leaves the session unchanged.</source>
        <translation>RFC 3261 §21.4.27 y §14.2: un UAS que recibe un re-INVITE (o un UPDATE, RFC 3311) en un diálogo mientras su propia oferta en ese diálogo sigue pendiente responde 491 (colisión o glare). Según §14.1, el UAC espera un tiempo aleatorio antes de reintentar: de 2,1 a 4 segundos en pasos de 10 ms si generó el Call-ID, y de 0 a 2 segundos en caso contrario. Un UAS que todavía está procesando un re-INVITE entrante anterior responde en cambio 500 con Retry-After. La solicitud rechazada deja la sesión sin cambios.</translation>
    </message>
    <message>
        <source>Both ends send a re-INVITE at once (hold, resume, session refresh)
Both fax gateways try to switch to T.38 at the same time
Session timer refreshes sent by both sides, or by an SBC and an endpoint
An SBC or B2BUA that sends its own re-INVITE while another is in progress
A device that retries at once instead of waiting the random delay</source>
        <translation>Ambos extremos envían un re-INVITE a la vez (espera, reanudación, renovación de sesión)
Las dos pasarelas de fax intentan pasar a T.38 al mismo tiempo
Renovaciones del temporizador de sesión enviadas por ambos lados, o por un SBC y un terminal
Un SBC o un B2BUA que envía su propio re-INVITE mientras hay otro en curso
Un equipo que reintenta de inmediato en lugar de esperar el retardo aleatorio</translation>
    </message>
    <message>
        <source>Usually nothing to do: confirm that the retry succeeded after the delay
Check that each side waits the random delay before retrying
Let only one side refresh session timers (refresher parameter)
Let only one fax gateway start the T.38 switch</source>
        <translation>Normalmente no hay que hacer nada: confirme que el reintento tuvo éxito tras el retardo
Compruebe que cada lado espera el retardo aleatorio antes de reintentar
Haga que solo un lado renueve los temporizadores de sesión (parámetro refresher)
Haga que solo una pasarela de fax inicie el paso a T.38</translation>
    </message>
    <message>
        <source>glare, re-invite, request pending, collision, simultaneous requests, hold failed, fax switch, t.38, session refresh</source>
        <translation>glare, colisión, re-invite, solicitud pendiente, solicitudes simultáneas, no se pudo poner en espera, cambio a fax, t.38, renovación de sesión</translation>
    </message>
    <message>
        <source>The other side could not read an encrypted part of the message, so it refused it.</source>
        <translation>El otro lado no pudo leer una parte cifrada del mensaje, así que lo rechazó.</translation>
    </message>
    <message>
        <source>Part of the request was encrypted so that only the receiver could read it, but the receiver could not decrypt it, usually because it lacks the right key or the sender used the wrong one. It is a security setup mismatch between the two systems. It is rare, because most systems encrypt the connection rather than parts of messages.</source>
        <translation>Parte de la solicitud estaba cifrada para que solo el receptor pudiera leerla, pero el receptor no pudo descifrarla, normalmente porque no tiene la clave correcta o el remitente usó una equivocada. Es una discrepancia en la configuración de seguridad entre los dos sistemas. Es poco frecuente, porque la mayoría de los sistemas cifran la conexión y no partes de los mensajes.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.4.28: the request contained an encrypted MIME body (S/MIME, §23) for which the recipient does not possess, or will not provide, a suitable decryption key. The response may carry a single body with the public key the sender should use to encrypt bodies for this UA. End-to-end S/MIME is seldom deployed, and hop-by-hop TLS never produces 493. Compare 415, used when the body type itself is not supported.</source>
        <translation>RFC 3261 §21.4.28: la solicitud contenía un cuerpo MIME cifrado (S/MIME, §23) para el que el destinatario no tiene, o no va a facilitar, una clave de descifrado adecuada. La respuesta puede llevar un único cuerpo con la clave pública que el remitente debe usar para cifrar los cuerpos dirigidos a este UA. S/MIME de extremo a extremo se implanta muy poco, y TLS salto a salto nunca produce 493. Compárela con 415, que se usa cuando no se admite el propio tipo de cuerpo.</translation>
    </message>
    <message>
        <source>The body was encrypted with an old or wrong public key of the recipient
The recipient's private key or certificate is missing or expired
S/MIME body encryption switched on at one end only
An intermediary that altered the encrypted body</source>
        <translation>El cuerpo se cifró con una clave pública del destinatario antigua o errónea
Falta la clave privada o el certificado del destinatario, o están caducados
Cifrado de cuerpos S/MIME activado solo en un extremo
Un intermediario que alteró el cuerpo cifrado</translation>
    </message>
    <message>
        <source>Check which certificate the sender used and whether it belongs to the recipient
Use the public key returned in the 493 body, if any, and retry
Check certificate stores and expiry dates on both ends
Switch off S/MIME body encryption if it is not required</source>
        <translation>Compruebe qué certificado usó el remitente y si pertenece al destinatario
Use la clave pública devuelta en el cuerpo del 493, si la hay, y reintente
Revise los almacenes de certificados y las fechas de caducidad en ambos extremos
Desactive el cifrado de cuerpos S/MIME si no es necesario</translation>
    </message>
    <message>
        <source>encryption, s/mime, cannot decrypt, encrypted body, certificate, key mismatch, security</source>
        <translation>cifrado, s/mime, no se puede descifrar, cuerpo cifrado, certificado, clave incorrecta, seguridad</translation>
    </message>
    <message>
        <source>The server requires the phone to set up a protected connection first, and the phone did not do so.</source>
        <translation>El servidor exige que el teléfono establezca primero una conexión protegida, y el teléfono no lo hizo.</translation>
    </message>
    <message>
        <source>The provider's server only accepts requests after the phone and the server have agreed on a security method, such as an encrypted tunnel. The phone did not offer it or did not complete it correctly. It is typical of mobile and IMS-based services (VoLTE, Wi-Fi calling) and points to a phone or client setting, not to the account or the called party.</source>
        <translation>El servidor del proveedor solo acepta solicitudes después de que el teléfono y el servidor hayan acordado un método de seguridad, como un túnel cifrado. El teléfono no lo ofreció o no lo completó correctamente. Es típico de los servicios móviles y basados en IMS (VoLTE, llamadas por Wi-Fi) y apunta a un ajuste del teléfono o del cliente, no a la cuenta ni al llamado.</translation>
    </message>
    <message>
        <source>RFC 3329 §2.3.1 (security mechanism agreement): a server that receives an unprotected request with sec-agree in Require or Proxy-Require answers 494 with a Security-Server header listing its mechanisms (tls, digest, ipsec-ike, ipsec-man, ipsec-3gpp). The client picks one, sets it up and resends, echoing the server's list in Security-Verify. In 3GPP IMS the P-CSCF normally sends Security-Server in the 401 to the first REGISTER, so a later 494 usually means a missing or mismatched Security-Verify or a request sent outside the IPsec security association.</source>
        <translation>RFC 3329 §2.3.1 (acuerdo de mecanismo de seguridad): un servidor que recibe una solicitud no protegida con sec-agree en Require o Proxy-Require responde 494 con una cabecera Security-Server que enumera sus mecanismos (tls, digest, ipsec-ike, ipsec-man, ipsec-3gpp). El cliente elige uno, lo establece y reenvía la solicitud, repitiendo la lista del servidor en Security-Verify. En IMS de 3GPP, el P-CSCF normalmente envía Security-Server en el 401 al primer REGISTER, así que un 494 posterior suele indicar un Security-Verify ausente o que no coincide, o una solicitud enviada fuera de la asociación de seguridad IPsec.</translation>
    </message>
    <message>
        <source>The client sent no Security-Client, or did not finish the IPsec or TLS setup
Security-Verify missing or not matching the server's Security-Server list
A request sent to the unprotected port instead of the protected one
An SBC or proxy that removes Security-Client, Security-Server or Security-Verify
IMS or VoLTE client settings (IPsec, sec-agree) disabled or wrong</source>
        <translation>El cliente no envió Security-Client o no terminó de establecer IPsec o TLS
Security-Verify ausente o que no coincide con la lista Security-Server del servidor
Una solicitud enviada al puerto no protegido en lugar de al protegido
Un SBC o un proxy que elimina Security-Client, Security-Server o Security-Verify
Ajustes del cliente IMS o VoLTE (IPsec, sec-agree) desactivados o incorrectos</translation>
    </message>
    <message>
        <source>Compare Security-Client, Security-Server and Security-Verify across the exchange
Check that the client supports and has enabled one of the offered mechanisms
Check that requests after registration go to the protected ports
Check intermediaries for removed security headers
Register the client again to restart the negotiation</source>
        <translation>Compare Security-Client, Security-Server y Security-Verify a lo largo del intercambio
Compruebe que el cliente admite y tiene activado uno de los mecanismos ofrecidos
Compruebe que las solicitudes posteriores al registro van a los puertos protegidos
Compruebe si algún intermediario elimina cabeceras de seguridad
Vuelva a registrar el cliente para reiniciar la negociación</translation>
    </message>
    <message>
        <source>volte, ims, ipsec, wifi calling, vowifi, security agreement, sec-agree, registration failed, cannot register, p-cscf</source>
        <translation>volte, ims, ipsec, llamadas wifi, vowifi, acuerdo de seguridad, sec-agree, error de registro, no se registra, p-cscf</translation>
    </message>
    <message>
        <source>A server handling the call ran into an unexpected problem and could not complete it.</source>
        <translation>Un servidor que gestionaba la llamada se encontró con un problema inesperado y no pudo completarla.</translation>
    </message>
    <message>
        <source>A server along the way, usually at the provider or on the called side, hit an internal error while working on the call or request. It is a fault on the server side, not a problem with your phone settings or with the number you dialled. Trying again a little later often works, especially if the server says when.</source>
        <translation>Un servidor del trayecto, normalmente en el proveedor o en el lado llamado, sufrió un error interno mientras procesaba la llamada o la solicitud. Es un fallo del lado del servidor, no un problema de la configuración de su teléfono ni del número que marcó. Volver a intentarlo un poco más tarde suele funcionar, sobre todo si el servidor indica cuándo.</translation>
    </message>
    <message>
        <source>Sent by a UAS or proxy that met an unexpected condition preventing it from fulfilling the request (RFC 3261 §21.5.1); a client also treats any unknown 5xx code as 500 (§8.1.3.2). It may carry Retry-After, after which the client may retry. Unlike 503, which reports a temporary inability to serve (overload, maintenance) and invites failover to another server, 500 says this request failed inside the server; a proxy that only received 503 from downstream also answers 500 upstream (§16.7). RFC 3398 maps Q.850 causes 111 (Protocol error, unspecified) and 127 (Interworking, unspecified) to 500, and 500 back to cause 41 (Temporary failure).</source>
        <translation>La envía un UAS o un proxy que se encontró con una condición inesperada que le impide atender la solicitud (RFC 3261 §21.5.1); un cliente también trata cualquier código 5xx desconocido como 500 (§8.1.3.2). Puede llevar Retry-After, tras lo cual el cliente puede reintentar. A diferencia de 503, que indica una incapacidad temporal de dar servicio (sobrecarga, mantenimiento) e invita a conmutar a otro servidor, 500 indica que esta solicitud falló dentro del servidor; un proxy que solo recibió 503 de los elementos posteriores también responde 500 hacia el origen (§16.7). RFC 3398 asigna las causas Q.850 111 (Error de protocolo, sin especificar) y 127 (Interfuncionamiento, sin especificar) a 500, y 500 a la causa 41 (Fallo temporal).</translation>
    </message>
    <message>
        <source>A software bug or crash in a proxy, PBX, SBC or gateway
An error in the routing script or dial plan (failed database lookup, script exception)
A back-end system such as a database or billing server failed
A gateway could not translate the call to or from the phone network
A downstream server answered 503 and the proxy turned it into 500</source>
        <translation>Un error de software o un fallo grave en un proxy, una centralita, un SBC o una pasarela
Un error en el script de enrutamiento o en el plan de marcación (consulta a base de datos fallida, excepción del script)
Falló un sistema de back-end, como una base de datos o un servidor de facturación
Una pasarela no pudo traducir la llamada hacia o desde la red telefónica
Un servidor posterior respondió 503 y el proxy lo convirtió en 500</translation>
    </message>
    <message>
        <source>Retry the call; if a Retry-After header is present, wait that long first
Check whether all calls fail or only calls to certain numbers or routes
Read the Server, Warning and Reason headers to see which element failed and why
Check the logs of the server that sent the 500 at the time of the call
Report it to the provider with the Call-ID and time if it keeps happening</source>
        <translation>Vuelva a intentar la llamada; si hay una cabecera Retry-After, espere antes ese tiempo
Compruebe si fallan todas las llamadas o solo las dirigidas a ciertos números o rutas
Lea las cabeceras Server, Warning y Reason para ver qué elemento falló y por qué
Revise los logs del servidor que envió el 500 en el momento de la llamada
Si sigue ocurriendo, comuníquelo al proveedor con el Call-ID y la hora</translation>
    </message>
    <message>
        <source>server error, internal error, internal server error, server problem, system error, provider problem, call failed, crash, try again later</source>
        <translation>error del servidor, error interno, error interno del servidor, problema del servidor, error del sistema, problema del proveedor, llamada fallida, caída, fallo, inténtelo más tarde</translation>
    </message>
    <message>
        <source>The equipment you reached does not support the kind of request your phone sent.</source>
        <translation>El equipo al que llegó no admite el tipo de solicitud que envió su teléfono.</translation>
    </message>
    <message>
        <source>Your phone or system asked for something the other side does not know how to do, usually a feature such as messaging, presence or call transfer rather than a plain call. It is a capability gap between the two sides, not a network outage. Normal calls usually still work.</source>
        <translation>Su teléfono o sistema pidió algo que el otro lado no sabe hacer, normalmente una función como la mensajería, la presencia o la transferencia de llamadas, más que una llamada normal. Es una carencia de capacidades entre los dos lados, no una caída de la red. Las llamadas normales suelen seguir funcionando.</translation>
    </message>
    <message>
        <source>Sent when the server does not support the functionality needed to fulfil the request, typically because a UAS does not recognise the request method for any user (RFC 3261 §21.5.2); proxies forward unknown methods instead of answering 501. Contrast 405 Method Not Allowed: there the method is known but not allowed for this Request-URI, and the response lists the allowed ones in Allow. RFC 3398 maps Q.850 causes 29 (Facility rejected) and 79 (Service or option not implemented, unspecified) to 501, and 501 back to cause 79.</source>
        <translation>Se envía cuando el servidor no admite la funcionalidad necesaria para atender la solicitud, normalmente porque un UAS no reconoce el método de la solicitud para ningún usuario (RFC 3261 §21.5.2); los proxies reenvían los métodos desconocidos en lugar de responder 501. Compárela con 405 Method Not Allowed: en ese caso el método se conoce pero no está permitido para esta Request-URI, y la respuesta enumera los permitidos en Allow. RFC 3398 asigna las causas Q.850 29 (Facilidad rechazada) y 79 (Servicio u opción no implementado, sin especificar) a 501, y 501 a la causa 79.</translation>
    </message>
    <message>
        <source>The far end does not support a method such as UPDATE, INFO, MESSAGE, REFER, PUBLISH or SUBSCRIBE
A PBX or gateway does not offer the supplementary service requested (transfer, presence, messaging)
The phone network rejected a facility or service requested through a gateway
The request went to a device that only handles calls, such as a media server or trunk</source>
        <translation>El extremo remoto no admite un método como UPDATE, INFO, MESSAGE, REFER, PUBLISH o SUBSCRIBE
Una centralita o una pasarela no ofrece el servicio suplementario solicitado (transferencia, presencia, mensajería)
La red telefónica rechazó una facilidad o un servicio solicitados a través de una pasarela
La solicitud llegó a un equipo que solo gestiona llamadas, como un servidor de medios o una troncal</translation>
    </message>
    <message>
        <source>Check which method was rejected (CSeq line) and compare with the far end's Allow header
Disable the feature on the phone (for example SMS, presence or transfer by REFER)
Use an alternative the far end supports (re-INVITE instead of UPDATE, RTP events instead of INFO for DTMF)
Ask the provider whether the service is offered on this trunk</source>
        <translation>Compruebe qué método se rechazó (línea CSeq) y compárelo con la cabecera Allow del extremo remoto
Desactive la función en el teléfono (por ejemplo SMS, presencia o transferencia por REFER)
Use una alternativa que el extremo remoto admita (re-INVITE en lugar de UPDATE, eventos RTP en lugar de INFO para el DTMF)
Pregunte al proveedor si el servicio se ofrece en esta troncal</translation>
    </message>
    <message>
        <source>not implemented, not supported, feature not supported, unsupported method, transfer not working, messaging not supported, presence, sms</source>
        <translation>no implementado, no admitido, función no admitida, método no admitido, la transferencia no funciona, mensajería no admitida, presencia, sms</translation>
    </message>
    <message>
        <source>A system in the network got a bad answer from the next system while trying to connect your call.</source>
        <translation>Un sistema de la red recibió una respuesta errónea del siguiente sistema mientras intentaba conectar su llamada.</translation>
    </message>
    <message>
        <source>A gateway or server passed your call on to another system, such as the phone network or another provider, and got back an answer it could not use. From the phone network it often means the called line or exchange is out of order. The fault lies in the network beyond the first server, not in your phone.</source>
        <translation>Una pasarela o un servidor pasó su llamada a otro sistema, como la red telefónica u otro proveedor, y recibió una respuesta que no pudo usar. Si procede de la red telefónica, a menudo significa que la línea o la central llamada está averiada. El fallo está en la red más allá del primer servidor, no en su teléfono.</translation>
    </message>
    <message>
        <source>Sent by a proxy or gateway that received an invalid response from a downstream server it accessed while trying to fulfil the request (RFC 3261 §21.5.3). For PSTN interworking RFC 3398 maps Q.850 cause 27 (Destination out of order) to 502, so a 502 from a carrier gateway often means the called line or remote exchange cannot be reached rather than a SIP syntax problem; in the other direction 502 maps to cause 38 (Network out of order). Compare 504 (the downstream server did not answer in time) and 503 (this server itself cannot serve).</source>
        <translation>La envía un proxy o una pasarela que recibió una respuesta no válida de un servidor posterior al que accedió al intentar atender la solicitud (RFC 3261 §21.5.3). Para el interfuncionamiento con la RTC, RFC 3398 asigna la causa Q.850 27 (Destino fuera de servicio) a 502, así que un 502 de la pasarela de un operador suele significar que no se puede llegar a la línea llamada o a la central remota, más que un problema de sintaxis SIP; en sentido contrario, 502 se asigna a la causa 38 (Red fuera de servicio). Compárela con 504 (el servidor posterior no respondió a tiempo) y 503 (este mismo servidor no puede dar servicio).</translation>
    </message>
    <message>
        <source>The called line or remote exchange is out of order (Q.850 cause 27 from the phone network)
A downstream server returned a malformed or unusable response
An interconnect between providers or a trunk to the phone network is failing
An SBC or gateway could not interpret the far end's answer (interworking mismatch)
Routing sends calls to a system that is not a working SIP server</source>
        <translation>La línea llamada o la central remota está averiada (causa Q.850 27 procedente de la red telefónica)
Un servidor posterior devolvió una respuesta mal formada o inutilizable
Falla una interconexión entre proveedores o una troncal hacia la red telefónica
Un SBC o una pasarela no pudo interpretar la respuesta del extremo remoto (problema de interfuncionamiento)
El enrutamiento envía las llamadas a un sistema que no es un servidor SIP operativo</translation>
    </message>
    <message>
        <source>Call another number over the same route to see whether one destination or the whole route fails
Check the Reason header for a Q.850 cause (27 points to the destination being out of order)
Try again later; if only one number fails, the called line may be faulty
Check the logs of the gateway that sent 502 for the downstream answer it rejected
Report the failing route to the carrier with call times and Call-IDs</source>
        <translation>Llame a otro número por la misma ruta para ver si falla un destino concreto o toda la ruta
Revise la cabecera Reason por si contiene una causa Q.850 (27 indica que el destino está fuera de servicio)
Vuelva a intentarlo más tarde; si solo falla un número, puede que la línea llamada esté averiada
Revise los logs de la pasarela que envió 502 para ver la respuesta posterior que rechazó
Comunique la ruta que falla al operador con las horas de las llamadas y los Call-ID</translation>
    </message>
    <message>
        <source>bad gateway, gateway error, destination out of order, line out of order, trunk problem, carrier problem, network error, provider problem</source>
        <translation>pasarela errónea, bad gateway, error de pasarela, destino fuera de servicio, línea averiada, problema de troncal, problema del operador, error de red, problema del proveedor</translation>
    </message>
    <message>
        <source>The phone service is temporarily unavailable, for example because a server is down, overloaded or under maintenance.</source>
        <translation>El servicio telefónico no está disponible temporalmente, por ejemplo porque un servidor está caído, sobrecargado o en mantenimiento.</translation>
    </message>
    <message>
        <source>A server that should handle the call cannot do so right now: it is overloaded, under maintenance, or has lost its link to the next network (for example a trunk is down). Your own phone also shows 503 when it could not reach the server at all, in which case nothing came back from the network. Either way it is a temporary problem on the provider or server side, not with the number you called.</source>
        <translation>Un servidor que debería gestionar la llamada no puede hacerlo en este momento: está sobrecargado, en mantenimiento o ha perdido el enlace con la siguiente red (por ejemplo, una troncal está caída). Su propio teléfono también muestra 503 cuando no pudo llegar al servidor en absoluto, y en ese caso no volvió nada de la red. En cualquier caso, es un problema temporal del lado del proveedor o del servidor, no del número al que llamó.</translation>
    </message>
    <message>
        <source>Sent by a server temporarily unable to process the request because of overload or maintenance (RFC 3261 §21.5.4); it may carry Retry-After, and without it the client handles it like 500. Unlike 500, it invites failover: after a 503, a timeout or a transport failure the client should try the next server from the DNS SRV/A list (RFC 3263 §4.3). A proxy should not forward a 503 upstream unless it cannot serve any request itself (§16.7). A UAC also reports a fatal transport error locally as if 503 had arrived (§8.1.3.1), so check whether it really came from the network. RFC 3398 maps Q.850 causes 34, 38, 41, 42, 47, 58 and 88 to 503, and 503 back to cause 41 (Temporary failure).</source>
        <translation>La envía un servidor que no puede procesar temporalmente la solicitud por sobrecarga o mantenimiento (RFC 3261 §21.5.4); puede llevar Retry-After, y sin ella el cliente la trata como 500. A diferencia de 500, invita a conmutar a otro servidor: tras un 503, un vencimiento de temporizador o un fallo de transporte, el cliente debe probar el siguiente servidor de la lista DNS SRV/A (RFC 3263 §4.3). Un proxy no debe reenviar un 503 hacia el origen a menos que él mismo no pueda atender ninguna solicitud (§16.7). Un UAC también notifica localmente un error de transporte grave como si hubiera llegado un 503 (§8.1.3.1), así que compruebe si vino realmente de la red. RFC 3398 asigna las causas Q.850 34, 38, 41, 42, 47, 58 y 88 a 503, y 503 a la causa 41 (Fallo temporal).</translation>
    </message>
    <message>
        <source>Server overloaded or rate-limiting calls
Planned maintenance or a server being restarted
All trunks or channels to the phone network busy or down (trunk down)
The next server or gateway is unreachable, or the provider has an outage
A call or channel limit reached on a PBX or trunk
Your phone could not reach the server at all and reported 503 itself</source>
        <translation>Servidor sobrecargado o limitando la tasa de llamadas
Mantenimiento programado o un servidor que se está reiniciando
Todas las troncales o canales hacia la red telefónica ocupados o caídos (troncal caída)
El siguiente servidor o pasarela es inaccesible, o el proveedor sufre una caída del servicio
Se alcanzó un límite de llamadas o de canales en una centralita o una troncal
Su teléfono no pudo llegar al servidor en absoluto y generó él mismo el 503</translation>
    </message>
    <message>
        <source>Check whether the 503 came from the network or was generated locally by the phone (look for it in a capture)
Wait and retry; if a Retry-After header is present, wait that long
Make sure backup servers are configured so the phone can fail over (DNS SRV)
Check trunk and gateway status and channel limits on the PBX
Check the provider's status page or contact them if all calls fail</source>
        <translation>Compruebe si el 503 vino de la red o lo generó localmente el teléfono (búsquelo en una captura)
Espere y reintente; si hay una cabecera Retry-After, espere ese tiempo
Asegúrese de que hay servidores de respaldo configurados para que el teléfono pueda conmutar (DNS SRV)
Revise el estado de las troncales y pasarelas y los límites de canales en la centralita
Consulte la página de estado del proveedor o póngase en contacto con él si fallan todas las llamadas</translation>
    </message>
    <message>
        <source>service unavailable, server down, overloaded, maintenance, trunk down, outage, no service, unreachable, network problem, try again later</source>
        <translation>servicio no disponible, servidor caído, sobrecargado, mantenimiento, troncal caída, caída del servicio, sin servicio, inaccesible, problema de red, inténtelo más tarde</translation>
    </message>
    <message>
        <source>A server in the network waited too long for another system to answer and gave up.</source>
        <translation>Un servidor de la red esperó demasiado la respuesta de otro sistema y desistió.</translation>
    </message>
    <message>
        <source>The server handling your call passed it on to another system, such as another server, a gateway or the phone network, and got no reply in time. The problem is between systems in the network, not with your phone or with the person you called. Trying again later often works.</source>
        <translation>El servidor que gestionaba su llamada la pasó a otro sistema, como otro servidor, una pasarela o la red telefónica, y no recibió respuesta a tiempo. El problema está entre sistemas de la red, no en su teléfono ni en la persona a la que llamó. Volver a intentarlo más tarde suele funcionar.</translation>
    </message>
    <message>
        <source>Sent when the server did not receive a timely response from an external server it accessed while processing the request (RFC 3261 §21.5.5), such as a downstream proxy, gateway, location or routing database. Compare 408: a server uses 408 when it could not produce an answer in time itself (for example nothing within the Expires interval), and a UAC reports its own transaction timeout locally as if 408 had arrived (§8.1.3.1). RFC 3398 maps Q.850 cause 102 (Recovery on timer expiry) to 504, and 504 back to cause 102.</source>
        <translation>Se envía cuando el servidor no recibió a tiempo la respuesta de un servidor externo al que accedió mientras procesaba la solicitud (RFC 3261 §21.5.5), como un proxy posterior, una pasarela o una base de datos de localización o de enrutamiento. Compárela con 408: un servidor usa 408 cuando él mismo no pudo generar una respuesta a tiempo (por ejemplo, nada dentro del intervalo de Expires), y un UAC notifica localmente el vencimiento de su propia transacción como si hubiera llegado un 408 (§8.1.3.1). RFC 3398 asigna la causa Q.850 102 (Recuperación al expirar el temporizador) a 504, y 504 a la causa 102.</translation>
    </message>
    <message>
        <source>A downstream server, gateway or trunk did not answer in time
A database, location or routing lookup timed out
Packet loss or network problems between servers
An overloaded downstream system
Slow or failing DNS for the next hop</source>
        <translation>Un servidor posterior, una pasarela o una troncal no respondió a tiempo
Se agotó el tiempo de una consulta a una base de datos, de localización o de enrutamiento
Pérdida de paquetes o problemas de red entre servidores
Un sistema posterior sobrecargado
DNS lento o con fallos para el siguiente salto</translation>
    </message>
    <message>
        <source>Retry the call
Find which element sent the 504 (Server header, Via) and which system it was waiting for
Check logs and latency between that server and its next hop or back end
Check the health of trunks and gateways beyond the server
Report repeated 504s to the provider with times and Call-IDs</source>
        <translation>Reintente la llamada
Averigüe qué elemento envió el 504 (cabecera Server, Via) y a qué sistema estaba esperando
Revise los logs y la latencia entre ese servidor y su siguiente salto o su back-end
Revise el estado de las troncales y pasarelas situadas más allá del servidor
Comunique al proveedor los 504 repetidos con las horas y los Call-ID</translation>
    </message>
    <message>
        <source>timeout, time-out, server timeout, gateway timeout, no response, slow network, trunk down, provider problem</source>
        <translation>timeout, time-out, tiempo agotado, tiempo de espera del servidor, tiempo de espera de la pasarela, sin respuesta, red lenta, troncal caída, problema del proveedor</translation>
    </message>
    <message>
        <source>The server did not accept the version of the SIP protocol your equipment used.</source>
        <translation>El servidor no aceptó la versión del protocolo SIP que usó su equipo.</translation>
    </message>
    <message>
        <source>Every SIP message states which protocol version it follows, and today that is always SIP/2.0. The server received something else, or could not read that part of the message, and refused it. It points to faulty or very old equipment, or to something in the network damaging the messages, not to the number you called.</source>
        <translation>Cada mensaje SIP indica qué versión del protocolo sigue, y hoy en día siempre es SIP/2.0. El servidor recibió otra cosa, o no pudo leer esa parte del mensaje, y lo rechazó. Apunta a un equipo defectuoso o muy antiguo, o a algo en la red que daña los mensajes, no al número al que llamó.</translation>
    </message>
    <message>
        <source>Sent by a server that does not support, or refuses to support, the SIP version in the request line (RFC 3261 §21.5.6). The only version in use is SIP/2.0 (RFC 3261 §7.1), so a 505 usually means a malformed request line, a non-SIP client, or a middlebox such as a SIP ALG corrupting the message. RFC 3398 maps 505 to Q.850 cause 127 (Interworking, unspecified).</source>
        <translation>La envía un servidor que no admite, o se niega a admitir, la versión de SIP de la línea de solicitud (RFC 3261 §21.5.6). La única versión en uso es SIP/2.0 (RFC 3261 §7.1), así que un 505 suele indicar una línea de solicitud mal formada, un cliente que no es SIP o un equipo intermedio, como un SIP ALG, que corrompe el mensaje. RFC 3398 asigna 505 a la causa Q.850 127 (Interfuncionamiento, sin especificar).</translation>
    </message>
    <message>
        <source>A malformed request line (wrong version string, extra spaces, wrong line endings)
A SIP ALG in a router or firewall rewriting and corrupting messages
Very old or non-standard equipment
Scanners or non-SIP traffic sent to the SIP port
A script or test tool building requests by hand</source>
        <translation>Una línea de solicitud mal formada (cadena de versión errónea, espacios de más, finales de línea incorrectos)
Un SIP ALG en un router o un firewall que reescribe y corrompe los mensajes
Equipos muy antiguos o no estándar
Escáneres o tráfico no SIP enviado al puerto SIP
Un script o una herramienta de pruebas que construye las solicitudes a mano</translation>
    </message>
    <message>
        <source>Capture the request and check that its first line ends with SIP/2.0
Disable the SIP ALG on the router or firewall
Update the firmware or software of the sending device
If the traffic comes from an unknown source, treat it as a scan and block it</source>
        <translation>Capture la solicitud y compruebe que su primera línea termina en SIP/2.0
Desactive el SIP ALG del router o del firewall
Actualice el firmware o el software del equipo emisor
Si el tráfico procede de un origen desconocido, trátelo como un escaneo y bloquéelo</translation>
    </message>
    <message>
        <source>version not supported, sip version, protocol version, sip/2.0, malformed, sip alg, old equipment</source>
        <translation>versión no admitida, versión sip, versión de protocolo, sip/2.0, mal formado, sip alg, equipo antiguo</translation>
    </message>
    <message>
        <source>The message your phone sent was too large for the server to handle.</source>
        <translation>El mensaje que envió su teléfono era demasiado grande para que el servidor pudiera procesarlo.</translation>
    </message>
    <message>
        <source>The request from your phone or system, for example a call setup offering many audio and video options, was bigger than the server accepts. It is a technical limit between your equipment and the server, not a problem with the number you dialled. Switching the phone to TCP or trimming what it sends usually fixes it.</source>
        <translation>La solicitud de su teléfono o sistema, por ejemplo un establecimiento de llamada que ofrece muchas opciones de audio y vídeo, era más grande de lo que acepta el servidor. Es un límite técnico entre su equipo y el servidor, no un problema del número que marcó. Normalmente se resuelve pasando el teléfono a TCP o reduciendo lo que envía.</translation>
    </message>
    <message>
        <source>Sent when the server cannot process the request because the message length exceeds its capabilities (RFC 3261 §21.5.7). RFC 3261 §18.1.1 requires a client to use a congestion-controlled transport such as TCP when a request is within 200 bytes of the path MTU, or larger than 1300 bytes when the MTU is unknown; big UDP requests get fragmented, and lost fragments show up as timeouts rather than 513. Compare 413 (body too large) and 414 (Request-URI too long). RFC 3398 maps 513 to Q.850 cause 127 (Interworking, unspecified).</source>
        <translation>Se envía cuando el servidor no puede procesar la solicitud porque la longitud del mensaje supera su capacidad (RFC 3261 §21.5.7). RFC 3261 §18.1.1 exige que un cliente use un transporte con control de congestión, como TCP, cuando una solicitud está a menos de 200 bytes de la MTU del trayecto, o supera los 1300 bytes si la MTU es desconocida; las solicitudes UDP grandes se fragmentan, y los fragmentos perdidos aparecen como vencimientos de temporizador en lugar de 513. Compárela con 413 (cuerpo demasiado grande) y 414 (Request-URI demasiado larga). RFC 3398 asigna 513 a la causa Q.850 127 (Interfuncionamiento, sin especificar).</translation>
    </message>
    <message>
        <source>An INVITE with a large SDP (many codecs, video, ICE candidates, crypto lines)
Many or long headers added by proxies, SBCs or application servers
Large multipart bodies, for example SDP plus ISUP or location data
A server or SBC configured with a small maximum message size
A client that keeps using UDP for messages above 1300 bytes</source>
        <translation>Un INVITE con un SDP grande (muchos códecs, vídeo, candidatos ICE, líneas crypto)
Muchas cabeceras, o muy largas, añadidas por proxies, SBC o servidores de aplicaciones
Cuerpos multiparte grandes, por ejemplo SDP más datos ISUP o de ubicación
Un servidor o SBC configurado con un tamaño máximo de mensaje pequeño
Un cliente que sigue usando UDP para mensajes de más de 1300 bytes</translation>
    </message>
    <message>
        <source>Switch the phone or trunk to TCP or TLS
Offer fewer codecs and disable unused video or ICE candidates
Check the size of the rejected request in a capture
Raise the maximum message size on the server or SBC if it is too low
Remove unneeded headers added along the path</source>
        <translation>Pase el teléfono o la troncal a TCP o TLS
Ofrezca menos códecs y desactive el vídeo o los candidatos ICE que no se usen
Revise en una captura el tamaño de la solicitud rechazada
Aumente el tamaño máximo de mensaje en el servidor o el SBC si es demasiado bajo
Elimine las cabeceras innecesarias añadidas por el camino</translation>
    </message>
    <message>
        <source>message too large, too big, packet size, fragmentation, mtu, udp, switch to tcp, large invite, sdp too big</source>
        <translation>mensaje demasiado grande, demasiado grande, tamaño de paquete, fragmentación, mtu, udp, cambiar a tcp, invite grande, sdp demasiado grande</translation>
    </message>
    <message>
        <source>Your app asked to be woken for calls through a push service that the provider does not support.</source>
        <translation>Su aplicación pidió que la despertaran para las llamadas mediante un servicio de notificaciones push que el proveedor no admite.</translation>
    </message>
    <message>
        <source>Mobile phone apps often sleep in the background and rely on a push notification (for example from Apple or Google) to wake up for an incoming call. When the app registered, it named a push service that the provider's server cannot use, so the request was refused. Incoming calls will not wake the app until the app settings and the provider's server agree on a push service.</source>
        <translation>Las aplicaciones de teléfono móvil suelen dormir en segundo plano y dependen de una notificación push (por ejemplo, de Apple o de Google) para despertar cuando entra una llamada. Cuando la aplicación se registró, indicó un servicio push que el servidor del proveedor no puede usar, así que se rechazó la solicitud. Las llamadas entrantes no despertarán la aplicación hasta que la configuración de la aplicación y el servidor del proveedor coincidan en un servicio push.</translation>
    </message>
    <message>
        <source>Defined by RFC 8599 §8.1 (push notifications with SIP). A UA puts the pn-provider, pn-param and pn-prid URI parameters in the Contact of its REGISTER to ask the proxy to wake it through a Push Notification Service (PNS); a proxy that does not support the PNS named in pn-provider rejects the request with 555. A proxy advertises the PNS it supports with the sip.pns feature-capability indicator in Feature-Caps (RFC 6809). Retrying unchanged fails the same way: change pn-provider (for example apns, fcm or webpush) or the proxy configuration.</source>
        <translation>Definida en RFC 8599 §8.1 (notificaciones push con SIP). Un UA pone los parámetros de URI pn-provider, pn-param y pn-prid en el Contact de su REGISTER para pedir al proxy que lo despierte mediante un servicio de notificaciones push (PNS); un proxy que no admite el PNS indicado en pn-provider rechaza la solicitud con 555. Un proxy anuncia el PNS que admite con el indicador de capacidad sip.pns en Feature-Caps (RFC 6809). Reintentar sin cambios falla de la misma manera: cambie pn-provider (por ejemplo apns, fcm o webpush) o la configuración del proxy.</translation>
    </message>
    <message>
        <source>The app is set up for a push service the provider has not enabled (for example Apple instead of Google)
A misspelled or unsupported pn-provider value in the Contact header
A new app version switched push service before the server side was updated
Registering through a proxy that does not hold the push configuration</source>
        <translation>La aplicación está configurada para un servicio push que el proveedor no ha habilitado (por ejemplo, Apple en lugar de Google)
Un valor de pn-provider mal escrito o no admitido en la cabecera Contact
Una nueva versión de la aplicación cambió de servicio push antes de que se actualizara el lado del servidor
Registro a través de un proxy que no tiene la configuración push</translation>
    </message>
    <message>
        <source>Check the pn-provider value in the Contact header of the REGISTER
Compare it with the sip.pns value the proxy advertises in Feature-Caps
Switch the app to a supported push service, or disable push in the app
Ask the provider which push services its server supports
Update the app or the server configuration so both use the same push service</source>
        <translation>Revise el valor de pn-provider en la cabecera Contact del REGISTER
Compárelo con el valor sip.pns que anuncia el proxy en Feature-Caps
Cambie la aplicación a un servicio push admitido, o desactive el push en la aplicación
Pregunte al proveedor qué servicios push admite su servidor
Actualice la aplicación o la configuración del servidor para que ambos usen el mismo servicio push</translation>
    </message>
    <message>
        <source>push notification, push, mobile app, app does not ring, no incoming calls, background, wake up, apns, fcm, registration failed</source>
        <translation>notificación push, push, aplicación móvil, la aplicación no suena, no entran llamadas, segundo plano, despertar, apns, fcm, error de registro</translation>
    </message>
    <message>
        <source>The call could not be set up because the network could not reserve the quality needed for it.</source>
        <translation>La llamada no pudo establecerse porque la red no pudo reservar la calidad necesaria para ella.</translation>
    </message>
    <message>
        <source>Some networks, especially mobile voice (VoLTE, 5G) and managed business networks, reserve bandwidth or quality of service before letting the phone ring. For this call the reservation could not be made, or the other side could not meet the conditions, so the call was stopped before ringing. It is a network or device capability problem, not the called person refusing the call.</source>
        <translation>Algunas redes, sobre todo la voz móvil (VoLTE, 5G) y las redes empresariales gestionadas, reservan ancho de banda o calidad de servicio antes de dejar que suene el teléfono. Para esta llamada no se pudo hacer la reserva, o el otro lado no pudo cumplir las condiciones, así que la llamada se detuvo antes de sonar. Es un problema de capacidad de la red o del equipo, no un rechazo de la persona llamada.</translation>
    </message>
    <message>
        <source>The mobile or access network could not set up a dedicated voice bearer (VoLTE, IMS)
Not enough bandwidth could be reserved on a managed link
A policy server (PCRF or PCF) refused the quality-of-service request
The far end does not understand the precondition type requested
Resource reservation took too long and was abandoned</source>
        <translation>La red móvil o de acceso no pudo establecer un portador de voz dedicado (VoLTE, IMS)
No se pudo reservar suficiente ancho de banda en un enlace gestionado
Un servidor de políticas (PCRF o PCF) rechazó la solicitud de calidad de servicio
El extremo remoto no entiende el tipo de precondición solicitado
La reserva de recursos tardó demasiado y se abandonó</translation>
    </message>
    <message>
        <source>Read the SDP in the 580 to see which segment failed (local, remote or end-to-end)
Retry the call; radio and bearer failures are often short-lived
Check QoS and policy settings (PCRF or PCF, bandwidth limits) on the access network
If the far end does not need preconditions, disable them on the caller side or the SBC
Rule out a codec or extension mismatch (488, 420) in the same call flow</source>
        <translation>Lea el SDP del 580 para ver qué segmento falló (local, remoto o de extremo a extremo)
Reintente la llamada; los fallos de radio y de portador suelen ser pasajeros
Revise los ajustes de QoS y de políticas (PCRF o PCF, límites de ancho de banda) en la red de acceso
Si el extremo remoto no necesita precondiciones, desactívelas en el lado del llamante o en el SBC
Descarte una incompatibilidad de códecs o de extensiones (488, 420) en el mismo flujo de llamada</translation>
    </message>
    <message>
        <source>precondition, qos, quality of service, bandwidth, volte, bearer, resource reservation, call fails before ringing, network capacity</source>
        <translation>precondición, qos, calidad de servicio, ancho de banda, volte, portador, reserva de recursos, la llamada falla antes de sonar, capacidad de la red</translation>
    </message>
    <message>
        <source>The person you called is busy on all their phones and cannot take your call right now.</source>
        <translation>La persona a la que llama está ocupada en todos sus teléfonos y no puede atender su llamada en este momento.</translation>
    </message>
    <message>
        <source>The called person was found, but they are busy and no other phone or voicemail will take the call. Unlike an ordinary busy signal from one phone, this says that trying other numbers or devices of the same person will not help at the moment. Calling back later is the usual remedy.</source>
        <translation>Se localizó a la persona llamada, pero está ocupada y ningún otro teléfono ni el buzón de voz atenderá la llamada. A diferencia de la señal de ocupado normal de un solo teléfono, esta indica que probar otros números o equipos de la misma persona no servirá de nada de momento. Lo habitual es volver a llamar más tarde.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.6.1: the callee's end system was reached, but the callee is busy and does not wish to take the call now; it should only be sent when no other end system (voicemail included) would answer. It may carry Retry-After. As a 6xx it makes a forking proxy cancel its other branches (§16.7), whereas 486 Busy Here speaks only for one device. RFC 3398 maps it to Q.850 cause 17 (User busy). It is also what a receiver falls back to for any unrecognised 6xx code, including 607 or 608 on older equipment (§8.1.3.2).</source>
        <translation>RFC 3261 §21.6.1: se llegó al sistema final del llamado, pero este está ocupado y no desea atender la llamada ahora; solo debe enviarse cuando ningún otro sistema final (incluido el buzón de voz) contestaría. Puede llevar Retry-After. Como 6xx, hace que un proxy con bifurcación cancele sus otras ramas (§16.7), mientras que 486 Busy Here solo habla por un equipo. RFC 3398 la asigna a la causa Q.850 17 (Usuario ocupado). Es también la respuesta que un receptor aplica por defecto a cualquier código 6xx no reconocido, incluidos 607 o 608 en equipos antiguos (§8.1.3.2).</translation>
    </message>
    <message>
        <source>All lines or devices of the called user are busy and there is no voicemail
A PBX set to answer busy for the whole user rather than for one phone
Do-not-disturb configured to reject as busy everywhere
A gateway passing on a PSTN busy for the whole subscriber</source>
        <translation>Todas las líneas o equipos del usuario llamado están ocupados y no hay buzón de voz
Una centralita configurada para responder ocupado para todo el usuario en lugar de para un solo teléfono
No molestar configurado para rechazar como ocupado en todas partes
Una pasarela que transmite un ocupado de la RTC para todo el abonado</translation>
    </message>
    <message>
        <source>Call again later
Look for Retry-After to see when to retry
Check whether voicemail or forward-on-busy should have taken the call
Check do-not-disturb and busy handling on the called user's PBX
If one busy phone stops a whole ring group, configure it to send 486 instead of 600</source>
        <translation>Vuelva a llamar más tarde
Busque Retry-After para saber cuándo reintentar
Compruebe si el buzón de voz o el desvío por ocupado deberían haber atendido la llamada
Revise la configuración de no molestar y de gestión de ocupado en la centralita del usuario llamado
Si un teléfono ocupado detiene todo un grupo de timbrado, configúrelo para que envíe 486 en lugar de 600</translation>
    </message>
    <message>
        <source>busy everywhere, busy, engaged, all lines busy, line busy, user busy, busy signal, do not disturb, dnd</source>
        <translation>ocupado en todas partes, ocupado, comunicando, todas las líneas ocupadas, línea ocupada, usuario ocupado, tono de ocupado, no molestar, dnd</translation>
    </message>
    <message>
        <source>The person you called chose not to take your call.</source>
        <translation>La persona a la que llama decidió no atender su llamada.</translation>
    </message>
    <message>
        <source>The called phone was reached, but the person or their phone settings declined the call, for example by pressing a reject button. It is a decision on the called side, not a network fault. Because it is a refusal for the person as a whole, their other phones stop ringing too.</source>
        <translation>Se llegó al teléfono llamado, pero la persona o la configuración del teléfono de esa persona rechazó la llamada, por ejemplo pulsando un botón de rechazo. Es una decisión del lado llamado, no un fallo de la red. Como es un rechazo para la persona en su conjunto, sus otros teléfonos también dejan de sonar.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.6.2: the callee's device was reached, but the user explicitly does not wish to, or cannot, take part; Retry-After may suggest a better time. As a 6xx it stops forking (§16.7), so one phone rejecting with 603 ends a parallel ring group. Compare 403 (a server refuses by policy), 607 (the user marks the call as unwanted), 608 (an intermediary such as an analytics engine rejected it) and 486/600 (busy). RFC 3398 maps it to Q.850 cause 21 (Call rejected). Some stacks print the phrase as 'Declined'.</source>
        <translation>RFC 3261 §21.6.2: se llegó al equipo del llamado, pero el usuario indica explícitamente que no desea participar o que no puede hacerlo; Retry-After puede sugerir un momento mejor. Como 6xx, detiene la bifurcación (§16.7), así que basta con que un teléfono rechace con 603 para terminar un grupo de timbrado simultáneo. Compárela con 403 (un servidor rechaza por política), 607 (el usuario marca la llamada como no deseada), 608 (la rechazó un intermediario, como un motor de análisis) y 486/600 (ocupado). RFC 3398 la asigna a la causa Q.850 21 (Llamada rechazada). Algunas pilas SIP muestran la frase como «Declined».</translation>
    </message>
    <message>
        <source>The called person pressed reject or decline
Do-not-disturb or call rejection rules on the phone or PBX
A block list or anonymous-call rejection on the called side
A network call-blocking service refused the call
An automated system that takes no calls at this time</source>
        <translation>La persona llamada pulsó rechazar
Reglas de no molestar o de rechazo de llamadas en el teléfono o la centralita
Una lista de bloqueo o el rechazo de llamadas anónimas en el lado llamado
Un servicio de bloqueo de llamadas de la red rechazó la llamada
Un sistema automático que no atiende llamadas en este momento</translation>
    </message>
    <message>
        <source>Try again later or reach the person another way
Look for Retry-After suggesting when to call back
Check do-not-disturb, block lists and anonymous-call rejection on the called side
If one rejection stops a whole ring group, have the phones send 486 or 480 instead of 603
If network blocking is suspected, check the caller ID presented and contact the carrier</source>
        <translation>Vuelva a intentarlo más tarde o contacte con la persona por otra vía
Busque Retry-After, que sugiere cuándo volver a llamar
Revise el modo no molestar, las listas de bloqueo y el rechazo de llamadas anónimas en el lado llamado
Si un solo rechazo detiene todo un grupo de timbrado, haga que los teléfonos envíen 486 o 480 en lugar de 603
Si sospecha un bloqueo en la red, revise el identificador de llamada presentado y contacte con el operador</translation>
    </message>
    <message>
        <source>decline, declined, rejected, call rejected, refused, hung up, do not disturb, dnd, blocked, call blocked</source>
        <translation>rechazada, rechazó la llamada, llamada rechazada, denegada, colgó, no molestar, dnd, bloqueada, llamada bloqueada, declinada, no acepta la llamada, cuelga, no quiere contestar</translation>
    </message>
    <message>
        <source>The number or address you called does not exist.</source>
        <translation>El número o la dirección a la que llamó no existe.</translation>
    </message>
    <message>
        <source>A server with authoritative knowledge says the person or number dialled does not exist anywhere, so trying other routes will not help. Check the number for typing mistakes or an outdated entry. It is about the dialled address, not about your phone.</source>
        <translation>Un servidor con información fidedigna indica que la persona o el número marcado no existe en ninguna parte, así que probar otras rutas no servirá de nada. Compruebe si el número tiene errores de escritura o es una entrada desactualizada. Tiene que ver con la dirección marcada, no con su teléfono.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.6.3: the server has authoritative information that the user in the Request-URI does not exist anywhere. 404 Not Found only says that this domain or server does not know the user, and a forking proxy keeps trying its other branches; 604 is global and stops forking (§16.7). RFC 3398 maps 604 to Q.850 cause 1 (Unallocated number), but maps cause 1 to 404, so PSTN gateways normally send 404 rather than 604.</source>
        <translation>RFC 3261 §21.6.3: el servidor tiene información fidedigna de que el usuario del Request-URI no existe en ninguna parte. 404 Not Found solo indica que este dominio o servidor no conoce al usuario, y un proxy con bifurcación sigue probando sus otras ramas; 604 es global y detiene la bifurcación (§16.7). RFC 3398 asigna 604 a la causa Q.850 1 (Número no asignado), pero asigna la causa 1 a 404, así que las pasarelas RTC normalmente envían 404 y no 604.</translation>
    </message>
    <message>
        <source>A wrong or mistyped number or address
The number was never assigned or has been disconnected
A number database or ENUM lookup reports the user as non-existent
An outdated contact or speed-dial entry</source>
        <translation>Un número o una dirección erróneos o mal escritos
El número nunca se asignó o se dio de baja
Una base de datos de números o una consulta ENUM indica que el usuario no existe
Una entrada de contacto o de marcación rápida desactualizada</translation>
    </message>
    <message>
        <source>Check the dialled number or address for mistakes, including country and area codes
Check the number format (E.164, prefixes) the provider expects
Update the contact or speed dial if the number has changed
If the number is known to be valid, ask the provider which server answered 604 and why</source>
        <translation>Compruebe si hay errores en el número o la dirección marcados, incluidos el código de país y el de área
Compruebe el formato de número (E.164, prefijos) que espera el proveedor
Actualice el contacto o la marcación rápida si el número ha cambiado
Si sabe que el número es válido, pregunte al proveedor qué servidor respondió 604 y por qué</translation>
    </message>
    <message>
        <source>does not exist, number does not exist, invalid number, wrong number, unallocated number, not in service, no such user, disconnected number</source>
        <translation>no existe, el número no existe, número no válido, número equivocado, número no asignado, fuera de servicio, no existe el usuario, número dado de baja</translation>
    </message>
    <message>
        <source>The call could not be set up because the other side cannot handle the kind of call offered, such as its sound or video format.</source>
        <translation>La llamada no pudo establecerse porque el otro lado no puede atender el tipo de llamada ofrecido, por ejemplo su formato de audio o de vídeo.</translation>
    </message>
    <message>
        <source>The called side was reached and would talk, but none of the offered call settings (sound or video formats, bandwidth, encryption) work for it, and no other device of that person would do better. It is a compatibility problem between the two ends, not a refusal by the person.</source>
        <translation>Se llegó al lado llamado y estaba dispuesto a hablar, pero ninguno de los parámetros de llamada ofrecidos (formatos de audio o de vídeo, ancho de banda, cifrado) le sirve, y ningún otro equipo de esa persona lo haría mejor. Es un problema de compatibilidad entre los dos extremos, no un rechazo de la persona.</translation>
    </message>
    <message>
        <source>RFC 3261 §21.6.4: the UA was contacted, but parts of the session description (media types, codecs, bandwidth, addressing) are not acceptable; it is meant only for when no other endpoint would accept the session. A Warning header may give the reason with a 3xx warning code, e.g. 304 Media type not available, 305 Incompatible media format or 370 Insufficient bandwidth. 488 Not Acceptable Here reports the same problem for one endpoint and lets a forking proxy continue; 606 stops forking. RFC 3398 gives it no fixed Q.850 cause (it is taken from the Warning header), and its registered phrase is the same as 406's, so go by the code.</source>
        <translation>RFC 3261 §21.6.4: se contactó con el UA, pero partes de la descripción de sesión (tipos de medio, códecs, ancho de banda, direccionamiento) no son aceptables; está pensada solo para cuando ningún otro terminal aceptaría la sesión. Una cabecera Warning puede indicar el motivo con un código de aviso 3xx, p. ej. 304 Media type not available, 305 Incompatible media format o 370 Insufficient bandwidth. 488 Not Acceptable Here informa del mismo problema para un solo terminal y deja que un proxy con bifurcación continúe; 606 detiene la bifurcación. RFC 3398 no le asigna ninguna causa Q.850 fija (se toma de la cabecera Warning), y su frase inscrita en el registro de IANA es la misma que la de 406, así que guíese por el código.</translation>
    </message>
    <message>
        <source>No audio or video codec in common between caller and callee
SRTP or encryption required on one side and not offered by the other
Unsupported media type such as video or T.38 fax, or a bandwidth limit
An unusable media address format, for example IPv6 offered to an IPv4-only device
No transcoding resources on a PBX or SBC</source>
        <translation>Ningún códec de audio o vídeo en común entre el llamante y el llamado
SRTP o cifrado exigido en un lado y no ofrecido por el otro
Un tipo de medio no admitido, como vídeo o fax T.38, o un límite de ancho de banda
Un formato de dirección de medios inutilizable, por ejemplo IPv6 ofrecido a un equipo que solo admite IPv4
No hay recursos de transcodificación en una centralita o un SBC</translation>
    </message>
    <message>
        <source>Read the Warning header for the reason code
Compare the codecs in the offer with those the called side supports
Check the SRTP settings (RTP/AVP versus RTP/SAVP) on both sides
Enable a common codec such as G.711, or add transcoding on the PBX or SBC
Check bandwidth, video and fax settings</source>
        <translation>Lea la cabecera Warning para conocer el código de motivo
Compare los códecs de la oferta con los que admite el lado llamado
Revise los ajustes de SRTP (RTP/AVP frente a RTP/SAVP) en ambos lados
Active un códec común como G.711, o añada transcodificación en la centralita o el SBC
Revise los ajustes de ancho de banda, vídeo y fax</translation>
    </message>
    <message>
        <source>not acceptable, codec mismatch, no common codec, incompatible media, media not supported, srtp, encryption mismatch, sdp, video not supported, fax</source>
        <translation>no aceptable, incompatibilidad de códecs, ningún códec común, medios incompatibles, medio no admitido, srtp, cifrado incompatible, sdp, vídeo no admitido, fax</translation>
    </message>
    <message>
        <source>The person you called marked this call as unwanted, for example as spam.</source>
        <translation>La persona a la que llamó marcó esta llamada como no deseada, por ejemplo como spam.</translation>
    </message>
    <message>
        <source>The called person rejected the call and flagged it as unwanted, the way one reports a spam or nuisance call. The network or a call-filtering service may use this to treat later calls from the same number differently, for that person or more widely. A genuine caller who is affected should reach the person another way or ask their provider for help.</source>
        <translation>La persona llamada rechazó la llamada y la marcó como no deseada, igual que se denuncia una llamada de spam o molesta. La red o un servicio de filtrado de llamadas pueden usar esta información para tratar de otra forma las llamadas posteriores del mismo número, para esa persona o de forma más general. Un llamante legítimo que se vea afectado debería contactar con la persona por otra vía o pedir ayuda a su proveedor.</translation>
    </message>
    <message>
        <source>The called person pressed a report-spam or block button
The calling number was reported as a robocall or nuisance caller
A spoofed caller ID belonging to someone else was reported
Calls from an auto-dialler or marketing campaign the person did not want</source>
        <translation>La persona llamada pulsó un botón de denunciar spam o de bloquear
El número que llama se denunció como llamada automatizada (robocall) o molesta
Se denunció un identificador de llamada falsificado que pertenece a otra persona
Llamadas de un marcador automático o de una campaña de marketing que la persona no quería</translation>
    </message>
    <message>
        <source>If the call was genuine, contact the called person by another means
Check that the calling number is presented correctly and signed (STIR/SHAKEN attestation) by the provider
Check whether your number is being spoofed by others
Ask the called party's provider how to have the number cleared from its filters</source>
        <translation>Si la llamada era legítima, contacte con la persona llamada por otro medio
Compruebe que el proveedor presenta correctamente el número que llama y lo firma (atestación STIR/SHAKEN)
Compruebe si otros están falsificando su número
Pregunte al proveedor del llamado cómo retirar el número de sus filtros</translation>
    </message>
    <message>
        <source>unwanted, spam, robocall, nuisance call, call blocked, blocked as spam, junk call, telemarketing, reported</source>
        <translation>no deseada, spam, robocall, llamada molesta, llamada bloqueada, bloqueada como spam, llamada basura, telemarketing, denunciada</translation>
    </message>
    <message>
        <source>Your call was blocked by a filtering service in the network, not by the person you called.</source>
        <translation>Su llamada la bloqueó un servicio de filtrado de la red, no la persona a la que llamó.</translation>
    </message>
    <message>
        <source>A system between you and the called person, usually a call-screening or anti-spam service, stopped the call before it reached them. The person did not see or refuse the call. If the call is legitimate, the response may include contact details of whoever runs the filter so that the block can be disputed.</source>
        <translation>Un sistema situado entre usted y la persona llamada, normalmente un servicio de filtrado de llamadas o antispam, detuvo la llamada antes de que le llegara. La persona no vio ni rechazó la llamada. Si la llamada es legítima, la respuesta puede incluir los datos de contacto de quien gestiona el filtro para poder impugnar el bloqueo.</translation>
    </message>
    <message>
        <source>A carrier or app anti-spam filter scored the calling number as likely spam
Many short calls from the number triggered call analytics
Missing or low STIR/SHAKEN attestation for the calling number
The calling number is spoofed or on a block list</source>
        <translation>Un filtro antispam de un operador o de una aplicación calificó el número que llama como probable spam
Muchas llamadas cortas desde el número activaron el análisis de llamadas
Atestación STIR/SHAKEN ausente o de nivel bajo para el número que llama
El número que llama está falsificado o figura en una lista de bloqueo</translation>
    </message>
    <message>
        <source>Look for a Call-Info header with purpose=jwscard and use the contact details it gives
Ask your provider to check the attestation and reputation of the calling number
Register the number with the carriers' or analytics providers' remediation portals
Avoid dialling patterns that look like robocalls, such as many very short calls</source>
        <translation>Busque una cabecera Call-Info con purpose=jwscard y use los datos de contacto que indica
Pida a su proveedor que compruebe la atestación y la reputación del número que llama
Registre el número en los portales de reclamación de los operadores o de los proveedores de análisis
Evite patrones de marcación que parezcan llamadas automatizadas, como muchas llamadas muy cortas</translation>
    </message>
    <message>
        <source>rejected, call blocked, spam filter, robocall, blocked by carrier, call screening, flagged as spam, spam likely, blocked number, analytics</source>
        <translation>rechazada, llamada bloqueada, filtro antispam, robocall, bloqueada por el operador, filtrado de llamadas, marcada como spam, posible spam, número bloqueado, análisis de llamadas</translation>
    </message>
    <message>
        <source>A Wireshark statistics label: the bucket where it counts 2xx responses it does not list by name. Not a code sent on the wire.</source>
        <translation>Una etiqueta de las estadísticas de Wireshark: el grupo en el que cuenta las respuestas 2xx que no enumera por su nombre. No es un código que se envíe por la red.</translation>
    </message>
    <message>
        <source>This is not a registered SIP code: an analyser used it as a label for some other success response.</source>
        <translation>No es un código SIP inscrito en el registro de IANA: un analizador lo usó como etiqueta para otra respuesta de éxito.</translation>
    </message>
    <message>
        <source>The number 299 comes from Wireshark's statistics, not from a phone or server. The response that really travelled on the network was another 2xx success code, which the analyser grouped under 'Others'. The request itself succeeded; open the original packet to see the real code.</source>
        <translation>El número 299 procede de las estadísticas de Wireshark, no de un teléfono ni de un servidor. La respuesta que viajó realmente por la red era otro código de éxito 2xx, que el analizador agrupó en «Others». La solicitud en sí tuvo éxito; abra el paquete original para ver el código real.</translation>
    </message>
    <message>
        <source>Not a registered code. Wireshark's sip_response_code_vals table uses 299 'Success - Others' as a per-class statistics bucket: every 2xx code it does not name is counted there, so the real status line on the wire carried a different 2xx code. Read it from the captured response. If a response really carried 299, a client would treat it as 200 (RFC 3261 §8.1.3.2).</source>
        <translation>No es un código inscrito en el registro de IANA. La tabla sip_response_code_vals de Wireshark usa 299 «Success - Others» como grupo estadístico por clase: ahí se cuenta cada código 2xx que no nombra, así que la línea de estado real en la red llevaba otro código 2xx. Léalo en la respuesta capturada. Si una respuesta llevara realmente 299, un cliente la trataría como 200 (RFC 3261 §8.1.3.2).</translation>
    </message>
    <message>
        <source>Not a wire code: Wireshark statistics grouped a 2xx response it does not list by name
A rarely used or newer 2xx code was present in the capture
A report or export built from Wireshark statistics copied the label</source>
        <translation>No es un código de red: las estadísticas de Wireshark agruparon una respuesta 2xx que no enumera por su nombre
En la captura había un código 2xx poco usado o más reciente
Un informe o una exportación basados en las estadísticas de Wireshark copiaron la etiqueta</translation>
    </message>
    <message>
        <source>Remember that 299 is an analyser label, not a registered code
Open the original packet in the capture and read the real status code
Look up that real code instead of 299
If the real code is unknown to you, read it as 200 OK</source>
        <translation>Recuerde que 299 es una etiqueta de analizador, no un código inscrito en el registro de IANA
Abra el paquete original en la captura y lea el código de estado real
Consulte ese código real en lugar de 299
Si no conoce el código real, interprételo como 200 OK</translation>
    </message>
    <message>
        <source>wireshark, statistics, others, success, analyser label, not registered, not a real code, 2xx</source>
        <translation>wireshark, estadísticas, others, otros, éxito, etiqueta de analizador, fuera del registro iana, no es un código real, 2xx</translation>
    </message>
    <message>
        <source>Borrowed from HTTP and never defined for SIP; listed in a few vendor tables (Cisco VOCAL, ManageEngine VQManager, VIAVI Observer).</source>
        <translation>Tomado de HTTP y nunca definido para SIP; figura en algunas tablas de fabricantes (Cisco VOCAL, ManageEngine VQManager, VIAVI Observer).</translation>
    </message>
    <message>
        <source>This is not a registered SIP code: it is a web (HTTP) redirect code that a few products also list for SIP.</source>
        <translation>No es un código SIP inscrito en el registro de IANA: es un código de redirección web (HTTP) que algunos productos también incluyen para SIP.</translation>
    </message>
    <message>
        <source>303 See Other is a web code that tells a browser to look elsewhere. It was never defined for SIP calls, although a few products and monitoring tools list it. If a call really got a 303, the equipment that sent it is non-standard and your phone treats it as a general redirection. Often the 303 you see is a Warning value or a mislabelled field, not the response code.</source>
        <translation>303 See Other es un código web que indica a un navegador que busque en otro lugar. Nunca se definió para las llamadas SIP, aunque algunos productos y herramientas de monitorización lo incluyen. Si una llamada recibió realmente un 303, el equipo que lo envió no es estándar y su teléfono lo trata como una redirección genérica. A menudo el 303 que se ve es un valor de Warning o un campo mal etiquetado, no el código de respuesta.</translation>
    </message>
    <message>
        <source>Not a registered code: HTTP's 303 See Other was never taken into RFC 2543, RFC 3261 or the IANA registry. A UAC receiving it treats it as 300 Multiple Choices (RFC 3261 §8.1.3.2) and may use any Contact header as the alternatives. Do not confuse it with warn-code 303 (Incompatible bandwidth units) in a Warning header, which is registered and usually comes with 488 or 606.</source>
        <translation>No es un código inscrito en el registro de IANA: el 303 See Other de HTTP nunca se incorporó a RFC 2543, RFC 3261 ni al registro de IANA. Un UAC que lo recibe lo trata como 300 Multiple Choices (RFC 3261 §8.1.3.2) y puede usar cualquier cabecera Contact como alternativa. No lo confunda con el código de aviso (warn-code) 303 (Incompatible bandwidth units) de una cabecera Warning, que sí está inscrito en el registro de IANA y suele acompañar a 488 o 606.</translation>
    </message>
    <message>
        <source>A product that reuses HTTP status codes for SIP although 303 is not registered
A monitoring tool or decode table that lists HTTP codes in its SIP table
Warning code 303 (Incompatible bandwidth units) read as a response code
A custom script on a proxy or application server sending 303</source>
        <translation>Un producto que reutiliza códigos de estado HTTP para SIP aunque 303 no figura en el registro IANA
Una herramienta de monitorización o una tabla de decodificación que incluye códigos HTTP en su tabla SIP
El código de Warning 303 (Incompatible bandwidth units) interpretado como código de respuesta
Un script personalizado en un proxy o un servidor de aplicaciones que envía 303</translation>
    </message>
    <message>
        <source>Check whether 303 is really in the status line or only in a Warning header
Read the Contact header of the response to see where it points
Identify the sender from its Server header and ask the vendor to use a registered code such as 302 or 300
While troubleshooting, treat the call as redirected (like a 300)</source>
        <translation>Compruebe si 303 está realmente en la línea de estado o solo en una cabecera Warning
Lea la cabecera Contact de la respuesta para ver adónde apunta
Identifique al remitente por su cabecera Server y pida al fabricante que use un código estándar del registro IANA, como 302 o 300
Mientras investiga, trate la llamada como redirigida (como un 300)</translation>
    </message>
    <message>
        <source>see other, redirect, redirection, http code, moved, not registered, non-standard, unregistered</source>
        <translation>see other, redirección, redirigida, código http, trasladado, fuera del registro iana, no estándar, código no registrado</translation>
    </message>
    <message>
        <source>A Wireshark statistics label: the bucket where it counts 3xx responses it does not list by name. Not a code sent on the wire.</source>
        <translation>Una etiqueta de las estadísticas de Wireshark: el grupo en el que cuenta las respuestas 3xx que no enumera por su nombre. No es un código que se envíe por la red.</translation>
    </message>
    <message>
        <source>This is not a registered SIP code: an analyser used it as a label for some other redirection response.</source>
        <translation>No es un código SIP inscrito en el registro de IANA: un analizador lo usó como etiqueta para otra respuesta de redirección.</translation>
    </message>
    <message>
        <source>The number 399 comes from Wireshark's statistics, not from a phone or server. The response that really travelled on the network was another 3xx code, meaning the call was redirected elsewhere, and the analyser grouped it under 'Others'. Open the original packet to see the real code.</source>
        <translation>El número 399 procede de las estadísticas de Wireshark, no de un teléfono ni de un servidor. La respuesta que viajó realmente por la red era otro código 3xx, lo que significa que la llamada se redirigió a otro lugar, y el analizador la agrupó en «Others». Abra el paquete original para ver el código real.</translation>
    </message>
    <message>
        <source>Not a registered code. Wireshark's sip_response_code_vals table uses 399 'Redirection - Others' as a per-class statistics bucket, so the real status line carried a different 3xx code; read it from the capture. Do not confuse it with warn-code 399 (Miscellaneous warning) in a Warning header, which is a registered Warning value, not a response code. A real 399 on the wire would be treated as 300 (RFC 3261 §8.1.3.2).</source>
        <translation>No es un código inscrito en el registro de IANA. La tabla sip_response_code_vals de Wireshark usa 399 «Redirection - Others» como grupo estadístico por clase, así que la línea de estado real llevaba otro código 3xx; léalo en la captura. No lo confunda con el código de aviso (warn-code) 399 (Miscellaneous warning) de una cabecera Warning, que es un valor de Warning inscrito en el registro de IANA, no un código de respuesta. Un 399 real en la red se trataría como 300 (RFC 3261 §8.1.3.2).</translation>
    </message>
    <message>
        <source>Not a wire code: Wireshark statistics grouped a 3xx response it does not list by name
Warning code 399 (Miscellaneous warning) read as a response code
A report or export built from Wireshark statistics copied the label</source>
        <translation>No es un código de red: las estadísticas de Wireshark agruparon una respuesta 3xx que no enumera por su nombre
El código de Warning 399 (Miscellaneous warning) interpretado como código de respuesta
Un informe o una exportación basados en las estadísticas de Wireshark copiaron la etiqueta</translation>
    </message>
    <message>
        <source>Remember that 399 is an analyser label, not a registered code
Open the original packet and read the real status code and its Contact header
Check whether 399 actually came from a Warning header
If the real code is unknown to you, read it as 300 Multiple Choices</source>
        <translation>Recuerde que 399 es una etiqueta de analizador, no un código inscrito en el registro de IANA
Abra el paquete original y lea el código de estado real y su cabecera Contact
Compruebe si 399 procedía en realidad de una cabecera Warning
Si no conoce el código real, interprételo como 300 Multiple Choices</translation>
    </message>
    <message>
        <source>wireshark, statistics, others, redirection, redirect, analyser label, not registered, not a real code, 3xx</source>
        <translation>wireshark, estadísticas, others, otros, redirección, redirigida, etiqueta de analizador, fuera del registro iana, no es un código real, 3xx</translation>
    </message>
    <message>
        <source>From RFC 2543, the 1999 SIP specification, for REGISTER conflicts; dropped by RFC 3261 and never registered. PJSIP and sofia-sip still list it.</source>
        <translation>Procede de RFC 2543, la especificación SIP de 1999, para conflictos de REGISTER; RFC 3261 lo eliminó y nunca se inscribió en el registro de IANA. PJSIP y sofia-sip todavía lo incluyen.</translation>
    </message>
    <message>
        <source>This is not a registered SIP code: an old code from the first SIP version, meaning the request clashed with an existing registration.</source>
        <translation>No es un código SIP inscrito en el registro de IANA: es un código antiguo de la primera versión de SIP que significa que la solicitud chocaba con un registro existente.</translation>
    </message>
    <message>
        <source>409 Conflict comes from the first SIP specification of 1999 and was removed when SIP was revised in 2002, so it is no longer a standard code. It meant that a registration clashed with what the server already held. Some older equipment may still send it; modern phones treat it as a general request error.</source>
        <translation>409 Conflict procede de la primera especificación de SIP, de 1999, y se eliminó cuando SIP se revisó en 2002, así que ya no es un código estándar. Significaba que un registro chocaba con lo que el servidor ya tenía. Algunos equipos antiguos todavía pueden enviarlo; los teléfonos modernos lo tratan como un error genérico de solicitud.</translation>
    </message>
    <message>
        <source>Not a registered code. RFC 2543 §7.4.10 used 409 when a REGISTER conflicted with existing registrations, for example through the Contact action parameter, which RFC 3261 removed as well. It never entered the IANA registry, and a current UAC treats it as 400 (RFC 3261 §8.1.3.2). PJSIP (PJSIP_SC_CONFLICT) and sofia-sip still carry the code and phrase.</source>
        <translation>No es un código inscrito en el registro de IANA. RFC 2543 §7.4.10 usaba 409 cuando un REGISTER entraba en conflicto con registros existentes, por ejemplo mediante el parámetro action de Contact, que RFC 3261 también eliminó. Nunca entró en el registro de IANA, y un UAC actual lo trata como 400 (RFC 3261 §8.1.3.2). PJSIP (PJSIP_SC_CONFLICT) y sofia-sip todavía incluyen el código y la frase.</translation>
    </message>
    <message>
        <source>A legacy RFC 2543 registrar or device still using this unregistered code
A REGISTER whose contact settings clash with an existing binding on an old server
A stack that maps an internal conflict to 409
A custom application reusing the HTTP meaning of conflict</source>
        <translation>Un registrador o un equipo antiguo de la época de RFC 2543 que todavía usa este código fuera del registro IANA
Un REGISTER cuyos ajustes de contacto chocan con un vínculo de registro existente en un servidor antiguo
Una pila SIP que asigna un conflicto interno a 409
Una aplicación personalizada que reutiliza el significado HTTP de conflicto</translation>
    </message>
    <message>
        <source>Treat it as a non-standard code (a modern phone reads it as 400)
Look at the request that got 409, usually a REGISTER, and its Contact header
Remove stale registrations for the account and register again
Identify the legacy equipment from its Server header and ask for a registered code</source>
        <translation>Trátelo como un código no estándar (un teléfono moderno lo interpreta como 400)
Revise la solicitud que recibió el 409, normalmente un REGISTER, y su cabecera Contact
Elimine los registros obsoletos de la cuenta y vuelva a registrar el equipo
Identifique el equipo antiguo por su cabecera Server y pida que use un código estándar del registro IANA</translation>
    </message>
    <message>
        <source>conflict, registration conflict, register failed, old sip, rfc 2543, legacy, not registered, unregistered</source>
        <translation>conflicto, conflicto de registro, error de registro, sip antiguo, rfc 2543, equipo antiguo, fuera del registro iana, no estándar</translation>
    </message>
    <message>
        <source>From RFC 2543, the 1999 SIP specification; dropped by RFC 3261 and never registered. PJSIP and sofia-sip still list it.</source>
        <translation>Procede de RFC 2543, la especificación SIP de 1999; RFC 3261 lo eliminó y nunca se inscribió en el registro de IANA. PJSIP y sofia-sip todavía lo incluyen.</translation>
    </message>
    <message>
        <source>This is not a registered SIP code: an old code meaning the server wanted to know the length of the message first.</source>
        <translation>No es un código SIP inscrito en el registro de IANA: es un código antiguo que significa que el servidor quería conocer primero la longitud del mensaje.</translation>
    </message>
    <message>
        <source>411 Length Required comes from the first SIP specification of 1999 and is no longer a standard code. It meant the server refused a message that did not state its own length. Today it points to a sending device or script that builds messages incorrectly, or to very old server equipment.</source>
        <translation>411 Length Required procede de la primera especificación de SIP, de 1999, y ya no es un código estándar. Significaba que el servidor rechazaba un mensaje que no indicaba su propia longitud. Hoy en día apunta a un equipo o un script emisor que construye mal los mensajes, o a un servidor muy antiguo.</translation>
    </message>
    <message>
        <source>Not a registered code. RFC 2543 §7.4.12 let a server refuse a request that lacked Content-Length. RFC 3261 dropped the code and instead makes Content-Length mandatory on stream transports such as TCP and TLS (RFC 3261 §18.3, §20.14); a current UAC treats 411 as 400 (§8.1.3.2). PJSIP (PJSIP_SC_LENGTH_REQUIRED) and sofia-sip still carry the code and phrase.</source>
        <translation>No es un código inscrito en el registro de IANA. RFC 2543 §7.4.12 permitía a un servidor rechazar una solicitud sin Content-Length. RFC 3261 eliminó el código y, en su lugar, hace obligatorio Content-Length en los transportes de flujo como TCP y TLS (RFC 3261 §18.3, §20.14); un UAC actual trata 411 como 400 (§8.1.3.2). PJSIP (PJSIP_SC_LENGTH_REQUIRED) y sofia-sip todavía incluyen el código y la frase.</translation>
    </message>
    <message>
        <source>A request sent over TCP or TLS without a Content-Length header
An old RFC 2543 era server still using this unregistered code
A home-made client or script building SIP messages by hand
A middlebox that removed or damaged the Content-Length header</source>
        <translation>Una solicitud enviada por TCP o TLS sin cabecera Content-Length
Un servidor antiguo de la época de RFC 2543 que todavía usa este código fuera del registro IANA
Un cliente o un script casero que construye los mensajes SIP a mano
Un equipo intermedio que eliminó o dañó la cabecera Content-Length</translation>
    </message>
    <message>
        <source>Treat it as a non-standard code (a modern phone reads it as 400)
Check that every request, especially over TCP or TLS, has a Content-Length header
Compare the Content-Length value with the actual body size
Fix the software or script that builds the message, or identify the legacy server</source>
        <translation>Trátelo como un código no estándar (un teléfono moderno lo interpreta como 400)
Compruebe que todas las solicitudes, sobre todo por TCP o TLS, llevan cabecera Content-Length
Compare el valor de Content-Length con el tamaño real del cuerpo
Corrija el software o el script que construye el mensaje, o identifique el servidor antiguo</translation>
    </message>
    <message>
        <source>length required, content-length, missing header, old sip, rfc 2543, legacy, tcp, not registered, unregistered</source>
        <translation>longitud requerida, content-length, falta una cabecera, sip antiguo, rfc 2543, equipo antiguo, tcp, fuera del registro iana, no estándar</translation>
    </message>
    <message>
        <source>A Kamailio core error (E_SEND) sent as a reply, with a suffix such as (477/SL) in the phrase; not registered.</source>
        <translation>Un error interno de Kamailio (E_SEND) enviado como respuesta, con un sufijo como (477/SL) en la frase; fuera del registro IANA.</translation>
    </message>
    <message>
        <source>This is not a registered SIP code: a Kamailio server in the network could not pass your call on to the next server.</source>
        <translation>No es un código SIP inscrito en el registro de IANA: un servidor Kamailio de la red no pudo pasar su llamada al siguiente servidor.</translation>
    </message>
    <message>
        <source>The server that answered runs Kamailio. It tried to forward the call to the next hop (another server, a gateway or the called phone) but sending failed, for example because the connection was refused. The number is specific to that software, not a standard code. The fault lies between that server and the next one, not in your phone.</source>
        <translation>El servidor que respondió funciona con Kamailio. Intentó reenviar la llamada al siguiente salto (otro servidor, una pasarela o el teléfono llamado), pero el envío falló, por ejemplo porque se rechazó la conexión. El número es propio de ese software, no un código estándar. El fallo está entre ese servidor y el siguiente, no en su teléfono.</translation>
    </message>
    <message>
        <source>Not a registered code. Kamailio (like other SER-derived proxies) turns its internal error E_SEND (-477) into a reply through sl_reply_error, with the phrase 'Unfortunately error on sending to next hop occurred' and a suffix such as (477/SL). The forwarding attempt failed at transport level: TCP or TLS connect failure, no listening socket for the needed transport or address family, or an ICMP error. A UAC reads it as 400 (RFC 3261 §8.1.3.2), which is misleading: the situation is closer to 503.</source>
        <translation>No es un código inscrito en el registro de IANA. Kamailio (como otros proxies derivados de SER) convierte su error interno E_SEND (-477) en una respuesta mediante sl_reply_error, con la frase «Unfortunately error on sending to next hop occurred» y un sufijo como (477/SL). El intento de reenvío falló en el nivel de transporte: fallo de conexión TCP o TLS, ningún socket a la escucha para el transporte o la familia de direcciones necesarios, o un error ICMP. Un UAC la interpreta como 400 (RFC 3261 §8.1.3.2), lo que induce a error: la situación se parece más a un 503.</translation>
    </message>
    <message>
        <source>The next hop refused the TCP or TLS connection or is down
No socket on the proxy for the transport or address family needed (for example TLS or IPv6)
TLS handshake failure towards the next hop
A firewall or network problem between the proxy and the next hop
A registered user behind NAT whose connection has closed
Kamailio reporting its own send failure with this unregistered code</source>
        <translation>El siguiente salto rechazó la conexión TCP o TLS o está caído
No hay ningún socket en el proxy para el transporte o la familia de direcciones necesarios (por ejemplo TLS o IPv6)
Fallo del handshake TLS con el siguiente salto
Un problema de firewall o de red entre el proxy y el siguiente salto
Un usuario registrado detrás de NAT cuya conexión se ha cerrado
Kamailio notifica su propio fallo de envío con este código fuera del registro IANA</translation>
    </message>
    <message>
        <source>Treat it as Kamailio's own error, not a registered code: the problem is beyond the proxy
Check the Kamailio log at the time of the call for the send error and destination
Verify that the next hop is up and listening on the expected port and transport
Check the proxy's listen settings for the needed transport and address family
For users behind NAT, check keep-alives and that the registration is fresh</source>
        <translation>Trátelo como un error propio de Kamailio, no como un código del registro IANA: el problema está más allá del proxy
Revise el log de Kamailio en el momento de la llamada para ver el error de envío y el destino
Compruebe que el siguiente salto está activo y escucha en el puerto y el transporte previstos
Revise los ajustes de escucha del proxy para el transporte y la familia de direcciones necesarios
Para los usuarios detrás de NAT, revise los keep-alives y que el registro esté vigente</translation>
    </message>
    <message>
        <source>kamailio, send failed, next hop, cannot forward, connection refused, proxy error, unreachable, server down, not registered, unregistered</source>
        <translation>kamailio, fallo de envío, siguiente salto, no se puede reenviar, conexión rechazada, error del proxy, inaccesible, servidor caído, fuera del registro iana, no estándar</translation>
    </message>
    <message>
        <source>A Kamailio core error (E_BAD_ADDRESS) sent as a reply when the next hop cannot be resolved; not registered.</source>
        <translation>Un error interno de Kamailio (E_BAD_ADDRESS) enviado como respuesta cuando no se puede resolver el siguiente salto; fuera del registro IANA.</translation>
    </message>
    <message>
        <source>This is not a registered SIP code: a Kamailio server could not find the address of the destination.</source>
        <translation>No es un código SIP inscrito en el registro de IANA: un servidor Kamailio no pudo encontrar la dirección del destino.</translation>
    </message>
    <message>
        <source>The server that answered runs Kamailio. It could not turn the destination name into a network address, so it did not know where to send the call. This usually comes from a wrong domain name or a DNS problem on the server side. The number is specific to that software, not a standard code.</source>
        <translation>El servidor que respondió funciona con Kamailio. No pudo convertir el nombre del destino en una dirección de red, así que no sabía adónde enviar la llamada. Suele deberse a un nombre de dominio erróneo o a un problema de DNS en el lado del servidor. El número es propio de ese software, no un código estándar.</translation>
    </message>
    <message>
        <source>Not a registered code. Kamailio's internal error E_BAD_ADDRESS (-478) is sent as a reply when the host of the Request-URI, outbound proxy or destination URI could not be resolved (no usable NAPTR, SRV, A or AAAA result under RFC 3263) or is not a valid address. A UAC reads it as 400 (RFC 3261 §8.1.3.2).</source>
        <translation>No es un código inscrito en el registro de IANA. El error interno E_BAD_ADDRESS (-478) de Kamailio se envía como respuesta cuando no se pudo resolver el host del Request-URI, del proxy de salida o del URI de destino (ningún resultado NAPTR, SRV, A o AAAA utilizable según RFC 3263) o no es una dirección válida. Un UAC lo interpreta como 400 (RFC 3261 §8.1.3.2).</translation>
    </message>
    <message>
        <source>A typo in the domain part of the dialled SIP address
The proxy's DNS server is unreachable or slow
Missing SRV or A/AAAA records for the destination domain
A routing or dispatcher entry pointing at a host name that no longer exists
Kamailio reporting its own lookup failure with this unregistered code</source>
        <translation>Una errata en la parte de dominio de la dirección SIP marcada
El servidor DNS del proxy es inaccesible o lento
Faltan registros SRV o A/AAAA para el dominio de destino
Una entrada de enrutamiento o del dispatcher que apunta a un nombre de host que ya no existe
Kamailio notifica su propio fallo de resolución con este código fuera del registro IANA</translation>
    </message>
    <message>
        <source>Treat it as Kamailio's own error, not a registered code
Check the host part of the Request-URI and the proxy's routing target
Resolve the name from the proxy host (NAPTR, SRV and A/AAAA lookups)
Check the proxy's DNS resolver settings and reachability
Fix or update the routing or dispatcher entry</source>
        <translation>Trátelo como un error propio de Kamailio, no como un código del registro IANA
Revise la parte de host del Request-URI y el destino de enrutamiento del proxy
Resuelva el nombre desde el host del proxy (consultas NAPTR, SRV y A/AAAA)
Revise la configuración del resolvedor DNS del proxy y su accesibilidad
Corrija o actualice la entrada de enrutamiento o del dispatcher</translation>
    </message>
    <message>
        <source>kamailio, dns, unresolvable, cannot resolve, domain not found, wrong domain, next hop, unreachable, not registered, unregistered</source>
        <translation>kamailio, dns, no se puede resolver, no resuelve, dominio no encontrado, dominio incorrecto, siguiente salto, inaccesible, fuera del registro iana, no estándar</translation>
    </message>
    <message>
        <source>A Kamailio core error (E_BAD_URI) sent as a reply when a URI in the request cannot be processed; not registered.</source>
        <translation>Un error interno de Kamailio (E_BAD_URI) enviado como respuesta cuando no se puede procesar un URI de la solicitud; fuera del registro IANA.</translation>
    </message>
    <message>
        <source>This is not a registered SIP code: a Kamailio server could not make sense of the address you called.</source>
        <translation>No es un código SIP inscrito en el registro de IANA: un servidor Kamailio no pudo interpretar la dirección a la que llamó.</translation>
    </message>
    <message>
        <source>The server that answered runs Kamailio. The address in the call request (the number or SIP address being called) was malformed or could not be processed, so the call was refused. The number is specific to that software, not a standard code. Usually the calling phone or a routing rule produced the bad address.</source>
        <translation>El servidor que respondió funciona con Kamailio. La dirección de la solicitud de llamada (el número o la dirección SIP llamados) estaba mal formada o no se pudo procesar, así que la llamada se rechazó. El número es propio de ese software, no un código estándar. Normalmente la dirección errónea la generó el teléfono que llama o una regla de enrutamiento.</translation>
    </message>
    <message>
        <source>Not a registered code. Kamailio's internal error E_BAD_URI (-479) is sent as a reply when the proxy could not parse or use a URI it needed, usually the Request-URI, sometimes one rewritten by the routing script. A UAC reads it as 400 (RFC 3261 §8.1.3.2); the nearest registered codes are 400 and 416 (Unsupported URI Scheme).</source>
        <translation>No es un código inscrito en el registro de IANA. El error interno E_BAD_URI (-479) de Kamailio se envía como respuesta cuando el proxy no pudo analizar o usar un URI que necesitaba, normalmente el Request-URI, a veces una reescrita por el script de enrutamiento. Un UAC lo interpreta como 400 (RFC 3261 §8.1.3.2); los códigos del registro IANA más cercanos son 400 y 416 (Unsupported URI Scheme).</translation>
    </message>
    <message>
        <source>A malformed Request-URI (spaces, illegal characters, bad escaping)
An unsupported or misspelled URI scheme
A routing script rewriting the URI into an invalid form
Dialled characters the phone did not encode properly
Kamailio reporting its own parse failure with this unregistered code</source>
        <translation>Un Request-URI mal formada (espacios, caracteres no permitidos, escape incorrecto)
Un esquema de URI no admitido o mal escrito
Un script de enrutamiento que reescribe el URI en una forma no válida
Caracteres marcados que el teléfono no codificó correctamente
Kamailio notifica su propio fallo de análisis con este código fuera del registro IANA</translation>
    </message>
    <message>
        <source>Treat it as Kamailio's own error, not a registered code
Check the Request-URI of the request as the phone sent it
Look for spaces, '#', '*' or non-ASCII letters that must be escaped
Review recent changes to routing rules that rewrite the URI
Compare with the same call dialled in plain digits</source>
        <translation>Trátelo como un error propio de Kamailio, no como un código del registro IANA
Revise el Request-URI de la solicitud tal como la envió el teléfono
Busque espacios, «#», «*» o letras no ASCII que deban escaparse
Revise los cambios recientes en las reglas de enrutamiento que reescriben el URI
Compárela con la misma llamada marcada solo con dígitos</translation>
    </message>
    <message>
        <source>kamailio, bad uri, invalid address, malformed, wrong format, dialled number, not registered, unregistered</source>
        <translation>kamailio, uri incorrecta, dirección no válida, mal formada, formato incorrecto, número marcado, fuera del registro iana, no estándar</translation>
    </message>
    <message>
        <source>Listed in the PJSIP and sofia-sip status tables; not defined in any RFC and not registered (origin not traced).</source>
        <translation>Figura en las tablas de estado de PJSIP y sofia-sip; no está definido en ninguna RFC ni inscrito en el registro de IANA (origen no localizado).</translation>
    </message>
    <message>
        <source>This is not a registered SIP code: a few SIP software libraries list it, suggesting the request was replaced by a newer one.</source>
        <translation>No es un código SIP inscrito en el registro de IANA: algunas bibliotecas de software SIP lo incluyen, lo que sugiere que la solicitud fue sustituida por otra más reciente.</translation>
    </message>
    <message>
        <source>490 Request Updated appears in the code tables of some SIP software but has no agreed definition and is not a standard code. Its name suggests the request was superseded by a newer one before it finished. Other equipment treats it as a general request error, so look at what happened just before and after it.</source>
        <translation>490 Request Updated aparece en las tablas de códigos de algunos programas SIP, pero no tiene una definición acordada y no es un código estándar. Su nombre sugiere que la solicitud fue sustituida por otra más reciente antes de terminar. Otros equipos lo tratan como un error genérico de solicitud, así que fíjese en lo que ocurrió justo antes y después.</translation>
    </message>
    <message>
        <source>Not a registered code and not defined in any RFC; PJSIP (PJSIP_SC_REQUEST_UPDATED) and sofia-sip (SIP_490_REQUEST_UPDATED) list the phrase without a documented origin. A UAC reads it as 400 (RFC 3261 §8.1.3.2). Look for a newer request on the same dialog or registration (re-INVITE, UPDATE, REGISTER refresh) that may have replaced the one that got 490; the registered code for a request crossing another one in progress is 491.</source>
        <translation>No es un código inscrito en el registro de IANA ni está definido en ninguna RFC; PJSIP (PJSIP_SC_REQUEST_UPDATED) y sofia-sip (SIP_490_REQUEST_UPDATED) incluyen la frase sin un origen documentado. Un UAC lo interpreta como 400 (RFC 3261 §8.1.3.2). Busque una solicitud más reciente en el mismo diálogo o registro (re-INVITE, UPDATE, renovación de REGISTER) que pueda haber sustituido a la que recibió 490; el código del registro IANA para una solicitud que se cruza con otra en curso es 491.</translation>
    </message>
    <message>
        <source>Software built on PJSIP or sofia-sip using this unregistered code
A newer request on the same dialog or registration replacing the pending one
A custom application reusing the library constant</source>
        <translation>Software basado en PJSIP o sofia-sip que usa este código fuera del registro IANA
Una solicitud más reciente en el mismo diálogo o registro que sustituye a la pendiente
Una aplicación personalizada que reutiliza la constante de la biblioteca</translation>
    </message>
    <message>
        <source>Treat it as a non-standard code (other equipment reads it as 400)
Look for a newer request with the same Call-ID just before the 490
If that newer request succeeded, the 490 is probably harmless
Identify the sending software from its Server or User-Agent header and ask the vendor</source>
        <translation>Trátelo como un código no estándar (otros equipos lo interpretan como 400)
Busque una solicitud más reciente con el mismo Call-ID justo antes del 490
Si esa solicitud más reciente tuvo éxito, probablemente el 490 sea inofensivo
Identifique el software emisor por su cabecera Server o User-Agent y consulte al fabricante</translation>
    </message>
    <message>
        <source>request updated, superseded, replaced, pjsip, sofia-sip, not registered, unregistered, non-standard</source>
        <translation>solicitud actualizada, sustituida, reemplazada, pjsip, sofia-sip, fuera del registro iana, no estándar, código no estándar, sofia</translation>
    </message>
    <message>
        <source>A Wireshark statistics label: the bucket where it counts 4xx responses it does not list by name. Not a code sent on the wire.</source>
        <translation>Una etiqueta de las estadísticas de Wireshark: el grupo en el que cuenta las respuestas 4xx que no enumera por su nombre. No es un código que se envíe por la red.</translation>
    </message>
    <message>
        <source>This is not a registered SIP code: an analyser used it as a label for some other request failure.</source>
        <translation>No es un código SIP inscrito en el registro de IANA: un analizador lo usó como etiqueta para otro fallo de solicitud.</translation>
    </message>
    <message>
        <source>The number 499 comes from Wireshark's statistics, not from a phone or server. The response that really travelled on the network was another 4xx code, meaning the request failed, and the analyser grouped it under 'Others'. Open the original packet to see the real code and its explanation.</source>
        <translation>El número 499 procede de las estadísticas de Wireshark, no de un teléfono ni de un servidor. La respuesta que viajó realmente por la red era otro código 4xx, lo que significa que la solicitud falló, y el analizador la agrupó en «Others». Abra el paquete original para ver el código real y su explicación.</translation>
    </message>
    <message>
        <source>Not a registered code. Wireshark's sip_response_code_vals table uses 499 'Client Error - Others' as a per-class statistics bucket, so the real status line carried a different 4xx code, typically a newer or rarely used one; read it from the capture. A real 499 on the wire would be treated as 400 (RFC 3261 §8.1.3.2).</source>
        <translation>No es un código inscrito en el registro de IANA. La tabla sip_response_code_vals de Wireshark usa 499 «Client Error - Others» como grupo estadístico por clase, así que la línea de estado real llevaba otro código 4xx, normalmente uno más reciente o poco usado; léalo en la captura. Un 499 real en la red se trataría como 400 (RFC 3261 §8.1.3.2).</translation>
    </message>
    <message>
        <source>Not a wire code: Wireshark statistics grouped a 4xx response it does not list by name
A newer or vendor-specific 4xx code was present in the capture
A report or export built from Wireshark statistics copied the label</source>
        <translation>No es un código de red: las estadísticas de Wireshark agruparon una respuesta 4xx que no enumera por su nombre
En la captura había un código 4xx más reciente o propio de un fabricante
Un informe o una exportación basados en las estadísticas de Wireshark copiaron la etiqueta</translation>
    </message>
    <message>
        <source>Remember that 499 is an analyser label, not a registered code
Open the original packet and read the real status code and reason phrase
Look up that real code instead of 499
If the real code is unknown to you, read it as 400 Bad Request</source>
        <translation>Recuerde que 499 es una etiqueta de analizador, no un código inscrito en el registro de IANA
Abra el paquete original y lea el código de estado y la frase de motivo reales
Consulte ese código real en lugar de 499
Si no conoce el código real, interprételo como 400 Bad Request</translation>
    </message>
    <message>
        <source>wireshark, statistics, others, client error, analyser label, not registered, not a real code, 4xx</source>
        <translation>wireshark, estadísticas, others, otros, error del cliente, etiqueta de analizador, fuera del registro iana, no es un código real, 4xx</translation>
    </message>
    <message>
        <source>A Wireshark statistics label: the bucket where it counts 5xx responses it does not list by name. Not a code sent on the wire.</source>
        <translation>Una etiqueta de las estadísticas de Wireshark: el grupo en el que cuenta las respuestas 5xx que no enumera por su nombre. No es un código que se envíe por la red.</translation>
    </message>
    <message>
        <source>This is not a registered SIP code: an analyser used it as a label for some other server error.</source>
        <translation>No es un código SIP inscrito en el registro de IANA: un analizador lo usó como etiqueta para otro error del servidor.</translation>
    </message>
    <message>
        <source>The number 599 comes from Wireshark's statistics, not from a phone or server. The response that really travelled on the network was another 5xx code, meaning a server failed, and the analyser grouped it under 'Others'. Open the original packet to see the real code.</source>
        <translation>El número 599 procede de las estadísticas de Wireshark, no de un teléfono ni de un servidor. La respuesta que viajó realmente por la red era otro código 5xx, lo que significa que un servidor falló, y el analizador la agrupó en «Others». Abra el paquete original para ver el código real.</translation>
    </message>
    <message>
        <source>Not a registered code. Wireshark's sip_response_code_vals table uses 599 'Server Error - Others' as a per-class statistics bucket, so the real status line carried a different 5xx code; read it from the capture. A real 599 on the wire would be treated as 500 (RFC 3261 §8.1.3.2).</source>
        <translation>No es un código inscrito en el registro de IANA. La tabla sip_response_code_vals de Wireshark usa 599 «Server Error - Others» como grupo estadístico por clase, así que la línea de estado real llevaba otro código 5xx; léalo en la captura. Un 599 real en la red se trataría como 500 (RFC 3261 §8.1.3.2).</translation>
    </message>
    <message>
        <source>Not a wire code: Wireshark statistics grouped a 5xx response it does not list by name
A newer or vendor-specific 5xx code was present in the capture
A report or export built from Wireshark statistics copied the label</source>
        <translation>No es un código de red: las estadísticas de Wireshark agruparon una respuesta 5xx que no enumera por su nombre
En la captura había un código 5xx más reciente o propio de un fabricante
Un informe o una exportación basados en las estadísticas de Wireshark copiaron la etiqueta</translation>
    </message>
    <message>
        <source>Remember that 599 is an analyser label, not a registered code
Open the original packet and read the real status code and any Retry-After header
Look up that real code instead of 599
If the real code is unknown to you, read it as 500 Server Internal Error</source>
        <translation>Recuerde que 599 es una etiqueta de analizador, no un código inscrito en el registro de IANA
Abra el paquete original y lea el código de estado real y la cabecera Retry-After, si la hay
Consulte ese código real en lugar de 599
Si no conoce el código real, interprételo como 500 Server Internal Error</translation>
    </message>
    <message>
        <source>wireshark, statistics, others, server error, analyser label, not registered, not a real code, 5xx</source>
        <translation>wireshark, estadísticas, others, otros, error del servidor, etiqueta de analizador, fuera del registro iana, no es un código real, 5xx</translation>
    </message>
    <message>
        <source>Listed in the sofia-sip status table (SIP_687_DIALOG_TERMINATED), the SIP library used by FreeSWITCH among others; not defined in any RFC and not registered.</source>
        <translation>Figura en la tabla de estados de sofia-sip (SIP_687_DIALOG_TERMINATED), la biblioteca SIP que usan FreeSWITCH y otros productos; no está definido en ninguna RFC ni inscrito en el registro de IANA.</translation>
    </message>
    <message>
        <source>This is not a registered SIP code: some SIP software uses it to say the call had already ended.</source>
        <translation>No es un código SIP inscrito en el registro de IANA: algunos programas SIP lo usan para indicar que la llamada ya había terminado.</translation>
    </message>
    <message>
        <source>687 Dialog Terminated comes from the sofia-sip software library, which FreeSWITCH and other products are built on. It says that the call session (the dialog) a request belonged to had already ended. It is not a standard code, so other equipment reads it as a general failure. It usually shows up when something happens on a call that was just hung up.</source>
        <translation>687 Dialog Terminated procede de la biblioteca de software sofia-sip, en la que se basan FreeSWITCH y otros productos. Indica que la sesión de llamada (el diálogo) a la que pertenecía una solicitud ya había terminado. No es un código estándar, así que otros equipos lo interpretan como un fallo genérico. Suele aparecer cuando ocurre algo en una llamada que se acaba de colgar.</translation>
    </message>
    <message>
        <source>Not a registered code and not defined in any RFC; sofia-sip lists it as SIP_687_DIALOG_TERMINATED with the phrase 'Dialog Terminated', whose name points to a request or transaction cut short because its dialog had ended. Software built on sofia-sip may show it in logs or send it; a UAC receiving it reads it as 600 (RFC 3261 §8.1.3.2), which wrongly suggests a global failure. The registered answers are 481 for a request that matches no dialog and 487 for a terminated request.</source>
        <translation>No es un código inscrito en el registro de IANA ni está definido en ninguna RFC; sofia-sip lo incluye como SIP_687_DIALOG_TERMINATED con la frase «Dialog Terminated», cuyo nombre apunta a una solicitud o transacción interrumpida porque su diálogo había terminado. El software basado en sofia-sip puede mostrarlo en los logs o enviarlo; un UAC que lo recibe lo interpreta como 600 (RFC 3261 §8.1.3.2), lo que sugiere erróneamente un fallo global. Las respuestas del registro IANA adecuadas son 481 para una solicitud que no corresponde a ningún diálogo y 487 para una solicitud terminada.</translation>
    </message>
    <message>
        <source>Software built on sofia-sip (for example FreeSWITCH) using this unregistered code
A request arriving for a call that has just been hung up
A dialog torn down while a re-INVITE, UPDATE or other request was still pending
A race between BYE and another request on the same call</source>
        <translation>Software basado en sofia-sip (por ejemplo FreeSWITCH) que usa este código fuera del registro IANA
Una solicitud que llega para una llamada que se acaba de colgar
Un diálogo cerrado mientras seguía pendiente un re-INVITE, un UPDATE u otra solicitud
Una condición de carrera entre un BYE y otra solicitud en la misma llamada</translation>
    </message>
    <message>
        <source>Treat it as a non-standard code (other equipment reads it as 600)
Look for a BYE or CANCEL with the same Call-ID just before the 687
If the call had already ended normally, the 687 is usually harmless
If calls drop unexpectedly, investigate why the dialog ended rather than the 687 itself</source>
        <translation>Trátelo como un código no estándar (otros equipos lo interpretan como 600)
Busque un BYE o un CANCEL con el mismo Call-ID justo antes del 687
Si la llamada ya había terminado con normalidad, el 687 suele ser inofensivo
Si las llamadas se cortan de forma inesperada, investigue por qué terminó el diálogo en lugar del propio 687</translation>
    </message>
    <message>
        <source>dialog terminated, call ended, hung up, sofia-sip, freeswitch, not registered, unregistered, non-standard</source>
        <translation>diálogo terminado, llamada terminada, colgó, sofia-sip, freeswitch, fuera del registro iana, no estándar, código no registrado</translation>
    </message>
    <message>
        <source>A Wireshark statistics label: the bucket where it counts 6xx responses it does not list by name. Not a code sent on the wire.</source>
        <translation>Una etiqueta de las estadísticas de Wireshark: el grupo en el que cuenta las respuestas 6xx que no enumera por su nombre. No es un código que se envíe por la red.</translation>
    </message>
    <message>
        <source>This is not a registered SIP code: an analyser used it as a label for some other final refusal.</source>
        <translation>No es un código SIP inscrito en el registro de IANA: un analizador lo usó como etiqueta para otro rechazo definitivo.</translation>
    </message>
    <message>
        <source>The number 699 comes from Wireshark's statistics, not from a phone or server. The response that really travelled on the network was another 6xx code, meaning the call was refused everywhere, and the analyser grouped it under 'Others'. Open the original packet to see the real code.</source>
        <translation>El número 699 procede de las estadísticas de Wireshark, no de un teléfono ni de un servidor. La respuesta que viajó realmente por la red era otro código 6xx, lo que significa que la llamada se rechazó en todas partes, y el analizador la agrupó en «Others». Abra el paquete original para ver el código real.</translation>
    </message>
    <message>
        <source>Not a registered code. Wireshark's sip_response_code_vals table uses 699 'Global Failure - Others' as a per-class statistics bucket, so the real status line carried a different 6xx code, for example one newer than the Wireshark version in use; read it from the capture. A real 699 on the wire would be treated as 600 (RFC 3261 §8.1.3.2).</source>
        <translation>No es un código inscrito en el registro de IANA. La tabla sip_response_code_vals de Wireshark usa 699 «Global Failure - Others» como grupo estadístico por clase, así que la línea de estado real llevaba otro código 6xx, por ejemplo uno más reciente que la versión de Wireshark en uso; léalo en la captura. Un 699 real en la red se trataría como 600 (RFC 3261 §8.1.3.2).</translation>
    </message>
    <message>
        <source>Not a wire code: Wireshark statistics grouped a 6xx response it does not list by name
A 6xx code newer than the analyser version in use (for example 607 or 608 in an old version)
A report or export built from Wireshark statistics copied the label</source>
        <translation>No es un código de red: las estadísticas de Wireshark agruparon una respuesta 6xx que no enumera por su nombre
Un código 6xx más reciente que la versión del analizador en uso (por ejemplo 607 o 608 en una versión antigua)
Un informe o una exportación basados en las estadísticas de Wireshark copiaron la etiqueta</translation>
    </message>
    <message>
        <source>Remember that 699 is an analyser label, not a registered code
Open the original packet and read the real status code and reason phrase
Look up that real code instead of 699
If the real code is unknown to you, read it as 600 Busy Everywhere</source>
        <translation>Recuerde que 699 es una etiqueta de analizador, no un código inscrito en el registro de IANA
Abra el paquete original y lea el código de estado y la frase de motivo reales
Consulte ese código real en lugar de 699
Si no conoce el código real, interprételo como 600 Busy Everywhere</translation>
    </message>
    <message>
        <source>wireshark, statistics, others, global failure, analyser label, not registered, not a real code, 6xx</source>
        <translation>wireshark, estadísticas, others, otros, fallo global, etiqueta de analizador, fuera del registro iana, no es un código real, 6xx</translation>
    </message>
    <message>
        <source>A PJSIP local status for a request that got no answer; reported to the application, never sent on the wire.</source>
        <translation>Un estado local de PJSIP para una solicitud que no obtuvo respuesta; se comunica a la aplicación y nunca se envía por la red.</translation>
    </message>
    <message>
        <source>This is not a registered SIP code: your phone gave up waiting because nothing came back from the server.</source>
        <translation>No es un código SIP inscrito en el registro de IANA: su teléfono dejó de esperar porque no llegó nada del servidor.</translation>
    </message>
    <message>
        <source>No server sent this number. The phone or app (built on the PJSIP library) sent a request, received no reply at all from the network, and reported 701 itself. It points to a connection problem between your device and the server, or to a server that is down.</source>
        <translation>Ningún servidor envió este número. El teléfono o la aplicación (basados en la biblioteca PJSIP) enviaron una solicitud, no recibieron ninguna respuesta de la red y notificaron ellos mismos el 701. Apunta a un problema de conexión entre su equipo y el servidor, o a un servidor caído.</translation>
    </message>
    <message>
        <source>Not a registered code; a local status from PJSIP's status table (formerly PJSIP_SC_TSX_TIMEOUT): the client transaction timed out (Timer B or F) without any response, so nothing was received from the network. RFC 3261 §8.1.3.1 says such a timeout is reported as if 408 had arrived, which newer PJSIP releases do. A capture shows whether the request left the device and whether anything came back.</source>
        <translation>No es un código inscrito en el registro de IANA; es un estado local de la tabla de estados de PJSIP (antes PJSIP_SC_TSX_TIMEOUT): la transacción de cliente venció (Timer B o F) sin ninguna respuesta, así que no se recibió nada de la red. RFC 3261 §8.1.3.1 indica que un vencimiento así se notifica como si hubiera llegado un 408, que es lo que hacen las versiones más recientes de PJSIP. Una captura muestra si la solicitud salió del equipo y si volvió algo.</translation>
    </message>
    <message>
        <source>Not a network answer: the phone's own timeout, reported with this unregistered code
Server down or unreachable
A firewall or NAT dropping the request or the response
Wrong server address, port or transport in the account settings
A large UDP request fragmented and dropped on the way</source>
        <translation>No es una respuesta de la red: es el propio vencimiento del teléfono, notificado con este código fuera del registro IANA
Servidor caído o inaccesible
Un firewall o un NAT que descarta la solicitud o la respuesta
Dirección, puerto o transporte del servidor erróneos en la configuración de la cuenta
Una solicitud UDP grande fragmentada y descartada por el camino</translation>
    </message>
    <message>
        <source>Remember nothing was received: the phone concluded this locally
Check the device's network connection
Check the server address, port and transport in the account settings
Capture traffic to see whether the request left and whether anything came back
Try TCP or TLS instead of UDP</source>
        <translation>Recuerde que no se recibió nada: el teléfono lo dedujo localmente
Revise la conexión de red del equipo
Revise la dirección, el puerto y el transporte del servidor en la configuración de la cuenta
Capture el tráfico para ver si la solicitud salió y si volvió algo
Pruebe TCP o TLS en lugar de UDP</translation>
    </message>
    <message>
        <source>no response, timeout, server not responding, unreachable, server down, no connection, pjsip, local error, not on the wire, not registered</source>
        <translation>sin respuesta, timeout, el servidor no responde, inaccesible, servidor caído, sin conexión, pjsip, error local, no visto en la red, fuera del registro iana</translation>
    </message>
    <message>
        <source>A PJSIP local status for a server name that could not be resolved; reported to the application, never sent on the wire.</source>
        <translation>Un estado local de PJSIP para un nombre de servidor que no se pudo resolver; se comunica a la aplicación y nunca se envía por la red.</translation>
    </message>
    <message>
        <source>This is not a registered SIP code: your phone could not find the server's address, so it sent nothing.</source>
        <translation>No es un código SIP inscrito en el registro de IANA: su teléfono no pudo encontrar la dirección del servidor, así que no envió nada.</translation>
    </message>
    <message>
        <source>No server sent this number. The phone or app (built on the PJSIP library) could not turn the server name into a network address and reported 702 itself; nothing was sent or received. It usually means a wrong server name in the settings or a DNS problem on the network the device uses.</source>
        <translation>Ningún servidor envió este número. El teléfono o la aplicación (basados en la biblioteca PJSIP) no pudieron convertir el nombre del servidor en una dirección de red y notificaron ellos mismos el 702; no se envió ni se recibió nada. Suele indicar un nombre de servidor erróneo en la configuración o un problema de DNS en la red que usa el equipo.</translation>
    </message>
    <message>
        <source>Not a registered code; a local status from PJSIP's status table (formerly PJSIP_SC_TSX_RESOLVE_ERROR): the DNS lookup of the destination (NAPTR, SRV, A or AAAA per RFC 3263) failed, so no request went out and nothing was received from the network. Newer PJSIP releases usually report this kind of failure as 503, in line with RFC 3261 §8.1.3.1 treating transport failures as 503.</source>
        <translation>No es un código inscrito en el registro de IANA; es un estado local de la tabla de estados de PJSIP (antes PJSIP_SC_TSX_RESOLVE_ERROR): falló la consulta DNS del destino (NAPTR, SRV, A o AAAA según RFC 3263), así que no salió ninguna solicitud y no se recibió nada de la red. Las versiones más recientes de PJSIP suelen notificar este tipo de fallo como 503, en línea con RFC 3261 §8.1.3.1, que trata los fallos de transporte como 503.</translation>
    </message>
    <message>
        <source>Not a network answer: the phone's own DNS failure, reported with this unregistered code
A typo in the server or domain name in the account settings
No working DNS server on the device or network
Missing SRV or A/AAAA records for the provider's domain
DNS blocked or filtered by the network (hotel, corporate, captive portal)</source>
        <translation>No es una respuesta de la red: es el propio fallo de DNS del teléfono, notificado con este código fuera del registro IANA
Una errata en el nombre del servidor o del dominio en la configuración de la cuenta
No hay ningún servidor DNS operativo en el equipo o en la red
Faltan registros SRV o A/AAAA para el dominio del proveedor
DNS bloqueado o filtrado por la red (hotel, red corporativa, portal cautivo)</translation>
    </message>
    <message>
        <source>Remember nothing was sent or received: the phone concluded this locally
Check the server or domain name in the account settings
Check the device's DNS settings and internet connection
Look up the domain's SRV and A records from another machine
Try the server's IP address temporarily to confirm a DNS problem</source>
        <translation>Recuerde que no se envió ni se recibió nada: el teléfono lo dedujo localmente
Revise el nombre del servidor o del dominio en la configuración de la cuenta
Revise la configuración DNS del equipo y su conexión a internet
Consulte los registros SRV y A del dominio desde otra máquina
Pruebe temporalmente con la dirección IP del servidor para confirmar un problema de DNS</translation>
    </message>
    <message>
        <source>dns, cannot resolve, server not found, domain not found, wrong server name, no internet, pjsip, local error, not on the wire, not registered</source>
        <translation>dns, no se puede resolver, servidor no encontrado, dominio no encontrado, nombre de servidor incorrecto, sin internet, pjsip, error local, no visto en la red, fuera del registro iana</translation>
    </message>
    <message>
        <source>A PJSIP local status for a request that could not be sent; reported to the application, never sent on the wire.</source>
        <translation>Un estado local de PJSIP para una solicitud que no se pudo enviar; se comunica a la aplicación y nunca se envía por la red.</translation>
    </message>
    <message>
        <source>This is not a registered SIP code: your phone could not send its request to the server.</source>
        <translation>No es un código SIP inscrito en el registro de IANA: su teléfono no pudo enviar su solicitud al servidor.</translation>
    </message>
    <message>
        <source>No server sent this number. The phone or app (built on the PJSIP library) tried to send a request, but the connection failed, for example because it was refused or the secure connection could not be set up, and it reported 703 itself. Nothing was received from the network; the problem is the path to the server or the server being down.</source>
        <translation>Ningún servidor envió este número. El teléfono o la aplicación (basados en la biblioteca PJSIP) intentaron enviar una solicitud, pero la conexión falló, por ejemplo porque se rechazó o porque no se pudo establecer la conexión segura, y notificaron ellos mismos el 703. No se recibió nada de la red; el problema está en el camino hacia el servidor o en que el servidor está caído.</translation>
    </message>
    <message>
        <source>Not a registered code; a local status from PJSIP's status table (formerly PJSIP_SC_TSX_TRANSPORT_ERROR): the transport could not send the request (connection refused or reset, TLS failure, ICMP unreachable), so nothing was received from the network. RFC 3261 §8.1.3.1 says a fatal transport error is reported as if 503 had arrived, which newer PJSIP releases do; the client should then try the next server (RFC 3263 §4.3).</source>
        <translation>No es un código inscrito en el registro de IANA; es un estado local de la tabla de estados de PJSIP (antes PJSIP_SC_TSX_TRANSPORT_ERROR): el transporte no pudo enviar la solicitud (conexión rechazada o reiniciada, fallo de TLS, ICMP unreachable), así que no se recibió nada de la red. RFC 3261 §8.1.3.1 indica que un error de transporte grave se notifica como si hubiera llegado un 503, que es lo que hacen las versiones más recientes de PJSIP; el cliente debe entonces probar el siguiente servidor (RFC 3263 §4.3).</translation>
    </message>
    <message>
        <source>Not a network answer: the phone's own send failure, reported with this unregistered code
The server refused the TCP or TLS connection (service down, wrong port)
TLS handshake failure (certificate, protocol version, cipher)
ICMP port or host unreachable for UDP
A local firewall or VPN blocking outgoing SIP</source>
        <translation>No es una respuesta de la red: es el propio fallo de envío del teléfono, notificado con este código fuera del registro IANA
El servidor rechazó la conexión TCP o TLS (servicio caído, puerto erróneo)
Fallo del handshake TLS (certificado, versión de protocolo, cifrado)
ICMP de puerto o de host inaccesible en UDP
Un firewall local o una VPN que bloquea el SIP saliente</translation>
    </message>
    <message>
        <source>Remember nothing was received: the phone concluded this locally
Check the server address, port and transport
For TLS, check certificates and the date and time on the device
Capture traffic to see the connection attempt and any reset or ICMP error
Try another network (mobile data instead of Wi-Fi) to rule out local blocking</source>
        <translation>Recuerde que no se recibió nada: el teléfono lo dedujo localmente
Revise la dirección, el puerto y el transporte del servidor
En TLS, revise los certificados y la fecha y la hora del equipo
Capture el tráfico para ver el intento de conexión y cualquier reinicio o error ICMP
Pruebe otra red (datos móviles en lugar de Wi-Fi) para descartar un bloqueo local</translation>
    </message>
    <message>
        <source>send error, transport error, connection refused, tls error, cannot connect, unreachable, server down, pjsip, local error, not on the wire, not registered</source>
        <translation>error de envío, error de transporte, conexión rechazada, error tls, no se puede conectar, inaccesible, servidor caído, pjsip, error local, no visto en la red, fuera del registro iana</translation>
    </message>
    <message>
        <source>A sofia-sip NUA local status reported to the application (seen in FreeSWITCH logs); never sent on the wire.</source>
        <translation>Un estado local de NUA de sofia-sip que se comunica a la aplicación (visible en los logs de FreeSWITCH); nunca se envía por la red.</translation>
    </message>
    <message>
        <source>This is not a registered SIP code: the calling software reported an internal error of its own, and nothing came from the network.</source>
        <translation>No es un código SIP inscrito en el registro de IANA: el software que llama notificó un error interno propio, y no llegó nada de la red.</translation>
    </message>
    <message>
        <source>This number is produced inside SIP software built on the sofia-sip library, such as FreeSWITCH, to report a problem it found itself. The text varies, for example it could not add login credentials or the session was already ending. No server sent this code and nothing was received from the network for it; the cause is in the local software or its configuration.</source>
        <translation>Este número se genera dentro del software SIP basado en la biblioteca sofia-sip, como FreeSWITCH, para notificar un problema que detectó él mismo. El texto varía; por ejemplo, no pudo añadir las credenciales de inicio de sesión o la sesión ya estaba terminando. Ningún servidor envió este código y no se recibió nada de la red que lo motivara; la causa está en el software local o en su configuración.</translation>
    </message>
    <message>
        <source>Not a registered code; a local status from sofia-sip's NUA layer (nua_client.c, nua_session.c, nua_register.c), reported to the application with a varying phrase such as 'Cannot add credentials' or 'Session is terminating'. It never crosses the wire. Read the phrase and the neighbouring log lines: a 900 usually follows a real response (for example a 401 or 407 that could not be answered) or a local state problem.</source>
        <translation>No es un código inscrito en el registro de IANA; es un estado local de la capa NUA de sofia-sip (nua_client.c, nua_session.c, nua_register.c) que se comunica a la aplicación con una frase variable, como «Cannot add credentials» o «Session is terminating». Nunca viaja por la red. Lea la frase y las líneas de log contiguas: un 900 suele seguir a una respuesta real (por ejemplo un 401 o 407 que no se pudo responder) o a un problema de estado local.</translation>
    </message>
    <message>
        <source>Not a network answer: sofia-sip's own status, reported with this unregistered code
Credentials missing or invalid for an authentication challenge
A request attempted while the session was already being torn down
A misconfigured gateway or profile in FreeSWITCH
An internal state error in the application</source>
        <translation>No es una respuesta de la red: es el estado propio de sofia-sip, notificado con este código fuera del registro IANA
Credenciales ausentes o no válidas para un desafío de autenticación
Una solicitud intentada cuando la sesión ya se estaba cerrando
Una pasarela o un perfil mal configurados en FreeSWITCH
Un error de estado interno en la aplicación</translation>
    </message>
    <message>
        <source>Remember nothing was received with this code: the software concluded it locally
Read the phrase that comes with 900 in the log
Look at the SIP messages just before it (for example a 401, 407 or BYE)
Check the gateway or account credentials and settings
Update the software if the error looks like a bug</source>
        <translation>Recuerde que con este código no se recibió nada: el software lo dedujo localmente
Lea la frase que acompaña al 900 en el log
Revise los mensajes SIP justo anteriores (por ejemplo un 401, 407 o BYE)
Revise las credenciales y la configuración de la pasarela o de la cuenta
Actualice el software si el error parece un fallo de programación</translation>
    </message>
    <message>
        <source>internal error, local error, freeswitch, sofia, cannot add credentials, session terminating, not on the wire, not registered</source>
        <translation>error interno, error local, freeswitch, sofia, no se pueden añadir credenciales, sesión terminando, no visto en la red, fuera del registro iana</translation>
    </message>
    <message>
        <source>A sofia-sip NUA local status when a 401 or 407 challenge cannot be answered; never sent on the wire.</source>
        <translation>Un estado local de NUA de sofia-sip cuando no se puede responder a un desafío 401 o 407; nunca se envía por la red.</translation>
    </message>
    <message>
        <source>This is not a registered SIP code: the software could not answer the server's login request because it has no matching credentials.</source>
        <translation>No es un código SIP inscrito en el registro de IANA: el software no pudo responder a la petición de inicio de sesión del servidor porque no tiene credenciales que correspondan.</translation>
    </message>
    <message>
        <source>The server asked for a login (a 401 or 407 response), and software built on the sofia-sip library, such as FreeSWITCH, found no username and password that fit that request. It reported 904 itself; the 904 was not received from the network. The cause is the account or gateway settings on the calling side.</source>
        <translation>El servidor pidió un inicio de sesión (una respuesta 401 o 407), y el software basado en la biblioteca sofia-sip, como FreeSWITCH, no encontró ningún usuario y contraseña adecuados para esa petición. Notificó él mismo el 904; el 904 no se recibió de la red. La causa está en la configuración de la cuenta o de la pasarela en el lado que llama.</translation>
    </message>
    <message>
        <source>Not a registered code; a local status from sofia-sip's NUA layer (nua_client.c) when a 401 or 407 challenge cannot be answered: no credentials match the realm, or the scheme or algorithm is not supported. It never crosses the wire: the response actually received was the 401 or 407. Compare the realm and algorithm in WWW-Authenticate or Proxy-Authenticate with the configured credentials.</source>
        <translation>No es un código inscrito en el registro de IANA; es un estado local de la capa NUA de sofia-sip (nua_client.c) cuando no se puede responder a un desafío 401 o 407: ninguna credencial corresponde al realm, o el esquema o el algoritmo no se admiten. Nunca viaja por la red: la respuesta recibida realmente fue el 401 o 407. Compare el realm y el algoritmo de WWW-Authenticate o Proxy-Authenticate con las credenciales configuradas.</translation>
    </message>
    <message>
        <source>Not a network answer: sofia-sip's own status, reported with this unregistered code
No username and password configured for the realm the server asked for
The realm in the challenge differs from the configured one (for example the provider changed domain)
An unsupported authentication scheme or algorithm (for example SHA-256 only)
Credentials configured on the wrong gateway or profile</source>
        <translation>No es una respuesta de la red: es el estado propio de sofia-sip, notificado con este código fuera del registro IANA
No hay usuario y contraseña configurados para el realm que pidió el servidor
El realm del desafío difiere del configurado (por ejemplo, el proveedor cambió de dominio)
Un esquema o un algoritmo de autenticación no admitido (por ejemplo, solo SHA-256)
Credenciales configuradas en la pasarela o el perfil equivocados</translation>
    </message>
    <message>
        <source>Remember the 904 was concluded locally: look for the 401 or 407 that really arrived
Note the realm and algorithm in that challenge
Check that the gateway or account has credentials for that realm
Set the realm explicitly if the software needs it, or let it follow the challenge
Check that the software supports the requested algorithm</source>
        <translation>Recuerde que el 904 se dedujo localmente: busque el 401 o 407 que llegó realmente
Anote el realm y el algoritmo de ese desafío
Compruebe que la pasarela o la cuenta tiene credenciales para ese realm
Configure el realm explícitamente si el software lo necesita, o deje que siga el desafío
Compruebe que el software admite el algoritmo solicitado</translation>
    </message>
    <message>
        <source>authentication, wrong password, login failed, realm, challenge, registration failed, freeswitch, sofia, not on the wire, not registered</source>
        <translation>autenticación, contraseña incorrecta, error de inicio de sesión, realm, desafío, error de registro, freeswitch, sofia, no visto en la red, fuera del registro iana</translation>
    </message>
    <message>
        <source>A Wireshark placeholder for response codes outside its table. Not a code sent on the wire.</source>
        <translation>Un marcador de posición de Wireshark para los códigos de respuesta que no figuran en su tabla. No es un código que se envíe por la red.</translation>
    </message>
    <message>
        <source>This is not a registered SIP code: an analyser used it as a placeholder for a response it could not classify.</source>
        <translation>No es un código SIP inscrito en el registro de IANA: un analizador lo usó como marcador de posición para una respuesta que no pudo clasificar.</translation>
    </message>
    <message>
        <source>The number 999 comes from Wireshark, not from a phone or server. The response that really travelled on the network had some other code that the analyser could not place in its table, and it showed this placeholder instead. Open the original packet to see what was actually sent.</source>
        <translation>El número 999 procede de Wireshark, no de un teléfono ni de un servidor. La respuesta que viajó realmente por la red tenía otro código que el analizador no pudo ubicar en su tabla, y en su lugar mostró este marcador de posición. Abra el paquete original para ver lo que se envió realmente.</translation>
    </message>
    <message>
        <source>Not a registered code and outside the six classes of RFC 3261 §21. Wireshark's sip_response_code_vals uses 999 'Unknown response' as a placeholder for codes outside its table, so the real status line carried something else. Read it from the capture: a code from 100 to 699 that is not registered is read as the x00 of its class (RFC 3261 §8.1.3.2), while anything outside that range is not a valid SIP response at all.</source>
        <translation>No es un código inscrito en el registro de IANA y queda fuera de las seis clases de RFC 3261 §21. La tabla sip_response_code_vals de Wireshark usa 999 «Unknown response» como marcador de posición para los códigos que no figuran en ella, así que la línea de estado real llevaba otra cosa. Léala en la captura: un código del 100 al 699 que no está registrado se interpreta como el x00 de su clase (RFC 3261 §8.1.3.2), mientras que cualquier valor fuera de ese rango no es una respuesta SIP válida en absoluto.</translation>
    </message>
    <message>
        <source>Not a wire code: Wireshark could not place the real response code in its table
A vendor-specific or malformed status line in the capture
A report or export built from Wireshark statistics copied the placeholder</source>
        <translation>No es un código de red: Wireshark no pudo ubicar el código de respuesta real en su tabla
Una línea de estado propia de un fabricante o mal formada en la captura
Un informe o una exportación basados en las estadísticas de Wireshark copiaron el marcador de posición</translation>
    </message>
    <message>
        <source>Remember that 999 is an analyser placeholder, not a registered code
Open the original packet and read the real status line
Look up that real code instead of 999
If the status line is malformed, find the device that sent it from its Server header</source>
        <translation>Recuerde que 999 es un marcador de posición del analizador, no un código inscrito en el registro de IANA
Abra el paquete original y lea la línea de estado real
Consulte ese código real en lugar de 999
Si la línea de estado está mal formada, identifique el equipo que la envió por su cabecera Server</translation>
    </message>
    <message>
        <source>wireshark, unknown response, unknown code, analyser label, placeholder, not registered, not a real code</source>
        <translation>wireshark, respuesta desconocida, código desconocido, etiqueta de analizador, marcador de posición, fuera del registro iana, no es un código real</translation>
    </message>
    <message>
        <source>Some status lists and analysers</source>
        <translation>Algunas listas de estados y analizadores</translation>
    </message>
    <message>
        <source>Wikipedia and vendor lists derived from it</source>
        <translation>Wikipedia y las listas de fabricantes derivadas de ella</translation>
    </message>
    <message>
        <source>Wireshark: its per-class statistics bucket for 1xx codes it does not list by name, not another name for 199 Early Dialog Terminated</source>
        <translation>Wireshark: su grupo estadístico por clase para los códigos 1xx que no enumera por su nombre, no otro nombre de 199 Early Dialog Terminated</translation>
    </message>
    <message>
        <source>Some status lists</source>
        <translation>Algunas listas de estados</translation>
    </message>
    <message>
        <source>sofia-sip; reSIProcate</source>
        <translation>sofia-sip; reSIProcate</translation>
    </message>
    <message>
        <source>Wireshark; some vendors</source>
        <translation>Wireshark; algunos fabricantes</translation>
    </message>
    <message>
        <source>PJSIP; Wireshark (RFC 4474 wording)</source>
        <translation>PJSIP; Wireshark (redacción de RFC 4474)</translation>
    </message>
    <message>
        <source>PJSIP; Wireshark; FreeSWITCH (RFC 4474 wording)</source>
        <translation>PJSIP; Wireshark; FreeSWITCH (redacción de RFC 4474)</translation>
    </message>
    <message>
        <source>RFC 2543 and older gateways</source>
        <translation>RFC 2543 y pasarelas antiguas</translation>
    </message>
    <message>
        <source>reSIProcate</source>
        <translation>reSIProcate</translation>
    </message>
    <message>
        <source>sofia-sip; Wikipedia; many vendor pages</source>
        <translation>sofia-sip; Wikipedia; muchas páginas de fabricantes</translation>
    </message>
    <message>
        <source>RFC 2543; sofia-sip; some analysers</source>
        <translation>RFC 2543; sofia-sip; algunos analizadores</translation>
    </message>
    <message>
        <source>Some analysers</source>
        <translation>Algunos analizadores</translation>
    </message>
    <message>
        <source>Some stacks and provider pages</source>
        <translation>Algunas pilas SIP y páginas de proveedores</translation>
    </message>
    <message>
        <source>Defined in RFC 3261 §21.1.1. It is hop-by-hop: the next element (proxy, B2BUA or UAS) sends it to stop INVITE retransmissions, and a stateful proxy never forwards a 100 it receives (§16.7); an INVITE server transaction generates one itself unless it knows that its TU will send a provisional or final response within 200 ms (§17.2.1). It creates no dialog, needs no To tag, and echoes a Timestamp header if the request had one. A 100 followed by silence means the next hop took the INVITE but nothing came back from further downstream; the attempt then ends when a proxy's Timer C or the caller's own no-answer timer fires, usually with CANCEL and 487, or with 408.</source>
        <translation>Definida en RFC 3261 §21.1.1. Es salto a salto: el siguiente elemento (proxy, B2BUA o UAS) la envía para detener las retransmisiones del INVITE, y un proxy con estado nunca reenvía un 100 que recibe (§16.7); una transacción de servidor INVITE genera una por su cuenta, salvo que sepa que su TU enviará una respuesta provisional o final en menos de 200 ms (§17.2.1). No crea ningún diálogo, no necesita etiqueta To y repite la cabecera Timestamp si la solicitud la traía. Un 100 seguido de silencio significa que el siguiente salto aceptó el INVITE pero no volvió nada de más adelante; el intento termina entonces cuando vence el Timer C de un proxy o el temporizador de no respuesta del propio llamante, normalmente con CANCEL y 487, o con 408.</translation>
    </message>
    <message>
        <source>RFC 6228: a forking proxy (§6) or a UAS sends 199 upstream to say that an early dialog, identified by the To tag of the earlier 1xx, has ended before the final response; it is sent only if the request carried Supported: 199. It lets the caller release that branch's resources, for example stop playing its early media. It should not carry SDP unless RFC 3264 requires it (§8), and when the branch ended with a final response the sender must add a Reason header with that response code (§5, §6); a proxy does not generate 199 if the request carried Require: 100rel (§6). Wireshark's statistics label this row 'Informational - Others', a per-class bucket rather than the registered phrase.</source>
        <translation>RFC 6228: un proxy con bifurcación (§6) o un UAS envía 199 hacia el origen para indicar que un diálogo temprano, identificado por la etiqueta To de la 1xx anterior, terminó antes de la respuesta final; solo se envía si la solicitud llevaba Supported: 199. Permite al llamante liberar los recursos de esa rama, por ejemplo dejar de reproducir su early media. No debe llevar SDP salvo que RFC 3264 lo exija (§8), y cuando la rama terminó con una respuesta final, el remitente debe añadir una cabecera Reason con ese código de respuesta (§5, §6); un proxy no genera 199 si la solicitud llevaba Require: 100rel (§6). Las estadísticas de Wireshark etiquetan esta fila como «Informational - Others», un grupo por clase y no la frase inscrita en el registro de IANA.</translation>
    </message>
    <message>
        <source>Defined by RFC 5839 §7.1 (conditional event notification; the notifier's side is in §6.3). It answers a SUBSCRIBE refresh inside an existing subscription dialog that carries Suppress-If-Match with the entity tag the subscriber last received in the SIP-ETag header of a NOTIFY; if the resource state still matches, the notifier refreshes the subscription, replies 204 and sends no NOTIFY. The Expires header gives the new duration. Not to be confused with HTTP's 204 No Content.</source>
        <translation>Definida en RFC 5839 §7.1 (notificación condicional de eventos; el lado del notificador se describe en §6.3). Responde a una renovación de SUBSCRIBE dentro de un diálogo de suscripción existente que lleva Suppress-If-Match con la etiqueta de entidad que el suscriptor recibió por última vez en la cabecera SIP-ETag de un NOTIFY; si el estado del recurso sigue coincidiendo, el notificador renueva la suscripción, responde 204 y no envía ningún NOTIFY. La cabecera Expires indica la nueva duración. No debe confundirse con el 204 No Content de HTTP.</translation>
    </message>
    <message>
        <source>Defined in RFC 3892 §5 (the Referred-By mechanism). The refer target sends 429 when it requires a Referred-By security token, an S/MIME-signed message/sipfrag body, and the request triggered by a REFER (usually an INVITE) carries no valid one; the referee may also answer the REFER itself with 429 when it requires a token and the REFER has none (§2.1, §2.2). The referee should report the failure to the referrer in a NOTIFY, so that the referrer can send the REFER again with a token. Rarely seen, because signed Referred-By tokens are seldom deployed; most systems refuse unwanted transfers with 403.</source>
        <translation>Definida en RFC 3892 §5 (el mecanismo Referred-By). El destino de la transferencia envía 429 cuando exige un token de seguridad Referred-By, un cuerpo message/sipfrag firmado con S/MIME, y la solicitud desencadenada por un REFER (normalmente un INVITE) no lleva uno válido; el receptor del REFER también puede responder 429 al propio REFER cuando exige un token y el REFER no lo lleva (§2.1, §2.2). El receptor del REFER debe notificar el fallo a quien lo envió en un NOTIFY, para que este pueda volver a enviar el REFER con un token. Es poco frecuente, porque los tokens Referred-By firmados apenas se implantan; la mayoría de los sistemas rechazan las transferencias no deseadas con 403.</translation>
    </message>
    <message>
        <source>Defined by SIP Outbound (RFC 5626 §11.5). An edge proxy returns 430 when a request routed by a flow token (Path or Record-Route URI with the ob parameter) cannot be delivered because that flow, a TCP/TLS connection or a UDP NAT binding, has failed. It is meant to stay between proxies: on a 430 the authoritative proxy replaces the branch with another registered flow of the same instance (§7); when none is left, its ordinary choice of the best response decides what the caller gets, often 480. A user agent that receives 430 anyway treats it like 400.</source>
        <translation>Definida por SIP Outbound (RFC 5626 §11.5). Un proxy de borde devuelve 430 cuando una solicitud encaminada mediante un token de flujo (URI de Path o de Record-Route con el parámetro ob) no se puede entregar porque ese flujo, una conexión TCP/TLS o un vínculo NAT de UDP, ha fallado. Está pensada para quedarse entre proxies: ante un 430, el proxy autoritativo sustituye la rama por otro flujo registrado de la misma instancia (§7); si no queda ninguno, su elección habitual de la mejor respuesta decide lo que recibe el llamante, a menudo 480. Un agente de usuario que aun así recibe 430 la trata como 400.</translation>
    </message>
    <message>
        <source>Defined in RFC 5079 §5 for anonymous call rejection. A UAS, or a proxy acting for the callee, sends 433 when the request is anonymous and the target's policy refuses such requests. RFC 5079 §3 counts a request as anonymous when its From URI is anonymous (anonymous@anonymous.invalid) or its Privacy header has the value id or user; Privacy: header alone does not make it so, nor does a missing P-Asserted-Identity. Unlike a plain 403 or 603 it tells the caller exactly why, so the caller can try again with identity shown. The check usually sits in a network service setting of the called line rather than in the called device.</source>
        <translation>Definida en RFC 5079 §5 para el rechazo de llamadas anónimas. Un UAS, o un proxy que actúa en nombre del llamado, envía 433 cuando la solicitud es anónima y la política del destino rechaza este tipo de solicitudes. RFC 5079 §3 considera anónima una solicitud cuyo URI From es anónimo (anonymous@anonymous.invalid) o cuya cabecera Privacy tiene el valor id o user; Privacy: header por sí solo no la hace anónima, ni tampoco la falta de P-Asserted-Identity. A diferencia de un simple 403 o 603, indica al llamante exactamente el motivo, para que pueda volver a intentarlo mostrando su identidad. La comprobación suele residir en un ajuste de servicio de red de la línea llamada, más que en el equipo llamado.</translation>
    </message>
    <message>
        <source>The caller's number is withheld (CLIR or a Privacy header)
The called party has anonymous call rejection switched on
A non-compliant rejection service that treats a missing P-Asserted-Identity as anonymous (RFC 5079 §3 says it is not)
A PBX or trunk that sends From: anonymous by default</source>
        <translation>El número del llamante está oculto (CLIR o una cabecera Privacy)
El llamado tiene activado el rechazo de llamadas anónimas
Un servicio de rechazo no conforme que trata la falta de P-Asserted-Identity como anonimato (RFC 5079 §3 dice que no lo es)
Una centralita o una troncal que envía From: anonymous por defecto</translation>
    </message>
    <message>
        <source>Defined by SIP Outbound (RFC 5626 §11.6). The registrar returns 439 when a REGISTER requests outbound behaviour (Contact with reg-id and +sip.instance, Supported: outbound) but the first-hop edge proxy has not shown outbound support, i.e. there is no Path entry with the ob parameter. The UA can register again without reg-id, or through an edge proxy that supports outbound.</source>
        <translation>Definida por SIP Outbound (RFC 5626 §11.6). El registrador devuelve 439 cuando un REGISTER solicita el comportamiento outbound (Contact con reg-id y +sip.instance, Supported: outbound) pero el proxy de borde del primer salto no ha indicado que admite outbound, es decir, no hay ninguna entrada Path con el parámetro ob. El UA puede volver a registrarse sin reg-id, o a través de un proxy de borde que admita outbound.</translation>
    </message>
    <message>
        <source>RFC 6665 §8.3.2 (first RFC 3265 §7.3.2): the notifier does not understand the event package named in the Event header of a SUBSCRIBE, or a subscriber got a NOTIFY for a package it does not handle. An Allow-Events header listing the packages that are supported may come with it (RFC 6665 §4.4.4 recommends one in general, not for 489 alone), but it is often absent. reSIProcate uses the phrase Event Package Not Supported. Compare 405 or 501, used when the SUBSCRIBE method itself is not supported.</source>
        <translation>RFC 6665 §8.3.2 (antes RFC 3265 §7.3.2): el notificador no entiende el paquete de eventos indicado en la cabecera Event de un SUBSCRIBE, o un suscriptor recibió un NOTIFY de un paquete que no gestiona. Puede venir con una cabecera Allow-Events que enumere los paquetes admitidos (RFC 6665 §4.4.4 la recomienda en general, no solo para 489), pero a menudo falta. reSIProcate usa la frase Event Package Not Supported. Compárela con 405 o 501, que se usan cuando no se admite el propio método SUBSCRIBE.</translation>
    </message>
    <message>
        <source>Check the Event header of the SUBSCRIBE or NOTIFY
If the 489 has an Allow-Events header, read it to see what the server supports
Align phone key settings (BLF, voicemail, presence) with the PBX features
Make sure subscriptions go to the right server</source>
        <translation>Revise la cabecera Event del SUBSCRIBE o del NOTIFY
Si el 489 trae una cabecera Allow-Events, léala para ver qué admite el servidor
Armonice la configuración de las teclas del teléfono (BLF, buzón de voz, presencia) con las funciones de la centralita
Asegúrese de que las suscripciones van al servidor correcto</translation>
    </message>
    <message>
        <source>Any element may send it when a request has malformed syntax (RFC 3261 §21.4.1), such as a missing mandatory header (Call-ID, CSeq, From, To, Via, Max-Forwards), an unparsable header value or a Content-Length that does not match the body. The reason phrase should name the problem more precisely, for example "Missing Call-ID header field", and a Warning header may add detail, so read both. It is a syntax complaint: a request that parses but whose session offer cannot be accepted gets 488, an unknown URI scheme 416 and an unsupported body type 415. RFC 3398 maps it to Q.850 cause 41 (Temporary failure).</source>
        <translation>Cualquier elemento puede enviarla cuando una solicitud tiene una sintaxis incorrecta (RFC 3261 §21.4.1), por ejemplo si falta una cabecera obligatoria (Call-ID, CSeq, From, To, Via, Max-Forwards), si el valor de una cabecera no se puede analizar o si Content-Length no coincide con el cuerpo. La frase de motivo debería precisar el problema, por ejemplo «Missing Call-ID header field», y una cabecera Warning puede añadir detalles, así que conviene leer ambas. Es una queja de sintaxis: una solicitud que se analiza correctamente pero cuya oferta de sesión no se puede aceptar recibe 488; un esquema de URI desconocido, 416, y un tipo de cuerpo no admitido, 415. RFC 3398 la asigna a la causa Q.850 41 (Fallo temporal).</translation>
    </message>
    <message>
        <source>Defined by RFC 3312 §8: a UAS rejects an offer with 580 when the preconditions in the SDP (for example a=des:qos mandatory ...) cannot be met, typically because resource reservation failed. The response usually carries SDP whose desired-status lines are marked with the strength tag failure, or unknown for a precondition type the answerer does not understand. Support travels as the precondition option tag: a UAS without precondition support answers 420 to a request with Require: precondition, and a UAS that insists on preconditions answers 421 to a caller that did not list the tag in Supported; a plain media mismatch gives 488. In IMS networks 580 usually means the dedicated voice bearer could not be set up.</source>
        <translation>Definida en RFC 3312 §8: un UAS rechaza una oferta con 580 cuando no se pueden cumplir las precondiciones del SDP (por ejemplo a=des:qos mandatory ...), normalmente porque falló la reserva de recursos. La respuesta suele llevar un SDP cuyas líneas de estado deseado están marcadas con la etiqueta de intensidad failure, o unknown para un tipo de precondición que quien responde no entiende. El soporte se indica con la etiqueta de opción precondition: un UAS sin soporte de precondiciones responde 420 a una solicitud con Require: precondition, y un UAS que exige precondiciones responde 421 a un llamante que no incluyó la etiqueta en Supported; una simple incompatibilidad de medios da 488. En las redes IMS, 580 suele significar que no se pudo establecer el portador de voz dedicado.</translation>
    </message>
    <message>
        <source>RFC 8197: sent by the called UA when its user indicates the call (or message) is unwanted; as a 6xx it stops forking. Intermediaries and analytics services may use it to filter future calls from the same identity, but because caller IDs can be spoofed they should weigh how well that identity was verified (for example an RFC 8224 Identity header); a registrar can announce that it processes 607 with Feature-Caps: sip.607 in its REGISTER response. It differs from 603 (a plain decline with no judgement on the caller) and 608 (rejected by an intermediary, not the user). A SIP element that does not know 607 treats it as 600 Busy Everywhere (RFC 3261 §8.1.3.2), but RFC 3398 predates it, and an RFC 3398 gateway sends any response code its table does not list to the PSTN as Q.850 cause 31 (Normal, unspecified) (§8.2.6.1), not as user busy.</source>
        <translation>RFC 8197: la envía el UA llamado cuando su usuario indica que la llamada (o el mensaje) no es deseada; como 6xx, detiene la bifurcación. Los intermediarios y los servicios de análisis pueden usarla para filtrar futuras llamadas de la misma identidad, pero como el identificador de llamada puede falsificarse, deben valorar hasta qué punto se verificó esa identidad (por ejemplo con una cabecera Identity de RFC 8224); un registrador puede anunciar que procesa 607 con Feature-Caps: sip.607 en su respuesta a REGISTER. Se diferencia de 603 (un simple rechazo sin juicio sobre el llamante) y de 608 (rechazo de un intermediario, no del usuario). Un elemento SIP que no conoce 607 la trata como 600 Busy Everywhere (RFC 3261 §8.1.3.2), pero RFC 3398 es anterior a ella, y una pasarela según RFC 3398 envía a la RTC cualquier código de respuesta que su tabla no incluye como causa Q.850 31 (Normal, sin especificar) (§8.2.6.1), no como usuario ocupado.</translation>
    </message>
    <message>
        <source>RFC 8688: sent by an intermediary, typically a call-analytics engine, rather than by the called user; as a 6xx it stops forking. The intermediary must add a Call-Info header with purpose=jwscard referring to a signed jCard (JWS) with contact details for redress, unless it believes the request is a malicious attempt to probe it (§3.1); a sip.608 feature-capability indicator in the INVITE says an upstream element will pass that information on, for example as an announcement to a PSTN caller. Compare 607 (the called user judged the call unwanted) and 603 (the user declined). RFC 3398 predates it, and equipment that does not know 608 treats it as 600 Busy Everywhere (RFC 3261 §8.1.3.2).</source>
        <translation>RFC 8688: la envía un intermediario, normalmente un motor de análisis de llamadas, y no el usuario llamado; como 6xx, detiene la bifurcación. El intermediario debe añadir una cabecera Call-Info con purpose=jwscard que remita a una jCard firmada (JWS) con datos de contacto para reclamaciones, salvo que considere la solicitud un intento malicioso de sondearlo (§3.1); un indicador de capacidad sip.608 en el INVITE indica que un elemento anterior transmitirá esa información, por ejemplo como mensaje grabado para un llamante de la RTC. Compárela con 607 (el usuario llamado consideró la llamada no deseada) y 603 (el usuario la rechazó). RFC 3398 es anterior a ella, y los equipos que no conocen 608 la tratan como 600 Busy Everywhere (RFC 3261 §8.1.3.2).</translation>
    </message>
</context>
<context>
    <name>CertificateExpiry</name>
    <message>
        <source>expired less than a day ago (%1)</source>
        <translation>caducó hace menos de un día (%1)</translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago (%1)</source>
        <translation>
            <numerusform>caducó hace %n día (%1)</numerusform>
            <numerusform>caducó hace %n días (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>expires in less than a day (%1)</source>
        <translation>caduca en menos de un día (%1)</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s) (%1)</source>
        <translation>
            <numerusform>caduca en %n día (%1)</numerusform>
            <numerusform>caduca en %n días (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>the server's certificate %1</source>
        <translation>el certificado del servidor %1</translation>
    </message>
    <message>
        <source>certificate %1 of %2 in the chain (%3) %4</source>
        <translation>el certificado %1 de %2 de la cadena (%3) %4</translation>
    </message>
</context>
<context>
    <name>CertificateRequirements</name>
    <message>
        <source>SIP signalling runs over TLS (Direct Routing accepts no UDP or TCP).</source>
        <translation>La señalización SIP va por TLS (Direct Routing no acepta UDP ni TCP).</translation>
    </message>
    <message>
        <source>SIP signalling runs over TLS (BYOC trunks use TLS only).</source>
        <translation>La señalización SIP va por TLS (las troncales BYOC solo usan TLS).</translation>
    </message>
    <message>
        <source>the probe used TLS</source>
        <translation>el sondeo usó TLS</translation>
    </message>
    <message>
        <source>the probe did not use TLS: use a sips: URI or --transport tls</source>
        <translation>el sondeo no usó TLS: use un URI sips: o --transport tls</translation>
    </message>
    <message>
        <source>The certificate chains to a public certification authority: not self-signed, not a private or enterprise CA.</source>
        <translation>La cadena del certificado llega a una autoridad de certificación pública: no autofirmado, ni de una CA privada o de empresa.</translation>
    </message>
    <message>
        <source>The SBC's FQDN is in the certificate's subject alternative names or common name; a wildcard only as the whole leftmost label (*.example.com matches sbc.example.com, not sbc.eu.example.com).</source>
        <translation>El FQDN del SBC figura en los nombres alternativos del sujeto (SAN) o en el nombre común (CN) del certificado; un comodín solo como etiqueta completa situada más a la izquierda (*.example.com coincide con sbc.example.com, no con sbc.eu.example.com).</translation>
    </message>
    <message>
        <source>TLS 1.2 or newer is negotiated.</source>
        <translation>Se negocia TLS 1.2 o una versión posterior.</translation>
    </message>
    <message>
        <source>Every certificate the SBC presents is within its validity period.</source>
        <translation>Todos los certificados que presenta el SBC están dentro de su periodo de validez.</translation>
    </message>
    <message>
        <source>An RSA key of at least 2048 bits (the cipher suites Direct Routing lists are all ECDHE_RSA).</source>
        <translation>Una clave RSA de al menos 2048 bits (los conjuntos de cifrado que indica Direct Routing son todos ECDHE_RSA).</translation>
    </message>
    <message>
        <source>An RSA key of at least 2048 bits or an EC key of at least 256 bits.</source>
        <translation>Una clave RSA de al menos 2048 bits o una clave EC de al menos 256 bits.</translation>
    </message>
    <message>
        <source>the server presented no certificate</source>
        <translation>el servidor no presentó ningún certificado</translation>
    </message>
    <message>
        <source>no TLS connection, no certificate</source>
        <translation>sin conexión TLS, sin certificado</translation>
    </message>
    <message>
        <source>the certificate is self-signed (%1)</source>
        <translation>el certificado está autofirmado (%1)</translation>
    </message>
    <message>
        <source>its issuer %1 is not a certification authority of the system's CA store: a private CA, or a chain the server sends incomplete</source>
        <translation>su emisor %1 no es una autoridad de certificación del almacén de CA del sistema: una CA privada o una cadena que el servidor envía incompleta</translation>
    </message>
    <message>
        <source>(the probe accepted it only because of --ca-file)</source>
        <translation>(el sondeo solo lo aceptó por --ca-file)</translation>
    </message>
    <message>
        <source>the certificate is revoked</source>
        <translation>el certificado está revocado</translation>
    </message>
    <message>
        <source>the chain does not verify against the system's CA store</source>
        <translation>la cadena no se puede verificar con el almacén de CA del sistema</translation>
    </message>
    <message>
        <source>issued by %1, trusted by the system's CA store</source>
        <translation>emitido por %1, de confianza según el almacén de CA del sistema</translation>
    </message>
    <message>
        <source>the probe connected to the IP address %1; the platform reaches an SBC by its FQDN: probe the FQDN</source>
        <translation>el sondeo se conectó a la dirección IP %1; la plataforma llega a un SBC por su FQDN: sondee el FQDN</translation>
    </message>
    <message>
        <source>%1 matches %2</source>
        <translation>%1 coincide con %2</translation>
    </message>
    <message>
        <source>%1 is not among the certificate's names (%2)</source>
        <translation>%1 no está entre los nombres del certificado (%2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>%1: a wildcard must be the whole leftmost label, and only one</source>
        <translation>%1: un comodín debe ser la etiqueta completa situada más a la izquierda, y solo uno</translation>
    </message>
    <message>
        <source>%1 expired on %2</source>
        <translation>%1 caducó el %2</translation>
    </message>
    <message>
        <source>%1 is not valid before %2</source>
        <translation>%1 no es válido antes del %2</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>válido hasta el %1</translation>
    </message>
    <message>
        <source>an unknown key</source>
        <translation>una clave desconocida</translation>
    </message>
    <message>
        <source>%1 %2 bits</source>
        <translation>%1 de %2 bits</translation>
    </message>
    <message>
        <source>the certificate has %1</source>
        <translation>el certificado usa %1</translation>
    </message>
    <message>
        <source>the TLS handshake did not complete (see the error); --insecure shows what it would negotiate</source>
        <translation>el handshake TLS no se completó (vea el error); --insecure muestra lo que se negociaría</translation>
    </message>
    <message>
        <source>no TLS connection</source>
        <translation>sin conexión TLS</translation>
    </message>
    <message>
        <source>%1 negotiated</source>
        <translation>%1 negociado</translation>
    </message>
    <message>
        <source>%1 negotiated; TLS 1.0 and 1.1 are refused</source>
        <translation>%1 negociado; TLS 1.0 y 1.1 se rechazan</translation>
    </message>
</context>
<context>
    <name>CertificateThresholds</name>
    <message>
        <source>"%1" is not a whole number of days from 0 to %2.</source>
        <translation>«%1» no es un número entero de días entre 0 y %2.</translation>
    </message>
    <message>
        <source>The certificate's critical window (%1 days) is larger than its warning window (%2 days).</source>
        <translation>El periodo crítico del certificado (%1 días) es mayor que su periodo de advertencia (%2 días).</translation>
    </message>
    <message numerus="yes">
        <source>within the warning window of %n day(s)</source>
        <translation>
            <numerusform>dentro del periodo de advertencia de %n día</numerusform>
            <numerusform>dentro del periodo de advertencia de %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>within the critical window of %n day(s)</source>
        <translation>
            <numerusform>dentro del periodo crítico de %n día</numerusform>
            <numerusform>dentro del periodo crítico de %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducado</translation>
    </message>
</context>
<context>
    <name>CertificateVerdict</name>
    <message>
        <source>%1 rules broken: %2</source>
        <translation>reglas de %1 incumplidas: %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Missing argument: %1.</source>
        <translation>Falta un argumento: %1.</translation>
    </message>
    <message>
        <source>Expected one %1, got %2 arguments.</source>
        <translation>Se esperaba un argumento (%1), pero se recibieron %2.</translation>
    </message>
    <message>
        <source>Explain a SIP response code.</source>
        <translation>Explica un código de respuesta SIP.</translation>
    </message>
    <message>
        <source>The response code, e.g. 486.</source>
        <translation>El código de respuesta, p. ej. 486.</translation>
    </message>
    <message>
        <source>response code</source>
        <translation>código de respuesta</translation>
    </message>
    <message>
        <source>Show the SIP response an ISDN/Q.850 cause value becomes (RFC 3398 §7.2.4.1), and explain it.</source>
        <translation>Muestra la respuesta SIP en la que se convierte un valor de causa RDSI/Q.850 (RFC 3398 §7.2.4.1) y la explica.</translation>
    </message>
    <message>
        <source>The cause value (1-127), or a Reason header such as 'Q.850;cause=17'.</source>
        <translation>El valor de causa (1-127) o una cabecera Reason como «Q.850;cause=17».</translation>
    </message>
    <message>
        <source>cause value</source>
        <translation>valor de causa</translation>
    </message>
    <message>
        <source>"%1" is not a Q.850 cause value: causes are numbers from 1 to 127.</source>
        <translation>«%1» no es un valor de causa Q.850: las causas son números del 1 al 127.</translation>
    </message>
    <message>
        <source>Q.850 cause %1 is not in the RFC 3398 mapping tables.</source>
        <translation>La causa Q.850 %1 no figura en las tablas de correspondencia de RFC 3398.</translation>
    </message>
    <message>
        <source>Q.850 cause %1: %2</source>
        <translation>Causa Q.850 %1: %2</translation>
    </message>
    <message>
        <source>RFC 3398 §7.2.4.1 maps it to %1.</source>
        <translation>RFC 3398 §7.2.4.1 la asigna a %1.</translation>
    </message>
    <message>
        <source>RFC 3398 §7.2.4.1 maps it to %1 (%2).</source>
        <translation>RFC 3398 §7.2.4.1 la asigna a %1 (%2).</translation>
    </message>
    <message>
        <source>Explain a Warning header code (RFC 3261 §20.43).</source>
        <translation>Explica un código de la cabecera Warning (RFC 3261 §20.43).</translation>
    </message>
    <message>
        <source>The three-digit warn-code, e.g. 305, or the whole header value: 399 host "text".</source>
        <translation>El código de aviso (warn-code) de tres dígitos, p. ej. 305, o el valor completo de la cabecera: 399 host "texto".</translation>
    </message>
    <message>
        <source>warn-code</source>
        <translation>código de aviso</translation>
    </message>
    <message>
        <source>"%1" is not a warn-code: it has three digits, such as 305.</source>
        <translation>«%1» no es un código de aviso (warn-code): tiene tres dígitos, como 305.</translation>
    </message>
    <message>
        <source>Warning %1 is not a registered warn-code; read its text, which the sender chose freely.</source>
        <translation>Warning %1 es un código de aviso fuera del registro IANA; lea su texto, que el emisor eligió libremente.</translation>
    </message>
    <message>
        <source>Sent by: %1</source>
        <translation>Enviado por: %1</translation>
    </message>
    <message>
        <source>Text received: %1</source>
        <translation>Texto recibido: %1</translation>
    </message>
    <message>
        <source>%1 (not registered)</source>
        <translation>%1 (fuera del registro IANA)</translation>
    </message>
    <message>
        <source>Not in the registry: a receiver treats it as %1 %2 (RFC 3261 §8.1.3.2), so the explanation of its class applies.</source>
        <translation>Fuera del registro IANA: un receptor lo trata como %1 %2 (RFC 3261 §8.1.3.2), así que se aplica la explicación de su clase.</translation>
    </message>
    <message>
        <source>Not in the registry: a receiver that gets it treats it as %1 %2 (RFC 3261 §8.1.3.2).</source>
        <translation>Fuera del registro IANA: un receptor que lo recibe lo trata como %1 %2 (RFC 3261 §8.1.3.2).</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <source>What to check</source>
        <translation>Qué comprobar</translation>
    </message>
    <message>
        <source>Typical causes</source>
        <translation>Causas habituales</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Detalle técnico</translation>
    </message>
    <message>
        <source>Q.850 cause %1 (%2) from the PSTN becomes %3.</source>
        <translation>La causa Q.850 %1 (%2) procedente de la RTC se convierte en %3.</translation>
    </message>
    <message>
        <source>%1 towards the PSTN becomes Q.850 cause %2 (%3).</source>
        <translation>%1 hacia la RTC se convierte en la causa Q.850 %2 (%3).</translation>
    </message>
    <message>
        <source>Q.850 (RFC 3398)</source>
        <translation>Q.850 (RFC 3398)</translation>
    </message>
    <message>
        <source>Also seen on the wire as</source>
        <translation>También visto en la red como</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Relacionados</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Print the result as JSON (UTF-8).</source>
        <translation>Muestra el resultado como JSON (UTF-8).</translation>
    </message>
    <message>
        <source>Usage: %1 %2 [options] %3</source>
        <translation>Uso: %1 %2 [opciones] %3</translation>
    </message>
    <message>
        <source>Language of the explanations, e.g. en, de, fr.</source>
        <translation>Idioma de las explicaciones, p. ej. en, de, fr.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>"%1" is not a language code; use one of: %2.</source>
        <translation>«%1» no es un código de idioma; use uno de estos: %2.</translation>
    </message>
    <message>
        <source>No translation for language "%1"; available: %2.</source>
        <translation>No hay traducción para el idioma «%1»; disponibles: %2.</translation>
    </message>
    <message>
        <source>Explain a SIP response code</source>
        <translation>Explica un código de respuesta SIP</translation>
    </message>
    <message>
        <source>Find response codes by number, class or words</source>
        <translation>Busca códigos de respuesta por número, clase o palabras</translation>
    </message>
    <message>
        <source>List the response codes</source>
        <translation>Enumera los códigos de respuesta</translation>
    </message>
    <message>
        <source>Show the SIP response of an ISDN/Q.850 cause</source>
        <translation>Muestra la respuesta SIP de una causa RDSI/Q.850</translation>
    </message>
    <message>
        <source>Explain a Warning header code</source>
        <translation>Explica un código de la cabecera Warning</translation>
    </message>
    <message>
        <source>Explain the codes and headers in pasted text or a log</source>
        <translation>Explica los códigos y las cabeceras de un texto pegado o de un registro de log</translation>
    </message>
    <message>
        <source>Send SIP OPTIONS to a server and show its answer</source>
        <translation>Envía SIP OPTIONS a un servidor y muestra su respuesta</translation>
    </message>
    <message>
        <source>Follow the SIP path to a server hop by hop (Max-Forwards)</source>
        <translation>Sigue la ruta SIP hasta un servidor salto a salto (Max-Forwards)</translation>
    </message>
    <message>
        <source>Watch many SIP servers at once and report changes</source>
        <translation>Vigila muchos servidores SIP a la vez e informa de los cambios</translation>
    </message>
    <message>
        <source>Answer incoming SIP requests with a chosen code</source>
        <translation>Responde a las solicitudes SIP entrantes con el código elegido</translation>
    </message>
    <message>
        <source>Usage: %1 [options] &lt;command&gt; [arguments]</source>
        <translation>Uso: %1 [opciones] &lt;comando&gt; [argumentos]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Run "%1 &lt;command&gt; --help" for the options of a command.</source>
        <translation>Ejecute "%1 &lt;comando&gt; --help" para ver las opciones de un comando.</translation>
    </message>
    <message>
        <source>SIP response code reference and SIP OPTIONS probe.</source>
        <translation>Referencia de códigos de respuesta SIP y sondeo SIP OPTIONS.</translation>
    </message>
    <message>
        <source>The command to run (see below).</source>
        <translation>El comando que se ejecutará (véase más abajo).</translation>
    </message>
    <message>
        <source>No command given; run "%1 --help".</source>
        <translation>No se indicó ningún comando; ejecute "%1 --help".</translation>
    </message>
    <message>
        <source>Unknown command "%1"; run "%2 --help".</source>
        <translation>Comando desconocido «%1»; ejecute "%2 --help".</translation>
    </message>
    <message>
        <source>Probe many SIP servers with OPTIONS, each on its own interval, all at once, and print each target's first result and then every change (up, failing, down, another code). Exit status: 0 all targets up at the end, 1 otherwise, 64 usage error.</source>
        <translation>Sondea muchos servidores SIP con OPTIONS, cada uno con su propio intervalo y todos a la vez, y muestra el primer resultado de cada destino y después cada cambio (activo, con fallos, caído, otro código). Estado de salida: 0 todos los destinos activos al final, 1 en caso contrario, 64 error de uso.</translation>
    </message>
    <message>
        <source>Targets to watch besides those of --targets.</source>
        <translation>Destinos que vigilar además de los de --targets.</translation>
    </message>
    <message>
        <source>A target list: one target a line ("URI [label] [transport=udp|tcp|tls] [credentials=NAME] [interval=S]") or the JSON the GUI saves.</source>
        <translation>Una lista de destinos: un destino por línea («URI [etiqueta] [transport=udp|tcp|tls] [credentials=NOMBRE] [interval=S]») o el JSON que guarda la interfaz gráfica.</translation>
    </message>
    <message>
        <source>Seconds between two probes of a target (default 30).</source>
        <translation>Segundos entre dos sondeos de un destino (predeterminado: 30).</translation>
    </message>
    <message>
        <source>Stop after S seconds (default: run until interrupted).</source>
        <translation>Se detiene al cabo de S segundos (predeterminado: se ejecuta hasta que se interrumpa).</translation>
    </message>
    <message>
        <source>Stop after every target has been probed N times, and print how long it took.</source>
        <translation>Se detiene cuando cada destino se ha sondeado N veces y muestra cuánto tardó.</translation>
    </message>
    <message>
        <source>Give up on a probe after S seconds (default: 80% of the interval, at most 32).</source>
        <translation>Abandona un sondeo al cabo de S segundos (predeterminado: el 80 % del intervalo, como máximo 32).</translation>
    </message>
    <message>
        <source>Probes per target the loss is computed over (default 20).</source>
        <translation>Sondeos por destino sobre los que se calcula la pérdida (predeterminado: 20).</translation>
    </message>
    <message>
        <source>Codes that count as up, e.g. 200,404 or 2xx (default 2xx).</source>
        <translation>Códigos que cuentan como activo, p. ej. 200,404 o 2xx (predeterminado: 2xx).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No targets: give --targets FILE or targets as arguments.</source>
        <translation>No hay destinos: indique --targets FILE o destinos como argumentos.</translation>
    </message>
    <message>
        <source>At most %1 targets.</source>
        <translation>Como máximo %1 destinos.</translation>
    </message>
    <message>
        <source>--interval must be a whole number of seconds from 1 to 86400, not "%1".</source>
        <translation>--interval debe ser un número entero de segundos entre 1 y 86400, no «%1».</translation>
    </message>
    <message>
        <source>--duration must be a positive number of seconds, not "%1".</source>
        <translation>--duration debe ser un número positivo de segundos, no «%1».</translation>
    </message>
    <message>
        <source>--rounds must be a whole number from 1 to 1000000, not "%1".</source>
        <translation>--rounds debe ser un número entero entre 1 y 1000000, no «%1».</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from 0.05 to 3600, not "%1".</source>
        <translation>--timeout debe ser un número de segundos entre 0.05 y 3600, no «%1».</translation>
    </message>
    <message>
        <source>--window must be a whole number from 1 to 10000, not "%1".</source>
        <translation>--window debe ser un número entero entre 1 y 10000, no «%1».</translation>
    </message>
    <message>
        <source>%1: the %2 transport is not supported yet; use UDP.</source>
        <translation>%1: el transporte %2 aún no es compatible; use UDP.</translation>
    </message>
    <message>
        <source>%1 targets, %2 round(s) in %3 s; first round complete after %4 s</source>
        <translation>%1 destinos, %2 ronda(s) en %3 s; primera ronda completada al cabo de %4 s</translation>
    </message>
    <message>
        <source>-w needs a time in milliseconds.</source>
        <translation>-w necesita un tiempo en milisegundos.</translation>
    </message>
    <message>
        <source>-c needs a time in milliseconds.</source>
        <translation>-c necesita un tiempo en milisegundos.</translation>
    </message>
    <message>
        <source>--expect needs a list of codes, e.g. 200,404.</source>
        <translation>--expect necesita una lista de códigos, p. ej. 200,404.</translation>
    </message>
    <message>
        <source>Invalid arguments.</source>
        <translation>Argumentos no válidos.</translation>
    </message>
    <message>
        <source>No status was received; RFC 3261 §8.1.3.1 treats this as %1, concluded locally.</source>
        <translation>No se recibió ningún estado; RFC 3261 §8.1.3.1 lo trata como %1, deducido localmente.</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Tiempo de respuesta</translation>
    </message>
    <message>
        <source>First 1xx</source>
        <translation>Primera 1xx</translation>
    </message>
    <message>
        <source>Retransmissions</source>
        <translation>Retransmisiones</translation>
    </message>
    <message>
        <source>No response: %1</source>
        <translation>Sin respuesta: %1</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Solicitud:</translation>
    </message>
    <message>
        <source>Response:</source>
        <translation>Respuesta:</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Cronología:</translation>
    </message>
    <message>
        <source>probes: %1</source>
        <translation>sondeos: %1</translation>
    </message>
    <message>
        <source>rtt=%1 ms</source>
        <translation>rtt=%1 ms</translation>
    </message>
    <message>
        <source>retransmissions=%1</source>
        <translation>retransmisiones=%1</translation>
    </message>
    <message>
        <source>no response (%1): %2</source>
        <translation>sin respuesta (%1): %2</translation>
    </message>
    <message>
        <source>--- %1 OPTIONS statistics ---</source>
        <translation>--- estadísticas de OPTIONS a %1 ---</translation>
    </message>
    <message>
        <source>%1 sent, %2 answered, %3% loss</source>
        <translation>%1 enviados, %2 respondidos, %3 % de pérdida</translation>
    </message>
    <message>
        <source>rtt min/avg/max/mdev = %1/%2/%3/%4 ms</source>
        <translation>rtt mín/media/máx/desv = %1/%2/%3/%4 ms</translation>
    </message>
    <message>
        <source>status codes: %1</source>
        <translation>códigos de estado: %1</translation>
    </message>
    <message>
        <source>Send a SIP OPTIONS request to a server and show what it answered, how long it took, and why it failed when it did. Exit status: 0 a 2xx, 1 another final response, 2 no response, 64 usage error.</source>
        <translation>Envía una solicitud SIP OPTIONS a un servidor y muestra qué respondió, cuánto tardó y, si falló, por qué. Estado de salida: 0 una 2xx, 1 otra respuesta final, 2 sin respuesta, 64 error de uso.</translation>
    </message>
    <message>
        <source>sip:/sips: URI, host, host:port, user@host or [IPv6]:port.</source>
        <translation>URI sip:/sips:, host, host:puerto, usuario@host o [IPv6]:puerto.</translation>
    </message>
    <message>
        <source>Also print the raw request and response and the timeline.</source>
        <translation>Muestra también la solicitud y la respuesta en bruto y la cronología.</translation>
    </message>
    <message>
        <source>Send N probes, one after the other, and print statistics.</source>
        <translation>Envía N sondeos, uno tras otro, y muestra estadísticas.</translation>
    </message>
    <message>
        <source>Seconds from one probe's start to the next (0: back to back).</source>
        <translation>Segundos desde el inicio de un sondeo hasta el siguiente (0: sin pausa).</translation>
    </message>
    <message>
        <source>Give up after S seconds without a final response (default 32, Timer F = 64·T1).</source>
        <translation>Abandona al cabo de S segundos sin respuesta final (predeterminado: 32, Timer F = 64·T1).</translation>
    </message>
    <message>
        <source>From user name, or a full sip: URI.</source>
        <translation>Nombre de usuario de From, o un URI sip: completo.</translation>
    </message>
    <message>
        <source>Add a header, e.g. 'X-Ticket: 42' (repeatable).</source>
        <translation>Añade una cabecera, p. ej. 'X-Ticket: 42' (se puede repetir).</translation>
    </message>
    <message>
        <source>Max-Forwards value (0-255, default 70).</source>
        <translation>Valor de Max-Forwards (0-255, predeterminado: 70).</translation>
    </message>
    <message>
        <source>Local address and optional port to send from.</source>
        <translation>Dirección local y puerto opcional desde los que enviar.</translation>
    </message>
    <message>
        <source>Monitoring-plugin mode: one status line, exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.</source>
        <translation>Modo de plugin de monitorización: una línea de estado, salida 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.</translation>
    </message>
    <message>
        <source>With --nagios: WARNING when the round trip takes longer than MS.</source>
        <translation>Con --nagios: WARNING cuando el tiempo de respuesta supera MS.</translation>
    </message>
    <message>
        <source>With --nagios (also as -c): CRITICAL when the round trip takes longer than MS.</source>
        <translation>Con --nagios (también como -c): CRITICAL cuando el tiempo de respuesta supera MS.</translation>
    </message>
    <message>
        <source>With --nagios: any final response counts as OK (the server is up).</source>
        <translation>Con --nagios: cualquier respuesta final cuenta como OK (el servidor está activo).</translation>
    </message>
    <message>
        <source>Missing argument: target.</source>
        <translation>Falta un argumento: el destino.</translation>
    </message>
    <message>
        <source>Expected one target, got %1 arguments.</source>
        <translation>Se esperaba un destino, pero se recibieron %1 argumentos.</translation>
    </message>
    <message>
        <source>--%1 only makes sense with --nagios.</source>
        <translation>--%1 solo tiene sentido con --nagios.</translation>
    </message>
    <message>
        <source>--count must be a whole number from 1 to 1000000, not "%1".</source>
        <translation>--count debe ser un número entero entre 1 y 1000000, no «%1».</translation>
    </message>
    <message>
        <source>--interval must be a number of seconds from 0 to 3600, not "%1".</source>
        <translation>--interval debe ser un número de segundos entre 0 y 3600, no «%1».</translation>
    </message>
    <message>
        <source>--timeout must be a positive number of seconds up to 3600, not "%1".</source>
        <translation>--timeout debe ser un número positivo de segundos de hasta 3600, no «%1».</translation>
    </message>
    <message>
        <source>--max-forwards must be a number from 0 to 255, not "%1".</source>
        <translation>--max-forwards debe ser un número entre 0 y 255, no «%1».</translation>
    </message>
    <message>
        <source>--from: %1</source>
        <translation>--from: %1</translation>
    </message>
    <message>
        <source>"%1" is not a valid user name.</source>
        <translation>«%1» no es un nombre de usuario válido.</translation>
    </message>
    <message>
        <source>--bind needs an IP address and an optional port, e.g. 192.0.2.10:5062 or [2001:db8::1]:5062; got "%1".</source>
        <translation>--bind necesita una dirección IP y un puerto opcional, p. ej. 192.0.2.10:5062 o [2001:db8::1]:5062; se recibió «%1».</translation>
    </message>
    <message>
        <source>Listen for SIP requests and answer every one with the chosen status code (RFC 3261 §8.2.6, with server transactions). Loopback unless --listen names another address. Exit status: 0 stopped, 2 cannot listen, 64 usage error.</source>
        <translation>Escucha solicitudes SIP y responde a cada una con el código de estado elegido (RFC 3261 §8.2.6, con transacciones de servidor). Solo en la interfaz de bucle local, salvo que --listen indique otra dirección. Estado de salida: 0 detenido, 2 no se puede escuchar, 64 error de uso.</translation>
    </message>
    <message>
        <source>Address and port to listen on (default 127.0.0.1:5060; 0.0.0.0:PORT listens on every interface).</source>
        <translation>Dirección y puerto en los que escuchar (predeterminado: 127.0.0.1:5060; 0.0.0.0:PUERTO escucha en todas las interfaces).</translation>
    </message>
    <message>
        <source>The final response code, 200 to 699 (a 2xx is not sent to INVITE).</source>
        <translation>El código de respuesta final, de 200 a 699 (a INVITE no se le envía una 2xx).</translation>
    </message>
    <message>
        <source>Reason phrase (default: the registered one).</source>
        <translation>Frase de motivo (predeterminada: la registrada).</translation>
    </message>
    <message>
        <source>Add a header to the answer, e.g. 'Retry-After: 30' (repeatable).</source>
        <translation>Añade una cabecera a la respuesta, p. ej. 'Retry-After: 30' (se puede repetir).</translation>
    </message>
    <message>
        <source>Wait MS milliseconds before the final response (at most 60000).</source>
        <translation>Espera MS milisegundos antes de la respuesta final (como máximo 60000).</translation>
    </message>
    <message>
        <source>Send these provisional responses first, e.g. 100,180.</source>
        <translation>Envía antes estas respuestas provisionales, p. ej. 100,180.</translation>
    </message>
    <message>
        <source>Also print each request as received.</source>
        <translation>Muestra también cada solicitud tal como se recibió.</translation>
    </message>
    <message>
        <source>Unexpected argument "%1".</source>
        <translation>Argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>--code is required, e.g. --code 486.</source>
        <translation>--code es obligatorio, p. ej. --code 486.</translation>
    </message>
    <message>
        <source>--code must be a number from 200 to 699, not "%1".</source>
        <translation>--code debe ser un número entre 200 y 699, no «%1».</translation>
    </message>
    <message>
        <source>--delay must be a number of milliseconds, not "%1".</source>
        <translation>--delay debe ser un número de milisegundos, no «%1».</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
    <message>
        <source>Listening on %1 %2, answering %3 %4</source>
        <translation>Escuchando en %1 %2, se responde %3 %4</translation>
    </message>
    <message>
        <source>Include the codes that are not IANA-registered (seen on the wire, local statuses, analyser labels).</source>
        <translation>Incluye los códigos fuera del registro IANA (vistos en la red, estados locales, etiquetas de analizadores).</translation>
    </message>
    <message>
        <source>Find response codes by number, class (4xx) or words, best match first.</source>
        <translation>Busca códigos de respuesta por número, clase (4xx) o palabras, con la mejor coincidencia primero.</translation>
    </message>
    <message>
        <source>Show at most &lt;n&gt; results (0: all; default 10).</source>
        <translation>Muestra como máximo &lt;n&gt; resultados (0: todos; predeterminado: 10).</translation>
    </message>
    <message>
        <source>What to look for, e.g. busy, "nobody answers", 48, 5xx.</source>
        <translation>Qué buscar, p. ej. ocupado, "nadie contesta", 48, 5xx.</translation>
    </message>
    <message>
        <source>search words</source>
        <translation>palabras de búsqueda</translation>
    </message>
    <message>
        <source>--limit needs a whole number of 0 or more, not "%1".</source>
        <translation>--limit necesita un número entero igual o mayor que 0, no «%1».</translation>
    </message>
    <message>
        <source>No response code matches "%1".</source>
        <translation>Ningún código de respuesta coincide con «%1».</translation>
    </message>
    <message>
        <source>List the response codes, by class.</source>
        <translation>Enumera los códigos de respuesta, por clase.</translation>
    </message>
    <message>
        <source>Only the class &lt;n&gt;: 1 to 6 (or 1xx to 6xx).</source>
        <translation>Solo la clase &lt;n&gt;: de 1 a 6 (o de 1xx a 6xx).</translation>
    </message>
    <message>
        <source>--class needs a response class from 1 to 6, not "%1".</source>
        <translation>--class necesita una clase de respuesta entre 1 y 6, no «%1».</translation>
    </message>
    <message>
        <source>No response codes to list.</source>
        <translation>No hay códigos de respuesta que enumerar.</translation>
    </message>
    <message>
        <source>Local statuses and labels outside 100-699</source>
        <translation>Estados locales y etiquetas fuera del rango 100-699</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>(via %1)</source>
        <translation>(vía %1)</translation>
    </message>
    <message>
        <source>Follow the SIP path to a target: send OPTIONS with Max-Forwards 0, 1, 2 … and list each hop that answers 483 Too Many Hops, until the target answers. Exit status: 0 the target answered, 1 not reached, 2 the first hop cannot be reached, 64 usage error.</source>
        <translation>Sigue la ruta SIP hasta un destino: envía OPTIONS con Max-Forwards 0, 1, 2 … y enumera cada salto que responde 483 Too Many Hops, hasta que responde el destino. Estado de salida: 0 el destino respondió, 1 no se alcanzó, 2 no se puede alcanzar el primer salto, 64 error de uso.</translation>
    </message>
    <message>
        <source>Stop after N hops (1-70, default 20).</source>
        <translation>Se detiene al cabo de N saltos (1-70, predeterminado: 20).</translation>
    </message>
    <message>
        <source>Seconds to wait for each hop's answer (default 5).</source>
        <translation>Segundos de espera de la respuesta de cada salto (predeterminado: 5).</translation>
    </message>
    <message>
        <source>Stop the whole trace after S seconds (default 60).</source>
        <translation>Detiene la traza completa al cabo de S segundos (predeterminado: 60).</translation>
    </message>
    <message>
        <source>--max-hops must be a whole number from 1 to 70, not "%1".</source>
        <translation>--max-hops debe ser un número entero entre 1 y 70, no «%1».</translation>
    </message>
    <message>
        <source>--timeout must be a positive number of seconds up to 600, not "%1".</source>
        <translation>--timeout debe ser un número positivo de segundos de hasta 600, no «%1».</translation>
    </message>
    <message>
        <source>--total-timeout must be a positive number of seconds up to 3600, not "%1".</source>
        <translation>--total-timeout debe ser un número positivo de segundos de hasta 3600, no «%1».</translation>
    </message>
    <message numerus="yes">
        <source>SIP trace to %1, at most %n hop(s)</source>
        <translation>
            <numerusform>Traza SIP hacia %1, como máximo %n salto</numerusform>
            <numerusform>Traza SIP hacia %1, como máximo %n saltos</numerusform>
        </translation>
    </message>
    <message>
        <source>Diagnosis: %1</source>
        <translation>Diagnóstico: %1</translation>
    </message>
    <message>
        <source>Path: %1</source>
        <translation>Ruta: %1</translation>
    </message>
    <message>
        <source>Diagnosis:</source>
        <translation>Diagnóstico:</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Ruta:</translation>
    </message>
    <message>
        <source>[ALG] %1</source>
        <translation>[ALG] %1</translation>
    </message>
    <message>
        <source>Timing:</source>
        <translation>Tiempos:</translation>
    </message>
    <message>
        <source>(failed)</source>
        <translation>(falló)</translation>
    </message>
    <message>
        <source>Expectation not met: %1</source>
        <translation>Expectativa no cumplida: %1</translation>
    </message>
    <message>
        <source>All targets of %1</source>
        <translation>Todos los destinos de %1</translation>
    </message>
    <message>
        <source>priority %1  weight %2  port %3  target %4  TTL %5</source>
        <translation>prioridad %1  peso %2  puerto %3  destino %4  TTL %5</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>no response: %1</source>
        <translation>sin respuesta: %1</translation>
    </message>
    <message>
        <source>Exit status: 0 found, 1 nothing found, 64 usage error; the commands that probe (options, trace, monitor) list theirs in their --help.</source>
        <translation>Estado de salida: 0 se encontró algo, 1 no se encontró nada, 64 error de uso; los comandos que sondean (options, trace, monitor) indican los suyos en su --help.</translation>
    </message>
    <message>
        <source>An answer counts as up only if this header matches, e.g. 'Server: ^Kamailio' (repeatable).</source>
        <translation>Una respuesta solo cuenta como activa si esta cabecera coincide, p. ej. 'Server: ^Kamailio' (repetible).</translation>
    </message>
    <message>
        <source>udp, tcp, tls, ws or wss; without it the URI decides (;transport=, sips: means TLS, ws:// and wss:// URLs), then SRV records.</source>
        <translation>udp, tcp, tls, ws o wss; sin esta opción decide el URI (;transport=, sips: significa TLS, URL ws:// y wss://) y después los registros SRV.</translation>
    </message>
    <message>
        <source>Success also needs this header in the answer, matching the regular expression, e.g. 'Server: ^Kamailio' (repeatable).</source>
        <translation>El éxito exige además que la respuesta contenga esta cabecera y que coincida con la expresión regular, p. ej. 'Server: ^Kamailio' (repetible).</translation>
    </message>
    <message>
        <source>Probe every server behind the name at once (each SRV target and address), each with its own result.</source>
        <translation>Sondea a la vez todos los servidores que hay detrás del nombre (cada destino SRV y cada dirección), cada uno con su propio resultado.</translation>
    </message>
    <message>
        <source>WebSocket: send this Origin header, e.g. https://phone.example.com.</source>
        <translation>WebSocket: envía esta cabecera Origin, p. ej. https://phone.example.com.</translation>
    </message>
    <message>
        <source>The codes that count as success (with --nagios: as OK), e.g. 200,404 or 2xx (default 2xx).</source>
        <translation>Los códigos que cuentan como éxito (con --nagios: como OK), p. ej. 200,404 o 2xx (predeterminado: 2xx).</translation>
    </message>
    <message>
        <source>--transport must be udp, tcp, tls, ws or wss, not "%1".</source>
        <translation>--transport debe ser udp, tcp, tls, ws o wss, no «%1».</translation>
    </message>
    <message>
        <source>--all-targets probes each server once: it does not go with --count or --nagios.</source>
        <translation>--all-targets sondea cada servidor una sola vez: no se puede combinar con --count ni con --nagios.</translation>
    </message>
    <message>
        <source>--origin needs a URL such as https://phone.example.com, not "%1".</source>
        <translation>--origin necesita una URL como https://phone.example.com, no «%1».</translation>
    </message>
    <message>
        <source>TLS: also trust the CA certificate(s) in this PEM file (repeatable).</source>
        <translation>TLS: confía además en los certificados de CA de este archivo PEM (repetible).</translation>
    </message>
    <message>
        <source>TLS: go on when the server's certificate cannot be verified; the result says it was not verified.</source>
        <translation>TLS: continúa aunque no se pueda verificar el certificado del servidor; el resultado indica que no se verificó.</translation>
    </message>
    <message>
        <source>TLS: client certificate (PEM), with --key.</source>
        <translation>TLS: certificado de cliente (PEM), con --key.</translation>
    </message>
    <message>
        <source>TLS: the client certificate's unencrypted private key (PEM).</source>
        <translation>TLS: la clave privada sin cifrar del certificado de cliente (PEM).</translation>
    </message>
    <message>
        <source>Answer 401/407 digest challenges as this user (also the From user).</source>
        <translation>Responde a los desafíos Digest 401/407 como este usuario (también es el usuario de From).</translation>
    </message>
    <message>
        <source>The digest user name when it differs from --user.</source>
        <translation>El nombre de usuario de Digest cuando difiere de --user.</translation>
    </message>
    <message>
        <source>Read the password from the first line of FILE (or set the SIPSCOPE_PASSWORD environment variable).</source>
        <translation>Lee la contraseña de la primera línea de FILE (también se puede definir la variable de entorno SIPSCOPE_PASSWORD).</translation>
    </message>
    <message>
        <source>The password on the command line. Avoid it: other users can see it in the process list; use --password-file or SIPSCOPE_PASSWORD.</source>
        <translation>La contraseña en la línea de comandos. Evítelo: otros usuarios pueden verla en la lista de procesos; use --password-file o SIPSCOPE_PASSWORD.</translation>
    </message>
    <message>
        <source>--cert and --key go together: give both or neither.</source>
        <translation>--cert y --key van juntos: indique ambos o ninguno.</translation>
    </message>
    <message>
        <source>--user: "%1" is not a valid SIP user name.</source>
        <translation>--user: «%1» no es un nombre de usuario SIP válido.</translation>
    </message>
    <message>
        <source>--auth-user needs a user name.</source>
        <translation>--auth-user necesita un nombre de usuario.</translation>
    </message>
    <message>
        <source>Give the password once: --password-file or --password, not both.</source>
        <translation>Indique la contraseña una sola vez: --password-file o --password, no ambos.</translation>
    </message>
    <message>
        <source>--password-file: cannot read %1: %2</source>
        <translation>--password-file: no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>--password-file: the first line of %1 is empty.</source>
        <translation>--password-file: la primera línea de %1 está vacía.</translation>
    </message>
    <message>
        <source>--password needs a password.</source>
        <translation>--password necesita una contraseña.</translation>
    </message>
    <message>
        <source>A password needs --user (or --auth-user).</source>
        <translation>Una contraseña necesita --user (o --auth-user).</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Validez</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>verified for %1</source>
        <translation>verificado para %1</translation>
    </message>
    <message>
        <source>NOT verified (%1); accepted because of --insecure</source>
        <translation>NO verificado (%1); aceptado debido a --insecure</translation>
    </message>
    <message>
        <source>NOT verified: %1</source>
        <translation>NO verificado: %1</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>realm "%1"</source>
        <translation>realm «%1»</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>usuario %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n solicitud</numerusform>
            <numerusform>%n solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <source>udp, tcp, tls, ws or wss (default: as for options).</source>
        <translation>udp, tcp, tls, ws o wss (predeterminado: como en options).</translation>
    </message>
    <message>
        <source>"%1" is not one target.</source>
        <translation>«%1» no es un único destino.</translation>
    </message>
    <message>
        <source>Print no line per request, only the counters when it stops.</source>
        <translation>No mostrar una línea por solicitud, solo los contadores al detenerse.</translation>
    </message>
    <message>
        <source>Answer at most N requests a second from each source address (bursts up to N); the rest are dropped unanswered. Default: no limit.</source>
        <translation>Responder como mucho a N solicitudes por segundo de cada dirección de origen (ráfagas de hasta N); el resto se descarta sin respuesta. Por defecto: sin límite.</translation>
    </message>
    <message>
        <source>--rate-limit must be a number of requests a second (0: no limit), not "%1".</source>
        <translation>--rate-limit debe ser un número de solicitudes por segundo (0: sin límite), no «%1».</translation>
    </message>
    <message>
        <source>Verdict: %1 (%2)</source>
        <translation>Veredicto: %1 (%2)</translation>
    </message>
    <message>
        <source>Try: %1</source>
        <translation>Pruebe: %1</translation>
    </message>
    <message>
        <source>Liveness: %1</source>
        <translation>Disponibilidad: %1</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>Recibido: %1</translation>
    </message>
    <message>
        <source>Run a Prometheus exporter: /probe?target=…&amp;module=… sends one SIP OPTIONS probe and answers with its metrics. Listens on loopback unless --listen names another address. Exit status: 0 stopped or configuration valid, 1 configuration not valid, 2 cannot listen or read the configuration, 64 usage error.</source>
        <translation>Ejecutar un exportador de Prometheus: /probe?target=…&amp;module=… envía un sondeo SIP OPTIONS y responde con sus métricas. Escucha en loopback salvo que --listen indique otra dirección. Estado de salida: 0 detenido o configuración válida, 1 configuración no válida, 2 no puede escuchar o leer la configuración, 64 error de uso.</translation>
    </message>
    <message>
        <source>The configuration file (YAML: modules, allow, limits).</source>
        <translation>El archivo de configuración (YAML: modules, allow, limits).</translation>
    </message>
    <message>
        <source>Check the configuration file and exit.</source>
        <translation>Comprobar el archivo de configuración y salir.</translation>
    </message>
    <message>
        <source>Address and port of the web server (default 127.0.0.1:9688; 0.0.0.0:PORT listens on every interface).</source>
        <translation>Dirección y puerto del servidor web (por defecto 127.0.0.1:9688; 0.0.0.0:PUERTO escucha en todas las interfaces).</translation>
    </message>
    <message>
        <source>this sipscope-cli was built without the exporter (yaml-cpp was not found when it was built).</source>
        <translation>este sipscope-cli se compiló sin el exportador (no se encontró yaml-cpp al compilarlo).</translation>
    </message>
    <message numerus="yes">
        <source>%1 is valid: %n module(s)</source>
        <translation>
            <numerusform>%1 es válido: %n módulo</numerusform>
            <numerusform>%1 es válido: %n módulos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n allow entry(s).</source>
        <translation>
            <numerusform>, %n entrada allow.</numerusform>
            <numerusform>, %n entradas allow.</numerusform>
        </translation>
    </message>
    <message>
        <source>--config is required, e.g. --config sipscope-exporter.yml.</source>
        <translation>--config es obligatorio, p. ej. --config sipscope-exporter.yml.</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>no se puede escuchar en %1:%2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Listening on http://%1:%2/ with %n module(s)</source>
        <translation>
            <numerusform>Escuchando en http://%1:%2/ con %n módulo</numerusform>
            <numerusform>Escuchando en http://%1:%2/ con %n módulos</numerusform>
        </translation>
    </message>
    <message>
        <source>Serve SIP probes to Prometheus (/probe?target=…&amp;module=…)</source>
        <translation>Ofrecer sondeos SIP a Prometheus (/probe?target=…&amp;module=…)</translation>
    </message>
    <message>
        <source>udp (default), tcp, tls, ws or wss (SIP over WebSocket, RFC 7118).</source>
        <translation>udp (predeterminado), tcp, tls, ws o wss (SIP sobre WebSocket, RFC 7118).</translation>
    </message>
    <message>
        <source>TLS and WSS: the server certificate (PEM).</source>
        <translation>TLS y WSS: el certificado del servidor (PEM).</translation>
    </message>
    <message>
        <source>TLS and WSS: the private key (PEM, no passphrase).</source>
        <translation>TLS y WSS: la clave privada (PEM, sin frase de contraseña).</translation>
    </message>
    <message>
        <source>Write every packet sent and received to this capture file (pcapng; classic pcap for a name ending in .pcap).</source>
        <translation>Escribir cada paquete enviado y recibido en este archivo de captura (pcapng; pcap clásico si el nombre termina en .pcap).</translation>
    </message>
    <message>
        <source>The format of the --pcap file: pcapng (default) or pcap.</source>
        <translation>El formato del archivo --pcap: pcapng (predeterminado) o pcap.</translation>
    </message>
    <message>
        <source>--pcap-format goes with --pcap FILE.</source>
        <translation>--pcap-format va con --pcap ARCHIVO.</translation>
    </message>
    <message>
        <source>--pcap needs a file name.</source>
        <translation>--pcap necesita un nombre de archivo.</translation>
    </message>
    <message>
        <source>--pcap-format must be pcapng or pcap, not "%1".</source>
        <translation>--pcap-format debe ser pcapng o pcap, no «%1».</translation>
    </message>
    <message>
        <source>Frames: %1 (%2). SIP messages: %3. Calls: %4.</source>
        <translation>Tramas: %1 (%2). Mensajes SIP: %3. Llamadas: %4.</translation>
    </message>
    <message>
        <source>Call-ID %1</source>
        <translation>Call-ID %1</translation>
    </message>
    <message>
        <source>Frame %1 %2 %3 → %4 %5</source>
        <translation>Trama %1 %2 %3 → %4 %5</translation>
    </message>
    <message numerus="yes">
        <source>No SIP message in the capture: %n frame(s) of other traffic.</source>
        <translation>
            <numerusform>Ningún mensaje SIP en la captura: %n trama de otro tráfico.</numerusform>
            <numerusform>Ningún mensaje SIP en la captura: %n tramas de otro tráfico.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) were cut short by the capture's snap length; messages in them are incomplete.</source>
        <translation>
            <numerusform>%n trama quedó cortada por la longitud de captura (snaplen); sus mensajes están incompletos.</numerusform>
            <numerusform>%n tramas quedaron cortadas por la longitud de captura (snaplen); sus mensajes están incompletos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the first %1 SIP messages are listed.</source>
        <translation>Solo se listan los primeros %1 mensajes SIP.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>Save, delete or list passwords in the system keychain, for the monitor's credentials=keychain:NAME. "set" reads the password without showing it (or the first line of stdin); nothing prints it.</source>
        <translation>Guardar, eliminar o listar contraseñas en el llavero del sistema, para credentials=keychain:NAME del monitor. «set» lee la contraseña sin mostrarla (o la primera línea de stdin); nada la muestra.</translation>
    </message>
    <message>
        <source>set, delete or list.</source>
        <translation>set, delete o list.</translation>
    </message>
    <message>
        <source>The name of the entry (not for list).</source>
        <translation>El nombre de la entrada (no para list).</translation>
    </message>
    <message>
        <source>Give an action: set NAME, delete NAME or list.</source>
        <translation>Indique una acción: set NAME, delete NAME o list.</translation>
    </message>
    <message>
        <source>list takes no name.</source>
        <translation>list no admite ningún nombre.</translation>
    </message>
    <message>
        <source>%1 needs exactly one NAME.</source>
        <translation>%1 necesita exactamente un NAME.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Contraseña para %1: </translation>
    </message>
    <message>
        <source>No password given (an empty line or no input).</source>
        <translation>No se indicó ninguna contraseña (línea vacía o sin entrada).</translation>
    </message>
    <message>
        <source>Saved the password for %1 in the keychain (%2).</source>
        <translation>Se guardó la contraseña para %1 en el llavero (%2).</translation>
    </message>
    <message>
        <source>Nothing was saved under %1.</source>
        <translation>No había nada guardado con el nombre %1.</translation>
    </message>
    <message>
        <source>Deleted %1 from the keychain.</source>
        <translation>Se eliminó %1 del llavero.</translation>
    </message>
    <message>
        <source>Save, delete or list passwords in the system keychain</source>
        <translation>Guardar, eliminar o listar contraseñas en el llavero del sistema</translation>
    </message>
    <message>
        <source>%1: %2; probing without credentials.</source>
        <translation>%1: %2; se prueba sin credenciales.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; explain an excerpt of it.</source>
        <translation>%1 ocupa más de %2 MiB; explique un fragmento.</translation>
    </message>
    <message>
        <source>Find every SIP status line, response code, Reason, Warning and Retry-After header and Q.850 cause in pasted text (a log excerpt, a SIP response, a call record) and explain each.</source>
        <translation>Busca cada línea de estado SIP, código de respuesta, cabecera Reason, Warning y Retry-After y causa Q.850 en un texto pegado (un fragmento de log, una respuesta SIP, un registro de llamada) y explica cada uno.</translation>
    </message>
    <message>
        <source>The text to read; standard input when left out or "-".</source>
        <translation>El texto que leer; la entrada estándar si se omite o es "-".</translation>
    </message>
    <message>
        <source>Expected at most one file, got %1 arguments.</source>
        <translation>Se esperaba como máximo un archivo, pero se recibieron %1 argumentos.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrada estándar</translation>
    </message>
    <message>
        <source>Nothing recognised: the text holds no SIP status line, response code, Reason, Warning or Retry-After header, or Q.850 cause.</source>
        <translation>No se reconoció nada: el texto no contiene ninguna línea de estado SIP, código de respuesta, cabecera Reason, Warning o Retry-After, ni causa Q.850.</translation>
    </message>
    <message>
        <source>Which answers count as up, failing or maintenance: strict, alive, cube, teams or a profile the target list defines (replaces --expect).</source>
        <translation>Qué respuestas cuentan como activo, con fallos o en mantenimiento: strict, alive, cube, teams o un perfil que defina la lista de destinos (sustituye a --expect).</translation>
    </message>
    <message>
        <source>An up target leaves up only after N failed probes in a row (default 1, or the profile's).</source>
        <translation>Un destino activo deja de estarlo solo tras N sondeos fallidos seguidos (1 por defecto, o el valor del perfil).</translation>
    </message>
    <message>
        <source>--verdict-profile replaces --expect: give only one of them.</source>
        <translation>--verdict-profile sustituye a --expect: indique solo una de las dos opciones.</translation>
    </message>
    <message>
        <source>--failures-before-down must be a whole number from 1 to %1, not "%2".</source>
        <translation>--failures-before-down debe ser un número entero de 1 a %1, no «%2».</translation>
    </message>
    <message>
        <source>--verdict-profile needs a name: %1.</source>
        <translation>--verdict-profile necesita un nombre: %1.</translation>
    </message>
    <message>
        <source>With --nagios: which answers count as OK, WARNING (maintenance) or CRITICAL: strict, alive, cube or teams.</source>
        <translation>Con --nagios: qué respuestas cuentan como OK, WARNING (mantenimiento) o CRITICAL: strict, alive, cube o teams.</translation>
    </message>
    <message>
        <source>SIP ALG test: answer OPTIONS with 200 whose body is the request as received (message/sip) and whose SipScope-Mirror header names the source address and port seen; other requests get --code (default 200).</source>
        <translation>Prueba de SIP ALG: responder a OPTIONS con 200 cuyo cuerpo lleva la solicitud tal como llegó (message/sip) y cuya cabecera SipScope-Mirror indica la dirección y el puerto de origen vistos; las demás solicitudes reciben --code (por defecto 200).</translation>
    </message>
    <message>
        <source>Mirroring OPTIONS: 200 OK with the request as received and its source address</source>
        <translation>OPTIONS en espejo: 200 OK con la solicitud tal como llegó y su dirección de origen</translation>
    </message>
    <message>
        <source>After the answer, send N keep-alive pings on the same connection and report each pong's round trip: a double CRLF over TCP/TLS (RFC 5626), a WebSocket Ping over ws/wss.</source>
        <translation>Tras la respuesta, enviar N pings de keep-alive por la misma conexión e indicar el tiempo de ida y vuelta de cada pong: un doble CRLF por TCP/TLS (RFC 5626), un Ping de WebSocket por ws/wss.</translation>
    </message>
    <message>
        <source>Seconds from one keep-alive ping to the next (default 1).</source>
        <translation>Segundos de un ping de keep-alive al siguiente (por defecto 1).</translation>
    </message>
    <message>
        <source>--keepalive must be a number of pings from 1 to 1000, not "%1".</source>
        <translation>--keepalive debe ser un número de pings de 1 a 1000, no «%1».</translation>
    </message>
    <message>
        <source>--keepalive pings one connection: it does not go with --all-targets.</source>
        <translation>--keepalive envía sus pings por una sola conexión: no es compatible con --all-targets.</translation>
    </message>
    <message>
        <source>--keepalive-interval must be a positive number of seconds up to 3600, not "%1".</source>
        <translation>--keepalive-interval debe ser un número positivo de segundos hasta 3600, no «%1».</translation>
    </message>
    <message>
        <source>--keepalive-interval only makes sense with --keepalive.</source>
        <translation>--keepalive-interval solo tiene sentido con --keepalive.</translation>
    </message>
    <message>
        <source>ping %1: pong after %2 ms</source>
        <translation>ping %1: pong tras %2 ms</translation>
    </message>
    <message>
        <source>ping %1: no pong</source>
        <translation>ping %1: sin pong</translation>
    </message>
    <message>
        <source>Ask this DNS server (NAPTR, SRV, A, AAAA) instead of the system's: an IP address with an optional port, e.g. 127.0.0.1:5353 or [::1]:53.</source>
        <translation>Consultar este servidor DNS (NAPTR, SRV, A, AAAA) en lugar del del sistema: una dirección IP con un puerto opcional, p. ej. 127.0.0.1:5353 o [::1]:53.</translation>
    </message>
    <message>
        <source>--dns-server: %1</source>
        <translation>--dns-server: %1</translation>
    </message>
    <message>
        <source>TLS: warn when a certificate the server presents ends within DAYS days (with --nagios: WARNING).</source>
        <translation>TLS: avisa cuando un certificado que presenta el servidor caduca en los próximos DAYS días (con --nagios: WARNING).</translation>
    </message>
    <message>
        <source>TLS: critical when a certificate the server presents ends within DAYS days (with --nagios: CRITICAL).</source>
        <translation>TLS: marca el estado como crítico cuando un certificado que presenta el servidor caduca en los próximos DAYS días (con --nagios: CRITICAL).</translation>
    </message>
    <message>
        <source>Check the SBC certificate rules of Microsoft Teams Direct Routing (teams) or Zoom BYOC (zoom) and name each rule that fails.</source>
        <translation>Comprueba las reglas de certificado del SBC de Microsoft Teams Direct Routing (teams) o Zoom BYOC (zoom) e indica cada regla que no se cumple.</translation>
    </message>
    <message>
        <source>--profile: "%1" is not a profile; use teams or zoom.</source>
        <translation>--profile: «%1» no es un perfil; use teams o zoom.</translation>
    </message>
    <message>
        <source>CRITICAL</source>
        <translation>CRÍTICO</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>ADVERTENCIA</translation>
    </message>
    <message>
        <source>%1 certificate rules (from %2):</source>
        <translation>Reglas de certificado de %1 (según %2):</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>CUMPLE</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>NO CUMPLE</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Regla: %1</translation>
    </message>
    <message>
        <source>Every rule is met.</source>
        <translation>Se cumplen todas las reglas.</translation>
    </message>
    <message>
        <source>The SBC does not meet these rules: the platform will refuse its TLS connections.</source>
        <translation>El SBC no cumple estas reglas: la plataforma rechazará sus conexiones TLS.</translation>
    </message>
    <message>
        <source>certificate: %1</source>
        <translation>certificado: %1</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caducidad</translation>
    </message>
    <message>
        <source>Chain ends</source>
        <translation>Fin de la cadena</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>%1, %2 bits</source>
        <translation>%1, %2 bits</translation>
    </message>
    <message>
        <source>Find how long the NAT keeps a UDP binding open (needs respond --call-back)</source>
        <translation>Averiguar cuánto tiempo mantiene abierta el NAT una asignación UDP (necesita respond --call-back)</translation>
    </message>
    <message>
        <source>silence %1</source>
        <translation>silencio %1</translation>
    </message>
    <message>
        <source>(%1 ms after the last packet sent)</source>
        <translation>(%1 ms después del último paquete enviado)</translation>
    </message>
    <message>
        <source>local port %1</source>
        <translation>puerto local %1</translation>
    </message>
    <message>
        <source>Find how long the NAT between here and the target keeps a UDP binding without traffic: each trial opens a fresh binding, stays silent, and the target sends an OPTIONS back. The target must be "sipscope-cli respond --call-back" outside the NAT. Exit status: 0 measured, 1 the far end does not take part, 2 no answer, 64 usage error.</source>
        <translation>Averiguar cuánto tiempo mantiene el NAT entre aquí y el destino una asignación UDP sin tráfico: cada intento abre una asignación nueva, permanece en silencio y el destino devuelve un OPTIONS. El destino debe ser "sipscope-cli respond --call-back" fuera del NAT. Estado de salida: 0 medido, 1 el extremo remoto no participa, 2 sin respuesta, 64 error de uso.</translation>
    </message>
    <message>
        <source>The responder: sip: URI, host, host:port or [IPv6]:port (UDP).</source>
        <translation>El respondedor: URI sip:, host, host:puerto o [IPv6]:puerto (UDP).</translation>
    </message>
    <message>
        <source>The first silence in seconds (default 15); each next one is twice as long.</source>
        <translation>El primer silencio en segundos (por defecto 15); cada uno siguiente dura el doble.</translation>
    </message>
    <message>
        <source>The longest silence in seconds (default 600, at most 3600).</source>
        <translation>El silencio más largo en segundos (por defecto 600, como máximo 3600).</translation>
    </message>
    <message>
        <source>Stop bisecting when the bracket is this narrow, in seconds (default 5).</source>
        <translation>Dejar de bisecar cuando el intervalo sea así de estrecho, en segundos (por defecto 5).</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer, and for each call-back after its silence (default 5).</source>
        <translation>Segundos de espera para cada respuesta y para cada retrollamada tras su silencio (por defecto 5).</translation>
    </message>
    <message>
        <source>The NAT timeout test measures UDP bindings: the target must be a sip: URI over UDP, not "%1".</source>
        <translation>La prueba de tiempo de espera del NAT mide asignaciones UDP: el destino debe ser un URI sip: por UDP, no "%1".</translation>
    </message>
    <message>
        <source>--%1 must be a number of seconds from 0.1 to %2, not "%3".</source>
        <translation>--%1 debe ser un número de segundos de 0,1 a %2, no "%3".</translation>
    </message>
    <message>
        <source>NAT timeout test towards %1: silences from %2 to %3, resolution %4</source>
        <translation>Prueba de tiempo de espera del NAT hacia %1: silencios de %2 a %3, resolución %4</translation>
    </message>
    <message>
        <source>Be the far end of "sipscope-cli nat-timeout": an OPTIONS with a SipScope-Call-Back header gets an OPTIONS back to its source after that many seconds (UDP only; at most 3600 s, 64 waiting).</source>
        <translation>Hacer de extremo remoto de "sipscope-cli nat-timeout": un OPTIONS con una cabecera SipScope-Call-Back recibe, pasados esos segundos, un OPTIONS de vuelta a su origen (solo UDP; como máximo 3600 s, 64 en espera).</translation>
    </message>
    <message>
        <source>Probe the name twice at once, over IPv4 only and over IPv6 only, and say which family works (e.g. IPv6 broken, IPv4 fine).</source>
        <translation>Sondear el nombre dos veces a la vez, solo por IPv4 y solo por IPv6, e indicar qué familia de direcciones funciona (p. ej., IPv6 averiado, IPv4 correcto).</translation>
    </message>
    <message>
        <source>--dual-stack probes each address family once: it does not go with --count or --all-targets.</source>
        <translation>--dual-stack sondea cada familia de direcciones una vez: no se combina con --count ni con --all-targets.</translation>
    </message>
    <message>
        <source>--dual-stack sends over both IPv4 and IPv6: it does not go with --bind, whose address has one family.</source>
        <translation>--dual-stack envía por IPv4 y por IPv6: no se combina con --bind, cuya dirección tiene una sola familia.</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>No publicado: %1</translation>
    </message>
    <message>
        <source>Dual stack: %1</source>
        <translation>Doble pila: %1</translation>
    </message>
</context>
<context>
    <name>ClientTransaction</name>
    <message>
        <source>a request, not a response</source>
        <translation>es una solicitud, no una respuesta</translation>
    </message>
    <message>
        <source>no usable Via header</source>
        <translation>no hay ninguna cabecera Via utilizable</translation>
    </message>
    <message>
        <source>Via branch of another transaction</source>
        <translation>branch de Via de otra transacción</translation>
    </message>
    <message>
        <source>Via sent-by is not ours</source>
        <translation>el sent-by de Via no es el nuestro</translation>
    </message>
    <message>
        <source>CSeq method is not ours</source>
        <translation>el método de CSeq no es el nuestro</translation>
    </message>
    <message>
        <source>CSeq number is not ours</source>
        <translation>el número de CSeq no es el nuestro</translation>
    </message>
    <message>
        <source>Call-ID of another call</source>
        <translation>Call-ID de otra llamada</translation>
    </message>
    <message>
        <source>another final response after the first one</source>
        <translation>otra respuesta final después de la primera</translation>
    </message>
    <message>
        <source>a provisional response after the final one</source>
        <translation>una respuesta provisional después de la final</translation>
    </message>
    <message>
        <source>not a SIP message</source>
        <translation>no es un mensaje SIP</translation>
    </message>
    <message>
        <source>The transport is gone.</source>
        <translation>El transporte ya no existe.</translation>
    </message>
</context>
<context>
    <name>CodeExplanation</name>
    <message>
        <source>cause %1 (%2)</source>
        <translation>causa %1 (%2)</translation>
    </message>
    <message>
        <source>A gateway sends %1 for the ISDN/Q.850 %2 (RFC 3398 §7.2.4.1).</source>
        <translation>Una pasarela envía %1 para la %2 de RDSI/Q.850 (RFC 3398 §7.2.4.1).</translation>
    </message>
    <message>
        <source>A gateway maps %1 to Q.850 cause %2 (%3) towards the telephone network (RFC 3398 §8.2.6.1).</source>
        <translation>Una pasarela asigna %1 a la causa Q.850 %2 (%3) hacia la red telefónica (RFC 3398 §8.2.6.1).</translation>
    </message>
    <message>
        <source>(not a registered code)</source>
        <translation>(fuera del registro IANA)</translation>
    </message>
    <message>
        <source>%1 is not a registered code. A receiver treats it like %2 (RFC 3261 §8.1.3.2); what follows is the explanation of the %3 class.</source>
        <translation>%1 es un código fuera del registro IANA. Un receptor lo trata como %2 (RFC 3261 §8.1.3.2); lo que sigue es la explicación de la clase %3.</translation>
    </message>
    <message>
        <source>Where it comes from: %1</source>
        <translation>Origen: %1</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <source>What to check</source>
        <translation>Qué comprobar</translation>
    </message>
    <message>
        <source>Typical causes</source>
        <translation>Causas habituales</translation>
    </message>
    <message>
        <source>Technical detail</source>
        <translation>Detalle técnico</translation>
    </message>
    <message>
        <source>Q.850 mapping</source>
        <translation>Correspondencia Q.850</translation>
    </message>
    <message>
        <source>Related codes</source>
        <translation>Códigos relacionados</translation>
    </message>
    <message>
        <source>Also seen on the wire as</source>
        <translation>También visto en la red como</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Treated as %1 (RFC 3261 §8.1.3.2).</source>
        <translation>Se trata como %1 (RFC 3261 §8.1.3.2).</translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation>Resumen: %1</translation>
    </message>
    <message>
        <source>What to check:</source>
        <translation>Qué comprobar:</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referencia: %1</translation>
    </message>
</context>
<context>
    <name>CodeSearch</name>
    <message>
        <source>en</source>
        <comment>The two-letter code of the language of this translation (de, fr, es): the search matches the help-desk words of this language and of English</comment>
        <translation>es</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>SipScope: a reference of SIP response codes and a SIP OPTIONS probe.</source>
        <translation>SipScope: una referencia de códigos de respuesta SIP y un sondeo SIP OPTIONS.</translation>
    </message>
    <message>
        <source>Keep the settings in &lt;file&gt; (INI) instead of the system's store.</source>
        <translation>Guarda la configuración en &lt;archivo&gt; (INI) en lugar del almacén del sistema.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>view</source>
        <translation>vista</translation>
    </message>
    <message>
        <source>Use the &lt;language&gt; for this run (%1) instead of the one chosen in View → Language.</source>
        <translation>Usa el &lt;idioma&gt; en esta ejecución (%1) en lugar del elegido en Ver → Idioma.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>Print the time from process start to the main window's first paint, then quit.</source>
        <translation>Muestra el tiempo desde el inicio del proceso hasta el primer dibujado de la ventana principal y sale.</translation>
    </message>
    <message>
        <source>Render the README screenshots into &lt;dir&gt;, then quit.</source>
        <translation>Genera las capturas de pantalla del README en &lt;directorio&gt; y sale.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>directorio</translation>
    </message>
    <message>
        <source>Target probed for the probe screenshot.</source>
        <translation>Destino sondeado para la captura de pantalla del sondeo.</translation>
    </message>
    <message>
        <source>uri</source>
        <translation>uri</translation>
    </message>
    <message>
        <source>Code shown in the codes screenshot.</source>
        <translation>Código mostrado en la captura de pantalla de los códigos.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>Search typed for the codes screenshot.</source>
        <translation>Búsqueda escrita para la captura de pantalla de los códigos.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>--screenshot-code needs a code between 100 and 699.</source>
        <translation>--screenshot-code necesita un código entre 100 y 699.</translation>
    </message>
    <message>
        <source>No translation for language “%1”; available: %2.</source>
        <translation>No hay traducción para el idioma «%1»; disponibles: %2.</translation>
    </message>
    <message>
        <source>Open the &lt;view&gt; at start: codes, probe, monitor or responder.</source>
        <translation>Abre la &lt;vista&gt; al inicio: codes, probe, monitor o responder.</translation>
    </message>
    <message>
        <source>--view must be codes, probe, monitor or responder, not “%1”.</source>
        <translation>--view debe ser codes, probe, monitor o responder, no «%1».</translation>
    </message>
</context>
<context>
    <name>CredentialName</name>
    <message>
        <source>The credentials name is empty.</source>
        <translation>El nombre de las credenciales está vacío.</translation>
    </message>
    <message>
        <source>The credentials name is longer than %1 characters.</source>
        <translation>El nombre de las credenciales tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>A credentials name cannot start with "#".</source>
        <translation>Un nombre de credenciales no puede empezar por «#».</translation>
    </message>
    <message>
        <source>A credentials name cannot contain spaces or control characters.</source>
        <translation>Un nombre de credenciales no puede contener espacios ni caracteres de control.</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>%1 answered %2 in %3 ms: SIP works there.</source>
        <translation>%1 respondió %2 en %3 ms: SIP funciona ahí.</translation>
    </message>
    <message>
        <source>%1 rejected the credentials: it challenged again (%2) after SipScope answered, so the user name, the password or the realm is wrong.</source>
        <translation>%1 rechazó las credenciales: volvió a enviar un desafío (%2) después de que SipScope respondiera, así que el nombre de usuario, la contraseña o el realm son incorrectos.</translation>
    </message>
    <message>
        <source>The last request carried an %1 header.</source>
        <translation>La última solicitud llevaba una cabecera %1.</translation>
    </message>
    <message>
        <source>%1 requires authentication (%2): give a user name and password to answer the challenge.</source>
        <translation>%1 exige autenticación (%2): indique un nombre de usuario y una contraseña para responder al desafío.</translation>
    </message>
    <message>
        <source>A routing loop: the request came back to a proxy it had already passed (%1), reported via %2.</source>
        <translation>Un bucle de enrutamiento: la solicitud volvió a un proxy por el que ya había pasado (%1), notificado por %2.</translation>
    </message>
    <message>
        <source>Probably a routing loop: Max-Forwards %1 ran out (%2) behind %3; run a trace to see the hops.</source>
        <translation>Probablemente un bucle de enrutamiento: Max-Forwards %1 se agotó (%2) detrás de %3; ejecute una traza para ver los saltos.</translation>
    </message>
    <message>
        <source>Max-Forwards %1 ran out before the request reached its target (%2), reported via %3.</source>
        <translation>Max-Forwards %1 se agotó antes de que la solicitud llegara a su destino (%2), notificado por %3.</translation>
    </message>
    <message>
        <source>The request was sent with Max-Forwards: %1.</source>
        <translation>La solicitud se envió con Max-Forwards: %1.</translation>
    </message>
    <message>
        <source>%1 answered %2.</source>
        <translation>%1 respondió %2.</translation>
    </message>
    <message>
        <source>%1 answered %2: %3</source>
        <translation>%1 respondió %2: %3</translation>
    </message>
    <message>
        <source>The target is not a SIP address SipScope understands: %1</source>
        <translation>El destino no es una dirección SIP que SipScope entienda: %1</translation>
    </message>
    <message>
        <source>The probe was cancelled before an answer arrived.</source>
        <translation>El sondeo se canceló antes de que llegara una respuesta.</translation>
    </message>
    <message>
        <source>DNS failure: %1</source>
        <translation>Fallo de DNS: %1</translation>
    </message>
    <message>
        <source>The port is closed on %1: nothing listens for SIP over %2 there.</source>
        <translation>El puerto está cerrado en %1: ahí no hay nada escuchando SIP por %2.</translation>
    </message>
    <message>
        <source>The host answered with ICMP port unreachable.</source>
        <translation>El host respondió con ICMP port unreachable (puerto inaccesible).</translation>
    </message>
    <message>
        <source>The host refused the connection (TCP reset).</source>
        <translation>El host rechazó la conexión (reset de TCP).</translation>
    </message>
    <message>
        <source>%1 cannot be reached: there is no route to it (ICMP host or network unreachable).</source>
        <translation>No se puede alcanzar %1: no hay ninguna ruta hacia él (ICMP host o network unreachable).</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 was not accepted: %2</source>
        <translation>No se aceptó el certificado TLS de %1: %2</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation>Falló el handshake TLS con %1: %2</translation>
    </message>
    <message>
        <source>The request could not be sent to %1: %2</source>
        <translation>No se pudo enviar la solicitud a %1: %2</translation>
    </message>
    <message>
        <source>%1 accepted the request (%2 provisional response(s)) but sent no final answer: the server, or a hop behind it, does not finish the transaction.</source>
        <translation>%1 aceptó la solicitud (%2 respuesta(s) provisional(es)) pero no envió ninguna respuesta final: el servidor, o un salto detrás de él, no termina la transacción.</translation>
    </message>
    <message>
        <source>%1 answered, but a SIP ALG in the path altered the answer so that it no longer matches the request: %2 Turn off the SIP ALG ("SIP helper") on the router or firewall.</source>
        <translation>%1 respondió, pero un SIP ALG en la ruta alteró la respuesta de modo que ya no corresponde a la solicitud: %2 Desactive el SIP ALG («SIP helper») del router o del firewall.</translation>
    </message>
    <message numerus="yes">
        <source>Messages came back from %1, but none answers this request (%n ignored; see the timeline).</source>
        <translation>
            <numerusform>Llegaron mensajes de %1, pero ninguno responde a esta solicitud (%n ignorado; consulte la cronología).</numerusform>
            <numerusform>Llegaron mensajes de %1, pero ninguno responde a esta solicitud (%n ignorados; consulte la cronología).</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer and no ICMP from %1: a firewall probably drops %2 port %3, or the host is down.</source>
        <translation>Ni respuesta ni ICMP de %1: probablemente un firewall descarta %2 en el puerto %3, o el host está caído.</translation>
    </message>
    <message numerus="yes">
        <source>%n retransmission(s) went unanswered.</source>
        <translation>
            <numerusform>%n retransmisión quedó sin respuesta.</numerusform>
            <numerusform>%n retransmisiones quedaron sin respuesta.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 accepted the %2 connection but never answered the SIP request: the service behind the port is hung or does not speak SIP.</source>
        <translation>%1 aceptó la conexión %2 pero nunca respondió a la solicitud SIP: el servicio detrás del puerto está bloqueado o no habla SIP.</translation>
    </message>
    <message>
        <source>SipScope waited %1 s (Timer F).</source>
        <translation>SipScope esperó %1 s (Timer F).</translation>
    </message>
    <message>
        <source>Warning %1 from %2</source>
        <translation>Warning %1 de %2</translation>
    </message>
    <message>
        <source>Received from the far end: %1 sent %2.</source>
        <translation>Recibido del extremo remoto: %1 envió %2.</translation>
    </message>
    <message>
        <source>Received from the far end: %1 sent %2 (%3).</source>
        <translation>Recibido del extremo remoto: %1 envió %2 (%3).</translation>
    </message>
    <message>
        <source>No response arrived: SipScope concluded 408 locally (RFC 3261 §8.1.3.1); no server sent it.</source>
        <translation>No llegó ninguna respuesta: SipScope dedujo 408 localmente (RFC 3261 §8.1.3.1); ningún servidor la envió.</translation>
    </message>
    <message>
        <source>The request could not be delivered: SipScope concluded %1 locally (RFC 3261 §8.1.3.1); no server sent it.</source>
        <translation>No se pudo entregar la solicitud: SipScope dedujo %1 localmente (RFC 3261 §8.1.3.1); ningún servidor la envió.</translation>
    </message>
    <message>
        <source>No status: the probe did not get as far as sending a request.</source>
        <translation>Sin estado: el sondeo no llegó a enviar ninguna solicitud.</translation>
    </message>
    <message numerus="yes">
        <source>The answer carries %n Via header(s); SipScope sent one.</source>
        <translation>
            <numerusform>La respuesta lleva %n cabecera Via; SipScope envió una.</numerusform>
            <numerusform>La respuesta lleva %n cabeceras Via; SipScope envió una.</numerusform>
        </translation>
    </message>
    <message>
        <source>But a SIP ALG rewrites the messages in between: %1</source>
        <translation>Pero un SIP ALG reescribe los mensajes por el camino: %1</translation>
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
        <translation>Cada servidor detrás de %1 se sondeó por separado.</translation>
    </message>
    <message>
        <source>%1 has no server to probe.</source>
        <translation>%1 no tiene ningún servidor que sondear.</translation>
    </message>
    <message numerus="yes">
        <source>All %n server(s) behind %1 answer.</source>
        <translation>
            <numerusform>El servidor detrás de %1 responde (%n en total).</numerusform>
            <numerusform>Los %n servidores detrás de %1 responden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n server(s) behind %1 answers.</source>
        <translation>
            <numerusform>El servidor detrás de %1 no responde (%n en total).</numerusform>
            <numerusform>Ninguno de los %n servidores detrás de %1 responde.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not answering: %1 of the %2 servers behind %3 (%4); the others answer.</source>
        <translation>No responden: %1 de los %2 servidores detrás de %3 (%4); los demás responden.</translation>
    </message>
    <message>
        <source>User %1, realm %2, %3.</source>
        <translation>Usuario %1, realm %2, %3.</translation>
    </message>
    <message>
        <source>No answer to the %1 connection attempt to %2: a firewall probably drops TCP port %3, or the host is down.</source>
        <translation>Sin respuesta al intento de conexión %1 a %2: probablemente un firewall descarta el puerto TCP %3, o el host está caído.</translation>
    </message>
    <message numerus="yes">
        <source>The first of them (%n byte(s)): %1</source>
        <translation>
            <numerusform>El primero (%n byte): %1</numerusform>
            <numerusform>El primero (%n bytes): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first of them (%n byte(s)): %1 (%2)</source>
        <translation>
            <numerusform>El primero (%n byte): %1 (%2)</numerusform>
            <numerusform>El primero (%n bytes): %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answered, but with something that is not a SIP message: the server, or a device in the path, sends malformed SIP (RFC 3261 §7).</source>
        <translation>%1 respondió, pero con algo que no es un mensaje SIP: el servidor, o un equipo en el camino, envía SIP mal formado (RFC 3261 §7).</translation>
    </message>
    <message numerus="yes">
        <source>What arrived (%n byte(s)): %1</source>
        <translation>
            <numerusform>Lo que llegó (%n byte): %1</numerusform>
            <numerusform>Lo que llegó (%n bytes): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 answered, but only with %n message(s) that are not SIP (RFC 3261 §7), and with nothing that answers the request: the server, or a device in the path, sends malformed SIP.</source>
        <translation>
            <numerusform>%1 respondió, pero solo con %n mensaje que no es SIP (RFC 3261 §7), y con nada que responda a la solicitud: el servidor, o un equipo en el camino, envía SIP mal formado.</numerusform>
            <numerusform>%1 respondió, pero solo con %n mensajes que no son SIP (RFC 3261 §7), y con nada que responda a la solicitud: el servidor, o un equipo en el camino, envía SIP mal formado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not SIP: %1; SIP, but for another request: %2.</source>
        <translation>No SIP: %1; SIP, pero para otra solicitud: %2.</translation>
    </message>
    <message>
        <source>Received from the far end: %1 sent bytes that are not a SIP message, so there is no status.</source>
        <translation>Recibido del extremo remoto: %1 envió bytes que no son un mensaje SIP, así que no hay estado.</translation>
    </message>
</context>
<context>
    <name>DigestAuth</name>
    <message>
        <source>The %1 challenge is not a Digest challenge.</source>
        <translation>El desafío %1 no es un desafío Digest.</translation>
    </message>
    <message>
        <source>The Digest challenge has no realm.</source>
        <translation>El desafío Digest no tiene realm.</translation>
    </message>
    <message>
        <source>The Digest challenge has no nonce.</source>
        <translation>El desafío Digest no tiene nonce.</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>Se omitió %1: %2</translation>
    </message>
    <message>
        <source>The response carries no %1 challenge.</source>
        <translation>La respuesta no lleva ningún desafío %1.</translation>
    </message>
    <message>
        <source>None of the %1 challenges can be answered.</source>
        <translation>No se puede responder a ninguno de los desafíos %1.</translation>
    </message>
    <message>
        <source>The digest algorithm %1 is not supported.</source>
        <translation>El algoritmo de digest %1 no es compatible.</translation>
    </message>
    <message>
        <source>None of the offered qop values (%1) is supported.</source>
        <translation>Ninguno de los valores de qop ofrecidos (%1) es compatible.</translation>
    </message>
    <message>
        <source>The server asks for a password, but none was given.</source>
        <translation>El servidor pide una contraseña, pero no se indicó ninguna.</translation>
    </message>
    <message>
        <source>The Digest challenge has control characters in its realm, nonce or opaque value.</source>
        <translation>El desafío Digest tiene caracteres de control en su valor de realm, nonce u opaque.</translation>
    </message>
    <message>
        <source>the algorithm %1 is not supported.</source>
        <translation>el algoritmo %1 no es compatible.</translation>
    </message>
    <message>
        <source>none of the offered qop values (%1) is supported.</source>
        <translation>ninguno de los valores de qop ofrecidos (%1) es compatible.</translation>
    </message>
    <message>
        <source>the credentials are for the realm "%1".</source>
        <translation>las credenciales son para el realm «%1».</translation>
    </message>
    <message>
        <source>Passed over %1: %2 comes first and is as strong or stronger.</source>
        <translation>Se descartó %1: %2 va antes y es igual de robusto o más.</translation>
    </message>
    <message>
        <source>Passed over %1: %2 is stronger.</source>
        <translation>Se descartó %1: %2 es más robusto.</translation>
    </message>
</context>
<context>
    <name>DigestSession</name>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Digest realm "%1", algorithm %2, qop %3%4</source>
        <translation>Digest realm «%1», algoritmo %2, qop %3%4</translation>
    </message>
    <message>
        <source>Unreadable %1: %2</source>
        <translation>%1 ilegible: %2</translation>
    </message>
</context>
<context>
    <name>DualStackVerdict</name>
    <message>
        <source>IPv4 and IPv6 both fine</source>
        <translation>IPv4 e IPv6 correctos</translation>
    </message>
    <message>
        <source>IPv6 broken, IPv4 fine</source>
        <translation>IPv6 averiado, IPv4 correcto</translation>
    </message>
    <message>
        <source>IPv4 broken, IPv6 fine</source>
        <translation>IPv4 averiado, IPv6 correcto</translation>
    </message>
    <message>
        <source>IPv4 and IPv6 both broken</source>
        <translation>IPv4 e IPv6 averiados</translation>
    </message>
    <message>
        <source>IPv4 fine; no AAAA record, so no IPv6 to test</source>
        <translation>IPv4 correcto; sin registro AAAA, así que no hay IPv6 que probar</translation>
    </message>
    <message>
        <source>IPv6 fine; no A record, so no IPv4 to test</source>
        <translation>IPv6 correcto; sin registro A, así que no hay IPv4 que probar</translation>
    </message>
    <message>
        <source>IPv4 broken; no AAAA record, so no IPv6 to test</source>
        <translation>IPv4 averiado; sin registro AAAA, así que no hay IPv6 que probar</translation>
    </message>
    <message>
        <source>IPv6 broken; no A record, so no IPv4 to test</source>
        <translation>IPv6 averiado; sin registro A, así que no hay IPv4 que probar</translation>
    </message>
    <message>
        <source>neither an A nor an AAAA record: nothing to test</source>
        <translation>ni registro A ni registro AAAA: nada que probar</translation>
    </message>
    <message>
        <source>no IPv4 address to test: the name has no A record</source>
        <translation>ninguna dirección IPv4 que probar: el nombre no tiene registro A</translation>
    </message>
    <message>
        <source>no IPv6 address to test: the name has no AAAA record</source>
        <translation>ninguna dirección IPv6 que probar: el nombre no tiene registro AAAA</translation>
    </message>
</context>
<context>
    <name>Expectation</name>
    <message>
        <source>no final response (%1)</source>
        <translation>sin respuesta final (%1)</translation>
    </message>
    <message>
        <source>no final response</source>
        <translation>sin respuesta final</translation>
    </message>
    <message>
        <source>"%1" is not a header expectation: write it as 'Name: regular expression'.</source>
        <translation>«%1» no es una expectativa de cabecera: escríbala como 'Nombre: expresión regular'.</translation>
    </message>
    <message>
        <source>The pattern "%1" for %2 is not a valid regular expression: %3 (at offset %4).</source>
        <translation>El patrón «%1» para %2 no es una expresión regular válida: %3 (en la posición %4).</translation>
    </message>
    <message>
        <source>Expected %1, got %2.</source>
        <translation>Se esperaba %1; resultado: %2.</translation>
    </message>
    <message>
        <source>%1 %2 is one of the expected codes (%3).</source>
        <translation>%1 %2 es uno de los códigos esperados (%3).</translation>
    </message>
    <message>
        <source>Expected %1, got %2 %3.</source>
        <translation>Se esperaba %1; se recibió %2 %3.</translation>
    </message>
    <message>
        <source>%1 should match /%2/, but there is %3.</source>
        <translation>%1 debería coincidir con /%2/, pero el resultado fue: %3.</translation>
    </message>
    <message>
        <source>%1 should match /%2/, but the response has no %1 header.</source>
        <translation>%1 debería coincidir con /%2/, pero la respuesta no tiene cabecera %1.</translation>
    </message>
    <message>
        <source>%1: %2 matches /%3/.</source>
        <translation>%1: %2 coincide con /%3/.</translation>
    </message>
    <message>
        <source>%1: %2 does not match /%3/.</source>
        <translation>%1: %2 no coincide con /%3/.</translation>
    </message>
</context>
<context>
    <name>ExpectedCodes</name>
    <message>
        <source>"%1" is not a response code (100 to 699) or a class such as 2xx.</source>
        <translation>«%1» no es un código de respuesta (de 100 a 699) ni una clase como 2xx.</translation>
    </message>
    <message>
        <source>Give at least one response code or class, e.g. 200,404 or 2xx.</source>
        <translation>Indique al menos un código de respuesta o una clase, p. ej. 200,404 o 2xx.</translation>
    </message>
</context>
<context>
    <name>ExplainReport</name>
    <message>
        <source>Line %1, column %2 · %3</source>
        <translation>Línea %1, columna %2 · %3</translation>
    </message>
    <message>
        <source>Open in the Codes view:</source>
        <translation>Abrir en la vista Códigos:</translation>
    </message>
    <message>
        <source>Paste text to explain</source>
        <translation>Pegue el texto que desea explicar</translation>
    </message>
    <message>
        <source>Paste a line from a log, a whole SIP response, a Reason or Warning header, or a provider's call record. Every status line, Reason, Warning and Retry-After in it, and every code or Q.850 cause named as such, is explained here.</source>
        <translation>Pegue una línea de un log, una respuesta SIP completa, una cabecera Reason o Warning, o un registro de llamada de un operador. Aquí se explican todas las líneas de estado, Reason, Warning y Retry-After que contenga, y todo código o causa Q.850 mencionado como tal.</translation>
    </message>
    <message>
        <source>Nothing recognised</source>
        <translation>No se reconoció nada</translation>
    </message>
    <message>
        <source>The text holds no SIP status line, no Reason, Warning or Retry-After header, and no response code or Q.850 cause in a clear context such as “code=486” or “486 Busy Here”. A number on its own is not taken for a code.</source>
        <translation>El texto no contiene ninguna línea de estado SIP, ninguna cabecera Reason, Warning o Retry-After, ni ningún código de respuesta o causa Q.850 en un contexto claro como «code=486» o «486 Busy Here». Un número aislado no se toma por un código.</translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation>Hallazgos: %1</translation>
    </message>
</context>
<context>
    <name>ExporterConfigReader</name>
    <message>
        <source>in the file</source>
        <translation>en el archivo</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 must be a single value</source>
        <translation>%1 debe ser un único valor</translation>
    </message>
    <message>
        <source>%1 must be a value or a list of values</source>
        <translation>%1 debe ser un valor o una lista de valores</translation>
    </message>
    <message>
        <source>%1 has more than %2 entries</source>
        <translation>%1 tiene más de %2 entradas</translation>
    </message>
    <message>
        <source>%1 must be true or false, not "%2"</source>
        <translation>%1 debe ser true o false, no «%2»</translation>
    </message>
    <message>
        <source>%1 must be a mapping of keys to values</source>
        <translation>%1 debe asignar valores a claves</translation>
    </message>
    <message>
        <source>unknown key "%1" in %2 (known: %3)</source>
        <translation>clave desconocida «%1» en %2 (conocidas: %3)</translation>
    </message>
    <message>
        <source>auth of module %1</source>
        <translation>auth del módulo %1</translation>
    </message>
    <message>
        <source>%1 needs a user</source>
        <translation>%1 necesita un user</translation>
    </message>
    <message>
        <source>%1: give password_file or password_env, not both</source>
        <translation>%1: indique password_file o password_env, no ambos</translation>
    </message>
    <message>
        <source>cannot read the password file %1: %2</source>
        <translation>no se puede leer el archivo de contraseña %1: %2</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>archivo %1</translation>
    </message>
    <message>
        <source>the environment variable %1 is not set</source>
        <translation>la variable de entorno %1 no está definida</translation>
    </message>
    <message>
        <source>environment variable %1</source>
        <translation>variable de entorno %1</translation>
    </message>
    <message>
        <source>%1: the password is empty; give password_file or password_env</source>
        <translation>%1: la contraseña está vacía; indique password_file o password_env</translation>
    </message>
    <message>
        <source>tls of module %1</source>
        <translation>tls del módulo %1</translation>
    </message>
    <message>
        <source>the file %1 does not exist</source>
        <translation>el archivo %1 no existe</translation>
    </message>
    <message>
        <source>%1: cert_file and key_file go together</source>
        <translation>%1: cert_file y key_file van juntos</translation>
    </message>
    <message>
        <source>%1: a module name is 1 to 64 letters, digits, "_", "." or "-", not "%2"</source>
        <translation>%1: un nombre de módulo tiene de 1 a 64 letras, dígitos, «_», «.» o «-», no «%2»</translation>
    </message>
    <message>
        <source>module %1</source>
        <translation>módulo %1</translation>
    </message>
    <message>
        <source>transport must be udp, tcp, tls, ws or wss, not "%1"</source>
        <translation>transport debe ser udp, tcp, tls, ws o wss, no «%1»</translation>
    </message>
    <message>
        <source>timeout must be a duration from 1ms to 60m such as 3s or 500ms, not "%1"</source>
        <translation>timeout debe ser una duración de 1ms a 60m como 3s o 500ms, no «%1»</translation>
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
        <translation>max_forwards debe ser un número de 0 a 255, no «%1»</translation>
    </message>
    <message>
        <source>headers: %1</source>
        <translation>headers: %1</translation>
    </message>
    <message>
        <source>preferred_ip_protocol must be ip4 or ip6, not "%1"</source>
        <translation>preferred_ip_protocol debe ser ip4 o ip6, no «%1»</translation>
    </message>
    <message>
        <source>the file is empty; it needs modules and allow</source>
        <translation>el archivo está vacío; necesita modules y allow</translation>
    </message>
    <message>
        <source>the configuration</source>
        <translation>la configuración</translation>
    </message>
    <message>
        <source>modules must map at least one module name to its settings</source>
        <translation>modules debe asignar sus ajustes a al menos un nombre de módulo</translation>
    </message>
    <message>
        <source>more than %1 modules</source>
        <translation>más de %1 módulos</translation>
    </message>
    <message>
        <source>a module name must be a single value</source>
        <translation>un nombre de módulo debe ser un único valor</translation>
    </message>
    <message>
        <source>allow is missing: list the hosts, networks and domain suffixes the exporter may probe</source>
        <translation>falta allow: enumere los hosts, redes y sufijos de dominio que el exportador puede sondear</translation>
    </message>
    <message>
        <source>allow: %1</source>
        <translation>allow: %1</translation>
    </message>
    <message>
        <source>max_concurrent_probes must be a number from 1 to 10000, not "%1"</source>
        <translation>max_concurrent_probes debe ser un número de 1 a 10000, no «%1»</translation>
    </message>
    <message>
        <source>min_interval must be a duration from 0s to 60m such as 1s, not "%1"</source>
        <translation>min_interval debe ser una duración de 0s a 60m como 1s, no «%1»</translation>
    </message>
    <message>
        <source>the configuration is larger than %1 bytes</source>
        <translation>la configuración supera los %1 bytes</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>verdict_profile replaces expect: give only one of them</source>
        <translation>verdict_profile sustituye a expect: indique solo uno de los dos</translation>
    </message>
    <message>
        <source>verdict_profile: %1</source>
        <translation>verdict_profile: %1</translation>
    </message>
    <message>
        <source>verdict_profiles must map profile names to their settings</source>
        <translation>verdict_profiles debe asignar nombres de perfil a sus ajustes</translation>
    </message>
    <message>
        <source>verdict profile %1</source>
        <translation>perfil de veredicto %1</translation>
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
        <translation>La línea de petición supera los %1 bytes.</translation>
    </message>
    <message>
        <source>The request headers are larger than %1 bytes.</source>
        <translation>Las cabeceras de la petición superan los %1 bytes.</translation>
    </message>
    <message>
        <source>The request line is not "METHOD /path HTTP/1.1".</source>
        <translation>La línea de petición no tiene la forma «MÉTODO /ruta HTTP/1.1».</translation>
    </message>
    <message>
        <source>The request method is not a token.</source>
        <translation>El método de la petición no es un token.</translation>
    </message>
    <message>
        <source>The request line does not end with an HTTP version.</source>
        <translation>La línea de petición no termina con una versión HTTP.</translation>
    </message>
    <message>
        <source>Only HTTP/1.0 and HTTP/1.1 are served.</source>
        <translation>Solo se sirven HTTP/1.0 y HTTP/1.1.</translation>
    </message>
    <message>
        <source>The request target must be a path such as /probe?target=…</source>
        <translation>El destino de la petición debe ser una ruta como /probe?target=…</translation>
    </message>
    <message>
        <source>The request has more than %1 header lines.</source>
        <translation>La petición tiene más de %1 líneas de cabecera.</translation>
    </message>
    <message>
        <source>Folded header lines are not accepted.</source>
        <translation>No se aceptan líneas de cabecera plegadas.</translation>
    </message>
    <message>
        <source>A header line is not "Name: value".</source>
        <translation>Una línea de cabecera no tiene la forma «Nombre: valor».</translation>
    </message>
    <message>
        <source>A header value holds control characters.</source>
        <translation>Un valor de cabecera contiene caracteres de control.</translation>
    </message>
    <message>
        <source>Transfer-Encoding is not supported; send a Content-Length.</source>
        <translation>Transfer-Encoding no está soportado; envíe un Content-Length.</translation>
    </message>
    <message>
        <source>The request has conflicting Content-Length headers.</source>
        <translation>La petición tiene cabeceras Content-Length contradictorias.</translation>
    </message>
    <message>
        <source>Content-Length is not a number.</source>
        <translation>Content-Length no es un número.</translation>
    </message>
    <message>
        <source>The request body is larger than %1 bytes.</source>
        <translation>El cuerpo de la petición supera los %1 bytes.</translation>
    </message>
    <message>
        <source>An HTTP/1.1 request needs a Host header.</source>
        <translation>Una petición HTTP/1.1 necesita una cabecera Host.</translation>
    </message>
</context>
<context>
    <name>KeepAlive</name>
    <message>
        <source>UDP has no CRLF keep-alive (RFC 5626 §4.4.2 keeps UDP flows alive with STUN, which this probe does not send).</source>
        <translation>UDP no tiene keep-alive CRLF (RFC 5626 §4.4.2 mantiene los flujos UDP con STUN, que esta sonda no envía).</translation>
    </message>
    <message>
        <source>The connection was no longer open for the next ping.</source>
        <translation>La conexión ya no estaba abierta para el siguiente ping.</translation>
    </message>
    <message>
        <source>The connection ended: %1</source>
        <translation>La conexión terminó: %1</translation>
    </message>
    <message>
        <source>CRLF keep-alive (RFC 5626)</source>
        <translation>Keep-alive CRLF (RFC 5626)</translation>
    </message>
    <message>
        <source>WebSocket Ping (RFC 6455)</source>
        <translation>Ping de WebSocket (RFC 6455)</translation>
    </message>
    <message numerus="yes">
        <source>%1: no pong to any of %n ping(s) — the server does not answer keep-alives, or the connection is half-open.</source>
        <translation>
            <numerusform>%1: ningún pong a %n ping: el servidor no responde a los keep-alives, o la conexión está medio abierta.</numerusform>
            <numerusform>%1: ningún pong a ninguno de los %n pings: el servidor no responde a los keep-alives, o la conexión está medio abierta.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3 ping(s) answered</source>
        <translation>%1: %2 de %3 ping(s) respondidos</translation>
    </message>
    <message>
        <source>, pong round trip min/avg/max %1/%2/%3 ms</source>
        <translation>, tiempo de ida y vuelta del pong mín/media/máx %1/%2/%3 ms</translation>
    </message>
</context>
<context>
    <name>MonitorChange</name>
    <message>
        <source>first result: %1</source>
        <translation>primer resultado: %1</translation>
    </message>
    <message>
        <source>%1 → %2 (%3 → %4)</source>
        <translation>%1 → %2 (%3 → %4)</translation>
    </message>
    <message>
        <source>code %1 → %2</source>
        <translation>código %1 → %2</translation>
    </message>
    <message>
        <source>certificate out of the warning window again</source>
        <translation>certificado de nuevo fuera del periodo de advertencia</translation>
    </message>
    <message>
        <source>certificate: %1</source>
        <translation>certificado: %1</translation>
    </message>
</context>
<context>
    <name>MonitorStatus</name>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>up</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>con fallos</translation>
    </message>
    <message>
        <source>down</source>
        <translation>caído</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>en mantenimiento</translation>
    </message>
</context>
<context>
    <name>MonitorTargetList</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>%1: more than %2 targets; the rest is ignored.</source>
        <translation>%1: más de %2 destinos; se ignora el resto.</translation>
    </message>
    <message>
        <source>unknown transport "%1"</source>
        <translation>transporte desconocido «%1»</translation>
    </message>
    <message>
        <source>interval "%1" is not a number of seconds from 1 to %2</source>
        <translation>el intervalo «%1» no es un número de segundos entre 1 y %2</translation>
    </message>
    <message>
        <source>%1: a password does not belong in a target list and was ignored; use credentials=NAME.</source>
        <translation>%1: una contraseña no debe figurar en una lista de destinos y se ignoró; use credentials=NOMBRE.</translation>
    </message>
    <message>
        <source>Not a JSON target list: %1 at offset %2</source>
        <translation>No es una lista de destinos JSON: %1 en la posición %2</translation>
    </message>
    <message>
        <source>The JSON object has no "targets" array.</source>
        <translation>El objeto JSON no tiene ninguna matriz «targets».</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>destino %1</translation>
    </message>
    <message>
        <source>%1: a password does not belong in a target list and was ignored.</source>
        <translation>%1: una contraseña no debe figurar en una lista de destinos y se ignoró.</translation>
    </message>
    <message>
        <source>interval_s must be from 1 to %1</source>
        <translation>interval_s debe estar entre 1 y %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>"%1" is not a profile setting (base=, up=, down=, maintenance=retry-after|none, failures=)</source>
        <translation>«%1» no es un ajuste de perfil (base=, up=, down=, maintenance=retry-after|none, failures=)</translation>
    </message>
    <message>
        <source>verdict_profiles: %1</source>
        <translation>verdict_profiles: %1</translation>
    </message>
    <message>
        <source>family "%1" is not ipv4, ipv6 or both</source>
        <translation>family «%1» no es ipv4, ipv6 ni both</translation>
    </message>
</context>
<context>
    <name>NagiosOptions</name>
    <message>
        <source>"%1" is not a time in milliseconds greater than 0.</source>
        <translation>«%1» no es un tiempo en milisegundos mayor que 0.</translation>
    </message>
    <message>
        <source>The warning threshold (%1 ms) is above the critical one (%2 ms).</source>
        <translation>El umbral de advertencia (%1 ms) es mayor que el crítico (%2 ms).</translation>
    </message>
    <message>
        <source>--verdict-profile replaces --expect and --alive: give only one of them.</source>
        <translation>--verdict-profile sustituye a --expect y --alive: indique solo una de estas opciones.</translation>
    </message>
</context>
<context>
    <name>NagiosVerdict</name>
    <message>
        <source>The probe did not run.</source>
        <translation>El sondeo no se ejecutó.</translation>
    </message>
    <message>
        <source>%1 %2 in %3 ms</source>
        <translation>%1 %2 en %3 ms</translation>
    </message>
    <message>
        <source>(over the critical threshold of %1 ms)</source>
        <translation>(por encima del umbral crítico de %1 ms)</translation>
    </message>
    <message>
        <source>(over the warning threshold of %1 ms)</source>
        <translation>(por encima del umbral de advertencia de %1 ms)</translation>
    </message>
    <message>
        <source>(expected %1)</source>
        <translation>(se esperaba %1)</translation>
    </message>
    <message>
        <source>(maintenance: Retry-After %1, verdict profile %2)</source>
        <translation>(mantenimiento: Retry-After %1, perfil de veredicto %2)</translation>
    </message>
    <message>
        <source>(down for verdict profile %1: %2)</source>
        <translation>(caído según el perfil de veredicto %1: %2)</translation>
    </message>
    <message>
        <source>no keep-alive over UDP</source>
        <translation>sin keep-alive por UDP</translation>
    </message>
    <message numerus="yes">
        <source>no keep-alive pong to %n ping(s)</source>
        <translation>
            <numerusform>ningún pong de keep-alive a %n ping</numerusform>
            <numerusform>ningún pong de keep-alive a %n pings</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 keep-alive pings answered</source>
        <translation>%1 de %2 pings de keep-alive respondidos</translation>
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
        <translation>Los silencios deben ir de %1 a %2.</translation>
    </message>
    <message>
        <source>The first silence (%1) is longer than the longest (%2).</source>
        <translation>El primer silencio (%1) es más largo que el más largo (%2).</translation>
    </message>
    <message>
        <source>The resolution must be from %1 to the longest silence.</source>
        <translation>La resolución debe ir de %1 al silencio más largo.</translation>
    </message>
    <message>
        <source>The wait for a call-back must be from 0.1 s to 600 s.</source>
        <translation>La espera de una retrollamada debe ir de 0,1 s a 600 s.</translation>
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
        <translation>Las asignaciones UDP sobreviven al menos %1 de silencio y desaparecen tras %2. Los keep-alives (o los nuevos registros) deben enviarse más a menudo que cada %1; si no, el servidor ya no puede alcanzar al cliente: las llamadas entrantes dejan de llegar.</translation>
    </message>
    <message>
        <source>No timeout up to %1: every silence up to the longest one tried was survived (or there is no NAT on the path).</source>
        <translation>Sin tiempo de espera hasta %1: la asignación resistió cada silencio hasta el más largo probado (o no hay NAT en el camino).</translation>
    </message>
    <message>
        <source>No call-back got through, not even after %1 of silence: something on the path drops requests from the server to the client (a firewall that filters what comes in, or a SIP ALG), whatever the timeout.</source>
        <translation>Ninguna retrollamada llegó, ni siquiera tras %1 de silencio: algo en el camino descarta las solicitudes del servidor al cliente (un firewall que filtra lo que entra, o un ALG de SIP), sea cual sea el tiempo de espera.</translation>
    </message>
    <message>
        <source>The far end does not offer call-backs, so no NAT timeout can be measured: the test needs "sipscope-cli respond --call-back" running on the far side, outside the NAT. %1</source>
        <translation>El extremo remoto no ofrece retrollamadas, así que no se puede medir el tiempo de espera del NAT: la prueba necesita "sipscope-cli respond --call-back" en el extremo remoto, fuera del NAT. %1</translation>
    </message>
    <message>
        <source>The far end did not answer the OPTIONS: %1</source>
        <translation>El extremo remoto no respondió al OPTIONS: %1</translation>
    </message>
    <message>
        <source>The responder refused the call-back: %1</source>
        <translation>El respondedor rechazó la retrollamada: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The trials disagree (a longer silence was survived after a shorter one was lost): the NAT's timeout varies or packets were lost; run the test again.</source>
        <translation>Los intentos no coinciden (una asignación resistió un silencio más largo después de que otra se perdiera con uno más corto): el tiempo de espera del NAT varía o se perdieron paquetes; repita la prueba.</translation>
    </message>
</context>
<context>
    <name>NatTrial</name>
    <message>
        <source>call-back arrived</source>
        <translation>retrollamada recibida</translation>
    </message>
    <message>
        <source>no call-back: binding gone</source>
        <translation>sin retrollamada: asignación perdida</translation>
    </message>
    <message>
        <source>no call-back support</source>
        <translation>sin soporte de retrollamadas</translation>
    </message>
    <message>
        <source>call-back refused</source>
        <translation>retrollamada rechazada</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>OptionsRequest</name>
    <message>
        <source>A header must fit on one line: "%1".</source>
        <translation>Una cabecera debe caber en una sola línea: «%1».</translation>
    </message>
    <message>
        <source>"%1" is not a header: write it as "Name: value".</source>
        <translation>«%1» no es una cabecera: escríbala como "Nombre: valor".</translation>
    </message>
    <message>
        <source>The %1 header is set by the probe itself and cannot be given with --header.</source>
        <translation>El propio sondeo establece la cabecera %1, que no se puede indicar con --header.</translation>
    </message>
</context>
<context>
    <name>PacketDecoder</name>
    <message>
        <source>link type %1</source>
        <translation>tipo de enlace %1</translation>
    </message>
</context>
<context>
    <name>PathAnalysis</name>
    <message>
        <source>removed</source>
        <translation>se eliminó</translation>
    </message>
    <message>
        <source>letter case changed</source>
        <translation>cambiaron las mayúsculas y minúsculas</translation>
    </message>
    <message>
        <source>magic cookie z9hG4bK removed</source>
        <translation>se eliminó la magic cookie z9hG4bK</translation>
    </message>
    <message>
        <source>"%1" appended</source>
        <translation>se añadió «%1»</translation>
    </message>
    <message numerus="yes">
        <source>cut to %n character(s)</source>
        <translation>
            <numerusform>se recortó a %n carácter</numerusform>
            <numerusform>se recortó a %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>wrapped in other text</source>
        <translation>se envolvió en otro texto</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>se sustituyó</translation>
    </message>
    <message>
        <source>%1 Via headers came back, SipScope sent %2: a hop did not remove its own Via.</source>
        <translation>Volvieron %1 cabeceras Via y SipScope envió %2: un salto no eliminó su propia Via.</translation>
    </message>
    <message>
        <source>The Via sent-by %1 came back as %2: something in the path rewrote it and did not restore it.</source>
        <translation>El sent-by de Via %1 volvió como %2: algo en la ruta lo reescribió y no lo restauró.</translation>
    </message>
    <message>
        <source>The Via transport %1 came back as %2.</source>
        <translation>El transporte de Via %1 volvió como %2.</translation>
    </message>
    <message>
        <source>The Via branch came back altered (%1): sent %2, got %3.</source>
        <translation>El branch de Via volvió alterado (%1): se envió %2, se recibió %3.</translation>
    </message>
    <message>
        <source>The server saw the request coming from address %1 (Via received).</source>
        <translation>El servidor vio llegar la solicitud desde la dirección %1 (received de Via).</translation>
    </message>
    <message>
        <source>The server saw the request coming from port %1 (Via rport).</source>
        <translation>El servidor vio llegar la solicitud desde el puerto %1 (rport de Via).</translation>
    </message>
    <message>
        <source>The answer has no rport value (RFC 3581): the server did not say which port it saw.</source>
        <translation>La respuesta no tiene valor de rport (RFC 3581): el servidor no indicó qué puerto vio.</translation>
    </message>
    <message>
        <source>The Call-ID came back altered (%1): sent %2, got %3.</source>
        <translation>El Call-ID volvió alterado (%1): se envió %2, se recibió %3.</translation>
    </message>
    <message>
        <source>The From URI %1 came back as %2.</source>
        <translation>El URI de From %1 volvió como %2.</translation>
    </message>
    <message>
        <source>The From tag came back altered (%1): sent %2, got %3.</source>
        <translation>El tag de From volvió alterado (%1): se envió %2, se recibió %3.</translation>
    </message>
    <message>
        <source>The To URI %1 came back as %2.</source>
        <translation>El URI de To %1 volvió como %2.</translation>
    </message>
    <message>
        <source>The CSeq %1 came back as %2.</source>
        <translation>El CSeq %1 volvió como %2.</translation>
    </message>
    <message>
        <source>The server received our Via sent-by %1 as %2.</source>
        <translation>El servidor recibió nuestro sent-by de Via %1 como %2.</translation>
    </message>
    <message>
        <source>The server received our Via branch altered (%1): sent %2, received %3.</source>
        <translation>El servidor recibió nuestro branch de Via alterado (%1): se envió %2, se recibió %3.</translation>
    </message>
    <message>
        <source>The server received our Call-ID altered (%1): sent %2, received %3.</source>
        <translation>El servidor recibió nuestro Call-ID alterado (%1): se envió %2, se recibió %3.</translation>
    </message>
    <message>
        <source>The server received our From URI %1 as %2.</source>
        <translation>El servidor recibió nuestro URI de From %1 como %2.</translation>
    </message>
    <message>
        <source>The server received our Contact %1 as %2.</source>
        <translation>El servidor recibió nuestro Contact %1 como %2.</translation>
    </message>
    <message>
        <source>The server did not receive our %1 header: something in the path removed it.</source>
        <translation>El servidor no recibió nuestra cabecera %1: algo en la ruta la eliminó.</translation>
    </message>
    <message>
        <source>The server received a %1 header that SipScope did not send.</source>
        <translation>El servidor recibió una cabecera %1 que SipScope no envió.</translation>
    </message>
    <message>
        <source>The server received our headers in another order: %1 (sent: %2).</source>
        <translation>El servidor recibió nuestras cabeceras en otro orden: %1 (enviadas: %2).</translation>
    </message>
    <message>
        <source>The server received Content-Length %1, SipScope sent %2.</source>
        <translation>El servidor recibió Content-Length %1; SipScope envió %2.</translation>
    </message>
    <message>
        <source>The response carries %1 bytes of body but says Content-Length %2: something changed the body without fixing the length.</source>
        <translation>La respuesta lleva %1 bytes de cuerpo pero indica Content-Length %2: algo modificó el cuerpo sin corregir la longitud.</translation>
    </message>
    <message>
        <source>No answer to compare with, so NAT and SIP ALGs cannot be judged.</source>
        <translation>No hay ninguna respuesta con la que comparar, así que no se pueden evaluar el NAT ni los SIP ALG.</translation>
    </message>
    <message numerus="yes">
        <source>A SIP ALG or another middlebox rewrites SIP messages between SipScope and the server (%n sign(s)); the first: %1</source>
        <translation>
            <numerusform>Un SIP ALG u otro equipo intermedio reescribe los mensajes SIP entre SipScope y el servidor (%n indicio); el primero: %1</numerusform>
            <numerusform>Un SIP ALG u otro equipo intermedio reescribe los mensajes SIP entre SipScope y el servidor (%n indicios); el primero: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Behind NAT: the server saw %1, SipScope sent from %2.</source>
        <translation>Detrás de NAT: el servidor vio %1; SipScope envió desde %2.</translation>
    </message>
    <message>
        <source>No NAT: the server saw the address and port SipScope sent from (%1).</source>
        <translation>Sin NAT: el servidor vio la dirección y el puerto desde los que envió SipScope (%1).</translation>
    </message>
    <message>
        <source>The server did not say which address it saw (no received or rport), so NAT cannot be judged.</source>
        <translation>El servidor no indicó qué dirección vio (ni received ni rport), así que no se puede evaluar el NAT.</translation>
    </message>
    <message>
        <source>The server saw address %1 but did not say which port (no rport value), so NAT cannot be judged fully.</source>
        <translation>El servidor vio la dirección %1 pero no indicó qué puerto (sin valor de rport), así que no se puede evaluar el NAT por completo.</translation>
    </message>
    <message>
        <source>A SIP ALG in a router writes its public address into the Via so that answers find the way back. RFC 3261 §18.2.1 (with rport, RFC 3581 §4) already has the server answer the address and port the request came from, so the rewrite is not needed; when the ALG does not undo it in the answer, the client cannot match the answer to its request (§17.1.3).</source>
        <translation>Un SIP ALG en el router escribe su dirección pública en el Via para que las respuestas encuentren el camino de vuelta. RFC 3261 §18.2.1 (con rport, RFC 3581 §4) ya hace que el servidor responda a la dirección y el puerto de los que llegó la solicitud, así que la reescritura no hace falta; si el ALG no la deshace en la respuesta, el cliente no puede asociar la respuesta a su solicitud (§17.1.3).</translation>
    </message>
    <message>
        <source>The Contact says where the sender wants to receive new requests, such as incoming calls (RFC 3261 §8.1.1.8, §20.10). A SIP ALG replaces the private address with the router's public one and opens a short-lived pinhole for it. A phone that already does its own NAT handling (STUN, rport, an outbound proxy) then gets it rewritten twice or wrongly: incoming calls fail, or calls drop or lose audio after a while.</source>
        <translation>El Contact indica dónde quiere recibir el remitente las nuevas solicitudes, como las llamadas entrantes (RFC 3261 §8.1.1.8, §20.10). Un SIP ALG sustituye la dirección privada por la pública del router y abre para ella un hueco temporal en el firewall. Si el teléfono ya gestiona el NAT por su cuenta (STUN, rport, un proxy de salida), se reescribe dos veces o mal: las llamadas entrantes fallan, o las llamadas se cortan o pierden el audio al cabo de un rato.</translation>
    </message>
    <message>
        <source>The Via branch, Call-ID, From and To tags and CSeq identify the transaction and the dialog (RFC 3261 §8.1.1, §17.1.3); nothing between the two ends may change them. When they arrive changed, answers and later requests no longer match.</source>
        <translation>La branch del Via, el Call-ID, las etiquetas From y To y el CSeq identifican la transacción y el diálogo (RFC 3261 §8.1.1, §17.1.3); nada entre los dos extremos puede cambiarlos. Si llegan cambiados, las respuestas y las solicitudes posteriores ya no coinciden.</translation>
    </message>
    <message>
        <source>Only a proxy may change a request on its way, and only in the ways RFC 3261 §16.6 lists (its own Via, Record-Route, Max-Forwards). A SIP ALG parses and rewrites messages as they cross the router; what it changes breaks digest authentication when it touches the Request-URI (§22.4) and can make the message unreadable for the other end.</source>
        <translation>Solo un proxy puede cambiar una solicitud por el camino, y solo como enumera RFC 3261 §16.6 (su propio Via, Record-Route, Max-Forwards). Un SIP ALG analiza y reescribe los mensajes al cruzar el router; lo que cambia rompe la autenticación digest en cuanto toca el URI de la solicitud (Request-URI) (§22.4) y puede hacer el mensaje ilegible para el extremo remoto.</translation>
    </message>
    <message>
        <source>Content-Length must count the bytes of the body exactly (RFC 3261 §20.14); over TCP it is the only way to find where a message ends (§18.3). An ALG that edits the body (SDP addresses) without fixing the length corrupts the message.</source>
        <translation>Content-Length debe contar exactamente los bytes del cuerpo (RFC 3261 §20.14); sobre TCP es la única forma de saber dónde termina un mensaje (§18.3). Un ALG que modifica el cuerpo (direcciones SDP) sin corregir la longitud corrompe el mensaje.</translation>
    </message>
    <message>
        <source>The SipScope mirror saw the request arrive over %1 from %2.</source>
        <translation>El espejo de SipScope vio llegar la solicitud por %1 desde %2.</translation>
    </message>
    <message>
        <source>The mirror's report of the source came back rewritten (%1 instead of %2): something in the path rewrites addresses in answers, as SIP ALGs do to hide the public address.</source>
        <translation>El dato del espejo sobre el origen volvió reescrito (%1 en lugar de %2): algo en el camino reescribe las direcciones en las respuestas, como hacen los SIP ALG para ocultar la dirección pública.</translation>
    </message>
    <message>
        <source>The mirror returned only the first %1 of the %2 bytes it received, to keep its answer small enough (1300 bytes over UDP); what follows is not compared. Probe over TCP to compare the whole request.</source>
        <translation>El espejo devolvió solo los primeros %1 de los %2 bytes recibidos, para que su respuesta siga siendo lo bastante pequeña (1300 bytes por UDP); el resto no se compara. Pruebe por TCP para comparar la solicitud completa.</translation>
    </message>
    <message>
        <source>The server received the request line as "%1"; SipScope sent "%2".</source>
        <translation>El servidor recibió la línea de solicitud como «%1»; SipScope envió «%2».</translation>
    </message>
    <message>
        <source>The server received our %1 header as "%2"; SipScope sent "%3".</source>
        <translation>El servidor recibió nuestra cabecera %1 como «%2»; SipScope envió «%3».</translation>
    </message>
    <message>
        <source>The server received another body (%1 bytes) than SipScope sent (%2 bytes).</source>
        <translation>El servidor recibió otro cuerpo (%1 bytes) distinto del que envió SipScope (%2 bytes).</translation>
    </message>
    <message>
        <source>The server received other bytes than SipScope sent, from byte %1 on (%2 bytes arrived, %3 were sent).</source>
        <translation>El servidor recibió bytes distintos de los que envió SipScope a partir del byte %1 (llegaron %2 bytes, se enviaron %3).</translation>
    </message>
    <message>
        <source>The SipScope mirror received the first %1 bytes of the request exactly as SipScope sent them: no SIP ALG rewrote them.</source>
        <translation>El espejo de SipScope recibió los primeros %1 bytes de la solicitud exactamente como SipScope los envió: ningún SIP ALG los reescribió.</translation>
    </message>
    <message>
        <source>The SipScope mirror received the request byte for byte as SipScope sent it: no SIP ALG rewrote it.</source>
        <translation>El espejo de SipScope recibió la solicitud byte a byte tal como SipScope la envió: ningún SIP ALG la reescribió.</translation>
    </message>
</context>
<context>
    <name>PcapFileWriter</name>
    <message>
        <source>Cannot write the capture file %1: %2</source>
        <translation>No se puede escribir el archivo de captura %1: %2</translation>
    </message>
</context>
<context>
    <name>ProbeDebugText</name>
    <message>
        <source>Module %1</source>
        <translation>Módulo %1</translation>
    </message>
    <message>
        <source>transport: %1</source>
        <translation>transporte: %1</translation>
    </message>
    <message>
        <source>RFC 3263 decides</source>
        <translation>lo decide RFC 3263</translation>
    </message>
    <message>
        <source>timeout: %1 ms</source>
        <translation>tiempo de espera: %1 ms</translation>
    </message>
    <message>
        <source>expected: %1</source>
        <translation>esperado: %1</translation>
    </message>
    <message>
        <source>auth: %1 (password from %2)</source>
        <translation>autenticación: %1 (contraseña de %2)</translation>
    </message>
    <message>
        <source>Target %1 (%2)</source>
        <translation>Destino %1 (%2)</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Cronología:</translation>
    </message>
    <message>
        <source>Error: %1 (%2)</source>
        <translation>Error: %1 (%2)</translation>
    </message>
    <message>
        <source>Request sent:</source>
        <translation>Petición enviada:</translation>
    </message>
    <message>
        <source>Response received:</source>
        <translation>Respuesta recibida:</translation>
    </message>
    <message>
        <source>verdict profile: %1 (%2)</source>
        <translation>perfil de veredicto: %1 (%2)</translation>
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
        <translation>Intento de conexión</translation>
    </message>
    <message>
        <source>WebSocket opening</source>
        <translation>Apertura de WebSocket</translation>
    </message>
    <message>
        <source>TCP connect</source>
        <translation>Conexión TCP</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>Handshake TLS</translation>
    </message>
    <message>
        <source>Request and answer</source>
        <translation>Solicitud y respuesta</translation>
    </message>
    <message>
        <source>request sent</source>
        <translation>solicitud enviada</translation>
    </message>
    <message>
        <source>retransmission %1</source>
        <translation>retransmisión %1</translation>
    </message>
    <message>
        <source>Timer F</source>
        <translation>Timer F</translation>
    </message>
    <message>
        <source>length measured by the kernel (SYN to SYN-ACK)</source>
        <translation>duración medida por el núcleo (SYN a SYN-ACK)</translation>
    </message>
</context>
<context>
    <name>ProbeVerdict</name>
    <message>
        <source>For a liveness check the server is alive: any SIP answer shows that it is up (--nagios --alive counts it as OK).</source>
        <translation>Para una comprobación de disponibilidad, el servidor está vivo: cualquier respuesta SIP muestra que funciona (--nagios --alive la cuenta como OK).</translation>
    </message>
    <message>
        <source>The server is up and speaks SIP; it wants credentials before it serves this request.</source>
        <translation>El servidor funciona y habla SIP; pide credenciales antes de atender esta solicitud.</translation>
    </message>
    <message>
        <source>Probe with the user name and password of an account on that server, or, for a trusted peer, let this address in without authentication.</source>
        <translation>Haga el sondeo con el usuario y la contraseña de una cuenta de ese servidor o, para un par de confianza, admita esta dirección sin autenticación.</translation>
    </message>
    <message>
        <source>The server is up and speaks SIP; it understood the request and refuses to serve it, often because of an access list, a source address it does not trust, or a policy against OPTIONS from strangers.</source>
        <translation>El servidor funciona y habla SIP; entendió la solicitud y se niega a atenderla, a menudo por una lista de acceso, una dirección de origen en la que no confía o una política contra OPTIONS de desconocidos.</translation>
    </message>
    <message>
        <source>Check whether this computer's address is allowed on the server (trusted peers, IP access lists, fail2ban), and whether it expects another From domain or credentials.</source>
        <translation>Compruebe si la dirección de este equipo está permitida en el servidor (pares de confianza, listas de acceso IP, fail2ban) y si espera otro dominio From o credenciales.</translation>
    </message>
    <message>
        <source>The server is up and speaks SIP; it serves no such user or domain as the one in the Request-URI.</source>
        <translation>El servidor funciona y habla SIP; no atiende ningún usuario ni dominio como el del Request-URI.</translation>
    </message>
    <message>
        <source>Probe a user or a domain it serves: add a user part (sip:alice@host), or use the domain name it is configured for instead of its address; leave the user part out if you gave one.</source>
        <translation>Sondee un usuario o un dominio que atienda: añada una parte de usuario (sip:alice@host) o use el nombre de dominio para el que está configurado en lugar de su dirección; quite la parte de usuario si indicó una.</translation>
    </message>
    <message>
        <source>The server is up and speaks SIP; it knows OPTIONS but does not allow it for this Request-URI. Its Allow header lists the methods it allows.</source>
        <translation>El servidor funciona y habla SIP; conoce OPTIONS pero no lo permite para este Request-URI. Su cabecera Allow enumera los métodos que permite.</translation>
    </message>
    <message>
        <source>Read the Allow header of the answer; probe the proxy or registrar address itself, or a user it serves.</source>
        <translation>Lea la cabecera Allow de la respuesta; sondee la dirección del proxy o del registrar, o un usuario que atienda.</translation>
    </message>
    <message>
        <source>The server is up and speaks SIP; it does not support an extension the request required (Require or Proxy-Require). Its Unsupported header names it.</source>
        <translation>El servidor funciona y habla SIP; no admite una extensión que la solicitud exigía (Require o Proxy-Require). Su cabecera Unsupported la nombra.</translation>
    </message>
    <message>
        <source>Remove the Require or Proxy-Require headers added to the probe; SipScope sends none of its own.</source>
        <translation>Quite las cabeceras Require o Proxy-Require añadidas al sondeo; SipScope no envía ninguna por sí mismo.</translation>
    </message>
    <message>
        <source>The server is up and speaks SIP, but it took the OPTIONS for a request within a dialog it does not know; outside a dialog that is not the answer to expect.</source>
        <translation>El servidor funciona y habla SIP, pero tomó el OPTIONS por una solicitud dentro de un diálogo que no conoce; fuera de un diálogo no es la respuesta esperable.</translation>
    </message>
    <message>
        <source>Remove a To tag or other dialog headers added to the probe; without them the server's handling of OPTIONS is at fault: report it to its vendor.</source>
        <translation>Quite una etiqueta To u otras cabeceras de diálogo añadidas al sondeo; sin ellas, el fallo está en cómo el servidor trata OPTIONS: comuníqueselo a su fabricante.</translation>
    </message>
    <message>
        <source>The server is up and speaks SIP, but the routing is broken: a proxy saw the request come back to itself.</source>
        <translation>El servidor funciona y habla SIP, pero el enrutamiento está roto: un proxy vio volver la solicitud a sí mismo.</translation>
    </message>
    <message>
        <source>Run a trace (sipscope-cli trace) to see the hops, and look for a circle in the proxies' routes and DNS entries.</source>
        <translation>Ejecute un trazado (sipscope-cli trace) para ver los saltos y busque un círculo en las rutas y las entradas DNS de los proxies.</translation>
    </message>
    <message>
        <source>The server is up and speaks SIP; the request passed more proxies than its Max-Forwards allowed.</source>
        <translation>El servidor funciona y habla SIP; la solicitud pasó por más proxies de los que permitía su Max-Forwards.</translation>
    </message>
    <message>
        <source>Run a trace to see the hops; when the probe sent the default Max-Forwards of 70, look for a routing loop.</source>
        <translation>Ejecute un trazado para ver los saltos; si el sondeo envió el Max-Forwards por defecto de 70, busque un bucle de enrutamiento.</translation>
    </message>
    <message>
        <source>The server is up and speaks SIP; it answers as it would answer a call it cannot accept here (an OPTIONS gets the status an INVITE would get).</source>
        <translation>El servidor funciona y habla SIP; responde como respondería a una llamada que no puede aceptar aquí (un OPTIONS recibe el estado que recibiría un INVITE).</translation>
    </message>
    <message>
        <source>Check the Accept header and any headers added to the probe; the server's logs name the rule that rejected it.</source>
        <translation>Compruebe la cabecera Accept y las cabeceras añadidas al sondeo; los registros del servidor nombran la regla que lo rechazó.</translation>
    </message>
    <message>
        <source>The server is up and speaks SIP, but failed while handling the request: an unexpected condition on its side.</source>
        <translation>El servidor funciona y habla SIP, pero falló al tratar la solicitud: una condición inesperada de su lado.</translation>
    </message>
    <message>
        <source>Look at the server's logs (a routing script, a database or another back end failing) and probe again to see whether it persists.</source>
        <translation>Mire los registros del servidor (un script de enrutamiento, una base de datos u otro servicio que falla) y vuelva a sondear para ver si persiste.</translation>
    </message>
    <message>
        <source>The server is up and speaks SIP, but does not implement OPTIONS.</source>
        <translation>El servidor funciona y habla SIP, pero no implementa OPTIONS.</translation>
    </message>
    <message>
        <source>Enable OPTIONS handling in its configuration, or check it another way (a REGISTER, its own monitoring).</source>
        <translation>Active el tratamiento de OPTIONS en su configuración o compruébelo de otro modo (un REGISTER, su propia monitorización).</translation>
    </message>
    <message numerus="yes">
        <source>The server is up and speaks SIP, but is temporarily unable to serve (overloaded or in maintenance); it asks to be tried again in %n second(s).</source>
        <translation>
            <numerusform>El servidor funciona y habla SIP, pero temporalmente no puede atender (sobrecargado o en mantenimiento); pide que se reintente dentro de %n segundo.</numerusform>
            <numerusform>El servidor funciona y habla SIP, pero temporalmente no puede atender (sobrecargado o en mantenimiento); pide que se reintente dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Probe again after the Retry-After time; check the server's load and maintenance state, and, for a proxy, whether any server behind it is available.</source>
        <translation>Vuelva a sondear después del tiempo de Retry-After; compruebe la carga y el estado de mantenimiento del servidor y, si es un proxy, si hay algún servidor disponible detrás.</translation>
    </message>
    <message>
        <source>The server is up and speaks SIP, but is temporarily unable to serve, and does not say for how long; without Retry-After a client treats it like a 500.</source>
        <translation>El servidor funciona y habla SIP, pero temporalmente no puede atender y no dice por cuánto tiempo; sin Retry-After, un cliente lo trata como un 500.</translation>
    </message>
    <message>
        <source>Check the server's load and maintenance state and, for a proxy, whether any server behind it is available; probe again later.</source>
        <translation>Compruebe la carga y el estado de mantenimiento del servidor y, si es un proxy, si hay algún servidor disponible detrás; vuelva a sondear más tarde.</translation>
    </message>
    <message>
        <source>The server is up and speaks SIP, but a server it asked did not answer in time: the fault lies beyond the server probed.</source>
        <translation>El servidor funciona y habla SIP, pero un servidor al que consultó no respondió a tiempo: el fallo está más allá del servidor sondeado.</translation>
    </message>
    <message>
        <source>Probe the next hop (the server it forwards to, or its DNS) directly; a trace shows where the path ends.</source>
        <translation>Sondee directamente el siguiente salto (el servidor al que reenvía, o su DNS); un trazado muestra dónde termina el camino.</translation>
    </message>
    <message>
        <source>The server answers in SIP, but refuses SIP/2.0, the version SipScope sends: its SIP handling is broken.</source>
        <translation>El servidor responde en SIP, pero rechaza SIP/2.0, la versión que envía SipScope: su tratamiento de SIP está roto.</translation>
    </message>
    <message>
        <source>Check which software answers on that port (its Server header) and its configuration; report it to its vendor.</source>
        <translation>Compruebe qué software responde en ese puerto (su cabecera Server) y su configuración; comuníqueselo a su fabricante.</translation>
    </message>
    <message>
        <source>The server is up and speaks SIP, and it accepted the request: healthy, as far as a probe can tell.</source>
        <translation>El servidor funciona y habla SIP, y aceptó la solicitud: sano, hasta donde un sondeo puede saberlo.</translation>
    </message>
    <message>
        <source>Nothing to fix. Its Allow, Supported and Accept headers list what it can do; compare the round-trip time with earlier probes.</source>
        <translation>Nada que corregir. Sus cabeceras Allow, Supported y Accept indican lo que sabe hacer; compare el tiempo de ida y vuelta con sondeos anteriores.</translation>
    </message>
    <message>
        <source>The server is up and speaks SIP; it sends the request elsewhere, to the addresses in its Contact header.</source>
        <translation>El servidor funciona y habla SIP; redirige la solicitud a otro sitio, a las direcciones de su cabecera Contact.</translation>
    </message>
    <message>
        <source>Probe the address in the Contact header of the answer.</source>
        <translation>Sondee la dirección de la cabecera Contact de la respuesta.</translation>
    </message>
    <message>
        <source>The server is up and speaks SIP; it refused this request for a reason of the request's, not a failure of its own.</source>
        <translation>El servidor funciona y habla SIP; rechazó esta solicitud por un motivo de la propia solicitud, no por un fallo suyo.</translation>
    </message>
    <message>
        <source>Change the request (the Request-URI, the headers added), not the server; the code's explanation says what it objects to.</source>
        <translation>Cambie la solicitud (el Request-URI, las cabeceras añadidas), no el servidor; la explicación del código dice qué le objeta.</translation>
    </message>
    <message>
        <source>The server is up and speaks SIP, but it, or a server behind it, failed to serve the request.</source>
        <translation>El servidor funciona y habla SIP, pero él, o un servidor detrás de él, no pudo atender la solicitud.</translation>
    </message>
    <message>
        <source>Look at the server's logs and at the servers behind it; probe again to see whether it persists.</source>
        <translation>Mire los registros del servidor y de los servidores detrás de él; vuelva a sondear para ver si persiste.</translation>
    </message>
    <message>
        <source>The server is up and speaks SIP; it says the request fails everywhere, not only at this server, so other servers of the domain need not be tried.</source>
        <translation>El servidor funciona y habla SIP; dice que la solicitud falla en todas partes, no solo en este servidor, así que no hace falta probar otros servidores del dominio.</translation>
    </message>
    <message>
        <source>Check the user in the Request-URI (604 Does Not Exist Anywhere) or whether the target declines OPTIONS on purpose (603 Decline); probe without a user part to check the server alone.</source>
        <translation>Compruebe el usuario del Request-URI (604 Does Not Exist Anywhere) o si el destino rechaza OPTIONS a propósito (603 Decline); sondee sin parte de usuario para comprobar solo el servidor.</translation>
    </message>
</context>
<context>
    <name>Q850</name>
    <message>
        <source>Unallocated (unassigned) number</source>
        <translation>Número no asignado (no atribuido)</translation>
    </message>
    <message>
        <source>No route to specified transit network</source>
        <translation>No hay ruta hacia la red de tránsito especificada</translation>
    </message>
    <message>
        <source>No route to destination</source>
        <translation>No hay ruta hacia el destino</translation>
    </message>
    <message>
        <source>Normal call clearing</source>
        <translation>Liberación normal de la llamada</translation>
    </message>
    <message>
        <source>User busy</source>
        <translation>Usuario ocupado</translation>
    </message>
    <message>
        <source>No user responding</source>
        <translation>No responde el usuario</translation>
    </message>
    <message>
        <source>No answer from user (user alerted)</source>
        <translation>No hay respuesta del usuario (usuario avisado)</translation>
    </message>
    <message>
        <source>Subscriber absent</source>
        <translation>Abonado ausente</translation>
    </message>
    <message>
        <source>Call rejected</source>
        <translation>Llamada rechazada</translation>
    </message>
    <message>
        <source>Number changed</source>
        <translation>Número cambiado</translation>
    </message>
    <message>
        <source>Redirection to new destination</source>
        <translation>Redirección a un nuevo destino</translation>
    </message>
    <message>
        <source>Exchange routing error</source>
        <translation>Error de encaminamiento en la central</translation>
    </message>
    <message>
        <source>Non-selected user clearing</source>
        <translation>Liberación de usuario no seleccionado</translation>
    </message>
    <message>
        <source>Destination out of order</source>
        <translation>Destino fuera de servicio</translation>
    </message>
    <message>
        <source>Invalid number format (address incomplete)</source>
        <translation>Formato de número no válido (dirección incompleta)</translation>
    </message>
    <message>
        <source>Facility rejected</source>
        <translation>Facilidad rechazada</translation>
    </message>
    <message>
        <source>Normal, unspecified</source>
        <translation>Normal, sin especificar</translation>
    </message>
    <message>
        <source>No circuit/channel available</source>
        <translation>No hay circuito/canal disponible</translation>
    </message>
    <message>
        <source>Network out of order</source>
        <translation>Red fuera de servicio</translation>
    </message>
    <message>
        <source>Temporary failure</source>
        <translation>Fallo temporal</translation>
    </message>
    <message>
        <source>Switching equipment congestion</source>
        <translation>Congestión del equipo de conmutación</translation>
    </message>
    <message>
        <source>Resource unavailable, unspecified</source>
        <translation>Recurso no disponible, sin especificar</translation>
    </message>
    <message>
        <source>Incoming calls barred within CUG</source>
        <translation>Llamadas entrantes prohibidas dentro del GCU (grupo cerrado de usuarios)</translation>
    </message>
    <message>
        <source>Bearer capability not authorized</source>
        <translation>Capacidad portadora no autorizada</translation>
    </message>
    <message>
        <source>Bearer capability not presently available</source>
        <translation>Capacidad portadora no disponible actualmente</translation>
    </message>
    <message>
        <source>Service or option not available, unspecified</source>
        <translation>Servicio u opción no disponible, sin especificar</translation>
    </message>
    <message>
        <source>Bearer capability not implemented</source>
        <translation>Capacidad portadora no implementada</translation>
    </message>
    <message>
        <source>Only restricted digital information bearer capability is available</source>
        <translation>Solo está disponible la capacidad portadora de información digital restringida</translation>
    </message>
    <message>
        <source>Service or option not implemented, unspecified</source>
        <translation>Servicio u opción no implementado, sin especificar</translation>
    </message>
    <message>
        <source>User not member of CUG</source>
        <translation>Usuario no miembro del GCU (grupo cerrado de usuarios)</translation>
    </message>
    <message>
        <source>Incompatible destination</source>
        <translation>Destino incompatible</translation>
    </message>
    <message>
        <source>Recovery on timer expiry</source>
        <translation>Recuperación al expirar el temporizador</translation>
    </message>
    <message>
        <source>Protocol error, unspecified</source>
        <translation>Error de protocolo, sin especificar</translation>
    </message>
    <message>
        <source>Interworking, unspecified</source>
        <translation>Interfuncionamiento, sin especificar</translation>
    </message>
    <message>
        <source>without diagnostic</source>
        <translation>sin diagnóstico</translation>
    </message>
    <message>
        <source>with diagnostic</source>
        <translation>con diagnóstico</translation>
    </message>
    <message>
        <source>RFC 3398 §7.2.4.1 maps no response code to cause 16: a normal release ends the call with BYE or CANCEL instead.</source>
        <translation>RFC 3398 §7.2.4.1 no asigna ningún código de respuesta a la causa 16: una liberación normal termina la llamada con BYE o CANCEL.</translation>
    </message>
    <message>
        <source>When the cause location is the user, RFC 3398 §7.2.4.1 lets the gateway send 603 Decline instead of 403.</source>
        <translation>Cuando la ubicación de la causa es el usuario, RFC 3398 §7.2.4.1 permite a la pasarela enviar 603 Decline en lugar de 403.</translation>
    </message>
    <message>
        <source>RFC 3398 §7.2.4.1 lists no response code for this cause: for any cause not in its table a gateway should send 500 Server Internal Error.</source>
        <translation>RFC 3398 §7.2.4.1 no indica ningún código de respuesta para esta causa: para cualquier causa que no esté en su tabla, una pasarela debe enviar 500 Server Internal Error.</translation>
    </message>
    <message>
        <source>RFC 3398 §8.2.6.1: the gateway should first try to authenticate, and sends cause 21 only if it cannot.</source>
        <translation>RFC 3398 §8.2.6.1: la pasarela debe intentar primero autenticarse y solo envía la causa 21 si no puede.</translation>
    </message>
    <message>
        <source>RFC 3398 §8.2.6.1: the cause depends on the Warning header: 65 (Bearer capability not implemented) when it concerns the bearer capability, otherwise 31 (Normal, unspecified).</source>
        <translation>RFC 3398 §8.2.6.1: la causa depende de la cabecera Warning: 65 (Capacidad portadora no implementada) si se refiere a la capacidad portadora, si no 31 (Normal, sin especificar).</translation>
    </message>
    <message>
        <source>RFC 3398 §8.2.6.1: the gateway should first remedy the protocol error and retry the request; it sends this cause only if that fails.</source>
        <translation>RFC 3398 §8.2.6.1: la pasarela debe corregir primero el error de protocolo y repetir la solicitud; solo envía esta causa si eso falla.</translation>
    </message>
    <message>
        <source>RFC 3398 §8.2.6.1 lists no cause for this code: a gateway sends cause 31 (Normal, unspecified) for a failure response not in its table.</source>
        <translation>RFC 3398 §8.2.6.1 no indica ninguna causa para este código: para una respuesta de error que no esté en su tabla, una pasarela envía la causa 31 (Normal, sin especificar).</translation>
    </message>
    <message>
        <source>RFC 3398 §8.2.6.1 sends it with the cause location "user".</source>
        <translation>RFC 3398 §8.2.6.1 la envía con la ubicación de causa «usuario» (user).</translation>
    </message>
    <message>
        <source>RFC 3398 §8.2.6.1 sends it with the cause location "network".</source>
        <translation>RFC 3398 §8.2.6.1 la envía con la ubicación de causa «red» (network).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>RFC 3398 §7.2.4.1 maps it to %1.</source>
        <translation>RFC 3398 §7.2.4.1 la asigna a %1.</translation>
    </message>
    <message>
        <source>RFC 3398 §7.2.4.1 maps it to %1 or %2.</source>
        <translation>RFC 3398 §7.2.4.1 la asigna a %1 o %2.</translation>
    </message>
</context>
<context>
    <name>QtDnsBackend</name>
    <message>
        <source>%1; Qt reports "no such records" and "no usable reply" alike</source>
        <translation>%1; Qt notifica igual «no existen registros» y «ninguna respuesta utilizable»</translation>
    </message>
</context>
<context>
    <name>ResponderConfig</name>
    <message>
        <source>The answer must be a final response code from 200 to 699, not %1; provisional responses are chosen separately.</source>
        <translation>La respuesta debe ser un código de respuesta final entre 200 y 699, no %1; las respuestas provisionales se eligen por separado.</translation>
    </message>
    <message>
        <source>The reason phrase must fit on one line.</source>
        <translation>La frase de motivo debe caber en una sola línea.</translation>
    </message>
    <message>
        <source>The delay must be between 0 and %1 ms.</source>
        <translation>El retardo debe estar entre 0 y %1 ms.</translation>
    </message>
    <message>
        <source>%1 is not a provisional response code (100 to 199).</source>
        <translation>%1 no es un código de respuesta provisional (de 100 a 199).</translation>
    </message>
    <message>
        <source>The listen address is not an IP address.</source>
        <translation>La dirección de escucha no es una dirección IP.</translation>
    </message>
    <message>
        <source>TLS needs a certificate file and a private key file.</source>
        <translation>TLS necesita un archivo de certificado y un archivo de clave privada.</translation>
    </message>
    <message>
        <source>The %1 header is copied from the request and cannot be set.</source>
        <translation>La cabecera %1 se copia de la solicitud y no se puede establecer.</translation>
    </message>
    <message>
        <source>Listening on all interfaces: anyone who can reach this computer can send requests to the responder and get its answers.</source>
        <translation>Escucha en todas las interfaces: cualquiera que pueda llegar a este equipo puede enviar solicitudes al respondedor y obtener sus respuestas.</translation>
    </message>
    <message>
        <source>Listening on %1, which is reachable from other computers.</source>
        <translation>Escucha en %1, que es accesible desde otros equipos.</translation>
    </message>
    <message>
        <source>A %1 to INVITE would set up a call with a media session, which the responder cannot do: INVITE requests get 488 Not Acceptable Here with a Warning instead; other requests get %1.</source>
        <translation>Una %1 a INVITE establecería una llamada con una sesión multimedia, algo que el respondedor no puede hacer: las solicitudes INVITE reciben en su lugar 488 Not Acceptable Here con una cabecera Warning; las demás solicitudes reciben %1.</translation>
    </message>
    <message>
        <source>A %1 response should carry a %2 header; add it with a header line.</source>
        <translation>Una respuesta %1 debería llevar una cabecera %2; añádala con una línea de cabecera.</translation>
    </message>
    <message>
        <source>A %1 redirect without a Contact header tells the caller nowhere to go.</source>
        <translation>Una redirección %1 sin cabecera Contact no indica al llamante adónde ir.</translation>
    </message>
    <message>
        <source>"%1" is not an address and port such as [::1]:5060.</source>
        <translation>«%1» no es una dirección y un puerto como [::1]:5060.</translation>
    </message>
    <message>
        <source>"%1" is not an IP address; the responder listens on an address, not a name.</source>
        <translation>«%1» no es una dirección IP; el respondedor escucha en una dirección, no en un nombre.</translation>
    </message>
    <message>
        <source>"%1" is not a port number (0 to 65535).</source>
        <translation>«%1» no es un número de puerto (de 0 a 65535).</translation>
    </message>
    <message>
        <source>"%1" is not a provisional response code (100 to 199).</source>
        <translation>«%1» no es un código de respuesta provisional (de 100 a 199).</translation>
    </message>
    <message>
        <source>At most eight provisional responses can be sent first.</source>
        <translation>Como máximo se pueden enviar antes ocho respuestas provisionales.</translation>
    </message>
    <message>
        <source>A header must fit on one line: "%1".</source>
        <translation>Una cabecera debe caber en una sola línea: «%1».</translation>
    </message>
    <message>
        <source>"%1" is not a header: write it as "Name: value".</source>
        <translation>«%1» no es una cabecera: escríbala como "Nombre: valor".</translation>
    </message>
    <message>
        <source>The rate limit must be between 0 (none) and %1 requests a second.</source>
        <translation>El límite de tasa debe estar entre 0 (ninguno) y %1 solicitudes por segundo.</translation>
    </message>
    <message>
        <source>Call-backs work over UDP only: over %1 requests asking for one are answered "refused".</source>
        <translation>Las retrollamadas solo funcionan por UDP: por %1, las solicitudes que piden una reciben "refused".</translation>
    </message>
</context>
<context>
    <name>ResponderCounters</name>
    <message>
        <source>%1 received: %2 answered, %3 absorbed, %4 dropped</source>
        <translation>%1 recibidos: %2 respondidos, %3 absorbidos, %4 descartados</translation>
    </message>
    <message>
        <source>%1 over the rate limit</source>
        <translation>%1 por encima del límite de tasa</translation>
    </message>
    <message>
        <source>%1 with the transaction table full</source>
        <translation>%1 con la tabla de transacciones llena</translation>
    </message>
    <message>
        <source>%1 unanswerable</source>
        <translation>%1 imposibles de responder</translation>
    </message>
    <message>
        <source>; %1 completed transactions retired early</source>
        <translation>; %1 transacciones completadas retiradas antes de tiempo</translation>
    </message>
    <message>
        <source>; %1 lost in the full receive queue</source>
        <translation>; %1 perdidos en la cola de recepción llena</translation>
    </message>
    <message>
        <source>%1 while the peer left its answers unread</source>
        <translation>%1 mientras el interlocutor dejaba sus respuestas sin leer</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message>
        <source>Nothing is saved in the keychain under that name.</source>
        <translation>No hay nada guardado en el llavero con ese nombre.</translation>
    </message>
    <message>
        <source>The system keychain is not available.</source>
        <translation>El llavero del sistema no está disponible.</translation>
    </message>
    <message>
        <source>The keychain is locked (or unlocking it was cancelled): unlock it and try again.</source>
        <translation>El llavero está bloqueado (o se canceló el desbloqueo): desbloquéelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The keychain refused access.</source>
        <translation>El llavero denegó el acceso.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time; it may be waiting for you to unlock it.</source>
        <translation>El llavero no respondió a tiempo; puede que esté esperando a que lo desbloquee.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>El llavero informó de un error.</translation>
    </message>
    <message>
        <source>This build of SipScope has no keychain support (it was built without QtKeychain).</source>
        <translation>Esta compilación de SipScope no admite el llavero (se compiló sin QtKeychain).</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Administrador de credenciales de Windows</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>Llavero de macOS</translation>
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
        <translation>Destino no válido</translation>
    </message>
    <message>
        <source>Name not resolved</source>
        <translation>Nombre no resuelto</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Conexión rechazada</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Inaccesible</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>TLS failure</source>
        <translation>Fallo de TLS</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Error de red</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Malformed answer</source>
        <translation>Respuesta mal formada</translation>
    </message>
</context>
<context>
    <name>SipParser</name>
    <message>
        <source>Unsupported protocol version "%1": only SIP/2.0 is understood.</source>
        <translation>Versión de protocolo no compatible «%1»: solo se entiende SIP/2.0.</translation>
    </message>
    <message>
        <source>The status line has no status code.</source>
        <translation>La línea de estado no tiene código de estado.</translation>
    </message>
    <message>
        <source>"%1" is not a status code: it must be three digits from 100 to 699.</source>
        <translation>«%1» no es un código de estado: debe tener tres dígitos, de 100 a 699.</translation>
    </message>
    <message>
        <source>"%1" is neither a SIP status line nor a request line.</source>
        <translation>«%1» no es ni una línea de estado SIP ni una línea de solicitud.</translation>
    </message>
    <message>
        <source>The message contains a NUL byte in its headers.</source>
        <translation>El mensaje contiene un byte NUL en sus cabeceras.</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 bytes.</source>
        <translation>La línea %1 tiene más de %2 bytes.</translation>
    </message>
    <message>
        <source>Line %1 continues a header, but no header precedes it.</source>
        <translation>La línea %1 continúa una cabecera, pero no hay ninguna cabecera antes.</translation>
    </message>
    <message>
        <source>Line %1 is not a header ("Name: value"): "%2".</source>
        <translation>La línea %1 no es una cabecera ("Nombre: valor"): «%2».</translation>
    </message>
    <message>
        <source>The message has more than %1 headers.</source>
        <translation>El mensaje tiene más de %1 cabeceras.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>El mensaje está vacío.</translation>
    </message>
    <message>
        <source>Invalid Content-Length "%1".</source>
        <translation>Content-Length no válido «%1».</translation>
    </message>
    <message>
        <source>The message is larger than %1 bytes.</source>
        <translation>El mensaje tiene más de %1 bytes.</translation>
    </message>
    <message>
        <source>The headers are not terminated by an empty line.</source>
        <translation>Las cabeceras no terminan con una línea vacía.</translation>
    </message>
    <message>
        <source>The body has %1 bytes, but Content-Length announces %2.</source>
        <translation>El cuerpo tiene %1 bytes, pero Content-Length anuncia %2.</translation>
    </message>
    <message>
        <source>A line is longer than %1 bytes.</source>
        <translation>Una línea tiene más de %1 bytes.</translation>
    </message>
    <message>
        <source>The message has no Content-Length header, which a stream transport requires.</source>
        <translation>El mensaje no tiene cabecera Content-Length, que un transporte orientado a flujo exige.</translation>
    </message>
</context>
<context>
    <name>SipScope::AboutDialog</name>
    <message>
        <source>Version %1 · Qt %2 (built with Qt %3)</source>
        <translation>Versión %1 · Qt %2 (compilado con Qt %3)</translation>
    </message>
    <message>
        <source>About SipScope</source>
        <translation>Acerca de SipScope</translation>
    </message>
    <message>
        <source>A reference of SIP response codes in plain words, and a probe that sends SIP OPTIONS to a server and shows what came back.</source>
        <translation>Una referencia de los códigos de respuesta SIP en palabras sencillas, y un sondeo que envía SIP OPTIONS a un servidor y muestra lo que volvió.</translation>
    </message>
    <message>
        <source>SipScope icon</source>
        <translation>Icono de SipScope</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
</context>
<context>
    <name>SipScope::CandidateModel</name>
    <message>
        <source>TTL unknown</source>
        <translation>TTL desconocido</translation>
    </message>
    <message>
        <source>TTL %1 s</source>
        <translation>TTL %1 s</translation>
    </message>
    <message>
        <source>IP address in the URI (no DNS)</source>
        <translation>Dirección IP en el URI (sin DNS)</translation>
    </message>
    <message>
        <source>%1 of %2, %3</source>
        <translation>%1 de %2, %3</translation>
    </message>
    <message>
        <source>SRV %1: priority %2, weight %3, port %4, %5 → %6 %7, %8</source>
        <translation>SRV %1: prioridad %2, peso %3, puerto %4, %5 → %6 %7, %8</translation>
    </message>
    <message>
        <source>probing…</source>
        <translation>sondeando…</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidato</translation>
    </message>
    <message>
        <source>From DNS</source>
        <translation>Desde DNS</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Tiempo de respuesta</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>NAPTR %1 (order %2, preference %3) → </source>
        <translation>NAPTR %1 (orden %2, preferencia %3) → </translation>
    </message>
</context>
<context>
    <name>SipScope::CandidateProbe</name>
    <message>
        <source>The probe was cancelled.</source>
        <translation>El sondeo se canceló.</translation>
    </message>
</context>
<context>
    <name>SipScope::CandidatesPanel</name>
    <message numerus="yes">
        <source>Probing %n candidate(s) at once…</source>
        <translation>
            <numerusform>Sondeando %n candidato…</numerusform>
            <numerusform>Sondeando %n candidatos a la vez…</numerusform>
        </translation>
    </message>
    <message>
        <source>All targets</source>
        <translation>Todos los destinos</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidatos</translation>
    </message>
    <message>
        <source>DNS resolution</source>
        <translation>Resolución DNS</translation>
    </message>
    <message>
        <source>Summary of all targets</source>
        <translation>Resumen de todos los destinos</translation>
    </message>
    <message>
        <source>Tick Tools → Probe All Targets, then send: every server behind the name (each SRV target and address) is probed at once.</source>
        <translation>Marque Herramientas → Sondear todos los destinos y envíe: se sondean a la vez todos los servidores detrás del nombre (cada destino SRV y cada dirección).</translation>
    </message>
    <message>
        <source>Resolving %1…</source>
        <translation>Resolviendo %1…</translation>
    </message>
    <message>
        <source>priority %1  weight %2  port %3  target %4  TTL %5</source>
        <translation>prioridad %1  peso %2  puerto %3  destino %4  TTL %5</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
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
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Previous code viewed (Alt+Left)</source>
        <translation>Código visto anteriormente (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <source>Next code viewed (Alt+Right)</source>
        <translation>Código visto siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <source>Copy for &amp;Ticket</source>
        <translation>Copiar para el &amp;ticket</translation>
    </message>
    <message>
        <source>Copy for ticket</source>
        <translation>Copiar para el ticket</translation>
    </message>
    <message>
        <source>Copy the code, its reason, summary and what to check as plain text</source>
        <translation>Copiar el código, su frase de motivo, el resumen y qué comprobar como texto sin formato</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <source>Explanation of the selected SIP response code</source>
        <translation>Explicación del código de respuesta SIP seleccionado</translation>
    </message>
    <message>
        <source>Copied %1 for a ticket</source>
        <translation>%1 copiado para un ticket</translation>
    </message>
    <message>
        <source>Not a SIP response code</source>
        <translation>No es un código de respuesta SIP</translation>
    </message>
    <message>
        <source>Look up a SIP response code</source>
        <translation>Consulte un código de respuesta SIP</translation>
    </message>
    <message>
        <source>Type the number from the phone's display or the call log, such as 486, or describe the problem in your own words: “busy”, “wrong password”, “nobody answers”. Down or Enter moves into the list; every code explains what happened and what to check, and “Copy for ticket” puts a summary on the clipboard.</source>
        <translation>Escriba el número que aparece en la pantalla del teléfono o en el registro de llamadas, como 486, o describa el problema con sus propias palabras: «ocupado», «contraseña incorrecta», «nadie contesta». Flecha abajo o Intro pasa a la lista; cada código explica qué ocurrió y qué comprobar, y «Copiar para el ticket» copia un resumen en el portapapeles.</translation>
    </message>
</context>
<context>
    <name>SipScope::CodeItemDelegate</name>
    <message>
        <source>unregistered</source>
        <translation>fuera de IANA</translation>
    </message>
</context>
<context>
    <name>SipScope::CodesView</name>
    <message>
        <source>Search a code or your own words, e.g. 486 or “busy”</source>
        <translation>Busque por código o con sus propias palabras, p. ej. 486 u «ocupado»</translation>
    </message>
    <message>
        <source>Search codes</source>
        <translation>Buscar códigos</translation>
    </message>
    <message>
        <source>Type a number or words; Down or Enter moves into the list, Escape clears</source>
        <translation>Escriba un número o palabras; Flecha abajo o Intro pasa a la lista, Esc borra</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Todas las clases</translation>
    </message>
    <message>
        <source>Class filter</source>
        <translation>Filtro de clase</translation>
    </message>
    <message>
        <source>Show only one response class</source>
        <translation>Mostrar solo una clase de respuesta</translation>
    </message>
    <message>
        <source>Unregistered</source>
        <translation>Fuera del registro IANA</translation>
    </message>
    <message>
        <source>Also list codes that are not in the IANA registry but are seen in the field</source>
        <translation>Enumerar también los códigos que no figuran en el registro IANA pero se ven en la práctica</translation>
    </message>
    <message>
        <source>Show unregistered codes</source>
        <translation>Mostrar los códigos fuera del registro IANA</translation>
    </message>
    <message>
        <source>Response codes</source>
        <translation>Códigos de respuesta</translation>
    </message>
    <message>
        <source>Number of codes listed</source>
        <translation>Número de códigos enumerados</translation>
    </message>
    <message>
        <source>No code matches “%1”</source>
        <translation>Ningún código coincide con «%1»</translation>
    </message>
    <message>
        <source>Try other words, or type the number, e.g. 486.</source>
        <translation>Pruebe con otras palabras o escriba el número, p. ej. 486.</translation>
    </message>
    <message>
        <source>&amp;Explain Text…</source>
        <translation>&amp;Explicar texto…</translation>
    </message>
    <message>
        <source>Paste a log line, a SIP response or a header and have every code in it explained (Ctrl+E)</source>
        <translation>Pegue una línea de log, una respuesta SIP o una cabecera para que se explique cada código que contenga (Ctrl+E)</translation>
    </message>
    <message>
        <source>Explain text</source>
        <translation>Explicar texto</translation>
    </message>
    <message>
        <source>Codes listed: %1</source>
        <translation>Códigos enumerados: %1</translation>
    </message>
    <message>
        <source>What the search recognised</source>
        <translation>Lo que la búsqueda ha reconocido</translation>
    </message>
    <message>
        <source>Codes listed: %1 (%2 strong matches above the line)</source>
        <translation>Códigos enumerados: %1 (%2 coincidencias fuertes encima de la línea)</translation>
    </message>
    <message>
        <source>&amp;Probe This Target</source>
        <translation>Sondear este &amp;destino</translation>
    </message>
    <message>
        <source>Send SIP OPTIONS to this URI in the Probe view (Enter)</source>
        <translation>Enviar SIP OPTIONS a este URI en la vista Sondeo (Intro)</translation>
    </message>
    <message>
        <source>Probe this target</source>
        <translation>Sondear este destino</translation>
    </message>
    <message>
        <source>Explain This &amp;Text</source>
        <translation>Explicar este &amp;texto</translation>
    </message>
    <message>
        <source>Explain every code, cause and header in the pasted text (Enter)</source>
        <translation>Explicar cada código, causa y cabecera del texto pegado (Intro)</translation>
    </message>
    <message>
        <source>Explain this text</source>
        <translation>Explicar este texto</translation>
    </message>
    <message>
        <source>Offer for the pasted text</source>
        <translation>Propuesta para el texto pegado</translation>
    </message>
</context>
<context>
    <name>SipScope::DiagnosisPanel</name>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>What is wrong, and where</source>
        <translation>Qué falla y dónde</translation>
    </message>
    <message>
        <source>Where the status comes from</source>
        <translation>De dónde procede el estado</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Indicios</translation>
    </message>
    <message>
        <source>NAT and SIP ALG</source>
        <translation>NAT y SIP ALG</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Ruta:</translation>
    </message>
    <message>
        <source>ALG sign: %1</source>
        <translation>Indicio de ALG: %1</translation>
    </message>
    <message>
        <source>Compared with an answer that SipScope could not accept because it was altered.</source>
        <translation>Comparado con una respuesta que SipScope no pudo aceptar porque estaba alterada.</translation>
    </message>
</context>
<context>
    <name>SipScope::Dns</name>
    <message>
        <source>No DNS server to ask.</source>
        <translation>No hay ningún servidor DNS al que preguntar.</translation>
    </message>
    <message>
        <source>The DNS server is not an IP address with a port, e.g. 127.0.0.1:5353.</source>
        <translation>El servidor DNS no es una dirección IP con puerto, p. ej. 127.0.0.1:5353.</translation>
    </message>
    <message>
        <source>the answer was truncated and TCP failed (%1); using its complete records</source>
        <translation>la respuesta venía truncada y TCP falló (%1); se usan sus registros completos</translation>
    </message>
    <message>
        <source>the answer was truncated and the one over TCP was unusable (%1); using the truncated one's complete records</source>
        <translation>la respuesta venía truncada y la recibida por TCP no se puede usar (%1); se usan los registros completos de la truncada</translation>
    </message>
    <message numerus="yes">
        <source>no answer from %1 after %n try(s)</source>
        <translation>
            <numerusform>sin respuesta de %1 tras %n intento</numerusform>
            <numerusform>sin respuesta de %1 tras %n intentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n datagram(s) ignored</source>
        <translation>
            <numerusform>%n datagrama ignorado</numerusform>
            <numerusform>%n datagramas ignorados</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at offset %2.</source>
        <translation>%1 en el desplazamiento %2.</translation>
    </message>
    <message>
        <source>A name runs past the end of the message</source>
        <translation>Un nombre va más allá del final del mensaje</translation>
    </message>
    <message>
        <source>A compression pointer runs past the end of the message</source>
        <translation>Un puntero de compresión va más allá del final del mensaje</translation>
    </message>
    <message>
        <source>A compression pointer points forward (to %1)</source>
        <translation>Un puntero de compresión apunta hacia delante (a %1)</translation>
    </message>
    <message>
        <source>Compression pointers form a loop</source>
        <translation>Los punteros de compresión forman un bucle</translation>
    </message>
    <message>
        <source>A label has the reserved type %1</source>
        <translation>Una etiqueta tiene el tipo reservado %1</translation>
    </message>
    <message>
        <source>A label runs past the end of the message</source>
        <translation>Una etiqueta va más allá del final del mensaje</translation>
    </message>
    <message>
        <source>A name is longer than 255 octets</source>
        <translation>Un nombre supera los 255 octetos</translation>
    </message>
    <message>
        <source>A character-string runs past the end of its record</source>
        <translation>Una cadena de caracteres va más allá del final de su registro</translation>
    </message>
    <message>
        <source>A question runs past the end of the message</source>
        <translation>Una pregunta va más allá del final del mensaje</translation>
    </message>
    <message>
        <source>A record runs past the end of the message</source>
        <translation>Un registro va más allá del final del mensaje</translation>
    </message>
    <message>
        <source>Record data runs past the end of the message</source>
        <translation>Los datos de un registro van más allá del final del mensaje</translation>
    </message>
    <message>
        <source>A %1 record has %2 octets of data instead of %3</source>
        <translation>Un registro %1 tiene %2 octetos de datos en lugar de %3</translation>
    </message>
    <message>
        <source>The name in a %1 record does not end where its data ends</source>
        <translation>El nombre de un registro %1 no termina donde terminan sus datos</translation>
    </message>
    <message>
        <source>An SRV record is too short (%1 octets)</source>
        <translation>Un registro SRV es demasiado corto (%1 octetos)</translation>
    </message>
    <message>
        <source>A NAPTR record is too short (%1 octets)</source>
        <translation>Un registro NAPTR es demasiado corto (%1 octetos)</translation>
    </message>
    <message>
        <source>A DNS message needs a 12-octet header; this one has %1 octets.</source>
        <translation>Un mensaje DNS necesita una cabecera de 12 octetos; este tiene %1 octetos.</translation>
    </message>
    <message>
        <source>There is no name to look up.</source>
        <translation>No hay ningún nombre que consultar.</translation>
    </message>
    <message>
        <source>%1 is not a valid DNS name.</source>
        <translation>%1 no es un nombre DNS válido.</translation>
    </message>
    <message>
        <source>%1 has an empty label.</source>
        <translation>%1 tiene una etiqueta vacía.</translation>
    </message>
    <message>
        <source>%1 has a label longer than 63 octets.</source>
        <translation>%1 tiene una etiqueta de más de 63 octetos.</translation>
    </message>
    <message>
        <source>%1 is longer than 255 octets.</source>
        <translation>%1 supera los 255 octetos.</translation>
    </message>
    <message>
        <source>No DNS server was given.</source>
        <translation>No se ha indicado ningún servidor DNS.</translation>
    </message>
    <message>
        <source>%1: the closing "]" is missing.</source>
        <translation>%1: falta el «]» de cierre.</translation>
    </message>
    <message>
        <source>%1: a port must follow "]:".</source>
        <translation>%1: tras «]:» debe ir un puerto.</translation>
    </message>
    <message>
        <source>%1: the port after ":" is missing.</source>
        <translation>%1: falta el puerto tras «:».</translation>
    </message>
    <message>
        <source>%1 is not an IP address; give the DNS server as an address, e.g. 127.0.0.1:5353 or [::1]:53.</source>
        <translation>%1 no es una dirección IP; indique el servidor DNS como dirección, p. ej. 127.0.0.1:5353 o [::1]:53.</translation>
    </message>
    <message>
        <source>%1 is not a port (1 to 65535).</source>
        <translation>%1 no es un puerto (1 a 65535).</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>No se puede leer %1 (%2).</translation>
    </message>
    <message>
        <source>On this system SipScope does not know the DNS servers; give one with --dns-server.</source>
        <translation>En este sistema SipScope no conoce los servidores DNS; indique uno con --dns-server.</translation>
    </message>
</context>
<context>
    <name>SipScope::DualStackPanel</name>
    <message>
        <source>IPv4 and IPv6</source>
        <translation>IPv4 e IPv6</translation>
    </message>
    <message>
        <source>Dual-stack verdict</source>
        <translation>Veredicto de doble pila</translation>
    </message>
    <message>
        <source>Probing over IPv4 and over IPv6 at once…</source>
        <translation>Sondeando por IPv4 y por IPv6 a la vez…</translation>
    </message>
    <message>
        <source>Tick Tools → Probe IPv4 and IPv6 Separately, then send: the target is probed once over IPv4 only and once over IPv6 only.</source>
        <translation>Marque Herramientas → Sondear IPv4 e IPv6 por separado y envíe: el destino se sondea una vez solo por IPv4 y una vez solo por IPv6.</translation>
    </message>
    <message>
        <source>%1: not published (%2)</source>
        <translation>%1: no publicado (%2)</translation>
    </message>
    <message>
        <source>%1: %2 %3 from %4 in %5 ms</source>
        <translation>%1: %2 %3 de %4 en %5 ms</translation>
    </message>
    <message>
        <source>%1: no answer: %2 (%3)</source>
        <translation>%1: sin respuesta: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>SipScope::ExplainDialog</name>
    <message>
        <source>Explain Text</source>
        <translation>Explicar texto</translation>
    </message>
    <message>
        <source>&amp;Text to explain: a log line, a whole SIP response, a Reason or Warning header</source>
        <translation>&amp;Texto que explicar: una línea de log, una respuesta SIP completa, una cabecera Reason o Warning</translation>
    </message>
    <message>
        <source>Text to explain</source>
        <translation>Texto que explicar</translation>
    </message>
    <message>
        <source>Status lines, Reason, Warning and Retry-After headers and codes in this text are explained below</source>
        <translation>Las líneas de estado, las cabeceras Reason, Warning y Retry-After y los códigos de este texto se explican más abajo</translation>
    </message>
    <message>
        <source>&amp;Paste from Clipboard</source>
        <translation>&amp;Pegar del portapapeles</translation>
    </message>
    <message>
        <source>Replace the text with the clipboard's and explain it</source>
        <translation>Sustituir el texto por el del portapapeles y explicarlo</translation>
    </message>
    <message>
        <source>Paste from clipboard</source>
        <translation>Pegar del portapapeles</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Limpiar</translation>
    </message>
    <message>
        <source>Remove the text</source>
        <translation>Quitar el texto</translation>
    </message>
    <message>
        <source>Clear the text</source>
        <translation>Limpiar el texto</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Every status, Reason, Warning and Retry-After found in the text, explained</source>
        <translation>Cada estado, Reason, Warning y Retry-After encontrado en el texto, explicado</translation>
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
        <translation>%1: no es un código de respuesta SIP</translation>
    </message>
    <message>
        <source>SIP response codes run from 100 to 699; a receiver rejects anything else as a malformed message (RFC 3261 §7.2).</source>
        <translation>Los códigos de respuesta SIP van de 100 a 699; un receptor rechaza cualquier otro valor como mensaje mal formado (RFC 3261 §7.2).</translation>
    </message>
    <message>
        <source>%1 is not a registered code: a receiver treats it as %2 %3 (RFC 3261 §8.1.3.2).</source>
        <translation>%1 es un código fuera del registro IANA: un receptor lo trata como %2 %3 (RFC 3261 §8.1.3.2).</translation>
    </message>
    <message>
        <source>%1 is not in the IANA registry: %2.</source>
        <translation>%1 está fuera del registro IANA: %2.</translation>
    </message>
    <message>
        <source>"%1" is a phrase some equipment sends for %2; the registered phrase is "%3".</source>
        <translation>«%1» es una frase que algunos equipos envían para %2; la frase registrada es «%3».</translation>
    </message>
    <message>
        <source>The phrase "%1" differs from the registered "%2": only the code counts (RFC 3261 §21).</source>
        <translation>La frase «%1» difiere de la registrada «%2»: solo cuenta el código (RFC 3261 §21).</translation>
    </message>
    <message>
        <source>A Reason header tells why a request or call ended (RFC 3326); it is not the status of the message that carries it.</source>
        <translation>Una cabecera Reason indica por qué terminó una solicitud o una llamada (RFC 3326); no es el estado del mensaje que la lleva.</translation>
    </message>
    <message>
        <source>SIP cause 200 usually comes in a CANCEL: the call was answered on another device, so this one stopped ringing ("Call completed elsewhere").</source>
        <translation>La causa SIP 200 suele llegar en un CANCEL: la llamada se contestó en otro dispositivo, así que este dejó de sonar («Call completed elsewhere»).</translation>
    </message>
    <message>
        <source>Q.850 cause %1</source>
        <translation>Causa Q.850 %1</translation>
    </message>
    <message>
        <source>Q.850 cause %1: %2</source>
        <translation>Causa Q.850 %1: %2</translation>
    </message>
    <message>
        <source>Q.850 cause values run from 1 to 127; this one is not a valid cause.</source>
        <translation>Los valores de causa Q.850 van de 1 a 127; esta no es una causa válida.</translation>
    </message>
    <message>
        <source>Normal call clearing: one side hung up and the call ended normally. It is not an error; RFC 3398 maps it to no response code (the call ends with BYE or CANCEL).</source>
        <translation>Liberación normal de la llamada: un lado colgó y la llamada terminó con normalidad. No es un error; RFC 3398 no la asigna a ningún código de respuesta (la llamada termina con BYE o CANCEL).</translation>
    </message>
    <message>
        <source>SipScope has no description of this cause.</source>
        <translation>SipScope no tiene descripción de esta causa.</translation>
    </message>
    <message>
        <source>A gateway turns it into SIP %1 %2 (RFC 3398 §7.2.4.1): %3</source>
        <translation>Una pasarela la convierte en SIP %1 %2 (RFC 3398 §7.2.4.1): %3</translation>
    </message>
    <message>
        <source>RFC 3398 maps it to %1 %2 instead when the release message carries a diagnostic (the new number).</source>
        <translation>RFC 3398 la asigna en cambio a %1 %2 cuando el mensaje de liberación lleva un diagnóstico (el nuevo número).</translation>
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
        <translation>Código de aviso fuera del registro IANA; lea el warn-text para saber qué quiso decir el emisor.</translation>
    </message>
    <message>
        <source>Not a SIP warn-code: SIP uses codes from 300 to 399 (RFC 3261 §20.43).</source>
        <translation>No es un código de aviso SIP: SIP usa códigos de 300 a 399 (RFC 3261 §20.43).</translation>
    </message>
    <message>
        <source>Text from %1: "%2"</source>
        <translation>Texto de %1: «%2»</translation>
    </message>
    <message>
        <source>Retry after %1</source>
        <translation>Reintentar al cabo de %1</translation>
    </message>
    <message>
        <source>The server says the request may be repeated right away.</source>
        <translation>El servidor indica que la solicitud se puede repetir de inmediato.</translation>
    </message>
    <message>
        <source>The server asks the client to wait %1 before trying again (RFC 3261 §20.33).</source>
        <translation>El servidor pide al cliente que espere %1 antes de volver a intentarlo (RFC 3261 §20.33).</translation>
    </message>
    <message>
        <source>The server asks the client to wait %1 (%2 s) before trying again (RFC 3261 §20.33).</source>
        <translation>El servidor pide al cliente que espere %1 (%2 s) antes de volver a intentarlo (RFC 3261 §20.33).</translation>
    </message>
    <message>
        <source>After that, it expects to be available for %1.</source>
        <translation>Después, prevé estar disponible durante %1.</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Comentario: %1</translation>
    </message>
    <message>
        <source>status line</source>
        <translation>línea de estado</translation>
    </message>
    <message>
        <source>SIP Reason header</source>
        <translation>cabecera Reason SIP</translation>
    </message>
    <message>
        <source>Q.850 Reason header</source>
        <translation>cabecera Reason Q.850</translation>
    </message>
    <message>
        <source>Warning header</source>
        <translation>cabecera Warning</translation>
    </message>
    <message>
        <source>Retry-After header</source>
        <translation>cabecera Retry-After</translation>
    </message>
    <message>
        <source>response code</source>
        <translation>código de respuesta</translation>
    </message>
    <message>
        <source>Q.850 cause</source>
        <translation>causa Q.850</translation>
    </message>
</context>
<context>
    <name>SipScope::ExporterService</name>
    <message>
        <source>The configuration cannot be read again.</source>
        <translation>No se puede volver a leer la configuración.</translation>
    </message>
    <message>
        <source>Reload failed, the previous configuration stays: %1</source>
        <translation>La recarga falló, se mantiene la configuración anterior: %1</translation>
    </message>
    <message numerus="yes">
        <source>Configuration reloaded: %n module(s)</source>
        <translation>
            <numerusform>Configuración recargada: %n módulo</numerusform>
            <numerusform>Configuración recargada: %n módulos</numerusform>
        </translation>
    </message>
    <message>
        <source>Configuration reloaded.</source>
        <translation>Configuración recargada.</translation>
    </message>
    <message>
        <source>The configuration was not reloaded, the previous one stays: %1</source>
        <translation>La configuración no se recargó, se mantiene la anterior: %1</translation>
    </message>
    <message>
        <source>Nothing here: try /probe?target=…&amp;module=…, /metrics or /.</source>
        <translation>Aquí no hay nada: pruebe /probe?target=…&amp;module=…, /metrics o /.</translation>
    </message>
    <message>
        <source>The target parameter is missing: /probe?target=sip:host&amp;module=NAME.</source>
        <translation>Falta el parámetro target: /probe?target=sip:host&amp;module=NOMBRE.</translation>
    </message>
    <message>
        <source>The module parameter is missing; the configured modules are: %1.</source>
        <translation>Falta el parámetro module; los módulos configurados son: %1.</translation>
    </message>
    <message>
        <source>Unknown module "%1"; the configured modules are: %2.</source>
        <translation>Módulo desconocido «%1»; los módulos configurados son: %2.</translation>
    </message>
    <message>
        <source>The target "%1" is not valid: %2</source>
        <translation>El destino «%1» no es válido: %2</translation>
    </message>
    <message>
        <source>The target host %1 is not in the configuration's allow list; nothing was sent.</source>
        <translation>El host de destino %1 no está en la lista allow de la configuración; no se envió nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n probe(s) are running already, the configured maximum; try again later.</source>
        <translation>
            <numerusform>Ya hay %n sondeo en curso, el máximo configurado; inténtelo más tarde.</numerusform>
            <numerusform>Ya hay %n sondeos en curso, el máximo configurado; inténtelo más tarde.</numerusform>
        </translation>
    </message>
    <message>
        <source>X-Prometheus-Scrape-Timeout-Seconds is not a positive number of seconds: "%1".</source>
        <translation>X-Prometheus-Scrape-Timeout-Seconds no es un número positivo de segundos: «%1».</translation>
    </message>
    <message>
        <source>Metrics:</source>
        <translation>Métricas:</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Módulos</translation>
    </message>
    <message>
        <source>Recent probes</source>
        <translation>Sondeos recientes</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>Depuración</translation>
    </message>
    <message>
        <source>previous answer (%1)</source>
        <translation>respuesta anterior (%1)</translation>
    </message>
    <message>
        <source>success</source>
        <translation>éxito</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>fallo</translation>
    </message>
    <message>
        <source>failure: %1</source>
        <translation>fallo: %1</translation>
    </message>
    <message>
        <source>debug</source>
        <translation>depuración</translation>
    </message>
    <message>
        <source>This path answers %1 only.</source>
        <translation>Esta ruta solo responde a %1.</translation>
    </message>
</context>
<context>
    <name>SipScope::HttpServer</name>
    <message>
        <source>The request did not arrive in time.</source>
        <translation>La petición no llegó a tiempo.</translation>
    </message>
</context>
<context>
    <name>SipScope::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Language of the interface and of the code explanations</source>
        <translation>Idioma de la interfaz y de las explicaciones de los códigos</translation>
    </message>
    <message>
        <source>System Default (%1)</source>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <source>Follow the language of the operating system</source>
        <translation>Usar el idioma del sistema operativo</translation>
    </message>
</context>
<context>
    <name>SipScope::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Find Code…</source>
        <translation>&amp;Buscar código…</translation>
    </message>
    <message>
        <source>Search the response codes</source>
        <translation>Buscar en los códigos de respuesta</translation>
    </message>
    <message>
        <source>&amp;Codes</source>
        <translation>&amp;Códigos</translation>
    </message>
    <message>
        <source>&amp;Probe</source>
        <translation>&amp;Sondeo</translation>
    </message>
    <message>
        <source>Clear Target &amp;History</source>
        <translation>Borrar el &amp;historial de destinos</translation>
    </message>
    <message>
        <source>&amp;About SipScope</source>
        <translation>&amp;Acerca de SipScope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <source>Look up SIP response codes (Ctrl+1)</source>
        <translation>Consultar códigos de respuesta SIP (Ctrl+1)</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>Sondeo</translation>
    </message>
    <message>
        <source>Send SIP OPTIONS to a server (Ctrl+2)</source>
        <translation>Enviar SIP OPTIONS a un servidor (Ctrl+2)</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>&amp;Monitor</source>
        <translation>&amp;Monitorización</translation>
    </message>
    <message>
        <source>&amp;Responder</source>
        <translation>&amp;Respondedor</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitorización</translation>
    </message>
    <message>
        <source>Watch many SIP servers at once (Ctrl+3)</source>
        <translation>Vigilar muchos servidores SIP a la vez (Ctrl+3)</translation>
    </message>
    <message>
        <source>Responder</source>
        <translation>Respondedor</translation>
    </message>
    <message>
        <source>Answer SIP requests with a chosen code (Ctrl+4)</source>
        <translation>Responder a solicitudes SIP con el código elegido (Ctrl+4)</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Idioma: %1</translation>
    </message>
</context>
<context>
    <name>SipScope::Monitor</name>
    <message>
        <source>keychain entry "%1": %2</source>
        <translation>entrada del llavero «%1»: %2</translation>
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
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>RTT</source>
        <translation>RTT</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>Certificado: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · certificate %n day(s)</source>
        <translation>
            <numerusform>%1 · certificado %n día</numerusform>
            <numerusform>%1 · certificado %n días</numerusform>
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
        <translation>Destino que añadir</translation>
    </message>
    <message>
        <source>Label (optional)</source>
        <translation>Etiqueta (opcional)</translation>
    </message>
    <message>
        <source>Label of the target</source>
        <translation>Etiqueta del destino</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>every </source>
        <translation>cada </translation>
    </message>
    <message>
        <source>Probe interval in seconds</source>
        <translation>Intervalo entre sondeos en segundos</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Filter by label, target or status</source>
        <translation>Filtrar por etiqueta, destino o estado</translation>
    </message>
    <message>
        <source>Filter targets</source>
        <translation>Filtrar destinos</translation>
    </message>
    <message>
        <source>&amp;Load…</source>
        <translation>&amp;Cargar…</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>Notificaciones de escritorio</translation>
    </message>
    <message>
        <source>Announce state changes through the system tray</source>
        <translation>Anunciar los cambios de estado en la bandeja del sistema</translation>
    </message>
    <message>
        <source>No system tray is available on this desktop</source>
        <translation>Este escritorio no dispone de bandeja del sistema</translation>
    </message>
    <message>
        <source>Monitored targets</source>
        <translation>Destinos monitorizados</translation>
    </message>
    <message>
        <source>State changes</source>
        <translation>Cambios de estado</translation>
    </message>
    <message>
        <source>State changes appear here with their time.</source>
        <translation>Los cambios de estado aparecen aquí con su hora.</translation>
    </message>
    <message numerus="yes">
        <source>Monitoring %n target(s)</source>
        <translation>
            <numerusform>Monitorizando %n destino</numerusform>
            <numerusform>Monitorizando %n destinos</numerusform>
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
            <numerusform>Se cargó %n destino</numerusform>
            <numerusform>Se cargaron %n destinos</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Load Target List</source>
        <translation>Cargar lista de destinos</translation>
    </message>
    <message>
        <source>Target lists (*.json *.txt);;All files (*)</source>
        <translation>Listas de destinos (*.json *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save Target List</source>
        <translation>Guardar lista de destinos</translation>
    </message>
    <message>
        <source>Target lists (*.json)</source>
        <translation>Listas de destinos (*.json)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Se guardó %1</translation>
    </message>
    <message>
        <source>Export Results</source>
        <translation>Exportar resultados</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Se exportó %1</translation>
    </message>
    <message>
        <source>No result yet for this target.</source>
        <translation>Aún no hay ningún resultado para este destino.</translation>
    </message>
    <message>
        <source>Last result of %1</source>
        <translation>Último resultado de %1</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Aña&amp;dir</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <source>S&amp;ave…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
</context>
<context>
    <name>SipScope::NatBindingTrial</name>
    <message>
        <source>It answered %1 %2 without accepting a %3 header.</source>
        <translation>Respondió %1 %2 sin aceptar una cabecera %3.</translation>
    </message>
    <message>
        <source>The socket closed after the answer.</source>
        <translation>El socket se cerró tras la respuesta.</translation>
    </message>
</context>
<context>
    <name>SipScope::OptionsProbe</name>
    <message>
        <source>from the URI parameter ;transport=%1</source>
        <translation>del parámetro de URI ;transport=%1</translation>
    </message>
    <message>
        <source>sips: over TCP means TLS</source>
        <translation>sips: por TCP significa TLS</translation>
    </message>
    <message>
        <source>sips: requires TLS</source>
        <translation>sips: exige TLS</translation>
    </message>
    <message>
        <source>default for sip: URIs</source>
        <translation>predeterminado para URI sip:</translation>
    </message>
    <message>
        <source>Target %1 over %2 (%3)</source>
        <translation>Destino %1 por %2 (%3)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>The probe was cancelled.</source>
        <translation>El sondeo se canceló.</translation>
    </message>
    <message>
        <source>Check the spelling of the name and the DNS server.</source>
        <translation>Compruebe la ortografía del nombre y el servidor DNS.</translation>
    </message>
    <message>
        <source>from the SRV record %1 (priority %2, weight %3)</source>
        <translation>del registro SRV %1 (prioridad %2, peso %3)</translation>
    </message>
    <message>
        <source>RFC 3263 §4.1 for this URI</source>
        <translation>RFC 3263 §4.1 para este URI</translation>
    </message>
    <message>
        <source>Trying %1</source>
        <translation>Probando %1</translation>
    </message>
    <message>
        <source>(%1 from SRV %2)</source>
        <translation>(%1 del SRV %2)</translation>
    </message>
    <message>
        <source>(an address of %1)</source>
        <translation>(una dirección de %1)</translation>
    </message>
    <message>
        <source>— target %1 of %2</source>
        <translation>— destino %1 de %2</translation>
    </message>
    <message>
        <source>The %1 transport is not supported yet; use UDP, TCP or TLS.</source>
        <translation>El transporte %1 aún no es compatible; use UDP, TCP o TLS.</translation>
    </message>
    <message>
        <source>Local address %1</source>
        <translation>Dirección local %1</translation>
    </message>
    <message>
        <source>%1 failed (%2): %3 Trying the next target (RFC 3263 §4.3).</source>
        <translation>%1 falló (%2): %3 Se prueba el siguiente destino (RFC 3263 §4.3).</translation>
    </message>
    <message>
        <source>None of the %1 targets could be used; the one that got furthest failed: %2</source>
        <translation>No se pudo usar ninguno de los %1 destinos; el que llegó más lejos falló: %2</translation>
    </message>
    <message>
        <source>Reconnecting to send the answer</source>
        <translation>Reconectando para enviar la respuesta al desafío</translation>
    </message>
    <message>
        <source>Sent OPTIONS to %1 (%2 bytes)</source>
        <translation>OPTIONS enviado a %1 (%2 bytes)</translation>
    </message>
    <message>
        <source>Retransmission %1 (Timer E)</source>
        <translation>Retransmisión %1 (Timer E)</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>Ignored %1: %2</source>
        <translation>Se ignoró %1: %2</translation>
    </message>
    <message>
        <source>Timer F expired after %1 s</source>
        <translation>Timer F venció al cabo de %1 s</translation>
    </message>
    <message>
        <source>No final response from %1 within %2 s over %3: the server accepted the connection but did not answer.</source>
        <translation>Ninguna respuesta final de %1 en %2 s por %3: el servidor aceptó la conexión pero no respondió.</translation>
    </message>
    <message numerus="yes">
        <source>No final response from %1 within %2 s (%n retransmission(s)): a firewall may drop the packets, or nothing answers SIP there.</source>
        <translation>
            <numerusform>Ninguna respuesta final de %1 en %2 s (%n retransmisión): puede que un firewall descarte los paquetes o que nada responda a SIP ahí.</numerusform>
            <numerusform>Ninguna respuesta final de %1 en %2 s (%n retransmisiones): puede que un firewall descarte los paquetes o que nada responda a SIP ahí.</numerusform>
        </translation>
    </message>
    <message>
        <source>Received %1 %2</source>
        <translation>Se recibió %1 %2</translation>
    </message>
    <message>
        <source>No resolution: the target %1 was given</source>
        <translation>Sin resolución: se indicó el destino %1</translation>
    </message>
    <message>
        <source>%1 Sending the answer again over a new connection.</source>
        <translation>%1 Se vuelve a enviar la respuesta por una conexión nueva.</translation>
    </message>
    <message>
        <source>chosen explicitly</source>
        <translation>elegido explícitamente</translation>
    </message>
    <message>
        <source>Keep-alive pings cancelled</source>
        <translation>Pings de keep-alive cancelados</translation>
    </message>
    <message>
        <source>Keep-alive ping %1: pong after %2 ms</source>
        <translation>Ping de keep-alive %1: pong tras %2 ms</translation>
    </message>
    <message>
        <source>Keep-alive ping %1: no pong</source>
        <translation>Ping de keep-alive %1: sin pong</translation>
    </message>
    <message>
        <source>from the NAPTR record %1 and the SRV record %2 (priority %3, weight %4)</source>
        <translation>según el registro NAPTR %1 y el registro SRV %2 (prioridad %3, peso %4)</translation>
    </message>
</context>
<context>
    <name>SipScope::ProbeAuthenticator</name>
    <message>
        <source>Challenge in %1 %2: %3</source>
        <translation>Desafío en %1 %2: %3</translation>
    </message>
    <message>
        <source>The server asks for authentication (%1); give a user name and a password to answer it.</source>
        <translation>El servidor pide autenticación (%1); indique un nombre de usuario y una contraseña para responder.</translation>
    </message>
    <message>
        <source>The server asks for authentication (%1), but with no challenge SipScope can answer: %2</source>
        <translation>El servidor pide autenticación (%1), pero sin ningún desafío al que SipScope pueda responder: %2</translation>
    </message>
    <message>
        <source>Credentials rejected: the server answered our authenticated request with %1 again. Check the user name, the authentication user name and the password.</source>
        <translation>Credenciales rechazadas: el servidor volvió a responder %1 a nuestra solicitud autenticada. Compruebe el nombre de usuario, el nombre de usuario de autenticación y la contraseña.</translation>
    </message>
    <message>
        <source>Credentials rejected: the server kept challenging (%1) after %2 requests.</source>
        <translation>Credenciales rechazadas: el servidor siguió enviando desafíos (%1) después de %2 solicitudes.</translation>
    </message>
    <message>
        <source>Answering as "%1" with %2</source>
        <translation>Respondiendo como «%1» con %2</translation>
    </message>
    <message>
        <source>(the nonce was stale: one fresh try)</source>
        <translation>(el nonce había caducado: un nuevo intento)</translation>
    </message>
    <message>
        <source>in a new request: CSeq %1, same Call-ID and From tag, new branch</source>
        <translation>en una nueva solicitud: CSeq %1, mismo Call-ID y misma etiqueta From, nueva branch</translation>
    </message>
</context>
<context>
    <name>SipScope::ProbeDetailTabs</name>
    <message>
        <source>Raw messages copied</source>
        <translation>Mensajes en bruto copiados</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Cabeceras</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>En bruto</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Probe details</source>
        <translation>Detalles del sondeo</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Cabecera</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Cabeceras de la respuesta</translation>
    </message>
    <message>
        <source>Raw request and response</source>
        <translation>Solicitud y respuesta en bruto</translation>
    </message>
    <message>
        <source>Copy raw</source>
        <translation>Copiar en bruto</translation>
    </message>
    <message>
        <source>Copy the raw messages</source>
        <translation>Copiar los mensajes en bruto</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Timeline of the transaction</source>
        <translation>Cronología de la transacción</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>The request and the response appear here after a probe.</source>
        <translation>La solicitud y la respuesta aparecen aquí después de un sondeo.</translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>Solicitud enviada</translation>
    </message>
    <message>
        <source>Response received</source>
        <translation>Respuesta recibida</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
</context>
<context>
    <name>SipScope::ProbeDiagnostics</name>
    <message>
        <source>All targets</source>
        <translation>Todos los destinos</translation>
    </message>
    <message>
        <source>Probe &amp;All Targets</source>
        <translation>Sondear &amp;todos los destinos</translation>
    </message>
    <message>
        <source>Also probe every server behind the name at once (each SRV target and address)</source>
        <translation>Sondear también a la vez todos los servidores detrás del nombre (cada destino SRV y cada dirección)</translation>
    </message>
    <message>
        <source>Trace &amp;Route…</source>
        <translation>Trazar &amp;ruta…</translation>
    </message>
    <message>
        <source>Follow the SIP path to the target hop by hop (Max-Forwards 0, 1, 2 …)</source>
        <translation>Seguir la ruta SIP hasta el destino salto a salto (Max-Forwards 0, 1, 2 …)</translation>
    </message>
    <message>
        <source>IPv4 / IPv6</source>
        <translation>IPv4 / IPv6</translation>
    </message>
    <message>
        <source>Probe &amp;IPv4 and IPv6 Separately</source>
        <translation>Sondear &amp;IPv4 e IPv6 por separado</translation>
    </message>
    <message>
        <source>Also probe the target once over IPv4 only and once over IPv6 only, and say which works (e.g. IPv6 broken, IPv4 fine)</source>
        <translation>Sondear también el destino una vez solo por IPv4 y una vez solo por IPv6, e indicar qué funciona (p. ej., IPv6 averiado, IPv4 correcto)</translation>
    </message>
</context>
<context>
    <name>SipScope::ProbeForm</name>
    <message>
        <source>CA certificate</source>
        <translation>Certificado de CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;Send Probe</source>
        <translation>&amp;Enviar sondeo</translation>
    </message>
    <message>
        <source>Send SIP OPTIONS to the target (Enter in the target field)</source>
        <translation>Enviar SIP OPTIONS al destino (Intro en el campo de destino)</translation>
    </message>
    <message>
        <source>S&amp;top Probe</source>
        <translation>&amp;Detener sondeo</translation>
    </message>
    <message>
        <source>sip:pbx.example.com, 192.0.2.10:5060, [2001:db8::1]</source>
        <translation>sip:pbx.example.com, 192.0.2.10:5060, [2001:db8::1]</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>A host, host:port or SIP URI; earlier targets are in the drop-down</source>
        <translation>Un host, host:puerto o URI SIP; los destinos anteriores están en la lista desplegable</translation>
    </message>
    <message>
        <source>T&amp;ransport:</source>
        <translation>T&amp;ransporte:</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>Auto follows the URI: ;transport=, sips: means TLS, otherwise UDP</source>
        <translation>Automático sigue el URI: ;transport=, sips: significa TLS; si no, UDP</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>T&amp;iempo de espera:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Tiempo de espera en segundos</translation>
    </message>
    <message>
        <source>How long to wait for a final response (Timer F)</source>
        <translation>Cuánto esperar una respuesta final (Timer F)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Sondear</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Probe running</source>
        <translation>Sondeo en curso</translation>
    </message>
    <message>
        <source>Repeat mode</source>
        <translation>Modo de repetición</translation>
    </message>
    <message>
        <source>Send several probes one after the other and collect statistics</source>
        <translation>Enviar varios sondeos uno tras otro y recopilar estadísticas</translation>
    </message>
    <message>
        <source>Co&amp;unt:</source>
        <translation>Ca&amp;ntidad:</translation>
    </message>
    <message>
        <source>Number of probes</source>
        <translation>Número de sondeos</translation>
    </message>
    <message>
        <source>Interval between probes in seconds</source>
        <translation>Intervalo entre sondeos en segundos</translation>
    </message>
    <message>
        <source>Authentication and TLS</source>
        <translation>Autenticación y TLS</translation>
    </message>
    <message>
        <source>Show authentication and TLS options</source>
        <translation>Mostrar las opciones de autenticación y TLS</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Remember</source>
        <translation>Recordar</translation>
    </message>
    <message>
        <source>Remember the password</source>
        <translation>Recordar la contraseña</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>Archivo de CA:</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Archivo de certificado de CA</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>Elegir un archivo de certificado de CA</translation>
    </message>
    <message>
        <source>Allow insecure</source>
        <translation>Permitir conexión no segura</translation>
    </message>
    <message>
        <source>Allow an unverified TLS certificate</source>
        <translation>Permitir un certificado TLS no verificado</translation>
    </message>
    <message>
        <source>Answer a 401/407 digest challenge as this user (also the From user)</source>
        <translation>Responder a un desafío Digest 401/407 como este usuario (también es el usuario de From)</translation>
    </message>
    <message>
        <source>TLS: also trust the CA certificates in this PEM file</source>
        <translation>TLS: confiar además en los certificados de CA de este archivo PEM</translation>
    </message>
    <message>
        <source>TLS: go on when the certificate cannot be verified; the result says so</source>
        <translation>TLS: continuar aunque no se pueda verificar el certificado; el resultado lo indica</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>&amp;Destino:</translation>
    </message>
    <message>
        <source>Repe&amp;at</source>
        <translation>Re&amp;petir</translation>
    </message>
    <message>
        <source>Ever&amp;y:</source>
        <translation>&amp;Cada:</translation>
    </message>
    <message>
        <source>Send 3 keep-alive pings after the answer</source>
        <translation>Enviar 3 pings de keep-alive tras la respuesta</translation>
    </message>
    <message>
        <source>Send keep-alive pings after the answer</source>
        <translation>Enviar pings de keep-alive tras la respuesta</translation>
    </message>
    <message>
        <source>TCP and TLS: a double CRLF, answered by a CRLF pong (RFC 5626); WebSocket: a Ping frame. The result shows each pong's round trip, or that none came.</source>
        <translation>TCP y TLS: un doble CRLF, al que responde un pong CRLF (RFC 5626); WebSocket: una trama Ping. El resultado muestra el tiempo de ida y vuelta de cada pong, o que no llegó ninguno.</translation>
    </message>
    <message>
        <source>DNS server:</source>
        <translation>Servidor DNS:</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>Servidor DNS</translation>
    </message>
    <message>
        <source>system</source>
        <translation>sistema</translation>
    </message>
    <message>
        <source>Ask this DNS server (NAPTR, SRV, A, AAAA) instead of the system's, e.g. 127.0.0.1:5353 or [::1]:53</source>
        <translation>Consultar este servidor DNS (NAPTR, SRV, A, AAAA) en lugar del del sistema, p. ej. 127.0.0.1:5353 o [::1]:53</translation>
    </message>
    <message>
        <source>Used only to answer the challenge; never shown or logged, and saved only in the system keychain when Remember is ticked</source>
        <translation>Se usa solo para responder al desafío; nunca se muestra ni se registra, y solo se guarda en el llavero del sistema si «Recordar» está marcado</translation>
    </message>
    <message>
        <source>Keychain status</source>
        <translation>Estado del llavero</translation>
    </message>
</context>
<context>
    <name>SipScope::ProbeView</name>
    <message>
        <source>Repeat</source>
        <translation>Repetición</translation>
    </message>
    <message>
        <source>Repeat series</source>
        <translation>Serie de repetición</translation>
    </message>
    <message>
        <source>Enter a target first, e.g. sip:pbx.example.com</source>
        <translation>Introduzca primero un destino, p. ej. sip:pbx.example.com</translation>
    </message>
    <message>
        <source>Target history cleared</source>
        <translation>Historial de destinos borrado</translation>
    </message>
    <message>
        <source>Probe %1 of %2…</source>
        <translation>Sondeo %1 de %2…</translation>
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
        <translation>Causa Q.850 %1</translation>
    </message>
    <message>
        <source>Q.850 cause %1 (%2)</source>
        <translation>Causa Q.850 %1 (%2)</translation>
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
        <translation>Warning %1 no es un warn-code registrado (RFC 3261 §20.43 va de 300 a 399).</translation>
    </message>
</context>
<context>
    <name>SipScope::RememberedPassword</name>
    <message>
        <source>No keychain is connected: the password is not saved.</source>
        <translation>No hay ningún llavero conectado: la contraseña no se guarda.</translation>
    </message>
    <message>
        <source>Passwords are only ever kept in the system keychain, which cannot be used here: %1 The password is not saved.</source>
        <translation>Las contraseñas solo se guardan en el llavero del sistema, que aquí no se puede usar: %1 La contraseña no se guarda.</translation>
    </message>
    <message>
        <source>Keep the password in the system keychain under user@host, where sipscope-cli credentials and the monitor find it too. Unticking it offers to delete the saved password. Keychain: %1.</source>
        <translation>Guardar la contraseña en el llavero del sistema como usuario@host, donde también la encuentran sipscope-cli credentials y el monitor. Al desmarcarlo se ofrece eliminar la contraseña guardada. Llavero: %1.</translation>
    </message>
    <message>
        <source>Password for %1 filled in from the keychain.</source>
        <translation>Contraseña de %1 tomada del llavero.</translation>
    </message>
    <message>
        <source>A password is saved for %1; sending saves the one typed instead.</source>
        <translation>Hay una contraseña guardada para %1; al enviar se guarda en su lugar la escrita.</translation>
    </message>
    <message>
        <source>Saved passwords cannot be looked up: %1</source>
        <translation>No se pueden consultar las contraseñas guardadas: %1</translation>
    </message>
    <message>
        <source>To remember the password, enter a user name and a target: it is saved for that user on that server.</source>
        <translation>Para recordar la contraseña, escriba un nombre de usuario y un destino: se guarda para ese usuario en ese servidor.</translation>
    </message>
    <message>
        <source>Password saved in the keychain as %1.</source>
        <translation>Contraseña guardada en el llavero como %1.</translation>
    </message>
    <message>
        <source>The password was not saved: %1 The probe was sent all the same.</source>
        <translation>La contraseña no se guardó: %1 El sondeo se envió de todos modos.</translation>
    </message>
    <message>
        <source>The password will be saved in the keychain as %1 when the probe is sent.</source>
        <translation>La contraseña se guardará en el llavero como %1 al enviar el sondeo.</translation>
    </message>
    <message>
        <source>Forget Password</source>
        <translation>Olvidar contraseña</translation>
    </message>
    <message>
        <source>Forget the password saved for %1?</source>
        <translation>¿Olvidar la contraseña guardada para %1?</translation>
    </message>
    <message>
        <source>It is deleted from the system keychain; sipscope-cli and monitor targets with credentials=keychain:%1 no longer find it.</source>
        <translation>Se elimina del llavero del sistema; sipscope-cli y los destinos del monitor con credentials=keychain:%1 ya no la encuentran.</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Olvidar</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Conservar</translation>
    </message>
    <message>
        <source>The password saved for %1 was deleted from the keychain.</source>
        <translation>La contraseña guardada para %1 se eliminó del llavero.</translation>
    </message>
    <message>
        <source>The password saved for %1 could not be deleted: %2</source>
        <translation>No se pudo eliminar la contraseña guardada para %1: %2</translation>
    </message>
    <message>
        <source>no system keychain is running — on this system that is the %1.</source>
        <translation>no hay ningún llavero del sistema en ejecución; en este sistema es el servicio %1.</translation>
    </message>
</context>
<context>
    <name>SipScope::RepeatPanel</name>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>RTT</source>
        <translation>RTT</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Remoto</translation>
    </message>
    <message>
        <source>Probes of the series</source>
        <translation>Sondeos de la serie</translation>
    </message>
    <message>
        <source>Series statistics</source>
        <translation>Estadísticas de la serie</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export the series as CSV</source>
        <translation>Exportar la serie como CSV</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Exportar JSON…</translation>
    </message>
    <message>
        <source>Export the series as JSON</source>
        <translation>Exportar la serie como JSON</translation>
    </message>
    <message>
        <source>%1 sent, %2 answered, %3% loss</source>
        <translation>%1 enviados, %2 respondidos, %3 % de pérdida</translation>
    </message>
    <message>
        <source>rtt: no answers</source>
        <translation>rtt: sin respuestas</translation>
    </message>
    <message>
        <source>rtt min/avg/max/mdev = %1/%2/%3/%4 ms</source>
        <translation>rtt mín/media/máx/desv = %1/%2/%3/%4 ms</translation>
    </message>
    <message>
        <source>(as if %1)</source>
        <translation>(como si fuera %1)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Tick “Repeat” beside Send to probe a target several times.</source>
        <translation>Marque «Repetir» junto a Enviar para sondear un destino varias veces.</translation>
    </message>
    <message>
        <source>Outcomes: %1</source>
        <translation>Resultados: %1</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export series</source>
        <translation>Exportar serie</translation>
    </message>
    <message>
        <source>Series saved to %1</source>
        <translation>Serie guardada en %1</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
</context>
<context>
    <name>SipScope::Resolver</name>
    <message>
        <source>no records.</source>
        <translation>no hay registros.</translation>
    </message>
    <message>
        <source>the name does not exist.</source>
        <translation>el nombre no existe.</translation>
    </message>
    <message>
        <source>no answer from DNS.</source>
        <translation>no hay respuesta del DNS.</translation>
    </message>
    <message>
        <source>the DNS server failed to answer.</source>
        <translation>el servidor DNS no pudo responder.</translation>
    </message>
    <message>
        <source>the lookup failed.</source>
        <translation>la consulta falló.</translation>
    </message>
    <message>
        <source>There is no host name to resolve.</source>
        <translation>No hay ningún nombre de host que resolver.</translation>
    </message>
    <message>
        <source>A sips: URI needs TLS; it cannot be sent over UDP (RFC 3261 §26.2.2).</source>
        <translation>Un URI sips: necesita TLS; no se puede enviar por UDP (RFC 3261 §26.2.2).</translation>
    </message>
    <message>
        <source>TLS: a sips: URI over TCP means TLS (RFC 3261 §26.2.2).</source>
        <translation>TLS: un URI sips: por TCP significa TLS (RFC 3261 §26.2.2).</translation>
    </message>
    <message>
        <source>WSS: a sips: URI over WebSocket means secure WebSocket.</source>
        <translation>WSS: un URI sips: por WebSocket significa WebSocket seguro.</translation>
    </message>
    <message>
        <source>%1: the transport was given explicitly.</source>
        <translation>%1: el transporte se indicó explícitamente.</translation>
    </message>
    <message>
        <source>TLS: a sips: URI without a transport parameter uses TLS (RFC 3263 §4.1).</source>
        <translation>TLS: un URI sips: sin parámetro transport usa TLS (RFC 3263 §4.1).</translation>
    </message>
    <message>
        <source>UDP: a sip: URI without a transport parameter uses UDP (RFC 3263 §4.1).</source>
        <translation>UDP: un URI sip: sin parámetro transport usa UDP (RFC 3263 §4.1).</translation>
    </message>
    <message>
        <source>A port is given, so there is no SRV lookup (RFC 3263 §4.2).</source>
        <translation>Se indica un puerto, así que no hay consulta SRV (RFC 3263 §4.2).</translation>
    </message>
    <message>
        <source>WebSocket servers have no SRV records (RFC 7118).</source>
        <translation>Los servidores WebSocket no tienen registros SRV (RFC 7118).</translation>
    </message>
    <message>
        <source>UDP or TCP, as the SRV records of %1 offer them (UDP first); UDP when there are none (RFC 3263 §4.1).</source>
        <translation>UDP o TCP, según los ofrezcan los registros SRV de %1 (UDP primero); UDP si no hay ninguno (RFC 3263 §4.1).</translation>
    </message>
    <message>
        <source>%1 is an address of the IP version that was excluded.</source>
        <translation>%1 es una dirección de la versión de IP que se excluyó.</translation>
    </message>
    <message>
        <source>%1 is an IP address: no DNS lookup (RFC 3263 §4.2).</source>
        <translation>%1 es una dirección IP: sin consulta DNS (RFC 3263 §4.2).</translation>
    </message>
    <message>
        <source>Looking up SRV records of %1.</source>
        <translation>Consultando los registros SRV de %1.</translation>
    </message>
    <message>
        <source>SRV %1: %2 (priority weight port target, in the order to try).</source>
        <translation>SRV %1: %2 (prioridad peso puerto destino, en el orden en que se prueban).</translation>
    </message>
    <message>
        <source>SRV %1: %2</source>
        <translation>SRV %1: %2</translation>
    </message>
    <message>
        <source>No SRV records: using the addresses of %1 on port %2 over %3 (RFC 3263 §4.2).</source>
        <translation>No hay registros SRV: se usan las direcciones de %1 en el puerto %2 por %3 (RFC 3263 §4.2).</translation>
    </message>
    <message>
        <source>%1 declares that it offers no SIP service: its SRV target is "." (RFC 2782).</source>
        <translation>%1 declara que no ofrece ningún servicio SIP: su destino SRV es «.» (RFC 2782).</translation>
    </message>
    <message>
        <source>Looking up the addresses of %1.</source>
        <translation>Consultando las direcciones de %1.</translation>
    </message>
    <message>
        <source>None of the SRV targets of %1 exists.</source>
        <translation>No existe ninguno de los destinos SRV de %1.</translation>
    </message>
    <message>
        <source>DNS did not answer for the SRV targets of %1.</source>
        <translation>El DNS no respondió para los destinos SRV de %1.</translation>
    </message>
    <message>
        <source>The SRV targets of %1 have no usable address.</source>
        <translation>Los destinos SRV de %1 no tienen ninguna dirección utilizable.</translation>
    </message>
    <message>
        <source>The name %1 does not exist.</source>
        <translation>El nombre %1 no existe.</translation>
    </message>
    <message>
        <source>DNS did not answer for %1.</source>
        <translation>El DNS no respondió para %1.</translation>
    </message>
    <message>
        <source>%1 has no usable address.</source>
        <translation>%1 no tiene ninguna dirección utilizable.</translation>
    </message>
    <message>
        <source>no answer for %1 within %2 ms</source>
        <translation>sin respuesta para %1 en %2 ms</translation>
    </message>
    <message>
        <source>%1 has the address(es) %2.</source>
        <translation>%1 tiene la(s) dirección(es) %2.</translation>
    </message>
    <message>
        <source>%1 has only addresses of the excluded IP version (%2).</source>
        <translation>%1 solo tiene direcciones de la versión de IP excluida (%2).</translation>
    </message>
    <message>
        <source>Addresses of %1: %2</source>
        <translation>Direcciones de %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) to try: %1.</source>
        <translation>
            <numerusform>%n destino que probar: %1.</numerusform>
            <numerusform>%n destinos que probar: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>this DNS backend cannot ask for NAPTR records</source>
        <translation>este motor DNS no puede consultar registros NAPTR</translation>
    </message>
    <message>
        <source>not a SIP service</source>
        <translation>no es un servicio SIP</translation>
    </message>
    <message>
        <source>a sips: URI uses only SIPS services (RFC 3263 §4.1)</source>
        <translation>un URI sips: solo usa servicios SIPS (RFC 3263 §4.1)</translation>
    </message>
    <message>
        <source>the transport is set to %1</source>
        <translation>el transporte está fijado en %1</translation>
    </message>
    <message>
        <source>the flag is "%1"; SIP uses "s", an SRV lookup (RFC 3263 §4.1)</source>
        <translation>el indicador es «%1»; SIP usa «s», una consulta SRV (RFC 3263 §4.1)</translation>
    </message>
    <message>
        <source>it has a regular expression; SIP's records have none, only a replacement (RFC 3263 §4.1)</source>
        <translation>tiene una expresión regular; los de SIP no la tienen, solo un reemplazo (RFC 3263 §4.1)</translation>
    </message>
    <message>
        <source>it has no replacement (SRV name)</source>
        <translation>no tiene reemplazo (nombre SRV)</translation>
    </message>
    <message>
        <source>the same as an earlier record</source>
        <translation>igual que un registro anterior</translation>
    </message>
    <message>
        <source>NAPTR records are not asked for a localhost name (RFC 6761 §6.3): starting with SRV.</source>
        <translation>No se consultan registros NAPTR para un nombre localhost (RFC 6761 §6.3): se empieza por SRV.</translation>
    </message>
    <message>
        <source>Looking up NAPTR records of %1 (RFC 3263 §4.1).</source>
        <translation>Consultando los registros NAPTR de %1 (RFC 3263 §4.1).</translation>
    </message>
    <message>
        <source>NAPTR records are not looked up (%1): starting with SRV (RFC 3263 §4.1).</source>
        <translation>No se consultan los registros NAPTR (%1): se empieza por SRV (RFC 3263 §4.1).</translation>
    </message>
    <message>
        <source>NAPTR %1: %2 SRV next (RFC 3263 §4.1).</source>
        <translation>NAPTR %1: %2 A continuación, SRV (RFC 3263 §4.1).</translation>
    </message>
    <message>
        <source>NAPTR %1: %2 (order preference flags services regexp replacement).</source>
        <translation>NAPTR %1: %2 (orden preferencia indicadores servicios regexp reemplazo).</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>No NAPTR record is usable here: %1. SRV as without NAPTR (RFC 3263 §4.1).</source>
        <translation>Ningún registro NAPTR es utilizable aquí: %1. SRV como sin NAPTR (RFC 3263 §4.1).</translation>
    </message>
    <message>
        <source>%1 → SRV %2 (%3)</source>
        <translation>%1 → SRV %2 (%3)</translation>
    </message>
    <message>
        <source>Following the NAPTR records in order: %1.</source>
        <translation>Se siguen los registros NAPTR por orden: %1.</translation>
    </message>
    <message>
        <source>Not followed: %1.</source>
        <translation>No seguidos: %1.</translation>
    </message>
    <message>
        <source>as the NAPTR records of %1 offer it (RFC 3263 §4.1).</source>
        <translation>según los ofrecen los registros NAPTR de %1 (RFC 3263 §4.1).</translation>
    </message>
</context>
<context>
    <name>SipScope::Responder</name>
    <message>
        <source>Not a SIP message: %1</source>
        <translation>No es un mensaje SIP: %1</translation>
    </message>
    <message>
        <source>A %1 response: the responder sends no requests, so it has nothing to match.</source>
        <translation>Una respuesta %1: el respondedor no envía solicitudes, así que no tiene nada con qué asociarla.</translation>
    </message>
    <message>
        <source>No usable Via header: there is nowhere to send an answer.</source>
        <translation>No hay ninguna cabecera Via utilizable: no hay adónde enviar una respuesta.</translation>
    </message>
    <message>
        <source>ACK of our %1: the INVITE transaction is confirmed.</source>
        <translation>ACK de nuestra %1: la transacción INVITE está confirmada.</translation>
    </message>
    <message>
        <source>ACK without a matching INVITE transaction, absorbed.</source>
        <translation>ACK sin una transacción INVITE correspondiente; se absorbe.</translation>
    </message>
    <message>
        <source>Retransmission absorbed: the answer is not ready yet.</source>
        <translation>Retransmisión absorbida: la respuesta aún no está lista.</translation>
    </message>
    <message>
        <source>Retransmission: the last answer (%1) was sent again.</source>
        <translation>Retransmisión: se volvió a enviar la última respuesta (%1).</translation>
    </message>
    <message>
        <source>The CSeq method does not match the request method.</source>
        <translation>El método de CSeq no coincide con el método de la solicitud.</translation>
    </message>
    <message>
        <source>Missing header(s): %1</source>
        <translation>Faltan cabeceras: %1</translation>
    </message>
    <message>
        <source>No ACK for the %1 to the INVITE from %2 within 64·T1 (Timer H).</source>
        <translation>No llegó ningún ACK para la %1 al INVITE de %2 en 64·T1 (Timer H).</translation>
    </message>
    <message>
        <source>A %1 to INVITE needs a media session, which the responder does not have: answered 488 instead.</source>
        <translation>Una %1 a INVITE necesita una sesión multimedia, que el respondedor no tiene: se respondió 488 en su lugar.</translation>
    </message>
    <message>
        <source>CANCEL without a matching INVITE: 481.</source>
        <translation>CANCEL sin un INVITE correspondiente: 481.</translation>
    </message>
    <message>
        <source>CANCEL: 200 to it, 487 to its INVITE.</source>
        <translation>CANCEL: 200 a él, 487 a su INVITE.</translation>
    </message>
    <message>
        <source>CANCEL after the INVITE was answered: 200, no effect.</source>
        <translation>CANCEL después de que se respondiera al INVITE: 200, sin efecto.</translation>
    </message>
    <message>
        <source>Mirrored %1 of %2 bytes: the rest does not fit in an answer of %3 bytes.</source>
        <translation>%1 de %2 bytes devueltos en espejo: el resto no cabe en una respuesta de %3 bytes.</translation>
    </message>
    <message>
        <source>Mirrored the request (%1 bytes) and the source %2.</source>
        <translation>Solicitud (%1 bytes) y origen %2 devueltos en espejo.</translation>
    </message>
</context>
<context>
    <name>SipScope::ResponderCallBacks</name>
    <message>
        <source>Call-back for %1 refused: %2 call-backs are already waiting.</source>
        <translation>Retrollamada para %1 rechazada: ya hay %2 retrollamadas en espera.</translation>
    </message>
    <message>
        <source>Call-back to %1 after %2 s: no answer.</source>
        <translation>Retrollamada a %1 tras %2 s: sin respuesta.</translation>
    </message>
    <message>
        <source>Call-back OPTIONS sent to %1 after %2 s.</source>
        <translation>OPTIONS de retrollamada enviado a %1 tras %2 s.</translation>
    </message>
    <message>
        <source>Call-back to %1 answered %2 %3.</source>
        <translation>Retrollamada a %1 respondida con %2 %3.</translation>
    </message>
</context>
<context>
    <name>SipScope::ResponderListener</name>
    <message>
        <source>no PEM private key (RSA, EC or DSA) without a passphrase</source>
        <translation>no hay ninguna clave privada PEM (RSA, EC o DSA) sin frase de contraseña</translation>
    </message>
    <message>
        <source>Cannot listen on UDP %1: %2</source>
        <translation>No se puede escuchar en UDP %1: %2</translation>
    </message>
    <message>
        <source>No PEM certificate could be read from %1.</source>
        <translation>No se pudo leer ningún certificado PEM de %1.</translation>
    </message>
    <message>
        <source>The private key %1 cannot be used: %2</source>
        <translation>No se puede usar la clave privada %1: %2</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>Falló el handshake TLS con %1: %2</translation>
    </message>
    <message>
        <source>Cannot listen on %1 %2: %3</source>
        <translation>No se puede escuchar en %1 %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Refused the connection from %1: already %n connection(s) open.</source>
        <translation>
            <numerusform>Se rechazó la conexión de %1: ya hay %n conexión abierta.</numerusform>
            <numerusform>Se rechazó la conexión de %1: ya hay %n conexiones abiertas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed the idle connection from %1.</source>
        <translation>Se cerró la conexión inactiva de %1.</translation>
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation>%1 cerró la conexión.</translation>
    </message>
    <message>
        <source>Accepted a %1 connection from %2.</source>
        <translation>Se aceptó una conexión %1 de %2.</translation>
    </message>
    <message numerus="yes">
        <source>More than %n byte(s) without a complete message.</source>
        <translation>
            <numerusform>Más de %n byte sin un mensaje completo.</numerusform>
            <numerusform>Más de %n bytes sin un mensaje completo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed the connection from %1 after bytes that are not SIP.</source>
        <translation>Se cerró la conexión de %1 tras recibir bytes que no son SIP.</translation>
    </message>
    <message>
        <source>Closed the connection from %1: it does not read its answers.</source>
        <translation>Se cerró la conexión de %1: no lee sus respuestas.</translation>
    </message>
</context>
<context>
    <name>SipScope::ResponderView</name>
    <message>
        <source>Listen on:</source>
        <translation>Escuchar en:</translation>
    </message>
    <message>
        <source>port</source>
        <translation>puerto</translation>
    </message>
    <message>
        <source>over</source>
        <translation>por</translation>
    </message>
    <message>
        <source>TLS:</source>
        <translation>TLS:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Respuesta:</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <source>Extra headers:</source>
        <translation>Cabeceras adicionales:</translation>
    </message>
    <message>
        <source>Delay:</source>
        <translation>Retardo:</translation>
    </message>
    <message>
        <source>then first:</source>
        <translation>y antes:</translation>
    </message>
    <message>
        <source>All interfaces</source>
        <translation>Todas las interfaces</translation>
    </message>
    <message>
        <source>Listen on every network interface instead of this address</source>
        <translation>Escuchar en todas las interfaces de red en lugar de en esta dirección</translation>
    </message>
    <message>
        <source>Listen address</source>
        <translation>Dirección de escucha</translation>
    </message>
    <message>
        <source>Listen port</source>
        <translation>Puerto de escucha</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>Certificate file (PEM)</source>
        <translation>Archivo de certificado (PEM)</translation>
    </message>
    <message>
        <source>Private key file (PEM)</source>
        <translation>Archivo de clave privada (PEM)</translation>
    </message>
    <message>
        <source>Response code</source>
        <translation>Código de respuesta</translation>
    </message>
    <message>
        <source>Pick a code from the catalog or type any code from 200 to 699</source>
        <translation>Elija un código del catálogo o escriba cualquier código de 200 a 699</translation>
    </message>
    <message>
        <source>Reason phrase (default: the registered one)</source>
        <translation>Frase de motivo (predeterminada: la registrada)</translation>
    </message>
    <message>
        <source>Reason phrase</source>
        <translation>Frase de motivo</translation>
    </message>
    <message>
        <source>One header a line, e.g. Retry-After: 30</source>
        <translation>Una cabecera por línea, p. ej. Retry-After: 30</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>Cabeceras adicionales</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Delay before the final response</source>
        <translation>Retardo antes de la respuesta final</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Incoming requests</source>
        <translation>Solicitudes entrantes</translation>
    </message>
    <message>
        <source>Raw request</source>
        <translation>Solicitud en bruto</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>"%1" is not a response code.</source>
        <translation>«%1» no es un código de respuesta.</translation>
    </message>
    <message>
        <source>Listening on %1 %2, answering %3 %4.</source>
        <translation>Escuchando en %1 %2; se responde %3 %4.</translation>
    </message>
    <message>
        <source>TLS certificate file</source>
        <translation>Archivo de certificado TLS</translation>
    </message>
    <message>
        <source>TLS private key file</source>
        <translation>Archivo de clave privada TLS</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <source>Rate limit:</source>
        <translation>Límite de tasa:</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source> requests/s per source</source>
        <translation> solicitudes/s por origen</translation>
    </message>
    <message>
        <source>Rate limit per source address</source>
        <translation>Límite de tasa por dirección de origen</translation>
    </message>
    <message>
        <source>Requests over this rate from one address are dropped unanswered</source>
        <translation>Las solicitudes de una dirección por encima de esta tasa se descartan sin respuesta</translation>
    </message>
    <message>
        <source>Responder counters</source>
        <translation>Contadores del respondedor</translation>
    </message>
    <message>
        <source>&amp;Mirror OPTIONS (SIP ALG test)</source>
        <translation>Devolver OPTIONS en espe&amp;jo (prueba de SIP ALG)</translation>
    </message>
    <message>
        <source>Answer OPTIONS with 200 carrying the request as received and the source address it came from, so that a probe can see what a SIP ALG or NAT on the way changed</source>
        <translation>Responder a OPTIONS con 200 que lleva la solicitud tal como llegó y la dirección de la que vino, para que una prueba vea lo que un SIP ALG o un NAT cambió por el camino</translation>
    </message>
</context>
<context>
    <name>SipScope::ResponderWebSockets</name>
    <message>
        <source>Refused a WebSocket opening handshake: %1</source>
        <translation>Se rechazó una apertura de WebSocket: %1</translation>
    </message>
    <message>
        <source>Closed the WebSocket connection from %1: it did not ask for the subprotocol "sip" (RFC 7118 §4).</source>
        <translation>Se cerró la conexión WebSocket de %1: no solicitó el subprotocolo «sip» (RFC 7118 §4).</translation>
    </message>
    <message>
        <source>The WebSocket connection from %1 was closed with code %2: %3</source>
        <translation>La conexión WebSocket de %1 se cerró con el código %2: %3</translation>
    </message>
</context>
<context>
    <name>SipScope::ResultCard</name>
    <message>
        <source>Probe result</source>
        <translation>Resultado del sondeo</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>Código de estado</translation>
    </message>
    <message>
        <source>Open this code in the Codes view</source>
        <translation>Abrir este código en la vista Códigos</translation>
    </message>
    <message>
        <source>Reason phrase</source>
        <translation>Frase de motivo</translation>
    </message>
    <message>
        <source>Where the status comes from</source>
        <translation>De dónde procede el estado</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Round-trip time</source>
        <translation>Tiempo de respuesta</translation>
    </message>
    <message>
        <source>Remote address and transport</source>
        <translation>Dirección remota y transporte</translation>
    </message>
    <message>
        <source>Server and User-Agent</source>
        <translation>Server y User-Agent</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Write the target as a host, host:port or SIP URI, e.g. pbx.example.com, 192.0.2.10:5060 or sip:alice@example.com;transport=tcp.</source>
        <translation>Escriba el destino como host, host:puerto o URI SIP, p. ej. pbx.example.com, 192.0.2.10:5060 o sip:alice@example.com;transport=tcp.</translation>
    </message>
    <message>
        <source>Put IPv6 addresses in brackets: [2001:db8::1]:5060.</source>
        <translation>Escriba las direcciones IPv6 entre corchetes: [2001:db8::1]:5060.</translation>
    </message>
    <message>
        <source>Check the spelling of the host name.</source>
        <translation>Compruebe la ortografía del nombre de host.</translation>
    </message>
    <message>
        <source>Check that this computer can resolve names (DNS server, VPN, /etc/hosts).</source>
        <translation>Compruebe que este equipo puede resolver nombres (servidor DNS, VPN, /etc/hosts).</translation>
    </message>
    <message>
        <source>Try the server's IP address instead.</source>
        <translation>Pruebe en su lugar con la dirección IP del servidor.</translation>
    </message>
    <message>
        <source>Check that the SIP server is running on that machine.</source>
        <translation>Compruebe que el servidor SIP se está ejecutando en esa máquina.</translation>
    </message>
    <message>
        <source>Check the port: 5060 for UDP and TCP, 5061 for TLS, unless the server is configured otherwise.</source>
        <translation>Compruebe el puerto: 5060 para UDP y TCP, 5061 para TLS, salvo que el servidor esté configurado de otro modo.</translation>
    </message>
    <message>
        <source>Check the transport: the server may listen on TCP only, or UDP only.</source>
        <translation>Compruebe el transporte: puede que el servidor escuche solo en TCP o solo en UDP.</translation>
    </message>
    <message>
        <source>A host firewall that rejects (rather than drops) packets also causes this.</source>
        <translation>Un firewall en el host que rechaza (en lugar de descartar) los paquetes también lo provoca.</translation>
    </message>
    <message>
        <source>Check the network path: routing, VPN, the server's address.</source>
        <translation>Compruebe la ruta de red: el enrutamiento, la VPN, la dirección del servidor.</translation>
    </message>
    <message>
        <source>Check that the server's network is up.</source>
        <translation>Compruebe que la red del servidor está operativa.</translation>
    </message>
    <message>
        <source>A firewall or security group may be dropping SIP packets silently.</source>
        <translation>Puede que un firewall o un grupo de seguridad esté descartando los paquetes SIP sin avisar.</translation>
    </message>
    <message>
        <source>Check the address and the port, and that the server listens on this transport.</source>
        <translation>Compruebe la dirección y el puerto, y que el servidor escucha en este transporte.</translation>
    </message>
    <message>
        <source>Some servers ignore OPTIONS from unknown addresses (fail2ban, access lists): check whether this address is blocked.</source>
        <translation>Algunos servidores ignoran los OPTIONS de direcciones desconocidas (fail2ban, listas de acceso): compruebe si esta dirección está bloqueada.</translation>
    </message>
    <message>
        <source>Try TCP: a SIP ALG or a NAT on the path may be eating UDP.</source>
        <translation>Pruebe con TCP: puede que un SIP ALG o un NAT en la ruta se esté tragando el UDP.</translation>
    </message>
    <message>
        <source>Check the server's certificate: its name must match the host you typed and it must not be expired.</source>
        <translation>Compruebe el certificado del servidor: su nombre debe coincidir con el host que escribió y no debe estar caducado.</translation>
    </message>
    <message>
        <source>If the server uses a private CA, give its certificate as the CA file.</source>
        <translation>Si el servidor usa una CA privada, indique su certificado como archivo de CA.</translation>
    </message>
    <message>
        <source>Check that the server speaks TLS on this port (usually 5061).</source>
        <translation>Compruebe que el servidor habla TLS en este puerto (normalmente 5061).</translation>
    </message>
    <message>
        <source>Check the local network connection.</source>
        <translation>Compruebe la conexión de red local.</translation>
    </message>
    <message>
        <source>Check the technical detail below for the operating system's error.</source>
        <translation>Consulte el detalle técnico de abajo para ver el error del sistema operativo.</translation>
    </message>
    <message>
        <source>No probe yet</source>
        <translation>Aún no hay ningún sondeo</translation>
    </message>
    <message>
        <source>Enter a target above and press Enter or Send.</source>
        <translation>Introduzca un destino arriba y pulse Intro o Enviar.</translation>
    </message>
    <message>
        <source>Probing…</source>
        <translation>Sondeando…</translation>
    </message>
    <message>
        <source>Sending OPTIONS to %1</source>
        <translation>Enviando OPTIONS a %1</translation>
    </message>
    <message>
        <source>Received from the server</source>
        <translation>Recibido del servidor</translation>
    </message>
    <message>
        <source>registered phrase: %1</source>
        <translation>frase registrada: %1</translation>
    </message>
    <message>
        <source>Concluded locally, not received: open %1 in the Codes view</source>
        <translation>Deducido localmente, no recibido: abra %1 en la vista Códigos</translation>
    </message>
    <message>
        <source>Nothing was received: SipScope concluded %1 locally, as a SIP client would (RFC 3261 §8.1.3.1). The server did not send it.</source>
        <translation>No se recibió nada: SipScope dedujo %1 localmente, como haría un cliente SIP (RFC 3261 §8.1.3.1). El servidor no lo envió.</translation>
    </message>
    <message>
        <source>RTT %1</source>
        <translation>RTT %1</translation>
    </message>
    <message>
        <source>%1 over %2</source>
        <translation>%1 por %2</translation>
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
        <translation>Qué comprobar</translation>
    </message>
    <message>
        <source>Measured with %1</source>
        <translation>Medido con %1</translation>
    </message>
    <message>
        <source>Verdict for the server</source>
        <translation>Veredicto para el servidor</translation>
    </message>
    <message>
        <source>Check that a SIP server listens on this port: another service (HTTP, a TLS port probed with TCP) answers in its own protocol.</source>
        <translation>Compruebe que un servidor SIP escucha en ese puerto: otro servicio (HTTP, un puerto TLS sondeado con TCP) responde en su propio protocolo.</translation>
    </message>
    <message>
        <source>Compare the bytes shown with a SIP status line ("SIP/2.0 200 OK", RFC 3261 §7.2): a broken SBC, ALG or script may write them.</source>
        <translation>Compare los bytes mostrados con una línea de estado SIP ("SIP/2.0 200 OK", RFC 3261 §7.2): un SBC, un ALG o un script defectuoso puede escribirlos.</translation>
    </message>
    <message>
        <source>Capture the traffic on the server's side to see whether it leaves the server like that.</source>
        <translation>Capture el tráfico del lado del servidor para ver si sale así del servidor.</translation>
    </message>
    <message>
        <source>Received from the server, but not as SIP: there is no status to show.</source>
        <translation>Recibido del servidor, pero no como SIP: no hay estado que mostrar.</translation>
    </message>
    <message>
        <source>For the server:</source>
        <translation>Para el servidor:</translation>
    </message>
    <message>
        <source>Try:</source>
        <translation>Pruebe:</translation>
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
        <translation>Gráfico del tiempo de respuesta</translation>
    </message>
    <message>
        <source>Round-trip time of each probe; red marks a probe without an answer</source>
        <translation>Tiempo de respuesta de cada sondeo; el rojo marca un sondeo sin respuesta</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>No probes yet</source>
        <translation>Aún no hay sondeos</translation>
    </message>
</context>
<context>
    <name>SipScope::SecuritySection</name>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>TLS session and server certificate</source>
        <translation>Sesión TLS y certificado del servidor</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <source>Certificate subject: %1</source>
        <translation>Sujeto del certificado: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Emisor: %1</translation>
    </message>
    <message>
        <source>Valid for: %1</source>
        <translation>Válido para: %1</translation>
    </message>
    <message>
        <source>Valid from %1 until %2 UTC</source>
        <translation>Válido desde el %1 hasta el %2 UTC</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Huella digital SHA-256: %1</translation>
    </message>
    <message>
        <source>Check the certificate's validity dates and this computer's clock; the server may need a renewed certificate.</source>
        <translation>Compruebe las fechas de validez del certificado y el reloj de este equipo; puede que el servidor necesite un certificado renovado.</translation>
    </message>
    <message>
        <source>If the server uses a private or self-signed CA, give that CA's certificate as the CA file; compare the SHA-256 fingerprint with the one the server's administrator expects.</source>
        <translation>Si el servidor usa una CA privada o autofirmada, indique el certificado de esa CA como archivo de CA; compare la huella digital SHA-256 con la que espera el administrador del servidor.</translation>
    </message>
    <message>
        <source>Connect by a name the certificate is valid for, or have the certificate reissued for %1.</source>
        <translation>Conéctese mediante un nombre para el que el certificado sea válido, o haga que se vuelva a emitir el certificado para %1.</translation>
    </message>
    <message>
        <source>The certificate was revoked: the server needs a new one.</source>
        <translation>El certificado se revocó: el servidor necesita uno nuevo.</translation>
    </message>
    <message>
        <source>Check the certificate chain the server sends (intermediate certificates included).</source>
        <translation>Compruebe la cadena de certificados que envía el servidor (incluidos los certificados intermedios).</translation>
    </message>
    <message>
        <source>TLS session: %1, %2</source>
        <translation>Sesión TLS: %1, %2</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 did not complete.</source>
        <translation>El handshake TLS con %1 no se completó.</translation>
    </message>
    <message>
        <source>Certificate verified</source>
        <translation>Certificado verificado</translation>
    </message>
    <message>
        <source>Certificate not verified: accepted insecurely</source>
        <translation>Certificado no verificado: aceptado de forma insegura</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <source>What to check:</source>
        <translation>Qué comprobar:</translation>
    </message>
    <message>
        <source>credentials accepted</source>
        <translation>credenciales aceptadas</translation>
    </message>
    <message>
        <source>credentials rejected</source>
        <translation>credenciales rechazadas</translation>
    </message>
    <message>
        <source>no credentials given</source>
        <translation>no se indicaron credenciales</translation>
    </message>
    <message>
        <source>challenge not supported</source>
        <translation>desafío no compatible</translation>
    </message>
    <message>
        <source>no answer to the credentials</source>
        <translation>sin respuesta a las credenciales</translation>
    </message>
    <message>
        <source>Authentication: %1</source>
        <translation>Autenticación: %1</translation>
    </message>
    <message>
        <source>scheme %1</source>
        <translation>esquema %1</translation>
    </message>
    <message>
        <source>algorithm %1</source>
        <translation>algoritmo %1</translation>
    </message>
    <message>
        <source>realm "%1"</source>
        <translation>realm «%1»</translation>
    </message>
    <message>
        <source>qop %1</source>
        <translation>qop %1</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>usuario %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) sent</source>
        <translation>
            <numerusform>%n solicitud enviada</numerusform>
            <numerusform>%n solicitudes enviadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>El certificado %1</translation>
    </message>
    <message>
        <source>Chain: %1</source>
        <translation>Cadena: %1</translation>
    </message>
</context>
<context>
    <name>SipScope::StreamTransport</name>
    <message>
        <source>Cannot use the local address %1: %2</source>
        <translation>No se puede usar la dirección local %1: %2</translation>
    </message>
    <message>
        <source>TCP connection from %1 to %2 established</source>
        <translation>Conexión TCP de %1 a %2 establecida</translation>
    </message>
    <message numerus="yes">
        <source>the connection ended in the middle of a message (%n byte(s) received)</source>
        <translation>
            <numerusform>la conexión terminó en mitad de un mensaje (%n byte recibido)</numerusform>
            <numerusform>la conexión terminó en mitad de un mensaje (%n bytes recibidos)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 did not accept the TCP connection within %2 s: a firewall may drop the packets, or the host is down.</source>
        <translation>%1 no aceptó la conexión TCP en %2 s: puede que un firewall descarte los paquetes o que el host esté caído.</translation>
    </message>
    <message>
        <source>Nothing listens on %1: the connection was refused.</source>
        <translation>No hay nada escuchando en %1: se rechazó la conexión.</translation>
    </message>
    <message>
        <source>%1 reset the connection before a final response arrived.</source>
        <translation>%1 cortó la conexión (reset de TCP) antes de que llegara una respuesta final.</translation>
    </message>
    <message>
        <source>%1 closed the connection before a final response arrived.</source>
        <translation>%1 cerró la conexión antes de que llegara una respuesta final.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>Falló la conexión con %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>No se puede alcanzar %1: %2</translation>
    </message>
    <message>
        <source>Cannot use the local address: %1</source>
        <translation>No se puede usar la dirección local: %1</translation>
    </message>
    <message>
        <source>Network error with %1: %2</source>
        <translation>Error de red con %1: %2</translation>
    </message>
    <message>
        <source>%1 answered with bytes that are not a SIP message (%2); the connection cannot be read any further.</source>
        <translation>%1 respondió con bytes que no son un mensaje SIP (%2); no se puede seguir leyendo la conexión.</translation>
    </message>
</context>
<context>
    <name>SipScope::TlsKeySupport</name>
    <message>
        <source>of another kind</source>
        <translation>de otro tipo</translation>
    </message>
    <message>
        <source>the TLS backend in use (%1) can only use RSA and DSA keys for our own certificate, and this key is %2; use an RSA key, or SipScope with Qt's OpenSSL backend</source>
        <translation>el backend TLS en uso (%1) solo puede usar claves RSA y DSA para nuestro propio certificado, y esta clave es %2; use una clave RSA, o SipScope con el backend OpenSSL de Qt</translation>
    </message>
</context>
<context>
    <name>SipScope::TlsTransport</name>
    <message>
        <source>it holds no unencrypted PEM private key (RSA, EC or DSA)</source>
        <translation>no contiene ninguna clave privada PEM sin cifrar (RSA, EC o DSA)</translation>
    </message>
    <message>
        <source>it holds no PEM certificate</source>
        <translation>no contiene ningún certificado PEM</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be used: %2</source>
        <translation>No se puede usar el archivo de CA %1: %2</translation>
    </message>
    <message>
        <source>A client certificate needs both a certificate file and a key file.</source>
        <translation>Un certificado de cliente necesita tanto un archivo de certificado como un archivo de clave.</translation>
    </message>
    <message>
        <source>The client certificate %1 cannot be used: %2</source>
        <translation>No se puede usar el certificado de cliente %1: %2</translation>
    </message>
    <message>
        <source>The private key %1 cannot be used: %2</source>
        <translation>No se puede usar la clave privada %1: %2</translation>
    </message>
    <message>
        <source>TLS is not available: no TLS library could be loaded.</source>
        <translation>TLS no está disponible: no se pudo cargar ninguna biblioteca TLS.</translation>
    </message>
    <message>
        <source>The certificate of %1 is NOT verified (%2); going on because insecure mode is on.</source>
        <translation>El certificado de %1 NO está verificado (%2); se continúa porque el modo no seguro está activado.</translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation>sin certificado</translation>
    </message>
    <message>
        <source>verified for %1</source>
        <translation>verificado para %1</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>NO verificado</translation>
    </message>
    <message>
        <source>TLS handshake done: %1, %2; certificate %3 (%4)</source>
        <translation>Handshake TLS completado: %1, %2; certificado %3 (%4)</translation>
    </message>
    <message>
        <source>%1 closed the connection during the TLS handshake: it may require a client certificate, or not accept our TLS versions.</source>
        <translation>%1 cerró la conexión durante el handshake TLS: puede que exija un certificado de cliente o que no acepte nuestras versiones de TLS.</translation>
    </message>
    <message>
        <source>%1 does not speak TLS on this port (is it a plain TCP or UDP port?).</source>
        <translation>%1 no habla TLS en este puerto (¿es un puerto TCP o UDP sin cifrar?).</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation>Falló el handshake TLS con %1: %2</translation>
    </message>
    <message>
        <source>%1 accepted the TCP connection but did not complete the TLS handshake within %2 s.</source>
        <translation>%1 aceptó la conexión TCP pero no completó el handshake TLS en %2 s.</translation>
    </message>
    <message>
        <source>%1 closed the TLS connection without answering. Under TLS 1.3 this is also how a server refuses a client without a client certificate.</source>
        <translation>%1 cerró la conexión TLS sin responder. Con TLS 1.3, así es también como un servidor rechaza a un cliente sin certificado de cliente.</translation>
    </message>
    <message>
        <source>The server may require a client certificate.</source>
        <translation>Puede que el servidor exija un certificado de cliente.</translation>
    </message>
</context>
<context>
    <name>SipScope::TraceDialog</name>
    <message>
        <source>Sending OPTIONS with Max-Forwards %1…</source>
        <translation>Enviando OPTIONS con Max-Forwards %1…</translation>
    </message>
    <message>
        <source>Trace Route</source>
        <translation>Trazar ruta</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Destino:</translation>
    </message>
    <message>
        <source>sip:pbx.example.com</source>
        <translation>sip:pbx.example.com</translation>
    </message>
    <message>
        <source>Target to trace</source>
        <translation>Destino que trazar</translation>
    </message>
    <message>
        <source>&amp;Hops at most:</source>
        <translation>&amp;Saltos como máximo:</translation>
    </message>
    <message>
        <source>Hops at most</source>
        <translation>Saltos como máximo</translation>
    </message>
    <message>
        <source>&amp;Wait per hop:</source>
        <translation>&amp;Espera por salto:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds to wait for each hop</source>
        <translation>Segundos de espera para cada salto</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Hops</source>
        <translation>Saltos</translation>
    </message>
    <message>
        <source>Trace summary</source>
        <translation>Resumen de la traza</translation>
    </message>
    <message>
        <source>Sends OPTIONS with Max-Forwards 0, 1, 2 … : each proxy on the way answers 483 Too Many Hops in turn, until the target answers.</source>
        <translation>Envía OPTIONS con Max-Forwards 0, 1, 2 … : cada proxy del camino responde a su vez 483 Too Many Hops, hasta que responde el destino.</translation>
    </message>
    <message>
        <source>Enter a target first, e.g. sip:pbx.example.com</source>
        <translation>Introduzca primero un destino, p. ej. sip:pbx.example.com</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>De&amp;tener</translation>
    </message>
</context>
<context>
    <name>SipScope::TraceHopModel</name>
    <message>
        <source>Max-Forwards 0 cannot leave the first hop: this is the address the request was sent to.</source>
        <translation>Max-Forwards 0 no puede salir del primer salto: esta es la dirección a la que se envió la solicitud.</translation>
    </message>
    <message>
        <source>* no answer</source>
        <translation>* sin respuesta</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
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
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Hop</source>
        <translation>Salto</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Tiempo de respuesta</translation>
    </message>
    <message>
        <source>Came back from</source>
        <translation>Respuesta vía</translation>
    </message>
</context>
<context>
    <name>SipScope::Tracer</name>
    <message numerus="yes">
        <source>%1 answered %2 %3 after %n proxy hop(s).</source>
        <translation>
            <numerusform>%1 respondió %2 %3 tras %n salto de proxy.</numerusform>
            <numerusform>%1 respondió %2 %3 tras %n saltos de proxy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The request did not reach %1 within %n hop(s).</source>
        <translation>
            <numerusform>La solicitud no llegó a %1 en %n salto.</numerusform>
            <numerusform>La solicitud no llegó a %1 en %n saltos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The trace stopped: %n hop(s) in a row did not answer.</source>
        <translation>
            <numerusform>La traza se detuvo: %n salto no respondió.</numerusform>
            <numerusform>La traza se detuvo: %n saltos seguidos no respondieron.</numerusform>
        </translation>
    </message>
    <message>
        <source>The trace stopped: %1</source>
        <translation>La traza se detuvo: %1</translation>
    </message>
    <message>
        <source>The trace stopped after its time limit of %1 s.</source>
        <translation>La traza se detuvo al alcanzar su límite de tiempo de %1 s.</translation>
    </message>
    <message>
        <source>The trace was cancelled.</source>
        <translation>La traza se canceló.</translation>
    </message>
    <message>
        <source>The same hop answered at two different depths: the request goes round in a loop.</source>
        <translation>El mismo salto respondió a dos profundidades distintas: la solicitud da vueltas en un bucle.</translation>
    </message>
</context>
<context>
    <name>SipScope::VendorCodes</name>
    <message>
        <source>Microsoft Teams Direct Routing sub-code %1: its last three digits are the SIP code %2; 560 means your SBC sent it, so start with the SBC's logs.</source>
        <translation>Subcódigo %1 de Microsoft Teams Direct Routing: sus tres últimos dígitos son el código SIP %2; 560 significa que su SBC lo envió, así que empiece por los registros del SBC.</translation>
    </message>
    <message>
        <source>Zoom Phone error code %1: its last three digits are the SIP code %2.</source>
        <translation>Código de error %1 de Zoom Phone: sus tres últimos dígitos son el código SIP %2.</translation>
    </message>
</context>
<context>
    <name>SipScope::WaterfallWidget</name>
    <message>
        <source>Timing waterfall</source>
        <translation>Cascada de tiempos</translation>
    </message>
    <message>
        <source>No timing yet: run a probe.</source>
        <translation>Aún no hay tiempos: ejecute un sondeo.</translation>
    </message>
    <message numerus="yes">
        <source>… %n more phase(s)</source>
        <translation>
            <numerusform>… %n fase más</numerusform>
            <numerusform>… %n fases más</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a los %2</translation>
    </message>
    <message>
        <source>No timing yet.</source>
        <translation>Aún no hay tiempos.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>%1: %2 (from %3 to %4; %5)</source>
        <translation>%1: %2 (de %3 a %4; %5)</translation>
    </message>
</context>
<context>
    <name>SipScope::WsTransport</name>
    <message>
        <source>%1 opened the WebSocket but did not agree to the subprotocol "sip" (RFC 7118 §4): it is not a SIP WebSocket server, or SIP lives under another path.</source>
        <translation>%1 abrió el WebSocket pero no aceptó el subprotocolo «sip» (RFC 7118 §4): no es un servidor WebSocket SIP, o SIP está en otra ruta.</translation>
    </message>
    <message>
        <source>no subprotocol</source>
        <translation>sin subprotocolo</translation>
    </message>
    <message>
        <source>verified for %1</source>
        <translation>verificado para %1</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>NO verificado</translation>
    </message>
    <message>
        <source>TLS: %1, %2; certificate %3 (%4)</source>
        <translation>TLS: %1, %2; certificado %3 (%4)</translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation>sin certificado</translation>
    </message>
    <message>
        <source>WebSocket open to %1 (subprotocol sip), from %2</source>
        <translation>WebSocket abierto hacia %1 (subprotocolo sip), desde %2</translation>
    </message>
    <message>
        <source>%1 closed the connection during the WebSocket handshake (wrong path, or not a WebSocket server).</source>
        <translation>%1 cerró la conexión durante el handshake WebSocket (ruta incorrecta, o no es un servidor WebSocket).</translation>
    </message>
    <message>
        <source>%1 closed the WebSocket connection before answering.</source>
        <translation>%1 cerró la conexión WebSocket antes de responder.</translation>
    </message>
    <message>
        <source>Nothing accepts connections on %1: the port is closed.</source>
        <translation>Nada acepta conexiones en %1: el puerto está cerrado.</translation>
    </message>
    <message>
        <source>The name in %1 could not be resolved.</source>
        <translation>No se pudo resolver el nombre de %1.</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>No se puede alcanzar %1: %2</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation>Falló el handshake TLS con %1: %2</translation>
    </message>
    <message>
        <source>The WebSocket connection to %1 failed: %2</source>
        <translation>Falló la conexión WebSocket con %1: %2</translation>
    </message>
    <message>
        <source>The certificate of %1 is NOT verified (%2); going on because insecure mode is on.</source>
        <translation>El certificado de %1 NO está verificado (%2); se continúa porque el modo no seguro está activado.</translation>
    </message>
    <message>
        <source>The WebSocket to %1 did not open within %2 s: a firewall may drop the connection, or the server does not complete the handshake.</source>
        <translation>El WebSocket hacia %1 no se abrió en %2 s: puede que un firewall descarte la conexión o que el servidor no complete el handshake.</translation>
    </message>
    <message>
        <source>"%1" is not a WebSocket URL: write it as ws://host[:port][/path] or wss://…</source>
        <translation>«%1» no es una URL de WebSocket: escríbala como ws://host[:puerto][/ruta] o wss://…</translation>
    </message>
    <message>
        <source>The WebSocket URL %1 may not carry a user, a query or a fragment.</source>
        <translation>La URL de WebSocket %1 no puede llevar un usuario, una consulta ni un fragmento.</translation>
    </message>
    <message>
        <source>The port of %1 is not a port number.</source>
        <translation>El puerto de %1 no es un número de puerto.</translation>
    </message>
    <message>
        <source>%1 answered with a WebSocket message that is not a SIP message (%2).</source>
        <translation>%1 respondió con un mensaje WebSocket que no es un mensaje SIP (%2).</translation>
    </message>
</context>
<context>
    <name>SipUri</name>
    <message>
        <source>The target is empty: type a host name, an address or a sip: URI.</source>
        <translation>El destino está vacío: escriba un nombre de host, una dirección o un URI sip:.</translation>
    </message>
    <message>
        <source>The target is longer than %1 characters.</source>
        <translation>El destino tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>The target contains spaces or control characters.</source>
        <translation>El destino contiene espacios o caracteres de control.</translation>
    </message>
    <message>
        <source>"%1:" is not a SIP address: use sip:, sips: or just a host name.</source>
        <translation>«%1:» no es una dirección SIP: use sip:, sips: o solo un nombre de host.</translation>
    </message>
    <message>
        <source>The target has no host: add a host name or an IP address.</source>
        <translation>El destino no tiene host: añada un nombre de host o una dirección IP.</translation>
    </message>
    <message>
        <source>A password in the target is not supported: remove the part after ':' in the user name.</source>
        <translation>No se admite una contraseña en el destino: quite la parte posterior a «:» en el nombre de usuario.</translation>
    </message>
    <message>
        <source>The user part before '@' is empty.</source>
        <translation>La parte de usuario antes de «@» está vacía.</translation>
    </message>
    <message>
        <source>The user part "%1" contains characters that are not allowed.</source>
        <translation>La parte de usuario «%1» contiene caracteres no permitidos.</translation>
    </message>
    <message>
        <source>"%1" is not a valid host name or IPv4 address.</source>
        <translation>«%1» no es un nombre de host ni una dirección IPv4 válidos.</translation>
    </message>
    <message>
        <source>Unbalanced brackets in "%1": write IPv6 addresses as [2001:db8::1].</source>
        <translation>Corchetes desequilibrados en «%1»: escriba las direcciones IPv6 como [2001:db8::1].</translation>
    </message>
    <message>
        <source>"%1" is not a valid IPv6 address.</source>
        <translation>«%1» no es una dirección IPv6 válida.</translation>
    </message>
    <message>
        <source>The port is missing after ':'.</source>
        <translation>Falta el puerto después de «:».</translation>
    </message>
    <message>
        <source>"%1" is not a valid port: use a number from 1 to 65535.</source>
        <translation>«%1» no es un puerto válido: use un número entre 1 y 65535.</translation>
    </message>
    <message>
        <source>The URI parameter ";%1" is malformed or repeated.</source>
        <translation>El parámetro de URI «;%1» está mal formado o repetido.</translation>
    </message>
    <message>
        <source>Unsupported transport "%1": use udp, tcp or tls (sips: needs tls).</source>
        <translation>Transporte no compatible «%1»: use udp, tcp o tls (sips: necesita tls).</translation>
    </message>
    <message>
        <source>URI headers ("%1") are not supported in a probe target.</source>
        <translation>Las cabeceras de URI («%1») no se admiten en un destino de sondeo.</translation>
    </message>
    <message>
        <source>A SIP URI has no "//": write %1:host, not %1://host.</source>
        <translation>Un URI SIP no lleva «//»: escriba %1:host, no %1://host.</translation>
    </message>
</context>
<context>
    <name>TlsCertificateCheck</name>
    <message>
        <source>it expired on %1</source>
        <translation>caducó el %1</translation>
    </message>
    <message>
        <source>it is not valid before %1</source>
        <translation>no es válido antes del %1</translation>
    </message>
    <message>
        <source>it is self-signed: no certificate authority vouches for it</source>
        <translation>está autofirmado: ninguna autoridad de certificación lo avala</translation>
    </message>
    <message>
        <source>its issuer (%1) is not a trusted certificate authority</source>
        <translation>su emisor (%1) no es una autoridad de certificación de confianza</translation>
    </message>
    <message>
        <source>it is for %1, not for %2</source>
        <translation>es para %1, no para %2</translation>
    </message>
    <message>
        <source>it has been revoked</source>
        <translation>se ha revocado</translation>
    </message>
    <message>
        <source>Check the host name of the target, or allow an insecure connection to probe anyway.</source>
        <translation>Compruebe el nombre de host del destino o permita una conexión no segura para sondear de todos modos.</translation>
    </message>
    <message>
        <source>Trust its certificate authority (a CA file), or allow an insecure connection to probe anyway.</source>
        <translation>Confíe en su autoridad de certificación (un archivo de CA) o permita una conexión no segura para sondear de todos modos.</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 was not accepted: %2.</source>
        <translation>No se aceptó el certificado TLS de %1: %2.</translation>
    </message>
</context>
<context>
    <name>TlsCertificateSummary</name>
    <message>
        <source>subject %1; issuer %2; valid %3 to %4 UTC; SHA-256 %5</source>
        <translation>sujeto %1; emisor %2; válido del %3 al %4 UTC; SHA-256 %5</translation>
    </message>
</context>
<context>
    <name>UdpTransport</name>
    <message>
        <source>Cannot use the local address %1: %2</source>
        <translation>No se puede usar la dirección local %1: %2</translation>
    </message>
    <message>
        <source>UDP socket %1 → %2</source>
        <translation>Socket UDP %1 → %2</translation>
    </message>
    <message>
        <source>Nothing listens on %1: the host answered "port unreachable" (ICMP).</source>
        <translation>No hay nada escuchando en %1: el host respondió «port unreachable» (ICMP).</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>No se puede alcanzar %1: %2</translation>
    </message>
    <message>
        <source>Network error with %1: %2</source>
        <translation>Error de red con %1: %2</translation>
    </message>
</context>
<context>
    <name>VerdictProfile</name>
    <message>
        <source>"%1" is not a profile name: use letters, digits, '-', '_' or '.', starting with a letter.</source>
        <translation>«%1» no es un nombre de perfil: use letras, dígitos, «-», «_» o «.», empezando por una letra.</translation>
    </message>
    <message>
        <source>Profile %1: unknown base profile "%2" (choose %3).</source>
        <translation>Perfil %1: perfil base «%2» desconocido (elija entre %3).</translation>
    </message>
    <message>
        <source>Profile %1: give the codes that are up or those that are down, not both.</source>
        <translation>Perfil %1: indique los códigos que cuentan como activo o los que cuentan como caído, no ambos.</translation>
    </message>
    <message>
        <source>Profile %1: %2</source>
        <translation>Perfil %1: %2</translation>
    </message>
    <message>
        <source>Profile %1: failures before down must be from 1 to %2, not %3.</source>
        <translation>Perfil %1: los fallos antes de «caído» deben ser de 1 a %2, no %3.</translation>
    </message>
    <message>
        <source>up: %1</source>
        <translation>activo: %1</translation>
    </message>
    <message>
        <source>up: any answer</source>
        <translation>activo: cualquier respuesta</translation>
    </message>
    <message>
        <source>down: %1 or no answer</source>
        <translation>caído: %1 o ninguna respuesta</translation>
    </message>
    <message>
        <source>503 with Retry-After: maintenance</source>
        <translation>503 con Retry-After: mantenimiento</translation>
    </message>
    <message numerus="yes">
        <source>%n failures in a row before down</source>
        <translation>
            <numerusform>%n fallo seguido antes de «caído»</numerusform>
            <numerusform>%n fallos seguidos antes de «caído»</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerdictProfiles</name>
    <message>
        <source>The verdict profile %1 is defined twice (or is a built-in one).</source>
        <translation>El perfil de veredicto %1 está definido dos veces (o es uno integrado).</translation>
    </message>
    <message>
        <source>Unknown verdict profile "%1" (choose %2).</source>
        <translation>Perfil de veredicto «%1» desconocido (elija entre %2).</translation>
    </message>
</context>
<context>
    <name>Warning</name>
    <message>
        <source>The address format offered (for example IPv4 or IPv6) cannot be used by this side.</source>
        <translation>El formato de dirección ofrecido (por ejemplo IPv4 o IPv6) no se puede usar en este lado.</translation>
    </message>
    <message>
        <source>A bandwidth line in the session description uses units this side does not understand.</source>
        <translation>Una línea de ancho de banda de la descripción de sesión (SDP) usa unidades que este lado no entiende.</translation>
    </message>
    <message>
        <source>A media type offered (audio, video, ...) is not available on this side.</source>
        <translation>Un tipo de medio ofrecido (audio, vídeo, ...) no está disponible en este lado.</translation>
    </message>
    <message>
        <source>An attribute line in the session description was not understood.</source>
        <translation>No se entendió una línea de atributo de la descripción de sesión (SDP).</translation>
    </message>
    <message>
        <source>A parameter of the session description other than an attribute was not understood.</source>
        <translation>No se entendió un parámetro de la descripción de sesión (SDP) distinto de un atributo.</translation>
    </message>
    <message>
        <source>None of the languages asked for in the session description (RFC 8373) can be provided.</source>
        <translation>No se puede ofrecer ninguno de los idiomas solicitados en la descripción de sesión (RFC 8373).</translation>
    </message>
    <message>
        <source>The site where the user is located does not support multicast.</source>
        <translation>El sitio donde se encuentra el usuario no admite multidifusión (multicast).</translation>
    </message>
    <message>
        <source>The site where the user is located does not support unicast communication, usually because of a firewall.</source>
        <translation>El sitio donde se encuentra el usuario no admite la comunicación unidifusión (unicast), normalmente por culpa de un firewall.</translation>
    </message>
    <message>
        <source>The bandwidth asked for in the session description, or for the media, exceeds what is available.</source>
        <translation>El ancho de banda solicitado en la descripción de sesión (SDP), o para los medios, supera el disponible.</translation>
    </message>
    <message>
        <source>Free-form information from the sender; read the warn-text, it often names the real reason (for example a rejected number or an internal error).</source>
        <translation>Información libre del remitente; lea el warn-text, que a menudo indica el motivo real (por ejemplo, un número rechazado o un error interno).</translation>
    </message>
    <message>
        <source>One or more network protocols offered in the session description are not available to this side.</source>
        <translation>Uno o varios de los protocolos de red ofrecidos en la descripción de sesión (SDP) no están disponibles en este lado.</translation>
    </message>
    <message>
        <source>One or more media transport protocols offered (for example RTP/AVP or RTP/SAVP) are not available.</source>
        <translation>Uno o varios de los protocolos de transporte de medios ofrecidos (por ejemplo RTP/AVP o RTP/SAVP) no están disponibles.</translation>
    </message>
    <message>
        <source>One or more media formats (codecs) offered are not available, possibly only some of them: the usual sign of a codec mismatch.</source>
        <translation>Uno o varios de los formatos de medios (códecs) ofrecidos no están disponibles, quizá solo algunos: el síntoma habitual de una incompatibilidad de códecs.</translation>
    </message>
    <message>
        <source>The UAS or proxy cannot process the request because the SIPS scheme is not allowed, for example because no SIPS contacts are registered for that address (RFC 5630 §9).</source>
        <translation>El UAS o el proxy no puede procesar la solicitud porque el esquema SIPS no está permitido, por ejemplo porque no hay contactos SIPS registrados para esa dirección (RFC 5630 §9).</translation>
    </message>
    <message>
        <source>The UAS or proxy cannot process the request because it requires the SIPS scheme: send it to a sips: URI over TLS (RFC 5630 §9).</source>
        <translation>El UAS o el proxy no puede procesar la solicitud porque exige el esquema SIPS: envíela a un URI sips: por TLS (RFC 5630 §9).</translation>
    </message>
</context>
<context>
    <name>WireTime</name>
    <message>
        <source>application clock</source>
        <translation>reloj de la aplicación</translation>
    </message>
    <message>
        <source>kernel timestamp</source>
        <translation>marca de tiempo del núcleo</translation>
    </message>
    <message>
        <source>kernel timestamps</source>
        <translation>marcas de tiempo del núcleo</translation>
    </message>
    <message>
        <source>sent: %1, received: %2</source>
        <translation>envío: %1, recepción: %2</translation>
    </message>
</context>
</TS>
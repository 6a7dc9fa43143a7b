// data/searchsynonyms.cpp - words that help desks use interchangeably, per language: a
// query word in one group also finds the other members of its group, a little below a
// literal match. A group lists its members per language (English, German, French,
// Spanish), each column separated by '|', so that a word of one language finds nothing
// while another language is active (only that language and English are searched). Words
// are written as TextNormalizer::normalize leaves them: lower case, no accents. Search
// data only, never shown. docs/search.md.
#include "../searchvocabulary.h"

namespace SipScope::SearchData {
namespace {
constexpr SynonymGroup groups[] = {
    {"busy|engaged|occupied", "besetzt|belegt", "occupe", "ocupado|comunicando"},
    {"password|pwd|passwd|credentials", "kennwort|passwort|zugangsdaten", "mot de passe|identifiants",
     "contrasena|clave|credenciales"},
    {"login|logon|signin|register|registration", "anmeldung|registrierung", "enregistrement|connexion",
     "registro|inicio de sesion"},
    {"wrong|incorrect|invalid|bad", "falsch|ungultig|fehlerhaft", "faux|incorrect|invalide|mauvais",
     "incorrecto|erroneo|invalido|equivocado"},
    {"down|offline|outage", "ausgefallen|storung|gestort", "panne|hors ligne|hors service", "caido|averia|fuera de servicio"},
    {"unreachable|unavailable", "erreichbar|verfugbar", "injoignable|indisponible", "disponible|localizable"},
    {"blocked|barred|banned", "gesperrt|blockiert", "bloque|bloquee", "bloqueado|bloqueada"},
    {"rejected|declined|refused", "abgelehnt|abgewiesen|weggedruckt|ablehnen", "refuse|rejete|refusee|rejetee", "rechazado|rechazada|rehusado|rechazo"},
    {"spam|robocall|telemarketing|nuisance|unwanted", "spam|werbeanruf|unerwunscht", "spam|indesirable|demarchage",
     "spam|no deseada|publicidad"},
    {"codec|codecs|audio format", "codec|codecs", "codec|codecs", "codec|codecs|codek"},
    {"exist|exists", "existiert", "existe", "existe|existent"},
    {"found", "gefunden", "trouve", "encontrado"},
    {"number", "nummer|rufnummer", "numero", "numero"},
    {"extension", "nebenstelle|durchwahl", "poste", "extension|interno"},
    {"answer|answers|answered|pick|picks|pick up|picks up", "antwort|antwortet|abnehmen|abheben|hebt|nimmt ab|geht ran",
     "repond|reponse|decroche|decrocher", "contesta|respuesta|responde|descuelga|atiende|atender|levanta|coge"},
    {"ring|rings|ringing", "klingelt|klingeln|lautet|lauten", "sonne|sonnerie", "suena|sonando|timbrando|timbra"},
    {"call|calls", "anruf|anrufe|gesprach", "appel|appels", "llamada|llamadas"},
    {"cancel|cancelled|canceled", "abgebrochen|abbrechen", "annule", "cancelada|cancelado"},
    {"hung up|hangup|hang up", "aufgelegt|auflegen", "raccroche", "colgo|colgar"},
    {"timeout|timed out|time out", "zeituberschreitung|timeout|zeitlimit", "delai|expire|timeout", "tiempo de espera|agotado"},
    {"credit|balance", "guthaben", "credit|solde", "saldo|credito"},
    {"payment|pay", "zahlung|bezahlt", "paiement", "pago"},
    {"forbidden", "verboten", "interdit", "prohibido"},
    {"denied", "verweigert", "refuse", "denegado"},
    {"allowed|permitted", "erlaubt", "autorise", "permitido"},
    {"server|servers", "server", "serveur", "servidor"},
    {"gateway", "gateway", "passerelle", "pasarela"},
    {"provider|carrier|operator", "anbieter|provider", "operateur|fournisseur", "operador|proveedor"},
    {"trunk|trunks", "amtsleitung|trunk", "trunk", "troncal"},
    {"digits", "ziffern", "chiffres", "digitos"},
    {"incomplete", "unvollstandig", "incomplet", "incompleto"},
    {"short", "kurz", "court|courte", "corto|corta|breve"},
    {"long", "lang", "long|longue", "largo|larga"},
    {"large|big", "gross", "grand|volumineux", "grande"},
    {"moved", "umgezogen|verschoben", "deplace", "movido|trasladado"},
    {"forwarded|forwarding|diverted", "weitergeleitet|umgeleitet|umleitung", "renvoi|renvoye|transfere|devie|redirige",
     "desvio|desviada|reenviada|desvia|desviado|reenviado"},
    {"temporarily|temporary", "vorubergehend", "temporairement", "temporalmente|temporal"},
    {"permanently|permanent", "dauerhaft", "definitivement", "permanentemente"},
    {"overloaded|overload|congestion|congested|saturated", "uberlastet|ausgelastet|uberlastung", "surcharge|congestion|sature|saturee", "sobrecargado|congestion|saturado|saturada|congestionado|colapsado"},
    {"maintenance", "wartung|wartungsarbeiten", "maintenance", "mantenimiento"},
    {"loop", "schleife", "boucle", "bucle"},
    {"hops|hop", "hops|hop", "sauts", "saltos"},
    {"unsupported|supported", "unterstutzt", "supporte|pris en charge", "soportado"},
    {"implemented", "implementiert", "implemente", "implementado"},
    {"request", "anfrage", "requete", "solicitud|peticion"},
    {"queue", "warteschlange", "file d attente", "cola"},
    {"anonymous|hidden|withheld", "anonym|unterdruckt", "anonyme|masque", "anonimo|oculto"},
    {"cause", "ursache", "cause", "causa"},
    {"error", "fehler", "erreur", "error|fallo"},
    {"failed|failure|fails", "fehlgeschlagen", "echec|echoue", "fallido|falla"},
    {"authentication", "authentifizierung", "authentification", "autenticacion"},
    {"proxy|proxies", "proxy", "proxy", "proxy"},
    {"media", "medien", "media", "medio"},
    {"ambiguous", "mehrdeutig", "ambigu", "ambiguo"},
    {"nobody|noone", "niemand", "personne", "nadie"},
    {"changed", "geandert", "change", "cambiado"},
    {"abroad|international|overseas", "ausland|international", "international|etranger", "internacional|exterior|extranjero"},
    {"mobile|mobiles|cell|cellphone|cellular", "handy|natel|mobiltelefon", "portable|cellulaire|mobile", "movil|celular"},
    {"off|switched off|turned off", "ausgeschaltet|abgeschaltet", "eteint|ferme", "apagado|apagada"},
    {"voicemail|mailbox", "mailbox|combox|sprachbox|anrufbeantworter", "messagerie|boite vocale|repondeur",
     "buzon|contestador|contestadora"},
    {"pbx|ipbx|phone system", "telefonanlage|anlage", "ipbx|standard|autocommutateur", "centralita|conmutador|pbx"},
    {"removed|deleted", "geloscht|entfernt", "supprime|retire", "eliminado|borrado"},
};
} // namespace

std::span<const SynonymGroup> synonymGroups() { return groups; }

} // namespace SipScope::SearchData

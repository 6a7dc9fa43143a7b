// RFC 3398 mappings between ISDN User Part / Q.850 cause values and SIP responses.
// Raw tables; ResponseCodeCatalog exposes them translated.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <span>

namespace SipScope::Q850 {

struct CauseName
{
    int cause;
    const char *name; // QT_TRANSLATE_NOOP("Q850", ...)
};

// RFC 3398 §7.2.4.1: an ISUP cause received from the PSTN → the SIP response sent.
struct CauseToSip
{
    int cause;
    int sipCode;          // 0: no response code (cause 16 ends the call with BYE/CANCEL)
    const char *variant;  // distinguishes the two rows of cause 22; nullptr otherwise
};

// RFC 3398 §8.2.6.1: a SIP response received → the ISUP cause sent to the PSTN.
struct SipToCause
{
    int sipCode;
    int cause;            // 0: no fixed value (487: none; 488/606: from the Warning header)
};

std::span<const CauseName> causeNames();
std::span<const CauseToSip> causeToSip();
std::span<const SipToCause> sipToCause();

// What the table alone does not say about a cause, translated: cause 16 ends the call with
// BYE or CANCEL, any other cause without a row SHOULD become 500, cause 21 from the user
// becomes 603. Empty when the row says it all. The GUI and the CLI both show this text.
QString causeNote(int cause);
// The same for a response code going towards the PSTN: the footnotes of the §8.2.6.1 table
// (authenticate first, remedy and retry first, the Warning decides) and cause 31 for an
// unlisted failure code. Empty for codes below 400 and rows without a footnote.
QString responseNote(int sipCode);
// §8.2.6.1: the cause location a gateway gives a mapped response: "user" for a 6xx,
// "network" for a 4xx or 5xx. Empty for codes the table gives no cause.
QString responseLocation(int sipCode);
// What a front-end shows under a response code's Q.850 mapping: its cause location, then
// its footnote, whichever of the two exist.
QStringList responseFootnotes(int sipCode);

// §7.2.4.1 from a cause's side, for whoever names the responses a cause becomes (the
// search, Explain): the codes a gateway sends, best first — the table's rows, 500 for a
// cause from 1 to 127 the table does not list, nothing for cause 16 or a value outside
// 1..127.
QList<int> causeResponses(int cause);
// The table's rows for a cause as one translated sentence ("RFC 3398 §7.2.4.1 maps it to
// 486."), with the condition of each row where the cause has two (22). Empty for a cause
// without a row: causeNote() says what happens then.
QString causeMapping(int cause);

} // namespace SipScope::Q850

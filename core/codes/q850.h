// RFC 3398 mappings between ISDN User Part / Q.850 cause values and SIP responses.
// Raw tables; ResponseCodeCatalog exposes them translated.
#pragma once

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

} // namespace SipScope::Q850

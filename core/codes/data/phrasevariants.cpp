// data/phrasevariants.cpp - reason phrases seen in real equipment that differ from the
// registered ones. The code is normative, the phrase only advice (RFC 3261 §7.2), so these
// are shown next to the registered phrase, never instead of it. 202 "Accepted" is left out:
// the catalog already uses it as 202's phrase.
#include "../catalogdata.h"
#include <QtGlobal>

namespace SipScope::CatalogData {
namespace {
constexpr PhraseVariant variants[] = {
    {181, "Call Being Forwarded",
     QT_TRANSLATE_NOOP("Catalog", "Some status lists and analysers")},
    {183, "Session in Progress",
     QT_TRANSLATE_NOOP("Catalog", "Wikipedia and vendor lists derived from it")},
    {199, "Informational - Others",
     QT_TRANSLATE_NOOP("Catalog",
         "Wireshark: its per-class statistics bucket for 1xx codes it does not list by name, "
         "not another name for 199 Early Dialog Terminated")},
    {380, "Alternate Service",
     QT_TRANSLATE_NOOP("Catalog", "Some status lists")},
    {412, "Precondition Failed",
     QT_TRANSLATE_NOOP("Catalog", "sofia-sip; reSIProcate")},
    {422, "Session Timer Too Small",
     QT_TRANSLATE_NOOP("Catalog", "Wireshark; some vendors")},
    {436, "Bad Identity-Info",
     QT_TRANSLATE_NOOP("Catalog", "PJSIP; Wireshark (RFC 4474 wording)")},
    {437, "Unsupported Certificate",
     QT_TRANSLATE_NOOP("Catalog", "PJSIP; Wireshark; FreeSWITCH (RFC 4474 wording)")},
    {481, "Call Leg/Transaction Does Not Exist",
     QT_TRANSLATE_NOOP("Catalog", "RFC 2543 and older gateways")},
    {489, "Event Package Not Supported",
     QT_TRANSLATE_NOOP("Catalog", "reSIProcate")},
    {500, "Internal Server Error",
     QT_TRANSLATE_NOOP("Catalog", "sofia-sip; Wikipedia; many vendor pages")},
    {504, "Gateway Time-out",
     QT_TRANSLATE_NOOP("Catalog", "RFC 2543; sofia-sip; some analysers")},
    {580, "Precondition Failed",
     QT_TRANSLATE_NOOP("Catalog", "Some analysers")},
    {603, "Declined",
     QT_TRANSLATE_NOOP("Catalog", "Some stacks and provider pages")},
};
} // namespace

std::span<const PhraseVariant> phraseVariants() { return variants; }

} // namespace SipScope::CatalogData

// data/codefrequency.cpp - how often a help desk meets each code, as a tier from 1 to 5,
// used by the search to order near-ties ("busy": 486 before 600). A judgement, not a
// traffic measurement: a code's tier follows how many providers' "common SIP error codes"
// pages single it out (SIP.US, sipgate, OIT, Voicent, ViviVoIP; docs/search.md lists the
// pages and the rule). Codes not listed are tier 2 when registered, 1 otherwise.
#include "../searchvocabulary.h"

namespace SipScope::SearchData {
namespace {
constexpr CodeFrequency tiers[] = {
    // On (nearly) every provider's short list of the codes customers report.
    {200, 5}, {401, 5}, {403, 5}, {404, 5}, {408, 5}, {480, 5}, {486, 5}, {487, 5},
    {503, 5}, {603, 5},
    // On several of them.
    {100, 4}, {180, 4}, {183, 4}, {301, 4}, {302, 4}, {400, 4}, {402, 4}, {407, 4},
    {481, 4}, {484, 4}, {488, 4}, {500, 4}, {502, 4}, {504, 4}, {606, 4},
    // In the full lists, with a help-desk explanation of their own.
    {181, 3}, {182, 3}, {202, 3}, {405, 3}, {406, 3}, {410, 3}, {413, 3}, {414, 3},
    {415, 3}, {416, 3}, {420, 3}, {421, 3}, {422, 3}, {423, 3}, {482, 3}, {483, 3},
    {489, 3}, {491, 3}, {501, 3}, {505, 3}, {513, 3}, {600, 3}, {604, 3}, {607, 3},
    {608, 3},
};
} // namespace

std::span<const CodeFrequency> codeFrequencies() { return tiers; }

} // namespace SipScope::SearchData

// The compiled-in catalog tables, one per response class, each defined in its own
// file under data/ (they are long; keeping them apart keeps every file reviewable).
#pragma once

#include "codeentry.h"

#include <span>

namespace SipScope::CatalogData {

std::span<const CodeEntry> provisional();      // 1xx       data/codes_1xx.cpp
std::span<const CodeEntry> success();          // 2xx       data/codes_2xx.cpp
std::span<const CodeEntry> redirection();      // 3xx       data/codes_3xx.cpp
std::span<const CodeEntry> clientFailureLow(); // 400..424  data/codes_4xx_low.cpp
std::span<const CodeEntry> clientFailureHigh();// 425..499  data/codes_4xx_high.cpp
std::span<const CodeEntry> serverFailure();    // 5xx       data/codes_5xx.cpp
std::span<const CodeEntry> globalFailure();    // 6xx       data/codes_6xx.cpp
std::span<const CodeEntry> nonStandard();      // any class data/codes_nonstandard.cpp
std::span<const ClassEntry> classes();         // 1..6      data/classes.cpp

// A reason phrase seen in real equipment that differs from the registered one
// (RFC 3261 §7.2: the code is normative, the phrase only advice).
struct PhraseVariant
{
    int code;
    const char *phrase;     // as seen on the wire (protocol text, untranslated)
    const char *whereSeen;  // translatable
};
std::span<const PhraseVariant> phraseVariants(); // data/phrasevariants.cpp

} // namespace SipScope::CatalogData

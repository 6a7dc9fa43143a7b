// The raw, compiled-in form of one catalog entry.
//
// Texts are stored as untranslated C strings marked with QT_TRANSLATE_NOOP so that
// lupdate extracts them; ResponseCodeCatalog translates them on demand, which is what
// makes a language switch at runtime cheap (nothing has to be rebuilt but the
// search index). Reason phrases are protocol tokens and are never translated.
#pragma once

namespace SipScope {

// How a code relates to the IANA "Response Codes" registry of the SIP Parameters.
enum class CodeKind {
    Registered,     // in the IANA registry
    Unregistered,   // sent on the wire by some equipment, but not registered
    LocalOnly,      // a status some stacks report locally; never crosses the wire
    AnalyserLabel,  // a label used by protocol analysers (e.g. Wireshark buckets)
    ClassFallback,  // synthesised: an unknown code in 100..699 read as its class's x00
};

// The translation context of every catalog text.
inline constexpr char CatalogContext[] = "Catalog";

struct CodeEntry
{
    int code = 0;
    const char *reason = nullptr;    // registered phrase, exactly as registered
    CodeKind kind = CodeKind::Registered;
    // Defining documents with sections, space separated: "RFC3261#21.4.7 RFC3262#3".
    // The part before '#' is the document, after it the section (may be empty).
    const char *refs = nullptr;
    const char *related = nullptr;   // related codes, space separated: "600 603"
    const char *source = nullptr;    // for non-registered codes: where it comes from (translatable)
    // The texts below are all wrapped in QT_TRANSLATE_NOOP("Catalog", ...).
    const char *summary = nullptr;   // one plain sentence for a caller
    const char *meaning = nullptr;   // 2-4 plain sentences: what happened, whose side
    const char *technical = nullptr; // protocol semantics for a technician
    const char *causes = nullptr;    // typical causes, one per line ('\n' separated)
    const char *actions = nullptr;   // what to check next, one per line
    const char *keywords = nullptr;  // words people use, comma separated
};

// Explanations of the six response classes (RFC 3261 §7.2, §21).
struct ClassEntry
{
    int codeClass = 0;               // 1..6
    const char *name = nullptr;      // "Provisional", "Success", ... (translatable)
    const char *summary = nullptr;
    const char *meaning = nullptr;
    const char *technical = nullptr;
    const char *actions = nullptr;   // one per line
    const char *keywords = nullptr;  // comma separated
};

} // namespace SipScope

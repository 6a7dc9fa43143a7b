// Fuzz target "code_search": CodeSearch::search over the whole catalog with any query
// text and options (the GUI searches on every keystroke, the CLI takes any argument).
//
// Input: byte 0 selects the options (non-standard codes, class filter), byte 1 the
// limit, the rest is the query in UTF-8. Contract checked: best first, each code once,
// the limit and the class filter respected, no unregistered code unless asked for, and
// a blank query finds nothing.
#include "fuzztargets.h"

#include "codes/codesearch.h"
#include "codes/responsecodecatalog.h"

#include <QSet>

namespace SipScope::Fuzz {

namespace {
constexpr const char *Name = "code_search";
}

int fuzzCodeSearch(const std::uint8_t *data, std::size_t size)
{
    static const CodeSearch search;
    static const QList<int> registeredCodes = ResponseCodeCatalog::instance().codeNumbers(false);
    if (size < 2)
        return 0;

    SearchOptions options;
    options.includeNonStandard = (data[0] & 1) != 0;
    options.codeClass = (data[0] >> 1) % 7;
    options.limit = data[1] % 8;
    const QString query = QString::fromUtf8(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));

    const QList<SearchHit> hits = search.search(query, options);
    if (CodeSearch::isBlank(query))
        SIPSCOPE_FUZZ_CHECK(Name, hits.isEmpty());
    if (options.limit > 0)
        SIPSCOPE_FUZZ_CHECK(Name, hits.size() <= options.limit);
    QSet<int> seen;
    for (qsizetype i = 0; i < hits.size(); ++i) {
        const SearchHit &hit = hits.at(i);
        SIPSCOPE_FUZZ_CHECK(Name, !seen.contains(hit.code));
        seen.insert(hit.code);
        SIPSCOPE_FUZZ_CHECK(Name, hit.matchedFields != MatchFields());
        if (i > 0)
            SIPSCOPE_FUZZ_CHECK(Name, hits.at(i - 1).score >= hit.score);
        if (options.codeClass != 0)
            SIPSCOPE_FUZZ_CHECK(Name, hit.code / 100 == options.codeClass);
        if (!options.includeNonStandard)
            SIPSCOPE_FUZZ_CHECK(Name, registeredCodes.contains(hit.code));
    }
    return 0;
}

} // namespace SipScope::Fuzz

// Scores CodeSearch against an evaluation set (tests/data/search/*.tsv): for every query
// the rank of the first acceptable code, summarised per language as top-1, top-3, mean
// reciprocal rank and the number of empty answers. Header-only: the floor test
// (tst_searchevaluation) and the report (searcheval, run by ./scripts/bench) share it.
// The format and how the figures are used: docs/search.md.
#pragma once

#include "codes/codesearch.h"
#include "i18n/translations.h"

#include <QFile>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace SipScope::Test {

struct EvaluationQuery
{
    QString language;
    QString query;
    QList<int> acceptable;
    int line = 0;
};

struct EvaluationResult
{
    EvaluationQuery query;
    int rank = 0;            // 1-based rank of the first acceptable code; 0: not listed
    int hits = 0;            // how many codes the search listed
    QList<int> top;          // the first five codes listed
};

struct LanguageFigures
{
    int queries = 0;
    int top1 = 0;
    int top3 = 0;
    int empty = 0;
    double reciprocalRanks = 0;
    double top1Rate() const { return queries ? double(top1) / queries : 0; }
    double top3Rate() const { return queries ? double(top3) / queries : 0; }
    double mrr() const { return queries ? reciprocalRanks / queries : 0; }
};

// Lines "language<TAB>query<TAB>codes"; '#' starts a comment line. nullopt with `error`
// set for a file that cannot be read or a malformed line.
inline std::optional<QList<EvaluationQuery>> loadEvaluation(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return std::nullopt;
    }
    QList<EvaluationQuery> out;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList fields = line.split(u'\t');
        EvaluationQuery query{fields.value(0).trimmed(), fields.value(1).trimmed(), {}, int(i + 1)};
        for (const QString &code : fields.value(2).split(u' ', Qt::SkipEmptyParts)) {
            bool ok = false;
            const int value = code.toInt(&ok);
            if (ok)
                query.acceptable.append(value);
        }
        if (fields.size() != 3 || query.language.isEmpty() || query.query.isEmpty()
            || query.acceptable.isEmpty()) {
            *error = QStringLiteral("%1:%2: expected language, query and codes separated by tabs")
                         .arg(path).arg(i + 1);
            return std::nullopt;
        }
        out.append(query);
    }
    return out;
}

// Runs every query in its own language, as the Codes view does (non-standard codes
// included, the index built in that language).
inline QList<EvaluationResult> evaluate(const QList<EvaluationQuery> &queries)
{
    QMap<QString, QList<EvaluationQuery>> byLanguage;
    for (const EvaluationQuery &query : queries)
        byLanguage[query.language].append(query);
    QList<EvaluationResult> out;
    Translations translations;
    for (auto it = byLanguage.cbegin(); it != byLanguage.cend(); ++it) {
        if (!translations.setLanguage(it.key()))
            continue;
        const CodeSearch search;
        SearchOptions options;
        options.includeNonStandard = true;
        for (const EvaluationQuery &query : it.value()) {
            const QList<SearchHit> hits = search.search(query.query, options);
            EvaluationResult result{query, 0, int(hits.size()), {}};
            for (qsizetype i = 0; i < hits.size(); ++i) {
                if (i < 5)
                    result.top.append(hits.at(i).code);
                if (result.rank == 0 && query.acceptable.contains(hits.at(i).code))
                    result.rank = int(i + 1);
            }
            out.append(result);
        }
    }
    translations.setLanguage(QStringLiteral("en"));
    return out;
}

inline QMap<QString, LanguageFigures> figures(const QList<EvaluationResult> &results)
{
    QMap<QString, LanguageFigures> out;
    for (const EvaluationResult &result : results) {
        LanguageFigures &f = out[result.query.language];
        ++f.queries;
        f.top1 += result.rank == 1;
        f.top3 += result.rank >= 1 && result.rank <= 3;
        f.empty += result.hits == 0;
        if (result.rank > 0)
            f.reciprocalRanks += 1.0 / result.rank;
    }
    return out;
}

} // namespace SipScope::Test

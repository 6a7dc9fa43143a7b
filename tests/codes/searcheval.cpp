// Prints how well the search answers the evaluation set, per language and per part:
// top-1, top-3, mean reciprocal rank and empty answers. ./scripts/bench runs it; it can
// also score any other set in the same format (a held-out one):
//
//   searcheval                        every part in tests/data/search
//   searcheval FILE...                those files
//   searcheval --failures FILE...     also every query whose first answer is wrong
//   searcheval --query LANG WORDS...  the first ten hits of one query, with scores
//
// A report, not a test: the floors are in tst_searchevaluation.
#include "searchevaluation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

using namespace SipScope;
using namespace SipScope::Test;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList files;
    bool failures = false;
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.size() >= 3 && arguments.constFirst() == QStringLiteral("--query")) {
        Translations translations;
        if (!translations.setLanguage(arguments.at(1))) {
            QTextStream(stderr) << "unknown language " << arguments.at(1) << '\n';
            return 2;
        }
        SearchOptions options;
        options.includeNonStandard = true;
        const SearchResult result = CodeSearch().find(arguments.mid(2).join(u' '), options);
        QTextStream out(stdout);
        for (const QueryRecognition &r : result.recognitions)
            out << "note: " << r.note << '\n';
        for (qsizetype i = 0; i < std::min<qsizetype>(10, result.hits.size()); ++i) {
            const SearchHit &hit = result.hits.at(i);
            out << hit.code << ' ' << hit.score << (hit.strong ? " strong" : " related") << " fields=0x"
                << QString::number(hit.matchedFields.toInt(), 16) << '\n';
        }
        out << result.hits.size() << " hits\n";
        return 0;
    }
    for (const QString &argument : arguments) {
        if (argument == QStringLiteral("--failures"))
            failures = true;
        else
            files.append(argument);
    }
    if (files.isEmpty()) {
        files = {QStringLiteral(SIPSCOPE_TEST_DATA_DIR "/search/tuned.tsv"),
                 QStringLiteral(SIPSCOPE_TEST_DATA_DIR "/search/heldout.tsv"),
                 QStringLiteral(SIPSCOPE_TEST_DATA_DIR "/search/heldout2.tsv"),
                 QStringLiteral(SIPSCOPE_TEST_DATA_DIR "/search/heldout3.tsv"),
                 QStringLiteral(SIPSCOPE_TEST_DATA_DIR "/search/heldout4.tsv"),
                 QStringLiteral(SIPSCOPE_TEST_DATA_DIR "/search/heldout5.tsv")};
    }
    QTextStream out(stdout);
    out << "| part | language | queries | top-1 | top-3 | MRR | empty |\n"
        << "| --- | --- | ---: | ---: | ---: | ---: | ---: |\n";
    QStringList failed;
    for (const QString &file : files) {
        QString error;
        const auto queries = loadEvaluation(file, &error);
        if (!queries) {
            QTextStream(stderr) << error << '\n';
            return 2;
        }
        const QList<EvaluationResult> results = evaluate(*queries);
        const QString part = QFileInfo(file).completeBaseName();
        const auto table = figures(results);
        for (auto it = table.cbegin(); it != table.cend(); ++it) {
            const LanguageFigures &f = it.value();
            out << "| " << part << " | " << it.key() << " | " << f.queries << " | "
                << QString::number(100 * f.top1Rate(), 'f', 1) << " % | "
                << QString::number(100 * f.top3Rate(), 'f', 1) << " % | "
                << QString::number(f.mrr(), 'f', 3) << " | " << f.empty << " |\n";
        }
        for (const EvaluationResult &r : results) {
            if (r.rank == 1)
                continue;
            QStringList top;
            for (const int code : r.top)
                top.append(QString::number(code));
            failed.append(QStringLiteral("%1:%2 [%3] \"%4\" wants %5, rank %6, listed %7: %8")
                              .arg(part).arg(r.query.line).arg(r.query.language, r.query.query)
                              .arg(QString::number(r.query.acceptable.constFirst()))
                              .arg(r.rank).arg(r.hits).arg(top.join(u' ')));
        }
    }
    out.flush();
    if (failures) {
        for (const QString &line : failed)
            out << line << '\n';
    }
    return 0;
}

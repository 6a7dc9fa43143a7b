// `search` and `list`: find codes by words or browse them by class.
#include "commands.h"

#include "commandparser.h"
#include "jsonoutput.h"
#include "textwriter.h"

#include "codes/codesearch.h"
#include "codes/responsecodecatalog.h"

#include <QCoreApplication>
#include <QHash>
#include <QTextStream>

namespace SipScope::Cli {

using namespace Qt::Literals::StringLiterals;

namespace {

QCommandLineOption allOption()
{
    return QCommandLineOption(
        QStringList{u"all"_s},
        QCoreApplication::translate("Cli", "Include the codes that are not IANA-registered "
                                           "(seen on the wire, local statuses, analyser labels)."));
}

// "486  Busy Here" with the kind appended for a code that is not registered.
QString listLine(const ResponseCode &code)
{
    QString line = u"%1  %2"_s.arg(code.code).arg(code.reason);
    if (!code.isRegistered())
        line += u"  ["_s + codeKindLabel(code.kind) + u']';
    return line;
}

QHash<int, ResponseCode> codesByNumber(bool includeNonStandard)
{
    QHash<int, ResponseCode> out;
    for (const ResponseCode &code : ResponseCodeCatalog::instance().codes(includeNonStandard))
        out.insert(code.code, code);
    return out;
}

} // namespace

int runSearchCommand(const QStringList &arguments, CommandContext &context)
{
    CommandParser parser(u"search"_s, u"<words...>"_s,
                         QCoreApplication::translate(
                             "Cli", "Find response codes by number, class (4xx) or words, "
                                    "best match first."),
                         context);
    const QCommandLineOption limitOption(
        QStringList{u"limit"_s},
        QCoreApplication::translate("Cli", "Show at most <n> results (0: all; default 10)."),
        u"n"_s, u"10"_s);
    const QCommandLineOption all = allOption();
    parser.addOption(limitOption);
    parser.addOption(all);
    parser.addJsonOption();
    parser.addPositional(u"words"_s, QCoreApplication::translate(
                                         "Cli", "What to look for, e.g. busy, \"nobody answers\", 48, 5xx."));
    if (const auto exit = parser.parse(arguments))
        return *exit;

    const QString query = parser.positionals().join(u' ').simplified();
    if (query.isEmpty())
        return parser.usageError(QCoreApplication::translate("Cli", "Missing argument: %1.")
                                     .arg(QCoreApplication::translate("Cli", "search words")));
    bool ok = false;
    const int limit = parser.value(limitOption).toInt(&ok);
    if (!ok || limit < 0) {
        return parser.usageError(QCoreApplication::translate(
            "Cli", "--limit needs a whole number of 0 or more, not \"%1\".").arg(parser.value(limitOption)));
    }

    SearchOptions options;
    options.includeNonStandard = parser.isSet(all);
    options.limit = limit;
    const QList<SearchHit> hits = CodeSearch().search(query, options);
    const QHash<int, ResponseCode> codes = codesByNumber(options.includeNonStandard);

    if (parser.json()) {
        QJsonArray results;
        for (const SearchHit &hit : hits) {
            const ResponseCode code = codes.value(hit.code);
            results.append(QJsonObject{
                {u"code"_s, hit.code},
                {u"reason"_s, code.reason},
                {u"score"_s, hit.score},
                {u"registered"_s, code.isRegistered()},
                {u"kind"_s, codeKindToken(code.kind)},
                {u"summary"_s, code.summary},
            });
        }
        JsonOutput::print(context.out, QJsonObject{{u"query"_s, query}, {u"results"_s, results}});
        return hits.isEmpty() ? ExitNothingFound : ExitFound;
    }

    TextWriter writer(context.out);
    if (hits.isEmpty()) {
        writer.paragraph(QCoreApplication::translate("Cli", "No response code matches \"%1\".").arg(query), 0);
        return ExitNothingFound;
    }
    for (const SearchHit &hit : hits) {
        const ResponseCode code = codes.value(hit.code);
        writer.line(listLine(code));
        writer.paragraph(code.summary, 5);
    }
    return ExitFound;
}

int runListCommand(const QStringList &arguments, CommandContext &context)
{
    CommandParser parser(u"list"_s, QString(),
                         QCoreApplication::translate("Cli", "List the response codes, by class."),
                         context);
    const QCommandLineOption classOption(
        QStringList{u"class"_s},
        QCoreApplication::translate("Cli", "Only the class <n>: 1 to 6 (or 1xx to 6xx)."), u"n"_s);
    const QCommandLineOption all = allOption();
    parser.addOption(classOption);
    parser.addOption(all);
    parser.addJsonOption();
    if (const auto exit = parser.parse(arguments))
        return *exit;
    if (!parser.positionals().isEmpty()) {
        return parser.usageError(QCoreApplication::translate("Cli", "Unexpected argument \"%1\".")
                                     .arg(parser.positionals().constFirst()));
    }

    int codeClass = 0;
    if (parser.isSet(classOption)) {
        QString value = parser.value(classOption).trimmed().toLower();
        if (value.size() == 3 && value.endsWith(u"xx"_s))
            value.chop(2);
        bool ok = false;
        codeClass = value.toInt(&ok);
        if (!ok || value.size() != 1 || codeClass < 1 || codeClass > 6) {
            return parser.usageError(QCoreApplication::translate(
                "Cli", "--class needs a response class from 1 to 6, not \"%1\".").arg(parser.value(classOption)));
        }
    }

    const ResponseCodeCatalog &catalog = ResponseCodeCatalog::instance();
    QList<ResponseCode> codes;
    for (const ResponseCode &code : catalog.codes(parser.isSet(all))) {
        if (codeClass == 0 || (code.code >= 100 && code.code <= 699 && code.codeClass() == codeClass))
            codes.append(code);
    }

    if (parser.json()) {
        QJsonArray array;
        for (const ResponseCode &code : codes) {
            array.append(QJsonObject{
                {u"code"_s, code.code},
                {u"reason"_s, code.reason},
                {u"registered"_s, code.isRegistered()},
                {u"kind"_s, codeKindToken(code.kind)},
                {u"rfc"_s, JsonOutput::rfcList(code.refs)},
                {u"summary"_s, code.summary},
            });
        }
        JsonOutput::print(context.out, array);
        return codes.isEmpty() ? ExitNothingFound : ExitFound;
    }

    TextWriter writer(context.out);
    if (codes.isEmpty()) {
        writer.paragraph(QCoreApplication::translate("Cli", "No response codes to list."), 0);
        return ExitNothingFound;
    }
    int currentClass = -1;
    for (const ResponseCode &code : codes) {
        const int group = code.code >= 100 && code.code <= 699 ? code.codeClass() : 0;
        if (group != currentClass) {
            currentClass = group;
            const QString name = group ? catalog.classInfo(group).name : QString();
            writer.heading(group == 0
                               ? QCoreApplication::translate("Cli", "Local statuses and labels outside 100-699")
                               : u"%1 %2"_s.arg(code.classLabel(), name).trimmed());
        }
        QString line = listLine(code);
        if (!code.refs.isEmpty())
            line += u"  ("_s + code.refs.constFirst().label() + u')';
        writer.line(u"  "_s + line);
    }
    return ExitFound;
}

} // namespace SipScope::Cli

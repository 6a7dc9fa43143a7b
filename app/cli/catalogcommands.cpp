// `code`, `q850` and `warning`: explain one value a help desk reads off a phone,
// a gateway log or a Warning header.
#include "commands.h"

#include "codeprinter.h"
#include "commandparser.h"
#include "jsonoutput.h"
#include "textwriter.h"

#include "codes/q850.h"
#include "codes/responsecodecatalog.h"
#include "codes/warningcodes.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextStream>

namespace SipScope::Cli {

using namespace Qt::Literals::StringLiterals;

namespace {

// Exactly one positional argument, or a usage error.
std::optional<QString> singleArgument(const CommandParser &parser, const char *what)
{
    const QStringList positionals = parser.positionals();
    if (positionals.size() == 1)
        return positionals.constFirst();
    if (positionals.isEmpty())
        parser.usageError(QCoreApplication::translate("Cli", "Missing argument: %1.")
                              .arg(QCoreApplication::translate("Cli", what)));
    else
        parser.usageError(QCoreApplication::translate("Cli", "Expected one %1, got %2 arguments.")
                              .arg(QCoreApplication::translate("Cli", what))
                              .arg(positionals.size()));
    return std::nullopt;
}

} // namespace

int runCodeCommand(const QStringList &arguments, CommandContext &context)
{
    CommandParser parser(u"code"_s, u"<code>"_s,
                         QCoreApplication::translate("Cli", "Explain a SIP response code."), context);
    parser.addJsonOption();
    parser.addPositional(u"code"_s, QCoreApplication::translate("Cli", "The response code, e.g. 486."));
    if (const auto exit = parser.parse(arguments))
        return *exit;
    const auto text = singleArgument(parser, QT_TRANSLATE_NOOP("Cli", "response code"));
    if (!text)
        return ExitUsage;

    const LookupResult result = ResponseCodeCatalog::instance().lookup(*text);
    if (!result.code)
        return parser.usageError(result.errorMessage);
    if (parser.json()) {
        JsonOutput::print(context.out, JsonOutput::code(*result.code));
    } else {
        TextWriter writer(context.out);
        CodePrinter::print(writer, *result.code);
    }
    return ExitFound;
}

int runQ850Command(const QStringList &arguments, CommandContext &context)
{
    CommandParser parser(u"q850"_s, u"<cause>"_s,
                         QCoreApplication::translate(
                             "Cli", "Show the SIP response an ISDN/Q.850 cause value becomes "
                                    "(RFC 3398 §7.2.4.1), and explain it."),
                         context);
    parser.addJsonOption();
    parser.addPositional(u"cause"_s, QCoreApplication::translate(
                                         "Cli", "The cause value (1-127), or a Reason header "
                                                "such as 'Q.850;cause=17'."));
    if (const auto exit = parser.parse(arguments))
        return *exit;
    const auto text = singleArgument(parser, QT_TRANSLATE_NOOP("Cli", "cause value"));
    if (!text)
        return ExitUsage;

    // A Reason header (RFC 3326) carries the value as "cause=17".
    static const QRegularExpression reasonHeader(u"cause\\s*=\\s*(\\d+)"_s,
                                                 QRegularExpression::CaseInsensitiveOption);
    QString number = text->trimmed();
    if (const auto match = reasonHeader.match(number); match.hasMatch())
        number = match.captured(1);
    bool ok = false;
    const int cause = number.toInt(&ok);
    static const QRegularExpression digits(u"^\\d{1,3}$"_s);
    if (!digits.match(number).hasMatch() || !ok || cause < 1 || cause > 127) {
        return parser.usageError(QCoreApplication::translate(
            "Cli", "\"%1\" is not a Q.850 cause value: causes are numbers from 1 to 127.").arg(*text));
    }

    const ResponseCodeCatalog &catalog = ResponseCodeCatalog::instance();
    const QString name = catalog.q850CauseName(cause);
    const QList<int> codes = catalog.sipCodesForQ850(cause);
    // Cause 22 maps to two codes, told apart by a condition.
    auto condition = [&](int code) {
        for (const auto &row : Q850::causeToSip()) {
            if (row.cause == cause && row.sipCode == code && row.variant)
                return QCoreApplication::translate("Q850", row.variant);
        }
        return QString();
    };
    const bool known = !name.isEmpty();
    const QString note = Q850::causeNote(cause);

    if (parser.json()) {
        QJsonArray mappings;
        for (const int code : codes) {
            if (const auto entry = catalog.explain(code))
                mappings.append(QJsonObject{
                    {u"code"_s, code},
                    {u"reason"_s, entry->reason},
                    {u"condition"_s, condition(code).isEmpty() ? QJsonValue(QJsonValue::Null)
                                                               : QJsonValue(condition(code))},
                    {u"explanation"_s, JsonOutput::code(*entry)}});
        }
        QJsonArray sipCodes;
        for (const int code : codes)
            sipCodes.append(code);
        QJsonObject object{
            {u"cause"_s, cause},
            {u"name"_s, known ? QJsonValue(name) : QJsonValue(QJsonValue::Null)},
            {u"rfc"_s, u"RFC3398"_s},
            {u"section"_s, u"7.2.4.1"_s},
            {u"sip_codes"_s, sipCodes},
            {u"mappings"_s, mappings},
            {u"note"_s, note.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(note)},
        };
        JsonOutput::print(context.out, object);
        return known ? ExitFound : ExitNothingFound;
    }

    TextWriter writer(context.out);
    if (!known) {
        writer.paragraph(QCoreApplication::translate(
                             "Cli", "Q.850 cause %1 is not in the RFC 3398 mapping tables.").arg(cause),
                         0);
        writer.paragraph(note, 0);
        return ExitNothingFound;
    }
    writer.line(QCoreApplication::translate("Cli", "Q.850 cause %1: %2").arg(cause).arg(name));
    if (!note.isEmpty())
        writer.paragraph(note, 0);
    for (const int code : codes) {
        const auto entry = catalog.explain(code);
        if (!entry)
            continue;
        const QString when = condition(code);
        writer.paragraph(when.isEmpty()
                             ? QCoreApplication::translate("Cli", "RFC 3398 §7.2.4.1 maps it to %1.")
                                   .arg(CodePrinter::title(*entry))
                             : QCoreApplication::translate("Cli", "RFC 3398 §7.2.4.1 maps it to %1 (%2).")
                                   .arg(CodePrinter::title(*entry), when),
                         0);
        writer.line();
        CodePrinter::print(writer, *entry);
        writer.line();
    }
    return ExitFound;
}

int runWarningCommand(const QStringList &arguments, CommandContext &context)
{
    CommandParser parser(u"warning"_s, u"<warn-code>"_s,
                         QCoreApplication::translate(
                             "Cli", "Explain a Warning header code (RFC 3261 §20.43)."),
                         context);
    parser.addJsonOption();
    parser.addPositional(u"warn-code"_s, QCoreApplication::translate(
                                             "Cli", "The three-digit warn-code, e.g. 305, or the "
                                                    "whole header value: 399 host \"text\"."));
    if (const auto exit = parser.parse(arguments))
        return *exit;
    const QStringList positionals = parser.positionals();
    if (positionals.isEmpty())
        return parser.usageError(QCoreApplication::translate("Cli", "Missing argument: %1.")
                                     .arg(QCoreApplication::translate("Cli", "warn-code")));

    // RFC 3261 §20.43: warning-value = warn-code SP warn-agent SP warn-text.
    static const QRegularExpression header(
        u"^\\s*(?:warning\\s*:\\s*)?(\\d{3})(?:\\s+(\\S+)(?:\\s+\"(.*)\")?)?\\s*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QString text = positionals.join(u' ');
    const auto match = header.match(text);
    if (!match.hasMatch()) {
        return parser.usageError(QCoreApplication::translate(
            "Cli", "\"%1\" is not a warn-code: it has three digits, such as 305.").arg(text.trimmed()));
    }
    const int code = match.captured(1).toInt();
    const QString agent = match.captured(2);
    const QString received = match.captured(3);
    const auto warning = WarningCodes::find(code);

    if (parser.json()) {
        QJsonObject object = warning ? JsonOutput::warning(*warning)
                                     : QJsonObject{{u"code"_s, code}, {u"text"_s, QJsonValue::Null}};
        object.insert(u"registered"_s, warning.has_value());
        if (!agent.isEmpty())
            object.insert(u"agent"_s, agent);
        if (!received.isEmpty())
            object.insert(u"received_text"_s, received);
        JsonOutput::print(context.out, object);
        return warning ? ExitFound : ExitNothingFound;
    }

    TextWriter writer(context.out);
    if (!warning) {
        writer.paragraph(QCoreApplication::translate(
                             "Cli", "Warning %1 is not a registered warn-code; read its text, "
                                    "which the sender chose freely.").arg(code),
                         0);
        return ExitNothingFound;
    }
    writer.line(u"%1 %2"_s.arg(warning->code).arg(warning->text));
    writer.paragraph(warning->rfc == u"RFC3261"_s
                         ? u"RFC 3261 §20.43"_s
                         : RfcRef{warning->rfc, {}}.label(), 0);
    writer.line();
    writer.paragraph(warning->explanation, 0);
    if (!agent.isEmpty())
        writer.paragraph(QCoreApplication::translate("Cli", "Sent by: %1").arg(agent), 0);
    if (!received.isEmpty())
        writer.paragraph(QCoreApplication::translate("Cli", "Text received: %1").arg(received), 0);
    return ExitFound;
}

} // namespace SipScope::Cli

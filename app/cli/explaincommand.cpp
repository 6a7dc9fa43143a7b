// `explain`: paste and explain. Reads a log excerpt, a SIP response or a header from a
// file or standard input and explains every status line, code, Reason, Warning,
// Retry-After and Q.850 cause in it (core/codes/explainer.h, docs/explain.md).
#include "commands.h"

#include "capturexplainer.h"
#include "commandparser.h"
#include "explainfindings.h"
#include "jsonoutput.h"
#include "textwriter.h"

#include "codes/explainer.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <optional>

namespace SipScope::Cli {

using namespace Qt::Literals::StringLiterals;

namespace {

// More than any log excerpt a person pastes; it keeps a mistaken `explain /dev/zero`
// from eating the memory.
constexpr qint64 MaxInputBytes = 64 * 1024 * 1024;

// Reads the whole device; an error message instead when it fails or is too large.
std::optional<QByteArray> readAll(QIODevice &device, const QString &name, QString &error)
{
    QByteArray data;
    QByteArray chunk(1024 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 n = device.read(chunk.data(), chunk.size());
        if (n == 0)
            break;
        if (n < 0) {
            error = QCoreApplication::translate("Cli", "Cannot read %1: %2.").arg(name, device.errorString());
            return std::nullopt;
        }
        data.append(chunk.constData(), n);
        if (data.size() > MaxInputBytes) {
            error = QCoreApplication::translate("Cli", "%1 is larger than %2 MiB; explain an excerpt of it.")
                        .arg(name, QString::number(MaxInputBytes / (1024 * 1024)));
            return std::nullopt;
        }
    }
    return data;
}

} // namespace

int runExplainCommand(const QStringList &arguments, CommandContext &context)
{
    CommandParser parser(u"explain"_s, u"[file]"_s,
                         QCoreApplication::translate("Cli", "Find every SIP status line, response code, Reason, Warning and "
                            "Retry-After header and Q.850 cause in pasted text (a log excerpt, a "
                            "SIP response, a call record) and explain each."),
                         context);
    parser.addJsonOption();
    parser.addPositional(u"file"_s, QCoreApplication::translate("Cli", "The text to read; standard input when left out or \"-\"."));
    if (const auto exit = parser.parse(arguments))
        return *exit;
    const QStringList positionals = parser.positionals();
    if (positionals.size() > 1) {
        return parser.usageError(QCoreApplication::translate("Cli", "Expected at most one file, got %1 arguments.")
                                     .arg(positionals.size()));
    }

    const QString path = positionals.isEmpty() ? u"-"_s : positionals.constFirst();
    QFile file;
    QString name;
    bool opened = false;
    if (path == u"-"_s) {
        name = QCoreApplication::translate("Cli", "standard input");
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        name = u"\"%1\""_s.arg(path);
        file.setFileName(path);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened)
        return parser.usageError(QCoreApplication::translate("Cli", "Cannot read %1: %2.").arg(name, file.errorString()));
    // A pcap or pcapng file (its magic number) is a capture, read frame by frame and
    // never whole into memory.
    if (path != u"-"_s && CaptureReader::hasCaptureMagic(file.peek(4))) {
        file.close();
        return explainCapture(path, parser, context);
    }
    QString error;
    const std::optional<QByteArray> data = readAll(file, name, error);
    if (!data)
        return parser.usageError(error);

    // Invalid UTF-8 (binary data, another encoding) becomes U+FFFD; the recognizer
    // only needs the ASCII parts.
    const QList<ExplainFinding> findings = Explainer::explain(QString::fromUtf8(*data));

    if (parser.json()) {
        QJsonArray array;
        for (const ExplainFinding &f : findings)
            array.append(findingJson(f));
        JsonOutput::print(context.out, QJsonObject{{u"findings"_s, array}});
    } else if (findings.isEmpty()) {
        TextWriter(context.out).paragraph(
            QCoreApplication::translate("Cli", "Nothing recognised: the text holds no SIP status line, response code, Reason, "
               "Warning or Retry-After header, or Q.850 cause."), 0);
    } else {
        TextWriter writer(context.out);
        for (const ExplainFinding &f : findings)
            printFinding(writer, f);
    }
    return findings.isEmpty() ? ExitNothingFound : ExitFound;
}

} // namespace SipScope::Cli

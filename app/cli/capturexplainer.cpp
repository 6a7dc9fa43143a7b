#include "capturexplainer.h"

#include "explainfindings.h"
#include "textwriter.h"

#include "capture/captureanalysis.h"
#include "capture/packetdecoder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace SipScope::Cli {

namespace {

// "2026-12-07T16:17:29.529177Z": UTC with the microseconds the capture holds.
QString timeText(qint64 us)
{
    const qint64 seconds = us >= 0 ? us / 1000000 : (us - 999999) / 1000000;
    const qint64 fraction = us - seconds * 1000000;
    // Qt 6.5 added QTimeZone::UTC; 6.9 deprecates the Qt::TimeSpec overload 6.4 needs.
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    const QDateTime at = QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::UTC);
#else
    const QDateTime at = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
#endif
    return at.toString(u"yyyy-MM-ddTHH:mm:ss"_s)
        + u'.' + u"%1"_s.arg(fraction, 6, 10, QLatin1Char('0')) + u'Z';
}

QString summaryOf(const CaptureMessage &m)
{
    if (m.response)
        return QString::number(m.statusCode) + u' ' + m.reasonPhrase;
    return m.method + u' ' + m.requestUri;
}

QJsonObject whereJson(const CaptureMessage &m)
{
    return {{u"frame"_s, m.frame},
            {u"time"_s, timeText(m.timeUs)},
            {u"time_us"_s, m.timeUs},
            {u"source"_s, m.source},
            {u"destination"_s, m.destination},
            {u"transport"_s, m.transport},
            {u"call_id"_s, m.callId},
            {u"cseq"_s, u"%1 %2"_s.arg(m.cseqNumber).arg(m.cseqMethod)}};
}

template<typename List, typename Make>
void printArray(QTextStream &out, const char *key, const List &list, Make make, bool lastKey)
{
    out << "    \"" << key << "\": [";
    if (list.isEmpty()) {
        out << "]" << (lastKey ? "\n" : ",\n");
        return;
    }
    out << '\n';
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QByteArray text = QJsonDocument(make(list.at(i))).toJson(QJsonDocument::Indented).trimmed();
        const QList<QByteArray> lines = text.split('\n');
        for (qsizetype l = 0; l < lines.size(); ++l) {
            out << "        " << QString::fromUtf8(lines.at(l));
            if (l + 1 < lines.size())
                out << '\n';
        }
        out << (i + 1 < list.size() ? ",\n" : "\n");
    }
    out << "    ]" << (lastKey ? "\n" : ",\n");
}

// The report as one JSON object, written element by element: a capture of 200,000
// messages would otherwise be a document of gigabytes in memory. Keys in the order
// QJsonObject prints them (sorted), as every other command's JSON.
void printReportJson(QTextStream &out, const QString &path, const CaptureReport &report)
{
    out << "{\n";
    printArray(out, "calls", report.calls, [&](const CaptureCall &call) {
        QJsonArray frames;
        for (const int index : call.messages)
            frames.append(report.messages.at(index).frame);
        QJsonArray transactions;
        for (const CaptureTransaction &t : call.transactions) {
            QJsonArray transactionFrames;
            for (const int index : t.messages)
                transactionFrames.append(report.messages.at(index).frame);
            transactions.append(QJsonObject{
                {u"branch"_s, t.branch},
                {u"cseq"_s, qint64(t.cseqNumber)},
                {u"method"_s, t.method},
                {u"final_status"_s, t.finalStatus > 0 ? QJsonValue(t.finalStatus) : QJsonValue(QJsonValue::Null)},
                {u"frames"_s, transactionFrames}});
        }
        return QJsonObject{{u"call_id"_s, call.callId}, {u"frames"_s, frames}, {u"transactions"_s, transactions}};
    }, false);
    const QJsonObject capture{
        {u"file"_s, path},
        {u"link_type"_s, report.linkType},
        {u"link_type_name"_s, PacketDecoder::linkTypeName(report.linkType)},
        {u"frames"_s, report.frames},
        {u"cut_frames"_s, report.cutFrames},
        {u"other_frames"_s, report.otherFrames},
        {u"sip_messages"_s, qint64(report.messages.size())},
        {u"skipped_stream_bytes"_s, report.skippedStreamBytes},
        {u"message_limit_reached"_s, report.messageLimitReached},
        {u"damage"_s, report.damage.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(report.damage)},
    };
    const QByteArray captureText = QJsonDocument(capture).toJson(QJsonDocument::Indented).trimmed();
    out << "    \"capture\": ";
    const QList<QByteArray> lines = captureText.split('\n');
    for (qsizetype l = 0; l < lines.size(); ++l)
        out << (l == 0 ? QByteArray() : QByteArray("    ")) << QString::fromUtf8(lines.at(l)) << (l + 1 < lines.size() ? "\n" : ",\n");
    // Each distinct explanation once; a finding names it by its index.
    printArray(out, "explanations", report.explanations, [](const ExplainFinding &explanation) {
        QJsonObject object = findingJson(explanation);
        // They count in the explained lines, not in the message: no use to a reader.
        object.remove(u"offset"_s);
        object.remove(u"length"_s);
        object.remove(u"line"_s);
        object.remove(u"column"_s);
        return object;
    }, false);
    printArray(out, "findings", report.findings, [&](const CaptureFinding &f) {
        QJsonObject object = whereJson(report.messages.at(f.message));
        const ExplainFinding &explanation = report.explanations.at(f.explanation);
        object.insert(u"explanation"_s, f.explanation);
        object.insert(u"kind"_s, explainKindToken(explanation.kind));
        object.insert(u"code"_s, explanation.code);
        object.insert(u"cause"_s, explanation.cause);
        object.insert(u"title"_s, explanation.title);
        return object;
    }, false);
    printArray(out, "messages", report.messages, [](const CaptureMessage &m) {
        QJsonObject object = whereJson(m);
        object.insert(u"kind"_s, m.response ? u"response"_s : u"request"_s);
        object.insert(u"size"_s, qint64(m.size));
        if (m.response) {
            object.insert(u"status"_s, m.statusCode);
            object.insert(u"reason"_s, m.reasonPhrase);
        } else {
            object.insert(u"method"_s, m.method);
            object.insert(u"request_uri"_s, m.requestUri);
        }
        return object;
    }, false);
    printArray(out, "problems", report.problems, [](const CaptureProblem &p) {
        return QJsonObject{{u"frame"_s, p.frame}, {u"text"_s, p.text}};
    }, true);
    out << "}\n";
    out.flush();
}

void printReport(TextWriter &writer, const CaptureReport &report)
{
    writer.paragraph(QCoreApplication::translate("Cli", "Frames: %1 (%2). SIP messages: %3. Calls: %4.")
                         .arg(QString::number(report.frames), PacketDecoder::linkTypeName(report.linkType),
                              QString::number(report.messages.size()), QString::number(report.calls.size())), 0);
    QHash<int, QList<const CaptureFinding *>> byMessage;
    for (const CaptureFinding &f : report.findings)
        byMessage[f.message].append(&f);
    for (const CaptureCall &call : report.calls) {
        writer.heading(QCoreApplication::translate("Cli", "Call-ID %1").arg(printable(call.callId)));
        for (const int index : call.messages) {
            const CaptureMessage &m = report.messages.at(index);
            writer.paragraph(QCoreApplication::translate("Cli", "Frame %1 %2 %3 → %4 %5")
                                 .arg(QString::number(m.frame), timeText(m.timeUs), m.source, m.destination,
                                      printable(summaryOf(m))));
            for (const CaptureFinding *f : byMessage.value(index)) {
                const ExplainFinding &finding = report.explanations.at(f->explanation);
                writer.paragraph(u"  "_s + printable(finding.title) + u": "_s + finding.explanation, 4);
                QStringList notes;
                for (const QString &note : finding.notes)
                    notes.append(printable(note));
                writer.bullets(notes, 6);
            }
        }
    }
}

} // namespace

int explainCapture(const QString &path, const CommandParser &parser, CommandContext &context)
{
    const CaptureReport report = CaptureAnalysis::analyseFile(path);
    if (!report.ok())
        return parser.usageError(report.error);
    if (parser.json()) {
        printReportJson(context.out, path, report);
    } else {
        TextWriter writer(context.out);
        if (report.messages.isEmpty()) {
            writer.paragraph(QCoreApplication::translate("Cli", "No SIP message in the capture: %n frame(s) of other traffic.",
                                                         nullptr, int(report.frames)), 0);
        } else {
            printReport(writer, report);
        }
    }
    QStringList notes;
    if (!report.damage.isEmpty())
        notes << report.damage;
    if (report.cutFrames > 0) {
        notes << QCoreApplication::translate("Cli", "%n frame(s) were cut short by the capture's snap length; "
                                                    "messages in them are incomplete.", nullptr, int(report.cutFrames));
    }
    if (report.messageLimitReached) {
        notes << QCoreApplication::translate("Cli", "Only the first %1 SIP messages are listed.")
                     .arg(CaptureAnalysis::maxMessages);
    }
    for (const CaptureProblem &problem : report.problems.mid(0, 20))
        notes << printable(problem.text);
    for (const QString &note : notes)
        context.err << note << Qt::endl;
    return report.messages.isEmpty() ? ExitNothingFound : ExitFound;
}

} // namespace SipScope::Cli

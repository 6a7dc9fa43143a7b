// `options` output: text for people (ping-like for a series), JSON for scripts.
#include "optionsprinter.h"

#include "certificateprinter.h"
#include "diagnosisprinter.h"
#include "jsonoutput.h"
#include "sessionprinter.h"

#include "diagnosis/diagnosisjson.h"
#include "probe/proberesultjson.h"
#include "sip/bytesexcerpt.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTextStream>

namespace SipScope::Cli {

using namespace Qt::Literals::StringLiterals;

namespace {

QString formatMs(qint64 us)
{
    return QString::number(double(us) / 1000.0, 'f', 3);
}

QString formatMs(double ms)
{
    return QString::number(ms, 'f', 3);
}

QString originSentence(const ProbeResult &result)
{
    if (result.origin != ProbeResult::Origin::Local)
        return {};
    // RFC 3261 §8.1.3.1: say plainly that no such status was received.
    return QCoreApplication::translate("Cli", "No status was received; RFC 3261 §8.1.3.1 treats this as %1, concluded locally.")
        .arg(result.localStatus);
}

} // namespace

OptionsPrinter::OptionsPrinter(const OptionsSettings &settings, CommandContext &context)
    : m_settings(settings)
    , m_context(context)
{
}

void OptionsPrinter::printInvalidTarget(const QString &message)
{
    m_context.err << QCoreApplication::applicationName() << u" options: "_s << message << Qt::endl;
}

void OptionsPrinter::printResult(const ProbeResult &result)
{
    if (m_settings.json) {
        JsonOutput::print(m_context.out, probeJson(result));
        return;
    }
    printSingle(result);
    if (result.error.kind != ErrorKind::InvalidTarget && !m_settings.expectation.isDefault())
        DiagnosisPrinter::printExpectation(m_context.out, m_settings.expectation.evaluate(result));
}

void OptionsPrinter::printSeriesEnd(const QList<ProbeResult> &results, const SeriesStatistics &statistics,
                                    const QString &fallbackTarget)
{
    if (m_settings.json) {
        QJsonArray probes;
        for (const ProbeResult &r : results)
            probes.append(probeJson(r));
        JsonOutput::print(m_context.out, QJsonObject{{u"probes"_s, probes},
                                                     {u"summary"_s, ProbeResultJson::toJson(statistics)}});
        return;
    }
    // Interrupted before the first probe ended: no normalised target to show yet.
    printStatistics(statistics, results.isEmpty() ? fallbackTarget : results.constFirst().normalizedTarget);
}

void OptionsPrinter::printCandidates(const CandidateProbeResult &result)
{
    if (m_settings.json) {
        QJsonObject o = DiagnosisJson::toJson(result);
        if (!m_settings.expectation.isDefault()) {
            QJsonArray withExpectations;
            for (qsizetype i = 0; i < result.candidates.size(); ++i) {
                QJsonObject entry = o[u"candidates"_s].toArray().at(i).toObject();
                QJsonObject probe = entry[u"result"_s].toObject();
                probe[u"expectation"_s] = DiagnosisJson::toJson(m_settings.expectation.evaluate(result.candidates.at(i).result));
                entry[u"result"_s] = probe;
                withExpectations.append(entry);
            }
            o[u"candidates"_s] = withExpectations;
        }
        JsonOutput::print(m_context.out, o);
    } else {
        DiagnosisPrinter::printCandidates(m_context.out, result, m_settings.verbose);
        if (result.error.isError())
            m_context.out << result.error.message << Qt::endl;
    }
}

void OptionsPrinter::printDualStack(const DualStackResult &result, const DualStackVerdict &verdict)
{
    using Family = DualStackVerdict::Family;
    if (m_settings.json) {
        QJsonObject o = ProbeResultJson::toJson(result, verdict);
        for (const Family family : {Family::IPv4, Family::IPv6}) {
            const QString key = DualStackVerdict::familyToken(family);
            QJsonObject one = probeJson(result.of(family));
            one[u"state"_s] = o[key].toObject()[u"state"_s];
            o[key] = one;
        }
        JsonOutput::print(m_context.out, o);
        return;
    }
    QTextStream &out = m_context.out;
    for (const Family family : {Family::IPv4, Family::IPv6}) {
        const ProbeResult &r = result.of(family);
        out << u"== "_s << DualStackVerdict::familyName(family) << u" =="_s << Qt::endl;
        if (verdict.state(family) == DualStackVerdict::FamilyState::NotPublished) {
            out << QCoreApplication::translate("Cli", "Not published: %1").arg(DualStackVerdict::notPublishedText(family)) << Qt::endl;
        } else {
            printSingle(r);
            if (!m_settings.expectation.isDefault())
                DiagnosisPrinter::printExpectation(out, m_settings.expectation.evaluate(r));
        }
        out << Qt::endl;
    }
    out << QCoreApplication::translate("Cli", "Dual stack: %1").arg(verdict.text()) << Qt::endl;
}

QJsonObject OptionsPrinter::probeJson(const ProbeResult &result) const
{
    QJsonObject o = ProbeResultJson::toJson(result);
    if (result.error.kind == ErrorKind::InvalidTarget)
        return o;
    DiagnosisJson::addTo(o, result);
    if (!m_settings.expectation.isDefault())
        o[u"expectation"_s] = DiagnosisJson::toJson(m_settings.expectation.evaluate(result));
    CertificatePrinter(m_settings.certificate, m_settings.certificateProfile).addTo(o, result);
    return o;
}

void OptionsPrinter::printSingle(const ProbeResult &r)
{
    QTextStream &out = m_context.out;
    if (r.error.kind == ErrorKind::InvalidTarget) {
        printInvalidTarget(r.error.message);
        return;
    }
    out << u"OPTIONS "_s << r.normalizedTarget;
    if (!r.remote().isEmpty())
        out << u" → "_s << r.remote();
    out << u" ("_s << transportViaToken(r.transport) << u')' << Qt::endl;

    if (r.hasFinalResponse()) {
        out << r.statusCode << u' ' << r.reasonPhrase;
        if (!r.summary.isEmpty())
            out << u" — "_s << r.summary;
        out << Qt::endl;
        const QString rtt = QCoreApplication::translate("Cli", "Round trip");
        const QString firstProvisional = QCoreApplication::translate("Cli", "First 1xx");
        const QString retransmissions = QCoreApplication::translate("Cli", "Retransmissions");
        const qsizetype width = std::max({rtt.size(), firstProvisional.size(), retransmissions.size(), qsizetype(10)}) + 2;
        out << u"  "_s << (rtt + u':').leftJustified(width) << formatMs(r.rttUs) << u" ms"_s;
        const QString clocks = WireTime::pairTitle(r.sentClock, r.receivedClock);
        if (!clocks.isEmpty())
            out << u" ("_s << clocks << u')';
        out << Qt::endl;
        if (!r.provisionals.isEmpty()) {
            const ProvisionalResponse &p = r.provisionals.constFirst();
            out << u"  "_s << (firstProvisional + u':').leftJustified(width) << formatMs(r.firstProvisionalUs)
                << u" ms ("_s << p.statusCode << u' ' << p.reasonPhrase << u')' << Qt::endl;
        }
        if (r.retransmissions > 0)
            out << u"  "_s << (retransmissions + u':').leftJustified(width) << r.retransmissions << Qt::endl;
        // Header names are protocol tokens, printed as such.
        for (const QString &name : {u"Server"_s, u"User-Agent"_s, u"Allow"_s, u"Supported"_s, u"Accept"_s}) {
            const QString value = r.headerValue(name);
            if (!value.isEmpty())
                out << u"  "_s << (name + u':').leftJustified(width) << value << Qt::endl;
        }
    } else {
        // A malformed answer is a response, only not in SIP: never "no response".
        if (r.hasMalformedAnswer())
            out << errorKindTitle(r.error.kind) << Qt::endl;
        else
            out << QCoreApplication::translate("Cli", "No response: %1").arg(errorKindTitle(r.error.kind).toLower()) << Qt::endl;
        out << u"  "_s << r.error.message << Qt::endl;
        if (r.hasMalformedAnswer() && !r.rawResponse.isEmpty())
            out << u"  "_s << QCoreApplication::translate("Cli", "Received: %1").arg(escapedExcerpt(r.rawResponse)) << Qt::endl;
        // A certificate is shown in full below (SessionPrinter).
        if (!r.error.detail.isEmpty() && !r.error.message.contains(r.error.detail) && !(r.tls && r.tls->peerCertificate))
            out << u"  ("_s << r.error.detail << u')' << Qt::endl;
        const QString origin = originSentence(r);
        if (!origin.isEmpty())
            out << u"  "_s << origin << Qt::endl;
    }
    // --keepalive: the pings after the answer, one line each below the summary.
    if (r.keepAlive) {
        out << u"  "_s << r.keepAlive->summary() << Qt::endl;
        for (qsizetype i = 0; i < r.keepAlive->pongRttUs.size(); ++i) {
            const std::optional<qint64> &rtt = r.keepAlive->pongRttUs.at(i);
            out << u"    "_s
                << (rtt ? QCoreApplication::translate("Cli", "ping %1: pong after %2 ms").arg(i + 1).arg(formatMs(*rtt))
                        : QCoreApplication::translate("Cli", "ping %1: no pong").arg(i + 1))
                << Qt::endl;
        }
    }
    // TLS session and certificate, digest authentication (also after a failure).
    SessionPrinter::print(out, r, 16);
    CertificatePrinter(m_settings.certificate, m_settings.certificateProfile).print(out, r);
    // Made once: the summary and --verbose both show it.
    const Diagnosis diagnosis = Diagnosis::diagnose(r);
    DiagnosisPrinter::printSummary(out, r, diagnosis);
    if (m_settings.verbose)
        printVerbose(r, diagnosis);
}

void OptionsPrinter::printVerbose(const ProbeResult &r, const Diagnosis &diagnosis)
{
    QTextStream &out = m_context.out;
    auto printRaw = [&out](const QByteArray &raw) {
        const QStringList lines = QString::fromUtf8(raw).split(u'\n');
        for (QString line : lines) {
            if (line.endsWith(u'\r'))
                line.chop(1);
            out << u"    "_s << line << Qt::endl;
        }
    };
    out << Qt::endl << QCoreApplication::translate("Cli", "Request:") << Qt::endl;
    printRaw(r.rawRequest);
    if (!r.rawResponse.isEmpty()) {
        out << QCoreApplication::translate("Cli", "Response:") << Qt::endl;
        printRaw(r.rawResponse);
    }
    out << QCoreApplication::translate("Cli", "Timeline:") << Qt::endl;
    for (const ProbeEvent &event : r.timeline)
        out << u"  "_s << (u'+' + formatMs(event.atUs)).rightJustified(12) << u" ms  "_s << event.text << Qt::endl;
    DiagnosisPrinter::printVerbose(out, r, diagnosis);
}

void OptionsPrinter::printSeriesLine(int index, const ProbeResult &r)
{
    QTextStream &out = m_context.out;
    if (index == 0) {
        out << u"OPTIONS "_s << r.normalizedTarget;
        if (!r.remote().isEmpty())
            out << u" → "_s << r.remote();
        out << u" ("_s << transportViaToken(r.transport) << u"): "_s
            << QCoreApplication::translate("Cli", "probes: %1").arg(m_settings.count) << Qt::endl;
    }
    out << u'[' << (index + 1) << u"] "_s;
    if (r.hasFinalResponse()) {
        out << r.statusCode << u' ' << r.reasonPhrase << u"  "_s << QCoreApplication::translate("Cli", "rtt=%1 ms").arg(formatMs(r.rttUs));
        if (r.retransmissions > 0)
            out << u"  "_s << QCoreApplication::translate("Cli", "retransmissions=%1").arg(r.retransmissions);
    } else {
        out << QCoreApplication::translate("Cli", "no response (%1): %2").arg(errorKindToken(r.error.kind), r.error.message);
    }
    out << Qt::endl;
}

void OptionsPrinter::printStatistics(const SeriesStatistics &s, const QString &target)
{
    QTextStream &out = m_context.out;
    out << Qt::endl << QCoreApplication::translate("Cli", "--- %1 OPTIONS statistics ---").arg(target) << Qt::endl;
    out << QCoreApplication::translate("Cli", "%1 sent, %2 answered, %3% loss").arg(s.sent()).arg(s.answered()).arg(s.lossPercent(), 0, 'f', 1)
        << Qt::endl;
    if (s.answered() > 0) {
        out << QCoreApplication::translate("Cli", "rtt min/avg/max/mdev = %1/%2/%3/%4 ms")
                   .arg(formatMs(*s.minMs()), formatMs(*s.avgMs()), formatMs(*s.maxMs()), formatMs(*s.mdevMs()))
            << Qt::endl;
    }
    QStringList histogram;
    const QMap<QString, int> outcomes = s.outcomes();
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it)
        histogram << u"%1 ×%2"_s.arg(it.key()).arg(it.value());
    if (!histogram.isEmpty())
        out << QCoreApplication::translate("Cli", "status codes: %1").arg(histogram.join(u", "_s)) << Qt::endl;
}

} // namespace SipScope::Cli

// PathAnalysis: every NAT and SIP ALG shape as pure rows (request and staged response
// bytes; documentation addresses appear as text only), then the same shapes end to end
// through the fake server on loopback, where an altered answer is ignored by the
// transaction and still analysed.
#include "probe/optionsprobe.h"
#include "diagnosis/pathanalysis.h"
#include "sip/optionsrequest.h"
#include "sip/sipparser.h"

#include "fakesipserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using namespace SipScope;
using SipScope::Test::FakeSipServer;
using Kind = PathFinding::Kind;

Q_DECLARE_METATYPE(PathAnalysis::Nat)

namespace {

// A request as SipScope sends it from 10.0.0.5:5060 (text only, never sent).
SipMessage privateRequest()
{
    OptionsRequestParams params;
    params.target = *SipUri::parse(u"sip:pbx.example.com"_s).uri;
    params.localAddress = QHostAddress(u"10.0.0.5"_s);
    params.localPort = 5060;
    params.callId = u"a84b4c76e66710"_s;
    params.fromTag = u"1928301774"_s;
    params.branch = u"z9hG4bK776asdhds"_s;
    return OptionsRequest::build(params);
}

// The top Via of `response` with `from` replaced by `to` (e.g. ";rport" → ";rport=1").
void editVia(SipMessage &response, const QString &from, const QString &to)
{
    QString via = response.header(u"Via"_s).value_or(QString());
    via.replace(from, to);
    response.setHeader(u"Via"_s, via);
}

void setBody(SipMessage &message, const QByteArray &body, const QString &type)
{
    message.removeHeader(u"Content-Length"_s);
    message.addHeader(u"Content-Type"_s, type);
    message.addHeader(u"Content-Length"_s, QString::number(body.size()));
    message.setBody(body);
}

QSet<Kind> kindsOf(const PathAnalysis &analysis)
{
    QSet<Kind> kinds;
    for (const PathFinding &finding : analysis.findings())
        kinds.insert(finding.kind);
    return kinds;
}

ProbeOptions fastOptions()
{
    ProbeOptions options;
    options.timers.t1 = 40ms;
    options.timers.t2 = 320ms;
    options.timers.timerF = 600ms;
    return options;
}

ProbeResult runProbe(const QString &target)
{
    OptionsProbe probe;
    QSignalSpy finished(&probe, &OptionsProbe::finished);
    probe.start(target, fastOptions());
    if (!finished.wait(10000))
        return {};
    return finished.at(0).at(0).value<ProbeResult>();
}

} // namespace

class tst_PathAnalysis : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shapes_data();
    void shapes();
    void findingsCarryEvidence();
    void notAResponse();
    void endToEndNat();
    void endToEndRewrittenSentByIsIgnoredButAnalysed();
    void endToEndAlteredCallIdIsIgnoredButAnalysed();
    void endToEndMirroredRequest();
    void endToEndProvisionalOnly();
};

void tst_PathAnalysis::shapes_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<PathAnalysis::Nat>("nat");
    QTest::addColumn<bool>("alg");
    QTest::addColumn<QString>("publicEndpoint");
    QTest::addColumn<QList<Kind>>("kinds");   // exactly these findings

    using N = PathAnalysis::Nat;
    QTest::newRow("no-nat-received-and-rport-equal") << u"no-nat"_s << N::No << false << u"10.0.0.5:5060"_s
                                                     << QList<Kind>{Kind::PublicAddress, Kind::PublicPort};
    QTest::newRow("nat-received-and-rport-differ") << u"nat"_s << N::Yes << false << u"203.0.113.7:40312"_s
                                                   << QList<Kind>{Kind::PublicAddress, Kind::PublicPort};
    QTest::newRow("nat-port-only-rport-without-received") << u"port-only"_s << N::Yes << false << u"10.0.0.5:40312"_s
                                                          << QList<Kind>{Kind::PublicPort};
    QTest::newRow("server-ignores-rport") << u"plain"_s << N::Unknown << false << QString()
                                          << QList<Kind>{Kind::NoRport};
    QTest::newRow("received-without-rport-value") << u"received-only"_s << N::Yes << false << u"203.0.113.7"_s
                                                  << QList<Kind>{Kind::PublicAddress, Kind::NoRport};
    QTest::newRow("alg-rewrote-sent-by") << u"sent-by"_s << N::Yes << true << u"203.0.113.7:40312"_s
                                         << QList<Kind>{Kind::SentByChanged, Kind::PublicPort};
    QTest::newRow("alg-changed-transport-token") << u"transport"_s << N::No << true << u"10.0.0.5:5060"_s
                                                 << QList<Kind>{Kind::TransportChanged, Kind::PublicAddress, Kind::PublicPort};
    QTest::newRow("alg-uppercased-branch") << u"branch-case"_s << N::No << true << u"10.0.0.5:5060"_s
                                           << QList<Kind>{Kind::BranchChanged, Kind::PublicAddress, Kind::PublicPort};
    QTest::newRow("alg-stripped-magic-cookie") << u"branch-cookie"_s << N::No << true << u"10.0.0.5:5060"_s
                                               << QList<Kind>{Kind::BranchChanged, Kind::PublicAddress, Kind::PublicPort};
    QTest::newRow("alg-appended-host-to-call-id") << u"call-id"_s << N::No << true << u"10.0.0.5:5060"_s
                                                  << QList<Kind>{Kind::CallIdChanged, Kind::PublicAddress, Kind::PublicPort};
    QTest::newRow("alg-rewrote-from-host") << u"from-host"_s << N::No << true << u"10.0.0.5:5060"_s
                                           << QList<Kind>{Kind::FromChanged, Kind::PublicAddress, Kind::PublicPort};
    QTest::newRow("alg-changed-from-tag") << u"from-tag"_s << N::No << true << u"10.0.0.5:5060"_s
                                          << QList<Kind>{Kind::FromTagChanged, Kind::PublicAddress, Kind::PublicPort};
    QTest::newRow("alg-rewrote-to-uri") << u"to"_s << N::No << true << u"10.0.0.5:5060"_s
                                        << QList<Kind>{Kind::ToChanged, Kind::PublicAddress, Kind::PublicPort};
    QTest::newRow("cseq-changed") << u"cseq"_s << N::No << true << u"10.0.0.5:5060"_s
                                  << QList<Kind>{Kind::CSeqChanged, Kind::PublicAddress, Kind::PublicPort};
    QTest::newRow("hop-left-its-via") << u"extra-via"_s << N::No << false << u"10.0.0.5:5060"_s
                                      << QList<Kind>{Kind::ViaAdded, Kind::PublicAddress, Kind::PublicPort};
    QTest::newRow("body-changed-without-content-length") << u"trailing-bytes"_s << N::No << true << u"10.0.0.5:5060"_s
                                                         << QList<Kind>{Kind::ContentLengthChanged, Kind::PublicAddress, Kind::PublicPort};
    QTest::newRow("mirror-unchanged") << u"mirror-clean"_s << N::No << false << u"10.0.0.5:5060"_s
                                      << QList<Kind>{Kind::PublicAddress, Kind::PublicPort};
    QTest::newRow("mirror-contact-rewritten") << u"mirror-contact"_s << N::Yes << true << u"203.0.113.7:40312"_s
                                              << QList<Kind>{Kind::ContactChanged, Kind::PublicAddress, Kind::PublicPort};
    QTest::newRow("mirror-header-removed") << u"mirror-removed"_s << N::No << true << u"10.0.0.5:5060"_s
                                           << QList<Kind>{Kind::HeaderRemoved, Kind::PublicAddress, Kind::PublicPort};
    QTest::newRow("mirror-headers-reordered") << u"mirror-reordered"_s << N::No << true << u"10.0.0.5:5060"_s
                                              << QList<Kind>{Kind::HeadersReordered, Kind::PublicAddress, Kind::PublicPort};
    QTest::newRow("mirror-header-added") << u"mirror-added"_s << N::No << false << u"10.0.0.5:5060"_s
                                         << QList<Kind>{Kind::HeaderAdded, Kind::PublicAddress, Kind::PublicPort};
    QTest::newRow("mirror-content-length-changed") << u"mirror-length"_s << N::No << true << u"10.0.0.5:5060"_s
                                                   << QList<Kind>{Kind::ContentLengthChanged, Kind::PublicAddress, Kind::PublicPort};
    QTest::newRow("mirror-via-rewritten-then-restored") << u"mirror-via"_s << N::No << true << u"10.0.0.5:5060"_s
                                                        << QList<Kind>{Kind::SentByChanged, Kind::PublicAddress, Kind::PublicPort};
    QTest::newRow("mirror-through-a-real-proxy") << u"mirror-proxy"_s << N::No << false << u"10.0.0.5:5060"_s
                                                 << QList<Kind>{Kind::PublicAddress, Kind::PublicPort};
}

void tst_PathAnalysis::shapes()
{
    QFETCH(QString, edit);
    QFETCH(PathAnalysis::Nat, nat);
    QFETCH(bool, alg);
    QFETCH(QString, publicEndpoint);
    QFETCH(QList<Kind>, kinds);

    const SipMessage request = privateRequest();
    SipMessage response = FakeSipServer::makeResponse(request, 200, u"OK"_s);
    // What the server received; the mirror rows edit it.
    SipMessage received = request;
    bool mirror = edit.startsWith(u"mirror"_s);
    QByteArray trailing;

    if (edit == u"no-nat"_s || mirror) {
        editVia(response, u";rport"_s, u";rport=5060;received=10.0.0.5"_s);
    } else if (edit == u"nat"_s) {
        editVia(response, u";rport"_s, u";rport=40312;received=203.0.113.7"_s);
    } else if (edit == u"port-only"_s) {
        editVia(response, u";rport"_s, u";rport=40312"_s);
    } else if (edit == u"plain"_s) {
        // The server left our valueless rport alone and added no received.
    } else if (edit == u"received-only"_s) {
        editVia(response, u";rport"_s, u";received=203.0.113.7"_s);
    } else if (edit == u"sent-by"_s) {
        // The ALG put the public address in the Via; the server saw it from there, so
        // it added no received (RFC 3261 §18.2.1) but an rport.
        editVia(response, u"10.0.0.5:5060"_s, u"203.0.113.7:40312"_s);
        editVia(response, u";rport"_s, u";rport=40312"_s);
    } else if (edit == u"transport"_s) {
        editVia(response, u"SIP/2.0/UDP"_s, u"SIP/2.0/TCP"_s);
        editVia(response, u";rport"_s, u";rport=5060;received=10.0.0.5"_s);
    } else if (edit == u"branch-case"_s || edit == u"branch-cookie"_s) {
        editVia(response, u"z9hG4bK776asdhds"_s, edit == u"branch-case"_s ? u"Z9HG4BK776ASDHDS"_s : u"776asdhds"_s);
        editVia(response, u";rport"_s, u";rport=5060;received=10.0.0.5"_s);
    } else {
        editVia(response, u";rport"_s, u";rport=5060;received=10.0.0.5"_s);
    }

    if (edit == u"call-id"_s)
        response.setHeader(u"Call-ID"_s, u"a84b4c76e66710@203.0.113.7"_s);
    if (edit == u"from-host"_s)
        response.setHeader(u"From"_s, response.header(u"From"_s)->replace(u"10.0.0.5"_s, u"203.0.113.7"_s));
    if (edit == u"from-tag"_s)
        response.setHeader(u"From"_s, response.header(u"From"_s)->replace(u"1928301774"_s, u"1928301774-alg"_s));
    if (edit == u"to"_s)
        response.setHeader(u"To"_s, u"<sip:pbx.example.net>;tag=x"_s);
    if (edit == u"cseq"_s)
        response.setHeader(u"CSeq"_s, u"2 OPTIONS"_s);
    if (edit == u"extra-via"_s) {
        const QString ours = response.header(u"Via"_s).value_or(QString());
        response.setHeader(u"Via"_s, u"SIP/2.0/UDP 198.51.100.1:5060;branch=z9hG4bKproxy"_s);
        response.addHeader(u"Via"_s, ours);
    }
    if (edit == u"trailing-bytes"_s)
        trailing = "v=0\r\n";

    if (edit == u"mirror-contact"_s) {
        received.setHeader(u"Contact"_s, u"<sip:sipscope@203.0.113.7:40312>"_s);
        editVia(response, u";rport=5060;received=10.0.0.5"_s, u";rport=40312;received=203.0.113.7"_s);
    }
    if (edit == u"mirror-removed"_s)
        received.removeHeader(u"User-Agent"_s);
    if (edit == u"mirror-reordered"_s) {
        const QString accept = *received.header(u"Accept"_s);
        received.removeHeader(u"Accept"_s);
        const QList<SipHeader> headers = received.headers();
        SipMessage reordered = SipMessage::request(received.method(), received.requestUri());
        reordered.addHeader(u"Accept"_s, accept);
        for (const SipHeader &header : headers)
            reordered.addHeader(header.name, header.value);
        received = reordered;
    }
    if (edit == u"mirror-added"_s)
        received.addHeader(u"P-Hint"_s, u"rewritten"_s);
    if (edit == u"mirror-length"_s) {
        // Something in the path put a body into the request and adjusted the length.
        received.setHeader(u"Content-Length"_s, u"5"_s);
        received.setBody("v=0\r\n");
    }
    if (edit == u"mirror-via"_s) {
        QString via = *received.header(u"Via"_s);
        received.setHeader(u"Via"_s, via.replace(u"10.0.0.5:5060"_s, u"203.0.113.7:40312"_s));
    }
    if (edit == u"mirror-proxy"_s) {
        // A proxy adds its Via on top, and may add Record-Route and lower Max-Forwards.
        const QList<SipHeader> headers = received.headers();
        SipMessage proxied = SipMessage::request(received.method(), received.requestUri());
        proxied.addHeader(u"Via"_s, u"SIP/2.0/UDP 198.51.100.1;branch=z9hG4bKp1"_s);
        proxied.addHeader(u"Record-Route"_s, u"<sip:198.51.100.1;lr>"_s);
        for (const SipHeader &header : headers)
            proxied.addHeader(header.name, sameHeaderName(header.name, u"Max-Forwards"_s) ? u"69"_s : header.value);
        received = proxied;
    }
    if (mirror)
        setBody(response, received.toBytes(), u"message/sipfrag"_s);

    const PathAnalysis analysis = PathAnalysis::analyze(request.toBytes(), response.toBytes() + trailing);
    QVERIFY(analysis.isAnalysed());
    QCOMPARE(analysis.isMirrored(), mirror);
    QCOMPARE(analysis.usedIgnoredResponse(), false);
    QCOMPARE(analysis.nat(), nat);
    QCOMPARE(analysis.algSuspected(), alg);
    QCOMPARE(analysis.publicEndpoint(), publicEndpoint);
    QCOMPARE(analysis.localAddress(), u"10.0.0.5"_s);
    QCOMPARE(analysis.localPort(), std::optional<quint16>(5060));
    const QSet<Kind> expected(kinds.cbegin(), kinds.cend());
    QCOMPARE(kindsOf(analysis), expected);
    QVERIFY(!analysis.summary().isEmpty());
    if (nat == PathAnalysis::Nat::Yes)
        QVERIFY2(analysis.summary().contains(publicEndpoint), qPrintable(analysis.summary()));
}

void tst_PathAnalysis::findingsCarryEvidence()
{
    const SipMessage request = privateRequest();
    SipMessage response = FakeSipServer::makeResponse(request, 200, u"OK"_s);
    editVia(response, u"z9hG4bK776asdhds"_s, u"776asdhds"_s);
    response.setHeader(u"Call-ID"_s, u"a84b4c76e66710@203.0.113.7"_s);
    const PathAnalysis analysis = PathAnalysis::analyze(request.toBytes(), response.toBytes());

    const QList<PathFinding> alg = analysis.algFindings();
    QCOMPARE(alg.size(), 2);
    QCOMPARE(alg.at(0).kind, Kind::BranchChanged);
    QCOMPARE(alg.at(0).header, u"Via"_s);
    QCOMPARE(alg.at(0).sent, u"z9hG4bK776asdhds"_s);
    QCOMPARE(alg.at(0).received, u"776asdhds"_s);
    QVERIFY2(alg.at(0).text.contains(u"magic cookie"_s), qPrintable(alg.at(0).text));
    QCOMPARE(alg.at(1).kind, Kind::CallIdChanged);
    QCOMPARE(alg.at(1).received, u"a84b4c76e66710@203.0.113.7"_s);
    QVERIFY2(alg.at(1).text.contains(u"\"@203.0.113.7\" appended"_s), qPrintable(alg.at(1).text));
    QCOMPARE(PathFinding::kindToken(Kind::CallIdChanged), u"call_id_changed"_s);
    QVERIFY(analysis.summary().contains(u"ALG"_s));
}

void tst_PathAnalysis::notAResponse()
{
    const QByteArray request = privateRequest().toBytes();
    QVERIFY(!PathAnalysis::analyze(request, request).isAnalysed());
    QVERIFY(!PathAnalysis::analyze(request, "garbage").isAnalysed());
    QVERIFY(!PathAnalysis::analyze(QByteArray(), QByteArray()).isAnalysed());
    QVERIFY(!PathAnalysis::analyze(ProbeResult()).isAnalysed());
    QCOMPARE(PathAnalysis::analyze(ProbeResult()).nat(), PathAnalysis::Nat::Unknown);
}

void tst_PathAnalysis::endToEndNat()
{
    FakeSipServer server;
    QVERIFY(server.listen());
    // The server says it saw us from a public address (as text: nothing is sent there).
    server.setHandler([](FakeSipServer &s, const FakeSipServer::Request &request) {
        SipMessage response = FakeSipServer::makeResponse(request.message, 200, u"OK"_s);
        editVia(response, u";rport"_s, u";rport=40312;received=203.0.113.7"_s);
        s.reply(request, response);
    });
    const ProbeResult result = runProbe(server.uri());
    QCOMPARE(result.statusCode, 200);
    const PathAnalysis analysis = PathAnalysis::analyze(result);
    QVERIFY(analysis.isAnalysed());
    QCOMPARE(analysis.nat(), PathAnalysis::Nat::Yes);
    QCOMPARE(analysis.publicEndpoint(), u"203.0.113.7:40312"_s);
    QCOMPARE(analysis.localAddress(), u"127.0.0.1"_s);
    QCOMPARE(analysis.localPort(), std::optional<quint16>(result.localPort));
    QVERIFY(!analysis.algSuspected());
}

void tst_PathAnalysis::endToEndRewrittenSentByIsIgnoredButAnalysed()
{
    FakeSipServer server;
    QVERIFY(server.listen());
    server.setHandler([](FakeSipServer &s, const FakeSipServer::Request &request) {
        SipMessage response = FakeSipServer::makeResponse(request.message, 200, u"OK"_s);
        const SipVia via = *request.message.topVia();
        editVia(response, via.sentBy(), u"203.0.113.7:40312"_s);
        s.reply(request, response);
    });
    const ProbeResult result = runProbe(server.uri());
    // RFC 3261 §17.1.3: a sent-by that is not ours does not match the transaction.
    QVERIFY(!result.hasFinalResponse());
    QCOMPARE(result.error.kind, ErrorKind::Timeout);
    const PathAnalysis analysis = PathAnalysis::analyze(result);
    QVERIFY(analysis.isAnalysed());
    QVERIFY(analysis.usedIgnoredResponse());
    QVERIFY(analysis.algSuspected());
    QCOMPARE(analysis.algFindings().constFirst().kind, Kind::SentByChanged);
    QCOMPARE(analysis.algFindings().constFirst().received, u"203.0.113.7:40312"_s);
}

void tst_PathAnalysis::endToEndAlteredCallIdIsIgnoredButAnalysed()
{
    FakeSipServer server;
    QVERIFY(server.listen());
    server.setHandler([](FakeSipServer &s, const FakeSipServer::Request &request) {
        SipMessage response = FakeSipServer::makeResponse(request.message, 200, u"OK"_s);
        response.setHeader(u"Call-ID"_s, request.message.callId().toUpper() + u"@192.0.2.9"_s);
        s.reply(request, response);
    });
    const ProbeResult result = runProbe(server.uri());
    QVERIFY(!result.hasFinalResponse());
    const PathAnalysis analysis = PathAnalysis::analyze(result);
    QVERIFY(analysis.usedIgnoredResponse());
    QCOMPARE(analysis.algFindings().size(), 1);
    QCOMPARE(analysis.algFindings().constFirst().kind, Kind::CallIdChanged);
}

void tst_PathAnalysis::endToEndMirroredRequest()
{
    FakeSipServer server;
    QVERIFY(server.listen());
    // An ALG-test server: it returns the request as it arrived, here after a "router"
    // dropped User-Agent and rewrote Contact.
    server.setHandler([](FakeSipServer &s, const FakeSipServer::Request &request) {
        SipMessage seen = request.message;
        seen.removeHeader(u"User-Agent"_s);
        seen.setHeader(u"Contact"_s, u"<sip:sipscope@192.0.2.44:5060>"_s);
        SipMessage response = FakeSipServer::makeResponse(request.message, 200, u"OK"_s);
        setBody(response, seen.toBytes(), u"message/sipfrag"_s);
        s.reply(request, response);
    });
    const ProbeResult result = runProbe(server.uri());
    QCOMPARE(result.statusCode, 200);
    const PathAnalysis analysis = PathAnalysis::analyze(result);
    QVERIFY(analysis.isMirrored());
    const QSet<Kind> kinds = kindsOf(analysis);
    QVERIFY(kinds.contains(Kind::ContactChanged));
    QVERIFY(kinds.contains(Kind::HeaderRemoved));
    QVERIFY(kinds.contains(Kind::HeadersReordered) == false);
    QVERIFY(analysis.algSuspected());
}

void tst_PathAnalysis::endToEndProvisionalOnly()
{
    FakeSipServer server;
    QVERIFY(server.listen());
    server.setHandler([](FakeSipServer &s, const FakeSipServer::Request &request) {
        if (request.index > 0)
            return;
        SipMessage trying = FakeSipServer::makeResponse(request.message, 100, u"Trying"_s);
        editVia(trying, u";rport"_s, u";rport=40312;received=203.0.113.7"_s);
        s.reply(request, trying);
    });
    const ProbeResult result = runProbe(server.uri());
    QVERIFY(!result.hasFinalResponse());
    const PathAnalysis analysis = PathAnalysis::analyze(result);
    QVERIFY(analysis.isAnalysed());
    QVERIFY(!analysis.usedIgnoredResponse());
    QCOMPARE(analysis.nat(), PathAnalysis::Nat::Yes);
}

QTEST_GUILESS_MAIN(tst_PathAnalysis)
#include "tst_pathanalysis.moc"

// Parser throughput of SipScope (./scripts/bench, never a test): responses parsed per
// second on a corpus of real answers, measured the same way as bench_osipparser.cpp
// measures libosip2 on the same files.
//
//   bench_sipparser [--seconds S] FILE...      datagram mode, one line per file + "all"
//   bench_sipparser --stream-bytewise          a 60 KB answer fed to the stream framer
//                                              one byte at a time (a hostile TCP peer)
//
// Each parse also reads what the client transaction reads to match an answer (top Via,
// CSeq, Call-ID), since libosip2 decodes those while parsing.
#include "sip/sipparser.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <chrono>
#include <cstdio>

using namespace SipScope;
using Clock = std::chrono::steady_clock;

namespace {

volatile qsizetype g_sink = 0;   // keeps the optimiser from dropping the work

bool parseOne(const QByteArray &bytes)
{
    const SipParseResult result = SipParser::parseDatagram(bytes);
    if (!result.isValid())
        return false;
    const auto via = result.message->topVia();
    const auto cseq = result.message->cseq();
    g_sink = g_sink + (via ? via->branch().size() : 0) + (cseq ? cseq->method.size() : 0)
        + result.message->callId().size();
    return true;
}

// Parses `messages` round-robin for about `seconds`; returns messages per second.
double measure(const QList<QByteArray> &messages, double seconds)
{
    for (const QByteArray &m : messages)
        parseOne(m);   // warm-up
    qint64 count = 0;
    const auto start = Clock::now();
    const auto until = start + std::chrono::duration<double>(seconds);
    do {
        for (int round = 0; round < 100; ++round) {
            for (const QByteArray &m : messages)
                parseOne(m);
        }
        count += 100 * messages.size();
    } while (Clock::now() < until);
    const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    return double(count) / elapsed;
}

int streamBytewise()
{
    QByteArray message = "SIP/2.0 200 OK\r\n"
                         "Via: SIP/2.0/TCP 127.0.0.1:40312;branch=z9hG4bK9f3c2a1b\r\n"
                         "From: <sip:sipscope@127.0.0.1>;tag=4f2a9c\r\nTo: <sip:127.0.0.1>;tag=x\r\n"
                         "Call-ID: c@127.0.0.1\r\nCSeq: 1 OPTIONS\r\n";
    for (int i = 0; i < 200; ++i)
        message += "Record-Route: <sip:10.0." + QByteArray::number(i) + ".1;lr;ftag=4f2a9c;did=abc.def>\r\n";
    const QByteArray body(60000 - message.size() - 40, 'b');
    message += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    SipParser parser;
    int framed = 0;
    const auto start = Clock::now();
    for (char c : std::as_const(message)) {
        parser.feed(QByteArrayView(&c, 1));
        while (auto result = parser.next())
            framed += result->isValid() ? 1 : 0;
    }
    const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    std::printf("stream-bytewise %lld-bytes %.1f ms framed=%d\n", static_cast<long long>(message.size()), ms, framed);
    return framed == 1 ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.value(0) == QLatin1String("--stream-bytewise"))
        return streamBytewise();
    double seconds = 2.0;
    if (args.value(0) == QLatin1String("--seconds")) {
        seconds = args.value(1).toDouble();
        args = args.mid(2);
    }
    QList<QByteArray> all;
    for (const QString &path : std::as_const(args)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
            return 2;
        }
        const QByteArray bytes = file.readAll();
        if (!parseOne(bytes)) {
            std::fprintf(stderr, "%s does not parse\n", qPrintable(path));
            return 2;
        }
        all << bytes;
        std::printf("parse %s %.0f\n", qPrintable(QFileInfo(path).completeBaseName()), measure({bytes}, seconds));
    }
    if (all.isEmpty()) {
        std::fprintf(stderr, "usage: bench_sipparser [--seconds S] FILE... | --stream-bytewise\n");
        return 64;
    }
    std::printf("parse all %.0f\n", measure(all, seconds));
    return 0;
}

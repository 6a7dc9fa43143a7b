// Fuzz target "sip_stream": the incremental stream framer (RFC 3261 §18.3, TCP/TLS).
//
// The same bytes are fed once whole and once cut into chunks (sizes drawn from a
// generator seeded by the input, down to one byte at a time): the messages framed must
// be the same, in the same order, and a stream that fails whole must fail chunked.
// However a hostile server fragments its answer, SipScope reads the same thing.
#include "fuzztargets.h"

#include "sip/sipparser.h"

#include <QList>

namespace SipScope::Fuzz {

namespace {

constexpr const char *Name = "sip_stream";

struct Framed
{
    QList<QByteArray> messages;   // toBytes() of each message framed
    bool failed = false;
};

// Drains every result the parser has; bounded: each valid result consumes at least
// one byte and an error ends the stream.
void drain(SipParser &parser, Framed &out, qsizetype bound)
{
    for (qsizetype i = 0; i <= bound; ++i) {
        const auto result = parser.next();
        if (!result)
            return;
        SIPSCOPE_FUZZ_CHECK(Name, result->isValid() == result->errorMessage.isEmpty());
        if (!result->isValid()) {
            SIPSCOPE_FUZZ_CHECK(Name, parser.hasFailed());
            SIPSCOPE_FUZZ_CHECK(Name, !parser.next().has_value());
            out.failed = true;
            return;
        }
        SIPSCOPE_FUZZ_CHECK(Name, result->consumed > 0);
        SIPSCOPE_FUZZ_CHECK(Name, result->message->isRequest()
                                      || (result->message->statusCode() >= 100 && result->message->statusCode() <= 699));
        out.messages.append(result->message->toBytes());
    }
    SIPSCOPE_FUZZ_CHECK(Name, !"next() kept returning results");
}

Framed frame(QByteArrayView bytes, std::uint32_t seed, qsizetype maxChunk)
{
    SipParser parser;
    Framed out;
    qsizetype pos = 0;
    while (pos < bytes.size() && !out.failed) {
        // xorshift32: cheap, deterministic, good enough to vary the cut points.
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        const qsizetype chunk = std::min<qsizetype>(1 + qsizetype(seed % std::uint32_t(maxChunk)), bytes.size() - pos);
        parser.feed(bytes.sliced(pos, chunk));
        pos += chunk;
        drain(parser, out, bytes.size());
        SIPSCOPE_FUZZ_CHECK(Name, parser.bufferedBytes() <= pos);
    }
    return out;
}

} // namespace

int fuzzSipStream(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    SipParser whole;
    whole.feed(bytes);
    Framed expected;
    drain(whole, expected, bytes.size());

    // The stateless entry point agrees with the parser object on the first message.
    if (const auto first = SipParser::parseStream(bytes)) {
        SIPSCOPE_FUZZ_CHECK(Name, first->isValid() == (!expected.messages.isEmpty()));
        if (first->isValid())
            SIPSCOPE_FUZZ_CHECK(Name, first->message->toBytes() == expected.messages.constFirst());
    } else {
        SIPSCOPE_FUZZ_CHECK(Name, expected.messages.isEmpty() && !expected.failed);
    }

    std::uint32_t seed = 2166136261u;   // FNV-1a of the input picks the cut points
    for (std::size_t i = 0; i < size; ++i)
        seed = (seed ^ data[i]) * 16777619u;
    seed |= 1u;
    for (qsizetype maxChunk : {qsizetype(1), qsizetype(7), qsizetype(512)}) {
        if (maxChunk == 1 && bytes.size() > 16 * 1024)
            continue;   // one byte at a time is quadratic in the buffer; keep it for small inputs
        const Framed chunked = frame(bytes, seed, maxChunk);
        SIPSCOPE_FUZZ_CHECK(Name, chunked.messages == expected.messages.first(std::min(expected.messages.size(), chunked.messages.size())));
        SIPSCOPE_FUZZ_CHECK(Name, chunked.messages.size() == expected.messages.size());
        SIPSCOPE_FUZZ_CHECK(Name, chunked.failed == expected.failed);
    }
    return 0;
}

} // namespace SipScope::Fuzz

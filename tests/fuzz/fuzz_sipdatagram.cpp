// Fuzz target "sip_datagram": SipParser::parseDatagram on any bytes (RFC 3261 §18.3).
//
// Beyond "no crash, no leak, no UB" it checks the parser's contract: an error always
// comes with a message and never with a message object, a valid result consumed the
// whole datagram and has a status in 100..699, and a parsed message written back with
// toBytes() parses to the same message (what the raw view shows is what was read).
#include "fuzztargets.h"

#include "sip/sipparser.h"

using namespace Qt::Literals::StringLiterals;

namespace SipScope::Fuzz {

namespace {

constexpr const char *Name = "sip_datagram";

bool sameMessage(const SipMessage &a, const SipMessage &b)
{
    return a.kind() == b.kind() && a.statusCode() == b.statusCode()
        && a.rawReasonPhrase() == b.rawReasonPhrase() && a.method() == b.method()
        && a.requestUri() == b.requestUri() && a.headers() == b.headers() && a.body() == b.body();
}

// The accessors the transaction and the views call on whatever arrived.
void touchAccessors(const SipMessage &message)
{
    if (const auto via = message.topVia())
        (void)via->sentBy();
    (void)message.cseq();
    (void)message.callId();
    (void)message.fromTag();
    (void)message.toTag();
    (void)message.reasonPhrase();
    for (const SipHeader &header : message.headers()) {
        (void)message.headerValues(header.name);
        (void)headerParameter(header.value, u"tag"_s);
    }
}

} // namespace

int fuzzSipDatagram(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const SipParseResult result = SipParser::parseDatagram(bytes);
    SIPSCOPE_FUZZ_CHECK(Name, result.isValid() == (result.error == SipParseError::None));
    SIPSCOPE_FUZZ_CHECK(Name, result.isValid() == result.errorMessage.isEmpty());
    SIPSCOPE_FUZZ_CHECK(Name, result.isValid() || !parseErrorToken(result.error).isEmpty());
    if (!result.isValid()) {
        SIPSCOPE_FUZZ_CHECK(Name, !result.message.has_value());
        return 0;
    }
    const SipMessage &message = *result.message;
    SIPSCOPE_FUZZ_CHECK(Name, result.consumed == bytes.size());
    SIPSCOPE_FUZZ_CHECK(Name, message.isRequest() || (message.statusCode() >= 100 && message.statusCode() <= 699));
    SIPSCOPE_FUZZ_CHECK(Name, message.body().size() <= bytes.size());
    touchAccessors(message);

    // Folded lines are joined and "Name:value" gains a space, so the written form may
    // exceed the per-line and total limits the original met; those limits are about
    // what we accept from the wire, not about our own output.
    SipParseLimits generous;
    generous.maxMessageSize = 4 * (bytes.size() + 1024);
    generous.maxLineLength = generous.maxMessageSize;
    const SipParseResult again = SipParser::parseDatagram(message.toBytes(), generous);
    SIPSCOPE_FUZZ_CHECK(Name, again.isValid());
    SIPSCOPE_FUZZ_CHECK(Name, sameMessage(message, *again.message));
    return 0;
}

} // namespace SipScope::Fuzz

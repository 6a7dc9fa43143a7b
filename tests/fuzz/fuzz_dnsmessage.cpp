// Fuzz target "dns_message": the bytes a DNS server (or anything posing as one) sends to
// SipScope's own client, through the parser the resolver uses (dns/dnsmessage.h).
// Invariants: the parser returns either a message or an error, never both or neither;
// the header-only reader agrees with the full reader on what both read; every record
// holds what its type says (an address for A/AAAA of the right family), and nothing
// produced is larger than the input could encode.
#include "fuzztargets.h"

#include "dns/dnsmessage.h"

#include <QByteArray>

namespace SipScope::Fuzz {

namespace {

constexpr const char *Name = "dns_message";

// A DNS name on the wire is at most 255 octets (RFC 1035 §2.3.4); as text, with the
// dots and escapes our parser may write, it stays well below this bound.
constexpr qsizetype maxNameText = 4 * 255;

} // namespace

int fuzzDnsMessage(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Dns::ParseResult full = Dns::parseMessage(bytes);
    const Dns::ParseResult head = Dns::parseHeaderAndQuestion(bytes);
    SIPSCOPE_FUZZ_CHECK(Name, full.message.has_value() == full.error.isEmpty());
    SIPSCOPE_FUZZ_CHECK(Name, head.message.has_value() == head.error.isEmpty());
    if (!full.message)
        return 0;
    // What parses whole has a header and question that parse alone, and the same ones.
    SIPSCOPE_FUZZ_CHECK(Name, head.message.has_value());
    const Dns::Message &m = *full.message;
    SIPSCOPE_FUZZ_CHECK(Name, head.message->id == m.id && head.message->rcode == m.rcode
                                  && head.message->questions.size() == m.questions.size());
    // Every question takes at least 5 octets, every record at least 11, after the header.
    SIPSCOPE_FUZZ_CHECK(Name, m.questions.size() * 5 + m.answers.size() * 11 <= bytes.size());
    for (const Dns::Question &q : m.questions)
        SIPSCOPE_FUZZ_CHECK(Name, q.name.size() <= maxNameText);
    for (const Dns::ResourceRecord &r : m.answers) {
        SIPSCOPE_FUZZ_CHECK(Name, r.name.size() <= maxNameText);
        SIPSCOPE_FUZZ_CHECK(Name, r.ttl <= 0x7fffffffu);
        if (r.type == Dns::Type::A)
            SIPSCOPE_FUZZ_CHECK(Name, r.address.protocol() == QAbstractSocket::IPv4Protocol);
        else if (r.type == Dns::Type::Aaaa)
            SIPSCOPE_FUZZ_CHECK(Name, r.address.protocol() == QAbstractSocket::IPv6Protocol);
        else if (r.type == Dns::Type::Srv)
            SIPSCOPE_FUZZ_CHECK(Name, r.srv.target.size() <= maxNameText);
        else if (r.type == Dns::Type::Naptr)
            SIPSCOPE_FUZZ_CHECK(Name, r.naptr.replacement.size() <= maxNameText && r.naptr.flags.size() < 256
                                          && r.naptr.services.size() < 256 && r.naptr.regexp.size() < 256);
    }
    return 0;
}

} // namespace SipScope::Fuzz

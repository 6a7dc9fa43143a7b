// Fuzz target "sip_uri": SipUri::parse on any text a user could type or paste.
//
// Contract checked: an error has a message and no URI, a URI has a host, and the
// normalised form (what the probe sends as Request-URI and the GUI shows) parses back
// to the same URI and the same text.
#include "fuzztargets.h"

#include "sip/sipuri.h"

namespace SipScope::Fuzz {

namespace {
constexpr const char *Name = "sip_uri";
}

int fuzzSipUri(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const SipUriParseResult result = SipUri::parse(text);
    SIPSCOPE_FUZZ_CHECK(Name, result.isValid() == result.uri.has_value());
    SIPSCOPE_FUZZ_CHECK(Name, result.isValid() == result.errorMessage.isEmpty());
    if (!result.isValid())
        return 0;
    const SipUri &uri = *result.uri;
    SIPSCOPE_FUZZ_CHECK(Name, uri.isValid());
    (void)uri.hostPort();
    (void)uri.hostForUri();
    (void)uri.transportParameter();

    const QString normalised = uri.toString();
    const SipUriParseResult again = SipUri::parse(normalised);
    SIPSCOPE_FUZZ_CHECK(Name, again.isValid());
    SIPSCOPE_FUZZ_CHECK(Name, *again.uri == uri);
    SIPSCOPE_FUZZ_CHECK(Name, again.uri->toString() == normalised);
    return 0;
}

} // namespace SipScope::Fuzz

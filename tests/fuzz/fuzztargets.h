// The fuzz entry points. Each target lives in its own fuzz_<name>.cpp with a uniquely
// named entry function, so that one library holds them all: the libFuzzer executables
// (libfuzzermain.cpp, clang with SIPSCOPE_FUZZ=ON) call one each, and the corpus replay
// test (tst_fuzzreplay, every compiler) calls every one of them on its corpus.
//
// An entry function returns 0 for any input. A broken invariant is a finding: it prints
// what broke and aborts, which libFuzzer saves as a crash and the replay test reports as
// a failure.
#pragma once

#include <cstddef>
#include <cstdint>

namespace SipScope::Fuzz {

using EntryFunction = int (*)(const std::uint8_t *data, std::size_t size);

int fuzzSipDatagram(const std::uint8_t *data, std::size_t size);
int fuzzSipStream(const std::uint8_t *data, std::size_t size);
int fuzzSipUri(const std::uint8_t *data, std::size_t size);
int fuzzDigestChallenge(const std::uint8_t *data, std::size_t size);
int fuzzCodeSearch(const std::uint8_t *data, std::size_t size);
int fuzzCaptureFile(const std::uint8_t *data, std::size_t size);
int fuzzDnsMessage(const std::uint8_t *data, std::size_t size);

struct Target
{
    const char *name;       // also the folder of its corpus: tests/fuzz/corpus/<name>
    EntryFunction entry;
};

// Every target, in a fixed order.
inline constexpr Target targets[] = {
    {"sip_datagram", &fuzzSipDatagram},
    {"sip_stream", &fuzzSipStream},
    {"sip_uri", &fuzzSipUri},
    {"digest_challenge", &fuzzDigestChallenge},
    {"code_search", &fuzzCodeSearch},
    {"capture_file", &fuzzCaptureFile},
    {"dns_message", &fuzzDnsMessage},
};

// Prints "fuzz invariant broken in <target>: <what>" to stderr and aborts.
[[noreturn]] void invariantBroken(const char *target, const char *what);

} // namespace SipScope::Fuzz

// Checks an invariant of a fuzz target; never compiled out (unlike assert()).
#define SIPSCOPE_FUZZ_CHECK(target, condition) \
    do { \
        if (!(condition)) \
            ::SipScope::Fuzz::invariantBroken(target, #condition); \
    } while (false)

// The thin libFuzzer wrapper: one executable per target, SIPSCOPE_FUZZ_ENTRY names the
// entry function (set by tests/fuzz/CMakeLists.txt). libFuzzer supplies main().
#include "fuzztargets.h"

#ifndef SIPSCOPE_FUZZ_ENTRY
#error "SIPSCOPE_FUZZ_ENTRY must name a fuzz entry function"
#endif

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return SipScope::Fuzz::SIPSCOPE_FUZZ_ENTRY(data, size);
}

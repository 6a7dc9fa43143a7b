#include "fuzztargets.h"

#include <cstdio>
#include <cstdlib>

namespace SipScope::Fuzz {

void invariantBroken(const char *target, const char *what)
{
    std::fprintf(stderr, "fuzz invariant broken in %s: %s\n", target, what);
    std::fflush(stderr);
    std::abort();
}

} // namespace SipScope::Fuzz

// The human-readable explanation of one response code, as `sipscope-cli code` and
// `sipscope-cli q850` print it.
#pragma once

#include "codes/responsecode.h"

namespace SipScope::Cli {

class TextWriter;

class CodePrinter final
{
public:
    // Title, class and status line, then the sections Summary, Meaning, What to
    // check, Typical causes, Technical, Q.850, Also seen as, Related, Source and
    // Reference (empty ones are left out).
    static void print(TextWriter &writer, const ResponseCode &code);
    // "486 Busy Here", or "499 (not registered)" for a code read as its class.
    static QString title(const ResponseCode &code);
};

} // namespace SipScope::Cli

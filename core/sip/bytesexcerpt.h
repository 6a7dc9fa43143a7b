// The start of some received bytes as one line of text that is safe to print: for
// showing what a peer sent when it is not SIP (terminals, JSON, a label), never raw.
#pragma once

#include <QByteArrayView>
#include <QString>

namespace SipScope {

// Printable ASCII is kept; CR, LF, tab and backslash become \r \n \t \\; every other
// byte is \xHH. At most `maxBytes` bytes are shown; when there are more, the text ends
// with "…" and how many bytes were left out.
QString escapedExcerpt(QByteArrayView bytes, qsizetype maxBytes = 160);

} // namespace SipScope

// What the text in the Codes view's search field is beyond words to search for: a SIP
// URI, which the view offers to probe, or a SIP message or log excerpt, which it offers
// to explain. The search runs on the text either way; this only decides the offer.
#pragma once

#include <QString>

namespace SipScope {

class PastedText final
{
public:
    enum class Kind {
        Words,     // a query: nothing to offer
        SipTarget, // "sip:pbx.example.com" or "sips:alice@host:5061": a probe target
        Message,   // a SIP message, a header or a log line carrying a status or cause
    };
    static Kind classify(const QString &text);
};

} // namespace SipScope

#include "mirroranswer.h"

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

namespace {

void setMirror(SipMessage &response, const MirrorReport &report, const QByteArray &body)
{
    response.removeHeader(u"Content-Type"_s);
    response.removeHeader(MirrorReport::headerName());
    response.removeHeader(u"Content-Length"_s);
    response.addHeader(u"Content-Type"_s, report.isTruncated() ? u"message/sipfrag"_s : u"message/sip"_s);
    response.addHeader(MirrorReport::headerName(), report.toHeaderValue());
    response.addHeader(u"Content-Length"_s, QString::number(body.size()));
    response.setBody(body);
}

} // namespace

qsizetype MirrorAnswer::answerLimit(TransportProtocol transport, const SipParseLimits &limits)
{
    return transport == TransportProtocol::Udp ? udpAnswerLimit : limits.maxMessageSize;
}

MirrorReport MirrorAnswer::apply(SipMessage &response, const QByteArray &raw, const ResponderPeer &peer,
                                 qsizetype limit)
{
    MirrorReport report{peer.transport, peer.address, peer.port, raw.size(), raw.size(), false, {}};
    // The overhead with the widest values the header can get (`mirrored` never has more
    // digits than `length`, and "message/sipfrag" is the longer type): what is left of
    // the limit is the room for the body.
    SipMessage widest = response;
    MirrorReport widestReport = report;
    setMirror(widest, widestReport, {});
    widest.setHeader(u"Content-Type"_s, u"message/sipfrag"_s);
    widest.setHeader(u"Content-Length"_s, QString::number(raw.size()));
    const qsizetype room = limit - widest.toBytes().size();
    if (raw.size() <= room) {
        setMirror(response, report, raw);
        return report;
    }
    // Whole lines only, so that the fragment is still lines of SIP (RFC 3420 §2).
    const qsizetype lastLineEnd = room > 0 ? raw.lastIndexOf('\n', room - 1) : -1;
    const QByteArray fragment = raw.left(lastLineEnd + 1);
    report.mirrored = fragment.size();
    setMirror(response, report, fragment);
    return report;
}

} // namespace SipScope

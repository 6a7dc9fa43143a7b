#include "optionsrequest.h"

#include "sipscope_version.h"

#include <QCoreApplication>
#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

namespace {

QString randomHex(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    QRandomGenerator *generator = QRandomGenerator::system();
    for (char &c : data)
        c = static_cast<char>(generator->bounded(256));
    return QString::fromLatin1(data.toHex());
}

QString addressForUri(const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        QHostAddress plain = address;
        plain.setScopeId({});
        return u'[' + plain.toString() + u']';
    }
    return address.toString();
}

// Headers the probe builds itself; a --header may not replace them because the
// transaction depends on them (Via, CSeq, Call-ID) or an option sets them.
const QStringList &reservedHeaders()
{
    static const QStringList names = {u"Via"_s, u"CSeq"_s, u"Call-ID"_s, u"Content-Length"_s,
                                      u"Max-Forwards"_s, u"From"_s, u"To"_s};
    return names;
}

// Headers a --header replaces instead of adding a second line.
const QStringList &replaceableHeaders()
{
    static const QStringList names = {u"User-Agent"_s, u"Accept"_s, u"Contact"_s};
    return names;
}

bool matchesAny(const QString &name, const QStringList &names)
{
    for (const QString &n : names) {
        if (sameHeaderName(name, n))
            return true;
    }
    return false;
}

} // namespace

SipMessage OptionsRequest::build(const OptionsRequestParams &params)
{
    // RFC 7118 §5: a WebSocket client names itself with an .invalid host and no port.
    const bool invalidHost = !params.sentByHost.isEmpty();
    const QString host = invalidHost ? params.sentByHost : addressForUri(params.localAddress);
    const QString hostPort = invalidHost ? host : host + u':' + QString::number(params.localPort);
    const QString branch = params.branch.isEmpty() ? newBranch() : params.branch;
    const QString callId = params.callId.isEmpty() ? newCallId() : params.callId;
    const QString fromTag = params.fromTag.isEmpty() ? newTag() : params.fromTag;

    QString from;
    if (params.fromUri) {
        from = params.fromUri->toString();
    } else {
        const QString user = params.fromUser.isEmpty() ? u"sipscope"_s : params.fromUser;
        from = u"sip:"_s + user + u'@' + host;
    }

    QString contact = u"sip:sipscope@"_s + hostPort;
    if (params.transport != TransportProtocol::Udp)
        contact += u";transport="_s + transportToken(params.transport);

    SipMessage request = SipMessage::request(u"OPTIONS"_s, params.target.toString());
    // RFC 3261 §8.1.1 lists these; RFC 3581 §3 adds the empty rport parameter so the
    // server answers to the address and port it saw (and tells us which that was).
    request.addHeader(u"Via"_s, u"SIP/2.0/"_s + transportViaToken(params.transport) + u' ' + hostPort
                                    + u";branch="_s + branch + u";rport"_s);
    request.addHeader(u"Max-Forwards"_s, QString::number(params.maxForwards));
    request.addHeader(u"To"_s, u'<' + params.target.toString() + u'>');
    request.addHeader(u"From"_s, u'<' + from + u">;tag="_s + fromTag);
    request.addHeader(u"Call-ID"_s, callId);
    request.addHeader(u"CSeq"_s, QString::number(params.cseq) + u" OPTIONS"_s);
    request.addHeader(u"Contact"_s, u'<' + contact + u'>');
    // RFC 3261 §11.1: Accept with the type we would understand in a body.
    request.addHeader(u"Accept"_s, u"application/sdp"_s);
    request.addHeader(u"User-Agent"_s, userAgent());
    for (const SipHeader &header : params.extraHeaders) {
        if (matchesAny(header.name, replaceableHeaders()))
            request.setHeader(header.name, header.value);
        else
            request.addHeader(header.name, header.value);
    }
    request.addHeader(u"Content-Length"_s, u"0"_s);
    return request;
}

QString OptionsRequest::newBranch()
{
    return u"z9hG4bK"_s + randomHex(12);
}

QString OptionsRequest::newTag()
{
    return randomHex(8);
}

QString OptionsRequest::newCallId()
{
    return randomHex(16);
}

QString OptionsRequest::userAgent()
{
    return u"SipScope/"_s + QStringLiteral(SIPSCOPE_VERSION);
}

OptionsRequest::HeaderArgument OptionsRequest::parseHeaderArgument(const QString &text)
{
    HeaderArgument result;
    if (text.contains(u'\r') || text.contains(u'\n') || text.contains(QChar(0))) {
        result.errorMessage = QCoreApplication::translate("OptionsRequest", "A header must fit on one line: \"%1\".").arg(text.simplified());
        return result;
    }
    const qsizetype colon = text.indexOf(u':');
    const QString name = colon < 0 ? QString() : text.left(colon).trimmed();
    bool token = !name.isEmpty();
    for (QChar c : name) {
        token = token && c.unicode() < 128
            && (c.isLetterOrNumber() || u"-.!%*_+`'~"_s.contains(c));
    }
    if (colon < 0 || !token) {
        result.errorMessage = QCoreApplication::translate("OptionsRequest", "\"%1\" is not a header: write it as \"Name: value\".").arg(text);
        return result;
    }
    if (matchesAny(name, reservedHeaders())) {
        result.errorMessage = QCoreApplication::translate("OptionsRequest", "The %1 header is set by the probe itself and cannot be given with --header.")
                                  .arg(expandCompactHeaderName(name));
        return result;
    }
    result.header = SipHeader{name, text.mid(colon + 1).trimmed()};
    return result;
}

} // namespace SipScope

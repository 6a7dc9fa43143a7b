#include "callbackheader.h"

#include <QStringList>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

namespace {

QString secondsText(std::chrono::milliseconds delay)
{
    // Whole seconds as "30", fractions with up to three decimals ("0.5").
    QString text = QString::number(double(delay.count()) / 1000.0, 'f', 3);
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

std::optional<std::chrono::milliseconds> parseSeconds(const QString &text)
{
    bool ok = false;
    const double seconds = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(seconds) || seconds < 0 || seconds > 1e7)
        return std::nullopt;
    return std::chrono::milliseconds(std::llround(seconds * 1000.0));
}

} // namespace

QString CallBackHeader::name()
{
    return u"SipScope-Call-Back"_s;
}

std::optional<std::chrono::milliseconds> CallBackHeader::parseRequest(const QString &value)
{
    const auto delay = parseSeconds(value);
    if (!delay || *delay < minDelay || *delay > maxDelay)
        return std::nullopt;
    return delay;
}

QString CallBackHeader::formatRequest(std::chrono::milliseconds delay)
{
    return secondsText(delay);
}

QString CallBackHeader::formatAccepted(std::chrono::milliseconds delay)
{
    return u"accepted;delay="_s + secondsText(delay);
}

QString CallBackHeader::formatRefused(const QString &reason)
{
    return u"refused;reason="_s + reason;
}

std::optional<CallBackHeader::Reply> CallBackHeader::parseReply(const QString &value)
{
    const QStringList parts = value.split(u';');
    const QString word = parts.constFirst().trimmed().toLower();
    Reply reply;
    if (word == u"accepted"_s)
        reply.answer = Answer::Accepted;
    else if (word == u"refused"_s)
        reply.answer = Answer::Refused;
    else
        return std::nullopt;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString parameter = parts.at(i).trimmed();
        const qsizetype equals = parameter.indexOf(u'=');
        if (equals < 0)
            continue;
        const QString key = parameter.left(equals).trimmed().toLower();
        const QString text = parameter.mid(equals + 1).trimmed();
        if (key == u"delay"_s) {
            if (const auto delay = parseSeconds(text))
                reply.delay = *delay;
        } else if (key == u"reason"_s) {
            reply.reason = text.toLower();
        }
    }
    return reply;
}

} // namespace SipScope

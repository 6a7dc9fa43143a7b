#include "certificateexpiry.h"

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

namespace {

constexpr qint64 secondsPerDay = 86400;
constexpr int maxDays = 3650;

QString when(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-dd HH:mm"_s) + u" UTC"_s;
}

} // namespace

std::optional<CertificateExpiry> CertificateExpiry::of(const TlsSessionInfo &tls, const QDateTime &now)
{
    CertificateExpiry expiry;
    if (tls.peerCertificate && tls.peerCertificate->notAfter.isValid())
        expiry.notAfter = tls.peerCertificate->notAfter.toUTC();
    else if (!tls.peerChain.isEmpty() && tls.peerChain.constFirst().expiryDate().isValid())
        expiry.notAfter = tls.peerChain.constFirst().expiryDate().toUTC();
    else
        return std::nullopt;
    expiry.secondsLeft = now.secsTo(expiry.notAfter);
    expiry.earliestNotAfter = expiry.notAfter;
    expiry.earliestSubject = tls.peerCertificate ? tls.peerCertificate->subject : QString();
    expiry.chainLength = int(qMax<qsizetype>(1, tls.peerChain.size()));
    // Position 0 is the server's own certificate (the chain starts with it); a later
    // one only wins when it ends strictly earlier.
    for (qsizetype i = 1; i < tls.peerChain.size(); ++i) {
        const QDateTime end = tls.peerChain.at(i).expiryDate().toUTC();
        if (end.isValid() && end < expiry.earliestNotAfter) {
            expiry.earliestNotAfter = end;
            expiry.earliestIndex = int(i);
            expiry.earliestSubject = TlsCertificateSummary::fromCertificate(tls.peerChain.at(i)).subject;
        }
    }
    expiry.earliestSecondsLeft = now.secsTo(expiry.earliestNotAfter);
    return expiry;
}

int CertificateExpiry::wholeDays(qint64 seconds)
{
    // Toward zero: 4.9 days left is 4, 1.5 days past the end is -1 ("expired 1 day ago").
    return int(seconds / secondsPerDay);
}

QString CertificateExpiry::inWords(qint64 secondsLeft, const QDateTime &notAfter)
{
    if (secondsLeft < 0) {
        const int ago = -wholeDays(secondsLeft);
        if (ago == 0)
            return tr("expired less than a day ago (%1)").arg(when(notAfter));
        return tr("expired %n day(s) ago (%1)", nullptr, ago).arg(when(notAfter));
    }
    const int days = wholeDays(secondsLeft);
    if (days == 0)
        return tr("expires in less than a day (%1)").arg(when(notAfter));
    return tr("expires in %n day(s) (%1)", nullptr, days).arg(when(notAfter));
}

QString CertificateExpiry::earliestInWords() const
{
    const QString words = inWords(earliestSecondsLeft, earliestNotAfter);
    if (earliestIsPeer())
        return tr("the server's certificate %1").arg(words);
    return tr("certificate %1 of %2 in the chain (%3) %4")
        .arg(earliestIndex + 1).arg(chainLength).arg(earliestSubject, words);
}

std::optional<int> CertificateThresholds::parseDays(const QString &text, QString *error)
{
    bool ok = false;
    const int days = text.trimmed().toInt(&ok);
    if (!ok || days < 0 || days > maxDays) {
        if (error)
            *error = tr("\"%1\" is not a whole number of days from 0 to %2.").arg(text).arg(maxDays);
        return std::nullopt;
    }
    return days;
}

QString CertificateThresholds::validate() const
{
    if (warnDays && critDays && *critDays > *warnDays) {
        return tr("The certificate's critical window (%1 days) is larger than its warning window (%2 days).")
            .arg(*critDays).arg(*warnDays);
    }
    return {};
}

CertificateThresholds::Level CertificateThresholds::level(const CertificateExpiry &expiry) const
{
    if (!isSet())
        return Level::Ok;
    const qint64 left = expiry.earliestSecondsLeft;
    if (left <= 0 || (critDays && left < qint64(*critDays) * secondsPerDay))
        return Level::Critical;
    if (warnDays && left < qint64(*warnDays) * secondsPerDay)
        return Level::Warning;
    return Level::Ok;
}

QString CertificateThresholds::levelToken(Level level)
{
    switch (level) {
    case Level::Ok: return u"ok"_s;
    case Level::Warning: return u"warning"_s;
    case Level::Critical: return u"critical"_s;
    }
    return {};
}

QString CertificateThresholds::windowText(Level level) const
{
    switch (level) {
    case Level::Ok:
        return {};
    case Level::Warning:
        return tr("within the warning window of %n day(s)", nullptr, warnDays.value_or(0));
    case Level::Critical:
        if (critDays)
            return tr("within the critical window of %n day(s)", nullptr, *critDays);
        return tr("expired");
    }
    return {};
}

} // namespace SipScope

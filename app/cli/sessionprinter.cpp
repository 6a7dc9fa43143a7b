#include "sessionprinter.h"

#include "probe/certificateexpiry.h"

#include <QCoreApplication>
#include <QTextStream>

namespace SipScope::Cli {

using namespace Qt::Literals::StringLiterals;

namespace {

void line(QTextStream &out, const QString &label, const QString &value, qsizetype width)
{
    out << u"  "_s << (label + u':').leftJustified(width) << value << Qt::endl;
}

QString date(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-dd HH:mm"_s) + u" UTC"_s;
}

} // namespace

void SessionPrinter::print(QTextStream &out, const ProbeResult &r, qsizetype width)
{
    if (r.tls) {
        const TlsSessionInfo &tls = *r.tls;
        if (tls.handshakeCompleted())
            line(out, QCoreApplication::translate("Cli", "TLS"), tls.protocol + u", "_s + tls.cipher, width);
        if (tls.peerCertificate) {
            const TlsCertificateSummary &peer = *tls.peerCertificate;
            line(out, QCoreApplication::translate("Cli", "Certificate"), peer.subject, width);
            line(out, QCoreApplication::translate("Cli", "Issuer"), peer.issuer, width);
            line(out, QCoreApplication::translate("Cli", "Valid"),
                 QCoreApplication::translate("Cli", "%1 to %2").arg(date(peer.notBefore), date(peer.notAfter)), width);
            line(out, u"SHA-256"_s, peer.sha256, width);
            if (const auto expiry = CertificateExpiry::of(tls, QDateTime::currentDateTimeUtc())) {
                line(out, QCoreApplication::translate("Cli", "Expires"),
                     CertificateExpiry::inWords(expiry->secondsLeft, expiry->notAfter), width);
                // An intermediate that runs out first ends the chain's validity first.
                if (!expiry->earliestIsPeer())
                    line(out, QCoreApplication::translate("Cli", "Chain ends"), expiry->earliestInWords(), width);
            }
            if (!peer.keyAlgorithm.isEmpty())
                line(out, QCoreApplication::translate("Cli", "Key"),
                     QCoreApplication::translate("Cli", "%1, %2 bits").arg(peer.keyAlgorithm).arg(peer.keyBits), width);
        }
        QString verdict;
        if (tls.verified)
            verdict = QCoreApplication::translate("Cli", "verified for %1").arg(tls.serverName);
        else if (tls.insecure)
            verdict = QCoreApplication::translate("Cli", "NOT verified (%1); accepted because of --insecure")
                          .arg(tls.problemTexts.join(u"; "_s));
        else if (!tls.problemTexts.isEmpty())
            verdict = QCoreApplication::translate("Cli", "NOT verified: %1").arg(tls.problemTexts.join(u"; "_s));
        if (!verdict.isEmpty())
            line(out, QCoreApplication::translate("Cli", "Verification"), verdict, width);
    }
    if (r.auth) {
        const ProbeAuthInfo &auth = *r.auth;
        QStringList parts;
        if (!auth.scheme.isEmpty())
            parts << auth.scheme + u' ' + auth.algorithm;
        if (!auth.realm.isEmpty())
            parts << QCoreApplication::translate("Cli", "realm \"%1\"").arg(auth.realm);
        if (!auth.qop.isEmpty())
            parts << u"qop "_s + auth.qop;
        if (!auth.user.isEmpty())
            parts << QCoreApplication::translate("Cli", "user %1").arg(auth.user);
        parts << QCoreApplication::translate("Cli", "%n request(s)", nullptr, auth.attempts);
        line(out, QCoreApplication::translate("Cli", "Authentication"), parts.join(u", "_s), width);
        if (!auth.explanation.isEmpty())
            out << u"  "_s << auth.explanation << Qt::endl;
    }
}

} // namespace SipScope::Cli

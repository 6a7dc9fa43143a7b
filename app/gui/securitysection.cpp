#include "securitysection.h"

#include "probe/certificateexpiry.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

namespace {

QLabel *makeLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QString utcTime(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-dd HH:mm"_s);
}

} // namespace

SecuritySection::SecuritySection(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"resultSecurity"_s);
    m_tls = makeLabel(this, u"resultTls"_s);
    m_auth = makeLabel(this, u"resultAuth"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_tls);
    layout->addWidget(m_auth);
    retranslateUi();
}

void SecuritySection::retranslateUi()
{
    setAccessibleName(tr("Security"));
    m_tls->setAccessibleName(tr("TLS session and server certificate"));
    m_auth->setAccessibleName(tr("Authentication"));
    render();
}

void SecuritySection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void SecuritySection::showResult(const std::optional<ProbeResult> &result)
{
    m_result = result;
    render();
}

QString SecuritySection::certificateLines(const TlsCertificateSummary &certificate) const
{
    QStringList lines;
    lines.append(tr("Certificate subject: %1").arg(certificate.subject));
    lines.append(tr("Issuer: %1").arg(certificate.issuer));
    if (!certificate.alternativeNames.isEmpty())
        lines.append(tr("Valid for: %1").arg(certificate.alternativeNames.join(u", "_s)));
    lines.append(tr("Valid from %1 until %2 UTC").arg(utcTime(certificate.notBefore), utcTime(certificate.notAfter)));
    lines.append(tr("SHA-256 fingerprint: %1").arg(certificate.sha256));
    return lines.join(u'\n');
}

QString SecuritySection::certificateAdvice(const QString &problem, const TlsSessionInfo &tls)
{
    if (problem == u"expired"_s || problem == u"not_yet_valid"_s)
        return tr("Check the certificate's validity dates and this computer's clock; the server may need a renewed certificate.");
    if (problem == u"self_signed"_s || problem == u"untrusted_issuer"_s)
        return tr("If the server uses a private or self-signed CA, give that CA's certificate as the CA file; "
                  "compare the SHA-256 fingerprint with the one the server's administrator expects.");
    if (problem == u"wrong_host"_s)
        return tr("Connect by a name the certificate is valid for, or have the certificate reissued for %1.")
            .arg(tls.serverName);
    if (problem == u"revoked"_s)
        return tr("The certificate was revoked: the server needs a new one.");
    return tr("Check the certificate chain the server sends (intermediate certificates included).");
}

QString SecuritySection::tlsText(const TlsSessionInfo &tls, bool failed) const
{
    QStringList lines;
    if (tls.handshakeCompleted())
        lines.append(tr("TLS session: %1, %2").arg(tls.protocol, tls.cipher));
    else
        lines.append(tr("The TLS handshake with %1 did not complete.").arg(tls.serverName));
    if (tls.peerCertificate)
        lines.append(certificateLines(*tls.peerCertificate));
    // Days left, and the chain's earliest end when an intermediate runs out first.
    if (const auto expiry = CertificateExpiry::of(tls, QDateTime::currentDateTimeUtc())) {
        lines.append(tr("Certificate %1").arg(CertificateExpiry::inWords(expiry->secondsLeft, expiry->notAfter)));
        if (!expiry->earliestIsPeer())
            lines.append(tr("Chain: %1").arg(expiry->earliestInWords()));
    }
    if (tls.verified)
        lines.append(tr("Certificate verified"));
    else if (tls.insecure)
        lines.append(tr("Certificate not verified: accepted insecurely"));
    for (const QString &problem : tls.problemTexts)
        lines.append(tr("Problem: %1").arg(problem));
    if (failed && !tls.problems.isEmpty()) {
        lines.append(tr("What to check:"));
        QStringList advice;
        for (const QString &problem : tls.problems) {
            const QString item = certificateAdvice(problem, tls);
            if (!advice.contains(item))
                advice.append(item);
        }
        for (const QString &item : advice)
            lines.append(u"• "_s + item);
    }
    return lines.join(u'\n');
}

QString SecuritySection::authText(const ProbeAuthInfo &auth) const
{
    QString outcome;
    switch (auth.outcome) {
    case ProbeAuthInfo::Outcome::Accepted: outcome = tr("credentials accepted"); break;
    case ProbeAuthInfo::Outcome::Rejected: outcome = tr("credentials rejected"); break;
    case ProbeAuthInfo::Outcome::NoCredentials: outcome = tr("no credentials given"); break;
    case ProbeAuthInfo::Outcome::Unsupported: outcome = tr("challenge not supported"); break;
    case ProbeAuthInfo::Outcome::Failed: outcome = tr("no answer to the credentials"); break;
    }
    QStringList lines;
    lines.append(tr("Authentication: %1").arg(outcome));
    QStringList facts;
    if (!auth.scheme.isEmpty())
        facts.append(tr("scheme %1").arg(auth.scheme));
    if (!auth.algorithm.isEmpty())
        facts.append(tr("algorithm %1").arg(auth.algorithm));
    if (!auth.realm.isEmpty())
        facts.append(tr("realm \"%1\"").arg(auth.realm));
    if (!auth.qop.isEmpty())
        facts.append(tr("qop %1").arg(auth.qop));
    if (!auth.user.isEmpty())
        facts.append(tr("user %1").arg(auth.user));
    facts.append(tr("%n request(s) sent", nullptr, auth.attempts));
    lines.append(facts.join(u", "_s));
    if (!auth.explanation.isEmpty())
        lines.append(auth.explanation);
    return lines.join(u'\n');
}

void SecuritySection::render()
{
    m_tls->clear();
    m_auth->clear();
    if (m_result) {
        const bool tlsFailed = m_result->error.kind == ErrorKind::Tls;
        if (m_result->tls)
            m_tls->setText(tlsText(*m_result->tls, tlsFailed));
        if (m_result->auth)
            m_auth->setText(authText(*m_result->auth));
    }
    m_tls->setVisible(!m_tls->text().isEmpty());
    m_auth->setVisible(!m_auth->text().isEmpty());
    setVisible(!m_tls->text().isEmpty() || !m_auth->text().isEmpty());
}

} // namespace SipScope

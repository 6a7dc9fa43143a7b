// The result card's security section: the TLS session (protocol, cipher, the server's
// certificate, verified or accepted insecurely), what digest authentication did, and
// for a failed TLS handshake the certificate the server showed with what to check.
// Plain text only: certificate names and realms come from the server.
#pragma once

#include "probe/proberesult.h"

#include <QFrame>

class QLabel;

namespace SipScope {

class SecuritySection final : public QFrame
{
    Q_OBJECT
public:
    explicit SecuritySection(QWidget *parent = nullptr);

    // Hidden when the result has neither a TLS session nor authentication.
    void showResult(const std::optional<ProbeResult> &result);

    QLabel *tlsLabel() const { return m_tls; }
    QLabel *authLabel() const { return m_auth; }

    // What to check for one certificate problem token ("expired", "wrong_host", …).
    static QString certificateAdvice(const QString &problem, const TlsSessionInfo &tls);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void render();
    QString tlsText(const TlsSessionInfo &tls, bool failed) const;
    QString authText(const ProbeAuthInfo &auth) const;
    QString certificateLines(const TlsCertificateSummary &certificate) const;

    QLabel *m_tls = nullptr;
    QLabel *m_auth = nullptr;
    std::optional<ProbeResult> m_result;
};

} // namespace SipScope

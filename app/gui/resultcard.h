// The outcome of a probe at a glance: the status big and in its class colour (a
// click opens it in the Codes view), the reason phrase, the catalog summary, RTT,
// remote address and transport, Server/User-Agent — or, when nothing was received,
// the error in plain words with what to check.
//
// Further sections (e.g. a timing waterfall) join below through addSection().
#pragma once

#include "probe/proberesult.h"

#include <QFrame>
#include <QStringList>

#include <optional>

class QLabel;
class QToolButton;
class QVBoxLayout;

namespace SipScope {

class SecuritySection;

class ResultCard final : public QFrame
{
    Q_OBJECT
public:
    explicit ResultCard(QWidget *parent = nullptr);

    void clear();
    void showRunning(const QString &target);
    void showResult(const ProbeResult &result);
    void addSection(QWidget *section);

    std::optional<ProbeResult> result() const { return m_result; }

    QToolButton *statusButton() const { return m_status; }
    QLabel *reasonLabel() const { return m_reason; }
    QLabel *originLabel() const { return m_origin; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *verdictLabel() const { return m_verdict; }
    QLabel *rttLabel() const { return m_rtt; }
    QLabel *remoteLabel() const { return m_remote; }
    QLabel *serverLabel() const { return m_server; }
    QLabel *keepAliveLabel() const { return m_keepAlive; }
    QLabel *errorLabel() const { return m_error; }
    // TLS session, certificate and authentication; the first section.
    SecuritySection *securitySection() const { return m_security; }

    // What to check for each kind of failure, one item a line (translated).
    static QStringList errorAdvice(ErrorKind kind);
    // "0.42 ms", "12.3 ms", "1.25 s".
    static QString formatDuration(qint64 microseconds);

Q_SIGNALS:
    void codeActivated(int code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void render();
    void setStatusChip(const QString &text, int codeClass);

    QToolButton *m_status = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_origin = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_rtt = nullptr;
    QLabel *m_remote = nullptr;
    QLabel *m_server = nullptr;
    QLabel *m_keepAlive = nullptr;
    QLabel *m_error = nullptr;
    QVBoxLayout *m_sections = nullptr;
    SecuritySection *m_security = nullptr;

    enum class State { Idle, Running, Done };
    State m_state = State::Idle;
    QString m_runningTarget;
    std::optional<ProbeResult> m_result;
};

} // namespace SipScope

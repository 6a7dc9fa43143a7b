// The probe's input: target (with a history drop-down and completer), transport,
// timeout, repeat settings, credentials and TLS options, Send and Stop, and the busy
// indicator.
//
// Credentials and TLS options go into ProbeOptions (digest user and password, an
// extra CA file, insecure mode). The password is never saved: SipScope would only
// keep it in the system keychain (QtKeychain), which this build does not have.
#pragma once

#include "probe/optionsprobe.h"

#include <QStringList>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSettings;
class QSpinBox;
class QToolButton;

namespace SipScope {

class ProbeForm final : public QWidget
{
    Q_OBJECT
public:
    explicit ProbeForm(QWidget *parent = nullptr);

    QString target() const;
    void setTarget(const QString &target);
    // Unset for "Auto" (the URI decides).
    std::optional<TransportProtocol> transport() const;
    void setTransport(std::optional<TransportProtocol> transport);
    int timeoutSeconds() const;
    void setTimeoutSeconds(int seconds);
    bool repeatEnabled() const;
    void setRepeatEnabled(bool enabled);
    int repeatCount() const;
    void setRepeatCount(int count);
    int repeatIntervalMs() const;
    void setRepeatIntervalMs(int ms);

    // The options a probe is started with.
    ProbeOptions probeOptions() const;

    QStringList targetHistory() const;
    // Moves `target` to the top of the history (at most AppSettings::MaxTargetHistory).
    void addToHistory(const QString &target);
    void clearHistory();

    void setRunning(bool running);
    void focusTarget();

    QAction *sendAction() const { return m_sendAction; }
    QAction *stopAction() const { return m_stopAction; }
    QComboBox *targetCombo() const { return m_target; }
    QComboBox *transportCombo() const { return m_transport; }
    QSpinBox *timeoutSpin() const { return m_timeout; }
    QCheckBox *repeatCheck() const { return m_repeat; }
    QSpinBox *repeatCountSpin() const { return m_repeatCount; }
    QDoubleSpinBox *repeatIntervalSpin() const { return m_repeatInterval; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *stopButton() const { return m_stop; }
    QProgressBar *busyIndicator() const { return m_busy; }
    QLineEdit *passwordField() const { return m_password; }

    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

Q_SIGNALS:
    void sendRequested();
    void stopRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateRepeatInputs();

    QLabel *m_targetLabel = nullptr;
    QComboBox *m_target = nullptr;
    QLabel *m_transportLabel = nullptr;
    QComboBox *m_transport = nullptr;
    QLabel *m_timeoutLabel = nullptr;
    QSpinBox *m_timeout = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_stop = nullptr;
    QProgressBar *m_busy = nullptr;
    QCheckBox *m_repeat = nullptr;
    QLabel *m_countLabel = nullptr;
    QSpinBox *m_repeatCount = nullptr;
    QLabel *m_intervalLabel = nullptr;
    QDoubleSpinBox *m_repeatInterval = nullptr;
    QToolButton *m_moreButton = nullptr;

    QGroupBox *m_advanced = nullptr;
    QLabel *m_userLabel = nullptr;
    QLineEdit *m_user = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_caLabel = nullptr;
    QLineEdit *m_caFile = nullptr;
    QToolButton *m_caBrowse = nullptr;
    QCheckBox *m_insecure = nullptr;
    QCheckBox *m_keepAlive = nullptr;   // keep-alive pings after the answer
    QLabel *m_dnsServerLabel = nullptr;
    QLineEdit *m_dnsServer = nullptr;

    QAction *m_sendAction = nullptr;
    QAction *m_stopAction = nullptr;
};

} // namespace SipScope

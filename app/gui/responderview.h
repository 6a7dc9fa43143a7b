// The Responder view (Ctrl+4): make SipScope answer SIP requests with any code. A form
// (listen address, port, transport, certificate for TLS; code from the catalog or
// typed, reason, extra headers, delay, provisional 100/180/183), Start/Stop, and a
// live log of incoming requests — time, method, From, source, answer — with the raw
// message of the selected one. Loopback unless "all interfaces" is ticked, which
// shows a warning. A per-source rate limit, and the counters of what was answered
// and dropped under the log.
#pragma once

#include "responder/responder.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace SipScope {
class ResponderCountersLabel;
}

namespace SipScope {

class ResponderView final : public QWidget
{
    Q_OBJECT
public:
    enum LogColumn { TimeColumn, MethodColumn, FromColumn, SourceColumn, AnswerColumn, NoteColumn, LogColumnCount };
    static constexpr int maxLogRows = 1000;

    explicit ResponderView(QWidget *parent = nullptr);
    ~ResponderView() override;

    Responder *responder() const { return m_responder; }
    QComboBox *addressCombo() const { return m_address; }
    QCheckBox *allInterfacesCheck() const { return m_allInterfaces; }
    QSpinBox *portSpin() const { return m_port; }
    QComboBox *transportCombo() const { return m_transport; }
    QComboBox *codeCombo() const { return m_code; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QPlainTextEdit *headersEdit() const { return m_headers; }
    QSpinBox *delaySpin() const { return m_delay; }
    QSpinBox *rateLimitSpin() const { return m_rateLimit; }
    QCheckBox *mirrorCheck() const { return m_mirror; }
    ResponderCountersLabel *countersLabel() const { return m_counters; }
    QCheckBox *provisionalCheck(int code) const;
    QPushButton *startButton() const { return m_start; }
    QLabel *stateLabel() const { return m_state; }
    QLabel *warningLabel() const { return m_warning; }
    QTableWidget *logTable() const { return m_log; }
    QPlainTextEdit *rawView() const { return m_raw; }

    // The configuration the form describes, or the translated problems with it.
    std::optional<ResponderConfig> config(QStringList *errors) const;

    // Start/Stop as the button does; start() returns false with a status message.
    bool start();
    void stop();

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillCodes();
    void updateForm();
    void onRequest(const ResponderLogEntry &entry);
    void showRaw();
    void applyAnswerChange();

    Responder *m_responder = nullptr;
    QComboBox *m_address = nullptr;
    QCheckBox *m_allInterfaces = nullptr;
    QSpinBox *m_port = nullptr;
    QComboBox *m_transport = nullptr;
    QLineEdit *m_cert = nullptr;
    QLineEdit *m_key = nullptr;
    QComboBox *m_code = nullptr;
    QLineEdit *m_reason = nullptr;
    QPlainTextEdit *m_headers = nullptr;
    QSpinBox *m_delay = nullptr;
    QSpinBox *m_rateLimit = nullptr;
    QCheckBox *m_mirror = nullptr;
    ResponderCountersLabel *m_counters = nullptr;
    QCheckBox *m_p100 = nullptr;
    QCheckBox *m_p180 = nullptr;
    QCheckBox *m_p183 = nullptr;
    QPushButton *m_start = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_warning = nullptr;
    QTableWidget *m_log = nullptr;
    QPlainTextEdit *m_raw = nullptr;
    QLabel *m_labels[10] = {};
};

} // namespace SipScope

// A real baresip (a SIP user agent from another code base than Kamailio) for
// integration tests: writes a configuration of its own into a temporary directory —
// listening on 127.0.0.1 on a free port, UDP and TCP, no audio or video devices, no
// modules, one account that never registers — starts /usr/bin/baresip on it, waits
// until it says it is ready, and stops it by PID when destroyed. Sends nothing itself:
// with no registration interval and no calls, it only answers what it receives.
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace SipScope::Test {

class BaresipInstance final
{
public:
    BaresipInstance() = default;
    ~BaresipInstance();
    BaresipInstance(const BaresipInstance &) = delete;
    BaresipInstance &operator=(const BaresipInstance &) = delete;

    // $SIPSCOPE_BARESIP or /usr/bin/baresip.
    static QString executable();
    static bool isInstalled();

    // False with errorString() (which includes baresip's output) on failure.
    bool start(int startTimeoutMs = 15000);
    // SIGTERM to the PID, SIGKILL if it does not exit within 5 s. Idempotent.
    void stop();
    bool isRunning() const;

    quint16 port() const { return m_port; }
    // "sip:127.0.0.1:40000", "sip:alice@127.0.0.1:40000".
    QString uri(const QString &user = {}) const;
    qint64 pid() const;
    QString errorString() const { return m_errorString; }
    QString log();

private:
    bool writeConfig();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_errorString;
    QByteArray m_log;
};

} // namespace SipScope::Test

// A real Kamailio for integration tests: writes a configuration into a temporary
// directory (the listen sockets, then tests/integration/kamailio.cfg, and a tls.cfg
// for TLS listeners), starts
// /usr/sbin/kamailio in the foreground on a free loopback port, waits until it
// answers OPTIONS, and stops it by PID when destroyed. Never touches port 5060 or
// any address outside loopback.
#pragma once

#include <QHostAddress>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace SipScope::Test {

class KamailioInstance final
{
public:
    // A TLS listener with its own certificate (a tls.cfg server profile of its own).
    struct TlsListener
    {
        QString certificateFile;
        QString keyFile;
    };

    struct Options
    {
        QHostAddress address = QHostAddress(QHostAddress::LocalHost); // or LocalHostIPv6
        bool tcp = false;            // also listen on TCP, same port number
        // TLS listeners on `address`, each on a free port of its own (tlsPort(i)); the
        // tls module, WITH_TLS and TLS_CONFIG are set up for them.
        QList<TlsListener> tls;
        bool auth = false;           // WITH_AUTH: the digest users auth401 and auth407
        // Extra -A defines for the cfg's #!ifdef blocks.
        QStringList defines;
        QStringList extraListen;     // extra "listen=" values
        int startTimeoutMs = 15000;
    };

    KamailioInstance();
    ~KamailioInstance();
    KamailioInstance(const KamailioInstance &) = delete;
    KamailioInstance &operator=(const KamailioInstance &) = delete;

    // $SIPSCOPE_KAMAILIO or /usr/sbin/kamailio.
    static QString executable();
    static bool isInstalled();
    // A free port number on `address` for UDP (and TCP when asked): bind port 0 first.
    static quint16 freePort(const QHostAddress &address, bool alsoTcp);

    // Starts and waits until Kamailio answers an OPTIONS. False with errorString()
    // (which includes Kamailio's own output) on failure.
    bool start(const Options &options);
    bool start() { return start(Options()); }
    // SIGTERM to the PID, SIGKILL if it does not exit within 5 s. Idempotent.
    void stop();
    bool isRunning() const;

    QHostAddress address() const { return m_options.address; }
    quint16 port() const { return m_port; }
    // The port of Options::tls[index]; 0 when there is no such listener.
    quint16 tlsPort(int index = 0) const { return m_tlsPorts.value(index); }
    // "sip:127.0.0.1:40000", "sip:busy@[::1]:40000".
    QString uri(const QString &user = {}) const;
    qint64 pid() const;
    // The temporary directory holding kamailio.cfg (TLS set-ups put certificates here).
    QString workDir() const;
    QString configPath() const;
    QString errorString() const { return m_errorString; }
    // Everything Kamailio printed so far (stderr logging).
    QString log();

private:
    bool writeConfig();
    bool writeTlsConfig();
    bool waitUntilAnswering();

    Options m_options;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QList<quint16> m_tlsPorts;
    QString m_errorString;
    QByteArray m_log;
};

} // namespace SipScope::Test

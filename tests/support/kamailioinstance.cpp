#include "kamailioinstance.h"

#include "sip/optionsrequest.h"
#include "sip/sipparser.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkDatagram>
#include <QTcpServer>
#include <QUdpSocket>

using namespace Qt::Literals::StringLiterals;

namespace SipScope::Test {

namespace {

QString hostForListen(const QHostAddress &address)
{
    return address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + address.toString() + u']'
                                                                : address.toString();
}

} // namespace

KamailioInstance::KamailioInstance() = default;

KamailioInstance::~KamailioInstance()
{
    stop();
}

QString KamailioInstance::executable()
{
    const QString fromEnv = qEnvironmentVariable("SIPSCOPE_KAMAILIO");
    return fromEnv.isEmpty() ? u"/usr/sbin/kamailio"_s : fromEnv;
}

bool KamailioInstance::isInstalled()
{
    const QFileInfo info(executable());
    return info.exists() && info.isExecutable();
}

quint16 KamailioInstance::freePort(const QHostAddress &address, bool alsoTcp)
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        QUdpSocket udp;
        if (!udp.bind(address, 0))
            return 0;
        const quint16 port = udp.localPort();
        if (alsoTcp) {
            QTcpServer tcp;
            if (!tcp.listen(address, port))
                continue;
        }
        return port;
    }
    return 0;
}

bool KamailioInstance::start(const Options &options)
{
    stop();
    m_options = options;
    m_errorString.clear();
    m_log.clear();
    if (!isInstalled()) {
        m_errorString = u"Kamailio is not installed at %1 (./scripts/test installs it)."_s.arg(executable());
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid()) {
        m_errorString = u"Cannot create a temporary directory: %1"_s.arg(m_dir->errorString());
        return false;
    }
    m_port = freePort(m_options.address, m_options.tcp);
    if (m_port == 0) {
        m_errorString = u"No free port on %1."_s.arg(m_options.address.toString());
        return false;
    }
    m_tlsPorts.clear();
    for (qsizetype i = 0; i < m_options.tls.size(); ++i) {
        quint16 port = 0;
        for (int attempt = 0; attempt < 20 && (port == 0 || port == m_port || m_tlsPorts.contains(port)); ++attempt)
            port = freePort(m_options.address, true);
        if (port == 0) {
            m_errorString = u"No free TCP port on %1."_s.arg(m_options.address.toString());
            return false;
        }
        m_tlsPorts.append(port);
    }
    if (!writeConfig() || !writeTlsConfig())
        return false;

    QStringList args = {u"-f"_s, configPath(),
                        u"-DD"_s,             // foreground creator, forked workers
                        u"-E"_s,              // log to stderr, which we capture
                        u"-n"_s, u"1"_s,
                        u"-m"_s, u"32"_s, u"-M"_s, u"4"_s,
                        u"-Y"_s, workDir(), u"-w"_s, workDir()};
    for (const QString &define : std::as_const(m_options.defines))
        args << u"-A"_s << define;
    if (m_options.auth)
        args << u"-A"_s << u"WITH_AUTH"_s;
    if (!m_options.tls.isEmpty()) {
        // A string define: the cfg passes it to modparam("tls", "config", TLS_CONFIG).
        args << u"-A"_s << u"WITH_TLS"_s << u"-A"_s
             << u"TLS_CONFIG=\"%1\""_s.arg(QDir(workDir()).filePath(u"tls.cfg"_s));
    }

    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setWorkingDirectory(workDir());
    m_process->start(executable(), args);
    if (!m_process->waitForStarted(5000)) {
        m_errorString = u"Kamailio did not start: %1"_s.arg(m_process->errorString());
        m_process.reset();
        return false;
    }
    if (!waitUntilAnswering()) {
        m_errorString += u"\n--- kamailio output ---\n"_s + log();
        stop();
        return false;
    }
    return true;
}

bool KamailioInstance::writeConfig()
{
    QFile source(QStringLiteral(SIPSCOPE_KAMAILIO_CFG));
    if (!source.open(QIODevice::ReadOnly)) {
        m_errorString = u"Cannot read %1: %2"_s.arg(source.fileName(), source.errorString());
        return false;
    }
    const QString host = hostForListen(m_options.address);
    QByteArray config = "# Written by KamailioInstance: the sockets of this instance.\n";
    config += u"listen=udp:%1:%2\n"_s.arg(host).arg(m_port).toUtf8();
    if (m_options.tcp)
        config += u"listen=tcp:%1:%2\n"_s.arg(host).arg(m_port).toUtf8();
    for (const quint16 port : std::as_const(m_tlsPorts))
        config += u"listen=tls:%1:%2\n"_s.arg(host).arg(port).toUtf8();
    for (const QString &listen : std::as_const(m_options.extraListen))
        config += u"listen=%1\n"_s.arg(listen).toUtf8();
    const bool needsTcp = m_options.tcp || !m_options.extraListen.isEmpty() || !m_tlsPorts.isEmpty();
    if (!needsTcp)
        config += "disable_tcp=yes\n";
    config += "disable_sctp=yes\n\n";
    config += source.readAll();

    QFile target(configPath());
    if (!target.open(QIODevice::WriteOnly) || target.write(config) != config.size()) {
        m_errorString = u"Cannot write %1: %2"_s.arg(target.fileName(), target.errorString());
        return false;
    }
    return true;
}

bool KamailioInstance::writeTlsConfig()
{
    if (m_options.tls.isEmpty())
        return true;
    // One server profile per listener (tls module: [server:ip:port]), so that each
    // presents its own certificate; the first is also the default.
    QByteArray config = "# Written by KamailioInstance.\n";
    auto profile = [&config](const QString &name, const TlsListener &listener) {
        config += u"[server:%1]\n"_s.arg(name).toUtf8();
        config += "method = TLSv1.2+\nverify_certificate = no\nrequire_certificate = no\n";
        config += u"certificate = %1\nprivate_key = %2\n\n"_s.arg(listener.certificateFile, listener.keyFile).toUtf8();
    };
    profile(u"default"_s, m_options.tls.constFirst());
    const QString host = hostForListen(m_options.address);
    for (qsizetype i = 0; i < m_options.tls.size(); ++i)
        profile(host + u':' + QString::number(m_tlsPorts.at(i)), m_options.tls.at(i));
    config += "[client:default]\nmethod = TLSv1.2+\nverify_certificate = no\nrequire_certificate = no\n";

    QFile target(QDir(workDir()).filePath(u"tls.cfg"_s));
    if (!target.open(QIODevice::WriteOnly) || target.write(config) != config.size()) {
        m_errorString = u"Cannot write %1: %2"_s.arg(target.fileName(), target.errorString());
        return false;
    }
    return true;
}

bool KamailioInstance::waitUntilAnswering()
{
    QUdpSocket socket;
    socket.connectToHost(m_options.address, m_port);
    if (!socket.waitForConnected(2000)) {
        m_errorString = u"Cannot open a UDP socket towards Kamailio: %1"_s.arg(socket.errorString());
        return false;
    }
    SipUri target;
    target.setUser(u"startup"_s);
    target.setHost(m_options.address.toString(), m_options.address.protocol() == QAbstractSocket::IPv6Protocol
                                                    ? SipUri::HostType::IPv6 : SipUri::HostType::IPv4);
    target.setPort(m_port);

    const QDeadlineTimer deadline(m_options.startTimeoutMs);
    quint32 cseq = 0;
    while (!deadline.hasExpired()) {
        if (m_process->state() != QProcess::Running) {
            m_errorString = u"Kamailio exited with code %1 before answering."_s.arg(m_process->exitCode());
            return false;
        }
        OptionsRequestParams params;
        params.target = target;
        params.localAddress = socket.localAddress();
        params.localPort = socket.localPort();
        params.cseq = ++cseq;
        socket.write(OptionsRequest::build(params).toBytes());
        // A refused datagram (not listening yet) shows up as an error; just retry.
        if (socket.waitForReadyRead(200)) {
            while (socket.hasPendingDatagrams()) {
                const QNetworkDatagram datagram = socket.receiveDatagram();
                const SipParseResult parsed = SipParser::parseDatagram(datagram.data());
                if (parsed.isValid() && parsed.message->isResponse())
                    return true;
            }
        } else if (socket.state() != QAbstractSocket::ConnectedState) {
            socket.abort();
            socket.connectToHost(m_options.address, m_port);
            socket.waitForConnected(1000);
        }
        m_process->waitForReadyRead(50);
    }
    m_errorString = u"Kamailio did not answer OPTIONS on %1:%2 within %3 ms."_s
                        .arg(hostForListen(m_options.address)).arg(m_port).arg(m_options.startTimeoutMs);
    return false;
}

void KamailioInstance::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        // QProcess::terminate() sends SIGTERM to exactly our child's PID; Kamailio's
        // main process then stops its own workers.
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(2000);
        }
    }
    m_log += m_process->readAll();
    m_process.reset();
}

bool KamailioInstance::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QString KamailioInstance::uri(const QString &user) const
{
    return u"sip:"_s + (user.isEmpty() ? QString() : user + u'@') + hostForListen(m_options.address)
        + u':' + QString::number(m_port);
}

qint64 KamailioInstance::pid() const
{
    return m_process ? m_process->processId() : 0;
}

QString KamailioInstance::workDir() const
{
    return m_dir ? m_dir->path() : QString();
}

QString KamailioInstance::configPath() const
{
    return m_dir ? m_dir->filePath(u"kamailio.cfg"_s) : QString();
}

QString KamailioInstance::log()
{
    if (m_process)
        m_log += m_process->readAll();
    return QString::fromUtf8(m_log);
}

} // namespace SipScope::Test

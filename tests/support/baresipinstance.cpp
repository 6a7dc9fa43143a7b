#include "baresipinstance.h"

#include "kamailioinstance.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>

using namespace Qt::Literals::StringLiterals;

namespace SipScope::Test {

BaresipInstance::~BaresipInstance()
{
    stop();
}

QString BaresipInstance::executable()
{
    const QString configured = qEnvironmentVariable("SIPSCOPE_BARESIP");
    return configured.isEmpty() ? u"/usr/bin/baresip"_s : configured;
}

bool BaresipInstance::isInstalled()
{
    const QFileInfo info(executable());
    return info.exists() && info.isExecutable();
}

bool BaresipInstance::writeConfig()
{
    // baresip's own config keys (docs/examples/config of baresip 1.0): no module is
    // loaded, so no audio, video or user interface is needed, and no device is opened.
    const QByteArray config = u"sip_listen\t127.0.0.1:%1\n"
                              "sip_transports\tudp,tcp\n"
                              "audio_player\tnone\n"
                              "audio_source\tnone\n"
                              "audio_alert\tnone\n"
                              "video_source\tnone\n"_s.arg(m_port).toUtf8();
    // One account, so that the user agent exists; regint=0: it never registers.
    const QByteArray accounts = "<sip:alice@127.0.0.1>;regint=0\n";
    const QList<std::pair<QString, QByteArray>> files{{u"config"_s, config}, {u"accounts"_s, accounts},
                                                      {u"contacts"_s, {}}};
    for (const auto &[name, content] : files) {
        QFile file(QDir(m_dir->path()).filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
            m_errorString = u"Cannot write %1: %2"_s.arg(file.fileName(), file.errorString());
            return false;
        }
    }
    return true;
}

bool BaresipInstance::start(int startTimeoutMs)
{
    stop();
    m_log.clear();
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid()) {
        m_errorString = u"No temporary directory: %1"_s.arg(m_dir->errorString());
        return false;
    }
    m_port = KamailioInstance::freePort(QHostAddress(QHostAddress::LocalHost), true);
    if (m_port == 0) {
        m_errorString = u"No free port on 127.0.0.1."_s;
        return false;
    }
    if (!writeConfig())
        return false;
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setWorkingDirectory(m_dir->path());
    // -4: IPv4 only; -f: our configuration directory.
    m_process->start(executable(), {u"-4"_s, u"-f"_s, m_dir->path()});
    if (!m_process->waitForStarted(5000)) {
        m_errorString = u"baresip did not start: %1"_s.arg(m_process->errorString());
        m_process.reset();
        return false;
    }
    // It prints this once its SIP stack listens (or an error and exits).
    const QDeadlineTimer deadline(startTimeoutMs);
    while (!deadline.hasExpired() && m_process->state() == QProcess::Running) {
        m_process->waitForReadyRead(100);
        m_log += m_process->readAll();
        if (m_log.contains("baresip is ready"))
            return true;
    }
    m_errorString = m_process->state() == QProcess::Running
        ? u"baresip did not become ready on 127.0.0.1:%1 within %2 ms."_s.arg(m_port).arg(startTimeoutMs)
        : u"baresip exited with code %1 before it was ready."_s.arg(m_process->exitCode());
    m_errorString += u"\n--- baresip output ---\n"_s + log();
    stop();
    return false;
}

void BaresipInstance::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(2000);
        }
    }
    m_log += m_process->readAll();
    m_process.reset();
}

bool BaresipInstance::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QString BaresipInstance::uri(const QString &user) const
{
    return u"sip:"_s + (user.isEmpty() ? QString() : user + u'@') + u"127.0.0.1:"_s + QString::number(m_port);
}

qint64 BaresipInstance::pid() const
{
    return m_process ? m_process->processId() : 0;
}

QString BaresipInstance::log()
{
    if (m_process)
        m_log += m_process->readAll();
    return QString::fromUtf8(m_log);
}

} // namespace SipScope::Test

#include "secretservice.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QThread>

namespace SipScope::Test {

using namespace Qt::Literals::StringLiterals;

namespace {

bool run(const QString &program, const QStringList &arguments, int timeoutMs = 15000)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
        return false;
    }
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool nameOwned(const QString &name)
{
    return run(u"dbus-send"_s, {u"--session"_s, u"--print-reply"_s, u"--dest="_s + name,
                                u"/org/freedesktop/secrets"_s, u"org.freedesktop.DBus.Peer.Ping"_s}, 5000);
}

} // namespace

SecretService::SecretService() = default;

SecretService::~SecretService()
{
    stop();
}

QString SecretService::start()
{
    for (const QString &tool : {u"dbus-daemon"_s, u"dbus-send"_s, u"gnome-keyring-daemon"_s, u"secret-tool"_s}) {
        if (QStandardPaths::findExecutable(tool).isEmpty())
            return u"%1 is not installed (scripts/setup.sh installs dbus, gnome-keyring, libsecret-tools)"_s.arg(tool);
    }
    if (!m_home.isValid())
        return u"no temporary directory"_s;
    const QString runtime = m_home.filePath(u"run"_s);
    QDir().mkpath(runtime);
    QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    // Everything the keyring and libsecret read goes to the temporary home.
    qputenv("HOME", m_home.path().toLocal8Bit());
    qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", m_home.filePath(u"cache"_s).toLocal8Bit());
    qputenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit());
    // No desktop: QtKeychain then asks the Secret Service (libsecret), not KWallet.
    qunsetenv("XDG_CURRENT_DESKTOP");
    qunsetenv("DESKTOP_SESSION");
    qunsetenv("KDE_FULL_SESSION");
    qunsetenv("DISPLAY");

    m_bus = std::make_unique<QProcess>();
    m_bus->setProcessChannelMode(QProcess::SeparateChannels);
    m_bus->start(u"dbus-daemon"_s, {u"--session"_s, u"--nofork"_s, u"--print-address=1"_s,
                                    u"--address=unix:path="_s + m_home.filePath(u"bus"_s)});
    if (!m_bus->waitForStarted(10000))
        return u"dbus-daemon did not start: "_s + m_bus->errorString();
    const QDeadlineTimer busDeadline(15000);
    while (!m_bus->canReadLine() && !busDeadline.hasExpired() && m_bus->state() == QProcess::Running)
        m_bus->waitForReadyRead(500);
    m_address = QString::fromLocal8Bit(m_bus->readLine()).trimmed();
    if (m_address.isEmpty())
        return u"dbus-daemon printed no address: "_s + QString::fromLocal8Bit(m_bus->readAllStandardError());
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_address.toLocal8Bit());

    // --unlock reads the password from stdin; with no keyring yet it creates "login"
    // (the default collection) with that password, unlocked.
    m_keyring = std::make_unique<QProcess>();
    m_keyring->setProcessChannelMode(QProcess::MergedChannels);
    m_keyring->start(u"gnome-keyring-daemon"_s,
                     {u"--foreground"_s, u"--unlock"_s, u"--components=secrets"_s});
    if (!m_keyring->waitForStarted(10000))
        return u"gnome-keyring-daemon did not start: "_s + m_keyring->errorString();
    m_keyring->write(keyringPassword);
    m_keyring->waitForBytesWritten(5000);   // no event loop runs here to flush it
    m_keyring->closeWriteChannel();
    const QDeadlineTimer deadline(20000);
    while (!nameOwned(u"org.freedesktop.secrets"_s)) {
        if (m_keyring->state() != QProcess::Running)
            return u"gnome-keyring-daemon exited: "_s + QString::fromLocal8Bit(m_keyring->readAll());
        if (deadline.hasExpired())
            return u"gnome-keyring-daemon did not take org.freedesktop.secrets within 20 s"_s;
        QThread::msleep(200);
    }
    // A first item makes sure the login collection exists and is the default one; the
    // daemon owns its name a moment before it has made the collection from the password.
    QString storeError;
    const QDeadlineTimer storeDeadline(20000);
    for (;;) {
        QProcess store;
        store.start(u"secret-tool"_s, {u"store"_s, u"--label=sipscope test"_s, u"purpose"_s, u"sipscope-test"_s});
        store.waitForStarted(5000);
        store.write("ready");
        store.waitForBytesWritten(5000);
        store.closeWriteChannel();
        if (store.waitForFinished(15000) && store.exitCode() == 0)
            break;
        storeError = QString::fromLocal8Bit(store.readAllStandardError());
        if (storeDeadline.hasExpired())
            return u"the test keyring does not take items: "_s + storeError + u" (gnome-keyring-daemon: "_s
                + QString::fromLocal8Bit(m_keyring->readAll()).simplified() + u')';
        QThread::msleep(250);
    }
    return {};
}

bool SecretService::lock()
{
    // secret-tool 0.20 locks the collection and then may crash on the way out (SIGSEGV
    // after the D-Bus call returned): whether it locked is what a write then says.
    QProcess process;
    process.start(u"secret-tool"_s, {u"lock"_s, u"--collection=login"_s});
    return process.waitForFinished(15000);
}

void SecretService::stop()
{
    for (auto *process : {m_keyring.get(), m_bus.get()}) {
        if (process && process->state() != QProcess::NotRunning) {
            process->terminate();
            if (!process->waitForFinished(5000)) {
                process->kill();
                process->waitForFinished(2000);
            }
        }
    }
    m_keyring.reset();
    m_bus.reset();
}

} // namespace SipScope::Test

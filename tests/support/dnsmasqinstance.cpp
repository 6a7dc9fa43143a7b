#include "dnsmasqinstance.h"

#include "loopbackports.h"

#include <QStandardPaths>
#include <QtCore/qtestsupport_core.h>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace SipScope::Test {

QString DnsmasqInstance::program()
{
    const QString system = QStandardPaths::findExecutable(u"dnsmasq"_s, {u"/usr/sbin"_s, u"/sbin"_s});
    return system.isEmpty() ? QStandardPaths::findExecutable(u"dnsmasq"_s) : system;
}

Dns::NameserverAddress DnsmasqInstance::address() const
{
    return Dns::NameserverAddress{QHostAddress::LocalHost, m_port};
}

Dns::ExchangeOptions DnsmasqInstance::options() const
{
    Dns::ExchangeOptions o;
    o.servers = {address()};
    o.firstTimeout = std::chrono::milliseconds(2000);
    return o;
}

bool DnsmasqInstance::start(const QStringList &records, const QString &readyName, QString *error)
{
    const QString binary = program();
    if (binary.isEmpty()) {
        *error = u"dnsmasq is not installed"_s;
        return false;
    }
    const QStringList args = QStringList{u"--no-daemon"_s, u"--listen-address=127.0.0.1"_s, u"--bind-interfaces"_s,
                                         u"--no-resolv"_s, u"--no-hosts"_s, u"--log-facility=-"_s, u"--user="_s}
        + records;
    // The kernel gives a free port; another process could take it in between, so try a few.
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = closedUdpPort();
        m_process.start(binary, args + QStringList{u"--port=%1"_s.arg(m_port)});
        if (!m_process.waitForStarted(10000)) {
            *error = m_process.errorString();
            return false;
        }
        // Started when it answers a question.
        bool answered = false;
        for (int i = 0; i < 50 && !answered && m_process.state() == QProcess::Running; ++i) {
            Dns::Exchange exchange(options());
            std::optional<Dns::ExchangeResult> got;
            exchange.start(readyName, Dns::Type::A, [&got](const Dns::ExchangeResult &r) { got = r; });
            const bool done = QTest::qWaitFor([&got] { return got.has_value(); }, 10000);
            answered = done && got->outcome == Dns::ExchangeResult::Outcome::Answered;
            if (!answered)
                QTest::qWait(100);
        }
        if (answered)
            return true;
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    *error = u"dnsmasq did not start: "_s + QString::fromLocal8Bit(m_process.readAllStandardError());
    return false;
}

void DnsmasqInstance::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
    }
}

} // namespace SipScope::Test

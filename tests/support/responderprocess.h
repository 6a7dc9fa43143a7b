// `sipscope-cli respond` on a free loopback port as a process, for the suites that run
// the CLI against it; stopped (by its own PID) when destroyed. The suites name the binary
// with SIPSCOPE_CLI_PATH, as for cliprocess.h.
#pragma once

#include "consoletext.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>

#if defined(Q_OS_UNIX)
#include <csignal>
#include <sys/types.h>
#endif

namespace SipScope::Test {

#ifdef SIPSCOPE_CLI_PATH
class ResponderProcess final
{
public:
    bool start(const QStringList &extra)
    {
#if defined(Q_OS_UNIX)
        // The default SIGINT disposition, whatever this test inherited (a shell's
        // background job ignores SIGINT, and the child would inherit that).
        m_process.setChildProcessModifier([] { ::signal(SIGINT, SIG_DFL); });
#endif
        m_process.start(QStringLiteral(SIPSCOPE_CLI_PATH),
                        QStringList{QStringLiteral("respond"), QStringLiteral("--listen"),
                                    QStringLiteral("127.0.0.1:0"), QStringLiteral("--json"),
                                    QStringLiteral("--duration"), QStringLiteral("60")}
                            + extra);
        if (!m_process.waitForStarted(10000))
            return false;
        QElapsedTimer clock;
        clock.start();
        while (!m_process.canReadLine() && clock.elapsed() < 10000)
            m_process.waitForReadyRead(200);
        const QJsonObject first = QJsonDocument::fromJson(m_process.readLine()).object();
        m_port = quint16(first.value(QStringLiteral("port")).toInt());
        return first.value(QStringLiteral("event")).toString() == QStringLiteral("listening") && m_port != 0;
    }
    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished(2000);
        }
    }
    // Ctrl+C: it prints its counters and exits 0.
    bool interrupt()
    {
#if defined(Q_OS_UNIX)
        ::kill(pid_t(m_process.processId()), SIGINT);
        return m_process.waitForFinished(15000) && m_process.exitCode() == 0;
#else
        return false;
#endif
    }
    ~ResponderProcess() { stop(); }
    QString uri() const { return QStringLiteral("sip:test@127.0.0.1:") + QString::number(m_port); }
    quint16 port() const { return m_port; }
    QList<QJsonObject> requests()
    {
        m_log += SipScope::Test::consoleText(m_process.readAllStandardOutput());
        QList<QJsonObject> lines;
        for (const QString &line : m_log.split(u'\n', Qt::SkipEmptyParts))
            lines << QJsonDocument::fromJson(line.toUtf8()).object();
        return lines;
    }

private:
    QProcess m_process;
    quint16 m_port = 0;
    QString m_log;
};

#endif

} // namespace SipScope::Test

#include "screenshotrunner.h"

#include "codesview.h"
#include "explaindialog.h"
#include "mainwindow.h"
#include "probeform.h"
#include "probeview.h"

#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPixmap>
#include <QTextStream>
#include <QTimer>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

namespace {

// Long enough for layouts and the first paint to settle.
constexpr int settleMs = 400;
constexpr int retryMs = 500;
constexpr int maxAttempts = 10;

// What a help-desk person typically pastes: a provider's log line with the final
// response and the Q.850 cause the gateway gave.
const QString explainSample = u"2026-11-26 09:14:03 call 4711 from +49301234567 to +49897654321: "
                              u"SIP/2.0 486 Busy Here\n"
                              u"Reason: Q.850;cause=17;text=\"User busy\"\n"
                              u"Retry-After: 300\n"_s;

} // namespace

ScreenshotRunner::ScreenshotRunner(MainWindow *window, const QString &directory, const QString &query,
                                   int code, const QString &target)
    : QObject(window)
    , m_window(window)
    , m_directory(directory)
    , m_query(query)
    , m_code(code)
    , m_target(target)
{
}

void ScreenshotRunner::start()
{
    QDir().mkpath(m_directory);
    m_window->setCurrentView(MainWindow::CodesViewIndex);
    m_window->codesView()->searchField()->setText(m_query.isEmpty() ? QString::number(m_code) : m_query);
    m_window->codesView()->showCode(m_code);
    QTimer::singleShot(settleMs, this, &ScreenshotRunner::shootCodes);
}

bool ScreenshotRunner::save(const QString &name, QWidget *widget)
{
    const QString path = QDir(m_directory).filePath(name);
    const bool ok = (widget ? widget : m_window)->grab().save(path);
    QTextStream(stdout) << (ok ? u"wrote "_s : u"FAILED to write "_s) << path << Qt::endl;
    return ok;
}

void ScreenshotRunner::shootCodes()
{
    m_ok = save(u"codes.png"_s) && m_ok;
    CodesView *codes = m_window->codesView();
    codes->showExplainDialog();
    codes->explainDialog()->resize(680, 640);
    codes->explainDialog()->input()->setPlainText(explainSample);
    codes->explainDialog()->explainNow();
    QTimer::singleShot(settleMs, this, &ScreenshotRunner::shootExplain);
}

void ScreenshotRunner::shootExplain()
{
    ExplainDialog *dialog = m_window->codesView()->explainDialog();
    m_ok = save(u"explain.png"_s, dialog) && m_ok;
    dialog->close();
    if (m_target.isEmpty()) {
        Q_EMIT done(m_ok);
        return;
    }
    startProbe();
}

void ScreenshotRunner::startProbe()
{
    m_window->setCurrentView(MainWindow::ProbeViewIndex);
    ProbeView *probe = m_window->probeView();
    probe->form()->setRepeatEnabled(false);
    probe->form()->setTimeoutSeconds(2);
    probe->form()->setTarget(m_target);
    connect(probe, &ProbeView::probeFinished, this, [this](const ProbeResult &result) {
        // The responder may still be starting: try again a few times before giving up.
        if (!result.hasFinalResponse() && ++m_attempts < maxAttempts) {
            QTimer::singleShot(retryMs, m_window->probeView(), &ProbeView::send);
            return;
        }
        if (!result.hasFinalResponse())
            m_ok = false;
        QTimer::singleShot(settleMs, this, &ScreenshotRunner::shootProbe);
    });
    probe->send();
}

void ScreenshotRunner::shootProbe()
{
    m_ok = save(u"probe.png"_s) && m_ok;
    Q_EMIT done(m_ok);
}

} // namespace SipScope

// Renders the README screenshots (scripts/screenshots): the Codes view explaining a
// code, the Explain dialog on a pasted log excerpt, and the Probe view with the result
// of a probe against a local responder.
#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace SipScope {

class MainWindow;

class ScreenshotRunner final : public QObject
{
    Q_OBJECT
public:
    // query: typed in the search field (the code itself when empty); code: then selected.
    ScreenshotRunner(MainWindow *window, const QString &directory, const QString &query, int code,
                     const QString &target);

    void start();

Q_SIGNALS:
    // ok is false when a file could not be written or the probe never finished.
    void done(bool ok);

private:
    void shootCodes();
    void shootExplain();
    void startProbe();
    void shootProbe();
    // Grabs `widget`, the main window when null.
    bool save(const QString &name, QWidget *widget = nullptr);

    MainWindow *m_window = nullptr;
    QString m_directory;
    QString m_query;
    int m_code = 486;
    QString m_target;
    bool m_ok = true;
    int m_attempts = 0;
};

} // namespace SipScope

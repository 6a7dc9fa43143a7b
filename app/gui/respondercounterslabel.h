// The responder's counters under its log: received, answered, absorbed and dropped
// (with why), refreshed once a second while it runs, so that a flood shows as a
// growing drop count instead of a log scrolling faster than anyone can read.
#pragma once

#include <QLabel>
#include <QTimer>

namespace SipScope {

class Responder;

class ResponderCountersLabel final : public QLabel
{
    Q_OBJECT
public:
    ResponderCountersLabel(Responder *responder, QWidget *parent = nullptr);

    // Shows the counters now; called by the timer, and on start, stop and language change.
    void refresh();

private:
    Responder *m_responder = nullptr;
    QTimer m_timer;
};

} // namespace SipScope

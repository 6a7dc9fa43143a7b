#include "respondercounterslabel.h"

#include "responder/responder.h"

namespace SipScope {

ResponderCountersLabel::ResponderCountersLabel(Responder *responder, QWidget *parent)
    : QLabel(parent)
    , m_responder(responder)
{
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &ResponderCountersLabel::refresh);
    // The last figures stay visible after Stop; a new start begins at zero.
    connect(m_responder, &Responder::dropsReported, this, &ResponderCountersLabel::refresh);
    refresh();
}

void ResponderCountersLabel::refresh()
{
    const bool running = m_responder->isRunning();
    if (running && !m_timer.isActive())
        m_timer.start();
    else if (!running)
        m_timer.stop();
    setText(m_responder->counters().summary());
}

} // namespace SipScope

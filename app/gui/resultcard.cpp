#include "resultcard.h"

#include "classcolors.h"
#include "codes/responsecodecatalog.h"
#include "probe/probetiming.h"
#include "diagnosis/probeverdict.h"
#include "securitysection.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

namespace {

QLabel *makeLabel(QWidget *parent, const QString &name, bool wrap = true)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(wrap);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

ResultCard::ResultCard(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"resultCard"_s);
    setFrameShape(QFrame::StyledPanel);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    m_status = new QToolButton(this);
    m_status->setObjectName(u"resultStatusButton"_s);
    m_status->setAutoRaise(false);
    m_status->setCursor(Qt::PointingHandCursor);
    QFont statusFont = m_status->font();
    statusFont.setPointSizeF(statusFont.pointSizeF() * 2.4);
    statusFont.setBold(true);
    m_status->setFont(statusFont);
    connect(m_status, &QToolButton::clicked, this, [this] {
        if (m_result && m_result->effectiveStatus() != 0)
            Q_EMIT codeActivated(m_result->effectiveStatus());
    });

    m_reason = makeLabel(this, u"resultReason"_s);
    QFont reasonFont = m_reason->font();
    reasonFont.setPointSizeF(reasonFont.pointSizeF() * 1.6);
    reasonFont.setBold(true);
    m_reason->setFont(reasonFont);

    m_origin = makeLabel(this, u"resultOrigin"_s);
    m_summary = makeLabel(this, u"resultSummary"_s);
    m_verdict = makeLabel(this, u"resultVerdict"_s);
    m_verdict->setTextFormat(Qt::RichText);
    m_rtt = makeLabel(this, u"resultRtt"_s, false);
    m_remote = makeLabel(this, u"resultRemote"_s);
    m_server = makeLabel(this, u"resultServer"_s);
    m_keepAlive = makeLabel(this, u"resultKeepAlive"_s);
    m_error = makeLabel(this, u"resultError"_s);
    m_error->setTextFormat(Qt::RichText);

    auto *titleText = new QVBoxLayout;
    titleText->setSpacing(2);
    titleText->addWidget(m_reason);
    titleText->addWidget(m_origin);
    titleText->addStretch(1);

    auto *head = new QHBoxLayout;
    head->addWidget(m_status, 0, Qt::AlignTop);
    head->addSpacing(8);
    head->addLayout(titleText, 1);

    auto *facts = new QHBoxLayout;
    facts->setSpacing(16);
    facts->addWidget(m_rtt);
    facts->addWidget(m_remote, 1);

    m_sections = new QVBoxLayout;
    m_sections->setContentsMargins(0, 0, 0, 0);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(m_summary);
    layout->addWidget(m_verdict);
    layout->addLayout(facts);
    layout->addWidget(m_server);
    layout->addWidget(m_keepAlive);
    layout->addWidget(m_error);
    layout->addLayout(m_sections);

    m_security = new SecuritySection(this);
    addSection(m_security);

    retranslateUi();
}

void ResultCard::addSection(QWidget *section)
{
    m_sections->addWidget(section);
}

void ResultCard::retranslateUi()
{
    setAccessibleName(tr("Probe result"));
    m_status->setAccessibleName(tr("Status code"));
    m_status->setToolTip(tr("Open this code in the Codes view"));
    m_reason->setAccessibleName(tr("Reason phrase"));
    m_origin->setAccessibleName(tr("Where the status comes from"));
    m_summary->setAccessibleName(tr("Summary"));
    m_verdict->setAccessibleName(tr("Verdict for the server"));
    m_rtt->setAccessibleName(tr("Round-trip time"));
    m_remote->setAccessibleName(tr("Remote address and transport"));
    m_server->setAccessibleName(tr("Server and User-Agent"));
    m_keepAlive->setAccessibleName(tr("Keep-alive pings"));
    m_error->setAccessibleName(tr("Error"));
    render();
}

void ResultCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        render();
    QFrame::changeEvent(event);
}

void ResultCard::clear()
{
    m_state = State::Idle;
    m_result.reset();
    render();
}

void ResultCard::showRunning(const QString &target)
{
    m_state = State::Running;
    m_runningTarget = target;
    m_result.reset();
    render();
}

void ResultCard::showResult(const ProbeResult &result)
{
    m_state = State::Done;
    m_result = result;
    render();
}

void ResultCard::setStatusChip(const QString &text, int codeClass)
{
    m_status->setText(text);
    m_status->setStyleSheet(
        u"QToolButton { background-color: %1; color: %2; border: none; border-radius: 8px; padding: 6px 14px; }"_s
            .arg(ClassColors::hex(ClassColors::chipColor(codeClass)),
                 ClassColors::hex(ClassColors::chipTextColor(codeClass))));
}

QString ResultCard::formatDuration(qint64 microseconds)
{
    // One format for a duration wherever the probe's figures are shown (card, waterfall,
    // timeline, diagnosis): the same RTT must read the same everywhere.
    return ProbeTiming::formatDuration(microseconds);
}

QStringList ResultCard::errorAdvice(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::InvalidTarget:
        return {tr("Write the target as a host, host:port or SIP URI, e.g. pbx.example.com, 192.0.2.10:5060 or sip:alice@example.com;transport=tcp."),
                tr("Put IPv6 addresses in brackets: [2001:db8::1]:5060.")};
    case ErrorKind::Dns:
        return {tr("Check the spelling of the host name."),
                tr("Check that this computer can resolve names (DNS server, VPN, /etc/hosts)."),
                tr("Try the server's IP address instead.")};
    case ErrorKind::Refused:
        return {tr("Check that the SIP server is running on that machine."),
                tr("Check the port: 5060 for UDP and TCP, 5061 for TLS, unless the server is configured otherwise."),
                tr("Check the transport: the server may listen on TCP only, or UDP only."),
                tr("A host firewall that rejects (rather than drops) packets also causes this.")};
    case ErrorKind::Unreachable:
        return {tr("Check the network path: routing, VPN, the server's address."),
                tr("Check that the server's network is up.")};
    case ErrorKind::Timeout:
        return {tr("A firewall or security group may be dropping SIP packets silently."),
                tr("Check the address and the port, and that the server listens on this transport."),
                tr("Some servers ignore OPTIONS from unknown addresses (fail2ban, access lists): check whether this address is blocked."),
                tr("Try TCP: a SIP ALG or a NAT on the path may be eating UDP.")};
    case ErrorKind::Tls:
        return {tr("Check the server's certificate: its name must match the host you typed and it must not be expired."),
                tr("If the server uses a private CA, give its certificate as the CA file."),
                tr("Check that the server speaks TLS on this port (usually 5061).")};
    case ErrorKind::MalformedAnswer:
        return {tr("Check that a SIP server listens on this port: another service (HTTP, a TLS port probed with TCP) answers in its own protocol."),
                tr("Compare the bytes shown with a SIP status line (\"SIP/2.0 200 OK\", RFC 3261 §7.2): a broken SBC, ALG or script may write them."),
                tr("Capture the traffic on the server's side to see whether it leaves the server like that.")};
    case ErrorKind::Transport:
        return {tr("Check the local network connection."),
                tr("Check the technical detail below for the operating system's error.")};
    case ErrorKind::Cancelled:
    case ErrorKind::None:
        break;
    }
    return {};
}

void ResultCard::render()
{
    m_error->clear();
    m_server->clear();
    m_keepAlive->clear();
    m_summary->clear();
    m_verdict->clear();
    m_rtt->clear();
    m_remote->clear();
    m_origin->clear();
    if (m_security)
        m_security->showResult(m_state == State::Done ? m_result : std::nullopt);

    if (m_state == State::Idle) {
        setStatusChip(u"—"_s, 0);
        m_status->setEnabled(false);
        m_reason->setText(tr("No probe yet"));
        m_origin->setText(tr("Enter a target above and press Enter or Send."));
        for (QLabel *label : {m_summary, m_verdict, m_rtt, m_remote, m_server, m_keepAlive, m_error})
            label->setVisible(false);
        return;
    }
    if (m_state == State::Running) {
        setStatusChip(u"…"_s, 0);
        m_status->setEnabled(false);
        m_reason->setText(tr("Probing…"));
        m_origin->setText(tr("Sending OPTIONS to %1").arg(m_runningTarget));
        for (QLabel *label : {m_summary, m_verdict, m_rtt, m_remote, m_server, m_keepAlive, m_error})
            label->setVisible(false);
        return;
    }

    const ProbeResult &r = *m_result;
    const ResponseCodeCatalog &catalog = ResponseCodeCatalog::instance();
    if (r.hasFinalResponse()) {
        setStatusChip(QString::number(r.statusCode), r.statusCode / 100);
        m_status->setEnabled(true);
        m_status->setToolTip(tr("Open this code in the Codes view"));
        m_reason->setText(r.reasonPhrase);
        const QString registered = catalog.registeredPhrase(r.statusCode);
        QString origin = tr("Received from the server");
        if (!registered.isEmpty() && registered.compare(r.reasonPhrase, Qt::CaseInsensitive) != 0)
            origin += u" · "_s + tr("registered phrase: %1").arg(registered);
        m_origin->setText(origin);
    } else {
        const bool local = r.origin == ProbeResult::Origin::Local && r.localStatus != 0;
        // Grey, not the class colour: a status concluded here must never look received.
        setStatusChip(local ? QString::number(r.localStatus) : u"✕"_s, 0);
        m_status->setEnabled(local);
        if (local)
            m_status->setToolTip(tr("Concluded locally, not received: open %1 in the Codes view").arg(r.localStatus));
        m_reason->setText(errorKindTitle(r.error.kind));
        if (r.hasMalformedAnswer())
            m_origin->setText(tr("Received from the server, but not as SIP: there is no status to show."));
        if (local) {
            m_origin->setText(tr("Nothing was received: SipScope concluded %1 locally, as a SIP client would "
                                 "(RFC 3261 §8.1.3.1). The server did not send it.")
                                  .arg(r.localStatus));
        }
    }

    const auto explained = r.effectiveStatus() ? catalog.explain(r.effectiveStatus()) : std::nullopt;
    if (r.hasFinalResponse() && explained && !explained->summary.isEmpty())
        m_summary->setText(explained->summary);
    else if (r.hasFinalResponse() && !r.summary.isEmpty())
        m_summary->setText(r.summary);

    if (const auto verdict = ProbeVerdict::of(r)) {
        // Apart from the summary above, which is the catalog's and speaks of calls.
        QString html = u"<p><b>%1</b> %2</p><p>%3 %4</p>"_s.arg(tr("For the server:").toHtmlEscaped(),
                                                              verdict->meaning.toHtmlEscaped(),
                                                              tr("Try:").toHtmlEscaped(), verdict->advice.toHtmlEscaped());
        if (verdict->health != ProbeVerdict::Health::Healthy)
            html += u"<p>%1</p>"_s.arg(ProbeVerdict::livenessText().toHtmlEscaped());
        html += u"<p><small>%1</small></p>"_s.arg(verdict->reference.toHtmlEscaped());
        m_verdict->setText(html);
    }

    if (r.rttUs >= 0) {
        m_rtt->setText(tr("RTT %1").arg(formatDuration(r.rttUs)));
        const QString clocks = WireTime::pairTitle(r.sentClock, r.receivedClock);
        m_rtt->setToolTip(clocks.isEmpty() ? QString() : tr("Measured with %1").arg(clocks));
    }
    const QString transport = transportViaToken(r.transport);
    if (!r.remote().isEmpty())
        m_remote->setText(tr("%1 over %2").arg(r.remote(), transport));
    else if (!r.normalizedTarget.isEmpty())
        m_remote->setText(tr("%1 over %2").arg(r.normalizedTarget, transport));

    QStringList server;
    const QString serverHeader = r.headerValue(u"Server"_s);
    const QString userAgent = r.headerValue(u"User-Agent"_s);
    if (!serverHeader.isEmpty())
        server.append(tr("Server: %1").arg(serverHeader));
    if (!userAgent.isEmpty())
        server.append(tr("User-Agent: %1").arg(userAgent));
    m_server->setText(server.join(u"   "_s));
    // "Keep-alive pings after the answer" in the form: the pongs (RFC 5626 §4.4.1).
    if (r.keepAlive)
        m_keepAlive->setText(r.keepAlive->summary());

    if (r.error.isError()) {
        QString html = u"<p>%1</p>"_s.arg(r.error.message.toHtmlEscaped());
        if (!r.error.detail.isEmpty() && r.error.detail != errorKindTitle(r.error.kind)
            && !r.error.message.contains(r.error.detail))
            html += u"<p><small>%1</small></p>"_s.arg(r.error.detail.toHtmlEscaped());
        const QStringList advice = errorAdvice(r.error.kind);
        if (!advice.isEmpty()) {
            html += u"<p><b>%1</b></p><ul style=\"margin-left:0px; -qt-list-indent:1;\">"_s.arg(
                tr("What to check").toHtmlEscaped());
            for (const QString &item : advice)
                html += u"<li>"_s + item.toHtmlEscaped() + u"</li>"_s;
            html += u"</ul>"_s;
        }
        m_error->setText(html);
    }
    for (QLabel *label : {m_summary, m_verdict, m_rtt, m_remote, m_server, m_keepAlive, m_error})
        label->setVisible(!label->text().isEmpty());
}

} // namespace SipScope

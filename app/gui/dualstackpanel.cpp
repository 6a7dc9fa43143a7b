#include "dualstackpanel.h"

#include "sip/siperror.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

DualStackPanel::DualStackPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"dualStackPanel"_s);
    m_probe = new DualStackProbe(this);
    const auto makeLabel = [this](const QString &name) {
        auto *label = new QLabel(this);
        label->setObjectName(name);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        return label;
    };
    m_verdict = makeLabel(u"dualStackVerdict"_s);
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);
    m_ipv4 = makeLabel(u"dualStackIpv4"_s);
    m_ipv6 = makeLabel(u"dualStackIpv6"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_verdict);
    layout->addWidget(m_ipv4);
    layout->addWidget(m_ipv6);
    layout->addStretch(1);

    connect(m_probe, &DualStackProbe::familyFinished, this,
            [this](DualStackVerdict::Family family, const ProbeResult &result) { showFamily(family, result, std::nullopt); });
    connect(m_probe, &DualStackProbe::finished, this, [this](const DualStackResult &result) {
        m_last = result;
        retranslateUi();
        Q_EMIT finished(result);
    });
    retranslateUi();
}

DualStackVerdict DualStackPanel::verdictOf(const DualStackResult &result)
{
    return result.verdict([](const ProbeResult &r) { return r.isSuccess(); });
}

void DualStackPanel::start(const QString &target, const ProbeOptions &options)
{
    m_last.reset();
    m_started = true;
    m_probe->start(target, options);
    retranslateUi();
}

void DualStackPanel::cancel()
{
    m_probe->cancel();
}

void DualStackPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DualStackPanel::retranslateUi()
{
    setAccessibleName(tr("IPv4 and IPv6"));
    m_verdict->setAccessibleName(tr("Dual-stack verdict"));
    if (m_last) {
        const DualStackVerdict verdict = verdictOf(*m_last);
        m_verdict->setText(verdict.text());
        for (const auto family : {DualStackVerdict::Family::IPv4, DualStackVerdict::Family::IPv6})
            showFamily(family, m_last->of(family), verdict.state(family));
        return;
    }
    if (m_probe->isRunning()) {
        m_verdict->setText(tr("Probing over IPv4 and over IPv6 at once…"));
        return;
    }
    m_verdict->setText(tr("Tick Tools → Probe IPv4 and IPv6 Separately, then send: the target is probed "
                          "once over IPv4 only and once over IPv6 only."));
    m_ipv4->clear();
    m_ipv6->clear();
}

void DualStackPanel::showFamily(DualStackVerdict::Family family, const ProbeResult &result,
                                std::optional<DualStackVerdict::FamilyState> state)
{
    const QString name = DualStackVerdict::familyName(family);
    QString text;
    if (!state)
        state = DualStackVerdict::stateOf(result, result.isSuccess());
    if (*state == DualStackVerdict::FamilyState::NotPublished) {
        text = tr("%1: not published (%2)").arg(name, DualStackVerdict::notPublishedText(family));
    } else if (result.hasFinalResponse()) {
        text = tr("%1: %2 %3 from %4 in %5 ms")
                   .arg(name)
                   .arg(result.statusCode)
                   .arg(result.reasonPhrase, result.remote(), QString::number(double(result.rttUs) / 1000.0, 'f', 1));
    } else {
        text = tr("%1: no answer: %2 (%3)").arg(name, errorKindTitle(result.error.kind), result.error.message);
    }
    familyLabel(family)->setText(text);
}

} // namespace SipScope

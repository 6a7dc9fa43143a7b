// The "IPv4 / IPv6" tab of the Probe view: the target probed once over IPv4 only and
// once over IPv6 only (core's DualStackProbe), one line per family with what it
// answered, and the verdict in plain words ("IPv6 broken, IPv4 fine").
#pragma once

#include "probe/dualstackprobe.h"

#include <QWidget>

#include <optional>

class QLabel;

namespace SipScope {

class DualStackPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit DualStackPanel(QWidget *parent = nullptr);

    // Probes `target` over each family; a running pair is cancelled first.
    void start(const QString &target, const ProbeOptions &options);
    void cancel();
    bool isRunning() const { return m_probe->isRunning(); }

    DualStackProbe *probe() const { return m_probe; }
    QLabel *verdictLabel() const { return m_verdict; }
    QLabel *familyLabel(DualStackVerdict::Family family) const
    {
        return family == DualStackVerdict::Family::IPv4 ? m_ipv4 : m_ipv6;
    }
    // A 2xx counts as fine (the GUI's rule for a probe's success).
    static DualStackVerdict verdictOf(const DualStackResult &result);

Q_SIGNALS:
    void finished(const SipScope::DualStackResult &result);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showFamily(DualStackVerdict::Family family, const ProbeResult &result,
                    std::optional<DualStackVerdict::FamilyState> state);

    DualStackProbe *m_probe = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_ipv4 = nullptr;
    QLabel *m_ipv6 = nullptr;
    std::optional<DualStackResult> m_last;
    bool m_started = false;
};

} // namespace SipScope

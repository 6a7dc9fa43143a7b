#include "probedebugtext.h"

#include "probe/probetiming.h"

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

QByteArray ProbeDebugText::of(const ExporterModule &module, const ProbeResult &result, std::chrono::milliseconds timeout)
{
    QString text;
    text += tr("Module %1").arg(module.name) + u'\n';
    text += u"  "_s + tr("transport: %1").arg(module.probe.transport ? transportToken(*module.probe.transport) : tr("RFC 3263 decides")) + u'\n';
    text += u"  "_s + tr("timeout: %1 ms").arg(qint64(timeout.count())) + u'\n';
    if (module.profile)
        text += u"  "_s + tr("verdict profile: %1 (%2)").arg(module.profile->name(), module.profile->describe()) + u'\n';
    else
        text += u"  "_s + tr("expected: %1").arg(module.expected.text()) + u'\n';
    if (!module.probe.credentials.effectiveAuthUser().isEmpty()) {
        // redactedDescription() never shows the password nor its length.
        text += u"  "_s + tr("auth: %1 (password from %2)").arg(module.probe.credentials.redactedDescription(), module.passwordSource) + u'\n';
    }
    text += u'\n' + tr("Target %1 (%2)").arg(result.target, result.normalizedTarget) + u'\n';
    text += tr("Timeline:") + u'\n';
    for (const ProbeEvent &event : result.timeline) {
        text += u"  "_s + ProbeTiming::formatDuration(event.atUs).rightJustified(10) + u"  "_s
            + ProbeEvent::typeToken(event.type) + u"  "_s + event.text + u'\n';
    }
    if (result.error)
        text += tr("Error: %1 (%2)").arg(result.error.message, errorKindToken(result.error.kind)) + u'\n';
    QByteArray out = text.toUtf8();
    if (!result.rawRequest.isEmpty())
        out += '\n' + tr("Request sent:").toUtf8() + '\n' + result.rawRequest + '\n';
    if (!result.rawResponse.isEmpty())
        out += '\n' + tr("Response received:").toUtf8() + '\n' + result.rawResponse + '\n';
    return out;
}

} // namespace SipScope

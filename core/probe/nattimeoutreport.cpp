#include "nattimeoutreport.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

namespace {

QJsonValue secondsValue(std::chrono::milliseconds value)
{
    return double(value.count()) / 1000.0;
}

} // namespace

QStringList NatTimeoutOptions::problems() const
{
    QStringList problems;
    const auto inRange = [](std::chrono::milliseconds value) { return value >= minSilence && value <= maxSilence; };
    if (!inRange(start) || !inRange(max)) {
        problems << QCoreApplication::translate("NatTimeoutOptions", "The silences must be from %1 to %2.")
                        .arg(NatTimeoutReport::seconds(minSilence), NatTimeoutReport::seconds(maxSilence));
    } else if (start > max) {
        problems << QCoreApplication::translate("NatTimeoutOptions", "The first silence (%1) is longer than the longest (%2).")
                        .arg(NatTimeoutReport::seconds(start), NatTimeoutReport::seconds(max));
    }
    if (resolution < minSilence || resolution > max)
        problems << QCoreApplication::translate("NatTimeoutOptions", "The resolution must be from %1 to the longest silence.")
                        .arg(NatTimeoutReport::seconds(minSilence));
    if (grace < std::chrono::milliseconds(100) || grace > std::chrono::milliseconds(600000))
        problems << QCoreApplication::translate("NatTimeoutOptions", "The wait for a call-back must be from 0.1 s to 600 s.");
    return problems;
}

QString NatTrial::outcomeToken(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Reached: return u"reached"_s;
    case Outcome::Lost: return u"lost"_s;
    case Outcome::NotSupported: return u"not_supported"_s;
    case Outcome::Refused: return u"refused"_s;
    case Outcome::NoAnswer: return u"no_answer"_s;
    case Outcome::Cancelled: return u"cancelled"_s;
    }
    return {};
}

QString NatTrial::outcomeTitle(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Reached: return tr("call-back arrived");
    case Outcome::Lost: return tr("no call-back: binding gone");
    case Outcome::NotSupported: return tr("no call-back support");
    case Outcome::Refused: return tr("call-back refused");
    case Outcome::NoAnswer: return tr("no answer");
    case Outcome::Cancelled: return tr("cancelled");
    }
    return {};
}

QString NatTimeoutReport::findingToken(Finding finding)
{
    switch (finding) {
    case Finding::Bracketed: return u"bracketed"_s;
    case Finding::NoTimeout: return u"no_timeout"_s;
    case Finding::NeverReached: return u"never_reached"_s;
    case Finding::NotSupported: return u"not_supported"_s;
    case Finding::Unreachable: return u"unreachable"_s;
    case Finding::Refused: return u"refused"_s;
    case Finding::Cancelled: return u"cancelled"_s;
    }
    return {};
}

QString NatTimeoutReport::seconds(std::chrono::milliseconds value)
{
    return tr("%1 s").arg(QString::number(double(value.count()) / 1000.0, 'g', 6));
}

QString NatTimeoutReport::summary() const
{
    QString text;
    switch (finding) {
    case Finding::Bracketed:
        text = tr("UDP bindings survive at least %1 of silence and are gone after %2. Keep-alives (or "
                  "re-registrations) must go out more often than every %1, or the server cannot reach the "
                  "client any more: incoming calls stop arriving.")
                   .arg(seconds(survived), seconds(gone));
        break;
    case Finding::NoTimeout:
        text = tr("No timeout up to %1: every silence up to the longest one tried was survived (or there is no "
                  "NAT on the path).").arg(seconds(options.max));
        break;
    case Finding::NeverReached:
        text = tr("No call-back got through, not even after %1 of silence: something on the path drops requests "
                  "from the server to the client (a firewall that filters what comes in, or a SIP ALG), "
                  "whatever the timeout.").arg(seconds(gone));
        break;
    case Finding::NotSupported:
        text = tr("The far end does not offer call-backs, so no NAT timeout can be measured: the test needs "
                  "\"sipscope-cli respond --call-back\" running on the far side, outside the NAT. %1")
                   .arg(detail);
        break;
    case Finding::Unreachable:
        text = tr("The far end did not answer the OPTIONS: %1").arg(detail);
        break;
    case Finding::Refused:
        text = tr("The responder refused the call-back: %1").arg(detail);
        break;
    case Finding::Cancelled:
        text = tr("Cancelled.");
        break;
    }
    if (inconsistent) {
        text += u' '
            + tr("The trials disagree (a longer silence was survived after a shorter one was lost): the NAT's "
                 "timeout varies or packets were lost; run the test again.");
    }
    return text.trimmed();
}

QJsonObject NatTimeoutReport::toJson() const
{
    QJsonArray trialArray;
    for (const NatTrial &trial : trials) {
        trialArray.append(QJsonObject{
            {u"silence_s"_s, secondsValue(trial.silence)},
            {u"measured_silence_s"_s, trial.measuredSilenceMs >= 0 ? QJsonValue(double(trial.measuredSilenceMs) / 1000.0) : QJsonValue()},
            {u"outcome"_s, NatTrial::outcomeToken(trial.outcome)},
            {u"local_port"_s, trial.localPort ? QJsonValue(int(trial.localPort)) : QJsonValue()},
            {u"status"_s, trial.statusCode ? QJsonValue(trial.statusCode) : QJsonValue()},
            {u"detail"_s, trial.detail},
        });
    }
    const bool bracketed = finding == Finding::Bracketed;
    return {
        {u"target"_s, target},
        {u"remote"_s, remote.isEmpty() ? QJsonValue() : QJsonValue(remote)},
        {u"start_s"_s, secondsValue(options.start)},
        {u"max_s"_s, secondsValue(options.max)},
        {u"resolution_s"_s, secondsValue(options.resolution)},
        {u"grace_s"_s, secondsValue(options.grace)},
        {u"finding"_s, findingToken(finding)},
        {u"survived_s"_s, bracketed || finding == Finding::NoTimeout ? secondsValue(survived) : QJsonValue()},
        {u"gone_s"_s, bracketed || finding == Finding::NeverReached ? secondsValue(gone) : QJsonValue()},
        {u"keepalive_below_s"_s, bracketed ? secondsValue(survived) : QJsonValue()},
        {u"inconsistent"_s, inconsistent},
        {u"summary"_s, summary()},
        {u"trials"_s, trialArray},
    };
}

} // namespace SipScope

// When the certificates a TLS (or WSS) server presented stop being valid: the
// server's own certificate and the earliest notAfter anywhere in the presented chain
// (an intermediate can run out before the server's certificate does), in whole days
// from a given moment, and the warning/critical windows (--cert-warn, --cert-crit)
// that the Nagios mode, the monitor and the text output judge them by.
//
// The earliest notAfter is the one blackbox_exporter exports as
// probe_ssl_earliest_cert_expiry: the minimum over the certificates the peer sent,
// not over a chain rebuilt from the local trust store.
#pragma once

#include "sip/tlssessioninfo.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace SipScope {

struct CertificateExpiry
{
    Q_DECLARE_TR_FUNCTIONS(CertificateExpiry)
public:
    QDateTime notAfter;           // the server's own certificate, UTC
    qint64 secondsLeft = 0;       // from `now`; negative once it has expired
    QDateTime earliestNotAfter;   // the earliest in the presented chain (maybe the server's own)
    qint64 earliestSecondsLeft = 0;
    int earliestIndex = 0;        // its position in the chain: 0 the server's own, 1 the next, …
    QString earliestSubject;
    int chainLength = 1;

    // nullopt without a certificate (plain transports, a handshake that never got one).
    static std::optional<CertificateExpiry> of(const TlsSessionInfo &tls, const QDateTime &now);
    // Whole days toward zero: 4.9 days left is 4, 1.5 days past the end is -1, an hour
    // either side 0 (seconds_left tells which side).
    static int wholeDays(qint64 seconds);
    int daysLeft() const { return wholeDays(secondsLeft); }
    int earliestDaysLeft() const { return wholeDays(earliestSecondsLeft); }
    bool earliestIsPeer() const { return earliestIndex == 0; }

    // "expires in 19 days (2026-12-27 10:00 UTC)", "expired 2 days ago (…)"; translated.
    static QString inWords(qint64 secondsLeft, const QDateTime &notAfter);
    // The earliest one in words, naming it when it is not the server's own:
    // "intermediate certificate 2 of 3 (CN=Issuing CA) expires in 9 days (…)".
    QString earliestInWords() const;
};

struct CertificateThresholds
{
    Q_DECLARE_TR_FUNCTIONS(CertificateThresholds)
public:
    enum class Level { Ok, Warning, Critical };

    std::optional<int> warnDays;   // --cert-warn: the earliest notAfter within this many days is a warning
    std::optional<int> critDays;   // --cert-crit: … critical

    bool isSet() const { return warnDays || critDays; }
    bool operator==(const CertificateThresholds &) const = default;
    // These, with what they leave unset taken from `defaults` (a target over the monitor).
    CertificateThresholds over(const CertificateThresholds &defaults) const
    {
        return {warnDays ? warnDays : defaults.warnDays, critDays ? critDays : defaults.critDays};
    }
    // A whole number of days from 0 to 3650; nullopt with *error otherwise.
    static std::optional<int> parseDays(const QString &text, QString *error);
    // The critical window larger than the warning one; empty when fine.
    QString validate() const;
    // Judges the earliest notAfter of the chain: expired (or not yet valid, which the
    // caller reports) is always critical once a threshold is set; then less than
    // critDays left critical, less than warnDays warning.
    Level level(const CertificateExpiry &expiry) const;
    static QString levelToken(Level level);   // "ok", "warning", "critical"
    // "within the warning window of 30 days"; empty for Ok.
    QString windowText(Level level) const;
};

} // namespace SipScope

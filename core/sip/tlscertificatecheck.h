// Turns Qt's certificate verification errors into what a technician needs to know:
// which problem (self-signed, expired, wrong host, untrusted issuer, …), in plain
// words, with a stable token for scripts.
#pragma once

#include "tlssessioninfo.h"

#include <QList>
#include <QSslError>
#include <QString>

namespace SipScope {

class TlsCertificateCheck final
{
public:
    // Ordered from the most fundamental problem to the least: the first one found is
    // the error's cause.
    enum class Problem {
        Expired,
        NotYetValid,
        SelfSigned,
        UntrustedIssuer,
        WrongHost,
        Revoked,
        Other,
    };

    struct Finding
    {
        Problem problem = Problem::Other;
        QString text;   // translated clause, e.g. "it is self-signed: no certificate authority vouches for it"
    };

    // "expired", "not_yet_valid", "self_signed", "untrusted_issuer", "wrong_host",
    // "revoked", "certificate".
    static QString problemToken(Problem problem);
    static Problem classify(QSslError::SslError error);

    // One finding per distinct problem, in Problem order. `certificate` is the peer's
    // (for dates and names), `expectedName` the name it was checked against.
    static QList<Finding> findings(const QList<QSslError> &errors, const TlsCertificateSummary &certificate,
                                   const QString &expectedName);

    // Fills problems/problemTexts of `session` from the findings.
    static void record(const QList<Finding> &findings, TlsSessionInfo *session);

    // The error message when verification failed: names the server (`where`), every
    // problem, and what to do about it.
    static QString failureMessage(const QString &where, const QList<Finding> &findings);
};

} // namespace SipScope

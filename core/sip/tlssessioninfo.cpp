#include "tlssessioninfo.h"

#include <QCoreApplication>
#include <QSslCertificate>
#include <QSslKey>

using namespace Qt::Literals::StringLiterals;

namespace SipScope {

namespace {

// "O=SipScope Test, CN=localhost": Qt does not keep the certificate's order, so the
// usual one (country down to common name), then any other attributes.
QString distinguishedName(const QSslCertificate &certificate, bool issuer)
{
    static const QList<QByteArray> usualOrder = {"C", "ST", "L", "O", "OU", "CN"};
    QList<QByteArray> attributes;
    const QList<QByteArray> present = issuer ? certificate.issuerInfoAttributes()
                                             : certificate.subjectInfoAttributes();
    for (const QByteArray &attribute : usualOrder) {
        if (present.contains(attribute))
            attributes << attribute;
    }
    for (const QByteArray &attribute : present) {
        if (!attributes.contains(attribute))
            attributes << attribute;
    }
    QStringList parts;
    for (const QByteArray &attribute : std::as_const(attributes)) {
        const QStringList values = issuer ? certificate.issuerInfo(attribute) : certificate.subjectInfo(attribute);
        for (const QString &value : values)
            parts << QString::fromLatin1(attribute) + u'=' + value;
    }
    return parts.join(u", "_s);
}

QString day(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate).left(10);
}

} // namespace

TlsCertificateSummary TlsCertificateSummary::fromCertificate(const QSslCertificate &certificate)
{
    TlsCertificateSummary summary;
    if (certificate.isNull())
        return summary;
    summary.subject = distinguishedName(certificate, false);
    summary.issuer = distinguishedName(certificate, true);
    summary.notBefore = certificate.effectiveDate().toUTC();
    summary.notAfter = certificate.expiryDate().toUTC();
    summary.sha256 = QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    const auto alternatives = certificate.subjectAlternativeNames();
    for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it) {
        if (it.key() == QSsl::DnsEntry)
            summary.alternativeNames << u"DNS:"_s + it.value();
        else if (it.key() == QSsl::IpAddressEntry)
            summary.alternativeNames << u"IP:"_s + it.value();
    }
    summary.selfSigned = certificate.isSelfSigned();
    const QSslKey key = certificate.publicKey();
    if (!key.isNull()) {
        switch (key.algorithm()) {
        case QSsl::Rsa: summary.keyAlgorithm = u"RSA"_s; break;
        case QSsl::Ec: summary.keyAlgorithm = u"EC"_s; break;
        case QSsl::Dsa: summary.keyAlgorithm = u"DSA"_s; break;
        case QSsl::Dh: summary.keyAlgorithm = u"DH"_s; break;
        case QSsl::Opaque: break;
        }
        summary.keyBits = key.length();
    }
    return summary;
}

QStringList TlsCertificateSummary::names() const
{
    QStringList names;
    for (const QString &name : alternativeNames)
        names << name.mid(name.indexOf(u':') + 1);
    if (names.isEmpty()) {
        for (const QString &part : subject.split(u", "_s)) {
            if (part.startsWith(u"CN="_s))
                names << part.mid(3);
        }
    }
    return names;
}

QString TlsCertificateSummary::describe() const
{
    return QCoreApplication::translate("TlsCertificateSummary", "subject %1; issuer %2; valid %3 to %4 UTC; SHA-256 %5")
        .arg(subject, issuer, day(notBefore), day(notAfter), sha256);
}

} // namespace SipScope

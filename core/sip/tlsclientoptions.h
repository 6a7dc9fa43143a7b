// What a TLS client trusts and presents (--ca-file, --insecure, --cert/--key).
#pragma once

#include <QString>
#include <QStringList>

namespace SipScope {

struct TlsClientOptions
{
    // PEM files with CA certificates trusted on top of the system's.
    QStringList caFiles;
    // Proceed when the certificate cannot be verified; the result says so.
    bool insecure = false;
    // Client certificate and its unencrypted private key (PEM), both or neither.
    QString certificateFile;
    QString keyFile;

    bool hasClientCertificate() const { return !certificateFile.isEmpty(); }
};

} // namespace SipScope

// Reads an exporter configuration (YAML, with yaml-cpp) into an ExporterConfig. Every
// problem is reported with its line and column, and an unknown key is an error, so a
// typo ("timout") does not quietly fall back to a default. A hostile file is bounded:
// at most 1 MiB, 1,000 modules, 10,000 allow entries, yaml-cpp's own nesting limit.
//
//   modules:
//     sip_udp:
//       transport: udp          # udp, tcp, tls, ws, wss; unset: RFC 3263 decides
//       timeout: 3s             # ms, s or m; capped by the scrape's timeout
//       expect: 2xx,404         # default: any 2xx (ExpectedCodes)
//       from: sipscope          # a user name or a SIP URI
//       max_forwards: 70
//       headers: ["X-Probe: exporter"]
//       preferred_ip_protocol: ip4   # ip4 or ip6: only that family's addresses
//       auth: {user: alice, auth_user: …, realm: …, password_file: FILE | password_env: VAR}
//       tls: {ca_file: FILE, cert_file: FILE, key_file: FILE, insecure: false}
//   allow: [127.0.0.1, 10.0.0.0/8, sbc.example.com, .trunks.example.com]
//   limits: {max_concurrent_probes: 64, min_interval: 1s}
#pragma once

#include "exporterconfig.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace SipScope {

struct ExporterConfigRead
{
    std::optional<ExporterConfig> config;
    QStringList errors;   // translated, "line 4, column 5: …"
};

class ExporterConfigReader final
{
    Q_DECLARE_TR_FUNCTIONS(ExporterConfigReader)
public:
    static ExporterConfigRead read(const QByteArray &yaml);
    // Reads the file; errors name it.
    static ExporterConfigRead readFile(const QString &path);
    static constexpr qint64 maxFileSize = 1024 * 1024;
    // "3s", "500ms", "1.5s", "2m": nullopt for anything else.
    static std::optional<std::chrono::milliseconds> parseDuration(const QString &text);
};

} // namespace SipScope

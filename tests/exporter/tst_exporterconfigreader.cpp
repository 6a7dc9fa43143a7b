// The exporter's YAML configuration: good files, and hostile ones that must end in a
// clear line/column error (never a crash, never a password in the message).
#include "exporter/exporterconfigreader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace SipScope;
using namespace Qt::Literals::StringLiterals;

class TestExporterConfigReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void minimalFile()
    {
        const ExporterConfigRead read = ExporterConfigReader::read(
            "modules:\n  sip_udp:\n    transport: udp\n    timeout: 3s\nallow:\n  - 127.0.0.1\n"_ba);
        QVERIFY2(read.config, qPrintable(read.errors.join(u'\n')));
        const ExporterModule module = read.config->modules.value(u"sip_udp"_s);
        QCOMPARE(module.probe.transport, TransportProtocol::Udp);
        QCOMPARE(module.timeout, std::chrono::milliseconds(3000));
        QVERIFY(module.expected.isDefault());
        QVERIFY(read.config->allow.allows(u"127.0.0.1"_s));
        QCOMPARE(read.config->limits.maxConcurrentProbes, 64);
    }

    void everyModuleSetting()
    {
        QTemporaryDir dir;
        QFile password(dir.filePath(u"password"_s));
        QVERIFY(password.open(QIODevice::WriteOnly));
        password.write("s3cret-in-file\n");
        password.close();
        const QByteArray yaml = "modules:\n"
                                "  full:\n"
                                "    transport: TCP\n"
                                "    timeout: 500ms\n"
                                "    expect: [2xx, 404]\n"
                                "    from: sip:probe@example.com\n"
                                "    max_forwards: 5\n"
                                "    headers: ['X-Probe: exporter']\n"
                                "    preferred_ip_protocol: ip6\n"
                                "    auth: {user: alice, auth_user: alice-auth, realm: example.com, password_file: "
            + password.fileName().toUtf8()
            + "}\n"
              "    tls: {insecure: true}\n"
              "  bare:\n"
              "allow: [10.0.0.0/8, .example.com]\n"
              "limits: {max_concurrent_probes: 3, min_interval: 2.5s}\n";
        const ExporterConfigRead read = ExporterConfigReader::read(yaml);
        QVERIFY2(read.config, qPrintable(read.errors.join(u'\n')));
        const ExporterModule module = read.config->modules.value(u"full"_s);
        QCOMPARE(module.probe.transport, TransportProtocol::Tcp);
        QCOMPARE(module.timeout, std::chrono::milliseconds(500));
        QVERIFY(module.expected.accepts(404));
        QVERIFY(!module.expected.accepts(486));
        QVERIFY(module.probe.fromUri);
        QCOMPARE(module.probe.maxForwards, 5);
        QCOMPARE(module.probe.extraHeaders.size(), 1);
        QCOMPARE(module.probe.family, ResolveRequest::Family::IPv6Only);
        QCOMPARE(module.probe.credentials.password, u"s3cret-in-file"_s);
        QCOMPARE(module.probe.credentials.effectiveAuthUser(), u"alice-auth"_s);
        QVERIFY(module.probe.transportOptions.tls.insecure);
        QVERIFY(!module.passwordSource.contains(u"s3cret"_s));
        QVERIFY(read.config->modules.contains(u"bare"_s));
        QCOMPARE(read.config->limits.maxConcurrentProbes, 3);
        QCOMPARE(read.config->limits.minInterval, std::chrono::milliseconds(2500));
    }

    void verdictProfiles()
    {
        const ExporterConfigRead read = ExporterConfigReader::read(
            "verdict_profiles:\n  sbc: {base: cube, maintenance_on_retry_after: true}\n  lab: {up: [2xx, 404]}\n"
            "modules:\n  cube: {verdict_profile: cube}\n  sbc: {verdict_profile: sbc}\n  lab: {verdict_profile: lab}\n"
            "  plain: {expect: 2xx}\nallow: [127.0.0.1]\n"_ba);
        QVERIFY2(read.config, qPrintable(read.errors.join(u'\n')));
        QCOMPARE(read.config->modules.value(u"cube"_s).verdictProfile(), VerdictProfile::cube());
        const VerdictProfile sbc = read.config->modules.value(u"sbc"_s).verdictProfile();
        QCOMPARE(sbc.name(), u"sbc"_s);
        QCOMPARE(sbc.classify(503, true), VerdictProfile::Outcome::Maintenance);
        QCOMPARE(sbc.classify(404, false), VerdictProfile::Outcome::Up);
        QCOMPARE(read.config->modules.value(u"lab"_s).verdictProfile().classify(404, false), VerdictProfile::Outcome::Up);
        // expect: is a profile too (its list of up codes).
        QCOMPARE(read.config->modules.value(u"plain"_s).verdictProfile().classify(404, false), VerdictProfile::Outcome::Down);
        QCOMPARE(read.config->modules.value(u"plain"_s).verdictProfile().classify(202, false), VerdictProfile::Outcome::Up);
    }

    void passwordFromEnvironment()
    {
        qputenv("SIPSCOPE_TEST_EXPORTER_PASSWORD", "env-secret");
        const ExporterConfigRead read = ExporterConfigReader::read(
            "modules:\n  m:\n    auth: {user: bob, password_env: SIPSCOPE_TEST_EXPORTER_PASSWORD}\nallow: [127.0.0.1]\n"_ba);
        QVERIFY2(read.config, qPrintable(read.errors.join(u'\n')));
        QCOMPARE(read.config->modules.value(u"m"_s).probe.credentials.password, u"env-secret"_s);
        const ExporterConfigRead unset = ExporterConfigReader::read(
            "modules:\n  m:\n    auth: {user: bob, password_env: SIPSCOPE_TEST_EXPORTER_UNSET}\nallow: [127.0.0.1]\n"_ba);
        QVERIFY(!unset.config);
        QVERIFY(unset.errors.join(u'\n').contains(u"SIPSCOPE_TEST_EXPORTER_UNSET"_s));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("expected");   // a part of the error text
        const QByteArray tail = "allow: [127.0.0.1]\n";
        QTest::newRow("empty file") << QByteArray() << u"empty"_s;
        QTest::newRow("not a mapping") << "- a\n- b\n"_ba << u"line 1, column 1"_s;
        QTest::newRow("syntax error") << "modules: [\n"_ba << u"line"_s;
        QTest::newRow("unknown top key") << ("moduls: {}\n" + tail) << u"unknown key \"moduls\""_s;
        QTest::newRow("no modules") << tail << u"modules must map"_s;
        QTest::newRow("no allow") << "modules: {m: }\n"_ba << u"allow is missing"_s;
        QTest::newRow("typo in module key") << ("modules:\n  m:\n    timout: 3s\n" + tail) << u"line 3, column 5: unknown key \"timout\""_s;
        QTest::newRow("bad transport") << ("modules:\n  m:\n    transport: udq\n" + tail) << u"line 3, column 16"_s;
        QTest::newRow("bad timeout") << ("modules:\n  m:\n    timeout: 3\n" + tail) << u"timeout must be a duration"_s;
        QTest::newRow("huge timeout") << ("modules:\n  m:\n    timeout: 99999m\n" + tail) << u"timeout must be a duration"_s;
        QTest::newRow("bad expect") << ("modules:\n  m:\n    expect: 7xx\n" + tail) << u"expect:"_s;
        QTest::newRow("bad from") << ("modules:\n  m:\n    from: 'a b'\n" + tail) << u"from:"_s;
        QTest::newRow("bad header") << ("modules:\n  m:\n    headers: ['Via: x']\n" + tail) << u"headers:"_s;
        QTest::newRow("bad family") << ("modules:\n  m:\n    preferred_ip_protocol: ip5\n" + tail) << u"ip4 or ip6"_s;
        QTest::newRow("bad module name") << ("modules:\n  'a b':\n" + tail) << u"module name"_s;
        QTest::newRow("transport as list") << ("modules:\n  m:\n    transport: [udp]\n" + tail) << u"single value"_s;
        QTest::newRow("auth without user") << ("modules:\n  m:\n    auth: {password_env: HOME}\n" + tail) << u"needs a user"_s;
        QTest::newRow("auth without password") << ("modules:\n  m:\n    auth: {user: a}\n" + tail) << u"password is empty"_s;
        QTest::newRow("two password sources") << ("modules:\n  m:\n    auth: {user: a, password_env: HOME, password_file: /x}\n" + tail) << u"not both"_s;
        QTest::newRow("missing password file") << ("modules:\n  m:\n    auth: {user: a, password_file: /nonexistent/pw}\n" + tail) << u"/nonexistent/pw"_s;
        QTest::newRow("missing CA file") << ("modules:\n  m:\n    tls: {ca_file: /nonexistent/ca.pem}\n" + tail) << u"does not exist"_s;
        QTest::newRow("cert without key") << ("modules:\n  m:\n    tls: {cert_file: /etc/hostname}\n" + tail) << u"go together"_s;
        QTest::newRow("bad allow entry") << "modules: {m: }\nallow: [300.1.1.1/8]\n"_ba << u"CIDR"_s;
        QTest::newRow("allow as mapping") << "modules: {m: }\nallow: {a: b}\n"_ba << u"list of values"_s;
        QTest::newRow("bad limit") << ("modules: {m: }\nlimits: {max_concurrent_probes: 0}\n" + tail) << u"max_concurrent_probes"_s;
        QTest::newRow("bad interval") << ("modules: {m: }\nlimits: {min_interval: soon}\n" + tail) << u"min_interval"_s;
        QTest::newRow("deep nesting") << (QByteArray(100000, '[') + QByteArray(100000, ']')) << u"line"_s;
        QTest::newRow("too large") << QByteArray(2 * 1024 * 1024, '#') << u"larger than"_s;
        QTest::newRow("alias into a value") << ("base: &b [1, 2]\nmodules:\n  m:\n    transport: *b\n" + tail) << u"unknown key \"base\""_s;
        QTest::newRow("binary garbage") << "\x00\x01\xff\xfe modules"_ba << u""_s;
        QTest::newRow("unknown verdict profile") << ("modules:\n  m:\n    verdict_profile: cisco\n" + tail) << u"Unknown verdict profile \"cisco\""_s;
        QTest::newRow("profile and expect") << ("modules:\n  m:\n    verdict_profile: cube\n    expect: 2xx\n" + tail) << u"replaces expect"_s;
        QTest::newRow("profile with both lists") << ("verdict_profiles:\n  x: {up: 2xx, down: 503}\nmodules: {m: }\n" + tail) << u"not both"_s;
        QTest::newRow("profile typo") << ("verdict_profiles:\n  x: {dwn: 503}\nmodules: {m: }\n" + tail) << u"unknown key \"dwn\""_s;
        QTest::newRow("built-in redefined") << ("verdict_profiles:\n  cube: {down: 503}\nmodules: {m: }\n" + tail) << u"defined twice"_s;
    }
    void errors()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, expected);
        const ExporterConfigRead read = ExporterConfigReader::read(yaml);
        QVERIFY(!read.config);
        QVERIFY(!read.errors.isEmpty());
        QVERIFY2(read.errors.join(u'\n').contains(expected), qPrintable(read.errors.join(u'\n')));
    }

    void errorsNeverShowThePassword()
    {
        qputenv("SIPSCOPE_TEST_EXPORTER_PASSWORD", "never-shown-secret");
        const ExporterConfigRead read = ExporterConfigReader::read(
            "modules:\n  m:\n    auth: {user: 'bad user', password_env: SIPSCOPE_TEST_EXPORTER_PASSWORD, what: x}\n"
            "    timeout: nope\nallow: [127.0.0.1]\n"_ba);
        QVERIFY(!read.config);
        QVERIFY(!read.errors.join(u'\n').contains(u"never-shown-secret"_s));
    }

    void durations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms");   // -1: refused
        QTest::newRow("seconds") << u"3s"_s << qint64(3000);
        QTest::newRow("fraction") << u"1.5s"_s << qint64(1500);
        QTest::newRow("milliseconds") << u"250ms"_s << qint64(250);
        QTest::newRow("minutes") << u"2m"_s << qint64(120000);
        QTest::newRow("spaces") << u" 3 s "_s << qint64(3000);
        QTest::newRow("no unit") << u"3"_s << qint64(-1);
        QTest::newRow("hours") << u"1h"_s << qint64(-1);
        QTest::newRow("negative") << u"-1s"_s << qint64(-1);
        QTest::newRow("huge") << u"99999999999999999999m"_s << qint64(-1);
    }
    void durations()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        const auto parsed = ExporterConfigReader::parseDuration(text);
        QCOMPARE(parsed ? qint64(parsed->count()) : qint64(-1), ms);
    }

    void timeoutFollowsTheScrape_data()
    {
        QTest::addColumn<int>("moduleMs");
        QTest::addColumn<double>("scrape");   // 0: no header
        QTest::addColumn<int>("expectedMs");
        QTest::newRow("module only") << 3000 << 0.0 << 3000;
        QTest::newRow("neither") << 0 << 0.0 << 10000;
        QTest::newRow("scrape minus offset") << 0 << 10.0 << 9500;
        QTest::newRow("capped by module") << 3000 << 10.0 << 3000;
        QTest::newRow("scrape shorter than module") << 30000 << 5.0 << 4500;
        QTest::newRow("scrape shorter than the offset") << 0 << 0.3 << 300;
    }
    void timeoutFollowsTheScrape()
    {
        QFETCH(int, moduleMs);
        QFETCH(double, scrape);
        QFETCH(int, expectedMs);
        ExporterModule module;
        module.timeout = std::chrono::milliseconds(moduleMs);
        QCOMPARE(module.effectiveTimeout(scrape > 0 ? std::optional<double>(scrape) : std::nullopt),
                 std::chrono::milliseconds(expectedMs));
    }
};

QTEST_GUILESS_MAIN(TestExporterConfigReader)
#include "tst_exporterconfigreader.moc"

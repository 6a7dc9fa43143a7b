// Which targets the exporter may probe: addresses, networks, names and suffixes.
#include "exporter/allowlist.h"

#include <QTest>

using namespace SipScope;
using namespace Qt::Literals::StringLiterals;

class TestAllowList : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matching_data()
    {
        QTest::addColumn<QStringList>("entries");
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("allowed");
        const QStringList list{u"127.0.0.1"_s, u"10.0.0.0/8"_s, u"2001:db8::/32"_s, u"sbc.example.com"_s,
                               u".trunks.example.net"_s, u"*.wild.example.org"_s, u"[::1]"_s};
        QTest::newRow("exact address") << list << u"127.0.0.1"_s << true;
        QTest::newRow("other loopback address") << list << u"127.0.0.2"_s << false;
        QTest::newRow("in network") << list << u"10.200.3.4"_s << true;
        QTest::newRow("outside network") << list << u"11.0.0.1"_s << false;
        QTest::newRow("IPv6 in network") << list << u"2001:db8:1::5"_s << true;
        QTest::newRow("IPv6 in brackets") << list << u"[2001:db8::1]"_s << true;
        QTest::newRow("IPv6 loopback") << list << u"::1"_s << true;
        QTest::newRow("IPv4-mapped IPv6 in network") << list << u"::ffff:10.1.2.3"_s << true;
        QTest::newRow("IPv4-mapped IPv6 outside") << list << u"::ffff:192.0.2.1"_s << false;
        QTest::newRow("exact name") << list << u"sbc.example.com"_s << true;
        QTest::newRow("name case and final dot") << list << u"SBC.Example.COM."_s << true;
        QTest::newRow("name below an exact name") << list << u"x.sbc.example.com"_s << false;
        QTest::newRow("suffix") << list << u"a.b.trunks.example.net"_s << true;
        QTest::newRow("suffix itself is not below it") << list << u"trunks.example.net"_s << false;
        QTest::newRow("suffix needs a dot boundary") << list << u"eviltrunks.example.net"_s << false;
        QTest::newRow("wildcard suffix") << list << u"x.wild.example.org"_s << true;
        QTest::newRow("name is never an address") << QStringList{u"10.0.0.0/8"_s} << u"localhost"_s << false;
        QTest::newRow("address is never a name") << QStringList{u".example.com"_s} << u"10.0.0.1"_s << false;
        QTest::newRow("empty list") << QStringList() << u"127.0.0.1"_s << false;
        QTest::newRow("garbage host") << list << u"sbc.example.com/evil"_s << false;
        QTest::newRow("empty host") << list << QString() << false;
    }
    void matching()
    {
        QFETCH(QStringList, entries);
        QFETCH(QString, host);
        QFETCH(bool, allowed);
        AllowList allow;
        for (const QString &entry : entries)
            QVERIFY2(!allow.add(entry), qPrintable(entry));
        QCOMPARE(allow.allows(host), allowed);
    }

    void badEntries_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::newRow("empty") << QString();
        QTest::newRow("bad network") << u"300.0.0.0/8"_s;
        QTest::newRow("bad prefix") << u"10.0.0.0/33"_s;
        QTest::newRow("bad name") << u"exa mple.com"_s;
        QTest::newRow("bare dot") << u"."_s;
        QTest::newRow("label too long") << (QString(64, u'a') + u".com"_s);
        QTest::newRow("hyphen first") << u"-sbc.example.com"_s;
    }
    void badEntries()
    {
        QFETCH(QString, entry);
        AllowList allow;
        const auto error = allow.add(entry);
        QVERIFY(error);
        QVERIFY(!error->isEmpty());
        QVERIFY(allow.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAllowList)
#include "tst_allowlist.moc"

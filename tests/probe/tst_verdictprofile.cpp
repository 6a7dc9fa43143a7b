// VerdictProfile: each built-in profile's table of up, down and maintenance, the
// user-defined profiles and their errors, and the registry that looks them up by name.
#include "probe/verdictprofile.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace SipScope;

Q_DECLARE_METATYPE(SipScope::VerdictProfile::Outcome)

namespace {

using Outcome = VerdictProfile::Outcome;

ProbeResult answered(int code, bool retryAfter = false)
{
    ProbeResult result;
    result.origin = ProbeResult::Origin::Remote;
    result.statusCode = code;
    result.reasonPhrase = u"Reason"_s;
    if (retryAfter)
        result.headers << SipHeader{u"Retry-After"_s, u"120"_s};
    return result;
}

ProbeResult timedOut()
{
    ProbeResult result;
    result.origin = ProbeResult::Origin::Local;
    result.localStatus = 408;
    result.error = {ErrorKind::Timeout, u"No final response."_s, {}};
    return result;
}

} // namespace

class tst_VerdictProfile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtInTable_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<int>("code");   // 0: no final response
        QTest::addColumn<Outcome>("expected");
        const struct { const char *profile; int code; Outcome outcome; } rows[] = {
            {"strict", 200, Outcome::Up}, {"strict", 202, Outcome::Up}, {"strict", 180, Outcome::Down},
            {"strict", 404, Outcome::Down}, {"strict", 503, Outcome::Down}, {"strict", 0, Outcome::Down},
            {"alive", 200, Outcome::Up}, {"alive", 403, Outcome::Up}, {"alive", 503, Outcome::Up},
            {"alive", 699, Outcome::Up}, {"alive", 0, Outcome::Down},
            {"cube", 200, Outcome::Up}, {"cube", 400, Outcome::Up}, {"cube", 404, Outcome::Up},
            {"cube", 408, Outcome::Up}, {"cube", 500, Outcome::Up}, {"cube", 503, Outcome::Down},
            {"cube", 504, Outcome::Up}, {"cube", 505, Outcome::Down}, {"cube", 0, Outcome::Down},
            {"teams", 200, Outcome::Up}, {"teams", 403, Outcome::Up}, {"teams", 408, Outcome::Down},
            {"teams", 500, Outcome::Up}, {"teams", 503, Outcome::Down}, {"teams", 504, Outcome::Down},
            {"teams", 505, Outcome::Up}, {"teams", 0, Outcome::Down},
        };
        for (const auto &row : rows) {
            QTest::addRow("%s-%d", row.profile, row.code)
                << QString::fromLatin1(row.profile) << row.code << row.outcome;
        }
    }
    void builtInTable()
    {
        QFETCH(QString, profile);
        QFETCH(int, code);
        QFETCH(Outcome, expected);
        const auto value = VerdictProfile::builtIn(profile);
        QVERIFY(value);
        QCOMPARE(value->name(), profile);
        QCOMPARE(value->classify(code ? answered(code) : timedOut()), expected);
        // Without maintenance a Retry-After changes nothing.
        if (code)
            QCOMPARE(value->classify(answered(code, true)), expected);
        QCOMPARE(value->failuresBeforeDown(), 1);
    }

    void builtInNamesAreCaseInsensitive()
    {
        QVERIFY(VerdictProfile::builtIn(u" CUBE "_s));
        QVERIFY(!VerdictProfile::builtIn(u"cisco"_s));
        QCOMPARE(VerdictProfile::builtInNames(), QStringList({u"strict"_s, u"alive"_s, u"cube"_s, u"teams"_s}));
        QCOMPARE(VerdictProfile(), VerdictProfile::strict());
    }

    void fromExpected()
    {
        QString error;
        const auto codes = ExpectedCodes::parse(u"200,404"_s, &error);
        QVERIFY2(codes, qPrintable(error));
        const VerdictProfile profile = VerdictProfile::fromExpected(*codes);
        QCOMPARE(profile.classify(answered(404)), Outcome::Up);
        QCOMPARE(profile.classify(answered(202)), Outcome::Down);
        QCOMPARE(VerdictProfile::fromExpected(ExpectedCodes()), VerdictProfile::strict());
    }

    void maintenanceOnRetryAfter_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("retryAfter");
        QTest::addColumn<Outcome>("expected");
        QTest::newRow("strict-503-retry-after") << u"strict"_s << 503 << true << Outcome::Maintenance;
        QTest::newRow("strict-503-plain") << u"strict"_s << 503 << false << Outcome::Down;
        QTest::newRow("strict-486-retry-after") << u"strict"_s << 486 << true << Outcome::Down;
        QTest::newRow("cube-503-retry-after") << u"cube"_s << 503 << true << Outcome::Maintenance;
        QTest::newRow("cube-505-retry-after") << u"cube"_s << 505 << true << Outcome::Down;
        QTest::newRow("teams-503-retry-after") << u"teams"_s << 503 << true << Outcome::Maintenance;
        QTest::newRow("teams-200-retry-after") << u"teams"_s << 200 << true << Outcome::Up;
        // A profile for which 503 is up keeps it up.
        QTest::newRow("alive-503-retry-after") << u"alive"_s << 503 << true << Outcome::Up;
    }
    void maintenanceOnRetryAfter()
    {
        QFETCH(QString, base);
        QFETCH(int, code);
        QFETCH(bool, retryAfter);
        QFETCH(Outcome, expected);
        VerdictProfile::Definition definition;
        definition.name = u"planned"_s;
        definition.base = base;
        definition.maintenanceOnRetryAfter = true;
        QString error;
        const auto profile = VerdictProfile::define(definition, &error);
        QVERIFY2(profile, qPrintable(error));
        QCOMPARE(profile->classify(answered(code, retryAfter)), expected);
        QCOMPARE(profile->classify(timedOut()), Outcome::Down);
    }

    void userDefined()
    {
        VerdictProfile::Definition definition;
        definition.name = u"kamailio-ds"_s;
        definition.up = u"2xx, 404"_s;
        definition.failuresBeforeDown = 3;
        QString error;
        const auto profile = VerdictProfile::define(definition, &error);
        QVERIFY2(profile, qPrintable(error));
        QCOMPARE(profile->name(), u"kamailio-ds"_s);
        QCOMPARE(profile->classify(answered(404)), Outcome::Up);
        QCOMPARE(profile->classify(answered(403)), Outcome::Down);
        QCOMPARE(profile->failuresBeforeDown(), 3);
        QCOMPARE(profile->describe(), u"up: 2xx, 404; 3 failures in a row before down"_s);

        definition = {};
        definition.name = u"only-5xx"_s;
        definition.down = u"5xx"_s;
        const auto down = VerdictProfile::define(definition, &error);
        QVERIFY2(down, qPrintable(error));
        QCOMPARE(down->classify(answered(486)), Outcome::Up);
        QCOMPARE(down->classify(answered(500)), Outcome::Down);
        QCOMPARE(down->describe(), u"down: 5xx or no answer"_s);
        QCOMPARE(VerdictProfile::alive().describe(), u"up: any answer"_s);
    }

    void badDefinitions_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("up");
        QTest::addColumn<QString>("down");
        QTest::addColumn<int>("failures");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty-name") << QString() << QString() << QString() << QString() << 0 << u"is not a profile name"_s;
        QTest::newRow("space-in-name") << u"my profile"_s << QString() << QString() << QString() << 0 << u"is not a profile name"_s;
        QTest::newRow("unknown-base") << u"x"_s << u"cisco"_s << QString() << QString() << 0 << u"unknown base profile \"cisco\""_s;
        QTest::newRow("both-lists") << u"x"_s << QString() << u"2xx"_s << u"503"_s << 0 << u"not both"_s;
        QTest::newRow("bad-code") << u"x"_s << QString() << QString() << u"5033"_s << 0 << u"Profile x: "_s;
        QTest::newRow("zero-failures") << u"x"_s << QString() << QString() << QString() << -1 << u"from 1 to 100, not 0"_s;
        QTest::newRow("too-many-failures") << u"x"_s << QString() << QString() << QString() << 101 << u"from 1 to 100, not 101"_s;
    }
    void badDefinitions()
    {
        QFETCH(QString, name);
        QFETCH(QString, base);
        QFETCH(QString, up);
        QFETCH(QString, down);
        QFETCH(int, failures);
        QFETCH(QString, error);
        VerdictProfile::Definition definition;
        definition.name = name;
        definition.base = base;
        if (!up.isEmpty())
            definition.up = up;
        if (!down.isEmpty())
            definition.down = down;
        if (failures)
            definition.failuresBeforeDown = failures < 0 ? 0 : failures;
        QString message;
        QVERIFY(!VerdictProfile::define(definition, &message));
        QVERIFY2(message.contains(error), qPrintable(message));
    }

    void registry()
    {
        VerdictProfiles profiles;
        VerdictProfile::Definition definition;
        definition.name = u"lab"_s;
        definition.down = u"500"_s;
        QString error;
        const auto lab = VerdictProfile::define(definition, &error);
        QVERIFY(lab);
        QVERIFY(profiles.add(*lab, &error));
        QVERIFY(!profiles.add(*lab, &error));
        QVERIFY(error.contains(u"defined twice"_s));
        definition.name = u"cube"_s;
        QVERIFY(!profiles.add(*VerdictProfile::define(definition, &error), &error));
        QCOMPARE(profiles.find(u"lab"_s, &error), lab);
        QCOMPARE(profiles.find(u"teams"_s, &error), VerdictProfile::teams());
        QVERIFY(!profiles.find(u"nope"_s, &error));
        QCOMPARE(error, u"Unknown verdict profile \"nope\" (choose strict, alive, cube, teams, lab)."_s);
        QVERIFY(profiles.contains(u"lab"_s));
        QVERIFY(profiles.contains(u"alive"_s));
    }
};

QTEST_GUILESS_MAIN(tst_VerdictProfile)
#include "tst_verdictprofile.moc"

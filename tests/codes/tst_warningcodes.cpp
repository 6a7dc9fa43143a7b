// The Warning header codes against tests/data/sip-warning-codes.csv (RFC 3261 §20.43
// and its extensions).
#include "csvtable.h"

#include "codes/warningcodes.h"

#include <QTest>

using namespace SipScope;
using namespace SipScope::Test;
using namespace Qt::Literals::StringLiterals;

class TestWarningCodes final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void allMatchesTheTable();
    void registered_data();
    void registered();
    void unknown_data();
    void unknown();

private:
    CsvTable m_table{u"sip-warning-codes.csv"_s};
};

void TestWarningCodes::initTestCase()
{
    QVERIFY(!m_table.isEmpty());
}

void TestWarningCodes::allMatchesTheTable()
{
    const QList<WarningCode> all = WarningCodes::all();
    QCOMPARE(all.size(), m_table.size());
    for (qsizetype i = 0; i < all.size(); ++i)
        QCOMPARE(all.at(i).code, m_table.value(i, u"code"_s).toInt());
}

void TestWarningCodes::registered_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("rfc");
    for (qsizetype i = 0; i < m_table.size(); ++i) {
        const QString code = m_table.value(i, u"code"_s);
        QTest::addRow("%s", qPrintable(code))
            << code.toInt() << m_table.value(i, u"text"_s) << m_table.value(i, u"rfc"_s);
    }
}

void TestWarningCodes::registered()
{
    QFETCH(int, code);
    QFETCH(QString, text);
    QFETCH(QString, rfc);
    const auto warning = WarningCodes::find(code);
    QVERIFY(warning);
    QCOMPARE(warning->code, code);
    QCOMPARE(warning->text, text);
    QCOMPARE(warning->rfc, rfc);
    QVERIFY(!warning->explanation.isEmpty());
    QVERIFY(warning->explanation != warning->text);
}

void TestWarningCodes::unknown_data()
{
    QTest::addColumn<int>("code");
    QTest::newRow("unassigned 3xx") << 350;
    QTest::newRow("below the range") << 299;
    QTest::newRow("response code, not a warn-code") << 486;
    QTest::newRow("zero") << 0;
    QTest::newRow("negative") << -305;
}

void TestWarningCodes::unknown()
{
    QFETCH(int, code);
    QVERIFY(!WarningCodes::find(code));
}

QTEST_GUILESS_MAIN(TestWarningCodes)
#include "tst_warningcodes.moc"

// CodeListModel: model invariants (QAbstractItemModelTester), roles, query, class and
// non-standard filters, and re-translation through refresh().
#include "fakecatalogtranslator.h"

#include "codes/codelistmodel.h"
#include "codes/responsecodecatalog.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace SipScope;
using namespace Qt::Literals::StringLiterals;

namespace {

QList<int> codesOf(const CodeListModel &model)
{
    QList<int> out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row).data(CodeListModel::CodeRole).toInt());
    return out;
}

} // namespace

class TestCodeListModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsEveryRegisteredCodeByDefault();
    void roles_data();
    void roles();
    void roleNames();
    void invalidIndexes();
    void query();
    void queryWithoutMatches();
    void classFilter_data();
    void classFilter();
    void classFilterWithQuery();
    void nonStandard();
    void setterSignalsOnlyOnChange();
    void refreshRetranslates();

private:
    std::unique_ptr<CodeListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestCodeListModel::init()
{
    m_model = std::make_unique<CodeListModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestCodeListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestCodeListModel::listsEveryRegisteredCodeByDefault()
{
    QCOMPARE(m_model->rowCount(), 75);
    QCOMPARE(codesOf(*m_model), ResponseCodeCatalog::instance().codeNumbers(false));
    QCOMPARE(m_model->rowCount(m_model->index(0)), 0); // a list: no children
    QCOMPARE(m_model->codeAt(0), 100);
    QCOMPARE(m_model->codeAt(75), 0);
    QCOMPARE(m_model->codeAt(-1), 0);
    QCOMPARE(m_model->rowOfCode(100), 0);
    QCOMPARE(m_model->rowOfCode(650), -1);
}

void TestCodeListModel::roles_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("codeClass");
    QTest::newRow("486") << 486 << u"Busy Here"_s << 4;
    QTest::newRow("100") << 100 << u"Trying"_s << 1;
    QTest::newRow("608") << 608 << u"Rejected"_s << 6;
}

void TestCodeListModel::roles()
{
    QFETCH(int, code);
    QFETCH(QString, reason);
    QFETCH(int, codeClass);
    const int row = m_model->rowOfCode(code);
    QVERIFY(row >= 0);
    const QModelIndex index = m_model->index(row);
    const auto entry = ResponseCodeCatalog::instance().find(code);
    QVERIFY(entry);
    QCOMPARE(index.data(CodeListModel::CodeRole).toInt(), code);
    QCOMPARE(index.data(CodeListModel::ReasonRole).toString(), reason);
    QCOMPARE(index.data(Qt::DisplayRole).toString(), u"%1 %2"_s.arg(code).arg(reason));
    QCOMPARE(index.data(CodeListModel::ClassRole).toInt(), codeClass);
    QCOMPARE(index.data(CodeListModel::ClassLabelRole).toString(), u"%1xx"_s.arg(codeClass));
    QCOMPARE(index.data(CodeListModel::KindRole).toInt(), int(CodeKind::Registered));
    QCOMPARE(index.data(CodeListModel::KindTokenRole).toString(), u"registered"_s);
    QCOMPARE(index.data(CodeListModel::RegisteredRole).toBool(), true);
    QCOMPARE(index.data(CodeListModel::SummaryRole).toString(), entry->summary);
    QCOMPARE(index.data(Qt::ToolTipRole).toString(), entry->summary);
    QVERIFY(!entry->summary.isEmpty());
    QCOMPARE(index.data(CodeListModel::ScoreRole).toInt(), 0);
    QCOMPARE(index.data(CodeListModel::MatchedFieldsRole).toInt(), 0);
}

void TestCodeListModel::roleNames()
{
    const QHash<int, QByteArray> names = m_model->roleNames();
    QCOMPARE(names.value(CodeListModel::CodeRole), "code");
    QCOMPARE(names.value(CodeListModel::ReasonRole), "reason");
    QCOMPARE(names.value(CodeListModel::ClassRole), "codeClass");
    QCOMPARE(names.value(CodeListModel::ScoreRole), "score");
    QCOMPARE(names.value(Qt::DisplayRole), "display");
}

void TestCodeListModel::invalidIndexes()
{
    QVERIFY(!m_model->data(QModelIndex(), CodeListModel::CodeRole).isValid());
    QVERIFY(!m_model->index(m_model->rowCount()).isValid());
    QVERIFY(!m_model->index(0).data(Qt::UserRole + 999).isValid());
}

void TestCodeListModel::query()
{
    QSignalSpy queryChanged(m_model.get(), &CodeListModel::queryChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setQuery(u"busy"_s);
    QCOMPARE(queryChanged.size(), 1);
    QCOMPARE(queryChanged.constFirst().constFirst().toString(), u"busy"_s);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->query(), u"busy"_s);
    const QList<int> codes = codesOf(*m_model);
    QVERIFY(codes.mid(0, 3).contains(486));
    QVERIFY(codes.mid(0, 3).contains(600));
    QVERIFY(codes.size() < 75);
    const QModelIndex first = m_model->index(0);
    QVERIFY(first.data(CodeListModel::ScoreRole).toInt() > 0);
    QVERIFY(first.data(CodeListModel::MatchedFieldsRole).toInt() != 0);
    for (int row = 1; row < m_model->rowCount(); ++row) {
        QVERIFY(m_model->index(row - 1).data(CodeListModel::ScoreRole).toInt()
                >= m_model->index(row).data(CodeListModel::ScoreRole).toInt());
    }

    m_model->setQuery(u"  "_s); // blank: everything again, in code order
    QCOMPARE(codesOf(*m_model), ResponseCodeCatalog::instance().codeNumbers(false));
}

void TestCodeListModel::queryWithoutMatches()
{
    m_model->setQuery(u"xyzzy"_s);
    QCOMPARE(m_model->rowCount(), 0);
    m_model->setQuery(u"486"_s);
    QCOMPARE(codesOf(*m_model), QList<int>{486});
}

void TestCodeListModel::classFilter_data()
{
    QTest::addColumn<int>("filter");
    QTest::addColumn<int>("expectedFilter");
    for (int codeClass = 1; codeClass <= 6; ++codeClass)
        QTest::addRow("class %d", codeClass) << codeClass << codeClass;
    QTest::newRow("all") << 0 << 0;
    QTest::newRow("out of range 9 means all") << 9 << 0;
    QTest::newRow("negative means all") << -1 << 0;
}

void TestCodeListModel::classFilter()
{
    QFETCH(int, filter);
    QFETCH(int, expectedFilter);
    m_model->setClassFilter(filter);
    QCOMPARE(m_model->classFilter(), expectedFilter);
    QList<int> expected;
    for (const int code : ResponseCodeCatalog::instance().codeNumbers(false)) {
        if (expectedFilter == 0 || code / 100 == expectedFilter)
            expected.append(code);
    }
    QVERIFY(!expected.isEmpty());
    QCOMPARE(codesOf(*m_model), expected);
}

void TestCodeListModel::classFilterWithQuery()
{
    m_model->setQuery(u"busy"_s);
    m_model->setClassFilter(6);
    const QList<int> codes = codesOf(*m_model);
    QCOMPARE(codes.constFirst(), 600);
    QVERIFY(!codes.contains(486));
    for (const int code : codes)
        QCOMPARE(code / 100, 6);
}

void TestCodeListModel::nonStandard()
{
    const auto &catalog = ResponseCodeCatalog::instance();
    m_model->setIncludeNonStandard(true);
    QCOMPARE(codesOf(*m_model), catalog.codeNumbers(true));
    const int row = m_model->rowOfCode(701);
    QVERIFY(row >= 0);
    const QModelIndex local = m_model->index(row);
    QCOMPARE(local.data(CodeListModel::RegisteredRole).toBool(), false);
    QCOMPARE(local.data(CodeListModel::KindRole).toInt(), int(CodeKind::LocalOnly));
    QCOMPARE(local.data(CodeListModel::KindTokenRole).toString(), u"local_only"_s);
    QCOMPARE(local.data(CodeListModel::ClassRole).toInt(), 0); // not a SIP class
    QVERIFY(local.data(CodeListModel::ClassLabelRole).toString().isEmpty());

    m_model->setQuery(u"kamailio"_s);
    QCOMPARE(codesOf(*m_model), (QList<int>{477, 478, 479}));
    m_model->setIncludeNonStandard(false);
    QCOMPARE(m_model->rowCount(), 0);
}

void TestCodeListModel::setterSignalsOnlyOnChange()
{
    QSignalSpy queryChanged(m_model.get(), &CodeListModel::queryChanged);
    QSignalSpy classChanged(m_model.get(), &CodeListModel::classFilterChanged);
    QSignalSpy nonStandardChanged(m_model.get(), &CodeListModel::includeNonStandardChanged);
    m_model->setQuery(QString());
    m_model->setClassFilter(0);
    m_model->setIncludeNonStandard(false);
    QCOMPARE(queryChanged.size(), 0);
    QCOMPARE(classChanged.size(), 0);
    QCOMPARE(nonStandardChanged.size(), 0);
    m_model->setClassFilter(3);
    m_model->setIncludeNonStandard(true);
    QCOMPARE(classChanged.size(), 1);
    QCOMPARE(classChanged.constFirst().constFirst().toInt(), 3);
    QCOMPARE(nonStandardChanged.size(), 1);
    QVERIFY(m_model->includeNonStandard());
}

void TestCodeListModel::refreshRetranslates()
{
    const QString english = ResponseCodeCatalog::instance().find(486)->summary;
    m_model->setQuery(u"busy"_s);   // the index is built by the first search, in English
    Test::FakeCatalogTranslator translator(english, u"Besetzt, Quaxelwort."_s);
    QVERIFY(QCoreApplication::installTranslator(&translator));
    m_model->setQuery(u"Quaxelwort"_s);
    QCOMPARE(m_model->rowCount(), 0); // the index still holds the old language

    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->refresh();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(codesOf(*m_model), QList<int>{486});
    QCOMPARE(m_model->index(0).data(CodeListModel::SummaryRole).toString(), u"Besetzt, Quaxelwort."_s);

    QVERIFY(QCoreApplication::removeTranslator(&translator));
    m_model->refresh();
    QCOMPARE(m_model->rowCount(), 0);
    m_model->setQuery(u"486"_s);
    QCOMPARE(m_model->index(0).data(CodeListModel::SummaryRole).toString(), english);
}

QTEST_GUILESS_MAIN(TestCodeListModel)
#include "tst_codelistmodel.moc"

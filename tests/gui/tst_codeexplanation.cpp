// The explanation panel's HTML and the "Copy for ticket" text, checked against the
// catalog itself (never against copied strings).
#include "codeexplanation.h"
#include "codes/responsecodecatalog.h"

#include <QApplication>
#include <QPalette>
#include <QTest>

using namespace SipScope;
using namespace Qt::Literals::StringLiterals;

class TestCodeExplanation final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void codeUrlRoundTrip_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::addColumn<int>("expected"); // 0: not an in-app code link
        QTest::newRow("own link 486") << CodeExplanation::codeUrl(486) << 486;
        QTest::newRow("own link 100") << CodeExplanation::codeUrl(100) << 100;
        QTest::newRow("rfc link") << QUrl(u"https://www.rfc-editor.org/rfc/rfc3261"_s) << 0;
        QTest::newRow("own scheme, not a number") << QUrl(u"sipscope-code:abc"_s) << 0;
    }
    void codeUrlRoundTrip()
    {
        QFETCH(QUrl, url);
        QFETCH(int, expected);
        const auto code = CodeExplanation::codeFromUrl(url);
        QCOMPARE(code.value_or(0), expected);
    }

    void htmlHasEverySection_data()
    {
        QTest::addColumn<int>("code");
        QTest::newRow("486 Busy Here") << 486;
        QTest::newRow("503 Service Unavailable") << 503;
        QTest::newRow("200 OK") << 200;
        QTest::newRow("603 Decline") << 603;
    }
    void htmlHasEverySection()
    {
        QFETCH(int, code);
        const auto entry = ResponseCodeCatalog::instance().find(code);
        QVERIFY(entry);
        QVERIFY2(!entry->summary.isEmpty(), "catalog prose missing");
        const QString html = CodeExplanation::html(*entry, QApplication::palette(), 10);
        QVERIFY(html.contains(QString::number(code)));
        QVERIFY(html.contains(entry->reason.toHtmlEscaped()));
        QVERIFY(html.contains(entry->summary.toHtmlEscaped()));
        for (const QString &action : entry->actions)
            QVERIFY2(html.contains(action.toHtmlEscaped()), qPrintable(action));
        for (const QString &cause : entry->causes)
            QVERIFY2(html.contains(cause.toHtmlEscaped()), qPrintable(cause));
        for (int related : entry->related)
            QVERIFY(html.contains(CodeExplanation::codeUrl(related).toString()));
        for (const RfcRef &ref : entry->refs)
            QVERIFY(html.contains(ref.url().toString(QUrl::FullyEncoded)));
        for (const Q850Cause &cause : entry->q850)
            QVERIFY(html.contains(u"cause %1"_s.arg(cause.cause)));
    }

    void unknownNumberShowsItsClass()
    {
        // A number in 4xx that the catalog does not list at all.
        int unknown = 0;
        for (int code = 498; code >= 400 && !unknown; --code) {
            if (!ResponseCodeCatalog::instance().find(code))
                unknown = code;
        }
        QVERIFY(unknown);
        const auto entry = ResponseCodeCatalog::instance().explain(unknown);
        QVERIFY(entry);
        QCOMPARE(entry->kind, CodeKind::ClassFallback);
        const QString html = CodeExplanation::html(*entry, QApplication::palette(), 10);
        QVERIFY(html.contains(QString::number(unknown)));
        QVERIFY(html.contains(codeKindLabel(CodeKind::ClassFallback).toHtmlEscaped()));
        QVERIFY(html.contains(CodeExplanation::codeUrl(400).toString()));
        const CodeClassInfo info = ResponseCodeCatalog::instance().classInfo(4);
        QVERIFY(!info.summary.isEmpty());
        QVERIFY(html.contains(info.summary.toHtmlEscaped()));
    }

    void nonStandardCodeIsMarked()
    {
        // 499 is not registered; the catalog knows it as a protocol analyser's label.
        const auto entry = ResponseCodeCatalog::instance().explain(499);
        QVERIFY(entry);
        QVERIFY(!entry->isRegistered());
        const QString html = CodeExplanation::html(*entry, QApplication::palette(), 10);
        QVERIFY(html.contains(codeKindLabel(entry->kind).toHtmlEscaped()));
        QVERIFY(CodeExplanation::ticketText(*entry).contains(codeKindLabel(entry->kind)));
    }

    void ticketText()
    {
        const auto entry = ResponseCodeCatalog::instance().find(486);
        QVERIFY(entry);
        const QString text = CodeExplanation::ticketText(*entry);
        const QStringList lines = text.split(u'\n');
        QVERIFY(lines.first().startsWith(u"SIP 486 "_s + entry->reason));
        QVERIFY(text.contains(entry->summary));
        QVERIFY(!entry->actions.isEmpty());
        for (qsizetype i = 0; i < entry->actions.size(); ++i)
            QVERIFY(text.contains(u"%1. %2"_s.arg(i + 1).arg(entry->actions.at(i))));
        QVERIFY(!text.contains(u'<')); // plain text, no markup
    }
};

QTEST_MAIN(TestCodeExplanation)
#include "tst_codeexplanation.moc"

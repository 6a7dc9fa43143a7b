// The Qt Linguist files themselves: every message of every language is
// translated (no unfinished, vanished or obsolete entry, no exceptions for any
// context), all languages hold the same source strings, and every placeholder of a
// source (%1..%9, %n, also in their %L forms) is kept in its translation and in each
// plural form. Read straight from translations/*.ts with QXmlStreamReader.
#include <QDir>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;        // disambiguation
    QString type;           // translation type: "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
    QStringList forms;      // the translation, or its plural forms
    qint64 line = 0;

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    QString where() const
    {
        // One arg() call: a source text's own %1 must not be filled in by a later one.
        return u"%1 “%2”%3 (line %4)"_s.arg(context, source.left(70),
                                            comment.isEmpty() ? QString() : u" ["_s + comment + u']',
                                            QString::number(line));
    }
};

struct TsFile
{
    QString language;       // the TS element's language attribute
    QList<TsMessage> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile file;
    QFile device(path);
    if (!device.open(QIODevice::ReadOnly)) {
        file.error = device.errorString();
        return file;
    }
    QXmlStreamReader xml(&device);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"TS") {
                file.language = xml.attributes().value(u"language"_s).toString();
            } else if (name == u"context") {
                context.clear();
            } else if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                message = TsMessage{};
                message.context = context;
                message.numerus = xml.attributes().value(u"numerus"_s) == u"yes";
                message.line = xml.lineNumber();
            } else if (name == u"source") {
                message.source = xml.readElementText();
            } else if (name == u"comment") {
                message.comment = xml.readElementText();
            } else if (name == u"translation") {
                message.type = xml.attributes().value(u"type"_s).toString();
                if (!message.numerus)
                    message.forms.append(xml.readElementText());
            } else if (name == u"numerusform") {
                message.forms.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            file.messages.append(message);
        }
    }
    if (xml.hasError())
        file.error = u"%1 at line %2"_s.arg(xml.errorString()).arg(xml.lineNumber());
    return file;
}

QStringList tsFiles()
{
    return QDir(QStringLiteral(SIPSCOPE_TRANSLATIONS_DIR))
        .entryList({u"sipscope_*.ts"_s}, QDir::Files, QDir::Name);
}

// The placeholders of a text as a multiset: "%1 of %2, %L1" → {%1: 2, %2: 1}.
QMap<QString, int> placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%L?([1-9][0-9]?|n)"_s);
    QMap<QString, int> counts;
    auto it = pattern.globalMatch(text);
    while (it.hasNext())
        ++counts[u"%"_s + it.next().captured(1)];
    return counts;
}

QString describe(const QMap<QString, int> &counts)
{
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts.append(it.key() + u'×' + QString::number(it.value()));
    return parts.isEmpty() ? u"none"_s : parts.join(u", "_s);
}

QString report(const QStringList &problems)
{
    const qsizetype shown = std::min<qsizetype>(problems.size(), 25);
    QString out = u"%1 problem(s):\n  "_s.arg(problems.size()) + problems.first(shown).join(u"\n  "_s);
    if (shown < problems.size())
        out += u"\n  … and %1 more"_s.arg(problems.size() - shown);
    return out;
}

} // namespace

class TestTsFiles final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // German, French and Spanish are what SipScope promises.
        const QStringList files = tsFiles();
        for (const QString &language : {u"de"_s, u"fr"_s, u"es"_s})
            QVERIFY2(files.contains(u"sipscope_%1.ts"_s.arg(language)), qPrintable(language));
    }

    void everyFile_data()
    {
        QTest::addColumn<QString>("fileName");
        for (const QString &file : tsFiles())
            QTest::newRow(qPrintable(file)) << file;
    }

    void parsesAndNamesItsLanguage_data() { everyFile_data(); }
    void parsesAndNamesItsLanguage()
    {
        QFETCH(QString, fileName);
        const TsFile file = readTs(QStringLiteral(SIPSCOPE_TRANSLATIONS_DIR) + u'/' + fileName);
        QVERIFY2(file.error.isEmpty(), qPrintable(file.error));
        QVERIFY(!file.messages.isEmpty());
        // sipscope_de.ts → language="de" or "de_DE"
        const QString code = fileName.section(u'_', 1).section(u'.', 0, 0);
        QVERIFY2(file.language.section(u'_', 0, 0) == code, qPrintable(file.language));
    }

    // No message of any context is left untranslated: the interface, the CLI and the
    // whole catalog alike.
    void noUnfinishedMessages_data() { everyFile_data(); }
    void noUnfinishedMessages()
    {
        QFETCH(QString, fileName);
        const TsFile file = readTs(QStringLiteral(SIPSCOPE_TRANSLATIONS_DIR) + u'/' + fileName);
        QVERIFY2(file.error.isEmpty(), qPrintable(file.error));
        QStringList problems;
        QMap<QString, int> perContext;
        for (const TsMessage &message : file.messages) {
            const bool empty = std::all_of(message.forms.cbegin(), message.forms.cend(),
                                           [](const QString &form) { return form.isEmpty(); });
            if (message.type == u"unfinished" || message.forms.isEmpty() || empty) {
                problems.append(message.where());
                ++perContext[message.context];
            }
        }
        if (!problems.isEmpty()) {
            QStringList contexts;
            for (auto it = perContext.cbegin(); it != perContext.cend(); ++it)
                contexts.append(u"%1: %2"_s.arg(it.key()).arg(it.value()));
            QFAIL(qPrintable(u"untranslated in %1 (%2)\n"_s.arg(fileName, contexts.join(u", "_s))
                             + report(problems)));
        }
    }

    // Texts the sources no longer have must be dropped (lupdate -no-obsolete), not kept.
    void noVanishedOrObsoleteMessages_data() { everyFile_data(); }
    void noVanishedOrObsoleteMessages()
    {
        QFETCH(QString, fileName);
        const TsFile file = readTs(QStringLiteral(SIPSCOPE_TRANSLATIONS_DIR) + u'/' + fileName);
        QVERIFY2(file.error.isEmpty(), qPrintable(file.error));
        QStringList problems;
        for (const TsMessage &message : file.messages) {
            if (message.type == u"vanished" || message.type == u"obsolete")
                problems.append(message.type + u": "_s + message.where());
        }
        QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
    }

    // Every language translates the same source strings: one refreshed with lupdate and
    // another not is caught here.
    void sameSourceStringsInEveryLanguage()
    {
        const QStringList files = tsFiles();
        QVERIFY(files.size() >= 2);
        QHash<QString, QSet<QString>> keys;
        for (const QString &fileName : files) {
            const TsFile file = readTs(QStringLiteral(SIPSCOPE_TRANSLATIONS_DIR) + u'/' + fileName);
            QVERIFY2(file.error.isEmpty(), qPrintable(file.error));
            QSet<QString> set;
            for (const TsMessage &message : file.messages) {
                QVERIFY2(!set.contains(message.key()), qPrintable(u"duplicate in %1: %2"_s.arg(fileName, message.where())));
                set.insert(message.key());
            }
            keys.insert(fileName, set);
        }
        const QString reference = files.first();
        for (const QString &fileName : files) {
            const QSet<QString> missing = keys.value(reference) - keys.value(fileName);
            const QSet<QString> extra = keys.value(fileName) - keys.value(reference);
            QStringList problems;
            for (const QString &key : missing)
                problems.append(u"only in %1: %2"_s.arg(reference, QString(key).replace(u'\x1f', u" | "_s)));
            for (const QString &key : extra)
                problems.append(u"only in %1: %2"_s.arg(fileName, QString(key).replace(u'\x1f', u" | "_s)));
            problems.sort();
            QVERIFY2(problems.isEmpty(),
                     qPrintable(u"%1 has %2 source strings, %3 has %4; "_s
                                    .arg(reference, QString::number(keys.value(reference).size()), fileName,
                                         QString::number(keys.value(fileName).size()))
                                + report(problems)));
        }
    }

    // %1..%9 and %n survive translation, as many times as in the source, in every plural
    // form; a lost %1 prints a raw "%1" or drops the value.
    void placeholdersKept_data() { everyFile_data(); }
    void placeholdersKept()
    {
        QFETCH(QString, fileName);
        const TsFile file = readTs(QStringLiteral(SIPSCOPE_TRANSLATIONS_DIR) + u'/' + fileName);
        QVERIFY2(file.error.isEmpty(), qPrintable(file.error));
        QStringList problems;
        int checked = 0;
        for (const TsMessage &message : file.messages) {
            const QMap<QString, int> expected = placeholders(message.source);
            for (qsizetype i = 0; i < message.forms.size(); ++i) {
                const QString &form = message.forms.at(i);
                if (form.isEmpty())
                    continue; // untranslated: noUnfinishedMessages reports it
                ++checked;
                const QMap<QString, int> found = placeholders(form);
                if (found != expected) {
                    problems.append(u"%1%2: source has %3, translation has %4"_s
                                        .arg(message.where(),
                                             message.numerus ? u" form %1"_s.arg(i + 1) : QString(),
                                             describe(expected), describe(found)));
                }
            }
        }
        QVERIFY(checked > 0);
        QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
    }

    // The placeholder check itself, on rows whose answer is known.
    void placeholderCounting_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("none") << u"Busy Here"_s << u"none"_s;
        QTest::newRow("two numbered") << u"%1 of %2"_s << u"%1×1, %2×1"_s;
        QTest::newRow("repeated") << u"%1 and %1"_s << u"%1×2"_s;
        QTest::newRow("localized form") << u"%L1 ms"_s << u"%1×1"_s;
        QTest::newRow("plural") << u"%n finding(s)"_s << u"%n×1"_s;
        QTest::newRow("percent sign alone") << u"100 % sure"_s << u"none"_s;
    }
    void placeholderCounting()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(describe(placeholders(text)), expected);
    }
};

QTEST_GUILESS_MAIN(TestTsFiles)
#include "tst_tsfiles.moc"

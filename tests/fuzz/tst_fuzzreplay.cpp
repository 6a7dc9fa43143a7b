// Replays every checked-in fuzz corpus file through its fuzz target, with the normal
// compiler, in every build (and under ASan/UBSan in the asan preset). Seeds and every
// finding of ./scripts/fuzz live in tests/fuzz/corpus/<target>/, so a fixed bug stays
// fixed. A broken invariant aborts with "fuzz invariant broken in <target>: ...".
#include "fuzztargets.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace SipScope::Fuzz;

namespace {

QString corpusRoot()
{
    return QStringLiteral(SIPSCOPE_FUZZ_CORPUS_DIR);
}

QStringList corpusFiles(const QString &target)
{
    QDir dir(corpusRoot() + u'/' + target);
    return dir.entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

class tst_FuzzReplay : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyTargetHasASeedCorpus_data();
    void everyTargetHasASeedCorpus();
    void everyCorpusFolderHasATarget();
    void replay_data();
    void replay();
};

void tst_FuzzReplay::everyTargetHasASeedCorpus_data()
{
    QTest::addColumn<QString>("target");
    for (const Target &target : targets)
        QTest::newRow(target.name) << QString::fromLatin1(target.name);
}

void tst_FuzzReplay::everyTargetHasASeedCorpus()
{
    QFETCH(QString, target);
    QVERIFY2(corpusFiles(target).size() >= 10,
             qPrintable(u"tests/fuzz/corpus/%1 needs seeds"_s.arg(target)));
}

void tst_FuzzReplay::everyCorpusFolderHasATarget()
{
    QStringList known;
    for (const Target &target : targets)
        known << QString::fromLatin1(target.name);
    const QStringList folders = QDir(corpusRoot()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &folder : folders)
        QVERIFY2(known.contains(folder), qPrintable(u"corpus folder without a target: "_s + folder));
}

void tst_FuzzReplay::replay_data()
{
    QTest::addColumn<int>("targetIndex");
    QTest::addColumn<QString>("path");
    for (int i = 0; i < int(std::size(targets)); ++i) {
        const QString name = QString::fromLatin1(targets[i].name);
        for (const QString &file : corpusFiles(name)) {
            const QString tag = name + u'/' + file;
            QTest::newRow(qPrintable(tag)) << i << corpusRoot() + u'/' + tag;
        }
    }
}

void tst_FuzzReplay::replay()
{
    QFETCH(int, targetIndex);
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const QByteArray bytes = file.readAll();
    // A copy in its own allocation, exactly as large as the input, so that ASan sees
    // any read past the end (QByteArray keeps a terminating NUL after its data).
    const std::unique_ptr<std::uint8_t[]> exact(new std::uint8_t[std::max<qsizetype>(bytes.size(), 1)]);
    std::copy(bytes.cbegin(), bytes.cend(), exact.get());
    QCOMPARE(targets[targetIndex].entry(exact.get(), std::size_t(bytes.size())), 0);
}

QTEST_GUILESS_MAIN(tst_FuzzReplay)
#include "tst_fuzzreplay.moc"

// The diagnosis tables on ColumnTableModel: CandidateModel (every DNS candidate) and
// TraceHopModel (the hops of a trace) keep the model contract (QAbstractItemModelTester),
// name their columns, answer nothing outside them, refresh every cell after a language
// change, and the candidate's diagnosis is the one Diagnosis::diagnose gives for its
// result, made when the candidate finishes.
#include "diagnosis/candidatemodel.h"
#include "diagnosis/tracehopmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace SipScope;
using namespace Qt::Literals::StringLiterals;

namespace {

ResolvedTarget literalTarget(quint16 port)
{
    ResolvedTarget target;
    target.source = ResolvedTarget::Source::Literal;
    target.address = QHostAddress::LocalHost;
    target.host = u"127.0.0.1"_s;
    target.port = port;
    target.transport = TransportProtocol::Udp;
    return target;
}

ProbeResult answered(int code, const QString &reason)
{
    ProbeResult result;
    result.origin = ProbeResult::Origin::Remote;
    result.statusCode = code;
    result.reasonPhrase = reason;
    result.rttUs = 1500;
    return result;
}

} // namespace

class tst_ColumnTableModel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void candidateModel()
    {
        CandidateModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), int(CandidateModel::ColumnCount));
        QCOMPARE(model.headerData(CandidateModel::EndpointColumn, Qt::Horizontal).toString(), u"Candidate"_s);
        QCOMPARE(model.headerData(CandidateModel::DiagnosisColumn, Qt::Horizontal).toString(), u"Diagnosis"_s);
        QVERIFY(!model.headerData(CandidateModel::ColumnCount, Qt::Horizontal).isValid());

        model.setTargets({literalTarget(5060), literalTarget(5061)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
        QCOMPARE(model.data(model.index(0, CandidateModel::DiagnosisColumn)).toString(), QString());
        QCOMPARE(model.data(model.index(0, CandidateModel::StatusColumn)).toString(), u"probing…"_s);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        CandidateResult busy{literalTarget(5061), answered(486, u"Busy Here"_s), true};
        model.updateCandidate(1, busy);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(1, 0));
        QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(1, CandidateModel::ColumnCount - 1));
        const Diagnosis diagnosis = Diagnosis::diagnose(busy.result);
        QVERIFY(!diagnosis.sentence.isEmpty());
        QCOMPARE(model.data(model.index(1, CandidateModel::DiagnosisColumn)).toString(), diagnosis.sentence);
        QCOMPARE(model.data(model.index(1, CandidateModel::DiagnosisColumn), Qt::ToolTipRole).toString(),
                 diagnosis.originExplanation);
        QCOMPARE(model.data(model.index(1, 0), CandidateModel::StatusCodeRole).toInt(), 486);
        // Outside the model: nothing.
        QVERIFY(!model.data(model.index(2, 0)).isValid());

        QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
        changed.clear();
        model.retranslate();
        QCOMPARE(header.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(0, 0));
        QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(1, CandidateModel::ColumnCount - 1));
        QCOMPARE(model.data(model.index(1, CandidateModel::DiagnosisColumn)).toString(), diagnosis.sentence);
    }

    void traceHopModel()
    {
        TraceHopModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), int(TraceHopModel::ColumnCount));
        QCOMPARE(model.headerData(TraceHopModel::HopColumn, Qt::Horizontal).toString(), u"Max-Forwards"_s);
        QCOMPARE(model.headerData(TraceHopModel::RelayedByColumn, Qt::Horizontal).toString(), u"Came back from"_s);
        QVERIFY(!model.headerData(-1, Qt::Horizontal).isValid());

        TraceHop hop;
        hop.maxForwards = 0;
        hop.outcome = TraceHop::Outcome::TooManyHops;
        hop.statusCode = 483;
        hop.reasonPhrase = u"Too Many Hops"_s;
        hop.server = u"edge-proxy"_s;
        model.addHop(hop);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, TraceHopModel::ServerColumn)).toString(), u"edge-proxy"_s);
        QCOMPARE(model.data(model.index(0, 0), TraceHopModel::StatusCodeRole).toInt(), 483);

        QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.retranslate();
        QCOMPARE(header.count(), 1);
        QCOMPARE(changed.count(), 1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        changed.clear();
        model.retranslate();
        QCOMPARE(changed.count(), 0); // no rows, no cells to refresh
    }
};

QTEST_GUILESS_MAIN(tst_ColumnTableModel)
#include "tst_columntablemodel.moc"

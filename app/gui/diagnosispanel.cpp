#include "diagnosispanel.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

namespace {

QLabel *makeLabel(QWidget *parent, const QString &name, Qt::TextFormat format = Qt::PlainText)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(format);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QString bulletList(const QStringList &items)
{
    QString html = u"<ul style=\"margin-left:0px; -qt-list-indent:1;\">"_s;
    for (const QString &item : items)
        html += u"<li>"_s + item.toHtmlEscaped() + u"</li>"_s;
    return html + u"</ul>"_s;
}

} // namespace

DiagnosisPanel::DiagnosisPanel(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"diagnosisPanel"_s);
    setFrameShape(QFrame::NoFrame);

    m_sentence = makeLabel(this, u"diagnosisSentence"_s);
    QFont bold = m_sentence->font();
    bold.setBold(true);
    m_sentence->setFont(bold);
    m_origin = makeLabel(this, u"diagnosisOrigin"_s);
    m_evidence = makeLabel(this, u"diagnosisEvidence"_s, Qt::RichText);
    m_path = makeLabel(this, u"diagnosisPath"_s, Qt::RichText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_sentence);
    layout->addWidget(m_origin);
    layout->addWidget(m_evidence);
    layout->addWidget(m_path);
    retranslateUi();
}

void DiagnosisPanel::retranslateUi()
{
    setAccessibleName(tr("Diagnosis"));
    m_sentence->setAccessibleName(tr("What is wrong, and where"));
    m_origin->setAccessibleName(tr("Where the status comes from"));
    m_evidence->setAccessibleName(tr("Evidence"));
    m_path->setAccessibleName(tr("NAT and SIP ALG"));
    // The texts come from core, translated there: render them again.
    if (m_result)
        m_diagnosis = Diagnosis::diagnose(*m_result);
    render();
}

void DiagnosisPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void DiagnosisPanel::showResult(const ProbeResult &result)
{
    m_result = result;
    m_diagnosis = Diagnosis::diagnose(result);
    render();
}

void DiagnosisPanel::clear()
{
    m_result.reset();
    m_diagnosis.reset();
    render();
}

void DiagnosisPanel::render()
{
    for (QLabel *label : {m_sentence, m_origin, m_evidence, m_path})
        label->clear();
    if (!m_diagnosis) {
        setVisible(false);
        return;
    }
    const Diagnosis &d = *m_diagnosis;
    m_sentence->setText(d.sentence);
    m_origin->setText(d.originExplanation);
    if (!d.evidence.isEmpty())
        m_evidence->setText(u"<b>%1</b>"_s.arg(tr("Evidence").toHtmlEscaped()) + bulletList(d.evidence));

    const PathAnalysis &path = d.path;
    if (path.isAnalysed()) {
        QString html = u"<b>%1</b> %2"_s.arg(tr("Path:").toHtmlEscaped(), path.summary().toHtmlEscaped());
        QStringList findings;
        for (const PathFinding &finding : path.findings()) {
            if (finding.kind == PathFinding::Kind::PublicAddress || finding.kind == PathFinding::Kind::PublicPort)
                continue;   // the summary says it
            findings << (finding.algSign ? tr("ALG sign: %1").arg(finding.text) : finding.text);
        }
        if (!findings.isEmpty())
            html += bulletList(findings);
        QStringList explained;
        for (const PathFinding &finding : path.findings()) {
            const QString text = PathFinding::explanation(finding.kind);
            if (finding.algSign && !text.isEmpty() && !explained.contains(text))
                explained << text;
        }
        for (const QString &text : std::as_const(explained))
            html += u"<p><small>%1</small></p>"_s.arg(text.toHtmlEscaped());
        if (path.usedIgnoredResponse())
            html += u"<p><small>%1</small></p>"_s.arg(
                tr("Compared with an answer that SipScope could not accept because it was altered.").toHtmlEscaped());
        m_path->setText(html);
    }
    for (QLabel *label : {m_sentence, m_origin, m_evidence, m_path})
        label->setVisible(!label->text().isEmpty());
    setVisible(true);
}

} // namespace SipScope

#include "aboutdialog.h"

#include "sipscope_version.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);

    m_icon = new QLabel(this);
    m_icon->setObjectName(u"aboutIcon"_s);
    m_icon->setPixmap(QGuiApplication::windowIcon().pixmap(QSize(96, 96), devicePixelRatioF()));

    m_title = new QLabel(this);
    m_title->setObjectName(u"aboutTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setText(u"SipScope"_s);

    m_version = new QLabel(this);
    m_version->setObjectName(u"aboutVersion"_s);
    m_version->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_description = new QLabel(this);
    m_description->setObjectName(u"aboutDescription"_s);
    m_description->setWordWrap(true);
    m_description->setOpenExternalLinks(true);
    m_description->setTextFormat(Qt::RichText);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_buttons->setObjectName(u"aboutButtons"_s);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(m_title);
    text->addWidget(m_version);
    text->addSpacing(8);
    text->addWidget(m_description);
    text->addStretch(1);

    auto *top = new QHBoxLayout;
    top->addWidget(m_icon, 0, Qt::AlignTop);
    top->addSpacing(12);
    top->addLayout(text, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_buttons);

    retranslateUi();
    setMinimumWidth(420);
}

QString AboutDialog::versionText()
{
    return tr("Version %1 · Qt %2 (built with Qt %3)")
        .arg(QString::fromLatin1(SIPSCOPE_VERSION), QString::fromLatin1(qVersion()),
             QString::fromLatin1(QT_VERSION_STR));
}

void AboutDialog::retranslateUi()
{
    setWindowTitle(tr("About SipScope"));
    m_version->setText(versionText());
    m_description->setText(
        tr("A reference of SIP response codes in plain words, and a probe that sends SIP "
           "OPTIONS to a server and shows what came back.")
        + u"<br/><br/><a href=\"%1\">%1</a>"_s.arg(QString::fromLatin1(SIPSCOPE_HOMEPAGE)));
    m_icon->setAccessibleName(tr("SipScope icon"));
    m_version->setAccessibleName(tr("Version"));
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace SipScope

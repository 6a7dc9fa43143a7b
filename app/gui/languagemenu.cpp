#include "languagemenu.h"

#include "i18n/translations.h"
#include "languageswitcher.h"

#include <QActionGroup>
#include <QEvent>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

LanguageMenu::LanguageMenu(LanguageSwitcher *switcher, QWidget *parent)
    : QMenu(parent)
    , m_switcher(switcher)
    , m_group(new QActionGroup(this))
{
    setObjectName(u"languageMenu"_s);
    m_group->setExclusive(true);

    m_systemAction = addAction(QString());
    m_systemAction->setObjectName(u"languageSystemAction"_s);
    m_systemAction->setData(QString());
    m_systemAction->setCheckable(true);
    m_group->addAction(m_systemAction);
    addSeparator();

    // Each language under its own name, so that someone lost in a language they cannot
    // read still finds theirs.
    const QStringList languages = Translations::availableLanguages();
    for (const QString &language : languages) {
        QAction *action = addAction(Translations::nativeName(language));
        action->setObjectName(u"languageAction_"_s + language);
        action->setData(language);
        action->setCheckable(true);
        m_group->addAction(action);
    }

    connect(m_group, &QActionGroup::triggered, this, [this](QAction *action) {
        Q_EMIT preferenceChosen(action->data().toString());
    });
    connect(m_switcher, &LanguageSwitcher::preferenceChanged, this, &LanguageMenu::updateChecks);
    retranslateUi();
    updateChecks();
}

QAction *LanguageMenu::actionFor(const QString &preference) const
{
    const QList<QAction *> actions = m_group->actions();
    for (QAction *action : actions) {
        if (action->data().toString() == preference)
            return action;
    }
    return nullptr;
}

void LanguageMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

void LanguageMenu::retranslateUi()
{
    setTitle(tr("&Language"));
    setToolTip(tr("Language of the interface and of the code explanations"));
    m_systemAction->setText(
        tr("System Default (%1)").arg(Translations::nativeName(m_switcher->systemLanguage())));
    m_systemAction->setToolTip(tr("Follow the language of the operating system"));
}

void LanguageMenu::updateChecks()
{
    if (QAction *action = actionFor(m_switcher->preference()))
        action->setChecked(true);
}

} // namespace SipScope

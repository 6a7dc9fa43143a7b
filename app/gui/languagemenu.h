// View → Language: "System default" and every available language by its native name,
// as exclusive checkable actions. Picking one only emits preferenceChosen; the owner
// applies and remembers it, and the checkmark follows the switcher.
#pragma once

#include <QMenu>

class QActionGroup;

namespace SipScope {

class LanguageSwitcher;

class LanguageMenu final : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(LanguageSwitcher *switcher, QWidget *parent = nullptr);

    // The action of a preference: a language code, or empty for "System default".
    QAction *actionFor(const QString &preference) const;

Q_SIGNALS:
    void preferenceChosen(const QString &preference);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateChecks();

    LanguageSwitcher *m_switcher = nullptr;
    QActionGroup *m_group = nullptr;
    QAction *m_systemAction = nullptr;
};

} // namespace SipScope

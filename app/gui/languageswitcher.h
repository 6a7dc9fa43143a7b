// The GUI's language: the system locale's unless the user picked one (View → Language),
// switched at runtime and remembered in the settings. Translations installs the
// translators; Qt then sends QEvent::LanguageChange to every widget, and each widget
// retranslates itself.
#pragma once

#include "i18n/translations.h"

#include <QLocale>
#include <QObject>
#include <QString>

class QSettings;

namespace SipScope {

class LanguageSwitcher final : public QObject
{
    Q_OBJECT
public:
    // systemLocale decides what "System default" means (tests pass their own).
    explicit LanguageSwitcher(const QLocale &systemLocale = Translations::systemLocale(), QObject *parent = nullptr);
    ~LanguageSwitcher() override;

    // The user's choice: a language code such as "de", or empty for the system default.
    QString preference() const { return m_preference; }
    // The language in effect ("en" until a preference has been applied).
    QString language() const { return m_translations.language(); }
    // The language "System default" stands for on this machine.
    QString systemLanguage() const;

    // Installs the translators for `preference`. Returns false, and changes nothing, for
    // a language without a translation.
    bool setPreference(const QString &preference);
    // At start: `commandLine` (--lang) for this run when given, else the choice kept in
    // `settings`, else the system's language.
    void applyAtStartup(const QString &commandLine, const QSettings &settings);

    // The preference kept in `settings`; empty when none is kept or the kept language is
    // no longer available.
    static QString storedPreference(const QSettings &settings);
    static void storePreference(QSettings &settings, const QString &preference);

Q_SIGNALS:
    void preferenceChanged(const QString &preference);

private:
    QLocale m_systemLocale;
    QString m_preference;
    Translations m_translations;
};

} // namespace SipScope

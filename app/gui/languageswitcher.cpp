#include "languageswitcher.h"

#include "appsettings.h"

#include <QSettings>

namespace SipScope {

LanguageSwitcher::LanguageSwitcher(const QLocale &systemLocale, QObject *parent)
    : QObject(parent)
    , m_systemLocale(systemLocale)
{
}

LanguageSwitcher::~LanguageSwitcher() = default;

QString LanguageSwitcher::systemLanguage() const
{
    return Translations::languageForLocale(m_systemLocale);
}

bool LanguageSwitcher::setPreference(const QString &preference)
{
    if (!preference.isEmpty() && !Translations::isAvailable(preference))
        return false;
    if (!m_translations.setLanguage(preference.isEmpty() ? systemLanguage() : preference))
        return false;
    if (m_preference != preference) {
        m_preference = preference;
        Q_EMIT preferenceChanged(m_preference);
    }
    return true;
}

void LanguageSwitcher::applyAtStartup(const QString &commandLine, const QSettings &settings)
{
    if (!commandLine.isEmpty() && setPreference(commandLine))
        return;
    setPreference(storedPreference(settings));
}

QString LanguageSwitcher::storedPreference(const QSettings &settings)
{
    const QString stored = settings.value(QLatin1String(AppSettings::KeyLanguage)).toString();
    return Translations::isAvailable(stored) ? stored : QString();
}

void LanguageSwitcher::storePreference(QSettings &settings, const QString &preference)
{
    if (preference.isEmpty())
        settings.remove(QLatin1String(AppSettings::KeyLanguage));
    else
        settings.setValue(QLatin1String(AppSettings::KeyLanguage), preference);
}

} // namespace SipScope

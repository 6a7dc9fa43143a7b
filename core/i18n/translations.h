// Loads and switches SipScope's translations (embedded .qm files under :/i18n) and
// Qt's own, for the CLI and the GUI alike. Installing new translators makes Qt send
// QEvent::LanguageChange to every widget, which is how the GUI retranslates at runtime.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace SipScope {

class Translations final
{
    Q_DECLARE_TR_FUNCTIONS(Translations)
public:
    Translations();
    ~Translations();
    Translations(const Translations &) = delete;
    Translations &operator=(const Translations &) = delete;

    // Language codes that have an embedded translation, plus "en" (the source language).
    static QStringList availableLanguages();
    // Native name of a language for a menu ("Deutsch", "English", ...).
    static QString nativeName(const QString &language);
    static bool isAvailable(const QString &language);
    // The best available language for a locale (e.g. de_AT → "de"), or "en".
    static QString languageForLocale(const QLocale &locale);
    // The locale that decides the language when neither --lang nor a setting does: the
    // environment variable SIPSCOPE_LANG ("de", "fr_CA") when set, else the system's.
    // Windows and macOS take the system locale from the user's account and ignore LANG,
    // so this is how a script, a shortcut or a test picks a language there.
    static QLocale systemLocale();

    // Installs the translators for `language` ("en" removes them). Returns false for
    // a language that is not available; the previous language then stays active.
    bool setLanguage(const QString &language);
    QString language() const { return m_language; }

private:
    void removeTranslators();

    QString m_language = QStringLiteral("en");
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace SipScope

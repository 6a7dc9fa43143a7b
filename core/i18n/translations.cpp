#include "translations.h"

#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

namespace {
const QString resourceDir = u":/i18n"_s;
const QString prefix = u"sipscope_"_s;
} // namespace

Translations::Translations() = default;

Translations::~Translations()
{
    removeTranslators();
}

QStringList Translations::availableLanguages()
{
    QStringList languages{u"en"_s};
    const QStringList files = QDir(resourceDir).entryList({prefix + u"*.qm"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages.append(file.mid(prefix.size(), file.size() - prefix.size() - 3));
    return languages;
}

QString Translations::nativeName(const QString &language)
{
    const QLocale locale(language);
    QString name = locale.nativeLanguageName();
    if (name.isEmpty())
        return language;
    // QLocale gives "American English" for "en"; the plain name suits a menu better.
    if (language == u"en"_s)
        return u"English"_s;
    name[0] = name.at(0).toUpper();
    return name;
}

bool Translations::isAvailable(const QString &language)
{
    return availableLanguages().contains(language);
}

QString Translations::languageForLocale(const QLocale &locale)
{
    const QStringList available = availableLanguages();
    for (const QString &name : locale.uiLanguages()) {
        // "de-AT" → "de"
        const QString language = name.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (available.contains(language))
            return language;
    }
    return u"en"_s;
}

bool Translations::setLanguage(const QString &language)
{
    if (!isAvailable(language))
        return false;
    if (language == m_language && (language == u"en"_s || m_app))
        return true;

    auto app = std::make_unique<QTranslator>();
    if (language != u"en"_s && !app->load(prefix + language, resourceDir))
        return false;

    removeTranslators();
    m_language = language;
    if (language == u"en"_s)
        return true;

    m_app = std::move(app);
    QCoreApplication::installTranslator(m_app.get());
    // Qt's own strings (standard buttons, context menus); absent on some systems,
    // which only means those few stay in English.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QLocale(language), u"qtbase"_s, u"_"_s,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        m_qt = std::move(qt);
        QCoreApplication::installTranslator(m_qt.get());
    }
    return true;
}

void Translations::removeTranslators()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app.reset();
    m_qt.reset();
}

} // namespace SipScope

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

QLocale Translations::systemLocale()
{
    const QString chosen = qEnvironmentVariable("SIPSCOPE_LANG").trimmed();
    if (!chosen.isEmpty()) {
        const QLocale locale(chosen);
        // QLocale turns a name it does not know into "C"; such a value is ignored.
        if (locale.language() != QLocale::C)
            return locale;
    }
    return QLocale::system();
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
    // which only means those few stay in English. windeployqt ships them merged as
    // qt_<lang>.qm (its meta catalogue pulls in qtbase_<lang>.qm and the modules'), a
    // Linux distribution or a macOS bundle as qtbase_<lang>.qm: try the merged one first.
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    for (const QString &catalogue : {u"qt"_s, u"qtbase"_s}) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QLocale(language), catalogue, u"_"_s, qtDir)) {
            m_qt = std::move(qt);
            QCoreApplication::installTranslator(m_qt.get());
            break;
        }
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

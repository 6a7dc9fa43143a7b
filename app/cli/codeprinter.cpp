#include "codeprinter.h"

#include "textwriter.h"

#include "codes/q850.h"
#include "codes/responsecodecatalog.h"

#include <QCoreApplication>

namespace SipScope::Cli {

using namespace Qt::Literals::StringLiterals;

QString CodePrinter::title(const ResponseCode &code)
{
    if (code.reason.isEmpty())
        return QCoreApplication::translate("Cli", "%1 (not registered)").arg(code.code);
    return QString::number(code.code) + u' ' + code.reason;
}

void CodePrinter::print(TextWriter &writer, const ResponseCode &code)
{
    const ResponseCodeCatalog &catalog = ResponseCodeCatalog::instance();
    writer.line(title(code));

    QStringList status;
    if (code.code >= 100 && code.code <= 699) {
        const CodeClassInfo info = catalog.classInfo(code.codeClass());
        status.append(info.name.isEmpty() ? code.classLabel()
                                          : u"%1 (%2)"_s.arg(info.name, code.classLabel()));
    }
    status.append(codeKindLabel(code.kind));
    if (!code.refs.isEmpty())
        status.append(code.refs.constFirst().label());
    writer.paragraph(status.join(u" | "_s), 0);
    if (code.kind == CodeKind::ClassFallback) {
        writer.paragraph(QCoreApplication::translate(
                             "Cli", "Not in the registry: a receiver treats it as %1 %2 "
                                    "(RFC 3261 §8.1.3.2), so the explanation of its class applies.")
                             .arg(code.treatedAs)
                             .arg(catalog.registeredPhrase(code.treatedAs)),
                         0);
    } else if (code.treatedAs != 0) {
        writer.paragraph(QCoreApplication::translate(
                             "Cli", "Not in the registry: a receiver that gets it treats it as %1 %2 "
                                    "(RFC 3261 §8.1.3.2).")
                             .arg(code.treatedAs)
                             .arg(catalog.registeredPhrase(code.treatedAs)),
                         0);
    }

    auto section = [&](const char *title, const QString &text) {
        if (text.isEmpty())
            return;
        writer.heading(QCoreApplication::translate("Cli", title));
        writer.paragraph(text);
    };
    auto list = [&](const char *title, const QStringList &items) {
        if (items.isEmpty())
            return;
        writer.heading(QCoreApplication::translate("Cli", title));
        writer.bullets(items);
    };

    writer.line();
    section(QT_TRANSLATE_NOOP("Cli", "Summary"), code.summary);
    section(QT_TRANSLATE_NOOP("Cli", "Meaning"), code.meaning);
    list(QT_TRANSLATE_NOOP("Cli", "What to check"), code.actions);
    list(QT_TRANSLATE_NOOP("Cli", "Typical causes"), code.causes);
    section(QT_TRANSLATE_NOOP("Cli", "Technical"), code.technical);

    QStringList q850;
    for (const Q850Cause &cause : code.q850) {
        q850.append(QCoreApplication::translate("Cli", "Q.850 cause %1 (%2) from the PSTN becomes %3.")
                        .arg(cause.cause)
                        .arg(cause.name)
                        .arg(code.code));
    }
    for (const Q850Cause &cause : code.q850Out) {
        q850.append(QCoreApplication::translate("Cli", "%1 towards the PSTN becomes Q.850 cause %2 (%3).")
                        .arg(code.code)
                        .arg(cause.cause)
                        .arg(cause.name));
    }
    q850.append(Q850::responseFootnotes(code.code));
    list(QT_TRANSLATE_NOOP("Cli", "Q.850 (RFC 3398)"), q850);

    QStringList variants;
    for (const QString &variant : code.phraseVariants)
        variants.append(u"%1 %2"_s.arg(code.code).arg(variant));
    list(QT_TRANSLATE_NOOP("Cli", "Also seen on the wire as"), variants);

    QStringList related;
    for (const int other : code.related) {
        const auto entry = catalog.find(other);
        related.append(entry ? title(*entry) : QString::number(other));
    }
    list(QT_TRANSLATE_NOOP("Cli", "Related"), related);
    section(QT_TRANSLATE_NOOP("Cli", "Source"), code.source);

    QStringList references;
    for (const RfcRef &ref : code.refs) {
        const QString url = ref.url().toString();
        references.append(url.isEmpty() ? ref.label() : u"%1  %2"_s.arg(ref.label(), url));
    }
    list(QT_TRANSLATE_NOOP("Cli", "Reference"), references);
}

} // namespace SipScope::Cli

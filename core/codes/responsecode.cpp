#include "responsecode.h"

#include <QCoreApplication>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

QString RfcRef::label() const
{
    QString doc = document;
    // "RFC3261" reads better as "RFC 3261".
    if (doc.startsWith(u"RFC"_s) && doc.size() > 3 && doc.at(3).isDigit())
        doc.insert(3, u' ');
    if (section.isEmpty())
        return doc;
    return doc + u" §"_s + section;
}

QUrl RfcRef::url() const
{
    if (!document.startsWith(u"RFC"_s))
        return {};
    const QString number = document.mid(3);
    QString url = u"https://www.rfc-editor.org/rfc/rfc"_s + number;
    if (!section.isEmpty())
        url += u"#section-"_s + section;
    return QUrl(url);
}

QString codeKindLabel(CodeKind kind)
{
    switch (kind) {
    case CodeKind::Registered:
        return QCoreApplication::translate("Catalog", "registered");
    case CodeKind::Unregistered:
        return QCoreApplication::translate("Catalog", "not registered (seen on the wire)");
    case CodeKind::LocalOnly:
        return QCoreApplication::translate("Catalog", "not registered (local status, never sent on the wire)");
    case CodeKind::AnalyserLabel:
        return QCoreApplication::translate("Catalog", "not registered (protocol analyser label)");
    case CodeKind::ClassFallback:
        return QCoreApplication::translate("Catalog", "not registered (read as its class)");
    }
    return {};
}

QString codeKindToken(CodeKind kind)
{
    switch (kind) {
    case CodeKind::Registered: return u"registered"_s;
    case CodeKind::Unregistered: return u"unregistered"_s;
    case CodeKind::LocalOnly: return u"local_only"_s;
    case CodeKind::AnalyserLabel: return u"analyser_label"_s;
    case CodeKind::ClassFallback: return u"class_fallback"_s;
    }
    return {};
}

} // namespace SipScope

#include "probefrom.h"

#include <QCoreApplication>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

std::optional<QString> ProbeFrom::apply(const QString &value, ProbeOptions &options)
{
    const QString text = value.trimmed();
    const bool isUri = text.contains(u'@') || text.startsWith(u"sip:"_s, Qt::CaseInsensitive)
        || text.startsWith(u"sips:"_s, Qt::CaseInsensitive);
    // A user name is checked by putting it where it will go: the user part of a URI.
    const SipUriParseResult parsed = SipUri::parse(isUri ? text : u"sip:"_s + text + u"@example.invalid"_s);
    if (!parsed.isValid())
        return parsed.errorMessage;
    if (!isUri && parsed.uri->user() != text)
        return QCoreApplication::translate("Cli", "\"%1\" is not a valid user name.").arg(text);
    if (isUri) {
        options.fromUri = parsed.uri;
        options.fromUser.clear();
    } else {
        options.fromUri.reset();
        options.fromUser = text;
    }
    return std::nullopt;
}

} // namespace SipScope

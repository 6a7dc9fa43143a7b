#include "credentialname.h"

#include "sip/probetarget.h"

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

QString CredentialName::problem(const QString &name)
{
    if (name.isEmpty())
        return tr("The credentials name is empty.");
    if (name.size() > maxLength)
        return tr("The credentials name is longer than %1 characters.").arg(maxLength);
    if (name.startsWith(u'#'))
        return tr("A credentials name cannot start with \"#\".");
    for (const QChar c : name) {
        if (c.isSpace() || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return tr("A credentials name cannot contain spaces or control characters.");
    }
    return {};
}

QString CredentialName::forTarget(const QString &user, const QString &target)
{
    const ProbeTarget parsed = ProbeTarget::parse(target);
    if (!parsed.isValid())
        return {};
    const QString who = user.trimmed().isEmpty() ? parsed.uri().user() : user.trimmed();
    if (who.isEmpty())
        return {};
    QString host = parsed.uri().host().toLower();
    if (host.contains(u':') && !host.startsWith(u'['))
        host = u'[' + host + u']';
    QString name = who + u'@' + host;
    if (const auto port = parsed.uri().port())
        name += u':' + QString::number(*port);
    return isValid(name) ? name : QString();
}

QString CredentialName::userOf(const QString &name)
{
    const qsizetype at = name.lastIndexOf(u'@');
    return at > 0 ? name.left(at) : QString();
}

} // namespace SipScope

// Saved passwords by name, on a SecretStore, with the list of names kept beside them.
// Keychains have no portable way to list what one program saved (QtKeychain has none),
// so the names (never the passwords) are kept in one more entry of the same service,
// "#names", one a line; `sipscope-cli credentials list` reads it. Two programs saving at
// the same moment can lose a name from that list, never a password.
#pragma once

#include "secretstore.h"

#include <QStringList>

namespace SipScope {

class SavedCredentials
{
public:
    static QString indexAccount() { return QStringLiteral("#names"); }

    explicit SavedCredentials(SecretStore &store) : m_store(store) {}

    using ListDone = std::function<void(const SecretStoreResult &result, const QStringList &names)>;

    // Saves the password under name and adds the name to the list.
    void save(const QString &name, const QString &password, QObject *context, SecretStore::Done done);
    // Removes the entry (NotFound when there was none) and its name from the list.
    void remove(const QString &name, QObject *context, SecretStore::Done done);
    // The password saved under name.
    void read(const QString &name, QObject *context, SecretStore::Done done);
    // The names saved, sorted; an empty list (and Ok) when nothing was ever saved.
    void list(QObject *context, ListDone done);

private:
    void updateIndex(const QString &name, bool add, QObject *context, SecretStoreResult outcome,
                     SecretStore::Done done);

    SecretStore &m_store;
};

} // namespace SipScope

#include "savedcredentials.h"

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

namespace {

QStringList namesOf(const QString &index)
{
    QStringList names = index.split(u'\n', Qt::SkipEmptyParts);
    names.removeDuplicates();
    names.sort();
    return names;
}

} // namespace

void SavedCredentials::save(const QString &name, const QString &password, QObject *context, SecretStore::Done done)
{
    m_store.write(name, password, context, [this, name, context, done](const SecretStoreResult &result) {
        if (!result.ok()) {
            done(result);
            return;
        }
        updateIndex(name, true, context, result, done);
    });
}

void SavedCredentials::remove(const QString &name, QObject *context, SecretStore::Done done)
{
    // Some keychains (the Secret Service) report success for deleting nothing: ask first,
    // so that "nothing was saved under that name" is said where it is true.
    m_store.read(name, context, [this, name, context, done](const SecretStoreResult &existing) {
        if (existing.status == SecretStoreResult::Status::NotFound) {
            updateIndex(name, false, context, existing, done);
            return;
        }
        if (!existing.ok()) {
            SecretStoreResult shown = existing;
            shown.secret.clear();
            done(shown);
            return;
        }
        m_store.remove(name, context, [this, name, context, done](const SecretStoreResult &result) {
            if (!result.ok() && result.status != SecretStoreResult::Status::NotFound) {
                done(result);
                return;
            }
            updateIndex(name, false, context, result, done);
        });
    });
}

void SavedCredentials::read(const QString &name, QObject *context, SecretStore::Done done)
{
    m_store.read(name, context, std::move(done));
}

void SavedCredentials::list(QObject *context, ListDone done)
{
    m_store.read(indexAccount(), context, [done](const SecretStoreResult &result) {
        if (result.status == SecretStoreResult::Status::NotFound) {
            done(SecretStoreResult{}, {});
            return;
        }
        SecretStoreResult shown = result;
        shown.secret.clear();
        done(shown, result.ok() ? namesOf(result.secret) : QStringList());
    });
}

void SavedCredentials::updateIndex(const QString &name, bool add, QObject *context, SecretStoreResult outcome,
                                   SecretStore::Done done)
{
    m_store.read(indexAccount(), context, [this, name, add, context, outcome, done](const SecretStoreResult &index) {
        if (!index.ok() && index.status != SecretStoreResult::Status::NotFound) {
            done(outcome);   // the password itself was saved or removed; only the list is behind
            return;
        }
        QStringList names = namesOf(index.secret);
        const bool listed = names.contains(name);
        if (listed == add) {
            done(outcome);
            return;
        }
        if (add)
            names.append(name);
        else
            names.removeAll(name);
        names.sort();
        m_store.write(indexAccount(), names.join(u'\n'), context,
                      [outcome, done](const SecretStoreResult &) { done(outcome); });
    });
}

} // namespace SipScope

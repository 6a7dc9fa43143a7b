#include "fakesecretstore.h"

#include <QMetaObject>
#include <QPointer>

namespace SipScope {

void FakeSecretStore::answer(QObject *context, Done done, SecretStoreResult result)
{
    if (m_failure != SecretStoreResult::Status::Ok) {
        result = SecretStoreResult{};
        result.status = m_failure;
    }
    QPointer<QObject> guard(context);
    auto deliver = [guard, done = std::move(done), result] {
        if (guard)
            done(result);
    };
    if (m_held) {
        m_heldAnswers.append(std::move(deliver));
        return;
    }
    QMetaObject::invokeMethod(context, std::move(deliver), Qt::QueuedConnection);
}

void FakeSecretStore::release()
{
    m_held = false;
    const auto answers = std::exchange(m_heldAnswers, {});
    for (const auto &deliver : answers)
        deliver();
}

void FakeSecretStore::read(const QString &account, QObject *context, Done done)
{
    ++calls;
    SecretStoreResult result;
    if (m_failure == SecretStoreResult::Status::Ok && entries.contains(account))
        result.secret = entries.value(account);
    else
        result.status = SecretStoreResult::Status::NotFound;
    answer(context, std::move(done), result);
}

void FakeSecretStore::write(const QString &account, const QString &secret, QObject *context, Done done)
{
    ++calls;
    if (m_failure == SecretStoreResult::Status::Ok)
        entries.insert(account, secret);
    answer(context, std::move(done), {});
}

void FakeSecretStore::remove(const QString &account, QObject *context, Done done)
{
    ++calls;
    SecretStoreResult result;
    if (m_failure == SecretStoreResult::Status::Ok && !entries.remove(account))
        result.status = SecretStoreResult::Status::NotFound;
    answer(context, std::move(done), result);
}

} // namespace SipScope

// An in-memory SecretStore for the tests: answers later on the event loop like a real
// keychain, can be switched to answer Locked/Unavailable/…, or to hold every answer
// until release() (to show that the GUI does not block while the keychain is asked).
#pragma once

#include "keychain/secretstore.h"

#include <QHash>
#include <QList>

namespace SipScope {

class FakeSecretStore final : public SecretStore
{
public:
    QString unavailableReason() const override { return m_unavailableReason; }
    QString backendName() const override { return QStringLiteral("fake"); }
    void read(const QString &account, QObject *context, Done done) override;
    void write(const QString &account, const QString &secret, QObject *context, Done done) override;
    void remove(const QString &account, QObject *context, Done done) override;

    // Every following call fails with status (Ok: works again).
    void setFailure(SecretStoreResult::Status status) { m_failure = status; }
    // While held, answers wait for release().
    void setHeld(bool held) { m_held = held; }
    void release();
    void setUnavailableReason(const QString &reason) { m_unavailableReason = reason; }

    QHash<QString, QString> entries;   // account → secret, as saved
    int calls = 0;

private:
    void answer(QObject *context, Done done, SecretStoreResult result);

    SecretStoreResult::Status m_failure = SecretStoreResult::Status::Ok;
    bool m_held = false;
    QString m_unavailableReason;
    QList<std::function<void()>> m_heldAnswers;
};

} // namespace SipScope

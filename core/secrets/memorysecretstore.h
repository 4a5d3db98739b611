#pragma once

#include "secretstore.h"

#include <QHash>

namespace sf {

// Keeps secrets for the lifetime of the process only: for tests, and for a session without a keychain
// (the app tells the user that nothing will be remembered).
class MemorySecretStore final : public SecretStore {
    Q_OBJECT

public:
    explicit MemorySecretStore(QObject *parent = nullptr)
        : SecretStore(parent)
    {}

    void read(const QString &key, ReadCallback done) override;
    void write(const QString &key, const QString &value, DoneCallback done) override;
    void remove(const QString &key, DoneCallback done) override;
    QString description() const override;

private:
    QHash<QString, QString> m_secrets;
};

} // namespace sf

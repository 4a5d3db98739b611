#pragma once

#include "secretstore.h"

namespace sf {

// The OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS, Credential Store on
// Windows). Insecure fallbacks are switched off: without a keychain, calls fail with a clear error.
class KeychainSecretStore final : public SecretStore {
    Q_OBJECT

public:
    explicit KeychainSecretStore(QString service = QStringLiteral("SoleFlipper"), QObject *parent = nullptr);

    void read(const QString &key, ReadCallback done) override;
    void write(const QString &key, const QString &value, DoneCallback done) override;
    void remove(const QString &key, DoneCallback done) override;
    QString description() const override;

private:
    QString m_service;
};

} // namespace sf

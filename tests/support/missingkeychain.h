#pragma once

#include "secrets/secretstore.h"

namespace sf::test {

// A keychain that is not there: every read and write fails as QtKeychain fails without a Secret Service.
class MissingKeychain final : public SecretStore {
public:
    void read(const QString &, ReadCallback done) override { done(error()); }
    void write(const QString &, const QString &, DoneCallback done) override { done(error()); }
    void remove(const QString &, DoneCallback done) override { done(error()); }
    QString description() const override { return QStringLiteral("no keychain"); }

private:
    static Error error()
    {
        return Error{QStringLiteral("secret.unavailable"), QStringLiteral("No Secret Service is running"), {}};
    }
};

} // namespace sf::test

#pragma once

#include "domain/result.h"

#include <QString>

#include <functional>

namespace sf {

class SecretStore;

// What StockX needs to know who we are. All four are secrets: they live in the SecretStore (or, for
// unattended use, in the environment) and never in the database, settings or logs.
struct StockXCredentials {
    QString apiKey;
    QString clientId;
    QString clientSecret;
    QString refreshToken;

    bool complete() const;
    // The SOLEFLIPPER_STOCKX_* variables; incomplete when any is missing.
    static StockXCredentials fromEnvironment();
    // Reads all four from the store; a missing one is an Error that says which.
    static void load(SecretStore &store, std::function<void(Result<StockXCredentials>)> done);
    static void save(SecretStore &store, const StockXCredentials &credentials, std::function<void(Status)> done);
    static void forget(SecretStore &store, std::function<void(Status)> done);
};

} // namespace sf

#pragma once

#include "appcontext.h"

#include <functional>

namespace sf {

// Builds the AppContext: reads the PostgreSQL password from the keychain when needed (asynchronously),
// opens the database and brings its schema up to date. Calls `done` with the context or the reason.
void startApplication(const DatabaseConfig &config, std::unique_ptr<SecretStore> secrets, const QString &language,
                      const std::function<void(Result<std::shared_ptr<AppContext>>)> &done);

} // namespace sf

#pragma once

#include "appcontext.h"

#include <functional>

namespace sf {

// Builds the AppContext: reads the PostgreSQL password from the keychain (asynchronously; for SQLite the
// same read only tells whether a keychain is there), opens the database and brings its schema up to
// date. Calls `done` with the context or the reason. A keychain that cannot be read is kept in the
// context for the window to show, and named in the error when the database then refuses the login.
void startApplication(const DatabaseConfig &config, std::unique_ptr<SecretStore> secrets, const QString &language,
                      const std::function<void(Result<std::shared_ptr<AppContext>>)> &done);

} // namespace sf

#pragma once

#include "domain/result.h"

#include <functional>

namespace sf {

class SecretStore;

// Hands the secrets an import collected to the SecretStore one after another (asynchronously, on the
// calling thread). `done` receives how many were stored and the first error, if any; after an error the
// remaining secrets are not attempted, so a missing keychain is reported once, not per account.
void storeImportSecrets(SecretStore &store, QList<std::pair<QString, QString>> secrets,
                        std::function<void(int stored, std::optional<Error> error)> done);

} // namespace sf

#pragma once

#include "db/database.h"
#include "db/databaseworker.h"
#include "db/teamrole.h"
#include "events/changenotifier.h"
#include "events/teamlistener.h"
#include "inventory/stockservice.h"
#include "secrets/secretstore.h"
#include "sync/stockx/stockxendpoints.h"

#include <memory>

namespace sf {

// Everything the user interface works with, built once by the app (the composition root) and handed
// down; no singletons.
struct AppContext {
    std::unique_ptr<ChangeNotifier> notifier; // first: the database points at it
    std::unique_ptr<Database> database;
    std::unique_ptr<DatabaseWorker> worker; // declared after the database: it goes first
    // On PostgreSQL: other operators' changes, fed into the notifier (after the database: goes first).
    std::unique_ptr<TeamListener> teamListener;
    // What the login may do (everything on SQLite); read at connect.
    TeamRole role;
    std::unique_ptr<StockService> stock;
    std::unique_ptr<SecretStore> secrets;
    QString language;
    StockXEndpoints stockxEndpoints;
    // Set when the keychain could not be read at start: passwords can be neither kept nor read.
    std::optional<Error> keychainProblem;
};

} // namespace sf

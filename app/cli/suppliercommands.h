#pragma once

#include "clicommands.h"

namespace sf {
class Database;
}

namespace sf::cli {

// supplier list, supplier show NAME, supplier performance [--month YYYY-MM]: the Suppliers page's figures,
// recomputed from stock and orders first.
bool isSupplierCommand(const QStringList &command);
int runSupplier(const Database &db, const Options &options);

} // namespace sf::cli

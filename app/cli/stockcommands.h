#pragma once

#include "clicommands.h"

namespace sf {
class Database;
}

namespace sf::cli {

// stock show ID, stock edit ID [--location L] [--notes N] [--status S] [--if-version V]: one pair read
// with its version, and one pair changed the way the Stock page's editor changes it. With --if-version
// (the version `stock show` printed) an edit over another operator's newer save is refused (exit 5).
bool isStockCommand(const QStringList &command);
int runStockCommand(const Database &db, const Options &options);

} // namespace sf::cli

#pragma once

#include "clicommands.h"

namespace sf {
class Database;
}

namespace sf::cli {

// report kpis, report sales, report dead-stock, and reprice --dry-run (the repricing plan).
bool isReportCommand(const QString &command);
int runReport(const Database &db, const QString &command, const Options &options);

} // namespace sf::cli

#pragma once

#include "clicommands.h"

namespace sf {
class Database;
}

namespace sf::cli {

// report kpis, report sales and report dead-stock.
bool isReportCommand(const QString &command);
int runReport(const Database &db, const QString &command, const Options &options);

} // namespace sf::cli

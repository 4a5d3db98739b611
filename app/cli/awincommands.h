#pragma once

#include "clicommands.h"

namespace sf {
class Database;
}

namespace sf::cli {

// sync awin [--feed ID]… [--file FEED.csv[.gz]] [--awin-url URL]: the Awin feeds that changed (or the
// given ones, or a file downloaded by hand) imported, matched and valued.
// opportunities [--min-profit N] [--min-margin P] [--brand B] [--max-price N] [--not-held] [--limit N]:
// the matched offers that pay most after StockX's fees.
bool isAwinCommand(const QStringList &command);
int runAwin(const Database &db, const Options &options);

} // namespace sf::cli

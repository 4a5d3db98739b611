#pragma once

#include "sync/stockx/stockxcredentials.h"
#include "sync/stockx/stockxendpoints.h"

#include <QStringList>

#include <optional>

namespace sf::cli {

enum ExitCode {
    ExitOk = 0,
    ExitFailed = 1,
    ExitUsage = 2,
    ExitDatabase = 3,
    ExitRowsRejected = 4,
    ExitStale = 5, // stock edit --if-version: another operator saved the pair since
    ExitBusy = 6,  // sync: another client is running the same sync
};

struct Options {
    QStringList command;
    QString database;
    QString items;
    QString seed;
    QStringList statuses;
    QString format;
    QString importFormat; // empty: detect from the file's header
    bool dryRun = false;
    QString preset;
    QString savePreset;
    QString search;
    QString since; // sync: first day of the order history (YYYY-MM-DD)
    QString from;  // reports: the period's first and last day (YYYY-MM-DD)
    QString to;
    QString marketplace;  // reports: one marketplace's slug
    QString brand;        // reports: one brand's name
    QString supplier;     // reports: one supplier's name
    QString groupBy;      // report sales: day, week, month, brand, product, marketplace or supplier
    QString minLevel;     // report dead-stock: hot, warm, cold, dead or critical
    QString month;        // supplier performance: one month (YYYY-MM)
    QString stockxApiUrl; // sync: any server that speaks StockX's API v2
    QString stockxAuthUrl;
    QStringList awinFeeds; // sync awin: these feed ids
    QString file;          // sync awin: a feed file downloaded by hand
    QString awinUrl;       // sync awin: any server that speaks Awin's product-data protocol
    QString minProfit;     // opportunities
    QString minMargin;
    QString maxPrice;
    QString limit;
    bool notHeld = false;
    std::optional<QString> location; // stock edit: set only when given
    std::optional<QString> notes;
    QString ifVersion;
};

int run(const Options &options);

// StockX as the options name it (--stockx-api-url, --stockx-auth-url), with the user's shared rate file.
StockXEndpoints stockXEndpoints(const Options &options);
// StockX credentials from SOLEFLIPPER_STOCKX_* when all four are set (cron, CI), else from the keychain.
Result<StockXCredentials> stockXCredentials();

} // namespace sf::cli

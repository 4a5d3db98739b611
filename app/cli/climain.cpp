// soleflipper-cli: the same database work as the app, for scripts and cron.
// Exit codes: 0 done, 1 failed (the message says why), 2 wrong usage, 3 database unavailable or too new,
// 4 an import or sync finished but rejected rows or records (listed with their reasons), 5 a stock edit
// refused because another operator saved the pair since its --if-version, 6 the sync runs elsewhere.
#include "apptranslator.h"
#include "clicommands.h"
#include "db/datafolder.h"
#include "imports/importformat.h"
#include "logcategories.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {
QString formatKeys()
{
    QStringList keys;
    for (const sf::ImportFormat &format : sf::ImportFormat::all())
        keys << format.key;
    return keys.join(u", "_s);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"SoleFlipper"_s);
    QCoreApplication::setApplicationName(u"SoleFlipper"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SF_VERSION));
    sf::installTranslator(app, qEnvironmentVariable("SOLEFLIPPER_LANG"));
    if (const sf::Status moved = sf::adoptLegacyDataFolder(); !moved)
        qCWarning(lcApp).noquote() << moved.error().message;

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate(
            "cli", "SoleFlipper command line.\n\nCommands:\n"
                   "  migrate                         create or update the database schema\n"
                   "  demo [--items N] [--seed S]     fill the database with realistic demo data\n"
                   "  stock list [--status S] [--format table|csv|json]   print the stock\n"
                   "  stock show ID [--format table|json]  one pair, with its version\n"
                   "  stock edit ID [--location L] [--notes N] [--status S] [--if-version V]\n"
                   "                                  change one pair; with --if-version it is saved only\n"
                   "                                  if nobody saved it since that version (else exit 5)\n"
                   "  import [--format F] [--preset P] [--save-preset P] [--dry-run] FILE\n"
                   "                                  import a CSV file (formats: %1)\n"
                   "  report kpis --from DATE --to DATE [FILTERS] [--format table|csv|json]\n"
                   "                                  what the period earned, and the stock now\n"
                   "  report sales --from DATE --to DATE --group-by day|week|month|brand|product|\n"
                   "               marketplace|supplier [FILTERS] [--format table|csv|json]\n"
                   "  report dead-stock [--min-level hot|warm|cold|dead|critical] [--brand B]\n"
                   "               [--supplier S] [--format table|csv|json]\n"
                   "                                  pairs on hand by risk, with market figures\n"
                   "                                  FILTERS: --marketplace M --brand B --supplier S\n"
                   "  reprice [--dry-run] [--format table|csv|json]\n"
                   "                                  reprice the pairs listed on StockX with the saved\n"
                   "                                  limits (largest drop and rise per day, never netting\n"
                   "                                  below cost + pricing.minimum_profit); without\n"
                   "                                  --dry-run it needs pricing.auto_reprice = on\n"
                   "  autolist [--dry-run] [--format table|csv|json]\n"
                   "                                  list on StockX the newest 100 pairs in stock that a\n"
                   "                                  switched-on auto-listing rule matches, at its ask\n"
                   "                                  and expiry; --dry-run only says which and why\n"
                   "  supplier list | show NAME | performance [--month YYYY-MM]\n"
                   "               [--format table|csv|json]\n"
                   "                                  suppliers with spend, sales, profit, ROI, sell-through,\n"
                   "                                  days to sell and returns, per supplier or month\n"
                   "  config get KEY | config set KEY VALUE\n"
                   "                                  settings kept in the database, e.g.\n"
                   "                                  dashboard.refresh_seconds (default 300)\n"
                   "  sync stockx orders [--since DATE] | listings | catalog\n"
                   "                                  fetch from StockX and store (credentials from\n"
                   "                                  the keychain or SOLEFLIPPER_STOCKX_API_KEY,\n"
                   "                                  _CLIENT_ID, _CLIENT_SECRET, _REFRESH_TOKEN)\n"
                   "  sync awin [--feed ID]... [--file FEED.csv[.gz]] [--awin-url URL]\n"
                   "                                  import the Awin feeds that changed since their last\n"
                   "                                  import (or the given ones, or a file), match them to\n"
                   "                                  the catalog and value them (key from the keychain\n"
                   "                                  or SOLEFLIPPER_AWIN_KEY)\n"
                   "  opportunities [--min-profit N] [--min-margin P] [--brand B] [--max-price N]\n"
                   "               [--not-held] [--limit N] [--format table|csv|json]\n"
                   "                                  Awin offers that pay most on StockX after its fees\n"
                   "  awin enrich [--limit N]         look up on StockX the EANs of in-stock Awin offers\n"
                   "                                  nothing in the catalog matches (default 500)")
            .arg(formatKeys()));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(
        u"database"_s,
        QCoreApplication::translate("cli", "SQLite file or postgresql:// URL (default: the app's database)."),
        u"location"_s);
    const QCommandLineOption items(u"items"_s,
                                   QCoreApplication::translate("cli", "Number of stock items for demo (default 1000)."),
                                   u"n"_s, u"1000"_s);
    const QCommandLineOption seed(u"seed"_s, QCoreApplication::translate("cli", "Random seed for demo (default 42)."),
                                  u"s"_s, u"42"_s);
    const QCommandLineOption status(
        u"status"_s, QCoreApplication::translate("cli", "Only items with this status (repeatable), e.g. in_stock."),
        u"status"_s);
    const QCommandLineOption format(
        u"format"_s,
        QCoreApplication::translate("cli",
                                    "stock list and reports: table, csv or json; import: the file's format (default: "
                                    "detected from its header)."),
        u"format"_s, u"table"_s);
    const QCommandLineOption dryRun(
        u"dry-run"_s,
        QCoreApplication::translate("cli", "import: check every row and report, store nothing; reprice and "
                                           "autolist: plan and report, change nothing."));
    const QCommandLineOption search(u"search"_s, QCoreApplication::translate("cli", "Only items matching this text."),
                                    u"text"_s);
    const QCommandLineOption preset(
        u"preset"_s,
        QCoreApplication::translate("cli", "import: read a purchases file with this saved column mapping."), u"name"_s);
    const QCommandLineOption savePreset(
        u"save-preset"_s,
        QCoreApplication::translate("cli",
                                    "import: save the column mapping used for a purchases file under this name."),
        u"name"_s);
    const QCommandLineOption since(
        u"since"_s, QCoreApplication::translate("cli", "sync stockx orders: the history from this day (YYYY-MM-DD)."),
        u"date"_s);
    const QCommandLineOption from(
        u"from"_s, QCoreApplication::translate("cli", "reports: the period's first day (YYYY-MM-DD)."), u"date"_s);
    const QCommandLineOption to(
        u"to"_s, QCoreApplication::translate("cli", "reports: the period's last day (YYYY-MM-DD)."), u"date"_s);
    const QCommandLineOption marketplace(
        u"marketplace"_s, QCoreApplication::translate("cli", "reports: only this marketplace (stockx, alias, …)."),
        u"slug"_s);
    const QCommandLineOption brand(u"brand"_s, QCoreApplication::translate("cli", "reports: only this brand."),
                                   u"name"_s);
    const QCommandLineOption supplier(u"supplier"_s, QCoreApplication::translate("cli", "reports: only this supplier."),
                                      u"name"_s);
    const QCommandLineOption groupBy(
        u"group-by"_s,
        QCoreApplication::translate("cli", "report sales: day, week, month, brand, product, marketplace or supplier."),
        u"group"_s);
    const QCommandLineOption minLevel(
        u"min-level"_s, QCoreApplication::translate("cli", "report dead-stock: only pairs at this level or worse."),
        u"level"_s);
    const QCommandLineOption month(
        u"month"_s, QCoreApplication::translate("cli", "supplier performance: only this month (YYYY-MM)."), u"month"_s);
    const QCommandLineOption stockxApiUrl(
        u"stockx-api-url"_s,
        QCoreApplication::translate("cli", "StockX API base URL (default https://api.stockx.com/v2)."), u"url"_s);
    const QCommandLineOption stockxAuthUrl(
        u"stockx-auth-url"_s,
        QCoreApplication::translate("cli", "StockX login server (default https://accounts.stockx.com)."), u"url"_s);
    const QCommandLineOption feed(
        u"feed"_s, QCoreApplication::translate("cli", "sync awin: this Awin feed id (repeatable)."), u"id"_s);
    const QCommandLineOption file(
        u"file"_s, QCoreApplication::translate("cli", "sync awin: import this feed file instead of downloading."),
        u"path"_s);
    const QCommandLineOption awinUrl(
        u"awin-url"_s,
        QCoreApplication::translate("cli", "Awin product-data base URL (default https://productdata.awin.com)."),
        u"url"_s);
    const QCommandLineOption minProfit(
        u"min-profit"_s, QCoreApplication::translate("cli", "opportunities: at least this profit (EUR)."), u"amount"_s);
    const QCommandLineOption minMargin(
        u"min-margin"_s, QCoreApplication::translate("cli", "opportunities: at least this margin (%)."), u"percent"_s);
    const QCommandLineOption maxPrice(
        u"max-price"_s, QCoreApplication::translate("cli", "opportunities: at most this buy price (EUR)."),
        u"amount"_s);
    const QCommandLineOption notHeld(
        u"not-held"_s, QCoreApplication::translate("cli", "opportunities: only sizes with no pair in stock."));
    const QCommandLineOption limit(
        u"limit"_s,
        QCoreApplication::translate("cli", "opportunities: at most this many rows (default 100); awin enrich: "
                                           "at most this many EANs (default 500)."),
        u"n"_s);
    const QCommandLineOption location(u"location"_s,
                                      QCoreApplication::translate("cli", "stock edit: the new location."), u"text"_s);
    const QCommandLineOption notes(u"notes"_s, QCoreApplication::translate("cli", "stock edit: the new notes."),
                                   u"text"_s);
    const QCommandLineOption ifVersion(
        u"if-version"_s,
        QCoreApplication::translate("cli", "stock edit: save only over this version (as stock show printed it)."),
        u"n"_s);
    parser.addOptions({database, items,      seed,      status,    format,       search,        dryRun,
                       preset,   savePreset, since,     from,      to,           marketplace,   brand,
                       supplier, groupBy,    minLevel,  month,     stockxApiUrl, stockxAuthUrl, feed,
                       file,     awinUrl,    minProfit, minMargin, maxPrice,     notHeld,       limit,
                       location, notes,      ifVersion});
    parser.addPositionalArgument(u"command"_s,
                                 QCoreApplication::translate("cli", "migrate, demo, stock list or import FILE"));

    QTextStream err(stderr);
    if (!parser.parse(QCoreApplication::arguments())) {
        err << parser.errorText() << Qt::endl;
        return sf::cli::ExitUsage;
    }
    if (parser.isSet(u"help"_s))
        parser.showHelp(0);
    if (parser.isSet(u"version"_s))
        parser.showVersion();

    sf::cli::Options options;
    options.command = parser.positionalArguments();
    options.database = parser.value(database);
    options.items = parser.value(items);
    options.seed = parser.value(seed);
    options.statuses = parser.values(status);
    options.format = parser.value(format);
    options.search = parser.value(search);
    options.importFormat = parser.isSet(format) ? parser.value(format) : QString();
    options.dryRun = parser.isSet(dryRun);
    options.preset = parser.value(preset);
    options.savePreset = parser.value(savePreset);
    options.since = parser.value(since);
    options.from = parser.value(from);
    options.to = parser.value(to);
    options.marketplace = parser.value(marketplace);
    options.brand = parser.value(brand);
    options.supplier = parser.value(supplier);
    options.groupBy = parser.value(groupBy);
    options.minLevel = parser.value(minLevel);
    options.month = parser.value(month);
    options.stockxApiUrl = parser.value(stockxApiUrl);
    options.stockxAuthUrl = parser.value(stockxAuthUrl);
    options.awinFeeds = parser.values(feed);
    options.file = parser.value(file);
    options.awinUrl = parser.value(awinUrl);
    options.minProfit = parser.value(minProfit);
    options.minMargin = parser.value(minMargin);
    options.maxPrice = parser.value(maxPrice);
    options.limit = parser.value(limit);
    options.notHeld = parser.isSet(notHeld);
    if (parser.isSet(location))
        options.location = parser.value(location);
    if (parser.isSet(notes))
        options.notes = parser.value(notes);
    options.ifVersion = parser.value(ifVersion);
    return sf::cli::run(options);
}

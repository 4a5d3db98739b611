#include "awinfixture.h"
#include "catchqt.h"
#include "fixtures.h"
#include "shopfixture.h"
#include "stockxfixture.h"
#include "testdatabase.h"

#include "analytics/kpirepository.h"
#include "db/migrator.h"
#include "inventory/stockrepository.h"
#include "inventory/stockservice.h"
#include "pricing/autolistingrulerepository.h"
#include "sales/listingrepository.h"
#include "suppliers/supplierrepository.h"
#include "sync/synclock.h"
#include "sync/syncrunrepository.h"

#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sf;
using namespace sf::test;
using namespace Qt::StringLiterals;

namespace {
struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(SF_CLI_PATH), arguments);
    REQUIRE(process.waitForFinished(180000));
    return Run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
               QString::fromUtf8(process.readAllStandardError())};
}

// The CLI talking to the in-process emulator on `database`; the emulator's event loop keeps turning
// while it waits.
Run cliAgainst(StockXFixture &fx, const QString &database, const QStringList &arguments,
               const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SF_CLI_PATH),
                  QStringList{u"--database"_s, database, u"--stockx-api-url"_s, fx.emulator.apiUrl(),
                              u"--stockx-auth-url"_s, fx.emulator.authUrl()} +
                      arguments);
    REQUIRE(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 120000));
    return Run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
               QString::fromUtf8(process.readAllStandardError())};
}

// The emulator's credentials in SOLEFLIPPER_STOCKX_*, as cron passes them; English messages.
QProcessEnvironment stockXEnvironment(StockXFixture &fx)
{
    const StockXCredentials credentials = fx.credentials();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"SOLEFLIPPER_STOCKX_API_KEY"_s, credentials.apiKey);
    environment.insert(u"SOLEFLIPPER_STOCKX_CLIENT_ID"_s, credentials.clientId);
    environment.insert(u"SOLEFLIPPER_STOCKX_CLIENT_SECRET"_s, credentials.clientSecret);
    environment.insert(u"SOLEFLIPPER_STOCKX_REFRESH_TOKEN"_s, credentials.refreshToken);
    environment.insert(u"SOLEFLIPPER_LANG"_s, u"en"_s);
    return environment;
}

QString postgresUrl()
{
    const auto pg = postgresConfig();
    return u"postgresql://"_s + pg->user + u'@' + pg->host + u':' + QString::number(pg->port) + u'/' +
           pg->databaseName + u"?sslmode=disable"_s;
}
} // namespace

TEST_CASE("CLI: migrate / demo / stock list in every format", "[cli]")
{
    QTemporaryDir dir;
    QStringList databases{dir.filePath(u"cli.sqlite"_s)};
    if (postgresConfig()) {
        TestDatabase reset(Backend::PostgreSQL, -1, false);
        REQUIRE(reset.error().isEmpty());
        databases << postgresUrl();
    }
    for (const QString &database : databases) {
        DYNAMIC_SECTION(database.left(10).toStdString())
        {
            Run run = cli({u"migrate"_s, u"--database"_s, database});
            INFO(run.err.toStdString());
            REQUIRE(run.code == 0);
            CHECK(run.out.contains(u"schema version %1"_s.arg(Migrator::latestVersion())));

            run = cli({u"demo"_s, u"--items"_s, u"120"_s, u"--seed"_s, u"5"_s, u"--database"_s, database});
            REQUIRE(run.code == 0);
            CHECK(run.out.contains(u"120 stock items"_s));

            run = cli({u"stock"_s, u"list"_s, u"--format"_s, u"json"_s, u"--database"_s, database});
            REQUIRE(run.code == 0);
            const QJsonArray all = QJsonDocument::fromJson(run.out.toUtf8()).array();
            CHECK(all.size() == 120);
            CHECK(all.first().toObject().contains(u"gross_price"_s));

            run = cli(
                {u"stock"_s, u"list"_s, u"--status"_s, u"sold"_s, u"--format"_s, u"csv"_s, u"--database"_s, database});
            REQUIRE(run.code == 0);
            const QStringList lines = run.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
            CHECK(lines.first().startsWith(u"id,sku,"_s));
            int sold = 0;
            for (const QJsonValue &v : all)
                sold += v.toObject().value(u"status"_s).toString() == u"sold"_s;
            CHECK(lines.size() == sold + 1);
            for (int i = 1; i < lines.size(); ++i)
                CHECK(lines.at(i).contains(u",sold,"_s));

            run = cli({u"stock"_s, u"list"_s, u"--database"_s, database});
            REQUIRE(run.code == 0);
            CHECK(run.out.startsWith(u"sku"_s));
        }
    }
}

TEST_CASE("CLI: demo data is deterministic", "[cli]")
{
    QTemporaryDir dir;
    QStringList outputs;
    for (const QString &name : {u"a.sqlite"_s, u"b.sqlite"_s}) {
        const QString db = dir.filePath(name);
        REQUIRE(cli({u"demo"_s, u"--items"_s, u"80"_s, u"--seed"_s, u"9"_s, u"--database"_s, db}).code == 0);
        const Run list = cli({u"stock"_s, u"list"_s, u"--format"_s, u"csv"_s, u"--database"_s, db});
        REQUIRE(list.code == 0);
        QStringList lines = list.out.split(u"\r\n"_s);
        for (QString &line : lines)
            line = line.section(u',', 0, 13); // up to the purchase date: days in stock depend on today
        outputs << lines.join(u'\n');
    }
    CHECK(outputs.at(0) == outputs.at(1));
}

TEST_CASE("CLI: exit codes a script can rely on", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"codes.sqlite"_s);
    CHECK(cli({}).code == 2);
    CHECK(cli({u"fly"_s, u"--database"_s, db}).code == 2);
    Run run = cli({u"stock"_s, u"list"_s, u"--status"_s, u"teleported"_s, u"--database"_s, db});
    CHECK(run.code == 2);
    CHECK(run.err.contains(u"in_stock"_s));
    CHECK(cli({u"stock"_s, u"list"_s, u"--format"_s, u"xml"_s, u"--database"_s, db}).code == 2);
    CHECK(cli({u"demo"_s, u"--items"_s, u"many"_s, u"--database"_s, db}).code == 2);
    run = cli({u"migrate"_s, u"--database"_s, u"postgresql://nobody@127.0.0.1:1/x"_s});
    CHECK(run.code == 3);
    CHECK(run.err.contains(u"Cannot open the database"_s));
    run = cli({u"migrate"_s, u"--database"_s, u"/proc/forbidden/x.sqlite"_s});
    CHECK(run.code == 3);
}

TEST_CASE("CLI: import reports every row and fails when rows were rejected", "[cli][imports]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"import.sqlite"_s);
    const QString data = QStringLiteral(SF_TEST_DATA_DIR "/imports/");
    Run run = cli({u"import"_s, u"--dry-run"_s, data + u"stockx_sales.csv"_s, u"--database"_s, db});
    CHECK(run.code == 0);
    CHECK(run.out.contains(u"Dry run"_s));
    run = cli({u"import"_s, data + u"stockx_sales.csv"_s, u"--database"_s, db});
    CHECK(run.code == 0);
    CHECK(run.out.contains(u"8 imported"_s));
    run = cli({u"import"_s, data + u"stockx_sales.csv"_s, u"--format"_s, u"stockx-sales"_s, u"--database"_s, db});
    CHECK(run.code == 0);
    CHECK(run.out.contains(u"8 duplicates skipped"_s));
    run = cli({u"import"_s, data + u"stockx_sales_broken.csv"_s, u"--database"_s, db});
    CHECK(run.code == 4);
    CHECK(run.out.contains(u"line 6: Sale Date"_s));
    run = cli({u"import"_s, data + u"stockx_sales.csv"_s, u"--format"_s, u"alias-sales"_s, u"--database"_s, db});
    CHECK(run.code == 1);
    CHECK(run.err.contains(u"ORDER_NUMBER"_s));
    CHECK(cli({u"import"_s, u"--database"_s, db}).code == 2);

    run = cli({u"import"_s, data + u"purchases_de.csv"_s, u"--save-preset"_s, u"Einkauf"_s, u"--database"_s, db});
    CHECK(run.code == 4);
    CHECK(run.out.contains(u"5 imported"_s));
    run = cli({u"import"_s, data + u"purchases_de.csv"_s, u"--preset"_s, u"Einkauf"_s, u"--database"_s, db});
    CHECK(run.out.contains(u"5 duplicates skipped"_s));
    run = cli({u"import"_s, data + u"purchases_de.csv"_s, u"--preset"_s, u"Unknown"_s, u"--database"_s, db});
    CHECK(run.code == 1);
    CHECK(run.err.contains(u"no import preset called \"Unknown\""_s));
}

TEST_CASE("CLI: imported account passwords go to the keychain and never into the database", "[cli][imports]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"accounts.sqlite"_s);
    const Run run =
        cli({u"import"_s, QStringLiteral(SF_TEST_DATA_DIR "/imports/supplier_accounts.csv"), u"--database"_s, db});
    CHECK(run.out.contains(u"3 imported"_s));
    if (qEnvironmentVariableIsSet("SF_TEST_KEYCHAIN")) {
        CHECK(run.code == 4); // one row has no valid email
        CHECK(run.out.contains(u"4 passwords were saved in the keychain"_s));
    } else {
        CHECK(run.code == 1);
        CHECK(run.err.contains(u"0 of 4 passwords were saved"_s));
    }
    for (const QString &file : QDir(dir.path()).entryList(QDir::Files)) {
        QFile bytes(dir.filePath(file));
        REQUIRE(bytes.open(QIODevice::ReadOnly));
        CHECK(!bytes.readAll().contains("s3cret-Pa55!"));
    }
}

TEST_CASE("GUI renders a screenshot offscreen", "[cli][gui]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"shot.sqlite"_s);
    REQUIRE(cli({u"demo"_s, u"--items"_s, u"60"_s, u"--database"_s, db}).code == 0);
    QProcess gui;
    gui.start(QStringLiteral(SF_GUI_PATH), {u"--database"_s, db, u"--screenshot"_s, dir.filePath(u"shot.png"_s)});
    REQUIRE(gui.waitForFinished(60000));
    INFO(gui.readAllStandardError().toStdString());
    CHECK(gui.exitCode() == 0);
    QImage image(dir.filePath(u"shot.png"_s));
    CHECK(image.width() >= 1000);
}

TEST_CASE("CLI: sync stockx with credentials from the environment against any server", "[cli][stockx]")
{
    QTemporaryDir dir;
    QString database = dir.filePath(u"sync.db"_s);
    StockXFixture fx;
    fx.emulator.market().seed(140, 12, fx.emulator.now());
    const auto syncRun = [&](const QStringList &arguments, const QProcessEnvironment &environment) {
        return cliAgainst(fx, database, arguments, environment);
    };
    QProcessEnvironment environment = stockXEnvironment(fx);

    const Run orders = syncRun({u"sync"_s, u"stockx"_s, u"orders"_s, u"--since"_s, u"2020-01-01"_s}, environment);
    CHECK(orders.code == 0);
    CHECK(orders.out.contains(u"Finished: 140 new"_s));
    const Run listings = syncRun({u"sync"_s, u"stockx"_s, u"listings"_s}, environment);
    CHECK(listings.code == 0);
    CHECK(listings.out.contains(u"Finished: 12 new"_s));
    // The CLI keeps StockX's real 1 request/s limit, so the catalog job gets a database of two products.
    TestDatabase small(Backend::SQLite);
    makeProduct(small.db(), fx.emulator.catalog().products().at(5).styleId, u"Known"_s);
    makeProduct(small.db(), u"ZZ0000-000"_s, u"Unknown"_s);
    database = small.sqlitePath();
    const Run catalog = syncRun({u"sync"_s, u"stockx"_s, u"catalog"_s}, environment);
    CHECK(catalog.code == 4); // the product StockX does not know, as an import with rejected rows
    CHECK(catalog.out.contains(u"Finished: 1 new, 0 changed, 0 unchanged, 1 rejected."_s));

    environment.insert(u"SOLEFLIPPER_STOCKX_REFRESH_TOKEN"_s, u"revoked"_s);
    const Run refused = syncRun({u"sync"_s, u"stockx"_s, u"orders"_s}, environment);
    CHECK(refused.code == 1);
    CHECK(refused.out.contains(u"Connect StockX again in Settings"_s));
    const Run badDate = syncRun({u"sync"_s, u"stockx"_s, u"orders"_s, u"--since"_s, u"yesterday"_s}, environment);
    CHECK(badDate.code == 2);
}

TEST_CASE("CLI: report kpis, sales and dead-stock print the repositories' figures, bad options are usage errors",
          "[cli]")
{
    QTemporaryDir dir;
    const QString database = dir.filePath(u"kpis.sqlite"_s);
    Run demo = cli({u"demo"_s, u"--items"_s, u"400"_s, u"--database"_s, database});
    INFO(demo.err.toStdString());
    REQUIRE(demo.code == 0);
    const QString from = QDate::currentDate().addDays(-90).toString(Qt::ISODate);
    const QString to = QDate::currentDate().toString(Qt::ISODate);
    Run report = cli({u"report"_s, u"kpis"_s, u"--from"_s, from, u"--to"_s, to, u"--marketplace"_s, u"stockx"_s,
                      u"--format"_s, u"json"_s, u"--database"_s, database});
    INFO(report.err.toStdString());
    REQUIRE(report.code == 0);
    const QJsonObject json = QJsonDocument::fromJson(report.out.toUtf8()).object();

    const Database db(DatabaseConfig::fromString(database).value());
    REQUIRE(db.open());
    KpiQuery query;
    query.from = QDate::fromString(from, Qt::ISODate);
    query.to = QDate::fromString(to, Qt::ISODate);
    query.marketplaceSlug = u"stockx"_s;
    const Kpis expected = KpiRepository(db).compute(query).value();
    REQUIRE(expected.pairsSold > 0);
    CHECK(json.value(u"pairs_sold"_s).toString() == QString::number(expected.pairsSold));
    CHECK(json.value(u"revenue"_s).toString() == expected.revenue.toDecimalString());
    CHECK(json.value(u"net_profit"_s).toString() == expected.netProfit.toDecimalString());
    CHECK(json.value(u"payouts_pending"_s).toString() == expected.payoutsPending.toDecimalString());
    CHECK(json.value(u"stock_cost_net"_s).toString() == expected.stockCostNet.toDecimalString());
    CHECK(json.value(u"stock_at_lowest_ask"_s).toString() == expected.stockAtAsk.toDecimalString());
    CHECK(json.value(u"unrealised_gain"_s).toString() == expected.unrealisedGain.toDecimalString());

    // report sales: the brand groups add up to the period's revenue; one brand's filter gives its row.
    Run sales = cli({u"report"_s, u"sales"_s, u"--from"_s, from, u"--to"_s, to, u"--marketplace"_s, u"stockx"_s,
                     u"--group-by"_s, u"brand"_s, u"--format"_s, u"json"_s, u"--database"_s, database});
    INFO(sales.err.toStdString());
    REQUIRE(sales.code == 0);
    const QJsonArray brands = QJsonDocument::fromJson(sales.out.toUtf8()).array();
    REQUIRE(brands.size() > 3);
    Money revenue(0, u"EUR"_s);
    for (const QJsonValue &row : brands)
        revenue += *Money::parse(row.toObject().value(u"revenue"_s).toString(), u"EUR"_s);
    CHECK(revenue == expected.revenue);
    const QString topBrand = brands.at(0).toObject().value(u"group"_s).toString();
    Run oneBrand = cli({u"report"_s, u"kpis"_s, u"--from"_s, from, u"--to"_s, to, u"--marketplace"_s, u"stockx"_s,
                        u"--brand"_s, topBrand, u"--format"_s, u"json"_s, u"--database"_s, database});
    REQUIRE(oneBrand.code == 0);
    CHECK(QJsonDocument::fromJson(oneBrand.out.toUtf8()).object().value(u"net_profit"_s).toString() ==
          brands.at(0).toObject().value(u"net_profit"_s).toString());
    Run months = cli({u"report"_s, u"sales"_s, u"--from"_s, from, u"--to"_s, to, u"--group-by"_s, u"month"_s,
                      u"--format"_s, u"csv"_s, u"--database"_s, database});
    CHECK(months.code == 0);
    CHECK(months.out.startsWith(u"group,pairs,revenue,net_proceeds,cost,net_profit,roi_percent\r\n"_s));
    CHECK(months.out.count(u"\r\n"_s) >= 4); // the header and three or four months
    Run badGroup = cli({u"report"_s, u"sales"_s, u"--from"_s, from, u"--to"_s, to, u"--group-by"_s, u"colour"_s,
                        u"--database"_s, database});
    CHECK(badGroup.code == 2);
    Run unknownBrand = cli({u"report"_s, u"kpis"_s, u"--from"_s, from, u"--to"_s, to, u"--brand"_s, u"Nikey"_s,
                            u"--database"_s, database});
    CHECK(unknownBrand.code == 2);
    CHECK(unknownBrand.err.contains(u"Nikey"_s));

    // report dead-stock: every pair on hand once; --min-level keeps the worse ones.
    Run dead = cli({u"report"_s, u"dead-stock"_s, u"--format"_s, u"json"_s, u"--database"_s, database});
    REQUIRE(dead.code == 0);
    const QJsonArray pairs = QJsonDocument::fromJson(dead.out.toUtf8()).array();
    qint64 quantity = 0;
    for (const QJsonValue &row : pairs)
        quantity += row.toObject().value(u"quantity"_s).toString().toLongLong();
    CHECK(quantity == expected.pairsOnHand);
    Run critical = cli({u"report"_s, u"dead-stock"_s, u"--min-level"_s, u"critical"_s, u"--format"_s, u"json"_s,
                        u"--database"_s, database});
    REQUIRE(critical.code == 0);
    const QJsonArray worst = QJsonDocument::fromJson(critical.out.toUtf8()).array();
    CHECK(worst.size() < pairs.size());
    for (const QJsonValue &row : worst)
        CHECK(row.toObject().value(u"level"_s).toString() == u"critical"_s);
    db.releaseThreadConnection();

    Run table = cli({u"report"_s, u"kpis"_s, u"--from"_s, from, u"--to"_s, to, u"--database"_s, database});
    CHECK(table.code == 0);
    CHECK(table.out.contains(u"net_proceeds"_s));
    Run backwards = cli({u"report"_s, u"kpis"_s, u"--from"_s, to, u"--to"_s, from, u"--database"_s, database});
    CHECK(backwards.code == 2);
    CHECK(backwards.err.contains(u"--from"_s));
}

TEST_CASE("CLI: config set and get keep a setting in the database, a missing key fails, a short command is a usage "
          "error",
          "[cli]")
{
    QTemporaryDir dir;
    const QString database = dir.filePath(u"config.sqlite"_s);
    CHECK(cli({u"config"_s, u"set"_s, u"dashboard.refresh_seconds"_s, u"60"_s, u"--database"_s, database}).code == 0);
    const Run got = cli({u"config"_s, u"get"_s, u"dashboard.refresh_seconds"_s, u"--database"_s, database});
    CHECK(got.code == 0);
    CHECK(got.out.trimmed() == u"60"_s);
    CHECK(cli({u"config"_s, u"set"_s, u"dashboard.refresh_seconds"_s, u"90"_s, u"--database"_s, database}).code == 0);
    CHECK(cli({u"config"_s, u"get"_s, u"dashboard.refresh_seconds"_s, u"--database"_s, database}).out.trimmed() ==
          u"90"_s);
    const Run missing = cli({u"config"_s, u"get"_s, u"nothing"_s, u"--database"_s, database});
    CHECK(missing.code == 1);
    CHECK(missing.err.contains(u"nothing"_s));
    CHECK(cli({u"config"_s, u"set"_s, u"x"_s, u"--database"_s, database}).code == 2);
}

TEST_CASE("CLI: reprice plans with --dry-run, refuses while auto-repricing is off, and changes StockX when it is on",
          "[cli][stockx][pricing]")
{
    StockXFixture fx;
    TestDatabase shop(Backend::SQLite);
    const QList<ListingId> listings = fx.listPairs(shop.db(), 2, 1000);
    const QProcessEnvironment environment = stockXEnvironment(fx);
    const auto reprice = [&](const QStringList &arguments) {
        return cliAgainst(fx, shop.sqlitePath(), arguments, environment);
    };
    const auto remoteAmounts = [&] {
        QList<qint64> amounts;
        for (const ListingId &id : listings)
            amounts.append(
                fx.emulator.market().listing(ListingRepository(shop.db()).get(id).value()->externalId)->amount);
        return amounts;
    };

    const Run refused = reprice({u"reprice"_s});
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(u"switched off"_s));
    const Run plan = reprice({u"reprice"_s, u"--dry-run"_s, u"--format"_s, u"json"_s});
    INFO(plan.err.toStdString());
    REQUIRE(plan.code == 0);
    const QJsonArray planned = QJsonDocument::fromJson(plan.out.toUtf8()).array();
    REQUIRE(planned.size() == 2);
    for (const QJsonValue &row : planned) {
        CHECK(row[u"outcome"_s].toString() == u"planned"_s);
        CHECK(row[u"new_price"_s].toString() == u"950.00"_s);
    }
    CHECK(remoteAmounts() == QList<qint64>{100000, 100000});

    REQUIRE(cli({u"config"_s, u"set"_s, u"pricing.auto_reprice"_s, u"on"_s, u"--database"_s, shop.sqlitePath()}).code ==
            0);
    const Run live = reprice({u"reprice"_s, u"--format"_s, u"csv"_s});
    INFO(live.err.toStdString());
    CHECK(live.code == 0);
    CHECK(live.out.count(u",changed,"_s) == 2);
    CHECK(live.err.contains(u"2 changed"_s));
    CHECK(remoteAmounts() == QList<qint64>{95000, 95000});
}

TEST_CASE("CLI: autolist says with --dry-run which pairs the switched-on rules would list and why, then lists them",
          "[cli][stockx][pricing]")
{
    StockXFixture fx;
    TestDatabase shop(Backend::SQLite);
    const emu::EmuProduct &remote = fx.emulator.catalog().products().at(3);
    const Product product = makeProduct(shop.db(), remote.styleId, remote.title);
    for (int i = 0; i < 2; ++i)
        REQUIRE(StockRepository(shop.db()).create(
            makeItem(product.id, sizeId(shop.db(), u"US 10"_s), "119.00", QDate::currentDate().addDays(-20))));
    const QProcessEnvironment environment = stockXEnvironment(fx);
    const auto autolist = [&](const QStringList &arguments) {
        return cliAgainst(fx, shop.sqlitePath(), arguments, environment);
    };

    const Run off = autolist({u"autolist"_s, u"--dry-run"_s, u"--format"_s, u"json"_s});
    REQUIRE(off.code == 0);
    for (const QJsonValue &row : QJsonDocument::fromJson(off.out.toUtf8()).array())
        CHECK(row[u"outcome"_s].toString() == u"no_rule"_s); // the seeded rules start switched off

    const AutoListingRule rule = costPlusRule(u"Nike at cost plus 50 %"_s, u"Nike"_s, 5000, 10);
    REQUIRE(AutoListingRuleRepository(shop.db()).create(rule));
    const Run plan = autolist({u"autolist"_s, u"--dry-run"_s, u"--format"_s, u"json"_s});
    INFO(plan.err.toStdString());
    REQUIRE(plan.code == 0);
    const QJsonArray planned = QJsonDocument::fromJson(plan.out.toUtf8()).array();
    REQUIRE(planned.size() == 2);
    for (const QJsonValue &row : planned) {
        CHECK(row[u"outcome"_s].toString() == u"would_list"_s);
        CHECK(row[u"ask"_s].toString() == u"150.00"_s);
        CHECK(row[u"rule"_s].toString() == rule.name);
    }
    CHECK(fx.emulator.requests().isEmpty()); // a dry run asks StockX nothing

    const Run live = autolist({u"autolist"_s, u"--format"_s, u"csv"_s});
    INFO(live.err.toStdString());
    CHECK(live.code == 0);
    CHECK(live.out.count(u",listed,"_s) == 2);
    CHECK(live.err.contains(u"2 listed on StockX"_s));
    CHECK(rowCount(shop.db(), u"sales.listing"_s, u"WHERE status = 'active'"_s) == 2);
    const Run again = autolist({u"autolist"_s});
    CHECK(again.code == 0);
    CHECK(rowCount(shop.db(), u"sales.listing"_s, u"WHERE status = 'active'"_s) == 2); // nothing listed twice
}

TEST_CASE("CLI: supplier list, show and performance print the recomputed figures, a bad month is a usage error",
          "[cli][suppliers]")
{
    TestDatabase shop(Backend::SQLite);
    Database &db = shop.db();
    Supplier profile;
    profile.name = u"BSTN"_s;
    profile.returnDays = 14;
    profile.contactPerson = u"Jana Weber"_s;
    const SupplierId bstnId = SupplierRepository(db).create(profile).value().id;
    SalesShop bstn{db, makeProduct(db, u"DD1391-100"_s, u"Nike Dunk Low Panda"_s), sizeId(db, u"US 9"_s), bstnId, {}};
    const StockItem sold = bstn.pair("119.00", QDate(2026, 1, 10), ItemStatus::Sold);
    bstn.sell(sold, u"stockx"_s, u"A-1"_s, QDate(2026, 1, 24), "180.00", "15.00", "5.00", OrderStatus::Completed, true);
    bstn.pair("238.00", QDate(2026, 2, 5), ItemStatus::InStock);
    const QString database = shop.sqlitePath();

    const Run list = cli({u"supplier"_s, u"list"_s, u"--format"_s, u"json"_s, u"--database"_s, database});
    INFO(list.err.toStdString());
    REQUIRE(list.code == 0);
    const QJsonArray suppliers = QJsonDocument::fromJson(list.out.toUtf8()).array();
    REQUIRE(suppliers.size() == 1);
    CHECK(suppliers.at(0)[u"supplier"_s].toString() == u"BSTN"_s);
    CHECK(suppliers.at(0)[u"category"_s].toString() == u"sneaker_retailers"_s);
    CHECK(suppliers.at(0)[u"spend"_s].toString() == u"357.00"_s);
    CHECK(suppliers.at(0)[u"profit"_s].toString() == u"60.00"_s);
    CHECK(suppliers.at(0)[u"roi_percent"_s].toString() == u"60.00"_s);
    CHECK(suppliers.at(0)[u"sell_through_percent"_s].toString() == u"50.00"_s);

    const Run show = cli({u"supplier"_s, u"show"_s, u"bstn"_s, u"--format"_s, u"json"_s, u"--database"_s, database});
    REQUIRE(show.code == 0);
    const QJsonObject shown = QJsonDocument::fromJson(show.out.toUtf8()).object();
    CHECK(shown[u"supplier"_s][u"contact"_s].toString() == u"Jana Weber"_s);
    CHECK(shown[u"supplier"_s][u"return_days"_s].toString() == u"14"_s);
    CHECK(shown[u"months"_s].toArray().size() == 2);

    const Run january = cli({u"supplier"_s, u"performance"_s, u"--month"_s, u"2026-01"_s, u"--format"_s, u"csv"_s,
                             u"--database"_s, database});
    REQUIRE(january.code == 0);
    const QStringList lines = january.out.trimmed().split(u"\r\n"_s);
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(1).startsWith(u"BSTN,2026-01,1,1,119.00,"_s));

    CHECK(cli({u"supplier"_s, u"performance"_s, u"--month"_s, u"Jan"_s, u"--database"_s, database}).code == 2);
    CHECK(cli({u"supplier"_s, u"show"_s, u"Nobody"_s, u"--database"_s, database}).code == 2);
}

TEST_CASE("CLI: sync awin imports the changed feeds, a file and bad rows with their lines, opportunities prints "
          "the valued offers",
          "[cli][awin]")
{
    TestDatabase shop(Backend::SQLite);
    Database &db = shop.db();
    AwinFixture fx(36);
    using Gen = emu::AwinFeedGenerator;
    QStringList sizes;
    QStringList gtins;
    for (int s = 0; s < Gen::kSizesPerModel; ++s) {
        sizes << Gen::euSize(s);
        gtins << Gen::ean(1, s);
    }
    makeCatalogModel(db, u"JORDAN-1"_s, sizes, gtins, QList<qint64>(Gen::kSizesPerModel, 25000));
    const QString database = shop.sqlitePath();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"SOLEFLIPPER_LANG"_s, u"en"_s);
    const auto run = [&](const QStringList &arguments, const QProcessEnvironment &env) {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SF_CLI_PATH), QStringList{u"--database"_s, database} + arguments);
        REQUIRE(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 120000));
        return Run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                   QString::fromUtf8(process.readAllStandardError())};
    };

    const Run noKey = run({u"sync"_s, u"awin"_s, u"--awin-url"_s, fx.emulator.baseUrl()}, environment);
    CHECK(noKey.code == 1);
    QProcessEnvironment withKey = environment;
    withKey.insert(u"SOLEFLIPPER_AWIN_KEY"_s, fx.emulator.options().key);
    const Run first = run({u"sync"_s, u"awin"_s, u"--awin-url"_s, fx.emulator.baseUrl()}, withKey);
    INFO(first.err.toStdString());
    REQUIRE(first.code == 0);
    CHECK(first.out.contains(u"36 rows: 36 new"_s));
    CHECK(first.out.contains(u"18 offers matched"_s));
    const Run again = run({u"sync"_s, u"awin"_s, u"--awin-url"_s, fx.emulator.baseUrl()}, withKey);
    REQUIRE(again.code == 0);
    CHECK(again.out.contains(u"unchanged, skipped"_s));

    const Run opportunities =
        run({u"opportunities"_s, u"--min-profit"_s, u"40"_s, u"--format"_s, u"json"_s}, environment);
    REQUIRE(opportunities.code == 0);
    const QJsonArray rows = QJsonDocument::fromJson(opportunities.out.toUtf8()).array();
    REQUIRE_FALSE(rows.isEmpty());
    for (const QJsonValue &row : rows) {
        CHECK(row[u"stockx_price"_s].toString() == u"250.00"_s);
        CHECK(row[u"fees"_s].toString() == u"30.00"_s);
        CHECK(row[u"payout"_s].toString() == u"220.00"_s);
    }
    CHECK(run({u"opportunities"_s, u"--min-profit"_s, u"lots"_s}, environment).code == 2);

    // A file downloaded by hand, with bad rows: the rest is stored, the bad ones are named by line, exit 4.
    fx.emulator.setBadRowEvery(10);
    const auto path = fx.download();
    REQUIRE(path);
    const Run file = run({u"sync"_s, u"awin"_s, u"--file"_s, path.value()}, environment);
    QFile::remove(path.value());
    CHECK(file.code == 4);
    CHECK(file.out.contains(u"line 11: No aw_product_id"_s));
    CHECK(file.out.contains(u"line 21: The search_price \"EUR 1a9,00\" cannot be read."_s));
}

TEST_CASE("CLI: awin enrich looks up unmatched EANs on StockX and records the job", "[cli][awin][stockx]")
{
    TestDatabase shop(Backend::SQLite);
    Database &db = shop.db();
    AwinFixture awin(18);
    REQUIRE(awin.downloadAndImport(db));
    StockXFixture fx;
    const Run run =
        cliAgainst(fx, shop.sqlitePath(), {u"awin"_s, u"enrich"_s, u"--limit"_s, u"5"_s}, stockXEnvironment(fx));
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    CHECK(run.out.contains(u"completed: 5 EANs looked up, 0 found on StockX, 5 not there"_s));
    CHECK(rowCount(db, u"integration.awin_enrichment_jobs"_s, u"WHERE status = 'completed'"_s) == 1);
    CHECK(cli({u"awin"_s, u"enrich"_s, u"--limit"_s, u"none"_s, u"--database"_s, shop.sqlitePath()}).code == 2);
}

TEST_CASE("CLI: stock show prints a pair with its version, stock edit saves over that version and refuses an edit "
          "over a newer save with exit 5",
          "[cli][team]")
{
    TestDatabase test(Backend::SQLite);
    REQUIRE(test.error().isEmpty());
    const Product product = makeProduct(test.db(), u"DD1391-100"_s, u"Nike Dunk Low Panda"_s);
    const StockItem pair =
        StockService(test.db()).addItem(makeItem(product.id, sizeId(test.db(), u"42"_s), "99.00")).value();
    const QString database = test.sqlitePath();
    const QString id = pair.id.toString();

    Run shown = cli({u"stock"_s, u"show"_s, id, u"--format"_s, u"json"_s, u"--database"_s, database});
    REQUIRE(shown.code == 0);
    const QJsonObject json = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    CHECK(json.value(u"id"_s).toString() == id);
    CHECK(json.value(u"version"_s).toInt() == 1);
    CHECK(json.value(u"gross_purchase_price"_s).toString() == u"99.00"_s);

    Run saved = cli({u"stock"_s, u"edit"_s, id, u"--location"_s, u"Shelf B"_s, u"--notes"_s, u"box damaged"_s,
                     u"--if-version"_s, u"1"_s, u"--database"_s, database});
    CHECK(saved.code == 0);
    CHECK(saved.out.contains(u"version 2"_s));
    const StockItem stored = *StockRepository(test.db()).get(pair.id).value();
    CHECK(stored.location == u"Shelf B"_s);
    CHECK(stored.notes == u"box damaged"_s);

    // Another edit made on the copy read at version 1: refused, naming who saved since.
    Run stale =
        cli({u"stock"_s, u"edit"_s, id, u"--notes"_s, u"mine"_s, u"--if-version"_s, u"1"_s, u"--database"_s, database});
    CHECK(stale.code == 5);
    CHECK(stale.err.contains(u"This pair was changed by"_s));
    CHECK(StockRepository(test.db()).get(pair.id).value()->notes == u"box damaged"_s);

    CHECK(cli({u"stock"_s, u"edit"_s, id, u"--status"_s, u"sold"_s, u"--database"_s, database}).code == 0);
    const Run moved = cli({u"stock"_s, u"edit"_s, id, u"--status"_s, u"reserved"_s, u"--database"_s, database});
    CHECK(moved.code == 1); // a sold pair goes back on the shelf first
    CHECK(moved.err.contains(u"cannot become"_s));
    CHECK(cli({u"stock"_s, u"edit"_s, u"nonsense"_s, u"--database"_s, database}).code == 2);
    CHECK(cli({u"stock"_s, u"edit"_s, id, u"--if-version"_s, u"x"_s, u"--database"_s, database}).code == 2);
    CHECK(cli({u"stock"_s, u"show"_s, QUuid::createUuid().toString(QUuid::WithoutBraces), u"--database"_s, database})
              .code == 1);
}

TEST_CASE("CLI: a sync another client is running is not started, with exit 6 and who runs it", "[cli][team][stockx]")
{
    if (!postgresAvailable())
        return;
    TestDatabase test(Backend::PostgreSQL);
    REQUIRE(test.error().isEmpty());
    StockXFixture fx;
    SyncRun running;
    running.service = u"stockx"_s;
    running.job = u"orders"_s;
    running.startedAt = QDateTime::currentDateTimeUtc();
    test.db().setOperatorName(u"Ben"_s);
    REQUIRE(SyncRunRepository(test.db()).start(running));
    REQUIRE(SyncLock::acquire(test.db(), u"stockx"_s, u"orders"_s));
    const Run busy = cliAgainst(fx, postgresUrl(), {u"sync"_s, u"stockx"_s, u"orders"_s}, stockXEnvironment(fx));
    CHECK(busy.code == 6);
    CHECK(busy.err.contains(u"Ben is running the orders sync since"_s));
    REQUIRE(SyncLock::release(test.db(), u"stockx"_s, u"orders"_s));
}

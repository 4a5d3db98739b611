#include "catchqt.h"
#include "testdatabase.h"

#include "db/migrator.h"
#include "db/schemainspector.h"
#include "db/sqlquery.h"

using namespace sf;
using namespace sf::test;
using namespace Qt::StringLiterals;

namespace {
qint64 count(const Database &db, const QString &table)
{
    SqlQuery q(db, u"SELECT COUNT(*) FROM {{"_s + table + u"}}"_s);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.integer(0);
}

QList<Backend> backends()
{
    QList<Backend> list{Backend::SQLite};
    if (postgresConfig())
        list << Backend::PostgreSQL;
    else if (qEnvironmentVariable("CI") == u"true"_s)
        FAIL("CI=true but SF_TEST_PG_HOST is not set");
    return list;
}
} // namespace

TEST_CASE("Every table of the seed report exists on both dialects", "[db][migrations]")
{
    onEachBackend([](Database &db) {
        const auto tables = SchemaInspector(db).tables();
        REQUIRE(tables);
        const bool pg = db.dialect().isPostgres();
        const QStringList expected{u"catalog.brand"_s,
                                   u"catalog.brand_patterns"_s,
                                   u"catalog.category"_s,
                                   u"catalog.sizes"_s,
                                   u"catalog.product"_s,
                                   u"catalog.size_master"_s,
                                   u"catalog.product_variant"_s,
                                   u"inventory.stock"_s,
                                   u"supplier.profile"_s,
                                   u"supplier.account"_s,
                                   u"supplier.purchase_history"_s,
                                   u"platform.marketplace"_s,
                                   u"platform.marketplace_fee_structure"_s,
                                   u"sales.listing"_s,
                                   u"sales.order"_s,
                                   u"sales.pricing_history"_s,
                                   u"pricing.price_rules"_s,
                                   u"pricing.brand_multipliers"_s,
                                   u"pricing.price_history"_s,
                                   u"pricing.market_prices"_s,
                                   u"analytics.sales_forecasts"_s,
                                   u"analytics.forecast_accuracy"_s,
                                   u"analytics.demand_patterns"_s,
                                   u"analytics.pricing_kpis"_s,
                                   u"analytics.marketplace_data"_s,
                                   u"integration.import_batches"_s,
                                   u"integration.import_records"_s,
                                   u"integration.source_prices"_s,
                                   u"integration.awin_products"_s,
                                   u"integration.awin_enrichment_jobs"_s,
                                   u"logging.system_logs"_s,
                                   u"logging.stockx_presale_markings"_s,
                                   u"logging.event_store"_s,
                                   u"core.system_config"_s,
                                   u"core.supplier_performance"_s};
        for (const QString &table : expected) {
            const QString name = pg ? table : QString(table).replace(u'.', u'_');
            INFO(name.toStdString());
            CHECK(tables.value().contains(name));
        }
        // financial.transaction is deprecated and deliberately absent; there is no login table.
        CHECK_FALSE(tables.value().contains(pg ? u"financial.transaction"_s : u"financial_transaction"_s));
        CHECK(tables.value().filter(u"auth"_s).isEmpty());
    });
}

TEST_CASE("Seed data: marketplaces / StockX fees / sizes / brands", "[db][migrations]")
{
    onEachBackend([](Database &db) {
        CHECK(count(db, u"platform.marketplace"_s) == 9);
        CHECK(count(db, u"catalog.size_master"_s) == 36);
        CHECK(count(db, u"catalog.brand"_s) >= 10);
        SqlQuery q(db, u"SELECT f.seller_level, f.fee_value, f.minimum_fee FROM "
                       u"{{platform.marketplace_fee_structure}} f "
                       "JOIN {{platform.marketplace}} m ON m.id = f.marketplace_id WHERE m.slug = 'stockx' "
                       "AND f.fee_type = 'transaction' ORDER BY f.seller_level"_s);
        REQUIRE(q.exec());
        QStringList levels;
        while (q.next())
            levels << q.string(0) + u':' + Money::parse(q.string(1), {})->toDecimalString() + u':' +
                          q.money(2, u"EUR"_s)->toDecimalString();
        CHECK(levels ==
              QStringList{u"1:9.00:5.00"_s, u"2:8.50:5.00"_s, u"3:8.00:5.00"_s, u"4:7.50:5.00"_s, u"5:7.00:5.00"_s});
        SqlQuery men(db, u"SELECT eu_size, uk_size, cm_size, kr_size FROM {{catalog.size_master}} "
                         "WHERE gender = 'men' AND us_size = 9"_s);
        REQUIRE(men.exec());
        REQUIRE(men.next());
        CHECK(men.real(0) == 42.5);
        CHECK(men.real(1) == 8.0);
        CHECK(men.real(2) == 27.5);
        CHECK(men.real(3) == 275.0);
    });
}

TEST_CASE("Constraints reject bad rows", "[db][migrations]")
{
    onEachBackend([](Database &db) {
        auto fails = [&](const QString &sql) {
            SqlQuery q(db, sql);
            return !q.exec().ok();
        };
        CHECK(fails(u"INSERT INTO {{platform.marketplace}} (id, name, slug, fee_percentage) VALUES "
                    "('11111111-1111-4111-8111-111111111111', 'X', 'x', 150)"_s));
        CHECK(fails(u"INSERT INTO {{catalog.sizes}} (id, value, region) VALUES "
                    "('11111111-1111-4111-8111-111111111112', '9', 'MARS')"_s));
        CHECK(fails(u"INSERT INTO {{inventory.stock}} (id, product_id, size_id) VALUES "
                    "('11111111-1111-4111-8111-111111111113', '11111111-1111-4111-8111-000000000000', "
                    "'11111111-1111-4111-8111-000000000000')"_s)); // foreign keys
        CHECK(fails(u"INSERT INTO {{platform.marketplace}} (id, name, slug) VALUES "
                    "('11111111-1111-4111-8111-111111111114', 'StockX', 'stockx2')"_s)); // unique name
    });
}

TEST_CASE("An incrementally migrated database equals a fresh one", "[db][migrations]")
{
    for (Backend backend : backends()) {
        DYNAMIC_SECTION((backend == Backend::SQLite ? "sqlite" : "postgresql"))
        {
            QStringList stepwise;
            {
                TestDatabase db(backend, 1);
                REQUIRE(db.error().isEmpty());
                CHECK(Migrator(db.db()).currentVersion().value() == 1);
                const auto reached = Migrator(db.db()).migrate();
                REQUIRE(reached);
                CHECK(reached.value() == Migrator::latestVersion());
                stepwise = SchemaInspector(db.db()).describe().value();
            }
            TestDatabase fresh(backend);
            REQUIRE(fresh.error().isEmpty());
            const QStringList direct = SchemaInspector(fresh.db()).describe().value();
            CHECK(direct.size() > 200);
            CHECK(stepwise == direct);
            // Running the migrator again changes nothing.
            CHECK(Migrator(fresh.db()).migrate().value() == Migrator::latestVersion());
            CHECK(SchemaInspector(fresh.db()).describe().value() == direct);
        }
    }
}

TEST_CASE("A database newer than the app is refused untouched", "[db][migrations]")
{
    onEachBackend([](Database &db) {
        SqlQuery bump(
            db, u"INSERT INTO {{core.schema_version}} (version, name, applied_at) VALUES (999, 'future', {{now}})"_s);
        REQUIRE(bump.exec());
        const auto result = Migrator(db).migrate();
        REQUIRE_FALSE(result);
        CHECK(result.error().code == u"db.too_new"_s);
        CHECK(result.error().message.contains(u"999"_s));
        CHECK(Migrator(db).currentVersion().value() == 999);
    });
}

TEST_CASE("A failing migration leaves the database at the previous version", "[db][migrations]")
{
    TestDatabase test(Backend::SQLite, 1);
    REQUIRE(test.error().isEmpty());
    // Occupy a name migration 2 needs, so its first insert fails.
    SqlQuery block(test.db(), u"INSERT INTO {{platform.marketplace}} (id, name, slug) VALUES "
                              "('99999999-9999-4999-8999-999999999999', 'StockX', 'taken')"_s);
    REQUIRE(block.exec());
    const auto result = Migrator(test.db()).migrate();
    REQUIRE_FALSE(result);
    CHECK(result.error().code == u"db.migration"_s);
    CHECK(Migrator(test.db()).currentVersion().value() == 1);
    CHECK(count(test.db(), u"catalog.size_master"_s) == 0);
}

TEST_CASE("Database addresses from --database", "[db][config]")
{
    const auto sqlite = DatabaseConfig::fromString(u"/tmp/x/stock.sqlite"_s);
    REQUIRE(sqlite);
    CHECK(sqlite.value().kind == DatabaseConfig::Kind::SQLite);
    const auto pg = DatabaseConfig::fromString(u"postgresql://anna:secret@db.local:6543/resell?sslmode=require"_s);
    REQUIRE(pg);
    CHECK(pg.value().kind == DatabaseConfig::Kind::PostgreSQL);
    CHECK(pg.value().host == u"db.local"_s);
    CHECK(pg.value().port == 6543);
    CHECK(pg.value().user == u"anna"_s);
    CHECK(pg.value().password == u"secret"_s);
    CHECK(pg.value().databaseName == u"resell"_s);
    CHECK(pg.value().sslMode == u"require"_s);
    CHECK_FALSE(pg.value().displayString().contains(u"secret"_s));
    CHECK_FALSE(DatabaseConfig::fromString(u"postgresql://h/db?sslmode=maybe"_s));
    // Without an sslmode, a server on another machine is reached encrypted or not at all.
    CHECK(DatabaseConfig::fromString(u"postgresql://anna@db.example.com/resell"_s).value().effectiveSslMode() ==
          u"require"_s);
    CHECK(DatabaseConfig::fromString(u"postgresql://anna@10.0.0.8/resell"_s).value().effectiveSslMode() ==
          u"require"_s);
    CHECK(DatabaseConfig::fromString(u"postgresql://anna@127.0.0.1/resell"_s).value().effectiveSslMode() ==
          u"prefer"_s);
    CHECK(DatabaseConfig::fromString(u"postgresql://anna@localhost/resell"_s).value().effectiveSslMode() ==
          u"prefer"_s);
    CHECK(DatabaseConfig::fromString(u"postgresql://anna@db.example.com/resell?sslmode=disable"_s)
              .value()
              .effectiveSslMode() == u"disable"_s);
    CHECK_FALSE(DatabaseConfig::fromString(u""_s));
}

TEST_CASE("An unreachable PostgreSQL server is a clear error", "[db][config]")
{
    const DatabaseConfig config = DatabaseConfig::fromString(u"postgresql://nobody@127.0.0.1:1/none"_s).value();
    Database db(config);
    const Status status = db.open();
    REQUIRE_FALSE(status);
    CHECK(status.error().message.contains(u"Cannot open the database"_s));
    CHECK(status.error().context.contains(u"127.0.0.1:1"_s));
}

TEST_CASE("A dropped PostgreSQL connection is reported and the next call reconnects", "[db][config]")
{
    if (!postgresAvailable())
        return;
    TestDatabase test(Backend::PostgreSQL);
    REQUIRE(test.error().isEmpty());
    Database &db = test.db();
    SqlQuery pid(db, u"SELECT pg_backend_pid()"_s);
    REQUIRE(pid.exec());
    REQUIRE(pid.next());
    const qint64 backend = pid.integer(0);

    Database admin(*postgresConfig());
    REQUIRE(admin.open());
    SqlQuery kill(admin, u"SELECT pg_terminate_backend(:pid)"_s);
    kill.bind(u":pid"_s, backend);
    REQUIRE(kill.exec());

    SqlQuery afterDrop(db, u"SELECT COUNT(*) FROM {{platform.marketplace}}"_s);
    const Status lost = afterDrop.exec();
    REQUIRE_FALSE(lost);
    CHECK(lost.error().code == u"db.connection_lost"_s);
    CHECK(lost.error().message.contains(u"try again"_s));

    SqlQuery retry(db, u"SELECT COUNT(*) FROM {{platform.marketplace}}"_s);
    REQUIRE(retry.exec());
    REQUIRE(retry.next());
    CHECK(retry.integer(0) == 9);
}

#include "catchqt.h"
#include "fixtures.h"
#include "testdatabase.h"

#include "db/multirowinsert.h"
#include "db/sqlquery.h"
#include "db/statisticsrefresh.h"
#include "db/transaction.h"
#include "domain/ids.h"

#include <QSet>

using namespace sf;
using namespace sf::test;
using namespace Qt::StringLiterals;

TEST_CASE("Row ids are version 7 UUIDs that sort in the order they were made", "[domain][ids]")
{
    QSet<QString> seen;
    QString previous;
    for (int i = 0; i < 20000; ++i) {
        const QString id = StockItemId::create().toString();
        REQUIRE(id.size() == 36);
        CHECK(id.at(14) == u'7');
        CHECK(QStringView(u"89ab").contains(id.at(19)));
        CHECK(id > previous); // also within one millisecond
        seen.insert(id);
        previous = id;
    }
    CHECK(seen.size() == 20000);
}

TEST_CASE("Multi-row inserts store every row once", "[db]")
{
    onEachBackend([](Database &db) {
        REQUIRE(execStatement(db, u"CREATE TABLE {{core.multirow_probe}} (n INTEGER NOT NULL UNIQUE, label TEXT, "
                                  "price {{money}}, created_at {{ts}} NOT NULL DEFAULT {{now}})"_s));
        const MultiRowInsert insert(db, u"{{core.multirow_probe}} (n, label, price, created_at)"_s,
                                    u":n, :label, :price, {{now}}"_s, 50);
        const auto bindRow = [](MultiRowInsert::Row &row, qsizetype i) {
            row.bind(u":n"_s, qint64(i))
                .bind(u":label"_s, i % 10 == 0 ? QString() : u"row %1"_s.arg(i))
                .bind(u":price"_s, Money(1999 + i, u"EUR"_s));
        };
        REQUIRE(insert.run(123, bindRow)); // two full groups and one of 23

        SqlQuery q(db, u"SELECT COUNT(*), SUM(n), COUNT(label), MAX(label) FROM {{core.multirow_probe}}"_s);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        CHECK(q.integer(0) == 123);
        CHECK(q.integer(1) == 122 * 123 / 2);
        CHECK(q.integer(2) == 123 - 13);
        CHECK(q.string(3) == u"row 99"_s);
        SqlQuery price(db, u"SELECT price FROM {{core.multirow_probe}} WHERE n = 122"_s);
        REQUIRE(price.exec());
        REQUIRE(price.next());
        CHECK(price.money(0, u"EUR"_s) == Money(2121, u"EUR"_s));

        // A refused row fails its statement; nothing of that group is stored.
        const auto again = insert.run(1, bindRow);
        REQUIRE_FALSE(again);
        SqlQuery total(db, u"SELECT COUNT(*) FROM {{core.multirow_probe}}"_s);
        REQUIRE(total.exec());
        REQUIRE(total.next());
        CHECK(total.integer(0) == 123);
    });
}

TEST_CASE("Statistics are refreshed on PostgreSQL as a job's tables grow", "[db][postgres]")
{
    if (!postgresAvailable())
        return;
    TestDatabase test(Backend::PostgreSQL);
    REQUIRE(test.error().isEmpty());
    Database &db = test.db();
    const auto analyzed = [&db] {
        // reltuples is -1 until the table was first analyzed or vacuumed.
        SqlQuery q(db, u"SELECT c.reltuples FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                       "WHERE n.nspname = 'sales' AND c.relname = 'order'"_s);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.real(0) >= 0;
    };
    StatisticsRefresh statistics(db, {u"{{sales.order}}"_s});
    statistics.rowsStored(499);
    CHECK_FALSE(analyzed());
    statistics.rowsStored(500);
    CHECK(analyzed());
}

TEST_CASE("Statistics are refreshed on SQLite as a job's tables grow", "[db]")
{
    TestDatabase test(Backend::SQLite);
    REQUIRE(test.error().isEmpty());
    Database &db = test.db();
    const auto analyzed = [&db](const char *table) {
        SqlQuery q(db, u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'sqlite_stat1'"_s);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        if (q.integer(0) == 0)
            return false;
        SqlQuery stat(db, u"SELECT COUNT(*) FROM sqlite_stat1 WHERE tbl = :table"_s);
        stat.bind(u":table"_s, QString::fromLatin1(table));
        REQUIRE(stat.exec());
        REQUIRE(stat.next());
        return stat.integer(0) > 0;
    };
    makeProduct(db, u"DD1391-100"_s, u"Nike Dunk Low Panda"_s); // a table with rows gets statistics
    StatisticsRefresh statistics(db, {u"{{catalog.product}}"_s, u"{{catalog.brand}}"_s});
    statistics.rowsStored(499);
    CHECK_FALSE(analyzed("catalog_product"));
    statistics.rowsStored(500);
    CHECK(analyzed("catalog_product"));
    CHECK(analyzed("catalog_brand"));
}

TEST_CASE("Transactions: a rollback that fails is reported by the next transaction, not lost", "[db]")
{
    onEachBackend([](Database &db) {
        if (db.dialect().isPostgres())
            return; // PostgreSQL answers a ROLLBACK without a transaction with a warning, not an error
        {
            Transaction tx(db);
            REQUIRE(tx.begin());
            // A step ends the transaction behind its back: the rollback at scope end has nothing to undo.
            REQUIRE(execStatement(db, u"COMMIT"_s));
        }
        Transaction next(db);
        REQUIRE_FALSE(next.begin());
        CHECK(next.begin().error().message.contains(u"could not be undone"_s));
        Transaction after(db);
        CHECK(after.begin());
        REQUIRE(after.commit());
    });
}

TEST_CASE("A column compared with an indexed expression keeps SQLite on the index", "[db]")
{
    CHECK(Dialect(Dialect::Kind::SQLite).render(u"k = {{no_affinity:a.style_code}}"_s) == u"k = +a.style_code"_s);
    CHECK(Dialect(Dialect::Kind::PostgreSQL).render(u"k = {{no_affinity:a.style_code}}"_s) == u"k = a.style_code"_s);

    TestDatabase test(Backend::SQLite);
    const auto plan = [&](const QString &column) {
        SqlQuery q(test.db(), u"EXPLAIN QUERY PLAN SELECT 1 FROM {{integration.awin_products}} a WHERE EXISTS "
                              "(SELECT 1 FROM {{catalog.product}} p{{indexed_by:idx_product_style_key}} WHERE "
                              "UPPER(REPLACE(REPLACE(p.sku, '.', '-'), ' ', '-')) = "_s +
                                  column + u")"_s);
        REQUIRE(q.exec());
        QString text;
        while (q.next())
            text += q.string(3) + u'\n';
        return text;
    };
    // With the column's affinity SQLite scans the whole index for every offer (283 s at a million).
    CHECK(plan(u"a.style_code"_s).contains(u"SCAN p USING INDEX idx_product_style_key"_s));
    CHECK(plan(u"{{no_affinity:a.style_code}}"_s).contains(u"SEARCH p USING INDEX idx_product_style_key (<expr>=?)"_s));
}

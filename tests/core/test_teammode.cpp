// Team mode on PostgreSQL: two clients (two Database objects, each with its own connections, notifier
// and operator) on one database, as two operators' machines would be.
#include "catchqt.h"
#include "fixtures.h"
#include "importfixtures.h"
#include "stockxfixture.h"
#include "testdatabase.h"

#include "db/sqlquery.h"
#include "db/transaction.h"
#include "events/changenotifier.h"
#include "events/teamchannel.h"
#include "events/teamlistener.h"
#include "inventory/stockrepository.h"
#include "sync/stockx/stockxordersync.h"
#include "sync/synclock.h"
#include "sync/syncrunrepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace sf;
using namespace sf::test;
using namespace Qt::StringLiterals;

namespace {
// A second client of the test database, as another operator's machine.
struct Client {
    ChangeNotifier notifier;
    Database db;
    TeamListener listener{db, notifier};
    QSignalSpy changes{&notifier, &ChangeNotifier::changed};
    QSignalSpy listening{&listener, &TeamListener::listeningChanged};

    Client(const QString &operatorName)
        : db(*postgresConfig())
    {
        db.setChangeNotifier(&notifier);
        db.setOperatorName(operatorName);
        listener.setCheckInterval(100);
        listener.start();
    }
    // Whether the listener said `state` (since the signal number `since`) and is still in it.
    bool waitListening(bool state, qsizetype since = 0)
    {
        return QTest::qWaitFor([&] { return listening.size() > since && listening.last().first().toBool() == state; },
                               10000);
    }
    bool saidListening(bool state, qsizetype since) const
    {
        for (qsizetype i = since; i < listening.size(); ++i)
            if (listening.at(i).first().toBool() == state)
                return true;
        return false;
    }
    // Whether a change of `entity` naming `id` (or naming none: reload all) arrived since the spy was cleared.
    bool heard(Change::Entity entity, const QUuid &id) const
    {
        for (const QList<QVariant> &signal : changes) {
            const Change change = signal.first().value<Change>();
            if (change.entity == entity && (change.ids.contains(id) || (id.isNull() && change.ids.isEmpty())))
                return true;
        }
        return false;
    }
};

StockItemId addPair(const Database &db, const QString &sku)
{
    const Product product = makeProduct(db, sku, u"Nike Dunk Low "_s + sku);
    const auto created = StockRepository(db).create(makeItem(product.id, sizeId(db, u"42"_s), "99.00"));
    REQUIRE(created);
    return created.value().id;
}
} // namespace

TEST_CASE("Team channel: payloads merge per entity, stay under PostgreSQL's limit and read back", "[team]")
{
    const QUuid a = QUuid::createUuid(), b = QUuid::createUuid();
    const TeamMessage message{QUuid::createUuid(),
                              u"anna@shop"_s,
                              {{Change::Entity::StockItem, Change::Kind::Changed, {a}},
                               {Change::Entity::StockItem, Change::Kind::Changed, {b, a}},
                               {Change::Entity::Order, Change::Kind::Added, {}}}};
    const auto back = TeamChannel::decode(TeamChannel::encode(message));
    REQUIRE(back);
    CHECK(back->client == message.client);
    CHECK(back->operatorName == u"anna@shop"_s);
    REQUIRE(back->changes.size() == 2);
    CHECK(back->changes.at(0).ids == QList<QUuid>{a, b});
    CHECK(back->changes.at(1).entity == Change::Entity::Order);

    TeamMessage many{message.client, u"anna@shop"_s, {{Change::Entity::StockItem, Change::Kind::Changed, {}}}};
    for (int i = 0; i < 1000; ++i)
        many.changes.first().ids.append(QUuid::createUuid());
    const QByteArray payload = TeamChannel::encode(many);
    CHECK(payload.size() < 8000);
    CHECK(TeamChannel::decode(payload)->changes.first().ids.isEmpty()); // too many to name: reload all

    CHECK_FALSE(TeamChannel::decode("{\"client\": \"x\"}"));
    CHECK_FALSE(TeamChannel::decode("not json"));
}

TEST_CASE("Team mode: a pair added by one operator shows on the other's pages without a refresh, also after "
          "the server dropped the connection",
          "[team][db]")
{
    if (!postgresAvailable())
        return;
    TestDatabase test(Backend::PostgreSQL);
    Database &anna = test.db();
    anna.setOperatorName(u"Anna"_s);
    Client ben(u"Ben"_s);
    REQUIRE(ben.waitListening(true));

    const StockItemId added = addPair(anna, u"DD1391-100"_s);
    REQUIRE(QTest::qWaitFor([&] { return ben.heard(Change::Entity::StockItem, added.uuid()); }, 10000));

    SECTION("Ben's own change reaches his pages once, not a second time through the channel")
    {
        ben.changes.clear();
        const StockItemId his = addPair(ben.db, u"DD1391-101"_s);
        REQUIRE(QTest::qWaitFor([&] { return ben.heard(Change::Entity::StockItem, his.uuid()); }, 10000));
        const StockItemId hers = addPair(anna, u"DD1391-102"_s); // sent after his: once it is here, his echo was too
        REQUIRE(QTest::qWaitFor([&] { return ben.heard(Change::Entity::StockItem, hers.uuid()); }, 10000));
        int echoes = 0;
        for (const QList<QVariant> &signal : ben.changes)
            echoes += signal.first().value<Change>().ids.contains(his.uuid()) ? 1 : 0;
        CHECK(echoes == 1);
    }
    SECTION("the server ends Ben's sessions: he reconnects, reloads everything and hears the next change")
    {
        ben.changes.clear();
        const qsizetype before = ben.listening.size();
        endOtherSessions(anna);
        REQUIRE(ben.waitListening(true, before + 1));
        CHECK(ben.saidListening(false, before));
        CHECK(QTest::qWaitFor([&] { return ben.heard(Change::Entity::StockItem, {}); }, 10000));
        const StockItemId later = addPair(anna, u"DD1391-103"_s);
        CHECK(QTest::qWaitFor([&] { return ben.heard(Change::Entity::StockItem, later.uuid()); }, 10000));
    }
}

TEST_CASE("Team mode: two clients start the same sync at once: exactly one runs, the other is told who runs it",
          "[team][db][stockx]")
{
    if (!postgresAvailable())
        return;
    TestDatabase test(Backend::PostgreSQL);
    Database &anna = test.db();
    anna.setOperatorName(u"Anna"_s);
    Database ben(*postgresConfig());
    ben.setOperatorName(u"Ben"_s);
    StockXFixture fx;
    fx.emulator.market().seed(120, 0, fx.emulator.now());
    auto client = fx.client();

    StockXOrderSync first(anna, *client);
    StockXOrderSync second(ben, *client);
    QSignalSpy firstDone(&first, &StockXSyncJob::finished);
    QSignalSpy secondDone(&second, &StockXSyncJob::finished);
    LockProbe probe(first, u"orders"_s); // between its pages the run is alive: nobody else may take its lock
    first.start();
    second.start();
    REQUIRE(QTest::qWaitFor([&] { return !firstDone.isEmpty() && !secondDone.isEmpty(); }, 60000));

    REQUIRE(probe.probes > 1);
    CHECK(probe.taken == 0);
    CHECK(first.run().status == u"completed"_s);
    CHECK(second.run().status == u"failed"_s);
    CHECK(second.run().errorMessage.contains(u"Anna is running the orders sync since"_s));
    CHECK(rowCount(anna, u"sales.order"_s) == 120);
    // The refused client recorded no run of its own and resumed nothing.
    CHECK(rowCount(anna, u"integration.sync_runs"_s) == 1);
    CHECK(rowCount(anna, u"integration.sync_runs"_s, u"WHERE operator = 'Anna'"_s) == 1);

    // The lock went with the run: Ben's rerun goes ahead, and adds nothing.
    StockXOrderSync again(ben, *client);
    REQUIRE(StockXFixture::runToEnd(again));
    CHECK(again.run().status == u"completed"_s);
    CHECK(again.run().counts.created == 0);
    CHECK(rowCount(anna, u"sales.order"_s) == 120);
    CHECK(rowCount(anna, u"integration.sync_runs"_s, u"WHERE operator = 'Ben'"_s) == 1);

    // A client that dies while it holds the lock frees it with its session.
    {
        Database carl(*postgresConfig());
        REQUIRE(SyncLock::acquire(carl, u"stockx"_s, u"orders"_s));
        CHECK_FALSE(SyncLock::acquire(anna, u"stockx"_s, u"orders"_s));
    }
    // The server ends the session a moment after the client closed it.
    REQUIRE(QTest::qWaitFor([&] { return bool(SyncLock::acquire(anna, u"stockx"_s, u"orders"_s)); }, 10000));
    CHECK(SyncLock::release(anna, u"stockx"_s, u"orders"_s));
}

TEST_CASE("Team mode: an import that meets another client's uncommitted product waits, then tries again and stores "
          "every row",
          "[team][import]")
{
    if (!postgresAvailable())
        return;
    TestDatabase test(Backend::PostgreSQL);
    REQUIRE(test.error().isEmpty());
    QTemporaryDir dir;
    const QString report = dir.filePath(u"dunks.csv"_s);
    REQUIRE(writeLongSalesReport(report, 3, 71000));

    // Ben's client has just created the product the report sells, and not committed yet.
    Database ben(test.db().config());
    auto benTx = std::make_unique<Transaction>(ben);
    REQUIRE(benTx->begin());
    makeProduct(ben, u"DD1391-100"_s, u"Nike Dunk Low Retro"_s);

    std::optional<Result<ImportReport>> result;
    std::thread anna([&] {
        result = ImportRunner(test.db()).run(report, {}, nullptr, {});
        test.db().releaseThreadConnection();
    });
    // Anna's import creates the same product and waits for Ben's transaction on the unique key (seen from
    // outside a transaction: inside one, pg_stat_activity keeps its first snapshot).
    Database watcher(test.db().config());
    const auto annaWaits = [&] {
        SqlQuery q(watcher, u"SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = "
                            "current_database()"_s);
        return q.exec() && q.next() && q.integer(0) > 0;
    };
    const bool waited = QTest::qWaitFor(annaWaits, 20000);
    REQUIRE(benTx->commit());
    benTx.reset();
    anna.join();
    REQUIRE(waited);
    REQUIRE(result);
    REQUIRE(*result);
    const ImportReport &imported = result->value();
    CHECK(imported.imported == 3);
    CHECK(imported.rejected == 0);
    CHECK(imported.retried >= 1);
    CHECK(imported.summary().contains(u"another client's write got in the way"_s));
    CHECK(rowCount(test.db(), u"catalog.product"_s) == 1);
    CHECK(rowCount(test.db(), u"sales.order"_s) == 3);
    ben.releaseThreadConnection();
    watcher.releaseThreadConnection();
}

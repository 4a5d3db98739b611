#include "catchqt.h"
#include "fixtures.h"
#include "shopfixture.h"
#include "stockxfixture.h"
#include "testdatabase.h"

#include "db/sqlquery.h"
#include "pricing/repricingsettings.h"
#include "sales/listingrepository.h"
#include "sync/stockx/stockxrepricer.h"

#include <QSignalSpy>

using namespace sf;
using namespace sf::test;
using namespace Qt::StringLiterals;

namespace {
RepricingReport runRepricer(StockXRepricer &repricer, const std::function<void()> &start)
{
    QSignalSpy finished(&repricer, &StockXRepricer::finished);
    start();
    if (finished.isEmpty())
        REQUIRE(finished.wait(120000));
    return finished.first().first().value<RepricingReport>();
}

Money localAsk(const Database &db, const ListingId &id)
{
    const auto listing = ListingRepository(db).get(id);
    REQUIRE(listing);
    REQUIRE(listing.value());
    return *listing.value()->amount;
}

QString externalId(const Database &db, const ListingId &id)
{
    return ListingRepository(db).get(id).value()->externalId;
}

qint64 historyRows(const Database &db, const QString &reason)
{
    return rowCount(db, u"sales.pricing_history"_s, u"WHERE change_reason = '%1'"_s.arg(reason));
}

// StockX's 1 request/s, enforced by the emulator (it answers 429 to anything faster), kept by a client
// that is told to wait as the app's does.
void throttle(StockXFixture &fx)
{
    fx.emulator.options().rateLimit = true;
    fx.minIntervalMs = 1000;
    fx.emulator.clearRequests();
}

void checkRateKept(const StockXFixture &fx)
{
    qsizetype calls = 0;
    for (const emu::RequestRecord &request : fx.emulator.requests()) {
        CHECK(request.status != 429);
        calls += request.path.startsWith(u"/v2/"_s) ? 1 : 0;
    }
    CHECK(calls >= 3); // the look-up, the batch and its polls went out
}
} // namespace

TEST_CASE("Repricing on StockX: a dry run changes nothing / a live run changes what it planned within the floors, "
          "keeps its history and 1 request/s / a price changed or sold elsewhere is a conflict and left alone",
          "[db][stockx][pricing]")
{
    onEachBackend([](Database &db) {
        StockXFixture fx;
        const QList<ListingId> listings = fx.listPairs(db, 4, 1000);
        CHECK(historyRows(db, u"manual"_s) == 4); // the asks we set when listing
        throttle(fx);
        auto client = fx.client();
        StockXRepricer repricer(db, *client);

        const RepricingReport dry = runRepricer(repricer, [&] { repricer.run({}, true, u"auto_repricing"_s); });
        REQUIRE(!dry.error);
        CHECK(dry.count(RepricingResult::Kind::Planned) == 4);
        CHECK(fx.emulator.requests().isEmpty());
        for (const ListingId &id : listings) {
            CHECK(localAsk(db, id) == eurText("1000.00"));
            CHECK(fx.emulator.market().listing(externalId(db, id))->amount == 100000);
        }
        CHECK(historyRows(db, u"auto_repricing"_s) == 0);

        // Elsewhere: one ask is lowered on stockx.com, one pair sells.
        REQUIRE(fx.emulator.market().repriceElsewhere(externalId(db, listings.at(0)), 88000, fx.emulator.now()));
        REQUIRE(fx.emulator.market().sell(externalId(db, listings.at(1)), fx.emulator.now()));

        const RepricingReport live = runRepricer(repricer, [&] { repricer.run({}, false, u"auto_repricing"_s); });
        REQUIRE(!live.error);
        CHECK(live.stoppedBecause.isEmpty());
        CHECK(live.count(RepricingResult::Kind::Changed) == 2);
        CHECK(live.count(RepricingResult::Kind::Conflict) == 2);
        for (const RepricingResult &result : live.results) {
            const ListingId id = result.step.candidate.listing;
            const emu::EmuListing *remote = fx.emulator.market().listing(externalId(db, id));
            if (result.kind == RepricingResult::Kind::Changed) {
                CHECK(result.step.newPrice == eurText("950.00")); // the largest drop of a day
                CHECK(result.step.newPrice >= *result.step.floor);
                CHECK(remote->amount == 95000);
                CHECK(localAsk(db, id) == eurText("950.00"));
            } else {
                INFO(result.detail.toStdString());
                CHECK(localAsk(db, id) == eurText("1000.00"));
                CHECK((remote->amount == 88000 || remote->status != u"ACTIVE"_s));
            }
        }
        CHECK(historyRows(db, u"auto_repricing"_s) == 2);
        CHECK(rowCount(db, u"sales.pricing_history"_s,
                       u"WHERE change_reason = 'auto_repricing' AND rule_detail LIKE '%largest drop%'"_s) == 2);
        checkRateKept(fx);

        // Within the same day the drop is used up: nothing more to send.
        fx.emulator.clearRequests();
        const RepricingReport again = runRepricer(repricer, [&] { repricer.run({}, false, u"auto_repricing"_s); });
        CHECK(again.count(RepricingResult::Kind::Changed) == 0);
        CHECK(again.count(RepricingResult::Kind::Unchanged) == 2);
        CHECK(historyRows(db, u"auto_repricing"_s) == 2);
    });
}

TEST_CASE("Repricing on StockX: the kill switch stops a run between batches, and what was not sent is reported",
          "[db][stockx][pricing]")
{
    onEachBackend([](Database &db) {
        StockXFixture fx;
        const QList<ListingId> listings = fx.listPairs(db, 130, 1000);
        REQUIRE(RepricingSettings::setEnabled(db, true));
        throttle(fx);
        auto client = fx.client();
        StockXRepricer repricer(db, *client);
        repricer.followSwitch(true);
        // The operator pulls the switch while the first batch of 100 is being stored.
        QObject::connect(&repricer, &StockXRepricer::progress, &repricer, [&db](int done, int) {
            if (done == 1)
                REQUIRE(RepricingSettings::setEnabled(db, false));
        });

        const RepricingReport report = runRepricer(repricer, [&] { repricer.run({}, false, u"auto_repricing"_s); });
        REQUIRE(!report.error);
        CHECK(report.count(RepricingResult::Kind::Changed) == 100);
        CHECK(report.count(RepricingResult::Kind::NotSent) == 30);
        CHECK(report.stoppedBecause.contains(u"switched off"_s));
        int unchangedOnStockX = 0;
        for (const ListingId &id : listings)
            unchangedOnStockX += fx.emulator.market().listing(externalId(db, id))->amount == 100000 ? 1 : 0;
        CHECK(unchangedOnStockX == 30);
        CHECK(historyRows(db, u"auto_repricing"_s) == 100);
        checkRateKept(fx);
    });
}

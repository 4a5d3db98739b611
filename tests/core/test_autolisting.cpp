#include "catchqt.h"
#include "fixtures.h"
#include "shopfixture.h"
#include "stockxfixture.h"
#include "testdatabase.h"

#include "db/sqlquery.h"
#include "inventory/stockrepository.h"
#include "pricing/autolisting.h"
#include "pricing/autolistingplanner.h"
#include "pricing/autolistingrulerepository.h"
#include "pricing/pricingengine.h"
#include "sales/listingrepository.h"
#include "sync/stockx/stockxautolister.h"

#include <QSignalSpy>

#include <random>

using namespace sf;
using namespace sf::test;
using namespace Qt::StringLiterals;

namespace {
AutoListingRule ruleNamed(const QList<AutoListingRule> &rules, const QString &name)
{
    for (const AutoListingRule &rule : rules)
        if (rule.name == name)
            return rule;
    FAIL("no rule " << name.toStdString());
    return {};
}

void activateAll(const Database &db)
{
    const auto rules = AutoListingRuleRepository(db).all();
    REQUIRE(rules);
    for (const AutoListingRule &rule : rules.value())
        REQUIRE(AutoListingRuleRepository(db).setActive(rule.id, true));
}

const AutoListingDecision &decisionFor(const QList<AutoListingDecision> &decisions, const StockItemId &item)
{
    for (const AutoListingDecision &d : decisions)
        if (d.pair.item == item)
            return d;
    FAIL("no decision for the pair");
    return decisions.first();
}

AutoListingRun runLister(StockXAutoLister &lister, bool dryRun)
{
    QSignalSpy finished(&lister, &StockXAutoLister::finished);
    lister.run(dryRun);
    if (finished.isEmpty())
        REQUIRE(finished.wait(120000));
    return finished.first().first().value<AutoListingRun>();
}
} // namespace

TEST_CASE("Auto-listing conditions: stored as JSON and read back, an unknown or unreadable condition is refused",
          "[pricing]")
{
    const auto seeded = AutoListingConditions::fromJson(
        uR"({"brands":["Nike","Adidas","Jordan"],"status":["in_stock"],"min_margin_percent":15,)"
        uR"("categories":["Sneakers"],"min_purchase_price":"100.00","max_purchase_price":"500.00",)"
        uR"("min_demand_score":0.7,"min_competitor_gap_percent":12.5})"_s);
    REQUIRE(seeded);
    const AutoListingConditions &c = seeded.value();
    CHECK(c.count() == 8);
    CHECK(*c.minMarginBp == 1500);
    CHECK(*c.minPurchaseMinor == 10000);
    CHECK(*c.maxPurchaseMinor == 50000);
    CHECK(*c.minDemandPermille == 700);
    CHECK(*c.minCompetitorGapBp == 1250);
    CHECK(c.brands == QStringList{u"Nike"_s, u"Adidas"_s, u"Jordan"_s});
    const auto again = AutoListingConditions::fromJson(c.toJson());
    REQUIRE(again);
    CHECK(again.value().toJson() == c.toJson());
    CHECK(c.describe().size() == 8);

    CHECK_FALSE(AutoListingConditions::fromJson(u"{\"min_margn_percent\": 25}"_s)); // a typo never widens a rule
    CHECK_FALSE(AutoListingConditions::fromJson(u"{\"brands\": \"Nike\"}"_s));
    CHECK_FALSE(AutoListingConditions::fromJson(u"{\"min_purchase_price\": \"lots\"}"_s));
    CHECK_FALSE(AutoListingConditions::fromJson(u"{\"min_demand_score\": 7}"_s));
    CHECK_FALSE(AutoListingConditions::fromJson(u"[1, 2]"_s));
}

TEST_CASE("Auto-listing market context: condition, volatility, trend, gap and demand from real snapshots only",
          "[pricing]")
{
    const QDate today(2026, 6, 1);
    QList<MarketDay> rising;
    for (int i = 13; i >= 0; --i) // 160 → 186 over two weeks, 2.00 a day
        rising.append({today.addDays(-i), Money::fromMajor(186 - 2 * i, u"EUR"_s), eurText("150.00"), std::nullopt});
    const MarketContext up = MarketContext::from(eurText("186.00"), eurText("150.00"), std::nullopt, rising, today);
    CHECK(*up.marketPrice == eurText("186.00"));
    CHECK(*up.trend == MarketContext::Trend::Rising);
    CHECK(*up.volatility == MarketContext::Volatility::Low); // a steady climb: 4.7 % around the mean
    CHECK(*up.competitorGapBp == 1935);                      // (186 − 150) ÷ 186
    CHECK(*up.demandScore == Approx(150.0 / 186.0));

    QList<MarketDay> jumpy;
    for (int i = 13; i >= 0; --i)
        jumpy.append({today.addDays(-i), eurText(i % 2 ? "150.00" : "210.00"), std::nullopt, std::nullopt});
    CHECK(*MarketContext::from(eurText("210.00"), std::nullopt, std::nullopt, jumpy, today).volatility ==
          MarketContext::Volatility::High);
    CHECK(*MarketContext::from(eurText("210.00"), std::nullopt, std::nullopt, jumpy, today).condition ==
          MarketCondition::Volatile);

    QList<MarketDay> flat;
    for (int i = 13; i >= 0; --i)
        flat.append({today.addDays(-i), eurText("200.00"), eurText("180.00"), std::nullopt});
    const MarketContext calm = MarketContext::from(eurText("200.00"), eurText("180.00"), std::nullopt, flat, today);
    CHECK(*calm.condition == MarketCondition::Stable);
    CHECK(*calm.trend == MarketContext::Trend::Stable);
    CHECK(*calm.volatility == MarketContext::Volatility::Low);

    // Nothing on StockX: nothing is made up.
    const MarketContext none = MarketContext::from(std::nullopt, std::nullopt, std::nullopt, {}, today);
    CHECK_FALSE(none.marketPrice);
    CHECK_FALSE(none.condition);
    CHECK_FALSE(none.volatility);
    CHECK_FALSE(none.trend);
    CHECK_FALSE(none.competitorGapBp);
    CHECK_FALSE(none.demandScore);
    AutoListingConditions bullish;
    bullish.marketConditions = {u"bullish"_s};
    bullish.statuses = {u"in_stock"_s};
    autolisting::PairFacts facts;
    facts.status = u"in_stock"_s;
    facts.market = none;
    const autolisting::RuleCheck check = autolisting::check(bullish, facts);
    CHECK(check.total == 2);
    CHECK(check.met == 1);
    CHECK(check.confidence() == Approx(0.5));
    REQUIRE(check.unmet.size() == 1);
    CHECK(check.unmet.first().contains(u"not known"_s));
}

TEST_CASE("Auto-listing rules: the original five, seeded off, the first matching rule by priority prices the pair "
          "from the real market, never under the floor after fees, rules are toggled, added and edited",
          "[db][pricing]")
{
    onEachBackend([](Database &db) {
        const AutoListingRuleRepository repository(db);
        auto rules = repository.all();
        REQUIRE(rules);
        REQUIRE(rules.value().size() == 5);
        QStringList order;
        for (const AutoListingRule &rule : rules.value()) {
            CHECK_FALSE(rule.active);
            order << rule.name;
        }
        CHECK(order == QStringList{u"Dead Stock Prevention"_s, u"Market Opportunity Capture"_s,
                                   u"High Profit Margin Auto-List"_s, u"Quick Turnover Items"_s,
                                   u"Premium Items Strategy"_s});
        const AutoListingRule quick = ruleNamed(rules.value(), u"Quick Turnover Items"_s);
        CHECK(quick.strategy == AutoListingStrategy::Competitive);
        CHECK(quick.markupBp == 1800);
        CHECK(quick.expiresDays == 14);
        CHECK(quick.conditions.count() == 6);

        const QDate today = QDate::currentDate();
        SalesShop shop{db, makeProduct(db, u"DD1391-100"_s, u"Nike Dunk Low Panda"_s), sizeId(db, u"US 9"_s), {}, {}};
        for (int i = 13; i >= 0; --i)
            shop.market(today.addDays(-i), "200.00", "180.00"); // stable, low volatility, gap 10 %, demand 0.9
        const StockItem fresh = shop.pair("119.00", today.addDays(-10), ItemStatus::InStock); // cost 100.00
        const StockItem old = shop.pair("119.00", today.addDays(-100), ItemStatus::InStock);
        const StockItem justIn = shop.pair("119.00", today.addDays(-1), ItemStatus::InStock);
        shop.pair("0", today.addDays(-2), ItemStatus::InStock); // no purchase price: never a candidate
        const StockItem listed = shop.pair("119.00", today.addDays(-3), ItemStatus::ListedStockX);
        shop.listOnStockX(listed, u"ask-1"_s, "210.00");

        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto plan = autolistingplanner::plan(db, now);
        REQUIRE(plan);
        CHECK(plan.value().size() == 3);
        CHECK(plan.value().first().pair.item == justIn.id); // newest purchase first
        for (const AutoListingDecision &d : plan.value())   // every rule is off
            CHECK_FALSE(d.matched());

        activateAll(db);
        plan = autolistingplanner::plan(db, now);
        REQUIRE(plan);
        const auto context = PricingContext::load(db, now, u"EUR"_s);
        REQUIRE(context);
        const Money floor = pricingengine::priceForNet(context.value().fees, eurText("110.00"));

        const AutoListingDecision &a = decisionFor(plan.value(), fresh.id);
        REQUIRE(a.matched());
        CHECK(a.rule->name == u"High Profit Margin Auto-List"_s);
        CHECK(a.confidence == Approx(1.0));
        CHECK(a.price == eurText("200.00")); // market based: StockX's lowest ask
        CHECK(a.floor == floor);
        CHECK(a.netProceeds == a.price - pricingengine::feesAt(context.value().fees, a.price));
        CHECK(*a.profit == a.netProceeds - eurText("100.00"));
        CHECK(a.expiresAt == now.addDays(30));

        const AutoListingDecision &b = decisionFor(plan.value(), old.id);
        REQUIRE(b.matched());
        CHECK(b.rule->name == u"Dead Stock Prevention"_s); // priority 5 comes before High Profit's 10
        CHECK(b.price >= floor);                           // clearance's cost + 8 % would net less than cost + 10.00
        CHECK(b.netProceeds >= eurText("110.00"));
        CHECK(b.reasoning.join(u' ').contains(u"floor"_s));
        CHECK(b.expiresAt == now.addDays(7));

        const AutoListingDecision &c = decisionFor(plan.value(), justIn.id);
        REQUIRE(c.matched());
        CHECK(c.rule->name == u"Quick Turnover Items"_s); // too new for High Profit, cost 100.00 is in 100–500
        CHECK(c.rule->strategy == AutoListingStrategy::Competitive);
        CHECK(c.price <= eurText("200.00"));
        CHECK(c.price >= floor);

        // A rule switched off is passed over; with only Premium left, the near miss says why.
        rules = repository.all();
        for (const AutoListingRule &rule : rules.value())
            REQUIRE(repository.setActive(rule.id, rule.name == u"Premium Items Strategy"_s));
        plan = autolistingplanner::plan(db, now);
        const AutoListingDecision &miss = decisionFor(plan.value(), fresh.id);
        CHECK_FALSE(miss.matched());
        CHECK(miss.nearestRule == u"Premium Items Strategy"_s);
        CHECK(miss.confidence == Approx(0.75)); // status, age and volatility hold; the price does not
        REQUIRE(miss.unmet.size() == 1);
        CHECK(miss.unmet.first().contains(u"100.00"_s));

        // A rule of the operator's own: added last, its name unique, edited and switched.
        AutoListingRule mine = costPlusRule(u"Everything Nike"_s, u"nike"_s, 5000, 10);
        mine.priority = 1;
        const auto created = repository.create(mine);
        REQUIRE(created);
        CHECK(created.value().position == 6);
        CHECK_FALSE(repository.create(mine)); // the name is taken
        rules = repository.all();
        CHECK(rules.value().first().name == u"Everything Nike"_s);
        plan = autolistingplanner::plan(db, now);
        CHECK(decisionFor(plan.value(), fresh.id).rule->name == u"Everything Nike"_s);
        CHECK(decisionFor(plan.value(), fresh.id).price == eurText("150.00"));
        AutoListingRule edited = created.value();
        edited.markupBp = 6000;
        edited.conditions.categories = {u"Apparel"_s};
        REQUIRE(repository.update(edited));
        rules = repository.all();
        const AutoListingRule stored = ruleNamed(rules.value(), u"Everything Nike"_s);
        CHECK(stored.markupBp == 6000);
        CHECK(stored.conditions.categories == QStringList{u"Apparel"_s});
        plan = autolistingplanner::plan(db, now);
        CHECK_FALSE(decisionFor(plan.value(), fresh.id).matched());
        REQUIRE(repository.remove(stored.id));
        CHECK(repository.all().value().size() == 5);
    });
}

TEST_CASE("Auto-listing prices: for any cost, market and strategy, the ask nets at least cost plus the minimum profit",
          "[pricing]")
{
    PricingContext context;
    context.fees = {{u"transaction"_s, u"percentage"_s, 900, eurText("5.00"), 1, {}, {}},
                    {u"payment_processing"_s, u"percentage"_s, 300, std::nullopt, std::nullopt, {}, {}},
                    {u"shipping"_s, u"fixed"_s, 450, std::nullopt, std::nullopt, {}, {}}};
    context.minimumProfit = eurText("10.00");
    std::mt19937 random(20261201);
    std::uniform_int_distribution<qint64> cents(100, 200000);
    std::uniform_int_distribution<qint64> markup(0, 5000);
    std::uniform_int_distribution<int> coin(0, 1);
    const QList<AutoListingStrategy> strategies = autolistingstrategy::all();
    for (int i = 0; i < 3000; ++i) {
        const Money cost(cents(random), u"EUR"_s);
        MarketContext market;
        if (coin(random))
            market.marketPrice = Money(cents(random), u"EUR"_s);
        const AutoListingStrategy strategy = strategies.at(i % strategies.size());
        const autolisting::ListingPrice price = autolisting::priceFor(strategy, markup(random), cost, market, context);
        const Money net = price.price - pricingengine::feesAt(context.fees, price.price);
        INFO("cost " << cost.toDecimalString().toStdString() << " price "
                     << price.price.toDecimalString().toStdString());
        REQUIRE(net >= cost + context.minimumProfit);
        REQUIRE(price.price >= price.floor);
    }
}

TEST_CASE("Auto-listing on StockX: a dry run lists nothing, a live run lists exactly the matched pairs at their "
          "asks with the rule's expiry and history, and a second run lists nothing twice",
          "[db][stockx][pricing]")
{
    onEachBackend([](Database &db) {
        StockXFixture fx;
        const emu::EmuProduct &remote = fx.emulator.catalog().products().at(3);
        const Product product = makeProduct(db, remote.styleId, remote.title);
        QList<StockItemId> pairs;
        for (int i = 0; i < 3; ++i)
            pairs << StockRepository(db).create(makeItem(product.id, sizeId(db, u"US 10"_s), "119.00")).value().id;
        StockRepository(db).create(makeItem(product.id, sizeId(db, u"US 10"_s), "0")).value(); // price unknown
        const AutoListingRule rule = costPlusRule(u"Nike at cost plus 50 %"_s, u"Nike"_s, 5000, 10);
        REQUIRE(AutoListingRuleRepository(db).create(rule));
        auto client = fx.client();
        StockXAutoLister lister(db, *client);

        const AutoListingRun dry = runLister(lister, true);
        REQUIRE(!dry.error);
        CHECK(dry.decisions.size() == 3);
        CHECK(dry.matched() == 3);
        CHECK(dry.written.isEmpty());
        CHECK(fx.emulator.requests().isEmpty());
        CHECK(rowCount(db, u"sales.listing"_s, u"WHERE 1 = 1"_s) == 0);

        const AutoListingRun live = runLister(lister, false);
        REQUIRE(!live.error);
        INFO(live.summary().toStdString());
        CHECK(live.listed() == 3);
        CHECK(live.failed() == 0);
        for (const StockItemId &item : pairs) {
            const ListingWriteResult &result = live.written.value(item);
            REQUIRE(!result.error);
            const Listing listing = *ListingRepository(db).get(result.listing).value();
            CHECK(*listing.amount == eurText("150.00"));
            CHECK(qAbs(listing.expiresAt.secsTo(QDateTime::currentDateTimeUtc().addDays(10))) < 600);
            const emu::EmuListing *onStockX = fx.emulator.market().listing(listing.externalId);
            REQUIRE(onStockX);
            CHECK(onStockX->amount == 15000);
            CHECK(onStockX->status == u"ACTIVE"_s);
            CHECK(qAbs(onStockX->expiresAt.secsTo(listing.expiresAt)) < 2);
            CHECK(StockRepository(db).get(item).value()->status == ItemStatus::ListedStockX);
        }
        CHECK(rowCount(db, u"sales.pricing_history"_s,
                       u"WHERE change_reason = 'algorithm' AND rule_detail LIKE '%Nike at cost plus 50%'"_s) == 3);

        fx.emulator.clearRequests();
        const AutoListingRun again = runLister(lister, false);
        CHECK(again.decisions.isEmpty()); // the listed pairs are no candidates, the unpriced one never was
        CHECK(again.written.isEmpty());
        CHECK(rowCount(db, u"sales.listing"_s, u"WHERE 1 = 1"_s) == 3);
    });
}

#include "pricingengine.h"

#include "sales/marketplacerepository.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace sf::pricingengine {

namespace {
constexpr int kUnchanged = 1000; // a multiplier of 1.000, in thousandths

QString money(const Money &m)
{
    return m.toDecimalString() + u' ' + m.currency();
}

std::optional<const PriceRule *> firstRule(const PricingInput &input, PricingStrategy type)
{
    for (const PriceRule &rule : input.rules)
        if (rule.type == type)
            return &rule;
    return std::nullopt;
}

// The condition's multiplier: a rule's own first, else the original's defaults.
int conditionMultiplier(const PricingInput &input)
{
    for (const PriceRule &rule : input.rules)
        if (const auto m = rule.conditionMultiplier(input.condition))
            return *m;
    static const QHash<QString, int> defaults{{u"new"_s, 1000}, {u"excellent"_s, 920}, {u"very_good"_s, 850},
                                              {u"good"_s, 750}, {u"fair"_s, 650},      {u"poor"_s, 500}};
    return defaults.value(input.condition, kUnchanged);
}

// The day's price a buyer paid, or failing that the cheapest ask.
std::optional<Money> salePoint(const MarketDay &day)
{
    return day.lastSale ? day.lastSale : day.lowestAsk;
}

QList<Money> recentPoints(const PricingInput &input, int days)
{
    QList<Money> points;
    for (const MarketDay &day : input.market)
        if (day.day > input.today.addDays(-days) && day.day <= input.today)
            if (const auto point = salePoint(day))
                points.append(*point);
    return points;
}

Money average(const QList<Money> &values)
{
    Money total(0, values.first().currency());
    for (const Money &v : values)
        total += v;
    return total.dividedBy(values.size());
}

// Raises `price` to cost / (1 − margin) when below it, says so in `reasoning`, and returns that floor.
Money applyMarginFloor(const PricingInput &input, qint64 marginBp, Money &price, QStringList &reasoning)
{
    if (!input.cost)
        return Money(0, price.currency());
    const Money floor = input.cost->scaled(10000, 10000 - marginBp);
    if (price < floor) {
        price = floor;
        reasoning << QCoreApplication::translate("PricingEngine", "Raised to %1, the %2 % minimum margin on cost.")
                         .arg(money(floor), QString::number(double(marginBp) / 100.0));
    }
    return floor;
}

MarketPosition positionOf(const Money &price, const QList<MarketDay> &market)
{
    if (market.isEmpty())
        return MarketPosition::Unknown;
    const MarketDay &latest = market.last();
    if (latest.highestBid && price <= *latest.highestBid)
        return MarketPosition::BelowMarket;
    if (latest.lowestAsk && price >= *latest.lowestAsk)
        return MarketPosition::AboveMarket;
    if (!latest.highestBid && !latest.lowestAsk)
        return MarketPosition::Unknown;
    return MarketPosition::Competitive;
}

double sellProbability(MarketPosition position)
{
    switch (position) {
    case MarketPosition::BelowMarket: return 0.8;
    case MarketPosition::AboveMarket: return 0.3;
    case MarketPosition::Competitive: return 0.6;
    case MarketPosition::Unknown: return 0.5;
    }
    Q_UNREACHABLE();
}

QList<PricingStrategy> preferredFor(MarketCondition condition)
{
    switch (condition) {
    case MarketCondition::Bullish: return {PricingStrategy::ValueBased, PricingStrategy::MarketBased};
    case MarketCondition::Bearish: return {PricingStrategy::Competitive, PricingStrategy::CostPlus};
    case MarketCondition::Volatile: return {PricingStrategy::Dynamic, PricingStrategy::Competitive};
    case MarketCondition::Stable: return {PricingStrategy::MarketBased, PricingStrategy::CostPlus};
    }
    Q_UNREACHABLE();
}

std::optional<StrategyResult> choose(const QList<StrategyResult> &results, std::optional<PricingStrategy> only,
                                     MarketCondition condition)
{
    const auto find = [&](PricingStrategy s) -> std::optional<StrategyResult> {
        for (const StrategyResult &r : results)
            if (r.strategy == s)
                return r;
        return std::nullopt;
    };
    if (only)
        return find(*only) ? find(*only) : find(PricingStrategy::CostPlus);
    for (PricingStrategy s : preferredFor(condition))
        if (const auto r = find(s))
            return r;
    const auto best = std::max_element(results.begin(), results.end(), [](const auto &a, const auto &b) {
        return a.confidence * pricingstrategy::selectionWeight(a.strategy) <
               b.confidence * pricingstrategy::selectionWeight(b.strategy);
    });
    return best == results.end() ? std::nullopt : std::optional<StrategyResult>(*best);
}
} // namespace

Money feesAt(const QList<FeeRule> &fees, const Money &price)
{
    Money total(0, price.currency());
    for (const Money &fee : computeFees(fees, price))
        total += fee;
    return total;
}

Money priceForNet(const QList<FeeRule> &fees, const Money &net)
{
    // Net proceeds never fall as the price rises (every fee grows slower than the price), so the smallest
    // price is found by bisection on whole cents.
    const auto nets = [&](qint64 cents) {
        const Money price(cents, net.currency());
        return price - feesAt(fees, price) >= net;
    };
    qint64 low = qMax<qint64>(0, net.minor());
    qint64 high = qMax<qint64>(low * 2, 100) + 10000;
    while (!nets(high))
        high *= 2;
    while (low < high) {
        const qint64 mid = low + (high - low) / 2;
        if (nets(mid))
            high = mid;
        else
            low = mid + 1;
    }
    return Money(low, net.currency());
}

Money psychologicalRound(const Money &price)
{
    const QString &c = price.currency();
    const qint64 cents = price.minor();
    if (cents < 2000)
        return Money(qMax<qint64>(95, divideRounded(cents, 100) * 100 - 5), c);
    if (cents < 10000)
        return Money(qMax<qint64>(99, divideRounded(cents, 100) * 100 - 1), c);
    return Money(qMax<qint64>(500, divideRounded(cents, 500) * 500), c);
}

Money psychologicalRoundAbove(const Money &price, const Money &floor)
{
    Money rounded = psychologicalRound(std::max(price, floor));
    // Each step is the next psychological price of the range the amount is in.
    while (rounded < floor) {
        const qint64 step = rounded.minor() < 10000 ? 100 : 500;
        rounded = psychologicalRound(Money(rounded.minor() + step, rounded.currency()));
    }
    return rounded;
}

MarketCondition marketCondition(const QList<MarketDay> &market, const QDate &today)
{
    QList<qint64> asks;
    for (const MarketDay &day : market)
        if (day.lowestAsk && day.day > today.addDays(-7) && day.day <= today)
            asks.append(day.lowestAsk->minor());
    if (asks.size() < 3)
        return MarketCondition::Stable;
    asks = asks.mid(qMax<qsizetype>(0, asks.size() - 5));
    double sum = 0, absolute = 0;
    for (int i = 1; i < asks.size(); ++i) {
        const double change = double(asks.at(i) - asks.at(i - 1)) / double(asks.at(i - 1)) * 100.0;
        sum += change;
        absolute += std::abs(change);
    }
    const double steps = double(asks.size() - 1);
    if (absolute / steps > 10)
        return MarketCondition::Volatile;
    if (sum / steps > 3)
        return MarketCondition::Bullish;
    if (sum / steps < -3)
        return MarketCondition::Bearish;
    return MarketCondition::Stable;
}

std::optional<StrategyResult> costPlus(const PricingInput &input)
{
    if (!input.cost)
        return std::nullopt;
    StrategyResult result{PricingStrategy::CostPlus, *input.cost, 0.85, {}};
    const auto rule = firstRule(input, PricingStrategy::CostPlus);
    const qint64 markup = rule && (*rule)->baseMarkupBp ? *(*rule)->baseMarkupBp : input.targetMarginBp.value_or(2500);
    result.price = input.cost->scaled(10000 + markup, 10000);
    result.reasoning << QCoreApplication::translate("PricingEngine", "Cost %1 plus %2 % markup.")
                            .arg(money(*input.cost), QString::number(double(markup) / 100.0));
    for (int multiplier : input.brandMultipliers) {
        result.price = result.price.scaled(multiplier, kUnchanged);
        result.reasoning << QCoreApplication::translate("PricingEngine", "Brand multiplier %1.")
                                .arg(double(multiplier) / kUnchanged);
    }
    if (const int condition = conditionMultiplier(input); condition != kUnchanged) {
        result.price = result.price.scaled(condition, kUnchanged);
        result.reasoning << QCoreApplication::translate("PricingEngine", "Condition \"%1\": × %2.")
                                .arg(input.condition)
                                .arg(double(condition) / kUnchanged);
    }
    return result;
}

std::optional<StrategyResult> marketBased(const PricingInput &input)
{
    const QList<Money> points = recentPoints(input, 14);
    if (points.isEmpty())
        return std::nullopt;
    StrategyResult result{PricingStrategy::MarketBased, average(points), 0.90, {}};
    result.reasoning << QCoreApplication::translate("PricingEngine",
                                                    "Average of %n StockX sale(s) or asks over 14 days: %1.", nullptr,
                                                    int(points.size()))
                            .arg(money(result.price));
    if (const auto rule = firstRule(input, PricingStrategy::MarketBased)) {
        if (const int season = (*rule)->seasonalAdjustment(input.today.month()); season != kUnchanged) {
            result.price = result.price.scaled(season, kUnchanged);
            result.reasoning << QCoreApplication::translate("PricingEngine", "Seasonal adjustment × %1.")
                                    .arg(double(season) / kUnchanged);
        }
    }
    result.price = result.price.scaled(98, 100);
    result.reasoning << QCoreApplication::translate("PricingEngine", "2 % below the market.");
    applyMarginFloor(input, 1500, result.price, result.reasoning);
    return result;
}

std::optional<StrategyResult> competitive(const PricingInput &input)
{
    const QList<Money> points = recentPoints(input, 7);
    if (points.isEmpty())
        return std::nullopt;
    const Money lowest = *std::min_element(points.begin(), points.end());
    StrategyResult result{PricingStrategy::Competitive, lowest, 0.88, {}};
    const auto rule = firstRule(input, PricingStrategy::Competitive);
    if (rule && (*rule)->maximumDiscountBp) {
        result.price = lowest.scaled(10000 - *(*rule)->maximumDiscountBp, 10000);
        result.reasoning << QCoreApplication::translate("PricingEngine",
                                                        "Lowest of 7 days (%1) less the rule's %2 % discount.")
                                .arg(money(lowest), QString::number(double(*(*rule)->maximumDiscountBp) / 100.0));
    } else {
        result.price = (lowest + average(points)).dividedBy(2);
        result.reasoning << QCoreApplication::translate("PricingEngine",
                                                        "Halfway between the lowest (%1) and the average of 7 days.")
                                .arg(money(lowest));
    }
    applyMarginFloor(input, 1000, result.price, result.reasoning);
    return result;
}

namespace {
// Value based from the market-based and cost-plus results already computed: on a market baseline the
// brand's multipliers add its premium; cost plus has applied them already.
std::optional<StrategyResult> valueFrom(std::optional<StrategyResult> market, std::optional<StrategyResult> cost,
                                        const PricingInput &input)
{
    if (market) {
        for (int multiplier : input.brandMultipliers) {
            market->price = market->price.scaled(multiplier, kUnchanged);
            market->reasoning << QCoreApplication::translate("PricingEngine", "Brand multiplier %1.")
                                     .arg(double(multiplier) / kUnchanged);
        }
    }
    std::optional<StrategyResult> result = market ? market : cost;
    if (result) {
        result->strategy = PricingStrategy::ValueBased;
        result->confidence = 0.82;
    }
    return result;
}

std::optional<StrategyResult> dynamicFrom(const std::optional<StrategyResult> &market,
                                          const std::optional<StrategyResult> &competitive,
                                          const std::optional<StrategyResult> &value, const QString &currency)
{
    const QList<std::pair<const std::optional<StrategyResult> *, int>> parts{
        {&market, 40}, {&competitive, 35}, {&value, 25}};
    Money weighted(0, currency);
    int weights = 0;
    for (const auto &[part, weight] : parts) {
        if (!*part)
            continue;
        weighted += (*part)->price.scaled(weight, 1);
        weights += weight;
    }
    if (weights == 0)
        return std::nullopt;
    StrategyResult result{PricingStrategy::Dynamic, weighted.dividedBy(weights), 0.92, {}};
    result.reasoning << QCoreApplication::translate(
        "PricingEngine", "Weighted mean of market (40), competitive (35) and value (25) prices.");
    return result;
}
} // namespace

std::optional<StrategyResult> valueBased(const PricingInput &input)
{
    return valueFrom(marketBased(input), costPlus(input), input);
}

std::optional<StrategyResult> dynamic(const PricingInput &input)
{
    const auto market = marketBased(input);
    return dynamicFrom(market, competitive(input), valueFrom(market, costPlus(input), input), input.currency);
}

Result<Recommendation> recommend(const PricingInput &input, std::optional<PricingStrategy> only)
{
    Recommendation rec;
    rec.condition = marketCondition(input.market, input.today);
    // Each strategy once: value based and dynamic are built from the others' results.
    const auto cost = costPlus(input);
    const auto market = marketBased(input);
    const auto rival = competitive(input);
    const auto value = valueFrom(market, cost, input);
    for (const auto &result : {cost, market, rival, value, dynamicFrom(market, rival, value, input.currency)})
        if (result)
            rec.candidates.append(*result);
    const auto chosen = choose(rec.candidates, only, rec.condition);
    if (!chosen)
        return Error{u"pricing.no_data"_s,
                     QCoreApplication::translate("PricingEngine",
                                                 "Neither a purchase price nor StockX figures of the last 14 days are "
                                                 "known for this pair, so there is nothing to price it from."),
                     QString()};
    rec.strategy = chosen->strategy;
    rec.confidence = chosen->confidence;
    rec.reasoning = chosen->reasoning;
    Money price = chosen->price;
    Money floor(0, input.currency);
    for (const PriceRule &rule : input.rules)
        if (rule.minimumMarginBp)
            floor = std::max(floor, applyMarginFloor(input, *rule.minimumMarginBp, price, rec.reasoning));
    if (input.cost) {
        rec.floor = priceForNet(input.fees, *input.cost + input.minimumProfit);
        if (price < *rec.floor)
            rec.reasoning << QCoreApplication::translate(
                                 "PricingEngine", "Raised to %1: below it the payout after fees would not cover cost "
                                                  "plus %2.")
                                 .arg(money(*rec.floor), money(input.minimumProfit));
        floor = std::max(floor, *rec.floor);
    }
    rec.price = psychologicalRoundAbove(price, floor);
    rec.fees = feesAt(input.fees, rec.price);
    rec.netProceeds = rec.price - rec.fees;
    if (input.cost)
        rec.profit = rec.netProceeds - *input.cost;
    rec.position = positionOf(rec.price, input.market);
    rec.sellProbability = sellProbability(rec.position);
    return rec;
}

} // namespace sf::pricingengine

#include "autolisting.h"

#include "domain/itemstatus.h"
#include "pricingengine.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace sf::autolisting {

namespace {
QString percent(qint64 bp)
{
    return QLocale().toString(double(bp) / 100.0, 'f', 1);
}

QString amount(const Money &money)
{
    return money.toDisplayString(QLocale());
}

bool containsNoCase(const QStringList &list, const QString &value)
{
    return list.contains(value, Qt::CaseInsensitive);
}

// Adds one condition to the check when the rule sets it.
class Checker {
public:
    explicit Checker(RuleCheck &check)
        : m_check(check)
    {}
    void operator()(bool set, bool holds, const QString &failure)
    {
        if (!set)
            return;
        ++m_check.total;
        if (holds)
            ++m_check.met;
        else
            m_check.unmet << failure;
    }

private:
    RuleCheck &m_check;
};

QString unknown(const QString &what)
{
    return QCoreApplication::translate("AutoListing", "%1: not known from StockX's snapshots").arg(what);
}
} // namespace

PairFacts factsFor(const PricingCandidate &pair, const PricingContext &context)
{
    PairFacts facts;
    facts.status = itemstatus::key(pair.status);
    facts.brand = pair.brandName;
    facts.category = pair.categoryName;
    facts.market = MarketContext::from(pair.lowestAsk, pair.highestBid, pair.lastSale, pair.market, context.now.date());
    if (pair.cost)
        facts.costMinor = pair.cost->minor();
    if (pair.purchasedAt.isValid())
        facts.ageDays = int(pair.purchasedAt.daysTo(context.now));
    if (pair.cost && pair.cost->minor() > 0 && facts.market.marketPrice) {
        const Money price = *facts.market.marketPrice;
        const Money net = price - pricingengine::feesAt(context.fees, price);
        facts.marginBp = (net.minor() - pair.cost->minor()) * 10000 / pair.cost->minor();
    }
    return facts;
}

RuleCheck check(const AutoListingConditions &c, const PairFacts &f)
{
    RuleCheck result;
    Checker test(result);
    const MarketContext &m = f.market;
    test(c.minMarginBp.has_value(), f.marginBp && c.minMarginBp && *f.marginBp >= *c.minMarginBp,
         f.marginBp ? QCoreApplication::translate("AutoListing", "margin after fees is %1 % (needs %2 %)")
                          .arg(percent(*f.marginBp), percent(c.minMarginBp.value_or(0)))
                    : unknown(QCoreApplication::translate("AutoListing", "margin")));
    test(!c.statuses.isEmpty(), c.statuses.contains(f.status),
         QCoreApplication::translate("AutoListing", "status is %1").arg(AutoListingConditions::keyNames({f.status})));
    test(c.minAgeDays.has_value(), f.ageDays && c.minAgeDays && *f.ageDays >= *c.minAgeDays,
         f.ageDays ? QCoreApplication::translate("AutoListing", "bought %1 days ago (needs %2)")
                         .arg(*f.ageDays)
                         .arg(c.minAgeDays.value_or(0))
                   : QCoreApplication::translate("AutoListing", "the purchase date is not known"));
    test(!c.marketConditions.isEmpty(),
         m.condition && c.marketConditions.contains(MarketContext::conditionKey(*m.condition)),
         m.condition ? QCoreApplication::translate("AutoListing", "market is %1")
                           .arg(AutoListingConditions::keyNames({MarketContext::conditionKey(*m.condition)}))
                     : unknown(QCoreApplication::translate("AutoListing", "market")));
    test(!c.brands.isEmpty(), containsNoCase(c.brands, f.brand),
         QCoreApplication::translate("AutoListing", "brand is %1").arg(f.brand));
    test(!c.categories.isEmpty(), containsNoCase(c.categories, f.category),
         QCoreApplication::translate("AutoListing", "category is %1").arg(f.category));
    const QString cost = f.costMinor ? Money(*f.costMinor, u"EUR"_s).toDecimalString() : u"?"_s;
    test(c.minPurchaseMinor.has_value(), f.costMinor && c.minPurchaseMinor && *f.costMinor >= *c.minPurchaseMinor,
         QCoreApplication::translate("AutoListing", "purchase price is %1").arg(cost));
    test(c.maxPurchaseMinor.has_value(), f.costMinor && c.maxPurchaseMinor && *f.costMinor <= *c.maxPurchaseMinor,
         QCoreApplication::translate("AutoListing", "purchase price is %1").arg(cost));
    test(!c.volatilities.isEmpty(),
         m.volatility && c.volatilities.contains(MarketContext::volatilityKey(*m.volatility)),
         m.volatility ? QCoreApplication::translate("AutoListing", "volatility is %1")
                            .arg(AutoListingConditions::keyNames({MarketContext::volatilityKey(*m.volatility)}))
                      : unknown(QCoreApplication::translate("AutoListing", "volatility")));
    test(!c.trends.isEmpty(), m.trend && c.trends.contains(MarketContext::trendKey(*m.trend)),
         m.trend ? QCoreApplication::translate("AutoListing", "trend is %1")
                       .arg(AutoListingConditions::keyNames({MarketContext::trendKey(*m.trend)}))
                 : unknown(QCoreApplication::translate("AutoListing", "trend")));
    test(c.minCompetitorGapBp.has_value(),
         m.competitorGapBp && c.minCompetitorGapBp && *m.competitorGapBp >= *c.minCompetitorGapBp,
         m.competitorGapBp ? QCoreApplication::translate("AutoListing", "gap between ask and bid is %1 %")
                                 .arg(percent(*m.competitorGapBp))
                           : unknown(QCoreApplication::translate("AutoListing", "gap between ask and bid")));
    test(
        c.minDemandPermille.has_value(),
        m.demandScore && c.minDemandPermille && *m.demandScore * 1000.0 >= double(*c.minDemandPermille),
        m.demandScore
            ? QCoreApplication::translate("AutoListing", "demand is %1").arg(QLocale().toString(*m.demandScore, 'f', 2))
            : unknown(QCoreApplication::translate("AutoListing", "demand")));
    return result;
}

namespace {
// The strategy's ask before the floor, and why.
std::pair<Money, QString> strategyPrice(AutoListingStrategy strategy, qint64 markupBp, const Money &cost,
                                        const std::optional<Money> &market)
{
    const auto plus = [&cost](qint64 bp) { return cost.scaled(10000 + bp, 10000); };
    const auto costPlus = [&](qint64 bp) {
        return std::pair{plus(bp), QCoreApplication::translate("AutoListing", "cost + %1 %").arg(percent(bp))};
    };
    const auto atLeastMarket = [&](qint64 bp) {
        if (market && *market > plus(bp))
            return std::pair{*market,
                             QCoreApplication::translate("AutoListing", "StockX's lowest ask %1, above cost + %2 %")
                                 .arg(amount(*market), percent(bp))};
        return costPlus(bp);
    };
    switch (strategy) {
    case AutoListingStrategy::CostPlus: return costPlus(markupBp);
    case AutoListingStrategy::Premium: return atLeastMarket(markupBp);
    case AutoListingStrategy::Aggressive: return atLeastMarket(markupBp + 500);
    case AutoListingStrategy::MarketBased:
        if (market)
            return {*market,
                    QCoreApplication::translate("AutoListing", "StockX's market price %1").arg(amount(*market))};
        return {plus(2000), QCoreApplication::translate("AutoListing", "no market price on StockX: cost + 20 %")};
    case AutoListingStrategy::Competitive:
        if (market)
            return {
                *market - Money::fromMajor(1, cost.currency()),
                QCoreApplication::translate("AutoListing", "1.00 under StockX's lowest ask %1").arg(amount(*market))};
        return costPlus(markupBp - 200);
    case AutoListingStrategy::Clearance:
        if (market && *market < plus(qMax<qint64>(500, markupBp)))
            return {*market, QCoreApplication::translate("AutoListing", "no higher than StockX's lowest ask %1")
                                 .arg(amount(*market))};
        return costPlus(qMax<qint64>(500, markupBp));
    }
    Q_UNREACHABLE();
}
} // namespace

ListingPrice priceFor(AutoListingStrategy strategy, qint64 markupBp, const Money &cost, const MarketContext &market,
                      const PricingContext &context)
{
    const auto [price, why] = strategyPrice(strategy, markupBp, cost, market.marketPrice);
    ListingPrice out{
        price,
        {why},
        pricingengine::priceForNet(context.fees, cost + Money(context.minimumProfit.minor(), cost.currency()))};
    if (out.price < out.floor)
        out.reasoning << QCoreApplication::translate("AutoListing", "raised to the floor %1, which nets cost + the "
                                                                    "minimum profit after fees")
                             .arg(amount(out.floor));
    out.price = pricingengine::psychologicalRoundAbove(qMax(out.price, out.floor), out.floor);
    return out;
}

AutoListingDecision decide(const QList<AutoListingRule> &rules, const PricingCandidate &pair,
                           const PricingContext &context)
{
    AutoListingDecision decision;
    decision.pair = pair;
    const PairFacts facts = factsFor(pair, context);
    decision.market = facts.market;
    for (const AutoListingRule &rule : rules) {
        if (!rule.active)
            continue;
        const RuleCheck result = check(rule.conditions, facts);
        if (result.matches()) {
            decision.rule = rule;
            decision.confidence = result.confidence();
            decision.unmet.clear();
            break;
        }
        if (decision.nearestRule.isEmpty() || result.confidence() > decision.confidence) {
            decision.nearestRule = rule.name;
            decision.confidence = result.confidence();
            decision.unmet = result.unmet;
        }
    }
    if (!decision.rule || !pair.cost)
        return decision;
    const Money &cost = *pair.cost;
    const ListingPrice listing =
        priceFor(decision.rule->strategy, decision.rule->markupBp, cost, facts.market, context);
    decision.price = listing.price;
    decision.reasoning = listing.reasoning;
    decision.fees = pricingengine::feesAt(context.fees, listing.price);
    decision.netProceeds = listing.price - decision.fees;
    decision.profit = decision.netProceeds - cost;
    decision.floor = listing.floor;
    decision.expiresAt = context.now.addDays(decision.rule->expiresDays);
    return decision;
}

} // namespace sf::autolisting

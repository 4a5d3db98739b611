#include "pricingcontext.h"

#include "db/systemconfig.h"
#include "pricerulerepository.h"
#include "sales/marketplacerepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sf {

Result<PricingContext> PricingContext::load(const Database &db, const QDateTime &now, const QString &currency)
{
    PricingContext context;
    context.now = now;
    const auto stockx = MarketplaceRepository(db).findBySlug(u"stockx"_s);
    if (!stockx)
        return stockx.error();
    if (!stockx.value())
        return Error{u"pricing.no_stockx"_s,
                     QCoreApplication::translate("Pricing", "The StockX marketplace is missing from this database."),
                     QString()};
    context.stockx = stockx.value()->id;
    const SystemConfig config(db);
    const auto level = config.number(QString::fromLatin1(kSellerLevelKey), 1);
    if (!level)
        return level.error();
    auto fees = MarketplaceRepository(db).feeRules(context.stockx, now, level.value());
    if (!fees)
        return fees.error();
    context.fees = fees.value();
    const auto profit = config.value(QString::fromLatin1(kMinimumProfitKey));
    if (!profit)
        return profit.error();
    const QString profitText = profit.value().value_or(QString::fromLatin1(kDefaultMinimumProfit));
    context.minimumProfit = Money::parse(profitText, currency).value_or(Money(1000, currency));
    const PriceRuleRepository rules(db);
    auto active = rules.activeRules(now);
    if (!active)
        return active.error();
    context.rules = active.value();
    auto multipliers = rules.brandMultipliers(now.date());
    if (!multipliers)
        return multipliers.error();
    context.brandMultipliers = multipliers.value();
    return context;
}

PricingInput PricingContext::inputFor(const PricingCandidate &candidate) const
{
    PricingInput input;
    input.currency = candidate.currency;
    input.cost = candidate.cost;
    input.market = candidate.market;
    input.rules = rulesFor(rules, candidate.brand, candidate.category, stockx);
    input.brandMultipliers = brandMultipliers.value(candidate.brand);
    input.fees = fees;
    input.minimumProfit = minimumProfit.currency() == candidate.currency
                              ? minimumProfit
                              : Money(minimumProfit.minor(), candidate.currency);
    input.currentAsk = candidate.ourAsk;
    input.daysListed = candidate.daysListed(now);
    input.today = now.date();
    return input;
}

} // namespace sf

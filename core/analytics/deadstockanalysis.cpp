#include "deadstockanalysis.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sf {

std::optional<double> DeadStockItem::trendPercent() const
{
    if (!lowestAsk || !askMonthAgo || askMonthAgo->minor() == 0)
        return std::nullopt;
    return 100.0 * double(lowestAsk->minor() - askMonthAgo->minor()) / double(askMonthAgo->minor());
}

namespace deadstockanalysis {

double ageRisk(double days)
{
    if (days <= 30)
        return 0.1;
    if (days <= 60)
        return 0.3;
    if (days <= 120)
        return 0.6;
    if (days <= 180)
        return 0.8;
    return 1.0;
}

std::optional<double> marketRisk(const std::optional<Money> &market, const std::optional<Money> &purchase)
{
    if (!market)
        return std::nullopt;
    if (!purchase || purchase->minor() <= 0)
        return 0.5; // the original's value when the ratio cannot be formed
    const double ratio = double(market->minor()) / double(purchase->minor());
    if (ratio < 0.8)
        return 0.9;
    if (ratio < 0.9)
        return 0.7;
    if (ratio > 1.2)
        return 0.2;
    if (ratio > 1.1)
        return 0.3;
    return 0.5;
}

double velocityRisk(const QString &brand, const QString &category)
{
    const QString b = brand.toLower();
    double risk = 0.5;
    if (b.contains(u"nike"_s) || b.contains(u"jordan"_s))
        risk = 0.3;
    else if (b.contains(u"adidas"_s) || b.contains(u"puma"_s))
        risk = 0.4;
    else if (!b.isEmpty())
        risk = 0.6;
    const QString c = category.toLower();
    if (c.contains(u"sneaker"_s))
        risk *= 0.8;
    else if (c.contains(u"boot"_s))
        risk *= 1.2;
    return qMin(risk, 1.0);
}

DeadStockLevel levelFor(double days, double score)
{
    if (days > 180 || score > 0.9)
        return DeadStockLevel::Critical;
    if (days > 120 || score > 0.75)
        return DeadStockLevel::Dead;
    if (days > 60 || score > 0.5)
        return DeadStockLevel::Cold;
    if (days > 30 || score > 0.25)
        return DeadStockLevel::Warm;
    return DeadStockLevel::Hot;
}

void classify(DeadStockItem &item, const QString &currency)
{
    item.ageRisk = ageRisk(item.daysInStock);
    item.marketRisk = marketRisk(item.marketPrice(), item.purchasePrice);
    item.velocityRisk = velocityRisk(item.brand, item.category);
    item.riskScore = item.marketRisk ? qMin(1.0, 0.3 * item.ageRisk + 0.3 * *item.marketRisk + 0.4 * item.velocityRisk)
                                     : item.ageRisk;
    item.level = levelFor(item.daysInStock, item.riskScore);
    const Money purchase = item.purchasePrice.value_or(Money(0, currency));
    item.lockedCapital = purchase.scaled(item.quantity, 1);
    const std::optional<Money> market = item.marketPrice();
    Money lossPerPair(0, currency);
    if (!market)
        lossPerPair = Money(qRound64(double(purchase.minor()) * item.riskScore * 0.3), currency);
    else if (*market < purchase)
        lossPerPair = Money(qRound64(double((purchase - *market).minor()) * (1 + item.riskScore)), currency);
    item.potentialLoss = lossPerPair.scaled(item.quantity, 1);
}

std::optional<double> Portfolio::lossPercent() const
{
    if (totalLocked.minor() == 0)
        return std::nullopt;
    return 100.0 * double(totalLoss.minor()) / double(totalLocked.minor());
}

QStringList Portfolio::recommendations() const
{
    QStringList lines;
    if (const qint64 critical = pairs.value(DeadStockLevel::Critical); critical > 0)
        lines << QCoreApplication::translate("DeadStock", "%n critical pair(s): liquidate them now, capital is tied up",
                                             nullptr, int(critical));
    if (const qint64 dead = pairs.value(DeadStockLevel::Dead); dead > 0)
        lines << QCoreApplication::translate("DeadStock", "%n dead pair(s): cut their prices before they turn critical",
                                             nullptr, int(dead));
    if (lossPercent() && *lossPercent() > 20)
        lines << QCoreApplication::translate(
            "DeadStock", "The potential loss exceeds 20 % of the locked capital: review the pricing");
    if (totalLocked > Money::fromMajor(10000, totalLocked.currency()))
        lines << QCoreApplication::translate(
            "DeadStock", "More than 10 000 of capital is locked in stock: sell slow pairs before buying more");
    if (withoutMarket > 0)
        lines << QCoreApplication::translate(
            "DeadStock", "%n pair(s) have no market figure and are classified by age alone: sync the StockX catalog",
            nullptr, int(withoutMarket));
    return lines;
}

Portfolio summarise(const QList<DeadStockItem> &items, const QString &currency)
{
    Portfolio p;
    p.totalLocked = p.totalLoss = Money(0, currency);
    for (DeadStockLevel level : deadstocklevel::all()) {
        p.pairs[level] = 0;
        p.lockedCapital[level] = p.potentialLoss[level] = Money(0, currency);
    }
    for (const DeadStockItem &item : items) {
        p.pairs[item.level] += item.quantity;
        p.lockedCapital[item.level] += item.lockedCapital;
        p.potentialLoss[item.level] += item.potentialLoss;
        p.totalLocked += item.lockedCapital;
        p.totalLoss += item.potentialLoss;
        if (!item.marketRisk)
            p.withoutMarket += item.quantity;
    }
    return p;
}

} // namespace deadstockanalysis

} // namespace sf

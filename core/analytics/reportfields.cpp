#include "reportfields.h"

#include "deadstocklevel.h"

#include <QtMath>

using namespace Qt::StringLiterals;

namespace sf::reportfields {

QString money(const Money &m)
{
    return m.toDecimalString();
}

QString money(const std::optional<Money> &m)
{
    return m ? m->toDecimalString() : QString();
}

QString number(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 2) : QString();
}

Fields kpiFields(const Kpis &k)
{
    Fields fields{
        {u"pairs_sold"_s, QString::number(k.pairsSold)},
        {u"revenue"_s, money(k.revenue)},
        {u"net_proceeds"_s, money(k.netProceeds)},
        {u"net_profit"_s, money(k.netProfit)},
        {u"cost"_s, money(k.cost)},
        {u"sales_without_cost"_s, QString::number(k.withoutCost)},
        {u"roi_percent"_s, number(k.roiPercent())},
        {u"margin_percent"_s, number(k.marginPercent())},
        {u"average_sale_price"_s, money(k.averageSalePrice())},
        {u"average_shelf_life_days"_s, number(k.averageShelfLifeDays)},
        {u"sell_through_percent"_s, number(k.sellThroughPercent())},
        {u"payouts_pending"_s, money(k.payoutsPending)},
        {u"oldest_pending_sale"_s, k.oldestPendingDay.isValid() ? k.oldestPendingDay.toString(Qt::ISODate) : QString()},
        {u"pairs_on_hand"_s, QString::number(k.pairsOnHand)},
        {u"stock_cost_net"_s, money(k.stockCostNet)},
        {u"stock_cost_gross"_s, money(k.stockCostGross)},
        {u"stock_at_lowest_ask"_s, money(k.stockAtAsk)},
        {u"stock_at_highest_bid"_s, money(k.stockAtBid)},
        {u"pairs_with_market_figure"_s, QString::number(k.pairsWithMarket)},
        {u"unrealised_gain"_s, money(k.unrealisedGain)}};
    for (const auto &[status, pairs] : k.pairsByStatus)
        fields.append({u"pairs_"_s + itemstatus::key(status), QString::number(pairs)});
    return fields;
}

Fields deadStockFields(const DeadStockItem &item)
{
    return {{u"level"_s, deadstocklevel::key(item.level)},
            {u"days"_s, QString::number(qFloor(item.daysInStock))},
            {u"sku"_s, item.sku},
            {u"product"_s, item.productName},
            {u"size"_s, item.sizeLabel},
            {u"quantity"_s, QString::number(item.quantity)},
            {u"purchase_price"_s, money(item.purchasePrice)},
            {u"lowest_ask"_s, money(item.lowestAsk)},
            {u"highest_bid"_s, money(item.highestBid)},
            {u"trend_30d_percent"_s, number(item.trendPercent())},
            {u"risk"_s, QString::number(item.riskScore, 'f', 2)},
            {u"locked_capital"_s, money(item.lockedCapital)},
            {u"potential_loss"_s, money(item.potentialLoss)},
            {u"basis"_s, item.marketRisk ? u"market"_s : u"age only"_s}};
}

} // namespace sf::reportfields

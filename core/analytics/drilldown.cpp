#include "drilldown.h"

namespace sf::drilldown {

namespace {
OrderQuery countedSales(const KpiQuery &query)
{
    OrderQuery orders;
    orders.countedOnly = true;
    orders.currency = query.currency;
    orders.marketplaceSlug = query.marketplaceSlug;
    orders.brand = query.brand;
    orders.supplier = query.supplier;
    return orders;
}
} // namespace

OrderQuery periodSales(const KpiQuery &query)
{
    return periodSales(query, query.from, query.to, query.marketplaceSlug);
}

OrderQuery periodSales(const KpiQuery &query, const QDate &first, const QDate &last, const QString &marketplaceSlug)
{
    OrderQuery orders = countedSales(query);
    orders.soldFrom = qMax(first, query.from);
    orders.soldTo = qMin(last, query.to);
    orders.marketplaceSlug = marketplaceSlug;
    return orders;
}

OrderQuery pendingPayouts(const KpiQuery &query)
{
    OrderQuery orders = countedSales(query);
    orders.payout = OrderQuery::Payout::Outstanding;
    return orders;
}

OrderQuery expectedPayouts(const KpiQuery &query, const QList<ExpectedPayout> &rows)
{
    OrderQuery orders = pendingPayouts(query);
    for (const ExpectedPayout &row : rows) {
        orders.marketplaceSlug = row.marketplaceSlug;
        if (!orders.soldFrom.isValid() || row.soldOn < orders.soldFrom)
            orders.soldFrom = row.soldOn;
        if (!orders.soldTo.isValid() || row.soldOn > orders.soldTo)
            orders.soldTo = row.soldOn;
    }
    return orders;
}

std::optional<OrderQuery> group(const KpiQuery &query, SalesGrouping grouping, const SalesGroup &group)
{
    OrderQuery orders = periodSales(query);
    switch (grouping) {
    case SalesGrouping::Day: orders.soldFrom = orders.soldTo = QDate::fromString(group.key, Qt::ISODate); break;
    case SalesGrouping::Week:
    case SalesGrouping::Month: {
        const QDate start = QDate::fromString(group.key, Qt::ISODate);
        orders.soldFrom = qMax(start, query.from);
        orders.soldTo = qMin(timebucket::lastDay(start, bucketOf(grouping)), query.to);
        break;
    }
    case SalesGrouping::Brand:
        if (group.key.isEmpty())
            return std::nullopt;
        orders.brand = BrandId::fromString(group.key);
        break;
    case SalesGrouping::Product: orders.product = ProductId::fromString(group.key); break;
    case SalesGrouping::Marketplace: orders.marketplaceSlug = group.key; break;
    case SalesGrouping::Supplier:
        if (group.key.isEmpty())
            return std::nullopt;
        orders.supplier = SupplierId::fromString(group.key);
        break;
    }
    return orders;
}

OrderQuery profitBand(const KpiQuery &query, const ProfitBucket &bucket)
{
    OrderQuery orders = periodSales(query);
    orders.profitFrom = bucket.from;
    orders.profitTo = bucket.to;
    return orders;
}

StockQuery onHand(const KpiQuery &query, std::optional<ItemStatus> status)
{
    StockQuery stock;
    for (ItemStatus s : itemstatus::all())
        if (s != ItemStatus::Sold && s != ItemStatus::Canceled && (!status || s == *status))
            stock.statuses << s;
    stock.currency = query.currency;
    stock.brand = query.brand;
    stock.supplier = query.supplier;
    return stock;
}

StockQuery ageingBand(const KpiQuery &query, const AgeingBand &band)
{
    StockQuery stock = onHand(query);
    stock.minAgeDays = band.fromDays;
    stock.maxAgeDays = band.toDays;
    stock.ageAsOf = query.asOf;
    return stock;
}

} // namespace sf::drilldown

#include "salerecorder.h"

#include "domain/lookuponce.h"

#include "listingrepository.h"
#include "marketplacerepository.h"
#include "orderrepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
bool sameSale(const Order &a, const Order &b)
{
    return static_cast<const SaleTerms &>(a) == static_cast<const SaleTerms &>(b) && a.status == b.status &&
           a.listingId == b.listingId;
}

QString key(const MarketplaceId &marketplace, const QString &number)
{
    return marketplace.toString() + u'|' + number;
}

QString pairKey(const ProductId &product, const SizeId &size)
{
    return product.toString() + u'|' + size.toString();
}

ProductHint hintOf(const ImportedSale &sale)
{
    return {sale.styleCode, sale.itemName, sale.brandName, sale.sizeLabel};
}

// Orders keep whole seconds (what every marketplace reports), so a sale seen again compares equal.
QDateTime toSeconds(const QDateTime &t)
{
    return t.isValid() ? QDateTime::fromSecsSinceEpoch(t.toSecsSinceEpoch(), Qt::UTC) : QDateTime();
}
} // namespace

SaleRecorder::SaleRecorder(const Database &db)
    : m_db(db)
    , m_stock(db)
    , m_catalog(db)
{}

void SaleRecorder::forgetUncommitted()
{
    m_marketplaces.clear(); // a marketplace created by a rolled-back row is gone again
    m_catalog.forgetUncommitted();
    m_orders.clear();
    m_listings.clear();
    m_items.clear();
    m_unsold.clear();
}

Status SaleRecorder::prefetch(const QList<ImportedSale> &sales)
{
    m_orders.clear();
    m_listings.clear();
    m_items.clear();
    m_unsold.clear();
    QHash<QString, QList<qsizetype>> bySlug;
    for (qsizetype i = 0; i < sales.size(); ++i)
        bySlug[sales.at(i).marketplaceSlug] << i;
    for (auto it = bySlug.cbegin(); it != bySlug.cend(); ++it) {
        const auto market = marketplace(sales.at(it.value().constFirst()));
        if (!market)
            continue; // each of its sales is rejected with the reason when it is recorded
        QStringList numbers;
        QStringList listings;
        for (qsizetype i : it.value()) {
            numbers << sales.at(i).orderNumber;
            if (!sales.at(i).listingExternalId.isEmpty())
                listings << sales.at(i).listingExternalId;
        }
        if (Status status = prefetchOrders(market.value(), numbers); !status)
            return status;
        if (Status status = prefetchListings(market.value(), listings); !status)
            return status;
    }
    QList<ProductHint> hints;
    for (const ImportedSale &sale : sales)
        hints << hintOf(sale);
    if (Status status = m_catalog.prefetchProducts(hints); !status)
        return status;
    return prefetchUnsold(sales);
}

Status SaleRecorder::prefetchOrders(const Marketplace &marketplace, const QStringList &numbers)
{
    const auto found = OrderRepository(m_db).findByExternalIds(marketplace.id, numbers);
    if (!found)
        return found.error();
    for (const QString &number : numbers)
        m_orders.insert(key(marketplace.id, number), std::nullopt);
    QList<StockItemId> items;
    for (const Order &order : found.value()) {
        m_orders.insert(key(marketplace.id, order.externalId), order);
        items << order.itemId;
    }
    const auto sold = m_stock.repository().getMany(items);
    if (!sold)
        return sold.error();
    for (const StockItem &item : sold.value())
        m_items.insert(item.id, item);
    return {};
}

Status SaleRecorder::prefetchListings(const Marketplace &marketplace, const QStringList &ids)
{
    const auto found = ListingRepository(m_db).findByExternalIds(marketplace.id, ids);
    if (!found)
        return found.error();
    for (const QString &id : ids)
        m_listings.insert(key(marketplace.id, id), std::nullopt);
    for (const Listing &listing : found.value())
        m_listings.insert(key(marketplace.id, listing.externalId), listing);
    return {};
}

// Only for sales that will take the oldest unsold pair: new orders, not of a listing we know, without a
// purchase key, of products that exist (a new product has no pairs yet).
Status SaleRecorder::prefetchUnsold(const QList<ImportedSale> &sales)
{
    QList<ProductId> products;
    QList<SizeId> sizes;
    for (const ImportedSale &sale : sales) {
        const auto market = m_marketplaces.constFind(sale.marketplaceSlug);
        if (market == m_marketplaces.cend() || !sale.purchaseKey.isEmpty() ||
            m_orders.value(key(market->id, sale.orderNumber)) ||
            m_listings.value(key(market->id, sale.listingExternalId)))
            continue;
        const auto product = m_catalog.knownProduct(hintOf(sale));
        if (!product)
            continue;
        const auto size = m_catalog.size(sale.sizeLabel);
        if (!size)
            continue;
        const QString pair = pairKey(*product, size.value().id);
        if (m_unsold.contains(pair))
            continue;
        m_unsold.insert(pair, {});
        products << *product;
        sizes << size.value().id;
    }
    const auto found = m_stock.repository().unsold(products, sizes);
    if (!found)
        return found.error();
    for (const StockItem &item : found.value())
        m_unsold[pairKey(item.productId, item.sizeId)] << item;
    return {};
}

Result<std::optional<Order>> SaleRecorder::existingOrder(const Marketplace &marketplace, const QString &number) const
{
    if (const auto known = m_orders.constFind(key(marketplace.id, number)); known != m_orders.cend())
        return *known;
    return OrderRepository(m_db).findByExternalId(marketplace.id, number);
}

Result<std::optional<StockItem>> SaleRecorder::item(const StockItemId &id) const
{
    if (const auto known = m_items.constFind(id); known != m_items.cend())
        return std::optional(*known);
    return m_stock.repository().get(id);
}

Result<std::optional<StockItem>> SaleRecorder::oldestUnsold(const ProductId &product, const SizeId &size)
{
    auto known = m_unsold.find(pairKey(product, size));
    if (known == m_unsold.end() && m_catalog.isNewProduct(product))
        known = m_unsold.insert(pairKey(product, size), {});
    if (known == m_unsold.end())
        return m_stock.repository().oldestUnsold(product, size);
    if (known->isEmpty())
        return std::optional<StockItem>();
    return std::optional(known->constFirst());
}

void SaleRecorder::forgetItem(const StockItem &item)
{
    m_items.remove(item.id);
    if (const auto known = m_unsold.find(pairKey(item.productId, item.sizeId)); known != m_unsold.end())
        known->removeIf([&](const StockItem &unsold) { return unsold.id == item.id; });
}

Result<Marketplace> SaleRecorder::marketplace(const ImportedSale &sale)
{
    MarketplaceRepository marketplaces(m_db);
    const auto found = lookupOnce(
        m_marketplaces, sale.marketplaceSlug, [&] { return marketplaces.findBySlug(sale.marketplaceSlug); },
        Error{u"import.marketplace"_s,
              QCoreApplication::translate("SaleRecorder", "The marketplace \"%1\" does not exist in this database.")
                  .arg(sale.marketplaceSlug),
              sale.marketplaceSlug});
    if (found || sale.marketplaceName.isEmpty() || found.error().code != u"import.marketplace"_s)
        return found;
    Marketplace created;
    created.name = sale.marketplaceName;
    created.slug = sale.marketplaceSlug;
    created.supportsFees = false;
    created.defaultCurrency = sale.currency;
    auto stored = marketplaces.create(created);
    if (stored)
        m_marketplaces.insert(sale.marketplaceSlug, stored.value());
    return stored;
}

Result<StockItem> SaleRecorder::soldItem(const ImportedSale &sale)
{
    const auto productId = m_catalog.product({sale.styleCode, sale.itemName, sale.brandName, sale.sizeLabel});
    if (!productId)
        return productId.error();
    const auto itemSize = m_catalog.size(sale.sizeLabel);
    if (!itemSize)
        return itemSize.error();
    const auto unsold = sale.purchaseKey.isEmpty() ? oldestUnsold(productId.value(), itemSize.value().id)
                                                   : itemByImportKey(sale.purchaseKey);
    if (!unsold)
        return unsold.error();
    if (unsold.value() && unsold.value()->status == ItemStatus::Sold)
        return *unsold.value(); // sold in an earlier import of the same pair
    if (unsold.value()) {
        StockItem item = *unsold.value();
        forgetItem(item);
        StockService::applyStatus(item, ItemStatus::Sold);
        if (Status status = m_stock.updateFrom(*unsold.value(), item); !status)
            return status.error();
        return item;
    }
    StockItem item;
    item.productId = productId.value();
    item.sizeId = itemSize.value().id;
    item.status = ItemStatus::Sold;
    item.createdByImport = true;
    item.currency = sale.currency;
    item.netPrice = sale.purchaseNet;
    item.grossPrice = sale.purchaseGross;
    item.purchaseDate = sale.purchaseDate;
    const auto supplierId = m_catalog.supplier(sale.supplierName);
    if (!supplierId)
        return supplierId.error();
    item.supplierId = supplierId.value();
    item.importKey = sale.purchaseKey;
    return m_stock.addItem(item);
}

Result<std::optional<Listing>> SaleRecorder::listingOf(const ImportedSale &sale, const Marketplace &marketplace) const
{
    if (sale.listingExternalId.isEmpty())
        return std::optional<Listing>();
    if (const auto known = m_listings.constFind(key(marketplace.id, sale.listingExternalId));
        known != m_listings.cend())
        return *known;
    return ListingRepository(m_db).findByExternalId(marketplace.id, sale.listingExternalId);
}

Result<StockItem> SaleRecorder::listedItem(const Listing &listing)
{
    const auto found = m_stock.repository().get(listing.itemId);
    if (!found)
        return found.error();
    StockItem item = found.value().value_or(StockItem{});
    forgetItem(item);
    if (item.status != ItemStatus::Sold) {
        StockService::applyStatus(item, ItemStatus::Sold);
        if (Status status = m_stock.updateItem(item); !status)
            return status.error();
    }
    return item;
}

Result<std::optional<StockItem>> SaleRecorder::itemByImportKey(const QString &key) const
{
    const auto id = m_stock.repository().findByImportKey(key);
    if (!id)
        return id.error();
    if (!id.value())
        return std::optional<StockItem>();
    return m_stock.repository().get(*id.value());
}

Order SaleRecorder::orderFor(const ImportedSale &sale, const Marketplace &marketplace, const StockItem &item) const
{
    Order order;
    order.itemId = item.id;
    order.marketplaceId = marketplace.id;
    order.externalId = sale.orderNumber;
    static_cast<SaleTerms &>(order) = sale;
    order.soldAt = toSeconds(sale.soldAt);
    order.payoutDate = toSeconds(sale.payoutDate);
    order.payoutReceived = sale.payoutReceived || sale.payoutDate.isValid();
    order.status = sale.status;
    order.platformUpdatedAt = sale.platformUpdatedAt;
    SaleFigures figures{sale.salePrice,           sale.sellerFee,    sale.processingFee,
                        sale.shippingFee,         sale.otherFees,    item.netPrice.value_or(Money(0, sale.currency)),
                        item.purchaseDate.date(), sale.soldAt.date()};
    if (figures.cost.currency() != sale.currency)
        figures.cost = Money(0, sale.currency); // a cost in another currency cannot be subtracted exactly
    order.financials = computeFinancials(figures);
    return order;
}

Result<RecordResult> SaleRecorder::record(const ImportedSale &sale)
{
    const auto market = marketplace(sale);
    if (!market)
        return market.error();
    OrderRepository orders(m_db);
    const auto existing = existingOrder(market.value(), sale.orderNumber);
    if (!existing)
        return existing.error();
    QJsonObject processed = sale.toJson();
    const auto listing = listingOf(sale, market.value());
    if (!listing)
        return listing.error();
    if (existing.value()) {
        const Order before = *existing.value();
        const auto item = this->item(before.itemId);
        if (!item)
            return item.error();
        Order after = orderFor(sale, market.value(), item.value().value_or(StockItem{}));
        after.id = before.id;
        after.itemId = before.itemId;
        after.listingId = before.listingId.isNull() ? listing.value().value_or(Listing{}).id : before.listingId;
        if (sale.platformStatus.isEmpty())
            after.platformStatus = before.platformStatus;
        after.notes = before.notes;
        after.shippingDocumentPath = before.shippingDocumentPath;
        processed.insert(u"order_id"_s, before.id.toString());
        if (sameSale(before, after))
            return RecordResult{RecordOutcome::Duplicate, processed, {}};
        if (Status status = orders.update(after); !status)
            return status.error();
        m_orders.insert(key(market.value().id, sale.orderNumber), after);
        return RecordResult{RecordOutcome::Updated, processed, {}};
    }
    const auto item = listing.value() ? listedItem(*listing.value()) : soldItem(sale);
    if (!item)
        return item.error();
    Order order = orderFor(sale, market.value(), item.value());
    order.listingId = listing.value().value_or(Listing{}).id;
    const auto created = orders.create(order);
    if (!created)
        return created.error();
    m_orders.insert(key(market.value().id, sale.orderNumber), created.value());
    m_items.insert(item.value().id, item.value());
    processed.insert(u"order_id"_s, created.value().id.toString());
    processed.insert(u"stock_item_id"_s, item.value().id.toString());
    processed.insert(u"net_profit"_s, created.value().financials.netProfit.toDecimalString());
    return RecordResult{RecordOutcome::Imported, processed, {}};
}

} // namespace sf

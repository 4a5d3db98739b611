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
    const auto unsold = sale.purchaseKey.isEmpty()
                            ? m_stock.repository().oldestUnsold(productId.value(), itemSize.value().id)
                            : itemByImportKey(sale.purchaseKey);
    if (!unsold)
        return unsold.error();
    if (unsold.value() && unsold.value()->status == ItemStatus::Sold)
        return *unsold.value(); // sold in an earlier import of the same pair
    if (unsold.value()) {
        StockItem item = *unsold.value();
        StockService::applyStatus(item, ItemStatus::Sold);
        if (Status status = m_stock.updateItem(item); !status)
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
    return ListingRepository(m_db).findByExternalId(marketplace.id, sale.listingExternalId);
}

Result<StockItem> SaleRecorder::listedItem(const Listing &listing)
{
    const auto found = m_stock.repository().get(listing.itemId);
    if (!found)
        return found.error();
    StockItem item = found.value().value_or(StockItem{});
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
    const auto existing = orders.findByExternalId(market.value().id, sale.orderNumber);
    if (!existing)
        return existing.error();
    QJsonObject processed = sale.toJson();
    const auto listing = listingOf(sale, market.value());
    if (!listing)
        return listing.error();
    if (existing.value()) {
        const Order &before = *existing.value();
        const auto item = m_stock.repository().get(before.itemId);
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
    processed.insert(u"order_id"_s, created.value().id.toString());
    processed.insert(u"stock_item_id"_s, item.value().id.toString());
    processed.insert(u"net_profit"_s, created.value().financials.netProfit.toDecimalString());
    return RecordResult{RecordOutcome::Imported, processed, {}};
}

} // namespace sf

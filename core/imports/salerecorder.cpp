#include "salerecorder.h"

#include "catalog/brandrepository.h"
#include "catalog/categoryrepository.h"
#include "catalog/productrepository.h"
#include "catalog/sizerepository.h"
#include "sales/marketplacerepository.h"
#include "sales/orderrepository.h"
#include "suppliers/supplierrepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
bool sameSale(const Order &a, const Order &b)
{
    auto seconds = [](const QDateTime &t) { return t.isValid() ? t.toSecsSinceEpoch() : -1; };
    return a.status == b.status && a.currency == b.currency && a.salePrice == b.salePrice &&
           a.sellerFee == b.sellerFee && a.processingFee == b.processingFee && a.shippingFee == b.shippingFee &&
           a.otherFees == b.otherFees && seconds(a.soldAt) == seconds(b.soldAt) &&
           a.payoutReceived == b.payoutReceived && seconds(a.payoutDate) == seconds(b.payoutDate) &&
           a.buyerCountry == b.buyerCountry;
}

// A row that cannot change during a run (it comes from the migrations), looked up once.
template <typename T, typename Find>
Result<T> lookupOnce(QHash<QString, T> &cache, const QString &key, Find &&find, const Error &missing)
{
    if (const auto it = cache.constFind(key); it != cache.cend())
        return *it;
    const auto found = find();
    if (!found)
        return found.error();
    if (!found.value())
        return missing;
    cache.insert(key, *found.value());
    return *found.value();
}

QString categorySlugFor(const Size &size)
{
    if (size.region == u"INT"_s)
        return u"streetwear"_s;
    if (size.region == u"ONE"_s)
        return u"accessories"_s;
    return u"sneakers"_s;
}
} // namespace

QString skuForUnnamedStyle(const QString &itemName)
{
    return itemName.simplified().toUpper().left(100);
}

SaleRecorder::SaleRecorder(const Database &db)
    : m_db(db)
    , m_stock(db)
{}

void SaleRecorder::forgetUncommitted()
{
    // Categories come from the migrations and cannot be rolled back; the rest may have been created.
    m_marketplaces.clear();
    m_products.clear();
    m_sizes.clear();
    m_suppliers.clear();
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

Result<CategoryId> SaleRecorder::category(const Size &size)
{
    const QString slug = categorySlugFor(size);
    const auto found = lookupOnce(
        m_categories, slug, [&] { return CategoryRepository(m_db).findBySlug(slug); },
        Error{u"import.category"_s,
              QCoreApplication::translate("SaleRecorder", "The category \"%1\" is missing.").arg(slug), slug});
    if (!found)
        return found.error();
    return found.value().id;
}

Result<Size> SaleRecorder::size(const QString &label)
{
    const QString text = label.isEmpty() ? u"One Size"_s : label;
    if (const auto it = m_sizes.constFind(text); it != m_sizes.cend())
        return *it;
    SizeRepository sizes(m_db);
    const auto parsed = SizeRepository::parseLabel(text);
    if (!parsed)
        return Error{
            u"import.size"_s,
            QCoreApplication::translate("SaleRecorder", "\"%1\" is not a size (examples: 10, 8.5W, 3C, EU 42, M).")
                .arg(text),
            text};
    auto found = sizes.find(parsed->first, parsed->second);
    if (!found)
        return found.error();
    Size result;
    if (found.value()) {
        result = *found.value();
    } else {
        Size created;
        created.region = parsed->first;
        created.value = parsed->second;
        const auto categoryId = category(created);
        if (!categoryId)
            return categoryId.error();
        created.categoryId = categoryId.value();
        auto stored = sizes.create(created);
        if (!stored)
            return stored.error();
        result = stored.value();
    }
    m_sizes.insert(text, result);
    return result;
}

Result<ProductId> SaleRecorder::product(const ImportedSale &sale)
{
    const QString sku = sale.styleCode.isEmpty() ? skuForUnnamedStyle(sale.itemName) : sale.styleCode;
    if (const auto it = m_products.constFind(sku); it != m_products.cend())
        return *it;
    ProductRepository products(m_db);
    const auto found = products.findBySku(sku);
    if (!found)
        return found.error();
    if (found.value()) {
        m_products.insert(sku, found.value()->id);
        return found.value()->id;
    }
    Product product;
    product.sku = sku;
    product.styleCode = sale.styleCode;
    product.name = sale.itemName.simplified().left(255);
    BrandRepository brands(m_db);
    if (!sale.brandName.isEmpty()) {
        const auto brand = brands.findOrCreate(sale.brandName);
        if (!brand)
            return brand.error();
        product.brandId = brand.value().id;
    } else {
        const auto brand = brands.matchItemName(sale.itemName);
        if (!brand)
            return brand.error();
        if (brand.value())
            product.brandId = brand.value()->id;
    }
    const auto itemSize = size(sale.sizeLabel);
    if (!itemSize)
        return itemSize.error();
    const auto categoryId = category(itemSize.value());
    if (!categoryId)
        return categoryId.error();
    product.categoryId = categoryId.value();
    const auto created = products.create(product);
    if (!created)
        return created.error();
    m_products.insert(sku, created.value().id);
    return created.value().id;
}

Result<SupplierId> SaleRecorder::supplier(const QString &name)
{
    if (name.isEmpty())
        return SupplierId();
    if (const auto it = m_suppliers.constFind(name); it != m_suppliers.cend())
        return *it;
    const auto found = SupplierRepository(m_db).findOrCreate(name);
    if (!found)
        return found.error();
    m_suppliers.insert(name, found.value().id);
    return found.value().id;
}

Result<StockItem> SaleRecorder::soldItem(const ImportedSale &sale)
{
    const auto productId = product(sale);
    if (!productId)
        return productId.error();
    const auto itemSize = size(sale.sizeLabel);
    if (!itemSize)
        return itemSize.error();
    const auto unsold = m_stock.repository().oldestUnsold(productId.value(), itemSize.value().id);
    if (!unsold)
        return unsold.error();
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
    const auto supplierId = supplier(sale.supplierName);
    if (!supplierId)
        return supplierId.error();
    item.supplierId = supplierId.value();
    return m_stock.addItem(item);
}

Order SaleRecorder::orderFor(const ImportedSale &sale, const Marketplace &marketplace, const StockItem &item) const
{
    Order order;
    order.itemId = item.id;
    order.marketplaceId = marketplace.id;
    order.externalId = sale.orderNumber;
    order.status = sale.status;
    order.currency = sale.currency;
    order.salePrice = sale.salePrice;
    order.sellerFee = sale.sellerFee;
    order.processingFee = sale.processingFee;
    order.shippingFee = sale.shippingFee;
    order.otherFees = sale.otherFees;
    order.soldAt = sale.soldAt;
    order.payoutDate = sale.payoutDate;
    order.payoutReceived = sale.payoutDate.isValid();
    order.buyerCountry = sale.buyerCountry;
    SaleFigures figures{sale.salePrice,           sale.sellerFee,    sale.processingFee,
                        sale.shippingFee,         sale.otherFees,    item.netPrice.value_or(Money(0, sale.currency)),
                        item.purchaseDate.date(), sale.soldAt.date()};
    if (figures.cost.currency() != sale.currency)
        figures.cost = Money(0, sale.currency); // a cost in another currency cannot be subtracted exactly
    order.financials = computeFinancials(figures);
    return order;
}

Result<RowResult> SaleRecorder::record(const ImportedSale &sale)
{
    const auto market = marketplace(sale);
    if (!market)
        return market.error();
    OrderRepository orders(m_db);
    const auto existing = orders.findByExternalId(market.value().id, sale.orderNumber);
    if (!existing)
        return existing.error();
    QJsonObject processed = sale.toJson();
    if (existing.value()) {
        const Order &before = *existing.value();
        const auto item = m_stock.repository().get(before.itemId);
        if (!item)
            return item.error();
        Order after = orderFor(sale, market.value(), item.value().value_or(StockItem{}));
        after.id = before.id;
        after.itemId = before.itemId;
        after.listingId = before.listingId;
        after.platformStatus = before.platformStatus;
        after.notes = before.notes;
        processed.insert(u"order_id"_s, before.id.toString());
        if (sameSale(before, after))
            return RowResult{RowOutcome::Duplicate, processed, {}};
        if (Status status = orders.update(after); !status)
            return status.error();
        return RowResult{RowOutcome::Updated, processed, {}};
    }
    const auto item = soldItem(sale);
    if (!item)
        return item.error();
    const auto created = orders.create(orderFor(sale, market.value(), item.value()));
    if (!created)
        return created.error();
    processed.insert(u"order_id"_s, created.value().id.toString());
    processed.insert(u"stock_item_id"_s, item.value().id.toString());
    processed.insert(u"net_profit"_s, created.value().financials.netProfit.toDecimalString());
    return RowResult{RowOutcome::Imported, processed, {}};
}

} // namespace sf

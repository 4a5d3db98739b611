#include "stockxcatalogsync.h"

#include "catalog/productrepository.h"
#include "catalog/productvariantrepository.h"
#include "db/transaction.h"
#include "pricing/marketpricerepository.h"
#include "stockxmapping.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
const QString kPlatform = u"stockx"_s;
constexpr int kMostProductsPerRun = 100000;

// A product StockX does not know (404) or will not look up (400, e.g. an invalid GTIN) is skipped;
// everything else (network, quota, login) stops the run.
bool concernsOnlyThisProduct(const Error &error)
{
    return error.code == u"stockx.not_found"_s || error.code == u"stockx.refused"_s ||
           error.code == u"catalog.conflict"_s;
}

std::optional<Money> median(QList<Money> amounts)
{
    if (amounts.isEmpty())
        return std::nullopt;
    std::sort(amounts.begin(), amounts.end(), [](const Money &a, const Money &b) { return a.minor() < b.minor(); });
    return amounts.at((amounts.size() - 1) / 2);
}

QString productsLabel()
{
    return QCoreApplication::translate("StockXCatalogSync", "products");
}

QString firstGtin(const QJsonObject &variant)
{
    const QJsonArray gtins = variant.value(u"gtins"_s).toArray();
    return gtins.isEmpty() ? QString() : gtins.first().toObject().value(u"identifier"_s).toString();
}

// StockX style ids and ours written the same way: "dd1391 100" and "DD1391-100" match.
QString normalizedStyleCode(const QString &styleCode)
{
    QString result;
    for (QChar c : styleCode)
        if (c.isLetterOrNumber())
            result.append(c.toUpper());
    return result;
}
} // namespace

StockXCatalogSync::StockXCatalogSync(const Database &db, StockXClient &client, QList<ProductId> selection,
                                     QString currency, QObject *parent)
    : StockXSyncJob(db, client, parent)
    , m_selection(std::move(selection))
    , m_currency(std::move(currency))
    , m_catalog(db)
{}

Status StockXCatalogSync::prepare(SyncRun &run)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    run.rangeTo = now.date();
    m_next = 0;
    m_products.clear();
    ProductRepository products(m_db);
    if (m_selection.isEmpty()) {
        const auto due = products.enrichmentDue(QDateTime(now.date(), QTime(0, 0), Qt::UTC), kMostProductsPerRun);
        if (!due)
            return due.error();
        m_products = due.value();
        return {};
    }
    for (const ProductId &id : m_selection) {
        const auto product = products.get(id);
        if (!product)
            return product.error();
        if (product.value())
            m_products.append(*product.value());
    }
    return {};
}

void StockXCatalogSync::afterPages(std::function<void(Status)> done)
{
    log(QCoreApplication::translate("StockXCatalogSync", "Enriching %n products from the StockX catalog.", nullptr,
                                    int(m_products.size())));
    enrichNext(std::move(done));
}

void StockXCatalogSync::enrichNext(std::function<void(Status)> done)
{
    if (cancelled() || m_next >= m_products.size()) {
        done({});
        return;
    }
    const Product product = m_products.at(m_next);
    findStockXProduct(product, [this, product, done](Result<QJsonObject> found) {
        if (!found) {
            skip(product, found.error(), done);
            return;
        }
        fetchDetails(product, found.value(), done);
    });
}

void StockXCatalogSync::skip(const Product &product, const Error &why, std::function<void(Status)> done)
{
    if (!concernsOnlyThisProduct(why)) {
        done(why);
        return;
    }
    log(QCoreApplication::translate("StockXCatalogSync", "%1 (%2) skipped: %3")
            .arg(product.name, product.sku, why.message));
    SyncCounts counts;
    counts.rejected = 1;
    productDone(counts, std::move(done));
}

void StockXCatalogSync::productDone(const SyncCounts &counts, std::function<void(Status)> done)
{
    stepDone(productsLabel(), counts, ++m_next, int(m_products.size()), [this, done](Status saved) {
        if (!saved)
            done(saved);
        else
            enrichNext(done);
    });
}

void StockXCatalogSync::findStockXProduct(const Product &product, JsonCallback found)
{
    if (!product.stockxProductId.isEmpty()) {
        fetchProduct(product.stockxProductId, std::move(found));
        return;
    }
    const QString ean = product.ean.trimmed();
    const auto byGtin = [this, ean, found] {
        StockXRequest request;
        request.path = u"/catalog/products/variants/gtins/"_s + ean;
        m_client.send(request, this, [this, found](Result<StockXReply> reply) {
            if (!reply)
                found(reply.error());
            else
                fetchProduct(reply.value().json.object().value(u"productId"_s).toString(), found);
        });
    };
    const QString style = normalizedStyleCode(product.styleCode);
    if (style.isEmpty()) {
        byGtin();
        return;
    }
    StockXRequest search;
    search.path = u"/catalog/search"_s;
    search.query.addQueryItem(u"query"_s, product.styleCode.trimmed());
    search.query.addQueryItem(u"pageSize"_s, u"20"_s);
    m_client.send(search, this, [product, style, ean, byGtin, found](Result<StockXReply> reply) {
        if (!reply) {
            found(reply.error());
            return;
        }
        const QJsonArray hits = reply.value().json.object().value(u"products"_s).toArray();
        for (const QJsonValue &hit : hits)
            if (normalizedStyleCode(hit.toObject().value(u"styleId"_s).toString()) == style) {
                found(hit.toObject());
                return;
            }
        if (!ean.isEmpty()) {
            byGtin();
            return;
        }
        found(Error{u"stockx.not_found"_s,
                    QCoreApplication::translate("StockXCatalogSync", "StockX lists no product with style code %1.")
                        .arg(product.styleCode),
                    product.sku});
    });
}

void StockXCatalogSync::fetchProduct(const QString &stockxId, JsonCallback found)
{
    StockXRequest request;
    request.path = u"/catalog/products/"_s + stockxId;
    m_client.send(request, this, [found](Result<StockXReply> reply) {
        if (!reply)
            found(reply.error());
        else
            found(reply.value().json.object());
    });
}

void StockXCatalogSync::fetchDetails(const Product &product, const QJsonObject &stockxProduct,
                                     std::function<void(Status)> done)
{
    using Owner = Result<std::optional<Product>>;
    const QString stockxId = stockxProduct.value(u"productId"_s).toString();
    onStorage<Owner>(
        [this, stockxId] { return ProductRepository(m_db).findByStockXId(stockxId); },
        [=, this](Owner owner) {
            if (!owner) {
                done(owner.error());
            } else if (owner.value() && owner.value()->id != product.id) {
                skip(product,
                     {u"catalog.conflict"_s,
                      QCoreApplication::translate("StockXCatalogSync", "StockX's product %1 already belongs to %2.")
                          .arg(stockxId, owner.value()->sku),
                      product.sku},
                     done);
            } else {
                fetchMarket(product, stockxProduct, done);
            }
        });
}

void StockXCatalogSync::fetchMarket(const Product &product, const QJsonObject &stockxProduct,
                                    std::function<void(Status)> done)
{
    const QString stockxId = stockxProduct.value(u"productId"_s).toString();
    StockXRequest variants;
    variants.path = u"/catalog/products/%1/variants"_s.arg(stockxId);
    m_client.send(variants, this, [=, this](Result<StockXReply> variantsReply) {
        if (!variantsReply) {
            skip(product, variantsReply.error(), done);
            return;
        }
        StockXRequest market;
        market.path = u"/catalog/products/%1/market-data"_s.arg(stockxId);
        market.query.addQueryItem(u"currencyCode"_s, m_currency);
        const QJsonArray variantList = variantsReply.value().json.array();
        m_client.send(market, this, [=, this](Result<StockXReply> marketReply) {
            if (!marketReply) {
                skip(product, marketReply.error(), done);
                return;
            }
            const QJsonArray marketData = marketReply.value().json.array();
            onStorage<Result<SyncCounts>>(
                [=, this] {
                    auto stored = store(product, stockxProduct, variantList, marketData);
                    if (!stored)
                        forgetUncommitted();
                    return stored;
                },
                [this, done](Result<SyncCounts> stored) {
                    if (!stored)
                        done(stored.error());
                    else
                        productDone(stored.value(), done);
                });
        });
    });
}

Result<QHash<QString, VariantId>> StockXCatalogSync::storeVariants(const Product &product, const QJsonArray &variants)
{
    ProductVariantRepository repository(m_db);
    QHash<QString, VariantId> ids;
    for (const QJsonValue &value : variants) {
        const QJsonObject v = value.toObject();
        const QString stockxId = v.value(u"variantId"_s).toString();
        if (stockxId.isEmpty())
            continue;
        const auto known = repository.findByStockxId(stockxId);
        if (!known)
            return known.error();
        ProductVariant variant = known.value().value_or(ProductVariant{});
        variant.productId = product.id;
        variant.stockxVariantId = stockxId;
        variant.stockxVariantName = v.value(u"variantName"_s).toString();
        variant.variantValue = v.value(u"variantValue"_s).toString();
        variant.gtin = firstGtin(v);
        variant.flexEligible = v.value(u"isFlexEligible"_s).toBool();
        variant.directEligible = v.value(u"isDirectEligible"_s).toBool();
        const auto size = m_catalog.size(stockXSizeLabel(v));
        if (!size)
            return size.error();
        variant.sizeId = size.value().id;
        if (known.value()) {
            if (Status updated = repository.update(variant); !updated)
                return updated.error();
        } else {
            const auto created = repository.create(variant);
            if (!created)
                return created.error();
            variant = created.value();
        }
        ids.insert(stockxId, variant.id);
    }
    return ids;
}

Result<SyncCounts> StockXCatalogSync::store(const Product &product, const QJsonObject &stockxProduct,
                                            const QJsonArray &variants, const QJsonArray &marketData)
{
    Transaction tx(m_db);
    if (Status begun = tx.begin(); !begun)
        return begun.error();
    const auto variantIds = storeVariants(product, variants);
    if (!variantIds)
        return variantIds.error();
    QHash<QString, QString> sizeOf;
    for (const QJsonValue &v : variants)
        sizeOf.insert(v.toObject().value(u"variantId"_s).toString(), v.toObject().value(u"variantValue"_s).toString());

    ProductEnrichment enrichment;
    enrichment.stockxProductId = stockxProduct.value(u"productId"_s).toString();
    enrichment.data = stockxProduct;
    enrichment.enrichedAt = QDateTime::currentDateTimeUtc();
    const QDate release = QDate::fromString(
        stockxProduct.value(u"productAttributes"_s).toObject().value(u"releaseDate"_s).toString(), Qt::ISODate);
    if (release.isValid())
        enrichment.releaseDate = QDateTime(release, QTime(0, 0), Qt::UTC);
    QList<Money> sellFaster;
    QList<Money> earnMore;
    MarketPriceRepository prices(m_db);
    for (const QJsonValue &value : marketData) {
        const QJsonObject m = value.toObject();
        const QString stockxVariant = m.value(u"variantId"_s).toString();
        if (!variantIds.value().contains(stockxVariant))
            continue;
        MarketPrice price;
        price.productId = product.id;
        price.variantId = variantIds.value().value(stockxVariant);
        price.platform = kPlatform;
        price.sizeValue = sizeOf.value(stockxVariant);
        price.priceDate = enrichment.enrichedAt.date();
        price.currency = m.value(u"currencyCode"_s).toString(m_currency);
        price.lowestAsk = stockXMoney(m.value(u"lowestAskAmount"_s), price.currency);
        price.highestBid = stockXMoney(m.value(u"highestBidAmount"_s), price.currency);
        price.sellFaster = stockXMoney(m.value(u"sellFasterAmount"_s), price.currency);
        price.earnMore = stockXMoney(m.value(u"earnMoreAmount"_s), price.currency);
        if (const auto recorded = prices.record(price); !recorded)
            return recorded.error();
        if (price.lowestAsk &&
            (!enrichment.lowestAskOfAnySize || price.lowestAsk->minor() < enrichment.lowestAskOfAnySize->minor()))
            enrichment.lowestAskOfAnySize = price.lowestAsk;
        if (price.highestBid &&
            (!enrichment.highestBidOfAnySize || price.highestBid->minor() > enrichment.highestBidOfAnySize->minor()))
            enrichment.highestBidOfAnySize = price.highestBid;
        if (price.sellFaster)
            sellFaster.append(*price.sellFaster);
        if (price.earnMore)
            earnMore.append(*price.earnMore);
    }
    enrichment.sellFaster = median(sellFaster);
    enrichment.earnMore = median(earnMore);
    if (Status saved = ProductRepository(m_db).saveEnrichment(product.id, enrichment); !saved)
        return saved.error();
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    SyncCounts counts;
    (product.lastEnrichedAt.isValid() ? counts.updated : counts.created) = 1;
    return counts;
}

} // namespace sf

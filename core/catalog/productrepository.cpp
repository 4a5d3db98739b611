#include "productrepository.h"

#include "db/ingroups.h"
#include "db/rowhelpers.h"
#include "db/sqlquery.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
const QString kCurrency = u"EUR"_s;

void bindProduct(SqlQuery &q, const Product &p)
{
    q.bind(u":id"_s, p.id)
        .bind(u":sku"_s, p.sku.trimmed())
        .bind(u":name"_s, p.name.trimmed())
        .bind(u":brand"_s, p.brandId)
        .bind(u":category"_s, p.categoryId)
        .bind(u":style"_s, p.styleCode)
        .bind(u":ean"_s, p.ean)
        .bind(u":description"_s, p.description)
        .bind(u":retail"_s, p.retailPrice)
        .bind(u":release"_s, p.releaseDate)
        .bind(u":stockx"_s, p.stockxProductId.isEmpty() ? QString() : p.stockxProductId)
        .bind(u":ask"_s, p.lowestAskOfAnySize)
        .bind(u":bid"_s, p.highestBidOfAnySize)
        .bind(u":enriched"_s, p.lastEnrichedAt);
}

Status validate(const Product &p)
{
    if (p.sku.trimmed().isEmpty() || p.name.trimmed().isEmpty())
        return Error{u"product.invalid"_s,
                     QCoreApplication::translate("ProductRepository", "A product needs a SKU and a name."),
                     {}};
    if (p.categoryId.isNull())
        return Error{u"product.invalid"_s,
                     QCoreApplication::translate("ProductRepository", "A product needs a category."), p.sku};
    return {};
}
} // namespace

Result<QList<Product>> ProductRepository::fetch(const QString &where, const std::function<void(SqlQuery &)> &bind) const
{
    SqlQuery q(m_db, u"SELECT id, sku, name, brand_id, category_id, style_code, ean, description, retail_price, "
                     "release_date, stockx_product_id, lowest_ask, highest_bid, last_enriched_at "
                     "FROM {{catalog.product}} "_s +
                         where);
    bind(q);
    if (Status status = q.exec(); !status)
        return status.error();
    QList<Product> result;
    while (q.next()) {
        Product p;
        p.id = q.id<ProductId>(0);
        p.sku = q.string(1);
        p.name = q.string(2);
        p.brandId = q.id<BrandId>(3);
        p.categoryId = q.id<CategoryId>(4);
        p.styleCode = q.string(5);
        p.ean = q.string(6);
        p.description = q.string(7);
        p.retailPrice = q.money(8, kCurrency);
        p.releaseDate = q.dateTime(9);
        p.stockxProductId = q.string(10);
        p.lowestAskOfAnySize = q.money(11, kCurrency);
        p.highestBidOfAnySize = q.money(12, kCurrency);
        p.lastEnrichedAt = q.dateTime(13);
        result.append(p);
    }
    return result;
}

Result<Product> ProductRepository::create(const Product &product) const
{
    return insert(product, false);
}

Result<Product> ProductRepository::createLater(const Product &product) const
{
    return insert(product, true);
}

Result<Product> ProductRepository::insert(const Product &product, bool later) const
{
    if (Status status = validate(product); !status)
        return status.error();
    Product p = product;
    if (p.id.isNull())
        p.id = ProductId::create();
    SqlQuery q(m_db, u"INSERT INTO {{catalog.product}} (id, sku, name, brand_id, category_id, style_code, ean, "
                     "description, retail_price, release_date, stockx_product_id, lowest_ask, highest_bid, "
                     "last_enriched_at) VALUES (:id, :sku, :name, :brand, :category, :style, :ean, :description, "
                     ":retail, :release, :stockx, :ask, :bid, :enriched)"_s);
    bindProduct(q, p);
    if (Status status = later ? q.execLater(WriteBehind::Stage::Catalog) : q.exec(); !status) {
        if (status.error().message.contains(u"UNIQUE"_s, Qt::CaseInsensitive) ||
            status.error().message.contains(u"duplicate key"_s, Qt::CaseInsensitive))
            return Error{
                u"product.duplicate"_s,
                QCoreApplication::translate("ProductRepository", "A product with SKU %1 already exists.").arg(p.sku),
                p.sku};
        return status.error();
    }
    return p;
}

Result<std::optional<Product>> ProductRepository::get(const ProductId &id) const
{
    return firstOf(fetch(u"WHERE id = :id"_s, [&](SqlQuery &q) { q.bind(u":id"_s, id); }));
}

Result<std::optional<Product>> ProductRepository::findBySku(const QString &sku) const
{
    return firstOf(fetch(u"WHERE sku = :sku OR style_code = :sku ORDER BY sku = :sku DESC"_s,
                         [&](SqlQuery &q) { q.bind(u":sku"_s, sku.trimmed()); }));
}

Result<QList<Product>> ProductRepository::findBySkus(const QStringList &skus) const
{
    const QString where =
        u"WHERE sku IN ("_s + ingroups::marks({u"k"_s}) + u") OR style_code IN ("_s + ingroups::marks({u"s"_s}) + u')';
    return ingroups::collect<Product>(skus.size(), [&](qsizetype first) {
        return fetch(where, [&](SqlQuery &q) {
            ingroups::bind(q, u"k"_s, skus, first);
            ingroups::bind(q, u"s"_s, skus, first);
        });
    });
}

Result<std::optional<Product>> ProductRepository::findByStockXId(const QString &stockxProductId) const
{
    return firstOf(
        fetch(u"WHERE stockx_product_id = :stockx"_s, [&](SqlQuery &q) { q.bind(u":stockx"_s, stockxProductId); }));
}

Result<QList<Product>> ProductRepository::search(const QString &text, int limit) const
{
    return fetch(
        u"WHERE lower(sku) LIKE :pattern OR lower(name) LIKE :pattern ORDER BY name LIMIT :limit"_s,
        [&](SqlQuery &q) { q.bind(u":pattern"_s, u'%' + text.trimmed().toLower() + u'%').bind(u":limit"_s, limit); });
}

Status ProductRepository::update(const Product &product) const
{
    if (Status status = validate(product); !status)
        return status;
    SqlQuery q(m_db, u"UPDATE {{catalog.product}} SET sku = :sku, name = :name, brand_id = :brand, "
                     "category_id = :category, style_code = :style, ean = :ean, description = :description, "
                     "retail_price = :retail, release_date = :release, stockx_product_id = :stockx, "
                     "lowest_ask = :ask, highest_bid = :bid, last_enriched_at = :enriched, updated_at = {{now}} "
                     "WHERE id = :id"_s);
    bindProduct(q, product);
    return q.exec();
}

Status ProductRepository::saveEnrichment(const ProductId &id, const ProductEnrichment &e) const
{
    SqlQuery q(
        m_db,
        u"UPDATE {{catalog.product}} SET stockx_product_id = :stockx, enrichment_data = :data, "
        "lowest_ask = :ask, highest_bid = :bid, recommended_sell_faster = :faster, "
        "recommended_earn_more = :more, release_date = COALESCE(release_date, :release), last_enriched_at = :enriched, "
        "enrichment_version = enrichment_version + 1, updated_at = {{now}} WHERE id = :id"_s);
    q.bind(u":id"_s, id)
        .bind(u":stockx"_s, e.stockxProductId)
        .bind(u":data"_s, QString::fromUtf8(QJsonDocument(e.data).toJson(QJsonDocument::Compact)))
        .bind(u":ask"_s, e.lowestAskOfAnySize)
        .bind(u":bid"_s, e.highestBidOfAnySize)
        .bind(u":faster"_s, e.sellFaster)
        .bind(u":more"_s, e.earnMore)
        .bind(u":release"_s, e.releaseDate)
        .bind(u":enriched"_s, e.enrichedAt);
    return q.exec();
}

Result<QList<Product>> ProductRepository::enrichmentDue(const QDateTime &before, int limit) const
{
    return fetch(u"WHERE (COALESCE(style_code, '') <> '' OR COALESCE(ean, '') <> '' OR stockx_product_id IS NOT NULL) "
                 "AND (last_enriched_at IS NULL OR last_enriched_at < :before) "
                 "ORDER BY CASE WHEN last_enriched_at IS NULL THEN 0 ELSE 1 END, last_enriched_at, sku "
                 "LIMIT :limit"_s,
                 [&](SqlQuery &q) { q.bind(u":before"_s, before).bind(u":limit"_s, limit); });
}

Status ProductRepository::remove(const ProductId &id) const
{
    return deleteById(m_db, u"catalog.product"_s, id.toString());
}

} // namespace sf

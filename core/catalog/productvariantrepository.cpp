#include "productvariantrepository.h"

#include "db/rowhelpers.h"
#include "db/sqlquery.h"

using namespace Qt::StringLiterals;

namespace sf {

namespace {
void bindVariant(SqlQuery &q, const ProductVariant &v)
{
    q.bind(u":id"_s, v.id)
        .bind(u":product"_s, v.productId)
        .bind(u":size"_s, v.sizeId)
        .bind(u":stockx"_s, v.stockxVariantId.isEmpty() ? QString() : v.stockxVariantId)
        .bind(u":value"_s, v.variantValue)
        .bind(u":gtin"_s, v.gtin)
        .bind(u":condition"_s, v.condition)
        .bind(u":name"_s, v.stockxVariantName)
        .bind(u":flex"_s, v.flexEligible)
        .bind(u":direct"_s, v.directEligible);
}
} // namespace

Result<QList<ProductVariant>> ProductVariantRepository::fetch(const QString &where, const QString &name,
                                                              const QString &value) const
{
    SqlQuery q(m_db, u"SELECT id, product_id, size_id, stockx_variant_id, variant_value, gtin, condition, "
                     "stockx_variant_name, is_flex_eligible, is_direct_eligible FROM {{catalog.product_variant}} "_s +
                         where);
    q.bind(name, value);
    if (Status status = q.exec(); !status)
        return status.error();
    QList<ProductVariant> result;
    while (q.next())
        result.append(ProductVariant{q.id<VariantId>(0), q.id<ProductId>(1), q.id<SizeId>(2), q.string(3), q.string(4),
                                     q.string(5), q.string(6), q.string(7), q.boolean(8), q.boolean(9)});
    return result;
}

Result<ProductVariant> ProductVariantRepository::create(const ProductVariant &variant) const
{
    ProductVariant v = variant;
    if (v.id.isNull())
        v.id = VariantId::create();
    SqlQuery q(m_db, u"INSERT INTO {{catalog.product_variant}} (id, product_id, size_id, stockx_variant_id, "
                     "variant_value, gtin, condition, stockx_variant_name, is_flex_eligible, is_direct_eligible) "
                     "VALUES (:id, :product, :size, :stockx, :value, :gtin, :condition, :name, :flex, :direct)"_s);
    bindVariant(q, v);
    if (Status status = q.exec(); !status)
        return status.error();
    return v;
}

Result<QList<ProductVariant>> ProductVariantRepository::forProduct(const ProductId &product) const
{
    return fetch(u"WHERE product_id = :product ORDER BY variant_value"_s, u":product"_s, product.toString());
}

Result<std::optional<ProductVariant>> ProductVariantRepository::findByStockxId(const QString &stockxVariantId) const
{
    return firstOf(fetch(u"WHERE stockx_variant_id = :value"_s, u":value"_s, stockxVariantId));
}

Result<std::optional<ProductVariant>> ProductVariantRepository::findByGtin(const QString &gtin) const
{
    return firstOf(fetch(u"WHERE gtin = :value"_s, u":value"_s, gtin));
}

Status ProductVariantRepository::update(const ProductVariant &variant) const
{
    SqlQuery q(m_db, u"UPDATE {{catalog.product_variant}} SET product_id = :product, size_id = :size, "
                     "stockx_variant_id = :stockx, variant_value = :value, gtin = :gtin, condition = :condition, "
                     "stockx_variant_name = :name, is_flex_eligible = :flex, is_direct_eligible = :direct, "
                     "updated_at = {{now}} WHERE id = :id"_s);
    bindVariant(q, variant);
    return q.exec();
}

Status ProductVariantRepository::remove(const VariantId &id) const
{
    return deleteById(m_db, u"catalog.product_variant"_s, id.toString());
}

} // namespace sf

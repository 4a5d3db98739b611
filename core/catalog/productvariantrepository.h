#pragma once

#include "db/database.h"
#include "productvariant.h"

#include <QList>
#include <optional>

namespace sf {

class ProductVariantRepository {
public:
    explicit ProductVariantRepository(const Database &db)
        : m_db(db)
    {}

    Result<ProductVariant> create(const ProductVariant &variant) const;
    Result<QList<ProductVariant>> forProduct(const ProductId &product) const;
    Result<std::optional<ProductVariant>> findByStockxId(const QString &stockxVariantId) const;
    Result<std::optional<ProductVariant>> findByGtin(const QString &gtin) const;
    Status update(const ProductVariant &variant) const;
    Status remove(const VariantId &id) const;

private:
    Result<QList<ProductVariant>> fetch(const QString &where, const QString &name, const QString &value) const;

    const Database &m_db;
};

} // namespace sf

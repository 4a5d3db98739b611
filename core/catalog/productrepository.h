#pragma once

#include "db/database.h"
#include "product.h"
#include "productenrichment.h"

#include <QList>
#include <optional>

namespace sf {

class ProductRepository {
public:
    explicit ProductRepository(const Database &db)
        : m_db(db)
    {}

    Result<Product> create(const Product &product) const; // assigns an id when it has none
    Result<std::optional<Product>> get(const ProductId &id) const;
    Result<std::optional<Product>> findBySku(const QString &sku) const;
    Result<std::optional<Product>> findByStockXId(const QString &stockxProductId) const;
    Result<QList<Product>> search(const QString &text, int limit) const;
    Status update(const Product &product) const;
    // Stores what a marketplace's catalog knows; a retail price or release date we have is kept.
    Status saveEnrichment(const ProductId &id, const ProductEnrichment &enrichment) const;
    // Products with a style code or EAN that were not enriched since `before`, never-enriched first.
    Result<QList<Product>> enrichmentDue(const QDateTime &before, int limit) const;
    Status remove(const ProductId &id) const;

private:
    Result<QList<Product>> fetch(const QString &where, const std::function<void(class SqlQuery &)> &bind) const;

    const Database &m_db;
};

} // namespace sf

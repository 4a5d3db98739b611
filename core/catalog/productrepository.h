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
    // As create(), written with the transaction's next statement (SqlQuery::execLater), for an importer
    // that has just found its SKU free; a clash then fails that statement or the commit.
    Result<Product> createLater(const Product &product) const;
    Result<std::optional<Product>> get(const ProductId &id) const;
    Result<std::optional<Product>> findBySku(const QString &sku) const;
    // The products whose SKU or style code is one of `skus`, in a few queries.
    Result<QList<Product>> findBySkus(const QStringList &skus) const;
    Result<std::optional<Product>> findByStockXId(const QString &stockxProductId) const;
    Result<QList<Product>> search(const QString &text, int limit) const;
    Status update(const Product &product) const;
    // Stores what a marketplace's catalog knows; a retail price or release date we have is kept.
    Status saveEnrichment(const ProductId &id, const ProductEnrichment &enrichment) const;
    // Products with a style code or EAN that were not enriched since `before`, never-enriched first.
    Result<QList<Product>> enrichmentDue(const QDateTime &before, int limit) const;
    Status remove(const ProductId &id) const;

private:
    Result<Product> insert(const Product &product, bool later) const;
    Result<QList<Product>> fetch(const QString &where, const std::function<void(class SqlQuery &)> &bind) const;

    const Database &m_db;
};

} // namespace sf

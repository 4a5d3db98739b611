#pragma once

#include "brandpattern.h"
#include "category.h"
#include "db/database.h"
#include "size.h"

#include <QHash>
#include <QSet>

#include <optional>

namespace sf {

// What an imported row says about its product.
struct ProductHint {
    QString styleCode; // empty when the file has none
    QString name;
    QString brand;     // empty: taken from the name with the brand patterns
    QString sizeLabel; // decides the category of a new product (shoe sizes, letters, one size)
};

// Finds or creates the products, sizes and suppliers imported rows name, remembering them for the
// run. Products are found by style code (or, without one, by their name) and created with the brand
// the file or the name gives; never with placeholder brands.
class CatalogResolver {
public:
    explicit CatalogResolver(const Database &db)
        : m_db(db)
    {}

    Result<ProductId> product(const ProductHint &hint);
    // Finds the products of many rows at once (a few queries), so product() answers them from memory.
    Status prefetchProducts(const QList<ProductHint> &hints);
    // The product of `hint` if it is known without asking the database.
    std::optional<ProductId> knownProduct(const ProductHint &hint) const;
    // Created by product() since the last prefetchProducts() (a chunk's start) or forgetUncommitted(): in
    // the open transaction nobody else can have pairs of it yet.
    bool isNewProduct(const ProductId &id) const { return m_created.contains(id); }
    // Never fails for its text: "" is One Size, what fits no rule an unclassified (TEXT) size; sizes not
    // seen before are added to the size table with their EU equivalent where the size master has it.
    Result<Size> size(const QString &label);
    // An invalid id for an empty name.
    Result<SupplierId> supplier(const QString &name);
    void forgetUncommitted();

private:
    Result<CategoryId> category(const Size &size);
    // The brand the row names, or the one its item name shows (BrandRepository::detect); invalid for none.
    Result<BrandId> brand(const ProductHint &hint);

    const Database &m_db;
    QHash<QString, ProductId> m_products; // by SKU
    QSet<QString> m_absent;               // SKUs prefetchProducts() found no product for
    QSet<ProductId> m_created;
    QHash<QString, BrandId> m_brands; // by name as written
    std::optional<QList<BrandPattern>> m_patterns;
    QHash<QString, Size> m_sizes; // by label as written
    QHash<QString, Category> m_categories;
    QHash<QString, SupplierId> m_suppliers;
};

// The SKU a product without a style code is filed under: its name in capitals, so the same item
// name always finds the same product.
QString skuForUnnamedStyle(const QString &itemName);

} // namespace sf

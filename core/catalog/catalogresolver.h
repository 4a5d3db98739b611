#pragma once

#include "category.h"
#include "db/database.h"
#include "size.h"

#include <QHash>

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
    // Never fails for its text: "" is One Size, what fits no rule an unclassified (TEXT) size; sizes not
    // seen before are added to the size table with their EU equivalent where the size master has it.
    Result<Size> size(const QString &label);
    // An invalid id for an empty name.
    Result<SupplierId> supplier(const QString &name);
    void forgetUncommitted();

private:
    Result<CategoryId> category(const Size &size);

    const Database &m_db;
    QHash<QString, ProductId> m_products; // by SKU
    QHash<QString, Size> m_sizes;         // by label as written
    QHash<QString, Category> m_categories;
    QHash<QString, SupplierId> m_suppliers;
};

// The SKU a product without a style code is filed under: its name in capitals, so the same item
// name always finds the same product.
QString skuForUnnamedStyle(const QString &itemName);

} // namespace sf

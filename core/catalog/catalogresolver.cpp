#include "catalogresolver.h"

#include "domain/lookuponce.h"

#include "brandrepository.h"
#include "categoryrepository.h"
#include "productrepository.h"
#include "sizeclassifier.h"
#include "sizerepository.h"
#include "suppliers/supplierrepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
QString categorySlugFor(const Size &size)
{
    if (size.region == u"INT"_s || size.region == u"WL"_s || size.region == u"RANGE"_s)
        return u"streetwear"_s;
    if (size.region == u"ONE"_s || size.region == u"TEXT"_s)
        return u"accessories"_s;
    return u"sneakers"_s;
}
} // namespace

QString skuForUnnamedStyle(const QString &itemName)
{
    return itemName.simplified().toUpper().left(100);
}

void CatalogResolver::forgetUncommitted()
{
    // Categories come from the migrations and cannot be rolled back; the rest may have been created.
    m_products.clear();
    m_sizes.clear();
    m_suppliers.clear();
}

Result<CategoryId> CatalogResolver::category(const Size &size)
{
    const QString slug = categorySlugFor(size);
    const auto found = lookupOnce(
        m_categories, slug, [&] { return CategoryRepository(m_db).findBySlug(slug); },
        Error{u"import.category"_s,
              QCoreApplication::translate("CatalogResolver", "The category \"%1\" is missing.").arg(slug), slug});
    if (!found)
        return found.error();
    return found.value().id;
}

Result<Size> CatalogResolver::size(const QString &label)
{
    if (const auto it = m_sizes.constFind(label); it != m_sizes.cend())
        return *it;
    SizeRepository sizes(m_db);
    const SizeClass written = SizeClassifier::classify(label);
    auto found = sizes.mappedSize(label);
    if (found && !found.value())
        found = sizes.find(written.region, written.value);
    if (!found)
        return found.error();
    Size result;
    if (found.value()) {
        result = *found.value();
    } else {
        Size created;
        created.region = written.region;
        created.value = written.value;
        created.standardizedValue = written.euSize;
        if (!created.standardizedValue && written.usSize && !written.gender.isEmpty()) {
            const auto eu = sizes.euEquivalent(written.gender, *written.usSize);
            if (!eu)
                return eu.error();
            created.standardizedValue = eu.value();
        }
        const auto categoryId = category(created);
        if (!categoryId)
            return categoryId.error();
        created.categoryId = categoryId.value();
        auto stored = sizes.create(created);
        if (!stored)
            return stored.error();
        result = stored.value();
    }
    m_sizes.insert(label, result);
    return result;
}

Result<ProductId> CatalogResolver::product(const ProductHint &hint)
{
    const QString sku = hint.styleCode.isEmpty() ? skuForUnnamedStyle(hint.name) : hint.styleCode;
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
    product.styleCode = hint.styleCode;
    product.name = hint.name.simplified().left(255);
    BrandRepository brands(m_db);
    if (!hint.brand.isEmpty()) {
        const auto brand = brands.findOrCreate(hint.brand);
        if (!brand)
            return brand.error();
        product.brandId = brand.value().id;
    } else {
        const auto brand = brands.detect(hint.name);
        if (!brand)
            return brand.error();
        if (brand.value())
            product.brandId = brand.value()->id;
    }
    const auto itemSize = size(hint.sizeLabel);
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

Result<SupplierId> CatalogResolver::supplier(const QString &name)
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

} // namespace sf

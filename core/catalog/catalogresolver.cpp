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
    m_absent.clear();
    m_created.clear();
    m_brands.clear();
    m_patterns.reset();
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

namespace {
QString skuOf(const ProductHint &hint)
{
    return hint.styleCode.isEmpty() ? skuForUnnamedStyle(hint.name) : hint.styleCode;
}
} // namespace

Status CatalogResolver::prefetchProducts(const QList<ProductHint> &hints)
{
    m_created.clear();
    QStringList unknown;
    for (const ProductHint &hint : hints)
        if (const QString sku = skuOf(hint);
            sku == sku.trimmed() && !m_products.contains(sku) && !m_absent.contains(sku) && !unknown.contains(sku))
            unknown << sku;
    const auto found = ProductRepository(m_db).findBySkus(unknown);
    if (!found)
        return found.error();
    // As findBySku() chooses: the product with that SKU before one with that style code.
    for (const Product &product : found.value())
        if (unknown.contains(product.sku))
            m_products.insert(product.sku, product.id);
    for (const Product &product : found.value())
        if (unknown.contains(product.styleCode) && !m_products.contains(product.styleCode))
            m_products.insert(product.styleCode, product.id);
    for (const QString &sku : std::as_const(unknown))
        if (!m_products.contains(sku))
            m_absent.insert(sku);
    return {};
}

std::optional<ProductId> CatalogResolver::knownProduct(const ProductHint &hint) const
{
    const auto it = m_products.constFind(skuOf(hint));
    return it == m_products.cend() ? std::nullopt : std::optional(*it);
}

Result<ProductId> CatalogResolver::product(const ProductHint &hint)
{
    const QString sku = skuOf(hint);
    if (const auto it = m_products.constFind(sku); it != m_products.cend())
        return *it;
    ProductRepository products(m_db);
    const auto found = m_absent.contains(sku) ? Result<std::optional<Product>>(std::nullopt) : products.findBySku(sku);
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
    const auto brand = this->brand(hint);
    if (!brand)
        return brand.error();
    product.brandId = brand.value();
    const auto itemSize = size(hint.sizeLabel);
    if (!itemSize)
        return itemSize.error();
    const auto categoryId = category(itemSize.value());
    if (!categoryId)
        return categoryId.error();
    product.categoryId = categoryId.value();
    const auto created = products.createLater(product); // its SKU was just found free
    if (!created)
        return created.error();
    m_products.insert(sku, created.value().id);
    m_created.insert(created.value().id);
    return created.value().id;
}

Result<BrandId> CatalogResolver::brand(const ProductHint &hint)
{
    QString name = hint.brand;
    if (name.isEmpty()) {
        // As BrandRepository::detect(), with the patterns read once.
        if (!m_patterns) {
            const auto patterns = BrandRepository(m_db).patterns();
            if (!patterns)
                return patterns.error();
            m_patterns = patterns.value();
        }
        if (const auto matched = BrandRepository::firstMatch(*m_patterns, hint.name))
            return matched->id;
        name = BrandRepository::fallbackBrandName(hint.name);
        if (name.isEmpty())
            return BrandId();
    }
    if (const auto known = m_brands.constFind(name); known != m_brands.cend())
        return *known;
    const auto found = BrandRepository(m_db).findOrCreate(name);
    if (!found)
        return found.error();
    m_brands.insert(name, found.value().id);
    m_patterns.reset(); // a new brand may come with patterns of its own
    return found.value().id;
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

#include "stockchoices.h"

#include "catalog/brandrepository.h"
#include "catalog/categoryrepository.h"
#include "catalog/productrepository.h"
#include "catalog/sizerepository.h"
#include "inventory/stockrepository.h"
#include "suppliers/supplierrepository.h"

using namespace Qt::StringLiterals;

namespace sf {

StockChoices StockChoices::readFrom(const Database &db)
{
    StockChoices c;
    c.read = true;
    if (auto products = ProductRepository(db).search(QString(), 100000))
        for (const Product &p : products.value())
            c.products.append({p.sku + u" \u2014 "_s + p.name, p.id.toString()});
    if (auto brands = BrandRepository(db).all())
        for (const Brand &b : brands.value())
            c.brands.append({b.name, b.id.toString()});
    if (auto sizes = SizeRepository(db).all())
        for (const Size &s : sizes.value())
            c.sizes.append({s.label(), s.id.toString()});
    if (auto suppliers = SupplierRepository(db).all())
        for (const Supplier &s : suppliers.value())
            c.suppliers.append({s.name, s.id.toString()});
    if (auto locations = StockRepository(db).locations())
        for (const QString &l : locations.value())
            c.locations.append({l, l});
    if (auto category = CategoryRepository(db).findBySlug(u"sneakers"_s); category && category.value())
        c.defaultCategory = category.value()->id;
    return c;
}

} // namespace sf

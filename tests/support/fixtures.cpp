#include "fixtures.h"

#include "catchqt.h"

#include "catalog/brandrepository.h"
#include "catalog/categoryrepository.h"
#include "catalog/productrepository.h"
#include "catalog/sizerepository.h"
#include "secrets/memorysecretstore.h"

using namespace Qt::StringLiterals;

namespace sf::test {

Product makeProduct(const Database &db, const QString &sku, const QString &name, const QString &brand)
{
    Product p;
    p.sku = sku;
    p.styleCode = sku;
    p.name = name;
    p.brandId = BrandRepository(db).findOrCreate(brand).value().id;
    p.categoryId = CategoryRepository(db).findBySlug(u"sneakers"_s).value()->id;
    auto created = ProductRepository(db).create(p);
    INFO((created ? std::string() : created.error().toString().toStdString()));
    REQUIRE(created);
    return created.value();
}

SizeId sizeId(const Database &db, const QString &label)
{
    auto size = SizeRepository(db).findByLabel(label);
    REQUIRE(size);
    REQUIRE(size.value());
    return size.value()->id;
}

StockItem makeItem(const ProductId &product, const SizeId &size, const char *gross, const QDate &purchased)
{
    StockItem item;
    item.productId = product;
    item.sizeId = size;
    item.grossPrice = eur(gross);
    item.completePrices();
    if (purchased.isValid())
        item.purchaseDate = QDateTime(purchased, QTime(10, 0), Qt::UTC);
    return item;
}

AutoListingRule costPlusRule(const QString &name, const QString &brand, qint64 markupBp, int expiresDays)
{
    AutoListingRule rule;
    rule.name = name;
    rule.active = true;
    rule.conditions.statuses = {QStringLiteral("in_stock")};
    rule.conditions.brands = {brand};
    rule.strategy = AutoListingStrategy::CostPlus;
    rule.markupBp = markupBp;
    rule.expiresDays = expiresDays;
    return rule;
}

AppContext appContextFor(const Database &db)
{
    AppContext context;
    context.notifier = std::make_unique<ChangeNotifier>();
    context.database = std::make_unique<Database>(db.config());
    context.database->setChangeNotifier(context.notifier.get());
    REQUIRE(context.database->open());
    context.stock = std::make_unique<StockService>(*context.database);
    context.worker = std::make_unique<DatabaseWorker>(*context.database);
    context.secrets = std::make_unique<MemorySecretStore>();
    return context;
}

} // namespace sf::test

#include "demodatagenerator.h"

#include "catalog/brandrepository.h"
#include "catalog/categoryrepository.h"
#include "catalog/productrepository.h"
#include "catalog/sizerepository.h"
#include "db/sqlquery.h"
#include "db/transaction.h"
#include "demodice.h"
#include "demomarketprices.h"
#include "demosupplierhistory.h"
#include "events/eventstore.h"
#include "inventory/stockrepository.h"
#include "inventory/stockservice.h"
#include "sales/listingrepository.h"
#include "sales/marketplacerepository.h"
#include "sales/orderrepository.h"
#include "suppliers/supplierrepository.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
struct ModelLine {
    const char16_t *brand;
    const char16_t *name;
    const char16_t *codePattern; // A = letter, 9 = digit, anything else literal
    int retailEuro;
};

constexpr ModelLine kModels[] = {
    {u"Nike", u"Dunk Low Retro", u"AA9999-999", 119},
    {u"Nike", u"Air Force 1 '07", u"AA9999-999", 119},
    {u"Nike", u"Air Max 1", u"AA9999-999", 149},
    {u"Nike", u"Air Max 90", u"AA9999-999", 149},
    {u"Nike", u"SB Dunk Low Pro", u"AA9999-999", 109},
    {u"Jordan", u"Air Jordan 1 Retro High OG", u"999999-999", 189},
    {u"Jordan", u"Air Jordan 4 Retro", u"AA9999-999", 219},
    {u"Jordan", u"Air Jordan 1 Low", u"999999-999", 129},
    {u"Jordan", u"Air Jordan 3 Retro", u"AA9999-999", 209},
    {u"Adidas", u"Samba OG", u"AA9999", 120},
    {u"Adidas", u"Gazelle Indoor", u"AA9999", 120},
    {u"Adidas", u"Campus 00s", u"AA9999", 110},
    {u"Adidas", u"Handball Spezial", u"AA9999", 110},
    {u"Yeezy", u"Yeezy Boost 350 V2", u"AA9999", 230},
    {u"Yeezy", u"Yeezy Slide", u"AA9999", 70},
    {u"Yeezy", u"Yeezy Foam Runner", u"AA9999", 90},
    {u"New Balance", u"550", u"BB550AAA", 130},
    {u"New Balance", u"2002R", u"M2002RAA", 150},
    {u"New Balance", u"9060", u"U9060AAA", 160},
    {u"New Balance", u"990v6 Made in USA", u"M990AA6", 220},
    {u"Asics", u"Gel-Kayano 14", u"1201A999-999", 150},
    {u"Asics", u"Gel-1130", u"1201A999-999", 110},
    {u"Salomon", u"XT-6", u"L99999999", 180},
    {u"On", u"Cloudmonster", u"61.99999", 170},
    {u"Converse", u"Chuck 70 Hi", u"A99999C", 95},
};

const QStringList kColorways{
    u"Panda"_s,          u"Triple White"_s, u"Black Cat"_s,  u"University Blue"_s, u"Bred"_s,        u"Grey Fog"_s,
    u"Sail"_s,           u"Cream"_s,        u"Onyx"_s,       u"Zebra"_s,           u"Core Black"_s,  u"Green Gum"_s,
    u"Sea Salt"_s,       u"Phantom"_s,      u"Rain Cloud"_s, u"Midnight Navy"_s,   u"Desert Sage"_s, u"Lucky Green"_s,
    u"Military Black"_s, u"Medium Olive"_s,
};

const QStringList kSuppliers{u"Snipes"_s,  u"Foot Locker"_s,   u"Zalando"_s,
                             u"Solebox"_s, u"END. Clothing"_s, u"Allike"_s,
                             u"Afew"_s,    u"Nike SNKRS"_s,    u"Kleinanzeigen private"_s};

struct Catalog {
    QList<Product> products;
    QList<int> retail; // euro per product
    QList<SupplierId> suppliers;
    QList<SizeId> menSizes; // weighted towards the popular 9-11
    QList<SizeId> womenSizes;
};

Result<Catalog> buildCatalog(const Database &db, DemoDice &dice)
{
    Catalog catalog;
    BrandRepository brands(db);
    ProductRepository products(db);
    auto sneakers = CategoryRepository(db).findBySlug(u"sneakers"_s);
    if (!sneakers)
        return sneakers.error();
    if (!sneakers.value())
        return Error{u"demo.catalog"_s,
                     QCoreApplication::translate("Demo", "The sneakers category is missing; migrate first."),
                     {}};
    for (const ModelLine &model : kModels) {
        auto brand = brands.findOrCreate(QString::fromUtf16(model.brand));
        if (!brand)
            return brand.error();
        QStringList colorways = kColorways;
        for (int i = 0; i < 6; ++i) {
            const QString colorway = colorways.takeAt(dice.below(int(colorways.size())));
            Product p;
            p.id = ProductId(dice.uuid());
            p.styleCode = dice.code(QString::fromUtf16(model.codePattern));
            p.sku = p.styleCode;
            p.name = brand.value().name + u' ' + QString::fromUtf16(model.name) + u" \u201C"_s + colorway + u"\u201D"_s;
            if (p.name.startsWith(u"Jordan Air Jordan"_s))
                p.name = p.name.mid(7);
            if (p.name.startsWith(u"Yeezy Yeezy"_s))
                p.name = u"Adidas "_s + p.name.mid(6);
            p.brandId = brand.value().id;
            p.categoryId = sneakers.value()->id;
            p.retailPrice = Money::fromMajor(model.retailEuro, u"EUR"_s);
            auto created = products.create(p);
            if (!created) {
                if (created.error().code == u"product.duplicate"_s)
                    continue; // two random style codes collided; the next colorway gets a fresh one
                return created.error();
            }
            catalog.products.append(created.value());
            catalog.retail.append(model.retailEuro);
        }
    }
    SupplierRepository suppliers(db);
    for (const QString &name : kSuppliers) {
        auto s = suppliers.findOrCreate(name);
        if (!s)
            return s.error();
        catalog.suppliers.append(s.value().id);
    }
    SizeRepository sizes(db);
    for (int tenth = 70; tenth <= 130; tenth += 5) {
        auto size = sizes.find(u"US"_s, QString::number(tenth / 10.0, 'g', 4));
        if (!size)
            return size.error();
        const int weight = (tenth >= 90 && tenth <= 110) ? 4 : 1;
        for (int w = 0; w < weight && size.value(); ++w)
            catalog.menSizes.append(size.value()->id);
    }
    for (int tenth = 55; tenth <= 100; tenth += 5) {
        auto size = sizes.find(u"US-W"_s, QString::number(tenth / 10.0, 'g', 4) + u'W');
        if (!size)
            return size.error();
        if (size.value())
            catalog.womenSizes.append(size.value()->id);
    }
    if (catalog.menSizes.isEmpty() || catalog.womenSizes.isEmpty())
        return Error{
            u"demo.sizes"_s, QCoreApplication::translate("Demo", "The size table is empty; migrate first."), {}};
    return catalog;
}

// Older pairs are more likely sold: from 15 % of those bought yesterday to 85 % of those bought a year
// ago, so the stock on hand skews young, as in a shop that sells.
ItemStatus pickStatus(DemoDice &dice, qint64 daysOwned)
{
    if (dice.below(100) < 15 + int(daysOwned * 70 / 365))
        return ItemStatus::Sold;
    const int roll = dice.below(100);
    if (roll < 66)
        return ItemStatus::InStock;
    if (roll < 86)
        return ItemStatus::ListedStockX;
    if (roll < 94)
        return ItemStatus::ListedAlias;
    return ItemStatus::Reserved;
}
} // namespace

Result<DemoDataGenerator::Summary>
DemoDataGenerator::generate(const Options &options, const std::function<void(const Progress &)> &progress) const
{
    DemoDice dice(options.seed);
    Summary summary;
    Catalog catalog;
    {
        Transaction transaction(m_db);
        if (Status status = transaction.begin(); !status)
            return status.error();
        auto built = buildCatalog(m_db, dice);
        if (!built)
            return built.error();
        catalog = built.value();
        if (Status status = transaction.commit(); !status)
            return status.error();
    }
    summary.products = int(catalog.products.size());
    summary.suppliers = int(catalog.suppliers.size());

    MarketplaceRepository marketplaces(m_db);
    struct Channel {
        Marketplace marketplace;
        QList<FeeRule> rules;
        int weight;
    };
    QList<Channel> channels;
    const QList<std::pair<QString, int>> channelWeights{
        {u"stockx"_s, 60}, {u"alias"_s, 20}, {u"ebay"_s, 10}, {u"kleinanzeigen"_s, 10}};
    for (const auto &[slug, weight] : channelWeights) {
        auto m = marketplaces.findBySlug(slug);
        if (!m)
            return m.error();
        if (!m.value())
            return Error{u"demo.marketplace"_s,
                         QCoreApplication::translate("Demo", "Marketplace %1 is missing; migrate first.").arg(slug),
                         {}};
        auto rules = marketplaces.feeRules(m.value()->id, QDateTime::currentDateTimeUtc());
        if (!rules)
            return rules.error();
        channels.append({*m.value(), rules.value(), weight});
    }

    StockRepository stock(m_db);
    OrderRepository orders(m_db);
    ListingRepository listingRepository(m_db);
    // A listed pair has its listing, on the marketplace its status names (channels: StockX, Alias, …).
    const MarketplaceId stockxId = channels.at(0).marketplace.id;
    const MarketplaceId aliasId = channels.at(1).marketplace.id;
    const QStringList locations{u"Shelf A1"_s,      u"Shelf A2"_s,      u"Shelf B1"_s,
                                u"Shelf B2"_s,      u"Shelf C1"_s,      u"Storage box 1"_s,
                                u"Storage box 2"_s, u"Storage box 3"_s, u"Home"_s};
    const QStringList notes{u"Box damaged"_s, u"Double boxed"_s, u"Receipt available"_s, u"Missing lid"_s,
                            u"Tried on once"_s};
    const QDateTime todayUtc(options.today, QTime(12, 0), Qt::UTC);
    constexpr int kChunk = 5000;
    // Order numbers count up from a random start, so none repeats however many pairs are made (random
    // ones collided from about 50 000 sales on, and the marketplace's unique key refused the run).
    // The starts come from the seed, not the dice, so the rest of the data stays what the seed gave before.
    const qint64 firstStockXOrder = 10000000 + qint64(options.seed) * 7919 % 70000000;
    const qint64 firstOtherOrder = 1000000 + qint64(options.seed) * 7919 % 7000000;
    qint64 ordersMade = 0;
    for (int done = 0; done < options.items;) {
        const int chunk = qMin(kChunk, options.items - done);
        QList<StockItem> items;
        QList<Order> sales;
        QList<Listing> listings;
        items.reserve(chunk);
        for (int i = 0; i < chunk; ++i) {
            const int p = dice.below(int(catalog.products.size()));
            StockItem item;
            item.id = StockItemId(dice.uuid());
            item.productId = catalog.products.at(p).id;
            item.sizeId = dice.chance(12) ? catalog.womenSizes.at(dice.below(int(catalog.womenSizes.size())))
                                          : catalog.menSizes.at(dice.below(int(catalog.menSizes.size())));
            const int supplier = dice.below(int(catalog.suppliers.size()));
            item.supplierId = catalog.suppliers.at(supplier);
            const bool privateSeller = supplier == kSuppliers.size() - 1;
            item.vatRate = privateSeller ? VatRate(0) : VatRate::germanStandard();
            item.grossPrice = Money(catalog.retail.at(p) * dice.between(70, 100), u"EUR"_s);
            item.completePrices();
            // A growing business: four in ten pairs were bought in the last four months.
            const int age = dice.chance(40) ? dice.between(1, 120) : dice.between(1, 365);
            item.purchaseDate = todayUtc.addDays(-age).addSecs(dice.between(-5 * 3600, 5 * 3600));
            item.location = locations.at(dice.below(int(locations.size())));
            if (dice.chance(10))
                item.notes = notes.at(dice.below(int(notes.size())));
            const qint64 daysOwned = item.purchaseDate.daysTo(todayUtc);
            StockService::applyStatus(item, pickStatus(dice, daysOwned));
            if (item.status == ItemStatus::ListedStockX || item.status == ItemStatus::ListedAlias) {
                // Drawn without the dice, so the pairs and orders stay what the seed gave before.
                const qint64 number = summary.listings + qint64(listings.size());
                Listing listing;
                listing.itemId = item.id;
                listing.marketplaceId = item.status == ItemStatus::ListedAlias ? aliasId : stockxId;
                listing.externalId =
                    QUuid::createUuidV5(item.id.uuid(), QString::number(number)).toString(QUuid::WithoutBraces);
                listing.status = ListingStatus::Active;
                listing.platformStatus = u"ACTIVE"_s;
                listing.inventoryType = u"STANDARD"_s;
                listing.amount = Money(catalog.retail.at(p) * 150, u"EUR"_s);
                listing.createdAt = item.purchaseDate.addDays(2) < todayUtc ? item.purchaseDate.addDays(2) : todayUtc;
                listings.append(listing);
            }
            if (item.status == ItemStatus::Sold && options.withOrders) {
                int roll = dice.below(100);
                const Channel *channel = &channels.first();
                for (const Channel &c : channels) {
                    if (roll < c.weight) {
                        channel = &c;
                        break;
                    }
                    roll -= c.weight;
                }
                // Sold within 120 days of buying, and never after today.
                const int daysHeld = dice.between(1, int(qBound(qint64(1), daysOwned, qint64(120))));
                QDateTime soldAt = item.purchaseDate.addDays(daysHeld);
                if (soldAt > todayUtc)
                    soldAt = todayUtc.addSecs(-dice.between(3600, 12 * 3600));
                Order order;
                order.id = OrderId(dice.uuid());
                order.itemId = item.id;
                order.marketplaceId = channel->marketplace.id;
                order.externalId =
                    channel->marketplace.slug == u"stockx"_s
                        ? QString::number(firstStockXOrder + ordersMade) + u'-' + dice.code(u"99999999"_s)
                        : channel->marketplace.slug.toUpper().left(3) + u'-' +
                              QString::number(firstOtherOrder + ordersMade);
                ++ordersMade;
                order.salePrice = Money(catalog.retail.at(p) * dice.between(70, 220), u"EUR"_s); // some sell at a loss
                const auto fees = computeFees(channel->rules, order.salePrice);
                const Money zero(0, u"EUR"_s);
                order.sellerFee = fees.value(u"transaction"_s, zero);
                order.processingFee = fees.value(u"payment_processing"_s, zero);
                order.shippingFee = fees.value(u"shipping"_s, zero);
                order.otherFees = fees.value(u"custom"_s, zero);
                order.soldAt = soldAt;
                const bool settled = soldAt.daysTo(todayUtc) > 14;
                order.status = settled ? OrderStatus::Completed
                                       : (soldAt.daysTo(todayUtc) > 3 ? OrderStatus::Shipped : OrderStatus::Processing);
                order.platformStatus = statusKey(order.status).toUpper();
                order.payoutReceived = settled;
                if (settled)
                    order.payoutDate = soldAt.addDays(dice.between(7, 14));
                order.financials = computeFinancials(SaleFigures{order.salePrice, order.sellerFee, order.processingFee,
                                                                 order.shippingFee, order.otherFees, *item.netPrice,
                                                                 item.purchaseDate.date(), soldAt.date()});
                sales.append(order);
            }
            items.append(item);
        }
        Transaction transaction(m_db);
        if (Status status = transaction.begin(); !status)
            return status.error();
        if (Status status = stock.insertMany(items); !status)
            return status.error();
        for (const Order &order : std::as_const(sales))
            if (auto created = orders.create(order); !created)
                return created.error();
        for (const Listing &listing : std::as_const(listings))
            if (auto created = listingRepository.create(listing); !created)
                return created.error();
        if (Status status = transaction.commit(); !status)
            return status.error();
        done += chunk;
        summary.items = done;
        summary.orders += int(sales.size());
        summary.listings += int(listings.size());
        if (progress)
            progress({Progress::Step::Pairs, done, options.items});
    }
    auto history = DemoSupplierHistory(m_db, options.seed).write();
    if (!history)
        return history.error();
    summary.purchases = history.value();
    if (options.withMarketPrices) {
        auto prices = DemoMarketPrices(m_db, options.seed, options.today).write([&](int done, int total) {
            if (progress)
                progress({Progress::Step::MarketPrices, done, total});
        });
        if (!prices)
            return prices.error();
        summary.marketPrices = prices.value();
    }
    EventStore events(m_db);
    if (Status status = events.append(DomainEvent{
            u"DemoDataGenerated"_s,
            dice.uuid(),
            u"database"_s,
            QJsonObject{{u"items"_s, summary.items}, {u"orders"_s, summary.orders}, {u"seed"_s, qint64(options.seed)}},
            {},
            {}});
        !status)
        return status.error();
    // Thousands of rows arrived at once: the planners' statistics are refreshed so the pages pick their
    // indexes (SQLite has none until ANALYZE; PostgreSQL's autovacuum comes later).
    if (Status status = execStatement(m_db, u"ANALYZE"_s); !status)
        return status.error();
    return summary;
}

} // namespace sf

#include "demomarketprices.h"

#include "catalog/productvariantrepository.h"
#include "db/multirowinsert.h"
#include "db/sqlquery.h"
#include "db/transaction.h"
#include "demodice.h"
#include "pricing/marketpricerepository.h"

#include <QtMath>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
constexpr int kDays = 365;
constexpr int kVariantsPerTransaction = 100;

struct VariantKey {
    ProductId product;
    SizeId size;
    QString sizeValue;
    double standardized = 0;
    bool women = false;
    qint64 retailMinor = 0;
    VariantId variant; // null until created
};

// What moves one product's market over the year.
struct ProductMarket {
    double hype = 1;  // today's level over retail
    double drift = 0; // how much of today's level was gained over the year (negative: lost)
    int volume = 1;   // typical sales per day and size
};

Result<QList<VariantKey>> variantsInStock(const Database &db)
{
    SqlQuery q(db, u"SELECT x.product_id, x.size_id, sz.value, COALESCE(sz.standardized_value, 0), sz.region, "
                   "COALESCE(p.retail_price, 100), (SELECT v.id FROM {{catalog.product_variant}} v "
                   "WHERE v.product_id = x.product_id AND v.size_id = x.size_id ORDER BY v.id LIMIT 1) "
                   "FROM (SELECT DISTINCT product_id, size_id FROM {{inventory.stock}}) x "
                   "JOIN {{catalog.product}} p ON p.id = x.product_id JOIN {{catalog.sizes}} sz ON sz.id = x.size_id "
                   "ORDER BY x.product_id, x.size_id"_s);
    if (Status status = q.exec(); !status)
        return status.error();
    QList<VariantKey> keys;
    while (q.next())
        keys.append({q.id<ProductId>(0), q.id<SizeId>(1), q.string(2), q.real(3), q.string(4) == u"US-W"_s,
                     q.money(5, u"EUR"_s)->minor(), q.id<VariantId>(6)});
    return keys;
}

double sizeFactor(const VariantKey &key)
{
    if (key.women)
        return 0.95;
    return (key.standardized < 8 || key.standardized > 12) ? 1.1 : 1.0;
}

// The yearly season: highest in mid December, lowest in mid June.
double seasonFactor(const QDate &day)
{
    return 1.0 + 0.06 * qCos(2 * M_PI * (day.dayOfYear() - 349) / 365.0);
}

qint64 wholeEuros(double minor)
{
    return qRound64(minor / 100.0) * 100;
}
} // namespace

Result<qint64> DemoMarketPrices::write(const std::function<void(int done, int total)> &progress) const
{
    auto keys = variantsInStock(m_db);
    if (!keys)
        return keys.error();
    // Its own dice, so adding prices left the seed's pairs and orders as they were.
    DemoDice dice(m_seed ^ 0x5eed'cafeU);
    const ProductVariantRepository variants(m_db);
    const MarketPriceRepository prices(m_db);
    MultiRowInsert insert(m_db,
                          u"{{pricing.market_prices}} (id, product_id, variant_id, platform_name, size_value, "
                          "price_date, currency, lowest_ask, highest_bid, last_sale, sales_volume)"_s,
                          u":id, :product, :variant, 'stockx', :size, :day, 'EUR', :ask, :bid, :last, :volume"_s, 100);
    const QDate first = m_today.addDays(1 - kDays);
    QHash<ProductId, ProductMarket> markets;
    qint64 written = 0;
    const int total = int(keys.value().size());
    for (int done = 0; done < total;) {
        Transaction transaction(m_db);
        if (Status status = transaction.begin(); !status)
            return status.error();
        const int end = qMin(total, done + kVariantsPerTransaction);
        for (int k = done; k < end; ++k) {
            VariantKey key = keys.value().at(k);
            if (!markets.contains(key.product))
                markets.insert(key.product,
                               {dice.between(60, 220) / 100.0, dice.between(-30, 35) / 100.0, dice.between(1, 8)});
            const ProductMarket market = markets.value(key.product);
            if (key.variant.isNull()) {
                ProductVariant variant;
                variant.id = VariantId(dice.uuid());
                variant.productId = key.product;
                variant.sizeId = key.size;
                variant.variantValue = key.sizeValue;
                auto created = variants.create(variant);
                if (!created)
                    return created.error();
                key.variant = created.value().id;
            }
            double walk = 0;
            MarketPrice newest; // the last day written, for pricing.market_latest
            const Status status = insert.run(kDays, [&](MultiRowInsert::Row &row, qsizetype d) {
                const QDate day = first.addDays(d);
                const double yearDone = double(d) / (kDays - 1);
                walk = 0.93 * walk + dice.between(-20, 20) / 1000.0;
                const double weekend = day.dayOfWeek() >= 6 ? 1.015 : 1.0;
                const double price = double(key.retailMinor) * market.hype * (1 + market.drift * (yearDone - 1)) *
                                     seasonFactor(day) * weekend * sizeFactor(key) * (1 + walk);
                newest = {key.product,
                          key.variant,
                          u"stockx"_s,
                          key.sizeValue,
                          day,
                          u"EUR"_s,
                          Money(wholeEuros(price * 1.03), u"EUR"_s),
                          Money(wholeEuros(price * 0.88), u"EUR"_s),
                          {},
                          {},
                          Money(wholeEuros(price * dice.between(96, 101) / 100.0), u"EUR"_s)};
                row.bind(u":id"_s, dice.uuid().toString(QUuid::WithoutBraces))
                    .bind(u":product"_s, key.product)
                    .bind(u":variant"_s, key.variant)
                    .bind(u":size"_s, key.sizeValue)
                    .bind(u":day"_s, day)
                    .bind(u":ask"_s, newest.lowestAsk)
                    .bind(u":bid"_s, newest.highestBid)
                    .bind(u":last"_s, newest.lastSale)
                    .bind(u":volume"_s, dice.between(0, market.volume + (weekend > 1 ? 2 : 0)));
            });
            if (!status)
                return status.error();
            if (Status latest = prices.storeLatest(newest); !latest)
                return latest.error();
            written += kDays;
        }
        if (Status status = transaction.commit(); !status)
            return status.error();
        done = end;
        if (progress)
            progress(done, total);
    }
    return written;
}

} // namespace sf

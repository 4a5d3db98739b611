#include "awinfixture.h"

#include "catalog/productvariantrepository.h"
#include "catchqt.h"
#include "db/sqlquery.h"
#include "fixtures.h"
#include "pricing/marketpricerepository.h"
#include "sourcing/awinfeedimporter.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace sf::test {

AwinFixture::AwinFixture(int rows)
{
    emu::AwinFeedSpec spec;
    spec.feedId = kFeedId;
    spec.advertiserId = 10597;
    spec.advertiserName = u"size?Official DE"_s;
    spec.rows = rows;
    emulator.addFeed(spec);
    REQUIRE(emulator.start() != 0);
    client = std::make_unique<AwinFeedClient>(network, emulator.baseUrl(), emulator.options().key);
}

Result<QString> AwinFixture::download(const AwinDownloadRequest &request)
{
    AwinDownloadRequest withFeed = request;
    if (withFeed.feedIds.isEmpty())
        withFeed.feedIds = {kFeedId};
    std::optional<Result<QString>> result;
    client->download(withFeed, [&](Result<QString> r) { result.emplace(std::move(r)); });
    REQUIRE(QTest::qWaitFor([&] { return result.has_value(); }, 20000));
    return *result;
}

Result<AwinImportReport> AwinFixture::downloadAndImport(const Database &db)
{
    const auto path = download();
    if (!path)
        return path.error();
    auto report = AwinFeedImporter(db).importFile(path.value());
    QFile::remove(path.value());
    return report;
}

CatalogModel makeCatalogModel(const Database &db, const QString &sku, const QStringList &euSizes,
                              const QStringList &gtins, const QList<qint64> &askCents)
{
    CatalogModel model;
    model.product = makeProduct(db, sku, u"Model "_s + sku).id;
    for (qsizetype i = 0; i < euSizes.size(); ++i) {
        SqlQuery size(db, u"SELECT id FROM {{catalog.sizes}} WHERE region = 'US' AND standardized_value = :eu"_s);
        REQUIRE(size.bind(u":eu"_s, QVariant(euSizes.at(i).toDouble())).exec());
        REQUIRE(size.next());
        ProductVariant variant;
        variant.productId = model.product;
        variant.sizeId = size.id<SizeId>(0);
        variant.stockxVariantId = sku + u'-' + euSizes.at(i);
        variant.gtin = gtins.value(i);
        const auto created = ProductVariantRepository(db).create(variant);
        REQUIRE(created);
        model.variants.append(created.value().id);
        if (i < askCents.size()) {
            MarketPrice price;
            price.productId = model.product;
            price.variantId = created.value().id;
            price.platform = u"stockx"_s;
            price.priceDate = QDate::currentDate();
            price.lowestAsk = Money(askCents.at(i), u"EUR"_s);
            price.highestBid = Money(askCents.at(i) - 1000, u"EUR"_s);
            price.sellFaster = Money(askCents.at(i) - 500, u"EUR"_s);
            REQUIRE(MarketPriceRepository(db).record(price));
        }
    }
    return model;
}

} // namespace sf::test

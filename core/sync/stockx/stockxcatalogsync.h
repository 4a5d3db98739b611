#pragma once

#include "catalog/catalogresolver.h"
#include "catalog/product.h"
#include "stockxsyncjob.h"

namespace sf {

// Catalog enrichment: for each product, StockX's product (by its StockX id, else a search for the
// style code, else the EAN as GTIN), its variants with GTINs (into catalog.product_variant, sizes
// from the size table) and the market data of every size (into the product's fields and one
// pricing.market_prices row per size and day). Each product is stored in its own transaction; a
// product StockX does not know is counted as rejected and the job goes on. Without a selection it
// takes every product not enriched today, so a stopped run continues where it stopped.
class StockXCatalogSync final : public StockXSyncJob {
    Q_OBJECT

public:
    StockXCatalogSync(const Database &db, StockXClient &client, QList<ProductId> selection = {},
                      QString currency = QStringLiteral("EUR"), QObject *parent = nullptr);

    ~StockXCatalogSync() override { closeStorage(); } // before the members its storing uses are gone
    QString job() const override { return QStringLiteral("catalog"); }

protected:
    Status prepare(SyncRun &run) override;
    QList<Phase> phases() const override { return {}; }
    Result<SyncCounts> storeItems(const Phase &, const QJsonArray &) override { return SyncCounts{}; }
    void forgetUncommitted() override { m_catalog.forgetUncommitted(); }
    void afterPages(std::function<void(Status)> done) override;

private:
    using JsonCallback = std::function<void(Result<QJsonObject>)>;
    void enrichNext(std::function<void(Status)> done);
    void findStockXProduct(const Product &product, JsonCallback found);
    void fetchProduct(const QString &stockxId, JsonCallback found);
    void fetchDetails(const Product &product, const QJsonObject &stockxProduct, std::function<void(Status)> done);
    void fetchMarket(const Product &product, const QJsonObject &stockxProduct, std::function<void(Status)> done);
    Result<SyncCounts> store(const Product &product, const QJsonObject &stockxProduct, const QJsonArray &variants,
                             const QJsonArray &marketData);
    Result<QHash<QString, VariantId>> storeVariants(const Product &product, const QJsonArray &variants);
    void skip(const Product &product, const Error &why, std::function<void(Status)> done);
    void productDone(const SyncCounts &counts, std::function<void(Status)> done);

    QList<ProductId> m_selection;
    QString m_currency;
    QList<Product> m_products;
    int m_next = 0;
    CatalogResolver m_catalog;
};

} // namespace sf

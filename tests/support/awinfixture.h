#pragma once

#include "awinemulator.h"
#include "db/database.h"
#include "domain/ids.h"
#include "sourcing/awinimportreport.h"
#include "sync/awin/awinfeedclient.h"

#include <QNetworkAccessManager>

namespace sf::test {

// The Awin emulator with one shop's feed (id 21293, size?Official DE) and a client for it.
struct AwinFixture {
    static constexpr int kFeedId = 21293;

    emu::AwinEmulator emulator;
    QNetworkAccessManager network;
    std::unique_ptr<AwinFeedClient> client;

    explicit AwinFixture(int rows = 180);
    // Downloads the feed (waits); the temporary file's path or the error.
    Result<QString> download(const AwinDownloadRequest &request = {});
    // Downloads and imports the feed into `db`; the file is removed afterwards.
    Result<AwinImportReport> downloadAndImport(const Database &db);
    const emu::AwinFeedSpec &feed() { return *emulator.feed(kFeedId); }
};

// A catalog product with one variant per listed EU size (by the sizes' standardized value), GTINs as given
// (empty: none), and a StockX lowest ask per variant.
struct CatalogModel {
    ProductId product;
    QList<VariantId> variants;
};
CatalogModel makeCatalogModel(const Database &db, const QString &sku, const QStringList &euSizes,
                              const QStringList &gtins, const QList<qint64> &askCents);

} // namespace sf::test

#include "awinfeedimporter.h"

#include "awinfeedreader.h"
#include "db/multirowinsert.h"
#include "db/savepoint.h"
#include "db/sqlquery.h"
#include "db/streamingwritescope.h"
#include "db/transaction.h"
#include "domain/rowuuid.h"
#include "gzipreader.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sf {

namespace {

constexpr int kLookupGroup = 500;
// PostgreSQL answers once per statement, so a statement carries many rows; SQLite has no round trip to
// save and gains nothing measurable beyond a few dozen.
int rowsPerStatement(const Database &db)
{
    return db.dialect().isPostgres() ? 100 : 50;
}

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? SqlQuery::nullText() : QVariant(text);
}

template <typename T> QVariant orNull(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant(QMetaType::fromType<T>());
}

} // namespace

Result<AwinImportReport> AwinFeedImporter::importFile(const QString &path, const AwinImportOptions &options) const
{
    if (Status whole = GzipReader::verify(path); !whole)
        return Error{whole.error().code,
                     QCoreApplication::translate("AwinImport", "%1 Nothing was imported; the offers stored before "
                                                               "are unchanged.")
                         .arg(whole.error().message),
                     path};
    const StreamingWriteScope streaming(m_db);
    AwinFeedReader reader(path, options.chunkRows);
    AwinImportReport report;
    report.stamp = QDateTime::currentDateTimeUtc();
    QStringList rejectedIds;
    for (;;) {
        auto next = reader.next();
        if (!next)
            return next.error();
        if (!next.value())
            break;
        AwinFeedChunk &chunk = *next.value();
        report.absorb(chunk.notes);
        rejectedIds += chunk.rejectedIds;
        if (Status stored = storeChunk(chunk.offers, report); !stored)
            return stored.error();
        if (options.progress)
            options.progress(report.rows, chunk.compressedBytes);
        if (options.cancel && options.cancel->load()) {
            report.cancelled = true;
            return report;
        }
    }
    if (options.markMissingUnavailable)
        if (Status marked = markMissing(report, rejectedIds); !marked)
            return marked.error();
    return report;
}

Status AwinFeedImporter::storeChunk(QList<AwinOffer> &chunk, AwinImportReport &report) const
{
    // The same offer twice in a chunk: the later row is the feed's word (and one statement may not
    // upsert a row twice).
    QHash<QString, qsizetype> seen;
    QList<AwinOffer> offers;
    offers.reserve(chunk.size());
    for (AwinOffer &offer : chunk) {
        if (const auto it = seen.constFind(offer.awinProductId); it != seen.cend()) {
            report.flag({offers.at(*it).line, offer.awinProductId,
                         QCoreApplication::translate("AwinImport", "the offer appears again on line %1, which counts")
                             .arg(offer.line)});
            offers[*it] = std::move(offer);
            continue;
        }
        seen.insert(offer.awinProductId, offers.size());
        offers.append(std::move(offer));
    }
    {
        Transaction tx(m_db);
        if (Status begun = tx.begin(); !begun)
            return begun;
        const auto old = currentPrices(offers);
        if (!old)
            return old.error();
        AwinImportReport attempt = report;
        if (Status written = writeOffers(offers, old.value(), attempt); written) {
            if (Status committed = tx.commit(); !committed)
                return committed;
            report = attempt;
            return {};
        }
    }
    return storeRowsAlone(offers, report);
}

Result<QHash<QString, qint64>> AwinFeedImporter::currentPrices(const QList<AwinOffer> &offers) const
{
    QHash<QString, qint64> prices;
    QStringList marks;
    for (int i = 0; i < kLookupGroup; ++i)
        marks << u":i"_s + QString::number(i);
    const QString full = u"SELECT awin_product_id, retail_price_cents FROM {{integration.awin_products}} WHERE "
                         "awin_product_id IN ("_s +
                         marks.join(u',') + u')';
    for (qsizetype first = 0; first < offers.size(); first += kLookupGroup) {
        // Every group binds all its placeholders (the last id repeats), so one prepared statement serves.
        SqlQuery q(m_db, full);
        for (int i = 0; i < kLookupGroup; ++i)
            q.bind(marks.at(i), offers.at(std::min<qsizetype>(first + i, offers.size() - 1)).awinProductId);
        if (Status status = q.exec(); !status)
            return status.error();
        while (q.next())
            prices.insert(q.string(0), q.isNull(1) ? -1 : q.integer(1));
    }
    return prices;
}

Status AwinFeedImporter::writeOffers(const QList<AwinOffer> &offers, const QHash<QString, qint64> &oldPrices,
                                     AwinImportReport &report) const
{
    MultiRowInsert upsert(
        m_db,
        u"{{integration.awin_products}} (id, awin_product_id, merchant_product_id, merchant_id, merchant_name, "
        "data_feed_id, product_name, brand_name, brand_id, ean, product_gtin, mpn, product_model, "
        "retail_price_cents, store_price_cents, rrp_price_cents, currency, description, short_description, colour, "
        "size, size_eu, material, in_stock, stock_quantity, delivery_time, delivery_cost_cents, image_url, "
        "thumbnail_url, alternate_images, affiliate_link, merchant_link, category_name, style_code, available, "
        "unavailable_since, last_updated, feed_import_date, updated_at)"_s,
        u":uuid, :aid, :mpid, :mid, :mname, :feed, :name, :brand, :bid, :ean, :gtin, :mpn, :model, :price, "
        ":store, :rrp, :currency, :descr, :short, :colour, :size, :eu, :material, :stock, :qty, :dtime, :dcost, "
        ":image, :thumb, :images, :aff, :link, :cat, :style, TRUE, NULL, :updated, :stamp, :stamp"_s,
        rowsPerStatement(m_db));
    QStringList refreshed;
    for (const char *column : {"merchant_product_id",
                               "merchant_id",
                               "merchant_name",
                               "data_feed_id",
                               "product_name",
                               "brand_name",
                               "brand_id",
                               "ean",
                               "product_gtin",
                               "mpn",
                               "product_model",
                               "retail_price_cents",
                               "store_price_cents",
                               "rrp_price_cents",
                               "currency",
                               "description",
                               "short_description",
                               "colour",
                               "size",
                               "size_eu",
                               "material",
                               "in_stock",
                               "stock_quantity",
                               "delivery_time",
                               "delivery_cost_cents",
                               "image_url",
                               "thumbnail_url",
                               "alternate_images",
                               "affiliate_link",
                               "merchant_link",
                               "category_name",
                               "style_code",
                               "available",
                               "unavailable_since",
                               "last_updated",
                               "feed_import_date",
                               "updated_at"})
        refreshed << QString::fromLatin1(column) + u" = excluded."_s + QString::fromLatin1(column);
    upsert.onConflict(u"ON CONFLICT (awin_product_id) DO UPDATE SET "_s + refreshed.join(u", "_s));
    const Status written = upsert.run(offers.size(), [&](MultiRowInsert::Row &row, qsizetype i) {
        const AwinOffer &o = offers.at(i);
        row.bind(u":uuid"_s, newRowUuid().toString(QUuid::WithoutBraces))
            .bind(u":aid"_s, o.awinProductId)
            .bind(u":mpid"_s, orNull(o.merchantProductId))
            .bind(u":mid"_s, o.merchantId)
            .bind(u":mname"_s, orNull(o.merchantName))
            .bind(u":feed"_s, orNull(o.dataFeedId))
            .bind(u":name"_s, o.productName)
            .bind(u":brand"_s, orNull(o.brandName))
            .bind(u":bid"_s, orNull(o.brandId))
            .bind(u":ean"_s, orNull(o.ean))
            .bind(u":gtin"_s, orNull(o.productGtin))
            .bind(u":mpn"_s, orNull(o.mpn))
            .bind(u":model"_s, orNull(o.productModel))
            .bind(u":price"_s, o.priceCents)
            .bind(u":store"_s, orNull(o.storePriceCents))
            .bind(u":rrp"_s, orNull(o.rrpPriceCents))
            .bind(u":currency"_s, o.currency)
            .bind(u":descr"_s, orNull(o.description))
            .bind(u":short"_s, orNull(o.shortDescription))
            .bind(u":colour"_s, orNull(o.colour))
            .bind(u":size"_s, orNull(o.size))
            .bind(u":eu"_s, orNull(o.sizeEu))
            .bind(u":material"_s, orNull(o.material))
            .bind(u":stock"_s, o.inStock)
            .bind(u":qty"_s, o.stockQuantity)
            .bind(u":dtime"_s, orNull(o.deliveryTime))
            .bind(u":dcost"_s, orNull(o.deliveryCostCents))
            .bind(u":image"_s, orNull(o.imageUrl))
            .bind(u":thumb"_s, orNull(o.thumbnailUrl))
            .bind(u":images"_s, orNull(o.alternateImagesJson))
            .bind(u":aff"_s, orNull(o.affiliateLink))
            .bind(u":link"_s, orNull(o.merchantLink))
            .bind(u":cat"_s, orNull(o.categoryName))
            .bind(u":style"_s, orNull(o.styleCode))
            .bind(u":updated"_s, o.lastUpdated.isValid() ? QVariant(o.lastUpdated) : SqlQuery::nullText())
            .bind(u":stamp"_s, report.stamp);
    });
    if (!written)
        return written;

    QList<const AwinOffer *> priced;
    for (const AwinOffer &o : offers) {
        const auto old = oldPrices.constFind(o.awinProductId);
        if (old == oldPrices.cend()) {
            ++report.inserted;
        } else {
            ++report.updated;
            if (*old == o.priceCents)
                continue;
            ++report.priceChanges;
        }
        priced.append(&o);
    }
    MultiRowInsert history(m_db,
                           u"{{integration.awin_price_history}} (id, awin_product_id, price_cents, currency, "
                           "in_stock, recorded_at)"_s,
                           u":uuid, :aid, :price, :currency, :stock, :at"_s, rowsPerStatement(m_db));
    const Status kept = history.run(priced.size(), [&](MultiRowInsert::Row &row, qsizetype i) {
        row.bind(u":uuid"_s, newRowUuid().toString(QUuid::WithoutBraces))
            .bind(u":aid"_s, priced.at(i)->awinProductId)
            .bind(u":price"_s, priced.at(i)->priceCents)
            .bind(u":currency"_s, priced.at(i)->currency)
            .bind(u":stock"_s, priced.at(i)->inStock)
            .bind(u":at"_s, report.stamp);
    });
    if (kept && !offers.isEmpty())
        announceAfterCommit(m_db, Change{Change::Entity::AwinOffer, Change::Kind::Changed, {}});
    return kept;
}

Status AwinFeedImporter::storeRowsAlone(const QList<AwinOffer> &chunk, AwinImportReport &report) const
{
    Transaction tx(m_db);
    if (Status begun = tx.begin(); !begun)
        return begun;
    for (const AwinOffer &offer : chunk) {
        Savepoint savepoint(m_db);
        if (Status begun = savepoint.begin(); !begun)
            return begun;
        const QList<AwinOffer> one{offer};
        const auto old = currentPrices(one);
        if (!old)
            return old.error();
        AwinImportReport attempt = report;
        if (Status written = writeOffers(one, old.value(), attempt); !written) {
            if (Status undone = savepoint.rollback(); !undone)
                return undone;
            report.reject({offer.line, offer.awinProductId, written.error().message});
            continue;
        }
        if (Status released = savepoint.release(); !released)
            return released;
        report = attempt;
    }
    return tx.commit();
}

Status AwinFeedImporter::markMissing(AwinImportReport &report, const QStringList &rejectedIds) const
{
    Transaction tx(m_db);
    if (Status begun = tx.begin(); !begun)
        return begun;
    // A row the feed still has but that could not be read is not gone: it keeps its last good data.
    for (const QString &id : rejectedIds) {
        SqlQuery keep(m_db, u"UPDATE {{integration.awin_products}} SET feed_import_date = :stamp "
                            "WHERE awin_product_id = :id"_s);
        if (Status status = keep.bind(u":stamp"_s, report.stamp).bind(u":id"_s, id).exec(); !status)
            return status;
    }
    for (int feed : std::as_const(report.feeds)) {
        SqlQuery gone(m_db, u"UPDATE {{integration.awin_products}} SET available = FALSE, in_stock = FALSE, "
                            "unavailable_since = :stamp, updated_at = :stamp "
                            "WHERE data_feed_id = :feed AND feed_import_date < :stamp AND available"_s);
        if (Status status = gone.bind(u":stamp"_s, report.stamp).bind(u":feed"_s, feed).exec(); !status)
            return status;
        report.markedUnavailable += gone.rowsAffected();
    }
    if (report.markedUnavailable > 0)
        announceAfterCommit(m_db, Change{Change::Entity::AwinOffer, Change::Kind::Changed, {}});
    return tx.commit();
}

} // namespace sf

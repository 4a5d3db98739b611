#include "awinfeedrepository.h"

#include "db/sqlquery.h"
#include "db/transaction.h"

using namespace Qt::StringLiterals;

namespace sf {

Status AwinFeedRepository::storeListed(const QList<AwinFeed> &listed) const
{
    Transaction tx(m_db);
    if (Status begun = tx.begin(); !begun)
        return begun;
    for (const AwinFeed &f : listed) {
        SqlQuery q(m_db,
                   u"INSERT INTO {{integration.awin_feeds}} (feed_id, advertiser_id, advertiser_name, "
                   "feed_name, language, membership_status, products_listed, listed_at, updated_at) VALUES "
                   "(:feed, :adv, :name, :fname, :lang, :member, :products, :listed, {{now}}) "
                   "ON CONFLICT (feed_id) DO UPDATE SET advertiser_id = excluded.advertiser_id, "
                   "advertiser_name = excluded.advertiser_name, feed_name = excluded.feed_name, language = "
                   "excluded.language, membership_status = excluded.membership_status, products_listed = "
                   "excluded.products_listed, listed_at = excluded.listed_at, updated_at = excluded.updated_at"_s);
        q.bind(u":feed"_s, f.feedId)
            .bind(u":adv"_s, f.advertiserId)
            .bind(u":name"_s, f.advertiserName)
            .bind(u":fname"_s, f.feedName)
            .bind(u":lang"_s, f.language)
            .bind(u":member"_s, f.membershipStatus)
            .bind(u":products"_s, f.productsListed)
            .bind(u":listed"_s, f.listedAt.isValid() ? QVariant(f.listedAt) : SqlQuery::nullText());
        if (Status status = q.exec(); !status)
            return status;
    }
    return tx.commit();
}

Result<QList<AwinFeed>> AwinFeedRepository::all() const
{
    SqlQuery q(m_db, u"SELECT f.feed_id, f.advertiser_id, f.advertiser_name, f.feed_name, f.language, "
                     "f.membership_status, f.products_listed, f.listed_at, f.imported_listed_at, f.last_import_at, "
                     "f.last_import_rows, f.last_import_rejected, f.last_error, "
                     "(SELECT COUNT(*) FROM {{integration.awin_products}} a WHERE a.data_feed_id = f.feed_id), "
                     "(SELECT COUNT(*) FROM {{integration.awin_products}} a WHERE a.data_feed_id = f.feed_id AND "
                     "a.matched_variant_id IS NOT NULL) "
                     "FROM {{integration.awin_feeds}} f ORDER BY f.advertiser_name, f.feed_id"_s);
    if (Status status = q.exec(); !status)
        return status.error();
    QList<AwinFeed> feeds;
    while (q.next()) {
        AwinFeed f;
        f.feedId = int(q.integer(0));
        f.advertiserId = int(q.integer(1));
        f.advertiserName = q.string(2);
        f.feedName = q.string(3);
        f.language = q.string(4);
        f.membershipStatus = q.string(5);
        f.productsListed = int(q.integer(6));
        f.listedAt = q.dateTime(7);
        f.importedListedAt = q.dateTime(8);
        f.lastImportAt = q.dateTime(9);
        f.lastImportRows = q.integer(10);
        f.lastImportRejected = q.integer(11);
        f.lastError = q.string(12);
        f.offers = q.integer(13);
        f.matched = q.integer(14);
        feeds.append(f);
    }
    return feeds;
}

Result<std::optional<AwinFeed>> AwinFeedRepository::find(int feedId) const
{
    const auto feeds = all();
    if (!feeds)
        return feeds.error();
    for (const AwinFeed &f : feeds.value())
        if (f.feedId == feedId)
            return std::optional<AwinFeed>(f);
    return std::optional<AwinFeed>();
}

Status AwinFeedRepository::recordImport(int feedId, const QDateTime &listedAt, const AwinImportReport &report) const
{
    // A file imported by hand names feeds the list has not shown yet: they get a row of their own.
    SqlQuery q(m_db, u"INSERT INTO {{integration.awin_feeds}} (feed_id, imported_listed_at, last_import_at, "
                     "last_import_rows, last_import_rejected, last_error, updated_at) VALUES (:feed, :listed, :at, "
                     ":rows, :rejected, NULL, {{now}}) ON CONFLICT (feed_id) DO UPDATE SET imported_listed_at = "
                     "COALESCE(excluded.imported_listed_at, {{integration.awin_feeds}}.imported_listed_at), "
                     "last_import_at = excluded.last_import_at, last_import_rows = excluded.last_import_rows, "
                     "last_import_rejected = excluded.last_import_rejected, last_error = NULL, "
                     "updated_at = excluded.updated_at"_s);
    q.bind(u":feed"_s, feedId)
        .bind(u":listed"_s, listedAt.isValid() ? QVariant(listedAt) : SqlQuery::nullText())
        .bind(u":at"_s, report.stamp)
        .bind(u":rows"_s, report.rows)
        .bind(u":rejected"_s, report.rejected);
    return q.exec();
}

Status AwinFeedRepository::recordFailure(int feedId, const QString &error) const
{
    SqlQuery q(m_db, u"INSERT INTO {{integration.awin_feeds}} (feed_id, last_error, updated_at) VALUES (:feed, "
                     ":error, {{now}}) ON CONFLICT (feed_id) DO UPDATE SET last_error = excluded.last_error, "
                     "updated_at = excluded.updated_at"_s);
    return q.bind(u":feed"_s, feedId).bind(u":error"_s, error).exec();
}

} // namespace sf

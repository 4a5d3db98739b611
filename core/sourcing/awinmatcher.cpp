#include "awinmatcher.h"

#include "db/sqlquery.h"
#include "db/transaction.h"

using namespace Qt::StringLiterals;

namespace sf {

namespace {

// The variant of product `product` in the offer's EU size.
QString variantInEuSize(const QString &product)
{
    return u"(SELECT v.id FROM {{catalog.product_variant}} v JOIN {{catalog.sizes}} s ON s.id = v.size_id "
           "WHERE v.product_id = "_s +
           product + u" AND s.standardized_value = a.size_eu ORDER BY v.id LIMIT 1)"_s;
}

const QString kUnmatched = u"a.matched_variant_id IS NULL AND a.ean IS NOT NULL"_s;
// Indexed as idx_product_style_key (migration 0015): the same text on both sides, compared without
// affinity (at a million offers an index scan per offer took 283 s, the lookup 0.8 s).
const QString kStyleKey = u"UPPER(REPLACE(REPLACE(p.sku, '.', '-'), ' ', '-'))"_s;

} // namespace

Result<qint64> AwinMatcher::step(const QString &sql, const QDateTime &now) const
{
    SqlQuery q(m_db, sql);
    if (Status status = q.bind(u":now"_s, now).exec(); !status)
        return status.error();
    return qint64(q.rowsAffected());
}

Result<AwinMatchReport> AwinMatcher::run() const
{
    Transaction tx(m_db);
    if (Status begun = tx.begin(); !begun)
        return begun.error();
    const QString set = u"UPDATE {{integration.awin_products}} AS a SET matched_at = :now, "_s;
    AwinMatchReport report;
    struct Step {
        qint64 *count;
        QString sql;
    };
    const QList<Step> steps{
        {&report.byGtin, set +
                             u"matched_variant_id = v.id, matched_product_id = v.product_id, match_method = 'ean', "
                             "match_confidence = 1.00 FROM {{catalog.product_variant}} v "
                             "WHERE v.gtin = a.ean AND "_s +
                             kUnmatched},
        // StockX often keeps a 12-digit UPC; the same article's EAN-13 is the UPC behind a leading 0.
        {&report.byGtin, set +
                             u"matched_variant_id = v.id, matched_product_id = v.product_id, match_method = 'ean', "
                             "match_confidence = 1.00 FROM {{catalog.product_variant}} v "
                             "WHERE a.ean LIKE '0%' AND v.gtin = substr(a.ean, 2) AND "_s +
                             kUnmatched},
        {&report.byProductEan, set + u"matched_product_id = p.id, matched_variant_id = "_s +
                                   variantInEuSize(u"p.id"_s) +
                                   u", match_method = 'product_ean', match_confidence = 0.95 "
                                   "FROM {{catalog.product}} p WHERE p.ean = a.ean AND "_s +
                                   kUnmatched + u" AND "_s + variantInEuSize(u"p.id"_s) + u" IS NOT NULL"_s},
        {&report.byStockEan, set +
                                 u"matched_product_id = i.product_id, matched_variant_id = (SELECT v.id FROM "
                                 "{{catalog.product_variant}} v WHERE v.product_id = i.product_id AND v.size_id = "
                                 "i.size_id ORDER BY v.id LIMIT 1), match_method = 'stock_ean', "
                                 "match_confidence = 0.95 FROM {{inventory.stock}} i WHERE i.ean = a.ean AND "_s +
                                 kUnmatched +
                                 u" AND EXISTS (SELECT 1 FROM {{catalog.product_variant}} v WHERE v.product_id = "
                                 "i.product_id AND v.size_id = i.size_id)"_s},
        // The catalog's products by their normalised style code: a lookup per offer through the expression
        // index (a join would scan the catalog once per offer on SQLite).
        {&report.byStyleOnly,
         set +
             u"matched_product_id = (SELECT p.id FROM {{catalog.product}} p{{indexed_by:idx_product_style_key}} WHERE "_s +
             kStyleKey +
             u" = {{no_affinity:a.style_code}} ORDER BY p.id LIMIT 1), match_method = 'style', "
             "match_confidence = 0.60 WHERE a.matched_product_id IS NULL AND a.style_code IS "
             "NOT NULL AND EXISTS (SELECT 1 FROM {{catalog.product}} p{{indexed_by:idx_product_style_key}} WHERE "_s +
             kStyleKey + u" = {{no_affinity:a.style_code}})"_s},
        {&report.byStyleSize, set + u"matched_variant_id = "_s + variantInEuSize(u"a.matched_product_id"_s) +
                                  u", match_method = 'style_size', match_confidence = 0.85 WHERE a.match_method = "
                                  "'style' AND a.matched_variant_id IS NULL AND "_s +
                                  variantInEuSize(u"a.matched_product_id"_s) + u" IS NOT NULL"_s},
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Step &s : steps) {
        const auto n = step(s.sql, now);
        if (!n)
            return n.error();
        *s.count += n.value();
    }
    // The offers given a product by style code this run that have no variant of their size yet.
    SqlQuery productOnly(m_db, u"SELECT COUNT(*) FROM {{integration.awin_products}} WHERE match_method = 'style' "
                               "AND matched_at = :now"_s);
    if (Status status = productOnly.bind(u":now"_s, now).exec(); !status)
        return status.error();
    report.byStyleOnly = productOnly.next() ? productOnly.integer(0) : 0;
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    if (report.matchedTotal() + report.byStyleOnly > 0)
        announceAfterCommit(m_db, Change{Change::Entity::AwinOffer, Change::Kind::Changed, {}});
    return report;
}

} // namespace sf

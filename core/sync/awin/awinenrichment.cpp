#include "awinenrichment.h"

#include "catalog/catalogresolver.h"
#include "db/sqlquery.h"
#include "db/transaction.h"
#include "sourcing/awinmatcher.h"
#include "sourcing/opportunityrepository.h"
#include "sync/stockx/stockxcatalogsync.h"
#include "sync/stockx/stockxclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
constexpr int kProgressEvery = 10;

} // namespace

AwinEnrichment::AwinEnrichment(const Database &db, StockXClient &client, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_client(client)
    , m_lane(this)
{}

AwinEnrichment::~AwinEnrichment()
{
    m_lane.close();
}

void AwinEnrichment::storeOn(DatabaseWorker *worker)
{
    m_worker = worker;
    m_lane.setWorker(worker);
}

void AwinEnrichment::cancel()
{
    m_cancelled = true;
    if (m_catalogSync)
        m_catalogSync->cancel();
}

void AwinEnrichment::start(int limit)
{
    m_running = true;
    m_cancelled = false;
    m_progress = {};
    m_clock.start();
    struct Prepared {
        Result<QStringList> eans = QStringList();
        QUuid job;
    };
    m_lane.run<Prepared>(
        [this, limit] {
            Prepared p;
            // The cheapest offers first (§5.3): those are the ones most likely to pay.
            SqlQuery q(m_db, u"SELECT ean FROM {{integration.awin_products}} WHERE in_stock AND available AND ean IS "
                             "NOT NULL AND matched_variant_id IS NULL AND enrichment_status = 'pending' "
                             "GROUP BY ean ORDER BY MIN(retail_price_cents), ean LIMIT :limit"_s);
            if (Status s = q.bind(u":limit"_s, limit).exec(); !s) {
                p.eans = s.error();
                return p;
            }
            QStringList eans;
            while (q.next())
                eans << q.string(0);
            p.job = QUuid::createUuid();
            SqlQuery job(m_db, u"INSERT INTO {{integration.awin_enrichment_jobs}} (id, job_type, status, "
                               "total_products, started_at) VALUES (:id, 'stockx_match', 'running', :total, :at)"_s);
            if (Status s = job.bind(u":id"_s, p.job.toString(QUuid::WithoutBraces))
                               .bind(u":total"_s, int(eans.size()))
                               .bind(u":at"_s, QDateTime::currentDateTimeUtc())
                               .exec();
                !s) {
                p.eans = s.error();
                return p;
            }
            p.eans = eans;
            return p;
        },
        [this](Prepared p) {
            if (!p.eans) {
                finish(u"failed"_s, p.eans.error());
                return;
            }
            m_jobId = p.job;
            m_eans = p.eans.value();
            m_index = 0;
            m_progress.total = int(m_eans.size());
            Q_EMIT logLine(QCoreApplication::translate("AwinEnrichment", "Looking up %1 unmatched EANs on StockX…")
                               .arg(m_eans.size()));
            next();
        });
}

void AwinEnrichment::next()
{
    if (m_cancelled) {
        finish(u"cancelled"_s);
        return;
    }
    if (m_index >= m_eans.size()) {
        afterLookups();
        return;
    }
    const QString ean = m_eans.at(m_index);
    const QString asUpc = ean.startsWith(u'0') ? ean.mid(1) : QString();
    if (m_knownGtins.contains(ean) || (!asUpc.isEmpty() && m_knownGtins.contains(asUpc))) {
        record(ean, u"matched"_s, {}); // another size of a product already found
        return;
    }
    lookUp(ean);
}

void AwinEnrichment::lookUp(const QString &ean)
{
    StockXRequest request;
    request.path = u"/catalog/products/variants/gtins/"_s + ean;
    m_client.send(request, this, [this, ean](Result<StockXReply> reply) {
        if (!reply) {
            const Error &e = reply.error();
            if (e.code == u"stockx.not_found"_s || e.code == u"stockx.refused"_s) {
                record(ean, e.code == u"stockx.not_found"_s ? u"not_found"_s : u"error"_s, {});
                return;
            }
            finish(u"failed"_s, e); // the login, the network or the quota: nothing to gain by going on
            return;
        }
        foundProduct(ean, reply.value().json.object().value(u"productId"_s).toString());
    });
}

void AwinEnrichment::foundProduct(const QString &ean, const QString &stockxProductId)
{
    if (const auto it = m_stockxProducts.constFind(stockxProductId); it != m_stockxProducts.cend()) {
        record(ean, u"matched"_s, *it);
        return;
    }
    StockXRequest product;
    product.path = u"/catalog/products/"_s + stockxProductId;
    m_client.send(product, this, [this, ean, stockxProductId](Result<StockXReply> reply) {
        if (!reply) {
            record(ean, u"error"_s, {});
            return;
        }
        const QJsonObject json = reply.value().json.object();
        StockXRequest variants;
        variants.path = u"/catalog/products/"_s + stockxProductId + u"/variants"_s;
        m_client.send(variants, this, [this, ean, stockxProductId, json](Result<StockXReply> listed) {
            if (listed)
                for (const QJsonValue &v : listed.value().json.array())
                    for (const QJsonValue &g : v.toObject().value(u"gtins"_s).toArray())
                        m_knownGtins.insert(g.toObject().value(u"identifier"_s).toString());
            m_stockxProducts.insert(stockxProductId, json);
            record(ean, u"matched"_s, json);
        });
    });
}

void AwinEnrichment::record(const QString &ean, const QString &status, const QJsonObject &product)
{
    (status == u"matched"_s     ? m_progress.matched
     : status == u"not_found"_s ? m_progress.notFound
                                : m_progress.failed)++;
    struct Stored {
        Status status;
        std::optional<ProductId> created;
    };
    m_lane.run<Stored>(
        [this, ean, status, product] {
            Stored stored;
            Transaction tx(m_db);
            if (stored.status = tx.begin(); !stored.status)
                return stored;
            if (!product.isEmpty()) {
                CatalogResolver catalog(m_db);
                const auto id =
                    catalog.product({product.value(u"styleId"_s).toString(), product.value(u"title"_s).toString(),
                                     product.value(u"brand"_s).toString(), QString()});
                if (!id) {
                    stored.status = id.error();
                    return stored;
                }
                stored.created = id.value();
            }
            SqlQuery q(m_db, u"UPDATE {{integration.awin_products}} SET enrichment_status = :status, "
                             "last_enriched_at = :at, stockx_product_id = COALESCE(:pid, stockx_product_id), "
                             "stockx_url_key = COALESCE(:url, stockx_url_key), stockx_style_id = "
                             "COALESCE(:style, stockx_style_id) WHERE ean = :ean"_s);
            const auto orNull = [](const QString &s) { return s.isEmpty() ? SqlQuery::nullText() : QVariant(s); };
            q.bind(u":status"_s, status)
                .bind(u":at"_s, QDateTime::currentDateTimeUtc())
                .bind(u":pid"_s, orNull(product.value(u"productId"_s).toString()))
                .bind(u":url"_s, orNull(product.value(u"urlKey"_s).toString()))
                .bind(u":style"_s, orNull(product.value(u"styleId"_s).toString()))
                .bind(u":ean"_s, ean);
            if (stored.status = q.exec(); !stored.status)
                return stored;
            stored.status = tx.commit();
            return stored;
        },
        [this](Stored stored) {
            if (!stored.status) {
                finish(u"failed"_s, stored.status.error());
                return;
            }
            if (stored.created && !m_newProducts.contains(*stored.created))
                m_newProducts.append(*stored.created);
            itemDone();
        });
}

void AwinEnrichment::itemDone()
{
    ++m_index;
    m_progress.processed = int(m_index);
    const qint64 elapsed = m_clock.elapsed();
    m_progress.etaMs = m_index > 0 ? elapsed * (m_progress.total - m_index) / m_index : -1;
    Q_EMIT progress(m_progress);
    if (m_index % kProgressEvery == 0 || m_index == m_eans.size()) {
        const AwinEnrichmentProgress p = m_progress;
        m_lane.run<Status>(
            [this, p] {
                SqlQuery q(m_db, u"UPDATE {{integration.awin_enrichment_jobs}} SET processed_products = :done, "
                                 "matched_products = :matched, failed_products = :failed, updated_at = {{now}} "
                                 "WHERE id = :id"_s);
                return q.bind(u":done"_s, p.processed)
                    .bind(u":matched"_s, p.matched)
                    .bind(u":failed"_s, p.failed)
                    .bind(u":id"_s, m_jobId.toString(QUuid::WithoutBraces))
                    .exec();
            },
            [this](Status) { next(); });
        return;
    }
    next();
}

void AwinEnrichment::afterLookups()
{
    if (m_newProducts.isEmpty()) {
        finish(u"completed"_s);
        return;
    }
    Q_EMIT logLine(
        QCoreApplication::translate("AwinEnrichment", "Fetching sizes and market prices of %1 products from StockX…")
            .arg(m_newProducts.size()));
    m_catalogSync = std::make_unique<StockXCatalogSync>(m_db, m_client, m_newProducts);
    m_catalogSync->storeOn(m_worker);
    connect(m_catalogSync.get(), &StockXCatalogSync::logLine, this, &AwinEnrichment::logLine);
    connect(m_catalogSync.get(), &StockXCatalogSync::finished, this, [this](const SyncRun &run) {
        if (run.status != u"completed"_s) {
            finish(m_cancelled ? u"cancelled"_s : u"failed"_s, Error{u"awin.enrichment"_s, run.errorMessage, {}});
            return;
        }
        m_lane.run<Status>(
            [this] {
                if (const auto matched = AwinMatcher(m_db).run(); !matched)
                    return Status(matched.error());
                const auto settings = OpportunitySettings::load(m_db);
                if (!settings)
                    return Status(settings.error());
                const auto valued = OpportunityRepository(m_db).refresh(settings.value());
                return valued ? Status() : Status(valued.error());
            },
            [this](Status done) {
                if (!done)
                    finish(u"failed"_s, done.error());
                else
                    finish(u"completed"_s);
            });
    });
    m_catalogSync->start();
}

void AwinEnrichment::finish(const QString &status, std::optional<Error> error)
{
    AwinEnrichmentResult result{m_jobId, status, m_progress, int(m_newProducts.size()), error};
    const auto summary = [result] {
        const double rate = result.counts.processed > 0 ? result.counts.matched * 100.0 / result.counts.processed : 0.0;
        return QString::fromUtf8(QJsonDocument(QJsonObject{{u"total_processed"_s, result.counts.processed},
                                                           {u"matched"_s, result.counts.matched},
                                                           {u"not_found"_s, result.counts.notFound},
                                                           {u"errors"_s, result.counts.failed},
                                                           {u"new_products"_s, result.newProducts},
                                                           {u"match_rate_percentage"_s, rate}})
                                     .toJson(QJsonDocument::Compact));
    };
    const auto done = [this, result] {
        m_running = false;
        m_catalogSync.reset();
        if (result.error)
            Q_EMIT logLine(result.error->toString());
        Q_EMIT logLine(
            QCoreApplication::translate("AwinEnrichment", "StockX lookup %1: %2 matched, %3 not on StockX, %4 failed.")
                .arg(result.status)
                .arg(result.counts.matched)
                .arg(result.counts.notFound)
                .arg(result.counts.failed));
        Q_EMIT finished(result);
    };
    if (m_jobId.isNull()) {
        done();
        return;
    }
    m_lane.run<Status>(
        [this, result, summary] {
            SqlQuery q(m_db, u"UPDATE {{integration.awin_enrichment_jobs}} SET status = :status, processed_products "
                             "= :done, matched_products = :matched, failed_products = :failed, results_summary = "
                             ":summary, error_log = :error, completed_at = :at, updated_at = :at WHERE id = :id"_s);
            return q.bind(u":status"_s, result.status)
                .bind(u":done"_s, result.counts.processed)
                .bind(u":matched"_s, result.counts.matched)
                .bind(u":failed"_s, result.counts.failed)
                .bind(u":summary"_s, summary())
                .bind(u":error"_s, result.error ? QVariant(result.error->toString()) : SqlQuery::nullText())
                .bind(u":at"_s, QDateTime::currentDateTimeUtc())
                .bind(u":id"_s, result.jobId.toString(QUuid::WithoutBraces))
                .exec();
        },
        [done](Status) { done(); });
}

} // namespace sf

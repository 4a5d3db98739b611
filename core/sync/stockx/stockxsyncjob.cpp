#include "stockxsyncjob.h"

#include "logcategories.h"

#include "db/savepoint.h"
#include "db/transaction.h"
#include "db/writebehind.h"
#include "sales/marketplacerepository.h"
#include "sync/synclock.h"
#include "sync/syncrejectionrepository.h"
#include "sync/syncrunrepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace sf {

StockXSyncJob::StockXSyncJob(const Database &db, StockXClient &client, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_client(client)
    , m_statistics(db, {u"{{catalog.product}}"_s, u"{{catalog.product_variant}}"_s, u"{{inventory.stock}}"_s,
                        u"{{sales.order}}"_s, u"{{sales.listing}}"_s, u"{{pricing.market_prices}}"_s})
{}

void StockXSyncJob::log(const QString &line)
{
    qCDebug(lcSync).noquote() << job() << line;
    Q_EMIT logLine(line);
}

namespace {
QString recordKey(const SyncRecord &record)
{
    if (!record.externalId.isEmpty())
        return record.externalId;
    const QByteArray json = QJsonDocument(record.raw).toJson(QJsonDocument::Compact);
    return u"sha1:"_s + QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha1).toHex());
}
} // namespace

namespace {
// store()'s first attempt met a record to reject: the batch goes again, record by record.
const QString kBatchRefused = u"sync.batch_refused"_s;
Error batchRefused()
{
    return Error{kBatchRefused, {}, {}};
}
} // namespace

Status StockXSyncJob::storeRecord(const SyncRecord &record, SyncCounts &counts,
                                  const std::function<Result<RecordResult>()> &store)
{
    if (m_wholeBatch) {
        const Result<RecordResult> stored = store();
        if (!stored || stored.value().outcome == RecordOutcome::Rejected)
            return batchRefused();
        return countStored(record, stored.value().outcome, counts);
    }
    for (int attempt = 1;; ++attempt) {
        Savepoint savepoint(m_db);
        if (Status begun = savepoint.begin(); !begun)
            return begun;
        Result<RecordResult> stored = store();
        if (stored && stored.value().outcome != RecordOutcome::Rejected)
            if (Status written = WriteBehind::flush(m_db); !written)
                stored = written.error(); // what it held back was refused: the record's refusal
        if (stored && stored.value().outcome != RecordOutcome::Rejected) {
            if (Status released = savepoint.release(); !released)
                return released;
            return countStored(record, stored.value().outcome, counts);
        }
        if (Status undone = savepoint.rollback(); !undone)
            return undone;
        forgetUncommitted();
        // Another client's transaction held what the record needed: undone to the savepoint, it goes again.
        if (!stored && stored.error().code == Database::kContentionCode && attempt < Database::kContentionAttempts) {
            ++counts.retried;
            continue;
        }
        return rejectRecord(record, stored ? stored.value().error : stored.error().message, counts);
    }
}

Status StockXSyncJob::countStored(const SyncRecord &record, RecordOutcome outcome, SyncCounts &counts)
{
    switch (outcome) {
    case RecordOutcome::Imported: ++counts.created; break;
    case RecordOutcome::Updated: ++counts.updated; break;
    default: ++counts.unchanged;
    }
    const QString key = recordKey(record);
    if (m_rejectedBefore.remove(key))
        return SyncRejectionRepository(m_db).resolve(m_run.service, m_run.job, key);
    return {};
}

Status StockXSyncJob::rejectRecord(const SyncRecord &record, const QString &reason, SyncCounts &counts)
{
    if (m_wholeBatch)
        return batchRefused(); // logged and kept once, when the batch goes again record by record
    SyncRejection rejection;
    rejection.service = m_run.service;
    rejection.job = m_run.job;
    rejection.externalId = recordKey(record);
    rejection.runId = m_run.id;
    rejection.reason = reason;
    rejection.raw = record.raw;
    rejection.occurredAt = record.occurredAt;
    ++counts.rejected;
    m_rejectedBefore.insert(rejection.externalId);
    log(QCoreApplication::translate("StockXSyncJob", "%1 was not stored: %2 It is kept and tried again next run.")
            .arg(record.externalId.isEmpty() ? QCoreApplication::translate("StockXSyncJob", "A record without a number")
                                             : record.externalId,
                 reason));
    return SyncRejectionRepository(m_db).record(rejection);
}

Result<MarketplaceId> StockXSyncJob::stockXMarketplace() const
{
    const auto stockx = MarketplaceRepository(m_db).findBySlug(u"stockx"_s);
    if (!stockx)
        return stockx.error();
    if (!stockx.value())
        return Error{
            u"stockx.marketplace"_s,
            QCoreApplication::translate("StockXSyncJob", "The StockX marketplace is missing from the database."),
            u"platform.marketplace"_s};
    return stockx.value()->id;
}

void StockXSyncJob::cancel()
{
    m_cancelRequested = true;
}

void StockXSyncJob::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelRequested = false;
    m_error = {};
    m_dbMs = 0;
    m_elapsed.start();
    SyncRun run;
    run.service = u"stockx"_s;
    run.job = job();
    m_run = run;
    onStorage<Begun>([this, run] { return begin(run); }, [this](const Begun &begun) { adoptBegun(begun); });
}

StockXSyncJob::Begun StockXSyncJob::begin(SyncRun run)
{
    Begun begun;
    begun.run = run;
    if (Status locked = SyncLock::acquire(m_db, run.service, run.job); !locked) {
        begun.status = locked;
        return begun;
    }
    begun.status = beginLocked(begun);
    if (!begun.status)
        if (Status released = SyncLock::release(m_db, run.service, run.job); !released)
            qCWarning(lcSync) << "sync lock not released:" << released.error().toString();
    return begun;
}

Status StockXSyncJob::beginLocked(Begun &begun)
{
    const SyncRun &run = begun.run;
    if (Status prepared = prepare(begun.run); !prepared)
        return prepared;
    const auto rejected = SyncRejectionRepository(m_db).externalIds(run.service, run.job);
    if (!rejected)
        return rejected.error();
    begun.rejectedBefore = rejected.value();
    SyncRunRepository runs(m_db);
    const auto previous = runs.latest(run.service, run.job);
    if (!previous)
        return previous.error();
    const std::optional<SyncRun> &last = previous.value();
    begun.resume = last && last->unfinished() && !last->checkpoint.isEmpty() &&
                   last->rangeFrom == begun.run.rangeFrom && last->rangeTo == begun.run.rangeTo;
    if (begun.resume)
        begun.run.checkpoint = last->checkpoint;
    const auto started = runs.start(begun.run);
    if (!started)
        return started.error();
    begun.run = started.value();
    return {};
}

void StockXSyncJob::adoptBegun(const Begun &begun)
{
    m_run = begun.run;
    if (!begun.status) {
        finish(u"failed"_s, begun.status.error());
        return;
    }
    m_rejectedBefore = begun.rejectedBefore;
    const bool resume = begun.resume;
    m_phases = phases();
    m_phasePages = QList<int>(m_phases.size(), 0);
    m_phaseIndex = resume ? m_run.checkpoint.value(u"phase"_s).toInt() : 0;
    m_page = resume ? m_run.checkpoint.value(u"page"_s).toInt(1) : 1;
    m_firstPage = m_phaseIndex == 0 ? m_page : 1;
    if (resume && m_phaseIndex < m_phases.size())
        log(QCoreApplication::translate("StockXSyncJob", "Resuming the last unfinished run at page %1 of %2.")
                .arg(m_page)
                .arg(m_phases.at(m_phaseIndex).name));
    requestPage();
}

void StockXSyncJob::requestPage()
{
    if (m_cancelRequested) {
        flushThen([this](Status flushed) {
            if (!flushed)
                finish(u"failed"_s, flushed.error());
            else
                finish(u"cancelled"_s);
        });
        return;
    }
    if (m_phaseIndex >= m_phases.size()) {
        flushThen([this](Status flushed) {
            if (!flushed) {
                finish(u"failed"_s, flushed.error());
                return;
            }
            afterPages([this](Status status) {
                if (!status)
                    finish(u"failed"_s, status.error());
                else
                    finish(m_cancelRequested ? u"cancelled"_s : u"completed"_s);
            });
        });
        return;
    }
    m_client.send(pageRequest(m_phases.at(m_phaseIndex), m_page), this, [this](Result<StockXReply> reply) {
        if (!reply) {
            // The pages fetched before the failure are stored; the next run continues after them.
            flushThen([this, error = reply.error()](Status flushed) {
                finish(u"failed"_s, flushed ? error : flushed.error());
            });
            return;
        }
        receivePage(reply.value().json.object());
    });
}

StockXRequest StockXSyncJob::pageRequest(const Phase &phase, int page)
{
    StockXRequest request = phase.request;
    request.query.removeAllQueryItems(u"pageNumber"_s);
    request.query.removeAllQueryItems(u"pageSize"_s);
    request.query.addQueryItem(u"pageNumber"_s, QString::number(page));
    request.query.addQueryItem(u"pageSize"_s, QString::number(phase.pageSize));
    return request;
}

void StockXSyncJob::receivePage(const QJsonObject &page)
{
    const Phase &phase = m_phases.at(m_phaseIndex);
    if (!page.value(phase.itemsKey).isArray()) {
        // Read as an empty page, this would end the phase and the run as "completed".
        const Error missing{
            u"stockx.bad_page"_s,
            QCoreApplication::translate("StockXSyncJob", "StockX sent page %1 of %2 without its \"%3\" list.")
                .arg(m_page)
                .arg(phase.name, phase.itemsKey),
            phase.request.path};
        flushThen([this, missing](Status flushed) { finish(u"failed"_s, flushed ? missing : flushed.error()); });
        return;
    }
    Fetched fetched{m_phaseIndex, m_page, page.value(phase.itemsKey).toArray(), false};
    const int count = page.value(u"count"_s).toInt(int(fetched.items.size()));
    m_phasePages[m_phaseIndex] = qMax(1, (count + phase.pageSize - 1) / phase.pageSize);
    fetched.more = page.value(u"hasNextPage"_s).toBool() && !fetched.items.isEmpty();
    m_fetched.append(fetched);
    emitProgress();
    if (m_fetched.size() < kPagesPerCommit) {
        continueAfter(fetched.more);
        return;
    }
    flushThen([this, more = fetched.more](Status flushed) {
        if (!flushed)
            finish(u"failed"_s, flushed.error());
        else
            continueAfter(more);
    });
}

void StockXSyncJob::continueAfter(bool more)
{
    if (more) {
        ++m_page;
        requestPage();
    } else {
        nextPhase();
    }
}

void StockXSyncJob::flushThen(std::function<void(Status)> next)
{
    const QList<Fetched> pages = std::exchange(m_fetched, {});
    m_storing = int(pages.size());
    onStorage<Stored>([this, pages, run = m_run] { return store(pages, run); },
                      [this, next = std::move(next)](Stored stored) {
                          m_storing = 0;
                          next(adopt(stored));
                      });
}

StockXSyncJob::Stored StockXSyncJob::store(const QList<Fetched> &pages, SyncRun run)
{
    if (pages.isEmpty())
        return {{}, run, 0};
    QElapsedTimer storing;
    storing.start();
    const QSet<QString> rejectedBefore = m_rejectedBefore;
    m_wholeBatch = true;
    Stored stored = storeBatch(pages, run);
    m_wholeBatch = false;
    if (!stored.status && stored.status.error().code == kBatchRefused) {
        m_rejectedBefore = rejectedBefore;
        stored = storeBatch(pages, run);
    }
    stored.ms = storing.elapsed();
    return stored;
}

StockXSyncJob::Stored StockXSyncJob::storeBatch(const QList<Fetched> &pages, const SyncRun &run)
{
    SyncRun updated = run;
    Transaction tx(m_db);
    Status stored = tx.begin();
    if (stored) {
        QJsonArray items;
        for (const Fetched &page : pages)
            for (const QJsonValue &item : page.items)
                items.append(item);
        stored = prepareItems(items);
    }
    for (const Fetched &page : pages) {
        if (!stored)
            break;
        const Result<SyncCounts> counts = storeItems(m_phases.at(page.phase), page.items);
        if (!counts) {
            stored = counts.error();
            break;
        }
        updated.counts += counts.value();
        ++updated.pages;
        updated.checkpoint = page.more ? QJsonObject{{u"phase"_s, page.phase}, {u"page"_s, page.page + 1}}
                                       : QJsonObject{{u"phase"_s, page.phase + 1}, {u"page"_s, 1}};
    }
    if (stored && m_wholeBatch) // a refusal of what the records held back is one of theirs
        if (Status written = WriteBehind::flush(m_db); !written)
            stored = batchRefused();
    if (stored)
        stored = SyncRunRepository(m_db).save(updated);
    if (stored)
        stored = tx.commit();
    if (!stored)
        forgetUncommitted();
    else
        m_statistics.rowsStored(updated.counts.stored());
    return {stored, updated, 0};
}

Status StockXSyncJob::adopt(const Stored &stored)
{
    m_dbMs += stored.ms;
    if (!stored.status)
        return stored.status;
    m_run = stored.run;
    emitProgress();
    return {};
}

void StockXSyncJob::nextPhase()
{
    ++m_phaseIndex;
    m_page = 1;
    requestPage();
}

void StockXSyncJob::emitProgress()
{
    SyncProgress p;
    p.job = job();
    p.phase = m_phaseIndex < m_phases.size() ? m_phases.at(m_phaseIndex).name : QString();
    p.pagesDone = m_run.pages + int(m_fetched.size()) + m_storing;
    for (int i = 0; i < m_phasePages.size(); ++i)
        p.pagesKnown += m_phasePages.at(i) > 0 ? m_phasePages.at(i) : (i > m_phaseIndex ? 1 : 0);
    p.counts = m_run.counts;
    if (p.pagesDone > 0 && p.pagesKnown >= p.pagesDone)
        p.etaMs = m_elapsed.elapsed() * (p.pagesKnown - p.pagesDone) / p.pagesDone;
    Q_EMIT progress(p);
}

Status StockXSyncJob::saveRun(const SyncRun &run) const
{
    Status saved = SyncRunRepository(m_db).save(run);
    if (!saved)
        saved = Error{saved.error().code,
                      QCoreApplication::translate("StockXSyncJob", "The run could not be recorded: %1")
                          .arg(saved.error().message),
                      saved.error().context};
    return saved;
}

void StockXSyncJob::stepDone(const QString &what, const SyncCounts &counts, int stepsDone, int stepsTotal,
                             std::function<void(Status)> next)
{
    m_run.counts += counts;
    ++m_run.pages;
    SyncProgress p;
    p.job = job();
    p.phase = what;
    p.pagesDone = stepsDone;
    p.pagesKnown = stepsTotal;
    p.counts = m_run.counts;
    if (stepsDone > 0)
        p.etaMs = m_elapsed.elapsed() * (stepsTotal - stepsDone) / stepsDone;
    // The lock stays until finish(): the run is alive between its steps.
    onStorage<Status>([this, run = m_run] { return saveRun(run); },
                      [this, p, next = std::move(next)](Status saved) {
                          Q_EMIT progress(p);
                          next(saved);
                      });
}

void StockXSyncJob::finish(const QString &endStatus, const Error &endError)
{
    m_run.status = endStatus;
    m_run.errorMessage = endError.message;
    m_run.finishedAt = QDateTime::currentDateTimeUtc();
    if (m_run.id.isNull()) {
        conclude(endStatus, endError);
        return;
    }
    // A run whose end is not recorded would be resumed as unfinished: it did not complete.
    onStorage<Status>(
        [this, run = m_run] {
            const Status saved = saveRun(run);
            // A lock not given back stays until this client disconnects; the run itself is recorded.
            if (Status released = SyncLock::release(m_db, run.service, run.job); !released)
                qCWarning(lcSync) << "sync lock not released:" << released.error().toString();
            return saved;
        },
        [this, endStatus, endError](const Status &saved) {
            if (saved)
                conclude(endStatus, endError);
            else
                conclude(m_run.status = u"failed"_s, saved.error());
        });
}

void StockXSyncJob::conclude(const QString &status, const Error &error)
{
    m_running = false;
    m_error = error;
    if (status == u"completed"_s)
        log(QCoreApplication::translate("StockXSyncJob", "Finished: %1 new, %2 changed, %3 unchanged, %4 rejected.")
                .arg(m_run.counts.created)
                .arg(m_run.counts.updated)
                .arg(m_run.counts.unchanged)
                .arg(m_run.counts.rejected));
    else if (status == u"cancelled"_s)
        log(QCoreApplication::translate("StockXSyncJob", "Cancelled after %n pages; what was stored is kept.", nullptr,
                                        m_run.pages));
    else
        log(QCoreApplication::translate("StockXSyncJob", "Stopped: %1 Pages stored before are kept; running the job "
                                                         "again continues after them.")
                .arg(error.toString()));
    if (m_run.counts.retried > 0)
        log(QCoreApplication::translate("StockXSyncJob",
                                        "%n time(s), another client's write got in the way and the record was "
                                        "tried again.",
                                        nullptr, m_run.counts.retried));
    Q_EMIT finished(m_run);
}

} // namespace sf

#include "stockxsyncjob.h"

#include "db/transaction.h"
#include "sales/marketplacerepository.h"
#include "sync/syncrunrepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sf {

StockXSyncJob::StockXSyncJob(const Database &db, StockXClient &client, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_client(client)
{}

void StockXSyncJob::log(const QString &line)
{
    Q_EMIT logLine(line);
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
    m_run = SyncRun{};
    m_run.service = u"stockx"_s;
    m_run.job = job();
    if (Status status = prepare(m_run); !status) {
        finish(u"failed"_s, status.error());
        return;
    }
    resumeOrBegin();
}

void StockXSyncJob::resumeOrBegin()
{
    SyncRunRepository runs(m_db);
    const auto previous = runs.latest(m_run.service, m_run.job);
    if (!previous) {
        finish(u"failed"_s, previous.error());
        return;
    }
    const std::optional<SyncRun> &last = previous.value();
    const bool resume = last && last->unfinished() && !last->checkpoint.isEmpty() &&
                        last->rangeFrom == m_run.rangeFrom && last->rangeTo == m_run.rangeTo;
    if (resume)
        m_run.checkpoint = last->checkpoint;
    const auto started = runs.start(m_run);
    if (!started) {
        finish(u"failed"_s, started.error());
        return;
    }
    m_run = started.value();
    m_phases = phases();
    m_phasePages = QList<int>(m_phases.size(), 0);
    m_phaseIndex = resume ? m_run.checkpoint.value(u"phase"_s).toInt() : 0;
    m_page = resume ? m_run.checkpoint.value(u"page"_s).toInt(1) : 1;
    if (resume && m_phaseIndex < m_phases.size())
        log(QCoreApplication::translate("StockXSyncJob", "Resuming the last unfinished run at page %1 of %2.")
                .arg(m_page)
                .arg(m_phases.at(m_phaseIndex).name));
    requestPage();
}

void StockXSyncJob::requestPage()
{
    if (m_cancelRequested) {
        finish(u"cancelled"_s);
        return;
    }
    if (m_phaseIndex >= m_phases.size()) {
        afterPages([this](Status status) {
            if (!status)
                finish(u"failed"_s, status.error());
            else
                finish(m_cancelRequested ? u"cancelled"_s : u"completed"_s);
        });
        return;
    }
    const Phase phase = m_phases.at(m_phaseIndex);
    StockXRequest request = phase.request;
    request.query.removeAllQueryItems(u"pageNumber"_s);
    request.query.removeAllQueryItems(u"pageSize"_s);
    request.query.addQueryItem(u"pageNumber"_s, QString::number(m_page));
    request.query.addQueryItem(u"pageSize"_s, QString::number(phase.pageSize));
    m_client.send(request, this, [this, phase](Result<StockXReply> reply) {
        if (!reply) {
            finish(u"failed"_s, reply.error());
            return;
        }
        storePage(phase, reply.value().json.object());
    });
}

void StockXSyncJob::storePage(const Phase &phase, const QJsonObject &page)
{
    const QJsonArray items = page.value(phase.itemsKey).toArray();
    const int count = page.value(u"count"_s).toInt(int(items.size()));
    m_phasePages[m_phaseIndex] = qMax(1, (count + phase.pageSize - 1) / phase.pageSize);
    const bool more = page.value(u"hasNextPage"_s).toBool() && !items.isEmpty();
    QElapsedTimer storing;
    storing.start();
    SyncRun updated = m_run;
    Transaction tx(m_db);
    Result<SyncCounts> stored = tx.begin() ? storeItems(phase, items) : Result<SyncCounts>(tx.begin().error());
    if (stored) {
        updated.counts += stored.value();
        ++updated.pages;
        updated.checkpoint = more ? QJsonObject{{u"phase"_s, m_phaseIndex}, {u"page"_s, m_page + 1}}
                                  : QJsonObject{{u"phase"_s, m_phaseIndex + 1}, {u"page"_s, 1}};
        if (Status saved = SyncRunRepository(m_db).save(updated); !saved)
            stored = saved.error();
    }
    if (stored) {
        if (Status committed = tx.commit(); !committed)
            stored = committed.error();
    }
    m_dbMs += storing.elapsed();
    if (!stored) {
        forgetUncommitted();
        finish(u"failed"_s, stored.error());
        return;
    }
    m_run = updated;
    emitProgress();
    if (more) {
        ++m_page;
        requestPage();
    } else {
        nextPhase();
    }
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
    p.pagesDone = m_run.pages;
    for (int i = 0; i < m_phasePages.size(); ++i)
        p.pagesKnown += m_phasePages.at(i) > 0 ? m_phasePages.at(i) : (i > m_phaseIndex ? 1 : 0);
    p.counts = m_run.counts;
    if (p.pagesDone > 0 && p.pagesKnown >= p.pagesDone)
        p.etaMs = m_elapsed.elapsed() * (p.pagesKnown - p.pagesDone) / p.pagesDone;
    Q_EMIT progress(p);
}

void StockXSyncJob::stepDone(const QString &what, const SyncCounts &counts, int stepsDone, int stepsTotal)
{
    m_run.counts += counts;
    ++m_run.pages;
    if (Status saved = SyncRunRepository(m_db).save(m_run); !saved)
        log(QCoreApplication::translate("StockXSyncJob", "The run could not be recorded: %1")
                .arg(saved.error().toString()));
    SyncProgress p;
    p.job = job();
    p.phase = what;
    p.pagesDone = stepsDone;
    p.pagesKnown = stepsTotal;
    p.counts = m_run.counts;
    if (stepsDone > 0)
        p.etaMs = m_elapsed.elapsed() * (stepsTotal - stepsDone) / stepsDone;
    Q_EMIT progress(p);
}

void StockXSyncJob::finish(const QString &status, const Error &error)
{
    m_running = false;
    m_error = error;
    m_run.status = status;
    m_run.errorMessage = error.message;
    m_run.finishedAt = QDateTime::currentDateTimeUtc();
    if (!m_run.id.isNull()) {
        if (Status saved = SyncRunRepository(m_db).save(m_run); !saved)
            log(QCoreApplication::translate("StockXSyncJob", "The run could not be recorded: %1")
                    .arg(saved.error().toString()));
    }
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
    Q_EMIT finished(m_run);
}

} // namespace sf

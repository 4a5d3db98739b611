#include "syncrunrepository.h"

#include "db/rowhelpers.h"
#include "db/sqlquery.h"
#include "domain/rowuuid.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
void bindRun(SqlQuery &q, const SyncRun &run)
{
    q.bind(u":id"_s, run.id.toString(QUuid::WithoutBraces))
        .bind(u":status"_s, run.status)
        .bind(u":checkpoint"_s, QString::fromUtf8(QJsonDocument(run.checkpoint).toJson(QJsonDocument::Compact)))
        .bind(u":pages"_s, run.pages)
        .bind(u":created"_s, run.counts.created)
        .bind(u":updated"_s, run.counts.updated)
        .bind(u":unchanged"_s, run.counts.unchanged)
        .bind(u":rejected"_s, run.counts.rejected)
        .bind(u":error"_s, run.errorMessage.left(1000))
        .bind(u":finished"_s, run.finishedAt);
}
} // namespace

Result<SyncRun> SyncRunRepository::start(const SyncRun &run) const
{
    SyncRun started = run;
    started.id = newRowUuid();
    started.startedAt = QDateTime::currentDateTimeUtc();
    started.operatorName = m_db.operatorName();
    SqlQuery q(m_db,
               u"INSERT INTO {{integration.sync_runs}} (id, service, job, status, range_from, range_to, "
               "checkpoint, pages, created_count, updated_count, unchanged_count, rejected_count, error_message, "
               "started_at, finished_at, operator) VALUES (:id, :service, :job, :status, :from, :to, :checkpoint, "
               ":pages, :created, :updated, :unchanged, :rejected, :error, :started, :finished, :operator)"_s);
    bindRun(q, started);
    q.bind(u":service"_s, started.service)
        .bind(u":job"_s, started.job)
        .bind(u":from"_s, started.rangeFrom)
        .bind(u":to"_s, started.rangeTo)
        .bind(u":started"_s, started.startedAt)
        .bind(u":operator"_s, started.operatorName);
    if (Status status = q.exec(); !status)
        return status.error();
    return started;
}

Status SyncRunRepository::save(const SyncRun &run) const
{
    SqlQuery q(m_db,
               u"UPDATE {{integration.sync_runs}} SET status = :status, checkpoint = :checkpoint, pages = :pages, "
               "created_count = :created, updated_count = :updated, unchanged_count = :unchanged, "
               "rejected_count = :rejected, error_message = :error, finished_at = :finished, "
               "updated_at = {{now}} WHERE id = :id"_s);
    bindRun(q, run);
    return q.exec();
}

Result<QList<SyncRun>> SyncRunRepository::fetch(const QString &where, const std::function<void(SqlQuery &)> &bind) const
{
    SqlQuery q(m_db, u"SELECT id, service, job, status, range_from, range_to, checkpoint, pages, created_count, "
                     "updated_count, unchanged_count, rejected_count, error_message, started_at, finished_at, "
                     "operator FROM {{integration.sync_runs}} "_s +
                         where);
    bind(q);
    if (Status status = q.exec(); !status)
        return status.error();
    QList<SyncRun> runs;
    while (q.next()) {
        SyncRun run;
        run.id = QUuid::fromString(q.string(0));
        run.service = q.string(1);
        run.job = q.string(2);
        run.status = q.string(3);
        run.rangeFrom = q.date(4);
        run.rangeTo = q.date(5);
        run.checkpoint = QJsonDocument::fromJson(q.string(6).toUtf8()).object();
        run.pages = int(q.integer(7));
        run.counts = {int(q.integer(8)), int(q.integer(9)), int(q.integer(10)), int(q.integer(11))};
        run.errorMessage = q.string(12);
        run.startedAt = q.dateTime(13);
        run.finishedAt = q.dateTime(14);
        run.operatorName = q.string(15);
        runs.append(run);
    }
    return runs;
}

Result<std::optional<SyncRun>> SyncRunRepository::latest(const QString &service, const QString &job) const
{
    return firstOf(fetch(u"WHERE service = :service AND job = :job ORDER BY started_at DESC LIMIT 1"_s,
                         [&](SqlQuery &q) { q.bind(u":service"_s, service).bind(u":job"_s, job); }));
}

Result<std::optional<SyncRun>> SyncRunRepository::lastCompleted(const QString &service, const QString &job) const
{
    return firstOf(fetch(u"WHERE service = :service AND job = :job AND status = 'completed' "
                         "ORDER BY started_at DESC LIMIT 1"_s,
                         [&](SqlQuery &q) { q.bind(u":service"_s, service).bind(u":job"_s, job); }));
}

Result<QList<SyncRun>> SyncRunRepository::recent(int limit) const
{
    return fetch(u"ORDER BY started_at DESC LIMIT :limit"_s, [&](SqlQuery &q) { q.bind(u":limit"_s, limit); });
}

} // namespace sf

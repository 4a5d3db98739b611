#include "syncrejectionrepository.h"

#include "db/sqlquery.h"
#include "domain/rowuuid.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace sf {

Status SyncRejectionRepository::record(const SyncRejection &rejection) const
{
    SqlQuery q(m_db, u"INSERT INTO {{integration.sync_rejections}} (id, service, job, external_id, run_id, reason, "
                     "raw_data, occurred_at, attempts, first_seen_at, last_seen_at) VALUES (:id, :service, :job, "
                     ":external, :run, :reason, :raw, :occurred, 1, :now, :now) "
                     "ON CONFLICT (service, job, external_id) DO UPDATE SET run_id = excluded.run_id, "
                     "reason = excluded.reason, raw_data = excluded.raw_data, occurred_at = excluded.occurred_at, "
                     "attempts = {{integration.sync_rejections}}.attempts + 1, last_seen_at = excluded.last_seen_at"_s);
    q.bind(u":id"_s, newRowUuid().toString(QUuid::WithoutBraces))
        .bind(u":service"_s, rejection.service)
        .bind(u":job"_s, rejection.job)
        .bind(u":external"_s, rejection.externalId.left(255))
        .bind(u":run"_s, rejection.runId.isNull() ? SqlQuery::nullText()
                                                  : QVariant(rejection.runId.toString(QUuid::WithoutBraces)))
        .bind(u":reason"_s, rejection.reason.left(1000))
        .bind(u":raw"_s, QString::fromUtf8(QJsonDocument(rejection.raw).toJson(QJsonDocument::Compact)))
        .bind(u":occurred"_s, rejection.occurredAt)
        .bind(u":now"_s, QDateTime::currentDateTimeUtc());
    return q.exec();
}

Status SyncRejectionRepository::resolve(const QString &service, const QString &job, const QString &externalId) const
{
    SqlQuery q(m_db, u"DELETE FROM {{integration.sync_rejections}} WHERE service = :service AND job = :job "
                     "AND external_id = :external"_s);
    q.bind(u":service"_s, service).bind(u":job"_s, job).bind(u":external"_s, externalId);
    return q.exec();
}

Result<QSet<QString>> SyncRejectionRepository::externalIds(const QString &service, const QString &job) const
{
    SqlQuery q(m_db, u"SELECT external_id FROM {{integration.sync_rejections}} WHERE service = :service "
                     "AND job = :job"_s);
    q.bind(u":service"_s, service).bind(u":job"_s, job);
    if (Status status = q.exec(); !status)
        return status.error();
    QSet<QString> ids;
    while (q.next())
        ids.insert(q.string(0));
    return ids;
}

Result<QList<SyncRejection>> SyncRejectionRepository::all(const QString &service, const QString &job) const
{
    SqlQuery q(m_db, u"SELECT external_id, run_id, reason, raw_data, occurred_at, attempts, last_seen_at, job "
                     "FROM {{integration.sync_rejections}} WHERE service = :service AND (:every = 1 OR job = :job) "
                     "ORDER BY last_seen_at DESC, job, external_id"_s);
    q.bind(u":service"_s, service).bind(u":every"_s, job.isEmpty() ? 1 : 0).bind(u":job"_s, job);
    if (Status status = q.exec(); !status)
        return status.error();
    QList<SyncRejection> rejections;
    while (q.next()) {
        SyncRejection r;
        r.service = service;
        r.job = q.string(7);
        r.externalId = q.string(0);
        r.runId = QUuid::fromString(q.string(1));
        r.reason = q.string(2);
        r.raw = QJsonDocument::fromJson(q.string(3).toUtf8()).object();
        r.occurredAt = q.dateTime(4);
        r.attempts = int(q.integer(5));
        r.lastSeenAt = q.dateTime(6);
        rejections.append(r);
    }
    return rejections;
}

Result<QDateTime> SyncRejectionRepository::oldestOccurrence(const QString &service, const QString &job) const
{
    SqlQuery q(m_db, u"SELECT MIN(occurred_at) FROM {{integration.sync_rejections}} WHERE service = :service "
                     "AND job = :job"_s);
    q.bind(u":service"_s, service).bind(u":job"_s, job);
    if (Status status = q.exec(); !status)
        return status.error();
    return q.next() && !q.isNull(0) ? q.dateTime(0) : QDateTime();
}

} // namespace sf

#include "eventstore.h"

#include "db/sqlquery.h"
#include "domain/rowuuid.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
QVariant uuidValue(const QUuid &uuid)
{
    return uuid.isNull() ? SqlQuery::nullText() : QVariant(uuid.toString(QUuid::WithoutBraces));
}
} // namespace

Status EventStore::append(const DomainEvent &event) const
{
    SqlQuery q(m_db, u"INSERT INTO {{logging.event_store}} (id, event_id, event_type, aggregate_id, aggregate_type, "
                     "event_data, correlation_id, causation_id, timestamp, operator) VALUES (:id, :event_id, :type, "
                     ":aggregate, :aggregate_type, :data, :correlation, :causation, :timestamp, :operator)"_s);
    q.bind(u":id"_s, uuidValue(newRowUuid()))
        .bind(u":event_id"_s, uuidValue(newRowUuid()))
        .bind(u":type"_s, event.type)
        .bind(u":aggregate"_s, uuidValue(event.aggregateId))
        .bind(u":aggregate_type"_s, event.aggregateType)
        .bind(u":data"_s, QString::fromUtf8(QJsonDocument(event.data).toJson(QJsonDocument::Compact)))
        .bind(u":correlation"_s, uuidValue(event.correlationId))
        .bind(u":causation"_s, uuidValue(event.causationId))
        .bind(u":timestamp"_s, event.timestamp)
        .bind(u":operator"_s, m_db.operatorName());
    return q.execLater();
}

Result<QList<DomainEvent>> EventStore::fetch(const QString &column, const QUuid &value) const
{
    SqlQuery q(m_db, u"SELECT event_type, aggregate_id, aggregate_type, event_data, correlation_id, causation_id, "
                     "timestamp FROM {{logging.event_store}} WHERE "_s +
                         column + u" = :value ORDER BY timestamp, created_at"_s);
    q.bind(u":value"_s, uuidValue(value));
    if (Status status = q.exec(); !status)
        return status.error();
    QList<DomainEvent> events;
    while (q.next()) {
        DomainEvent e;
        e.type = q.string(0);
        e.aggregateId = QUuid::fromString(q.string(1));
        e.aggregateType = q.string(2);
        e.data = QJsonDocument::fromJson(q.string(3).toUtf8()).object();
        e.correlationId = QUuid::fromString(q.string(4));
        e.causationId = QUuid::fromString(q.string(5));
        e.timestamp = q.dateTime(6);
        events.append(e);
    }
    return events;
}

Result<QList<DomainEvent>> EventStore::forAggregate(const QUuid &aggregateId) const
{
    return fetch(u"aggregate_id"_s, aggregateId);
}

Result<QList<DomainEvent>> EventStore::forCorrelation(const QUuid &correlationId) const
{
    return fetch(u"correlation_id"_s, correlationId);
}

Result<qint64> EventStore::count() const
{
    SqlQuery q(m_db, u"SELECT COUNT(*) FROM {{logging.event_store}}"_s);
    if (Status status = q.exec(); !status)
        return status.error();
    return q.next() ? q.integer(0) : 0;
}

} // namespace sf

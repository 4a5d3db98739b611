#pragma once

#include "db/database.h"
#include "domainevent.h"

#include <QList>

namespace sf {

class EventStore {
public:
    explicit EventStore(const Database &db)
        : m_db(db)
    {}

    Status append(const DomainEvent &event) const;
    Result<QList<DomainEvent>> forAggregate(const QUuid &aggregateId) const;
    Result<QList<DomainEvent>> forCorrelation(const QUuid &correlationId) const;
    Result<qint64> count() const;

private:
    Result<QList<DomainEvent>> fetch(const QString &column, const QUuid &value) const;

    const Database &m_db;
};

} // namespace sf

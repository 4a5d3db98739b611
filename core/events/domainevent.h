#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QUuid>

namespace sf {

// Something that happened to an aggregate (a stock item, an order...), kept in logging.event_store.
// Events caused by one user action share a correlation id.
struct DomainEvent {
    QString type; // e.g. StockItemCreated
    QUuid aggregateId;
    QString aggregateType; // e.g. stock_item
    QJsonObject data;
    QUuid correlationId;
    QUuid causationId;
    QDateTime timestamp = QDateTime::currentDateTimeUtc();
};

} // namespace sf

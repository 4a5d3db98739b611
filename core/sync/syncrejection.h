#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QUuid>

namespace sf {

// A record (order, listing) a sync could not store, kept with its reason and JSON for the next run.
struct SyncRejection {
    QString service;
    QString job;
    QString externalId; // the order number or listing id; a digest of the JSON when StockX sent none
    QUuid runId;
    QString reason;
    QJsonObject raw;
    QDateTime occurredAt; // when the record happened (an order's date); the next run fetches from there
    int attempts = 1;
    QDateTime lastSeenAt;
};

} // namespace sf

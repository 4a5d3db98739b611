#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QUuid>

namespace sf {

// One run of an importer over one file (integration.import_batches).
struct ImportBatch {
    QUuid id;
    QString sourceType; // stockx, alias, sales, notion, supplier_accounts, purchases
    QString sourceFile;
    QString fileSha256;
    int totalRecords = 0;
    int processedRecords = 0;
    int errorRecords = 0;
    QString status = QStringLiteral("processing"); // pending processing completed failed cancelled
    QDateTime startedAt;
    QDateTime completedAt;
    QString errorMessage;
};

// What happened to one source row (integration.import_records).
struct ImportRecord {
    qint64 line = 0;
    QJsonObject sourceData;    // the row as read, secrets removed by the importer
    QJsonObject processedData; // the values as stored
    QString status;            // processed (new), updated, duplicate, error
    QString errorMessage;
};

} // namespace sf

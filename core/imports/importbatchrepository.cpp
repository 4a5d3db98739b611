#include "importbatchrepository.h"

#include "db/multirowinsert.h"
#include "db/sqlquery.h"
#include "domain/rowuuid.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject object(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}
} // namespace

Result<ImportBatch> ImportBatchRepository::start(const QString &sourceType, const QString &sourceFile,
                                                 const QString &fileSha256) const
{
    ImportBatch batch;
    batch.id = newRowUuid();
    batch.sourceType = sourceType;
    batch.sourceFile = sourceFile.right(255);
    batch.fileSha256 = fileSha256;
    batch.startedAt = QDateTime::currentDateTimeUtc();
    SqlQuery q(m_db, u"INSERT INTO {{integration.import_batches}} (id, source_type, source_file, file_sha256, status, "
                     "started_at) VALUES (:id, :type, :file, :sha, :status, :started)"_s);
    q.bind(u":id"_s, uuidText(batch.id))
        .bind(u":type"_s, batch.sourceType)
        .bind(u":file"_s, batch.sourceFile)
        .bind(u":sha"_s, batch.fileSha256)
        .bind(u":status"_s, batch.status)
        .bind(u":started"_s, batch.startedAt);
    if (Status status = q.exec(); !status)
        return status.error();
    return batch;
}

Status ImportBatchRepository::addRecords(const QUuid &batch, const QList<ImportRecord> &records) const
{
    const MultiRowInsert insert(m_db,
                                u"{{integration.import_records}} (id, batch_id, line_number, source_data, "
                                "processed_data, validation_errors, status, processing_completed_at, error_message)"_s,
                                u":id, :batch, :line, :source, :processed, :errors, :status, {{now}}, :message"_s,
                                250); // half a chunk per statement: across a network each costs a round trip
    const QString batchText = uuidText(batch);
    return insert.run(records.size(), [&](MultiRowInsert::Row &row, qsizetype i) {
        const ImportRecord &record = records.at(i);
        row.bind(u":id"_s, uuidText(newRowUuid()))
            .bind(u":batch"_s, batchText)
            .bind(u":line"_s, record.line)
            .bind(u":source"_s, json(record.sourceData))
            .bind(u":processed"_s, record.processedData.isEmpty() ? QString() : json(record.processedData))
            .bind(u":errors"_s,
                  record.errorMessage.isEmpty() ? QString() : json(QJsonObject{{u"message"_s, record.errorMessage}}))
            .bind(u":status"_s, record.status)
            .bind(u":message"_s, record.errorMessage);
    });
}

Status ImportBatchRepository::finish(const ImportBatch &batch) const
{
    SqlQuery q(m_db,
               u"UPDATE {{integration.import_batches}} SET total_records = :total, processed_records = :processed, "
               "error_records = :errors, status = :status, completed_at = :completed, error_message = :message, "
               "last_error = :message, updated_at = {{now}} WHERE id = :id"_s);
    q.bind(u":total"_s, batch.totalRecords)
        .bind(u":processed"_s, batch.processedRecords)
        .bind(u":errors"_s, batch.errorRecords)
        .bind(u":status"_s, batch.status)
        .bind(u":completed"_s, batch.completedAt.isValid() ? batch.completedAt : QDateTime::currentDateTimeUtc())
        .bind(u":message"_s, batch.errorMessage.left(1000))
        .bind(u":id"_s, uuidText(batch.id));
    return q.exec();
}

Result<QList<ImportBatch>> ImportBatchRepository::recent(int limit) const
{
    SqlQuery q(m_db,
               u"SELECT id, source_type, source_file, file_sha256, total_records, processed_records, "
               "error_records, status, started_at, completed_at, error_message FROM {{integration.import_batches}} "
               "ORDER BY started_at DESC LIMIT :limit"_s);
    q.bind(u":limit"_s, limit);
    if (Status status = q.exec(); !status)
        return status.error();
    QList<ImportBatch> batches;
    while (q.next()) {
        ImportBatch b;
        b.id = QUuid::fromString(q.string(0));
        b.sourceType = q.string(1);
        b.sourceFile = q.string(2);
        b.fileSha256 = q.string(3);
        b.totalRecords = int(q.integer(4));
        b.processedRecords = int(q.integer(5));
        b.errorRecords = int(q.integer(6));
        b.status = q.string(7);
        b.startedAt = q.dateTime(8);
        b.completedAt = q.dateTime(9);
        b.errorMessage = q.string(10);
        batches << b;
    }
    return batches;
}

Result<QList<ImportRecord>> ImportBatchRepository::records(const QUuid &batch, const QString &status) const
{
    SqlQuery q(m_db, u"SELECT line_number, source_data, processed_data, status, error_message "
                     "FROM {{integration.import_records}} WHERE batch_id = :batch "_s +
                         (status.isEmpty() ? QString() : u"AND status = :status "_s) + u"ORDER BY line_number"_s);
    q.bind(u":batch"_s, uuidText(batch));
    if (!status.isEmpty())
        q.bind(u":status"_s, status);
    if (Status result = q.exec(); !result)
        return result.error();
    QList<ImportRecord> records;
    while (q.next())
        records << ImportRecord{q.integer(0), object(q.string(1)), object(q.string(2)), q.string(3), q.string(4)};
    return records;
}

} // namespace sf

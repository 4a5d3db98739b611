#pragma once

#include <QJsonObject>
#include <QString>

namespace sf {

// What became of one record, whoever brought it (a file's row, a page of a StockX sync).
enum class RecordOutcome { Valid, Imported, Updated, Duplicate, Rejected };

// The status word stored in integration.import_records for an outcome.
QString recordStatus(RecordOutcome outcome);

struct RecordResult {
    RecordOutcome outcome = RecordOutcome::Rejected;
    QJsonObject processed; // the values as they are (or would be) stored
    QString error;         // why the record was rejected, in the operator's words

    static RecordResult rejected(const QString &why) { return {RecordOutcome::Rejected, {}, why}; }
};

} // namespace sf

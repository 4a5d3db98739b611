#pragma once

#include "domain/result.h"
#include "imports/csv/csvcolumns.h"
#include "sales/recordoutcome.h"

#include <QJsonObject>

namespace sf {

// Turns the rows of one file format into stored records. check() reads and validates a row without
// touching the database (the wizard's preview); store() writes it inside the caller's transaction.
class RowImporter {
public:
    virtual ~RowImporter() = default;

    virtual RecordResult check(const CsvColumns &columns, const CsvRecord &record) const = 0;
    // An Error means the database failed; a bad row is a RecordResult with outcome Rejected.
    virtual Result<RecordResult> store(const CsvColumns &columns, const CsvRecord &record) = 0;
    // Called in the transaction before the records of a chunk are stored one by one: an importer may read
    // what they need at once here, so storing asks the database less per row.
    virtual Status prepare(const CsvColumns &, const QList<CsvRecord> &) { return {}; }
    // Columns never copied into the import records (passwords, private addresses).
    virtual QStringList privateColumns() const { return {}; }
    // Called after a rollback: forget ids of rows that were never committed.
    virtual void forgetUncommitted() {}
    // Called after the rows stored so far were committed.
    virtual void committed() {}
    // Secrets (key, value) of the rows committed since the last call, for the caller to hand to the
    // SecretStore; they never reach the database.
    virtual QList<std::pair<QString, QString>> takeSecrets() { return {}; }
};

} // namespace sf

#pragma once

#include "db/database.h"
#include "importbatch.h"

#include <QList>

namespace sf {

// Every import run and every source row's outcome, so the operator can see what happened, where and
// why, long after the run.
class ImportBatchRepository {
public:
    explicit ImportBatchRepository(const Database &db)
        : m_db(db)
    {}

    Result<ImportBatch> start(const QString &sourceType, const QString &sourceFile, const QString &fileSha256) const;
    // Records rows with one reused statement; the caller owns the transaction (rows commit with their data).
    Status addRecords(const QUuid &batch, const QList<ImportRecord> &records) const;
    // Stores the counters and the final status ("completed", "failed", "cancelled").
    Status finish(const ImportBatch &batch) const;
    Result<QList<ImportBatch>> recent(int limit) const;
    Result<QList<ImportRecord>> records(const QUuid &batch, const QString &status = {}) const;

private:
    const Database &m_db;
};

} // namespace sf

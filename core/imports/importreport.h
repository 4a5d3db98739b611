#pragma once

#include "importbatch.h"
#include "imports/csv/csvreader.h"

#include <QList>

namespace sf {

// What an import run did, for the wizard's last page, the CLI and the exported report.
struct ImportReport {
    ImportBatch batch; // id is null for a dry run
    QString formatKey;
    QString formatTitle;
    CsvDialect dialect;
    bool dryRun = false;
    bool cancelled = false;
    bool encodingErrors = false; // some bytes were not valid in the detected encoding
    int imported = 0;
    int updated = 0;
    int duplicates = 0;
    int rejected = 0;
    int retried = 0; // how often another client's write got in the way and rows were tried again (team mode)
    // The first rejected rows with line and reason (all of them are in the batch's import records).
    QList<ImportRecord> rejectedRows;
    // Passwords and the like the stored rows carried, as (SecretStore key, value): the caller hands them to
    // the SecretStore. Kept in memory only and empty after a dry run.
    QList<std::pair<QString, QString>> secrets;
    // What went wrong without losing a row (the batch could not be closed, ...); shown with the summary.
    QStringList warnings;

    static constexpr int kRejectedRowsKept = 1000;

    int rows() const { return imported + updated + duplicates + rejected; }
    QString summary() const;
};

} // namespace sf

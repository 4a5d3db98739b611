#pragma once

#include "db/database.h"
#include "importreport.h"
#include "imports/csv/columnmapping.h"
#include "rowimporter.h"

#include <atomic>
#include <functional>

namespace sf {

class CsvSource;

// One row of the wizard's preview: the record as read and what would be stored.
struct PreviewRow {
    CsvRecord record;
    RecordResult result;
};

struct ImportPreview {
    QString formatKey;
    QString formatTitle;
    CsvDialect dialect;
    QStringList columns;
    QList<PreviewRow> rows;
    // Purchases only: the mapping in use, the preset it came from, and what keeps it from being usable
    // (then there are no rows to show).
    ColumnMapping mapping;
    QString presetName;
    QString mappingProblem;
};

// Runs an import: every row is checked and stored in chunks, each chunk one transaction together with
// its import records, so a crash or a cancel leaves whole rows only. When the database refuses a row
// the chunk is rolled back and stored again row by row, so the other rows still land and the refused
// one is reported with its line. Re-running a file adds nothing twice: the importers deduplicate.
class ImportRunner {
public:
    struct Options {
        QString formatKey; // empty: detect from the header
        bool dryRun = false;
        int chunkSize = 500;
        // Purchases: the mapping to use; else the named preset; else the preset saved for this header;
        // else a guess from the header.
        std::optional<ColumnMapping> mapping;
        QString presetName;
        QString savePresetAs; // saves the mapping used under this name after the import
    };
    // Bytes read so far, file size, and the counts so far; called after every chunk.
    using Progress = std::function<void(qint64, qint64, const ImportReport &)>;

    explicit ImportRunner(const Database &db)
        : m_db(db)
    {}

    Result<ImportPreview> preview(const QString &path, const Options &options, int rows) const;
    Result<ImportReport> run(const QString &path, const Options &options, const std::atomic_bool *cancel = nullptr,
                             const Progress &progress = {}) const;

private:
    struct Mapping {
        ColumnMapping mapping;
        QString presetName;
    };
    Result<Mapping> resolveMapping(const CsvSource &file, const Options &options) const;
    struct Chunk;
    struct StoredRow;
    // Stores records [first, last) of the chunk in one transaction together with their import records.
    // A row the database refuses rolls all of them back; `refused` then holds its error.
    Result<QList<StoredRow>> storeRange(Chunk &chunk, qsizetype first, qsizetype last,
                                        std::optional<Error> &refused) const;
    // One row alone; tried again (a few times) when it met contention with another client's write.
    Result<QList<StoredRow>> storeRowAlone(Chunk &chunk, qsizetype row, std::optional<Error> &refused) const;
    Status storeChunk(Chunk &chunk) const;
    static void tally(ImportReport &report, const StoredRow &row);

    const Database &m_db;
};

} // namespace sf

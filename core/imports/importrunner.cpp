#include "importrunner.h"

#include "logcategories.h"

#include "db/statisticsrefresh.h"
#include "db/transaction.h"
#include "db/writebehind.h"
#include "importbatchrepository.h"
#include "importpresetrepository.h"
#include "imports/csv/csvsource.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
// Problems of the record itself, found before any importer looks at it.
QString shapeError(const CsvColumns &columns, const CsvRecord &record)
{
    if (!record.error.isEmpty())
        return record.error;
    if (record.fields.size() > columns.names().size())
        return QCoreApplication::translate(
                   "ImportRunner",
                   "This row has %1 fields but the header has %2; a value containing the delimiter may lack its "
                   "quotes.")
            .arg(record.fields.size())
            .arg(columns.names().size());
    return {};
}

} // namespace

struct ImportRunner::StoredRow {
    ImportRecord record;
    RecordOutcome outcome;
};

void ImportRunner::tally(ImportReport &report, const StoredRow &row)
{
    switch (row.outcome) {
    case RecordOutcome::Valid:
    case RecordOutcome::Imported: ++report.imported; break;
    case RecordOutcome::Updated: ++report.updated; break;
    case RecordOutcome::Duplicate: ++report.duplicates; break;
    case RecordOutcome::Rejected:
        ++report.rejected;
        if (report.rejectedRows.size() < ImportReport::kRejectedRowsKept)
            report.rejectedRows << row.record;
        break;
    }
}

struct ImportRunner::Chunk {
    RowImporter &importer;
    const CsvColumns &columns;
    ImportReport &report;
    QList<bool> keptColumns; // the columns import records keep: all but private ones
    bool hasPrivateColumns = false;
    QList<CsvRecord> records;

    ImportRecord recordFor(const CsvRecord &csv, const RecordResult &result) const
    {
        // A row that cannot be split into its fields may hold a password under any column's name: of
        // such a row in a file with secrets only the line and the reason are kept.
        const bool unsplittable = !csv.error.isEmpty() || csv.fields.size() != columns.names().size();
        const QJsonObject raw = hasPrivateColumns && unsplittable ? QJsonObject() : columns.toJson(csv, keptColumns);
        return {csv.line, raw, result.processed, recordStatus(result.outcome), result.error};
    }
};

Result<ImportRunner::Mapping> ImportRunner::resolveMapping(const CsvSource &file, const Options &options) const
{
    if (!file.format().needsMapping)
        return Mapping{};
    const QString signature = ColumnMapping::signature(file.columns().names());
    ImportPresetRepository presets(m_db);
    Mapping result;
    if (options.mapping) {
        result.mapping = *options.mapping;
    } else if (!options.presetName.isEmpty()) {
        const auto preset = presets.byName(options.presetName);
        if (!preset)
            return preset.error();
        if (!preset.value())
            return Error{u"import.preset"_s,
                         QCoreApplication::translate("ImportRunner", "There is no import preset called \"%1\".")
                             .arg(options.presetName),
                         file.format().key};
        result = {preset.value()->mapping, preset.value()->name};
    } else if (const auto saved = presets.forHeader(file.format().key, signature); saved && saved.value()) {
        result = {saved.value()->mapping, saved.value()->name};
    } else {
        result.mapping = ColumnMapping::guess(file.columns().names());
    }
    for (ColumnMapping::Field field : ColumnMapping::fields())
        if (result.mapping.has(field) && !file.columns().has(result.mapping.column(field)))
            return Error{
                u"import.mapping"_s,
                QCoreApplication::translate("ImportRunner", "The column \"%1\" chosen for %2 is not in this file.")
                    .arg(result.mapping.column(field), ColumnMapping::title(field)),
                file.format().key};
    return result;
}

Result<ImportPreview> ImportRunner::preview(const QString &path, const Options &options, int rows) const
{
    auto source = CsvSource::open(path, options.formatKey);
    if (!source)
        return source.error();
    CsvSource &file = *source.value();
    ImportPreview preview{
        file.format().key, file.format().title, file.dialect(), file.columns().names(), {}, {}, {}, {}};
    const auto mapping = resolveMapping(file, options);
    if (!mapping) {
        preview.mappingProblem = mapping.error().message;
        return preview;
    }
    preview.mapping = mapping.value().mapping;
    preview.presetName = mapping.value().presetName;
    if (file.format().needsMapping && !(preview.mappingProblem = preview.mapping.problem()).isEmpty())
        return preview;
    const auto importer = file.format().create(m_db, preview.mapping);
    CsvRecord record;
    while (preview.rows.size() < rows && file.next(record)) {
        const QString problem = shapeError(file.columns(), record);
        preview.rows << PreviewRow{record, problem.isEmpty() ? importer->check(file.columns(), record)
                                                             : RecordResult::rejected(problem)};
    }
    return preview;
}

Result<QList<ImportRunner::StoredRow>> ImportRunner::storeRange(Chunk &chunk, qsizetype first, qsizetype last,
                                                                std::optional<Error> &refused) const
{
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status.error();
    if (Status status = chunk.importer.prepare(chunk.columns, chunk.records.mid(first, last - first)); !status)
        return status.error();
    QList<StoredRow> rows;
    for (qsizetype i = first; i < last; ++i) {
        const CsvRecord &csv = chunk.records.at(i);
        RecordResult result = RecordResult::rejected(shapeError(chunk.columns, csv));
        if (result.error.isEmpty()) {
            const auto stored = chunk.importer.store(chunk.columns, csv);
            if (!stored) {
                refused = stored.error();
                return stored.error();
            }
            result = stored.value();
        }
        rows << StoredRow{chunk.recordFor(csv, result), result.outcome};
    }
    // What the rows held back is written now: a refusal is one of theirs, not the commit's.
    if (Status written = WriteBehind::flush(m_db); !written) {
        refused = written.error();
        return written.error();
    }
    if (!chunk.report.dryRun) {
        QList<ImportRecord> records;
        records.reserve(rows.size());
        for (const StoredRow &row : std::as_const(rows))
            records << row.record;
        if (Status status = ImportBatchRepository(m_db).addRecords(chunk.report.batch.id, records); !status)
            return status.error();
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    chunk.importer.committed();
    const auto secrets = chunk.importer.takeSecrets();
    if (!chunk.report.dryRun)
        chunk.report.secrets += secrets;
    return rows;
}

Result<QList<ImportRunner::StoredRow>> ImportRunner::storeRowAlone(Chunk &chunk, qsizetype row,
                                                                   std::optional<Error> &refused) const
{
    for (int attempt = 1;; ++attempt) {
        refused.reset();
        auto stored = storeRange(chunk, row, row + 1, refused);
        if (stored)
            return stored;
        chunk.importer.forgetUncommitted();
        // Another client's transaction held what the row needed; it has ended now, so the row can see it.
        if (!refused || refused->code != Database::kContentionCode || attempt == Database::kContentionAttempts)
            return stored;
        ++chunk.report.retried;
    }
}

Status ImportRunner::storeChunk(Chunk &chunk) const
{
    std::optional<Error> refused;
    const auto all = storeRange(chunk, 0, chunk.records.size(), refused);
    if (all) {
        for (const StoredRow &row : all.value())
            tally(chunk.report, row);
        return {};
    }
    chunk.importer.forgetUncommitted();
    if (refused && refused->code == Database::kContentionCode)
        ++chunk.report.retried;
    // A lost connection or a failed commit is not the row's fault; a dry run shares one transaction
    // that a refused statement has already spoiled on PostgreSQL.
    if (!refused || refused->code == u"db.connection_lost"_s || chunk.report.dryRun)
        return all.error();
    for (qsizetype i = 0; i < chunk.records.size(); ++i) {
        Result<QList<StoredRow>> one = storeRowAlone(chunk, i, refused);
        if (one) {
            tally(chunk.report, one.value().constFirst());
            continue;
        }
        if (!refused || refused->code == u"db.connection_lost"_s)
            return one.error();
        const CsvRecord &csv = chunk.records.at(i);
        const StoredRow row{chunk.recordFor(csv, RecordResult::rejected(refused->toString())), RecordOutcome::Rejected};
        Transaction transaction(m_db);
        if (Status status = ImportBatchRepository(m_db).addRecords(chunk.report.batch.id, {row.record}); !status)
            return status;
        if (Status status = transaction.commit(); !status)
            return status;
        tally(chunk.report, row);
    }
    return {};
}

Result<ImportReport> ImportRunner::run(const QString &path, const Options &options, const std::atomic_bool *cancel,
                                       const Progress &progress) const
{
    auto source = CsvSource::open(path, options.formatKey);
    if (!source)
        return source.error();
    CsvSource &file = *source.value();
    ImportReport report;
    report.formatKey = file.format().key;
    report.formatTitle = file.format().title;
    report.dialect = file.dialect();
    report.dryRun = options.dryRun;
    const auto mapping = resolveMapping(file, options);
    if (!mapping)
        return mapping.error();
    if (file.format().needsMapping) {
        if (const QString problem = mapping.value().mapping.problem(); !problem.isEmpty())
            return Error{u"import.mapping"_s, problem, file.format().key};
    }
    ImportBatchRepository batches(m_db);
    if (!options.dryRun) {
        auto batch = batches.start(file.format().key, path, file.sha256());
        if (!batch)
            return batch.error();
        report.batch = batch.value();
    }
    // A dry run stores into one transaction that is never committed.
    std::optional<Transaction> dryRun;
    if (options.dryRun) {
        dryRun.emplace(m_db);
        if (Status status = dryRun->begin(); !status)
            return status.error();
    }
    const auto importer = file.format().create(m_db, mapping.value().mapping);
    Chunk chunk{*importer,
                file.columns(),
                report,
                file.columns().keptColumns(importer->privateColumns()),
                !importer->privateColumns().isEmpty(),
                {}};
    StatisticsRefresh statistics(m_db, {u"{{catalog.product}}"_s, u"{{catalog.sizes}}"_s, u"{{inventory.stock}}"_s,
                                        u"{{sales.order}}"_s, u"{{sales.listing}}"_s, u"{{supplier.account}}"_s});
    CsvRecord record;
    bool more = true;
    Status outcome;
    while (more && outcome) {
        chunk.records.clear();
        while (chunk.records.size() < options.chunkSize && (more = file.next(record)))
            chunk.records << record;
        if (!chunk.records.isEmpty())
            outcome = storeChunk(chunk);
        if (outcome && !options.dryRun)
            statistics.rowsStored(report.rows());
        if (progress)
            progress(file.bytesRead(), file.size(), report);
        if (cancel && cancel->load() && more) {
            report.cancelled = true;
            break;
        }
    }
    report.encodingErrors = file.hadEncodingErrors();
    report.batch.totalRecords = report.rows();
    report.batch.processedRecords = report.imported + report.updated + report.duplicates;
    report.batch.errorRecords = report.rejected;
    report.batch.completedAt = QDateTime::currentDateTimeUtc();
    report.batch.status = !outcome ? u"failed"_s : report.cancelled ? u"cancelled"_s : u"completed"_s;
    if (!outcome)
        report.batch.errorMessage = outcome.error().toString();
    if (!options.dryRun) {
        // The rows are stored either way; the batch history would show it as still running.
        if (Status finished = batches.finish(report.batch); !finished)
            report.warnings << QCoreApplication::translate("ImportRunner",
                                                           "The import's entry in the history could not be closed: %1")
                                   .arg(finished.error().message);
        if (!options.savePresetAs.isEmpty() && file.format().needsMapping) {
            const auto saved = ImportPresetRepository(m_db).save({{},
                                                                  options.savePresetAs,
                                                                  file.format().key,
                                                                  ColumnMapping::signature(file.columns().names()),
                                                                  mapping.value().mapping});
            if (!saved && outcome)
                return saved.error();
        }
    }
    if (!outcome) {
        const QString stopped =
            options.dryRun
                ? QCoreApplication::translate("ImportRunner", "The dry run stopped after %1 rows: %2")
                : QCoreApplication::translate("ImportRunner", "The import stopped after %1 rows (they are stored): %2");
        qCWarning(lcImports).noquote() << path << "stopped after" << report.rows()
                                       << "rows:" << outcome.error().toString();
        return Error{outcome.error().code, stopped.arg(report.rows()).arg(outcome.error().message),
                     outcome.error().context};
    }
    qCDebug(lcImports).noquote() << path << report.formatKey << report.summary();
    return report;
}

} // namespace sf

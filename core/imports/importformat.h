#pragma once

#include "imports/csv/columnmapping.h"
#include "imports/csv/csvcolumns.h"
#include "rowimporter.h"

#include <functional>
#include <memory>
#include <optional>

namespace sf {

class Database;

// A file format SoleFlipper imports, recognised by the columns its header must have, or (purchases)
// read through a column mapping the operator can adjust.
struct ImportFormat {
    QString key;   // stable name for --format and import_batches.source_type
    QString title; // translated, for the wizard and the report
    QStringList requiredColumns;
    bool needsMapping = false;
    std::function<std::unique_ptr<RowImporter>(const Database &, const ColumnMapping &)> create;

    static QList<ImportFormat> all();
    static std::optional<ImportFormat> byKey(const QString &key);
    // The format whose required columns the header has (the most specific one wins); else purchases when
    // the header seems to name at least a SKU and a price.
    static std::optional<ImportFormat> detect(const CsvColumns &columns);
};

} // namespace sf

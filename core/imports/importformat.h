#pragma once

#include "csvcolumns.h"
#include "rowimporter.h"

#include <functional>
#include <memory>
#include <optional>

namespace sf {

class Database;

// A file format SoleFlipper imports, recognised by the columns its header must have.
struct ImportFormat {
    QString key;   // stable name for --format and import_batches.source_type
    QString title; // translated, for the wizard and the report
    QStringList requiredColumns;
    std::function<std::unique_ptr<RowImporter>(const Database &)> create;

    static QList<ImportFormat> all();
    static std::optional<ImportFormat> byKey(const QString &key);
    // The format whose required columns the header has; the most specific one wins.
    static std::optional<ImportFormat> detect(const CsvColumns &columns);
};

} // namespace sf

#pragma once

#include "csvreader.h"

#include <QHash>
#include <QJsonObject>

namespace sf {

// A file's header row: finds columns by name (case, surrounding blanks and a BOM do not matter) and
// turns records into name → value objects for the import records.
class CsvColumns {
public:
    CsvColumns() = default;
    explicit CsvColumns(const QStringList &header);

    const QStringList &names() const { return m_names; }
    bool has(const QString &name) const;
    bool hasAll(const QStringList &names) const;
    // The trimmed value of a column, empty when the column or the field is missing.
    QString value(const CsvRecord &record, const QString &name) const;
    // Every column of the record except `excluded` ones (secrets, addresses of private persons).
    QJsonObject toJson(const CsvRecord &record, const QStringList &excluded = {}) const;

    static QString normalized(const QString &name);

private:
    QStringList m_names;
    QHash<QString, int> m_index;
};

} // namespace sf

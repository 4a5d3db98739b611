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
    // Which columns to keep in toJson(): all but the `excluded` ones (secrets, private addresses).
    QList<bool> keptColumns(const QStringList &excluded) const;
    // The record's columns marked in `kept` (every column when empty) as name → value; a field longer
    // than kLongestKeptField keeps its start and says how much was cut.
    QJsonObject toJson(const CsvRecord &record, const QList<bool> &kept = {}) const;

    static QString normalized(const QString &name);
    static constexpr int kLongestKeptField = 500;

private:
    int indexOf(const QString &name) const;

    QStringList m_names;
    QHash<QString, int> m_exact; // as the header spells them: importers ask with the same spelling
    QHash<QString, int> m_index; // normalized
};

} // namespace sf

#pragma once

#include "csvcolumns.h"
#include "domain/money.h"

#include <QDateTime>

namespace sf {

// Reads typed values from one record and keeps the first problem, worded with the column's name, so
// an importer can read every field and then ask once whether the row is usable.
class FieldReader {
public:
    enum Need { Optional, Required };

    FieldReader(const CsvColumns &columns, const CsvRecord &record)
        : m_columns(columns)
        , m_record(record)
    {}

    // The text, empty for blanks and "N/A"-like placeholders.
    QString text(const QString &column, Need need = Optional);
    // The text of the first of `columns` the file has.
    QString firstText(const QStringList &columns);
    // An amount; a blank optional amount is zero.
    Money money(const QString &column, const QString &currency, Need need = Optional);
    std::optional<Money> optionalMoney(const QString &column, const QString &currency);
    // A date and time in UTC; invalid for a blank optional field.
    QDateTime dateTime(const QString &column, Need need = Optional);
    // An ISO currency code from a code or symbol column; `fallback` when blank.
    QString currency(const QString &column, const QString &fallback);
    bool flag(const QString &column);

    // Records a problem found by the importer itself (only the first one is kept).
    void fail(const QString &why);
    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }

private:
    const CsvColumns &m_columns;
    const CsvRecord &m_record;
    QString m_error;
};

} // namespace sf

#pragma once

#include "db/database.h"
#include "stockquery.h"
#include "stockrow.h"

#include <QStringList>

class QIODevice;

namespace sf {

// Writes stock rows as RFC 4180 CSV (UTF-8, comma, CRLF, quotes where needed) with stable English
// column names, amounts as plain decimals and dates in ISO 8601, so spreadsheets and scripts read it.
class StockCsvWriter {
public:
    explicit StockCsvWriter(QIODevice &out)
        : m_out(out)
    {}

    static QStringList header();
    static QStringList fields(const StockRow &row, const QDate &today);
    bool writeHeader();
    bool write(const StockRow &row, const QDate &today);

    static QString escape(const QString &field);
    // Writes every pair `query` selects to the file at `path` (whole or not at all); the number written.
    static Result<qint64> exportTo(const Database &db, const StockQuery &query, const QString &path,
                                   const QDate &today);

private:
    bool writeLine(const QStringList &fields);

    QIODevice &m_out;
};

} // namespace sf

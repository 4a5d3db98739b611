#pragma once

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

private:
    bool writeLine(const QStringList &fields);

    QIODevice &m_out;
};

} // namespace sf

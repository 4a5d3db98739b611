#pragma once

#include "db/database.h"
#include "stockquery.h"
#include "stockrow.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSaveFile>
#include <QStringList>

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
    // The same fields as one JSON object named by header(), as `stock list --format json` and the MCP
    // server's stock_search give them.
    static QJsonObject json(const StockRow &row, const QDate &today);
    bool writeHeader();
    bool write(const StockRow &row, const QDate &today);

    static QString escape(const QString &field);
    // Writes every pair `query` selects to the file at `path` (whole or not at all); the number written.
    static Result<qint64> exportTo(const Database &db, const StockQuery &query, const QString &path,
                                   const QDate &today);
    // Writes `header`, then the rows of every page `fetchPage(cursor)` returns (a Result of a page with
    // `rows` and an optional `next` cursor) as `fields(row)`, to `path`, whole or not at all.
    template <typename FetchPage, typename Fields>
    static Result<qint64> exportPages(const QString &path, const QStringList &header, FetchPage fetchPage,
                                      Fields fields)
    {
        const auto cannotWrite = [&path](const QString &why) {
            return Error{QStringLiteral("export.write"),
                         QCoreApplication::translate("StockCsvWriter", "Cannot write the file: %1").arg(why), path};
        };
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return cannotWrite(file.errorString());
        StockCsvWriter writer(file);
        writer.writeLine(header);
        qint64 written = 0;
        decltype(fetchPage({}).value().next) cursor;
        do {
            const auto page = fetchPage(cursor);
            if (!page)
                return page.error();
            for (const auto &row : page.value().rows)
                writer.writeLine(fields(row));
            written += page.value().rows.size();
            cursor = page.value().next;
        } while (cursor);
        if (!file.commit())
            return cannotWrite(file.errorString());
        return written;
    }

private:
    bool writeLine(const QStringList &fields);

    QIODevice &m_out;
};

} // namespace sf

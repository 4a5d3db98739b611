#pragma once

// A generated StockX historical sales report, written as real ones are: every row with the two-line legal
// note, N/A sizes and style codes, blank fees, tiny negative shipping credits. Deterministic.
#include <QString>
#include <QStringList>

namespace sf::bench {

const QStringList &stockXReportHeader();
// `dir`/stockx_sales_<rows>.csv, written unless an earlier run left it there; "" when it cannot be written.
QString writeStockXReport(const QString &dir, int rows);

} // namespace sf::bench

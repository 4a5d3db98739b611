#pragma once

// A generated StockX historical sales report, written as real ones are: every row with the two-line legal
// note, N/A sizes and style codes, blank fees, tiny negative shipping credits. Deterministic.
#include <QString>
#include <QStringList>

namespace sf::bench {

const QStringList &stockXReportHeader();
// `dir`/stockx_sales_<rows>.csv (sales 0 to rows - 1), or with `first` the sales from there on, written
// unless an earlier run left it there; "" when it cannot be written. Overlapping reports hold the same
// sales, as a seller's exports of overlapping periods do.
QString writeStockXReport(const QString &dir, int rows, int first = 0);

} // namespace sf::bench

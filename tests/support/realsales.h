#pragma once

#include "stockxemulator.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace sf::test {

// A real-looking StockX seller's history: sneakers in every size form StockX writes (US men, W, Y, C,
// dual, EU), apparel (letters, letter ranges, waist/length), socks, bags, toys, books, cards and
// sales with no size, as the sales report and the orders API carry them.
struct RealSale {
    QString item;
    QString style; // "N/A" where StockX has none
    QString size;  // as written; "N/A" or empty for sales without a size
    QString sizeType = QStringLiteral("us m");
    qint64 amountCents = 0;
    QString orderNumber;
    QDateTime soldAt;
};

QList<RealSale> realSales();
// StockX's fees for one sale in the fixture (9 % transaction, 3 % payment processing, 5.00 shipping), as
// the emulator computes them, so the report and the API agree to the cent.
qint64 realSalePayoutCents(const RealSale &sale);
// The sales as a StockX historical sales report with the real 44-column header.
QString realSalesReportCsv();
// The sales as completed orders on the emulator, each with its product and variant.
void addRealSalesTo(emu::StockXEmulator &emulator);

} // namespace sf::test

#include "stockxreport.h"

#include "benchutil.h"
#include "domain/money.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace sf::bench {

namespace {
const QStringList kHeader{u"Seller Name"_s,
                          u"Seller Address (Billing)"_s,
                          u"Seller VAT Number"_s,
                          u"Sold To Name"_s,
                          u"Sold To address"_s,
                          u"Sold to VAT Number"_s,
                          u"Fiscal Representative Name"_s,
                          u"Fiscal Representative Address"_s,
                          u"StockX Destination Address"_s,
                          u"Payout date"_s,
                          u"Invoice Date"_s,
                          u"Invoice Number"_s,
                          u"Item"_s,
                          u"Sku Name"_s,
                          u"Sku Size"_s,
                          u"Style"_s,
                          u"Order Number"_s,
                          u"Sale Date"_s,
                          u"Seller Tracking Number"_s,
                          u"Buyer Destination Country"_s,
                          u"Buyer Destination City"_s,
                          u"Buyer Tracking Number"_s,
                          u"Quantity"_s,
                          u"Ship From Address"_s,
                          u"Ship To Address"_s,
                          u"Seller Fee"_s,
                          u"Seller Fee Currency"_s,
                          u"Payment Processing"_s,
                          u"Payment Processing Currency"_s,
                          u"Shipping Fee"_s,
                          u"Shipping Fee Currency"_s,
                          u"VAT Rate"_s,
                          u"Total Net Amount (Payout Excluding VAT)"_s,
                          u"Total Net Amount (Payout Excluding VAT) Currency"_s,
                          u"Listing Price"_s,
                          u"Listing Price Currency"_s,
                          u"Total Gross Amount (Total Payout)"_s,
                          u"Total Gross Amount (Total Payout) Currency"_s,
                          u"Total VAT Amount"_s,
                          u"Total VAT Amount Currency"_s,
                          u"Payout ID"_s,
                          u"Special references"_s,
                          u"Provider Transaction ID"_s,
                          u"Total Invoice Amount"_s};

QString cents(qint64 minor)
{
    return Money(minor, u"EUR"_s).toDecimalString();
}

QString quoted(const QString &text)
{
    return u'"' + QString(text).replace(u"\""_s, u"\"\""_s) + u'"';
}

// One sale row; deterministic in `n`.
QStringList saleRow(int n, QRandomGenerator &random)
{
    static const QStringList models{u"Nike Dunk Low Retro"_s,
                                    u"Jordan 1 Retro High OG"_s,
                                    u"adidas Yeezy Boost 350 V2"_s,
                                    u"New Balance 550"_s,
                                    u"Nike Air Max 1"_s,
                                    u"ASICS Gel-Kayano 14"_s,
                                    u"Supreme Box Logo Hooded Sweatshirt"_s};
    static const QStringList sizes{u"7"_s,  u"8"_s,    u"8.5"_s, u"9"_s,  u"9.5"_s, u"10"_s, u"10.5"_s, u"11"_s,
                                   u"12"_s, u"8.5W"_s, u"7W"_s,  u"3C"_s, u"M"_s,   u"L"_s,  u"N/A"_s};
    const int product = int(random.bounded(1500));
    const QString style = product % 20 == 0 ? u"N/A"_s
                                            : u"%1%2-%3"_s.arg(QChar(u'A' + product % 26))
                                                  .arg(1000 + product, 4, 10, QChar(u'0'))
                                                  .arg(100 + product % 7 * 100);
    const QString item = models.at(product % models.size()) + u" Colorway "_s + QString::number(product);
    const qint64 listing = 6000 + qint64(random.bounded(34000));
    const bool feeItemised = random.bounded(7) != 0;
    const qint64 sellerFee = feeItemised ? listing * 8 / 100 : 0;
    const qint64 processing = listing * 3 / 100;
    const qint64 shipping = random.bounded(10) == 0 ? -qint64(random.bounded(1, 8)) : 500;
    const qint64 payout = listing - sellerFee - processing - shipping - (feeItemised ? 0 : listing * 7 / 100);
    const QString order = u"%1-%2"_s.arg(60000000 + n).arg(10000000 + n);
    const QString sale = QDateTime(QDate(2022, 7, 1).addDays(n % 1000), QTime(12, n % 60, n % 60), Qt::UTC)
                             .toString(u"yyyy-MM-dd HH:mm:ss"_s) +
                         u" +00"_s;
    QStringList f(kHeader.size());
    f[0] = u"Example Reseller"_s;
    f[1] = quoted(u"Musterweg 1, 10115 Berlin, \"Hinterhaus\""_s);
    f[3] = u"StockX B.V."_s;
    f[9] = sale;
    f[10] = sale;
    f[11] = order;
    f[12] = quoted(item);
    f[13] = quoted(item);
    f[14] = sizes.at(int(random.bounded(sizes.size())));
    f[15] = style;
    f[16] = order;
    f[17] = sale;
    f[19] = u"DE"_s;
    f[22] = u"1"_s;
    f[25] = feeItemised ? cents(sellerFee) : QString();
    f[26] = feeItemised ? u"EUR"_s : u"N/A"_s;
    f[27] = cents(processing);
    f[28] = u"EUR"_s;
    f[29] = cents(shipping);
    f[30] = u"EUR"_s;
    f[32] = cents(payout);
    f[33] = u"EUR"_s;
    f[34] = cents(listing);
    f[35] = u"EUR"_s;
    f[36] = cents(payout);
    f[37] = u"EUR"_s;
    f[40] = QString::number(n);
    f[41] = quoted(u"Intra-Community supply, Art. 138 Directive 2006/112/EC.\nSelf-billing."_s);
    f[43] = cents(payout * 2);
    return f;
}

} // namespace

const QStringList &stockXReportHeader()
{
    return kHeader;
}

QString writeStockXReport(const QString &dir, int rows, int first)
{
    const QString name =
        first == 0 ? u"stockx_sales_%1.csv"_s.arg(rows) : u"stockx_sales_%1_%2.csv"_s.arg(first).arg(rows);
    return generatedFile(dir + u'/' + name, [rows, first](QTextStream &out) {
        out << kHeader.join(u',') << '\n';
        // The rows before `first` are drawn too, so a sale is the same in every report that holds it.
        QRandomGenerator random(7);
        for (int n = 0; n < first + rows; ++n) {
            const QStringList row = saleRow(n, random);
            if (n >= first)
                out << row.join(u',') << '\n';
        }
    });
}

} // namespace sf::bench

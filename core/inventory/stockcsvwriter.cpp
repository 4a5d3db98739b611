#include "stockcsvwriter.h"

#include "domain/orderfinancials.h"
#include "stockrepository.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <QIODevice>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
QString money(const std::optional<Money> &m)
{
    return m ? m->toDecimalString() : QString();
}
} // namespace

QStringList StockCsvWriter::header()
{
    return {u"id"_s,           u"sku"_s,           u"product"_s,       u"brand"_s,
            u"size"_s,         u"status"_s,        u"location"_s,      u"supplier"_s,
            u"quantity"_s,     u"net_price"_s,     u"gross_price"_s,   u"vat_rate"_s,
            u"currency"_s,     u"purchase_date"_s, u"days_in_stock"_s, u"listed_stockx"_s,
            u"listed_alias"_s, u"listed_local"_s,  u"notes"_s};
}

QJsonObject StockCsvWriter::json(const StockRow &row, const QDate &today)
{
    const QStringList names = header();
    const QStringList values = fields(row, today);
    QJsonObject object;
    for (qsizetype i = 0; i < names.size(); ++i)
        object.insert(names.at(i), values.at(i));
    return object;
}

QStringList StockCsvWriter::fields(const StockRow &row, const QDate &today)
{
    const StockItem &i = row.item;
    const auto days = daysInStock(i.purchaseDate.date(), today);
    auto flag = [](bool b) { return b ? u"yes"_s : u"no"_s; };
    return {i.id.toString(),
            row.sku,
            row.productName,
            row.brandName,
            row.sizeLabel,
            itemstatus::key(i.status),
            i.location,
            row.supplierName,
            QString::number(i.quantity),
            money(i.netPrice),
            money(i.grossPrice),
            i.vatRate.toDecimalString(),
            i.currency,
            i.purchaseDate.isValid() ? i.purchaseDate.date().toString(Qt::ISODate) : QString(),
            days ? QString::number(*days) : QString(),
            flag(i.listedStockX),
            flag(i.listedAlias),
            flag(i.listedLocal),
            i.notes};
}

QString StockCsvWriter::escape(const QString &field)
{
    // A leading = + - @ (or tab, carriage return) makes spreadsheet apps run the field as a formula,
    // also "=1+2" or "-2+3+cmd|..." that start like numbers; only a plain number ("-12.50") stays bare.
    static const QRegularExpression plainNumber(u"^[+-]?[0-9]+([.,][0-9]+)?$"_s);
    QString f = field;
    if (!f.isEmpty() && QStringLiteral("=+-@\t\r").contains(f.front()) && !plainNumber.match(f).hasMatch())
        f.prepend(u'\'');
    if (f.contains(u',') || f.contains(u'"') || f.contains(u'\n') || f.contains(u'\r'))
        return u'"' + QString(f).replace(u"\""_s, u"\"\""_s) + u'"';
    return f;
}

bool StockCsvWriter::writeLine(const QStringList &fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString &f : fields)
        escaped << escape(f);
    return m_out.write((escaped.join(u',') + u"\r\n"_s).toUtf8()) >= 0;
}

bool StockCsvWriter::writeHeader()
{
    return writeLine(header());
}

bool StockCsvWriter::write(const StockRow &row, const QDate &today)
{
    return writeLine(fields(row, today));
}

Result<qint64> StockCsvWriter::exportTo(const Database &db, const StockQuery &query, const QString &path,
                                        const QDate &today)
{
    const StockRepository stock(db);
    return exportPages(
        path, header(), [&](const std::optional<StockCursor> &cursor) { return stock.fetchPage(query, cursor, 2000); },
        [&today](const StockRow &row) { return fields(row, today); });
}

} // namespace sf

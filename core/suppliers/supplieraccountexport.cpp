#include "supplieraccountexport.h"

#include "inventory/stockcsvwriter.h"

#include <QCoreApplication>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace sf::supplieraccountexport {

QStringList header()
{
    return {u"supplier"_s,
            u"email"_s,
            u"first_name"_s,
            u"last_name"_s,
            u"list"_s,
            u"status"_s,
            u"verified"_s,
            u"last_used"_s,
            u"purchases"_s,
            u"spent"_s,
            u"average_order_value"_s,
            u"success_rate_percent"_s,
            u"city"_s,
            u"country_code"_s};
}

QStringList fields(const SupplierAccount &a)
{
    return {a.supplierName,
            a.email,
            a.firstName,
            a.lastName,
            a.listName,
            a.status,
            a.verified ? u"yes"_s : u"no"_s,
            a.lastUsedAt.isValid() ? a.lastUsedAt.toUTC().toString(Qt::ISODate) : QString(),
            QString::number(a.purchases),
            a.spent.toDecimalString(),
            a.averageOrderValue.toDecimalString(),
            QString::number(a.successRatePercent, 'f', 2),
            a.city,
            a.countryCode};
}

Result<qint64> exportTo(const Database &db, const SupplierAccountFilter &filter, const QString &path)
{
    const auto cannotWrite = [&path](const QString &why) {
        return Error{u"export.write"_s,
                     QCoreApplication::translate("SupplierAccountExport", "Cannot write the file: %1").arg(why), path};
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(file.errorString());
    const auto line = [&file](const QStringList &cells) {
        QStringList escaped;
        for (const QString &cell : cells)
            escaped << StockCsvWriter::escape(cell);
        file.write((escaped.join(u',') + u"\r\n"_s).toUtf8());
    };
    line(header());
    qint64 written = 0;
    std::optional<KeysetCursor> cursor;
    const SupplierAccountRepository accounts(db);
    do {
        const auto page = accounts.fetchPage(filter, cursor, 2000);
        if (!page)
            return page.error();
        for (const SupplierAccount &account : page.value().rows)
            line(fields(account));
        written += page.value().rows.size();
        cursor = page.value().next;
    } while (cursor);
    if (!file.commit())
        return cannotWrite(file.errorString());
    return written;
}

} // namespace sf::supplieraccountexport

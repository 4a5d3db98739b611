#include "supplieraccountexport.h"

#include "inventory/stockcsvwriter.h"

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
    const SupplierAccountRepository accounts(db);
    return StockCsvWriter::exportPages(
        path, header(),
        [&](const std::optional<KeysetCursor> &cursor) { return accounts.fetchPage(filter, cursor, 2000); }, fields);
}

} // namespace sf::supplieraccountexport

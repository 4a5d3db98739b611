#include "suppliercommands.h"

#include "cliio.h"
#include "clioutput.h"
#include "db/database.h"
#include "suppliers/suppliercategory.h"
#include "suppliers/supplieroverviewrepository.h"
#include "suppliers/supplierperformancerepository.h"
#include "suppliers/supplierrepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sf::cli {

namespace {
Fields overviewFields(const SupplierOverview &s)
{
    return {{u"supplier"_s, s.name},
            {u"category"_s, s.category},
            {u"country"_s, s.country},
            {u"pairs_bought"_s, QString::number(s.pairsBought)},
            {u"spend"_s, money(s.spend)},
            {u"pairs_sold"_s, QString::number(s.pairsSold)},
            {u"revenue"_s, money(s.revenue)},
            {u"profit"_s, money(s.profit)},
            {u"roi_percent"_s, number(s.roiPercent())},
            {u"sell_through_percent"_s, number(s.sellThroughPercent())},
            {u"avg_days_to_sell"_s, number(s.daysToSell)},
            {u"returnable"_s, QString::number(s.returnable)},
            {u"returned"_s, QString::number(s.pairsReturned)}};
}

QStringList namesOf(const Fields &fields)
{
    QStringList names;
    for (const auto &field : fields)
        names << field.first;
    return names;
}

Fields monthFields(const SupplierMonth &m)
{
    return {{u"supplier"_s, m.supplierName},
            {u"month"_s, m.month.toString(u"yyyy-MM"_s)},
            {u"orders"_s, QString::number(m.orders)},
            {u"pairs_bought"_s, QString::number(m.pairsBought)},
            {u"spend"_s, money(m.spend)},
            {u"avg_delivery_days"_s, number(m.deliveryDays)},
            {u"pairs_sold"_s, QString::number(m.pairsSold)},
            {u"revenue"_s, money(m.revenue)},
            {u"profit"_s, money(m.profit)},
            {u"roi_percent"_s, number(m.roiPercent)},
            {u"sell_through_percent"_s, number(m.sellThroughPercent)},
            {u"avg_days_to_sell"_s, number(m.daysToSell)},
            {u"return_rate_percent"_s, number(m.returnRatePercent)}};
}

int printMonths(const Result<QList<SupplierMonth>> &months, const QString &format)
{
    if (!months)
        return failed(months.error());
    QList<Fields> rows;
    for (const SupplierMonth &m : months.value())
        rows << monthFields(m);
    printRows(rows, namesOf(monthFields({})), format);
    return ExitOk;
}

int list(const Database &db, const QString &format)
{
    const SupplierOverviewRepository overview(db);
    QList<Fields> rows;
    std::optional<KeysetCursor> cursor;
    do {
        const auto page = overview.fetchPage({}, SupplierOrder::Name, cursor, 500);
        if (!page)
            return failed(page.error());
        for (const SupplierOverview &s : page.value().rows)
            rows << overviewFields(s);
        cursor = page.value().next;
    } while (cursor);
    printRows(rows, namesOf(overviewFields({})), format);
    return ExitOk;
}

// The profile and totals as one row, then its months.
int show(const Database &db, const QString &name, const QString &format)
{
    const auto supplier = SupplierRepository(db).findByName(name);
    if (!supplier)
        return failed(supplier.error());
    if (!supplier.value())
        return usage(QCoreApplication::translate("cli", "no supplier is called \"%1\"").arg(name));
    const Supplier &s = *supplier.value();
    const auto overview = SupplierOverviewRepository(db).find(s.id);
    if (!overview || !overview.value())
        return failed(overview ? Error{u"supplier.missing"_s, name, {}} : overview.error());
    Fields profile = overviewFields(*overview.value());
    profile << std::pair{u"contact"_s, s.contactPerson} << std::pair{u"email"_s, s.email}
            << std::pair{u"phone"_s, s.phone} << std::pair{u"website"_s, s.website}
            << std::pair{u"vat_rate_percent"_s, s.vatRateBp ? number(*s.vatRateBp / 100.0) : QString()}
            << std::pair{u"return_days"_s, s.returnDays ? QString::number(*s.returnDays) : QString()}
            << std::pair{u"payment_terms"_s, s.paymentTerms} << std::pair{u"minimum_order"_s, money(s.minimumOrder)};
    const auto months = SupplierPerformanceRepository(db).months(s.id);
    if (!months)
        return failed(months.error());
    if (format == u"json"_s) { // one document: the supplier and its months
        const auto object = [](const Fields &fields) {
            QJsonObject o;
            for (const auto &[key, value] : fields)
                o.insert(key, value);
            return o;
        };
        QJsonArray monthRows;
        for (const SupplierMonth &m : months.value())
            monthRows.append(object(monthFields(m)));
        out() << QString::fromUtf8(
            QJsonDocument(QJsonObject{{u"supplier"_s, object(profile)}, {u"months"_s, monthRows}})
                .toJson(QJsonDocument::Indented));
        out().flush();
        return ExitOk;
    }
    printRows({profile}, namesOf(profile), format);
    out() << (format == u"table"_s ? "\n" : "\r\n");
    return printMonths(months, format);
}
} // namespace

bool isSupplierCommand(const QStringList &command)
{
    const QString verb = command.value(1);
    return command.value(0) == u"supplier"_s &&
           ((command.size() == 2 && (verb == u"list"_s || verb == u"performance"_s)) ||
            (command.size() == 3 && verb == u"show"_s));
}

int runSupplier(const Database &db, const Options &options)
{
    if (!knownFormat(options.format))
        return usage(QCoreApplication::translate("cli", "--format must be table, csv or json"));
    QDate month;
    if (!options.month.isEmpty()) {
        month = QDate::fromString(options.month + u"-01"_s, Qt::ISODate);
        if (!month.isValid())
            return usage(QCoreApplication::translate("cli", "--month must be YYYY-MM"));
    }
    const SupplierPerformanceRepository performance(db);
    if (Status status = performance.recompute(); !status)
        return failed(status.error());
    const QString verb = options.command.at(1);
    if (verb == u"list"_s)
        return list(db, options.format);
    if (verb == u"show"_s)
        return show(db, options.command.at(2), options.format);
    return printMonths(month.isValid() ? performance.month(month) : performance.months(), options.format);
}

} // namespace sf::cli

#pragma once

#include "db/database.h"
#include "suppliermonth.h"

#include <functional>

namespace sf {

class SqlQuery;

// core.supplier_performance, per supplier and month of purchase, computed from the stock and its orders
// (original-system.md §3.17, which never computed it): recompute() rebuilds every row in one transaction
// with a single aggregating statement, so it costs one pass over the stock whatever the number of months.
class SupplierPerformanceRepository {
public:
    explicit SupplierPerformanceRepository(const Database &db)
        : m_db(db)
    {}

    Status recompute() const;
    // One supplier's months, oldest first; an invalid `supplier` gives every supplier's.
    Result<QList<SupplierMonth>> months(const SupplierId &supplier = {}) const;
    // How many of a supplier's sold pairs sold within each of kDaysToSellBounds days of their purchase (the
    // last count: longer), by SQL aggregation.
    static constexpr int kDaysToSellBounds[] = {7, 14, 30, 60, 90, 180};
    Result<QList<int>> daysToSell(const SupplierId &supplier) const;
    // Every supplier's row for one month, by profit.
    Result<QList<SupplierMonth>> month(const QDate &month) const;

    // One row per pair with a supplier: when it was bought, what it cost and paid, whether it sold (and
    // when, for how much, with what profit) or went back. Shared by the monthly and the overall figures.
    static QString pairFacts();

private:
    Result<QList<SupplierMonth>> read(const QString &where, const std::function<void(SqlQuery &)> &bind) const;

    const Database &m_db;
};

} // namespace sf

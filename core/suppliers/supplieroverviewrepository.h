#pragma once

#include "db/database.h"
#include "db/keysetpaging.h"
#include "supplieroverview.h"
#include "supplierpair.h"

namespace sf {

struct SupplierFilter {
    QString text;     // part of the name, any case
    QString category; // a suppliercategory key; empty: all
};

enum class SupplierOrder { Name, Profit, Roi, Spend, PairsBought };

using SupplierOverviewPage = KeysetPage<SupplierOverview>;

// The Suppliers page's rows, a page at a time in the chosen order: each supplier with its totals over
// core.supplier_performance (one round trip) and its returnable pairs (one more, for the page's suppliers).
class SupplierOverviewRepository {
public:
    explicit SupplierOverviewRepository(const Database &db)
        : m_db(db)
    {}

    Result<SupplierOverviewPage> fetchPage(const SupplierFilter &filter, SupplierOrder order,
                                           const std::optional<KeysetCursor> &cursor, int limit) const;
    Result<std::optional<SupplierOverview>> find(const SupplierId &id) const;
    // The supplier's pairs on their way (not received) and those that can still go back, oldest first.
    Result<QList<SupplierPair>> openPairs(const SupplierId &supplier) const;
    // Unsold pairs whose return window closes within `days`.
    Result<int> returnsClosingWithin(int days) const;

private:
    Status attachReturnable(QList<SupplierOverview> &rows) const;

    const Database &m_db;
};

} // namespace sf

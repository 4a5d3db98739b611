#pragma once

#include "db/keysetpaging.h"
#include "domain/ids.h"
#include "domain/itemstatus.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace sf {

// What the Stock page asks for: a text search, filters and one sort column. Filtering and sorting
// are done by the database.
struct StockQuery {
    enum class Sort {
        Sku,
        Product,
        Brand,
        Size,
        State,
        Location,
        Supplier,
        Quantity,
        NetPrice,
        GrossPrice,
        PurchaseDate,
        Created,
    };

    QString text;
    QList<ItemStatus> statuses;
    BrandId brand;
    SizeId size;
    SupplierId supplier;
    QString location;
    // What a dashboard drill-down adds: one currency (empty: any) and days in stock at ageAsOf, both
    // ends included (stockage::daysSql).
    QString currency;
    std::optional<int> minAgeDays;
    std::optional<int> maxAgeDays;
    QDateTime ageAsOf;
    // Only unsold pairs still inside their supplier's return window (from the delivery, else the purchase).
    bool returnableOnly = false;
    Sort sort = Sort::Created;
    bool descending = true;

    bool operator==(const StockQuery &) const = default;
};

using StockCursor = KeysetCursor;

struct StockTotals {
    qint64 items = 0; // rows
    qint64 pairs = 0; // sum of quantities
    qint64 grossCostMinor = 0;
    qint64 netCostMinor = 0;
    double averageDaysInStock = 0;
};

} // namespace sf

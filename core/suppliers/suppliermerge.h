#pragma once

#include "supplier.h"

#include <QStringList>

namespace sf {

// What a merge moved, so that it can be undone: the supplier merged away (its profile as stored) and
// the ids of its pairs, accounts and purchase history rows, now the other supplier's.
struct SupplierMerge {
    Supplier from;
    SupplierId into;
    QStringList pairs;
    QStringList accounts;
    QStringList history;
};

} // namespace sf

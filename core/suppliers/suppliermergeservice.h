#pragma once

#include "db/database.h"
#include "suppliermerge.h"

namespace sf {

// Merges one supplier into another in one transaction: its pairs, accounts and purchase history move,
// its performance rows go (the next recompute counts them under the other), and it is deleted. Refused
// when both have an account with the same email, since the shop would see one person twice. Undo puts
// the supplier back with its id and moves exactly what moved.
class SupplierMergeService {
public:
    explicit SupplierMergeService(const Database &db)
        : m_db(db)
    {}

    Result<SupplierMerge> merge(const SupplierId &from, const SupplierId &into) const;
    Status undo(const SupplierMerge &merge) const;

private:
    const Database &m_db;
};

} // namespace sf

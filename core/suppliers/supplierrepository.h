#pragma once

#include "db/database.h"
#include "supplier.h"

#include <QList>
#include <optional>

namespace sf {

class SupplierRepository {
public:
    explicit SupplierRepository(const Database &db)
        : m_db(db)
    {}

    Result<QList<Supplier>> all() const;
    Result<std::optional<Supplier>> get(const SupplierId &id) const;
    Result<std::optional<Supplier>> findByName(const QString &name) const;
    Result<Supplier> create(const Supplier &supplier) const;
    Result<Supplier> findOrCreate(const QString &name) const;
    // With its version set (as read), written only over that version; else the Error (code
    // rowversion::kStaleCode) names who saved it since, and when.
    Status update(const Supplier &supplier) const;
    // How many pairs came from the supplier.
    Result<int> pairsOf(const SupplierId &id) const;
    // Refused while pairs came from the supplier.
    Status remove(const SupplierId &id) const;

private:
    const Database &m_db;
};

} // namespace sf

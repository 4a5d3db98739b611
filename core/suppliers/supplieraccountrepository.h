#pragma once

#include "db/database.h"
#include "supplieraccount.h"

#include <QList>
#include <optional>

namespace sf {

class SupplierAccountRepository {
public:
    explicit SupplierAccountRepository(const Database &db)
        : m_db(db)
    {}

    Result<SupplierAccount> create(const SupplierAccount &account) const; // assigns an id when it has none
    // Emails are compared without regard to case: shops treat them so.
    Result<std::optional<SupplierAccount>> findByEmail(const SupplierId &supplier, const QString &email) const;
    Result<QList<SupplierAccount>> forSupplier(const SupplierId &supplier) const;

private:
    Result<QList<SupplierAccount>> fetch(const QString &where, const std::function<void(class SqlQuery &)> &bind) const;

    const Database &m_db;
};

} // namespace sf

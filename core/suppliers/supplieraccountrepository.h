#pragma once

#include "db/database.h"
#include "db/keysetpaging.h"
#include "supplieraccount.h"

#include <QList>
#include <optional>

namespace sf {

class SqlQuery;

struct SupplierAccountFilter {
    SupplierId supplier; // null: every supplier's accounts
    QString text;        // part of the email or name, any case
    QString status;      // empty: any
    QString listName;    // empty: any
};

using SupplierAccountPage = KeysetPage<SupplierAccount>;

// supplier.account. Passwords and proxies are never here: they live in the SecretStore under the
// account's keys.
class SupplierAccountRepository {
public:
    explicit SupplierAccountRepository(const Database &db)
        : m_db(db)
    {}

    Result<SupplierAccount> create(const SupplierAccount &account) const; // assigns an id when it has none
    // The account's own fields (not its statistics, which come from the purchase history).
    Status update(const SupplierAccount &account) const;
    // Emails are compared without regard to case: shops treat them so.
    Result<std::optional<SupplierAccount>> findByEmail(const SupplierId &supplier, const QString &email) const;
    Result<QList<SupplierAccount>> forSupplier(const SupplierId &supplier) const;
    // A page of accounts in email order, with their supplier's name.
    Result<SupplierAccountPage> fetchPage(const SupplierAccountFilter &filter,
                                          const std::optional<KeysetCursor> &cursor, int limit) const;
    // The accounts' lists and statuses in use, for filters.
    Result<QStringList> listNames() const;
    // Bulk changes; each is one statement whatever the number of accounts.
    Status setStatus(const QList<QUuid> &accounts, const QString &status) const;
    Status setList(const QList<QUuid> &accounts, const QString &listName) const;
    // Purchases, spend, average order value, success rate and last use from supplier.purchase_history
    // (original-system.md §3.17): spend and average count the purchases that went through; the success
    // rate is those against every attempt. Every account, or one supplier's.
    Status recomputeStatistics(const SupplierId &supplier = {}) const;

private:
    Result<QList<SupplierAccount>> fetch(const QString &where, const std::function<void(SqlQuery &)> &bind) const;

    const Database &m_db;
};

} // namespace sf

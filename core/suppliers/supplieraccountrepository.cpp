#include "supplieraccountrepository.h"

#include "db/keysetquery.h"
#include "db/rowhelpers.h"
#include "db/sqlquery.h"
#include "domain/rowuuid.h"

using namespace Qt::StringLiterals;

namespace sf {

namespace {
const QString kColumns = u"a.id, a.supplier_id, a.email, a.first_name, a.last_name, a.address_line_1, "
                         "a.address_line_2, a.city, a.zip_code, a.state_code, a.country_code, a.phone_number, "
                         "a.list_name, a.browser_preference, a.account_status, a.is_verified, a.last_used_at, "
                         "a.total_purchases, a.total_spent, a.average_order_value, a.success_rate, sp.name "
                         "FROM {{supplier.account}} a JOIN {{supplier.profile}} sp ON sp.id = a.supplier_id"_s;

SupplierAccount readAccount(const SqlQuery &q, int c)
{
    SupplierAccount a;
    a.id = QUuid::fromString(q.string(c));
    a.supplierId = q.id<SupplierId>(c + 1);
    a.email = q.string(c + 2);
    a.firstName = q.string(c + 3);
    a.lastName = q.string(c + 4);
    a.addressLine1 = q.string(c + 5);
    a.addressLine2 = q.string(c + 6);
    a.city = q.string(c + 7);
    a.zipCode = q.string(c + 8);
    a.stateCode = q.string(c + 9);
    a.countryCode = q.string(c + 10);
    a.phoneNumber = q.string(c + 11);
    a.listName = q.string(c + 12);
    a.browserPreference = q.string(c + 13);
    a.status = q.string(c + 14);
    a.verified = q.value(c + 15).toBool();
    a.lastUsedAt = q.dateTime(c + 16);
    a.purchases = int(q.integer(c + 17));
    a.spent = q.money(c + 18, u"EUR"_s).value_or(Money(0, u"EUR"_s));
    a.averageOrderValue = q.money(c + 19, u"EUR"_s).value_or(Money(0, u"EUR"_s));
    a.successRatePercent = q.real(c + 20);
    a.supplierName = q.string(c + 21);
    return a;
}

void bindProfile(SqlQuery &q, const SupplierAccount &a)
{
    q.bind(u":id"_s, a.id.toString(QUuid::WithoutBraces))
        .bind(u":supplier"_s, a.supplierId)
        .bind(u":email"_s, a.email.trimmed())
        .bind(u":first"_s, a.firstName)
        .bind(u":last"_s, a.lastName)
        .bind(u":line1"_s, a.addressLine1)
        .bind(u":line2"_s, a.addressLine2)
        .bind(u":city"_s, a.city)
        .bind(u":zip"_s, a.zipCode)
        .bind(u":state"_s, a.stateCode)
        .bind(u":country"_s, a.countryCode)
        .bind(u":phone"_s, a.phoneNumber)
        .bind(u":list"_s, a.listName)
        .bind(u":browser"_s, a.browserPreference)
        .bind(u":status"_s, a.status)
        .bind(u":verified"_s, a.verified);
}

// ":a0, :a1, …" for the ids, bound by bindIds.
QString idList(const QList<QUuid> &ids)
{
    QStringList placeholders;
    for (int i = 0; i < ids.size(); ++i)
        placeholders << u":a%1"_s.arg(i);
    return placeholders.join(u", "_s);
}

void bindIds(SqlQuery &q, const QList<QUuid> &ids)
{
    for (int i = 0; i < ids.size(); ++i)
        q.bind(u":a%1"_s.arg(i), ids.at(i).toString(QUuid::WithoutBraces));
}
} // namespace

Result<QList<SupplierAccount>> SupplierAccountRepository::fetch(const QString &where,
                                                                const std::function<void(SqlQuery &)> &bind) const
{
    SqlQuery q(m_db, u"SELECT "_s + kColumns + u' ' + where);
    bind(q);
    if (Status status = q.exec(); !status)
        return status.error();
    QList<SupplierAccount> result;
    while (q.next())
        result.append(readAccount(q, 0));
    return result;
}

Result<SupplierAccount> SupplierAccountRepository::create(const SupplierAccount &account) const
{
    SupplierAccount a = account;
    if (a.id.isNull())
        a.id = newRowUuid();
    SqlQuery q(m_db, u"INSERT INTO {{supplier.account}} (id, supplier_id, email, first_name, last_name, "
                     "address_line_1, address_line_2, city, zip_code, state_code, country_code, phone_number, "
                     "list_name, browser_preference, account_status, is_verified) VALUES (:id, :supplier, :email, "
                     ":first, :last, :line1, :line2, :city, :zip, :state, :country, :phone, :list, :browser, "
                     ":status, :verified)"_s);
    bindProfile(q, a);
    if (Status status = q.exec(); !status)
        return status.error();
    return a;
}

Status SupplierAccountRepository::update(const SupplierAccount &account) const
{
    SqlQuery q(m_db, u"UPDATE {{supplier.account}} SET supplier_id = :supplier, email = :email, first_name = :first, "
                     "last_name = :last, address_line_1 = :line1, address_line_2 = :line2, city = :city, zip_code = "
                     ":zip, state_code = :state, country_code = :country, phone_number = :phone, list_name = :list, "
                     "browser_preference = :browser, account_status = :status, is_verified = :verified, updated_at = "
                     "{{now}} WHERE id = :id"_s);
    bindProfile(q, account);
    return q.exec();
}

Result<SupplierAccountPage> SupplierAccountRepository::fetchPage(const SupplierAccountFilter &filter,
                                                                 const std::optional<KeysetCursor> &cursor,
                                                                 int limit) const
{
    QStringList where;
    if (!filter.supplier.isNull())
        where << u"a.supplier_id = :supplier"_s;
    if (!filter.text.trimmed().isEmpty())
        where << u"(lower(a.email) LIKE :text OR lower(COALESCE(a.first_name, '') || ' ' || "
                 "COALESCE(a.last_name, '')) LIKE :text)"_s;
    if (!filter.status.isEmpty())
        where << u"a.account_status = :status"_s;
    if (!filter.listName.isEmpty())
        where << u"a.list_name = :list"_s;
    return fetchKeysetPage<SupplierAccount>(
        m_db, KeysetPaging{u"lower(a.email)"_s, u"a.id"_s, false}, kColumns, where,
        [&filter](SqlQuery &q) {
            if (!filter.supplier.isNull())
                q.bind(u":supplier"_s, filter.supplier);
            if (!filter.text.trimmed().isEmpty())
                q.bind(u":text"_s, u'%' + filter.text.trimmed().toLower() + u'%');
            if (!filter.status.isEmpty())
                q.bind(u":status"_s, filter.status);
            if (!filter.listName.isEmpty())
                q.bind(u":list"_s, filter.listName);
        },
        cursor, limit, readAccount, [](const SupplierAccount &a) { return a.id.toString(QUuid::WithoutBraces); });
}

Result<QStringList> SupplierAccountRepository::listNames() const
{
    SqlQuery q(m_db, u"SELECT DISTINCT list_name FROM {{supplier.account}} WHERE list_name IS NOT NULL AND "
                     "list_name <> '' ORDER BY list_name"_s);
    if (Status status = q.exec(); !status)
        return status.error();
    QStringList names;
    while (q.next())
        names << q.string(0);
    return names;
}

Status SupplierAccountRepository::setStatus(const QList<QUuid> &accounts, const QString &status) const
{
    if (accounts.isEmpty())
        return {};
    SqlQuery q(m_db, u"UPDATE {{supplier.account}} SET account_status = :status, updated_at = {{now}} WHERE id IN ("_s +
                         idList(accounts) + u')');
    q.bind(u":status"_s, status);
    bindIds(q, accounts);
    return q.exec();
}

Status SupplierAccountRepository::setList(const QList<QUuid> &accounts, const QString &listName) const
{
    if (accounts.isEmpty())
        return {};
    SqlQuery q(m_db, u"UPDATE {{supplier.account}} SET list_name = :list, updated_at = {{now}} WHERE id IN ("_s +
                         idList(accounts) + u')');
    q.bind(u":list"_s, listName.trimmed());
    bindIds(q, accounts);
    return q.exec();
}

Status SupplierAccountRepository::recomputeStatistics(const SupplierId &supplier) const
{
    const QString history = u"FROM {{supplier.purchase_history}} h WHERE h.account_id = {{supplier.account}}.id"_s;
    SqlQuery q(m_db, u"UPDATE {{supplier.account}} SET "
                     "total_purchases = (SELECT COUNT(*) "_s +
                         history +
                         u" AND h.success), "
                         "total_spent = COALESCE((SELECT SUM(h.purchase_amount) "_s +
                         history +
                         u" AND h.success), 0), "
                         "average_order_value = COALESCE((SELECT {{round_money:AVG(h.purchase_amount)}} "_s +
                         history +
                         u" AND h.success), 0), "
                         "success_rate = COALESCE((SELECT ROUND(100.0 * SUM(CASE WHEN h.success THEN 1 ELSE 0 END) / "
                         "COUNT(*), 2) "_s +
                         history +
                         u"), 0), "
                         "last_used_at = COALESCE((SELECT MAX(h.purchase_date) "_s +
                         history + u"), last_used_at), updated_at = {{now}}"_s +
                         (supplier.isNull() ? QString() : u" WHERE supplier_id = :supplier"_s));
    if (!supplier.isNull())
        q.bind(u":supplier"_s, supplier);
    return q.exec();
}

Result<std::optional<SupplierAccount>> SupplierAccountRepository::findByEmail(const SupplierId &supplier,
                                                                              const QString &email) const
{
    return firstOf(fetch(u"WHERE a.supplier_id = :supplier AND LOWER(a.email) = LOWER(:email)"_s,
                         [&](SqlQuery &q) { q.bind(u":supplier"_s, supplier).bind(u":email"_s, email); }));
}

Result<QList<SupplierAccount>> SupplierAccountRepository::forSupplier(const SupplierId &supplier) const
{
    return fetch(u"WHERE a.supplier_id = :supplier ORDER BY a.email"_s,
                 [&](SqlQuery &q) { q.bind(u":supplier"_s, supplier); });
}

} // namespace sf

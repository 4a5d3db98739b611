#include "supplieraccountrepository.h"

#include "db/rowhelpers.h"
#include "db/sqlquery.h"
#include "domain/rowuuid.h"

using namespace Qt::StringLiterals;

namespace sf {

Result<QList<SupplierAccount>> SupplierAccountRepository::fetch(const QString &where,
                                                                const std::function<void(SqlQuery &)> &bind) const
{
    SqlQuery q(m_db, u"SELECT id, supplier_id, email, first_name, last_name, address_line_1, address_line_2, city, "
                     "zip_code, state_code, country_code, phone_number, list_name, browser_preference FROM "
                     "{{supplier.account}} "_s +
                         where);
    bind(q);
    if (Status status = q.exec(); !status)
        return status.error();
    QList<SupplierAccount> result;
    while (q.next()) {
        SupplierAccount a;
        a.id = QUuid::fromString(q.string(0));
        a.supplierId = q.id<SupplierId>(1);
        a.email = q.string(2);
        a.firstName = q.string(3);
        a.lastName = q.string(4);
        a.addressLine1 = q.string(5);
        a.addressLine2 = q.string(6);
        a.city = q.string(7);
        a.zipCode = q.string(8);
        a.stateCode = q.string(9);
        a.countryCode = q.string(10);
        a.phoneNumber = q.string(11);
        a.listName = q.string(12);
        a.browserPreference = q.string(13);
        result.append(a);
    }
    return result;
}

Result<SupplierAccount> SupplierAccountRepository::create(const SupplierAccount &account) const
{
    SupplierAccount a = account;
    if (a.id.isNull())
        a.id = newRowUuid();
    SqlQuery q(m_db, u"INSERT INTO {{supplier.account}} (id, supplier_id, email, first_name, last_name, "
                     "address_line_1, address_line_2, city, zip_code, state_code, country_code, phone_number, "
                     "list_name, browser_preference) VALUES (:id, :supplier, :email, :first, :last, :line1, :line2, "
                     ":city, :zip, :state, :country, :phone, :list, :browser)"_s);
    q.bind(u":id"_s, a.id.toString(QUuid::WithoutBraces))
        .bind(u":supplier"_s, a.supplierId)
        .bind(u":email"_s, a.email)
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
        .bind(u":browser"_s, a.browserPreference);
    if (Status status = q.exec(); !status)
        return status.error();
    return a;
}

Result<std::optional<SupplierAccount>> SupplierAccountRepository::findByEmail(const SupplierId &supplier,
                                                                              const QString &email) const
{
    return firstOf(fetch(u"WHERE supplier_id = :supplier AND LOWER(email) = LOWER(:email)"_s,
                         [&](SqlQuery &q) { q.bind(u":supplier"_s, supplier).bind(u":email"_s, email); }));
}

Result<QList<SupplierAccount>> SupplierAccountRepository::forSupplier(const SupplierId &supplier) const
{
    return fetch(u"WHERE supplier_id = :supplier ORDER BY email"_s,
                 [&](SqlQuery &q) { q.bind(u":supplier"_s, supplier); });
}

} // namespace sf

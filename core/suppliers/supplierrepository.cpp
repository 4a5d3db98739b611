#include "supplierrepository.h"

#include "db/rowhelpers.h"
#include "db/rowversion.h"
#include "db/sqlquery.h"
#include "suppliercategory.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
const QString kSelect = u"SELECT id, name, supplier_type, email, website, country, vat_rate, status, notes, "
                        "supplier_category, contact_person, phone, address_line1, postal_code, city, "
                        "return_policy_days, payment_terms, minimum_order_amount, version, updated_by, "
                        "updated_at FROM {{supplier.profile}} "_s;

Result<QList<Supplier>> readSuppliers(SqlQuery &q)
{
    if (Status status = q.exec(); !status)
        return status.error();
    QList<Supplier> result;
    while (q.next()) {
        Supplier s;
        s.id = q.id<SupplierId>(0);
        s.name = q.string(1);
        s.supplierType = q.string(2);
        s.email = q.string(3);
        s.website = q.string(4);
        s.country = q.string(5);
        if (!q.isNull(6))
            s.vatRateBp = int(std::lround(q.real(6) * 100));
        s.status = q.string(7);
        s.notes = q.string(8);
        s.category = q.string(9);
        s.contactPerson = q.string(10);
        s.phone = q.string(11);
        s.addressLine1 = q.string(12);
        s.postalCode = q.string(13);
        s.city = q.string(14);
        if (!q.isNull(15))
            s.returnDays = int(q.integer(15));
        s.paymentTerms = q.string(16);
        s.minimumOrder = q.money(17, u"EUR"_s);
        s.version = int(q.integer(18));
        s.updatedBy = q.string(19);
        s.updatedAt = q.dateTime(20);
        result.append(s);
    }
    return result;
}

void bindSupplier(SqlQuery &q, const Supplier &s)
{
    q.bind(u":id"_s, s.id)
        .bind(u":name"_s, s.name.trimmed())
        .bind(u":slug"_s, slugify(s.name))
        .bind(u":type"_s, s.supplierType)
        .bind(u":email"_s, s.email)
        .bind(u":website"_s, s.website)
        .bind(u":country"_s, s.country)
        .bind(u":vat"_s, s.vatRateBp ? QVariant(*s.vatRateBp / 100.0) : SqlQuery::nullText())
        .bind(u":status"_s, s.status)
        .bind(u":notes"_s, s.notes)
        .bind(u":category"_s, s.category.isEmpty() ? suppliercategory::guess(s.name) : s.category)
        .bind(u":contact"_s, s.contactPerson)
        .bind(u":phone"_s, s.phone)
        .bind(u":address"_s, s.addressLine1)
        .bind(u":postal"_s, s.postalCode)
        .bind(u":city"_s, s.city)
        .bind(u":returnDays"_s, s.returnDays ? QVariant(*s.returnDays) : QVariant(QMetaType::fromType<int>()))
        .bind(u":terms"_s, s.paymentTerms)
        .bind(u":minimum"_s, s.minimumOrder);
}
} // namespace

Result<QList<Supplier>> SupplierRepository::all() const
{
    SqlQuery q(m_db, kSelect + u"ORDER BY name"_s);
    return readSuppliers(q);
}

Result<std::optional<Supplier>> SupplierRepository::get(const SupplierId &id) const
{
    SqlQuery q(m_db, kSelect + u"WHERE id = :id"_s);
    q.bind(u":id"_s, id);
    return firstOf(readSuppliers(q));
}

Result<std::optional<Supplier>> SupplierRepository::findByName(const QString &name) const
{
    SqlQuery q(m_db, kSelect + u"WHERE lower(name) = lower(:name) OR slug = :slug"_s);
    q.bind(u":name"_s, name.trimmed()).bind(u":slug"_s, slugify(name));
    return firstOf(readSuppliers(q));
}

Result<Supplier> SupplierRepository::create(const Supplier &supplier) const
{
    if (supplier.name.trimmed().isEmpty())
        return Error{
            u"supplier.invalid"_s, QCoreApplication::translate("SupplierRepository", "A supplier needs a name."), {}};
    Supplier s = supplier;
    if (s.id.isNull())
        s.id = SupplierId::create();
    SqlQuery q(m_db, u"INSERT INTO {{supplier.profile}} (id, name, slug, supplier_type, email, website, country, "
                     "vat_rate, status, notes, supplier_category, contact_person, phone, address_line1, postal_code, "
                     "city, return_policy_days, payment_terms, minimum_order_amount) VALUES (:id, :name, :slug, "
                     ":type, :email, :website, :country, :vat, :status, :notes, :category, :contact, :phone, "
                     ":address, :postal, :city, :returnDays, :terms, :minimum)"_s);
    bindSupplier(q, s);
    if (Status status = q.exec(); !status)
        return status.error();
    return s;
}

Result<Supplier> SupplierRepository::findOrCreate(const QString &name) const
{
    auto found = findByName(name);
    if (!found)
        return found.error();
    if (found.value())
        return *found.value();
    Supplier s;
    s.name = name;
    return create(s);
}

Status SupplierRepository::update(const Supplier &supplier) const
{
    SqlQuery q(m_db, u"UPDATE {{supplier.profile}} SET name = :name, slug = :slug, supplier_type = :type, "
                     "email = :email, website = :website, country = :country, vat_rate = :vat, status = :status, "
                     "notes = :notes, supplier_category = :category, contact_person = :contact, phone = :phone, "
                     "address_line1 = :address, postal_code = :postal, city = :city, return_policy_days = "
                     ":returnDays, payment_terms = :terms, minimum_order_amount = :minimum, updated_at = {{now}}, "_s +
                         rowversion::kNext + u" WHERE id = :id"_s + rowversion::condition(supplier.version));
    bindSupplier(q, supplier);
    rowversion::bind(q, m_db, supplier.version);
    if (Status status = q.exec(); !status)
        return status;
    if (q.rowsAffected() == 0)
        return rowversion::refusal(m_db, rowversion::Subject::Supplier, u"{{supplier.profile}}"_s,
                                   supplier.id.toString());
    return {};
}

Result<int> SupplierRepository::pairsOf(const SupplierId &id) const
{
    SqlQuery q(m_db, u"SELECT COUNT(*) FROM {{inventory.stock}} WHERE supplier_id = :id"_s);
    q.bind(u":id"_s, id);
    if (Status status = q.exec(); !status)
        return status.error();
    return q.next() ? int(q.integer(0)) : 0;
}

Status SupplierRepository::remove(const SupplierId &id) const
{
    // The schema would quietly detach the pairs (ON DELETE SET NULL) and lose where they came from.
    const auto pairs = pairsOf(id);
    if (!pairs)
        return pairs.error();
    if (pairs.value() > 0)
        return Error{u"supplier.in_use"_s,
                     QCoreApplication::translate("SupplierRepository",
                                                 "%n pairs came from this supplier; it cannot be deleted. Merge it "
                                                 "into another supplier instead.",
                                                 nullptr, pairs.value()),
                     {}};
    return deleteById(m_db, u"supplier.profile"_s, id.toString());
}

} // namespace sf

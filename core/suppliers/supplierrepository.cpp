#include "supplierrepository.h"

#include "db/rowhelpers.h"
#include "db/sqlquery.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
const QString kSelect = u"SELECT id, name, supplier_type, email, website, country, vat_rate, status, notes "
                        "FROM {{supplier.profile}} "_s;

Result<QList<Supplier>> readSuppliers(SqlQuery &q)
{
    if (Status status = q.exec(); !status)
        return status.error();
    QList<Supplier> result;
    while (q.next()) {
        Supplier s{q.id<SupplierId>(0), q.string(1),  q.string(2), q.string(3), q.string(4),
                   q.string(5),         std::nullopt, q.string(7), q.string(8)};
        if (!q.isNull(6))
            s.vatRateBp = int(std::lround(q.real(6) * 100));
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
        .bind(u":notes"_s, s.notes);
}
} // namespace

Result<QList<Supplier>> SupplierRepository::all() const
{
    SqlQuery q(m_db, kSelect + u"ORDER BY name"_s);
    return readSuppliers(q);
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
                     "vat_rate, status, notes) VALUES (:id, :name, :slug, :type, :email, :website, :country, :vat, "
                     ":status, :notes)"_s);
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
                     "notes = :notes, updated_at = {{now}} WHERE id = :id"_s);
    bindSupplier(q, supplier);
    return q.exec();
}

Status SupplierRepository::remove(const SupplierId &id) const
{
    return deleteById(m_db, u"supplier.profile"_s, id.toString());
}

} // namespace sf

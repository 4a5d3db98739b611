#include "brandrepository.h"

#include "db/rowhelpers.h"
#include "db/sqlquery.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
Brand readBrand(const SqlQuery &q)
{
    return Brand{q.id<BrandId>(0), q.string(1), q.string(2)};
}

Result<QList<Brand>> readBrands(SqlQuery &q)
{
    if (Status status = q.exec(); !status)
        return status.error();
    QList<Brand> brands;
    while (q.next())
        brands.append(readBrand(q));
    return brands;
}
} // namespace

Result<QList<Brand>> BrandRepository::all() const
{
    SqlQuery q(m_db, u"SELECT id, name, slug FROM {{catalog.brand}} ORDER BY name"_s);
    return readBrands(q);
}

Result<std::optional<Brand>> BrandRepository::findByName(const QString &name) const
{
    SqlQuery q(m_db,
               u"SELECT id, name, slug FROM {{catalog.brand}} WHERE lower(name) = lower(:name) OR slug = :slug"_s);
    q.bind(u":name"_s, name.trimmed()).bind(u":slug"_s, slugify(name));
    return firstOf(readBrands(q));
}

Result<Brand> BrandRepository::create(const QString &name) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error{u"brand.empty"_s, QCoreApplication::translate("BrandRepository", "A brand needs a name."), {}};
    Brand brand{BrandId::create(), trimmed, slugify(trimmed)};
    SqlQuery q(m_db, u"INSERT INTO {{catalog.brand}} (id, name, slug) VALUES (:id, :name, :slug)"_s);
    q.bind(u":id"_s, brand.id).bind(u":name"_s, brand.name).bind(u":slug"_s, brand.slug);
    if (Status status = q.exec(); !status)
        return status.error();
    return brand;
}

Result<Brand> BrandRepository::findOrCreate(const QString &name) const
{
    Result<std::optional<Brand>> found = findByName(name);
    if (!found)
        return found.error();
    if (found.value())
        return *found.value();
    return create(name);
}

Status BrandRepository::rename(const BrandId &id, const QString &name) const
{
    SqlQuery q(m_db, u"UPDATE {{catalog.brand}} SET name = :name, slug = :slug, updated_at = {{now}} WHERE id = :id"_s);
    q.bind(u":name"_s, name.trimmed()).bind(u":slug"_s, slugify(name)).bind(u":id"_s, id);
    return q.exec();
}

Status BrandRepository::remove(const BrandId &id) const
{
    return deleteById(m_db, u"catalog.brand"_s, id.toString());
}

Result<std::optional<Brand>> BrandRepository::matchItemName(const QString &itemName) const
{
    SqlQuery q(m_db, u"SELECT b.id, b.name, b.slug, p.pattern FROM {{catalog.brand_patterns}} p "
                     "JOIN {{catalog.brand}} b ON b.id = p.brand_id WHERE p.pattern_type = 'keyword' "
                     "ORDER BY p.priority, length(p.pattern) DESC"_s);
    if (Status status = q.exec(); !status)
        return status.error();
    while (q.next()) {
        if (itemName.contains(q.string(3), Qt::CaseInsensitive))
            return std::optional<Brand>(readBrand(q));
    }
    return std::optional<Brand>();
}

} // namespace sf

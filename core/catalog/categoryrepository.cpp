#include "categoryrepository.h"

#include "db/rowhelpers.h"
#include "db/sqlquery.h"

using namespace Qt::StringLiterals;

namespace sf {

namespace {
Result<QList<Category>> readCategories(SqlQuery &q)
{
    if (Status status = q.exec(); !status)
        return status.error();
    QList<Category> result;
    while (q.next())
        result.append(Category{q.id<CategoryId>(0), q.string(1), q.string(2), q.id<CategoryId>(3)});
    return result;
}
} // namespace

Result<QList<Category>> CategoryRepository::all() const
{
    SqlQuery q(m_db, u"SELECT id, name, slug, parent_id FROM {{catalog.category}} ORDER BY name"_s);
    return readCategories(q);
}

Result<std::optional<Category>> CategoryRepository::findBySlug(const QString &slug) const
{
    SqlQuery q(m_db, u"SELECT id, name, slug, parent_id FROM {{catalog.category}} WHERE slug = :slug"_s);
    q.bind(u":slug"_s, slug);
    return firstOf(readCategories(q));
}

Result<Category> CategoryRepository::create(const QString &name, const CategoryId &parent) const
{
    Category category{CategoryId::create(), name.trimmed(), slugify(name), parent};
    SqlQuery q(m_db, u"INSERT INTO {{catalog.category}} (id, name, slug, parent_id, path) "
                     "VALUES (:id, :name, :slug, :parent, :path)"_s);
    q.bind(u":id"_s, category.id)
        .bind(u":name"_s, category.name)
        .bind(u":slug"_s, category.slug)
        .bind(u":parent"_s, parent)
        .bind(u":path"_s, u'/' + category.slug);
    if (Status status = q.exec(); !status)
        return status.error();
    return category;
}

Status CategoryRepository::rename(const CategoryId &id, const QString &name) const
{
    SqlQuery q(m_db, u"UPDATE {{catalog.category}} SET name = :name, slug = :slug, path = :path, updated_at = {{now}} "
                     "WHERE id = :id"_s);
    q.bind(u":name"_s, name.trimmed())
        .bind(u":slug"_s, slugify(name))
        .bind(u":path"_s, u'/' + slugify(name))
        .bind(u":id"_s, id);
    return q.exec();
}

Status CategoryRepository::remove(const CategoryId &id) const
{
    return deleteById(m_db, u"catalog.category"_s, id.toString());
}

} // namespace sf

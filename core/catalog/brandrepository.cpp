#include "brandrepository.h"

#include "db/rowhelpers.h"
#include "db/sqlquery.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

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
    SqlQuery q(m_db, u"SELECT b.id, b.name, b.slug, p.pattern, p.pattern_type FROM {{catalog.brand_patterns}} p "
                     "JOIN {{catalog.brand}} b ON b.id = p.brand_id "
                     "ORDER BY p.priority, p.created_at, length(p.pattern) DESC"_s);
    if (Status status = q.exec(); !status)
        return status.error();
    while (q.next()) {
        if (patternMatches(q.string(4), q.string(3), itemName))
            return std::optional<Brand>(readBrand(q));
    }
    return std::optional<Brand>();
}

bool BrandRepository::patternMatches(const QString &type, const QString &pattern, const QString &itemName)
{
    if (type == u"regex"_s) {
        // Compiled once per thread: every new product of an import or sync tries all patterns.
        thread_local QHash<QString, QRegularExpression> compiled;
        auto regex = compiled.constFind(pattern);
        if (regex == compiled.cend())
            regex = compiled.insert(pattern, QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption));
        return regex->isValid() && regex->match(itemName).hasMatch();
    }
    return itemName.contains(pattern, Qt::CaseInsensitive);
}

QString BrandRepository::fallbackBrandName(const QString &itemName)
{
    static const QStringList articles{u"the"_s, u"a"_s, u"an"_s, u"of"_s, u"for"_s, u"in"_s, u"on"_s, u"at"_s};
    static const QRegularExpression punctuation(u"[^\\w\\s&'.-]"_s, QRegularExpression::UseUnicodePropertiesOption);
    const QStringList words = QString(itemName).remove(punctuation).simplified().split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        bool numeric = false;
        word.toDouble(&numeric);
        if (numeric || articles.contains(word.toLower()) || !word.at(0).isLetter())
            continue;
        return word.at(0).toUpper() + word.mid(1);
    }
    return {};
}

Result<std::optional<Brand>> BrandRepository::detect(const QString &itemName) const
{
    auto matched = matchItemName(itemName);
    if (!matched || matched.value())
        return matched;
    const QString name = fallbackBrandName(itemName);
    if (name.isEmpty())
        return std::optional<Brand>();
    auto brand = findOrCreate(name);
    if (!brand)
        return brand.error();
    return std::optional<Brand>(brand.value());
}

} // namespace sf

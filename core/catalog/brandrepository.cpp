#include "brandrepository.h"

#include "db/rowhelpers.h"
#include "db/sqlquery.h"
#include "db/transaction.h"
#include "domain/rowuuid.h"

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
    if (Status status = q.exec(); !status)
        return status;
    announceAfterCommit(m_db, {Change::Entity::Brand, Change::Kind::Changed, {id.uuid()}});
    return {};
}

Status BrandRepository::remove(const BrandId &id) const
{
    return deleteById(m_db, u"catalog.brand"_s, id.toString());
}

Result<QList<BrandPattern>> BrandRepository::patterns() const
{
    SqlQuery q(m_db, u"SELECT b.id, b.name, b.slug, p.pattern, p.pattern_type FROM {{catalog.brand_patterns}} p "
                     "JOIN {{catalog.brand}} b ON b.id = p.brand_id "
                     "ORDER BY p.priority, p.created_at, length(p.pattern) DESC"_s);
    if (Status status = q.exec(); !status)
        return status.error();
    QList<BrandPattern> patterns;
    while (q.next())
        patterns.append({readBrand(q), q.string(4), q.string(3)});
    return patterns;
}

Result<std::optional<Brand>> BrandRepository::matchItemName(const QString &itemName) const
{
    const auto all = patterns();
    if (!all)
        return all.error();
    return firstMatch(all.value(), itemName);
}

std::optional<Brand> BrandRepository::firstMatch(const QList<BrandPattern> &patterns, const QString &itemName)
{
    for (const BrandPattern &pattern : patterns)
        if (patternMatches(pattern.type, pattern.pattern, itemName))
            return pattern.brand;
    return std::nullopt;
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

namespace {
// The operator's own patterns are tried before every built-in one; a merged brand's name last.
constexpr int kOperatorPriority = 1;
constexpr int kMergedNamePriority = 900;

Status insertPattern(const Database &db, const BrandId &brand, const QString &type, const QString &pattern,
                     int priority)
{
    SqlQuery q(db, u"INSERT INTO {{catalog.brand_patterns}} (id, brand_id, pattern_type, pattern, priority) "
                   "VALUES (:id, :brand, :type, :pattern, :priority) "
                   "ON CONFLICT (pattern) DO UPDATE SET brand_id = excluded.brand_id, "
                   "pattern_type = excluded.pattern_type, priority = excluded.priority"_s);
    q.bind(u":id"_s, newRowUuid().toString(QUuid::WithoutBraces))
        .bind(u":brand"_s, brand)
        .bind(u":type"_s, type)
        .bind(u":pattern"_s, pattern)
        .bind(u":priority"_s, priority);
    return q.exec();
}
} // namespace

Result<QList<BrandUsage>> BrandRepository::usage() const
{
    SqlQuery q(m_db, u"SELECT b.id, b.name, b.slug, "
                     "(SELECT COUNT(*) FROM {{catalog.product}} p WHERE p.brand_id = b.id), "
                     "(SELECT COUNT(*) FROM {{inventory.stock}} i JOIN {{catalog.product}} p ON p.id = i.product_id "
                     "WHERE p.brand_id = b.id) "
                     "FROM {{catalog.brand}} b ORDER BY lower(b.name)"_s);
    if (Status status = q.exec(); !status)
        return status.error();
    QList<BrandUsage> rows;
    QHash<QString, qsizetype> rowOf;
    while (q.next()) {
        rowOf.insert(q.string(0), rows.size());
        rows.append({readBrand(q), int(q.integer(3)), int(q.integer(4)), {}});
    }
    SqlQuery patterns(m_db, u"SELECT brand_id, pattern_type, pattern FROM {{catalog.brand_patterns}} "
                            "ORDER BY priority, pattern"_s);
    if (Status status = patterns.exec(); !status)
        return status.error();
    while (patterns.next())
        if (const auto row = rowOf.constFind(patterns.string(0)); row != rowOf.cend())
            rows[*row].patterns.append(patterns.string(1) == u"regex"_s ? u"regex: "_s + patterns.string(2)
                                                                        : patterns.string(2));
    return rows;
}

Status BrandRepository::renameTo(const BrandId &id, const QString &name) const
{
    if (name.trimmed().isEmpty())
        return Error{u"brand.empty"_s, QCoreApplication::translate("BrandRepository", "A brand needs a name."), {}};
    const auto existing = findByName(name);
    if (!existing)
        return existing.error();
    if (existing.value() && existing.value()->id != id)
        return Error{
            u"brand.exists"_s,
            QCoreApplication::translate("BrandRepository", "There is already a brand called %1; merge the two instead.")
                .arg(existing.value()->name),
            {}};
    return rename(id, name);
}

Status BrandRepository::merge(const BrandId &from, const BrandId &into) const
{
    if (from == into)
        return {};
    Transaction tx(m_db);
    if (Status begun = tx.begin(); !begun)
        return begun;
    SqlQuery name(m_db, u"SELECT name FROM {{catalog.brand}} WHERE id = :id"_s);
    name.bind(u":id"_s, from);
    if (Status status = name.exec(); !status)
        return status;
    const QString fromName = name.next() ? name.string(0) : QString();
    for (const QString &table :
         {u"catalog.product"_s, u"catalog.brand_patterns"_s, u"pricing.price_rules"_s, u"pricing.brand_multipliers"_s,
          u"analytics.sales_forecasts"_s, u"analytics.demand_patterns"_s, u"analytics.pricing_kpis"_s}) {
        SqlQuery move(m_db, u"UPDATE {{"_s + table + u"}} SET brand_id = :into WHERE brand_id = :from"_s);
        move.bind(u":into"_s, into).bind(u":from"_s, from);
        if (Status status = move.exec(); !status)
            return status;
    }
    // Without this, the fallback rule would make the merged brand again from the next such name.
    if (!fromName.isEmpty()) {
        const QString startsWithName = u"^"_s + QRegularExpression::escape(fromName) + u"\\b"_s;
        if (Status status = insertPattern(m_db, into, u"regex"_s, startsWithName, kMergedNamePriority); !status)
            return status;
    }
    if (Status status = remove(from); !status)
        return status;
    announceAfterCommit(m_db, {Change::Entity::Brand, Change::Kind::Removed, {from.uuid()}});
    return tx.commit();
}

QString BrandRepository::patternProblem(const QString &type, const QString &pattern)
{
    if (pattern.trimmed().isEmpty())
        return QCoreApplication::translate("BrandRepository", "Type a word or a regular expression first.");
    if (type == u"regex"_s) {
        const QRegularExpression regex(pattern);
        if (!regex.isValid())
            return QCoreApplication::translate("BrandRepository", "The regular expression is not valid: %1")
                .arg(regex.errorString());
    }
    return {};
}

Result<QList<BrandClaim>> BrandRepository::claims(const BrandId &brand, const QString &type,
                                                  const QString &pattern) const
{
    if (const QString problem = patternProblem(type, pattern); !problem.isEmpty())
        return Error{u"brand.pattern"_s, problem, pattern};
    SqlQuery q(m_db, u"SELECT p.id, p.name, b.name FROM {{catalog.product}} p "
                     "LEFT JOIN {{catalog.brand}} b ON b.id = p.brand_id "
                     "WHERE p.brand_id IS NULL OR p.brand_id <> :brand ORDER BY lower(p.name)"_s);
    q.bind(u":brand"_s, brand);
    if (Status status = q.exec(); !status)
        return status.error();
    QList<BrandClaim> claimed;
    while (q.next())
        if (patternMatches(type, pattern, q.string(1)))
            claimed.append({q.id<ProductId>(0), q.string(1), q.string(2)});
    return claimed;
}

Result<int> BrandRepository::addPattern(const BrandId &brand, const QString &type, const QString &pattern) const
{
    Transaction tx(m_db);
    if (Status begun = tx.begin(); !begun)
        return begun.error();
    const auto claimed = claims(brand, type, pattern);
    if (!claimed)
        return claimed.error();
    if (Status status = insertPattern(m_db, brand, type, pattern.trimmed(), kOperatorPriority); !status)
        return status.error();
    for (const BrandClaim &claim : claimed.value()) {
        SqlQuery move(m_db, u"UPDATE {{catalog.product}} SET brand_id = :brand, updated_at = {{now}} "
                            "WHERE id = :id"_s);
        move.bind(u":brand"_s, brand).bind(u":id"_s, claim.product);
        if (Status status = move.exec(); !status)
            return status.error();
    }
    announceAfterCommit(m_db, {Change::Entity::Product, Change::Kind::Changed, {}});
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    return int(claimed.value().size());
}

} // namespace sf

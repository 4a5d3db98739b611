#include "sizerepository.h"

#include "db/rowhelpers.h"
#include "db/sqlquery.h"
#include "db/transaction.h"
#include "domain/rowuuid.h"
#include "sizeclassifier.h"

using namespace Qt::StringLiterals;

namespace sf {

namespace {
const QString kColumns = u"SELECT id, value, region, standardized_value, category_id FROM {{catalog.sizes}} "_s;

Result<QList<Size>> readSizes(SqlQuery &q)
{
    if (Status status = q.exec(); !status)
        return status.error();
    QList<Size> result;
    while (q.next()) {
        Size size{q.id<SizeId>(0), q.string(1), q.string(2), std::nullopt, q.id<CategoryId>(4)};
        if (!q.isNull(3))
            size.standardizedValue = q.real(3);
        result.append(size);
    }
    return result;
}

void bindSize(SqlQuery &q, const Size &size)
{
    q.bind(u":id"_s, size.id)
        .bind(u":category"_s, size.categoryId)
        .bind(u":value"_s, size.value)
        .bind(u":std"_s, size.standardizedValue ? QVariant(*size.standardizedValue) : SqlQuery::nullText())
        .bind(u":region"_s, size.region);
}

} // namespace

Result<QList<Size>> SizeRepository::all() const
{
    SqlQuery q(m_db, kColumns + u"ORDER BY region, standardized_value, value"_s);
    return readSizes(q);
}

Result<std::optional<Size>> SizeRepository::find(const QString &region, const QString &value) const
{
    SqlQuery q(m_db, kColumns + u"WHERE region = :region AND value = :value"_s);
    q.bind(u":region"_s, region).bind(u":value"_s, value);
    return firstOf(readSizes(q));
}

Result<std::optional<Size>> SizeRepository::findByLabel(const QString &label) const
{
    if (label.trimmed().isEmpty())
        return std::optional<Size>();
    auto mapped = mappedSize(label);
    if (!mapped || mapped.value())
        return mapped;
    const SizeClass size = SizeClassifier::classify(label);
    return find(size.region, size.value);
}

Result<std::optional<Size>> SizeRepository::mappedSize(const QString &text) const
{
    SqlQuery q(m_db, u"SELECT s.id, s.value, s.region, s.standardized_value, s.category_id FROM "
                     "{{catalog.size_aliases}} a JOIN {{catalog.sizes}} s ON s.id = a.size_id "
                     "WHERE a.alias = :alias"_s);
    q.bind(u":alias"_s, text.simplified().left(SizeClassifier::kMaxValueLength));
    return firstOf(readSizes(q));
}

Result<QList<SizeUsage>> SizeRepository::usage(bool onlyUnclassified) const
{
    SqlQuery q(m_db, u"SELECT s.id, s.value, s.region, s.standardized_value, s.category_id, "
                     "(SELECT COUNT(*) FROM {{inventory.stock}} i WHERE i.size_id = s.id), "
                     "(SELECT COUNT(*) FROM {{catalog.product_variant}} v WHERE v.size_id = s.id) "
                     "FROM {{catalog.sizes}} s "_s +
                         (onlyUnclassified ? u"WHERE s.region = 'TEXT' "_s : QString()) +
                         u"ORDER BY s.region, s.standardized_value, s.value"_s);
    if (Status status = q.exec(); !status)
        return status.error();
    QList<SizeUsage> rows;
    while (q.next()) {
        SizeUsage row{{q.id<SizeId>(0), q.string(1), q.string(2), std::nullopt, q.id<CategoryId>(4)},
                      int(q.integer(5)),
                      int(q.integer(6))};
        if (!q.isNull(3))
            row.size.standardizedValue = q.real(3);
        rows.append(row);
    }
    return rows;
}

Status SizeRepository::mapInto(const QList<SizeId> &from, const SizeId &into) const
{
    Transaction tx(m_db);
    if (Status begun = tx.begin(); !begun)
        return begun;
    for (const SizeId &source : from) {
        if (source == into)
            continue;
        SqlQuery alias(m_db, u"INSERT INTO {{catalog.size_aliases}} (id, alias, size_id) "
                             "SELECT :id, value, :into FROM {{catalog.sizes}} WHERE id = :from "
                             "ON CONFLICT (alias) DO UPDATE SET size_id = excluded.size_id"_s);
        alias.bind(u":id"_s, newRowUuid().toString(QUuid::WithoutBraces))
            .bind(u":into"_s, into)
            .bind(u":from"_s, source);
        if (Status status = alias.exec(); !status)
            return status;
        for (const QString &table : {u"inventory.stock"_s, u"catalog.product_variant"_s}) {
            SqlQuery move(m_db, u"UPDATE {{"_s + table + u"}} SET size_id = :into WHERE size_id = :from"_s);
            move.bind(u":into"_s, into).bind(u":from"_s, source);
            if (Status status = move.exec(); !status)
                return status;
        }
        if (Status status = remove(source); !status)
            return status;
    }
    announceAfterCommit(m_db, {Change::Entity::Size, Change::Kind::Changed, {}});
    return tx.commit();
}

Result<std::optional<double>> SizeRepository::euEquivalent(const QString &gender, double usSize) const
{
    SqlQuery q(m_db, u"SELECT eu_size FROM {{catalog.size_master}} WHERE gender = :gender AND us_size = :us "
                     "AND eu_size IS NOT NULL ORDER BY created_at LIMIT 1"_s);
    q.bind(u":gender"_s, gender).bind(u":us"_s, QVariant(usSize));
    if (Status status = q.exec(); !status)
        return status.error();
    return q.next() ? std::optional<double>(q.real(0)) : std::nullopt;
}

Result<Size> SizeRepository::create(const Size &size) const
{
    Size created = size;
    created.id = SizeId::create();
    SqlQuery q(m_db, u"INSERT INTO {{catalog.sizes}} (id, category_id, value, standardized_value, region) "
                     "VALUES (:id, :category, :value, :std, :region)"_s);
    bindSize(q, created);
    if (Status status = q.exec(); !status)
        return status.error();
    return created;
}

Status SizeRepository::update(const Size &size) const
{
    SqlQuery q(m_db,
               u"UPDATE {{catalog.sizes}} SET category_id = :category, value = :value, standardized_value = :std, "
               "region = :region, updated_at = {{now}} WHERE id = :id"_s);
    bindSize(q, size);
    return q.exec();
}

Status SizeRepository::remove(const SizeId &id) const
{
    return deleteById(m_db, u"catalog.sizes"_s, id.toString());
}

} // namespace sf

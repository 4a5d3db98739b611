#include "sizerepository.h"

#include "db/rowhelpers.h"
#include "db/sqlquery.h"

#include <QRegularExpression>

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

QString normalizeNumber(QString number)
{
    number.replace(u',', u'.');
    bool ok = false;
    const double value = number.toDouble(&ok);
    return ok ? QString::number(value, 'g', 6) : number;
}
} // namespace

std::optional<std::pair<QString, QString>> SizeRepository::parseLabel(const QString &label)
{
    const QString text = label.trimmed();
    if (text.isEmpty() || text.compare(u"N/A"_s, Qt::CaseInsensitive) == 0)
        return std::nullopt;
    if (text.compare(u"One Size"_s, Qt::CaseInsensitive) == 0 || text.compare(u"OS"_s, Qt::CaseInsensitive) == 0)
        return std::pair(u"ONE"_s, u"One Size"_s);
    static const QRegularExpression letter(u"^(XXS|XS|S|M|L|XL|XXL|XXXL)$"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    if (letter.match(text).hasMatch())
        return std::pair(u"INT"_s, text.toUpper());
    static const QRegularExpression shape(u"^(US\\s*M?|US\\s*W|EU|UK|CM)?\\s*([0-9]+(?:[.,][0-9])?)\\s*([WCY])?$"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    const auto m = shape.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QString prefix = m.captured(1).toUpper().remove(u' ');
    const QString number = normalizeNumber(m.captured(2));
    const QString suffix = m.captured(3).toUpper();
    if (suffix == u"W"_s || prefix == u"USW"_s)
        return std::pair(u"US-W"_s, number + u'W');
    if (suffix == u"C"_s || suffix == u"Y"_s)
        return std::pair(u"US-K"_s, number + u'C');
    if (prefix == u"EU"_s || prefix == u"UK"_s || prefix == u"CM"_s)
        return std::pair(prefix, number);
    return std::pair(u"US"_s, number);
}

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
    const auto parsed = parseLabel(label);
    if (!parsed)
        return std::optional<Size>();
    return find(parsed->first, parsed->second);
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

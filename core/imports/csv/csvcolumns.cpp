#include "csvcolumns.h"

#include <QCoreApplication>

namespace sf {

CsvColumns::CsvColumns(const QStringList &header)
    : m_names(header)
{
    for (int i = 0; i < header.size(); ++i) { // a repeated name keeps its last column
        m_exact.insert(header.at(i), i);
        m_index.insert(normalized(header.at(i)), i);
    }
}

QString CsvColumns::normalized(const QString &name)
{
    QString text = name;
    text.remove(QChar(0xFEFF));
    return text.simplified().toLower();
}

int CsvColumns::indexOf(const QString &name) const
{
    const int exact = m_exact.value(name, -1);
    return exact >= 0 ? exact : m_index.value(normalized(name), -1);
}

bool CsvColumns::has(const QString &name) const
{
    return indexOf(name) >= 0;
}

bool CsvColumns::hasAll(const QStringList &names) const
{
    return std::all_of(names.begin(), names.end(), [this](const QString &name) { return has(name); });
}

QString CsvColumns::value(const CsvRecord &record, const QString &name) const
{
    const int column = indexOf(name);
    return column < 0 ? QString() : record.fields.value(column).trimmed();
}

QList<bool> CsvColumns::keptColumns(const QStringList &excluded) const
{
    QList<bool> kept(m_names.size(), true);
    for (const QString &name : excluded)
        if (const int column = indexOf(name); column >= 0)
            kept[column] = false;
    return kept;
}

namespace {
// An unclosed quote can swallow the rest of the file into one field; the record keeps its start.
QString capped(const QString &field)
{
    if (field.size() <= CsvColumns::kLongestKeptField)
        return field;
    // The count is computed apart: lupdate 6.4 never ends on "a - B::c" inside translate()'s arguments.
    const int cut = int(field.size()) - CsvColumns::kLongestKeptField;
    return field.left(CsvColumns::kLongestKeptField) +
           QCoreApplication::translate("CsvColumns", "\u2026 (%n characters cut)", nullptr, cut);
}
} // namespace

QJsonObject CsvColumns::toJson(const CsvRecord &record, const QList<bool> &kept) const
{
    QJsonObject object;
    for (int i = 0; i < m_names.size() && i < record.fields.size(); ++i)
        if (kept.isEmpty() || kept.at(i))
            object.insert(m_names.at(i), capped(record.fields.at(i)));
    // Fields beyond the header are kept too, so a shifted row can still be understood later.
    for (qsizetype i = m_names.size(); i < record.fields.size(); ++i)
        object.insert(QStringLiteral("column %1").arg(i + 1), capped(record.fields.at(i)));
    return object;
}

} // namespace sf

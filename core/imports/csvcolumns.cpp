#include "csvcolumns.h"

namespace sf {

CsvColumns::CsvColumns(const QStringList &header)
    : m_names(header)
{
    for (int i = 0; i < header.size(); ++i)
        m_index.insert(normalized(header.at(i)), i); // a repeated name keeps its last column
}

QString CsvColumns::normalized(const QString &name)
{
    QString text = name;
    text.remove(QChar(0xFEFF));
    return text.simplified().toLower();
}

bool CsvColumns::has(const QString &name) const
{
    return m_index.contains(normalized(name));
}

bool CsvColumns::hasAll(const QStringList &names) const
{
    return std::all_of(names.begin(), names.end(), [this](const QString &name) { return has(name); });
}

QString CsvColumns::value(const CsvRecord &record, const QString &name) const
{
    const int column = m_index.value(normalized(name), -1);
    return column < 0 ? QString() : record.fields.value(column).trimmed();
}

QJsonObject CsvColumns::toJson(const CsvRecord &record, const QStringList &excluded) const
{
    QJsonObject object;
    for (int i = 0; i < m_names.size() && i < record.fields.size(); ++i) {
        const bool skip = std::any_of(excluded.begin(), excluded.end(), [&](const QString &name) {
            return normalized(name) == normalized(m_names.at(i));
        });
        if (!skip)
            object.insert(m_names.at(i), record.fields.at(i));
    }
    // Fields beyond the header are kept too, so a shifted row can still be understood later.
    for (qsizetype i = m_names.size(); i < record.fields.size(); ++i)
        object.insert(QStringLiteral("column %1").arg(i + 1), record.fields.at(i));
    return object;
}

} // namespace sf

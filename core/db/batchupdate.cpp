#include "batchupdate.h"

#include "sqlquery.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace sf {

BatchUpdate::Row &BatchUpdate::Row::bindValue(const QString &placeholder, const QVariant &value)
{
    const QString column = m_columns.value(placeholder);
    if (!column.isEmpty())
        m_object.insert(column, value.isNull() ? QJsonValue() : QJsonValue::fromVariant(value));
    return *this;
}

BatchUpdate::BatchUpdate(const Database &db, const QString &table, const QList<Column> &columns)
    : m_db(db)
    , m_table(u"{{"_s + table + u"}}"_s)
{
    Q_ASSERT(db.dialect().isPostgres());
    QStringList set;
    for (const Column &column : columns) {
        m_columns.insert(column.placeholder, column.name);
        set << column.name + u" = v."_s + column.name;
    }
    m_columns.insert(u":id"_s, u"id"_s);
    m_columns.insert(u":version"_s, u"version"_s);
    // The version is qualified: v has a version column too.
    set << u"updated_at = {{now}}, version = t.version + 1, updated_by = :operator"_s;
    m_set = set.join(u", "_s);
}

BatchUpdate &BatchUpdate::checkVersions()
{
    m_checkVersions = true;
    return *this;
}

Result<QSet<QString>> BatchUpdate::run(qsizetype count, const BindRow &bindRow) const
{
    const QString sql = u"UPDATE "_s + m_table + u" AS t SET "_s + m_set + u" FROM json_populate_recordset(NULL::"_s +
                        m_table + u", :rows) AS v WHERE t.id = v.id"_s +
                        (m_checkVersions ? u" AND t.version = v.version"_s : QString()) + u" RETURNING t.id"_s;
    QSet<QString> updated;
    for (qsizetype first = 0; first < count; first += kRowsPerStatement) {
        QJsonArray rows;
        for (qsizetype i = first; i < std::min(count, first + kRowsPerStatement); ++i) {
            Row row(m_db.dialect(), m_columns);
            bindRow(row, i);
            rows.append(row.m_object);
        }
        SqlQuery q(m_db, sql);
        q.bind(u":rows"_s, QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact)));
        q.bind(u":operator"_s, m_db.operatorName());
        if (Status status = q.exec(); !status)
            return status.error();
        while (q.next())
            updated.insert(q.string(0));
    }
    return updated;
}

} // namespace sf

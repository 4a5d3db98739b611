#include "systemlog.h"

#include "db/sqlquery.h"
#include "domain/rowuuid.h"

#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace sf {

Status SystemLog::write(Level level, const QString &component, const QString &message, const QJsonObject &details) const
{
    static const QString kLevels[] = {u"info"_s, u"warning"_s, u"error"_s};
    SqlQuery q(m_db, u"INSERT INTO {{logging.system_logs}} (id, level, component, message, details, "
                     "operator) VALUES (:id, :level, :component, :message, :details, :operator)"_s);
    q.bind(u":id"_s, newRowUuid().toString(QUuid::WithoutBraces))
        .bind(u":level"_s, kLevels[int(level)])
        .bind(u":component"_s, component)
        .bind(u":message"_s, message)
        .bind(u":details"_s,
              details.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)))
        .bind(u":operator"_s, m_db.operatorName());
    return q.exec();
}

Status SystemLog::write(const QString &component, const Error &error) const
{
    return write(Level::Error, component, error.message,
                 QJsonObject{{u"code"_s, error.code}, {u"context"_s, error.context}});
}

Result<QStringList> SystemLog::recent(int limit) const
{
    SqlQuery q(
        m_db, u"SELECT level, component, message FROM {{logging.system_logs}} ORDER BY created_at DESC LIMIT :limit"_s);
    q.bind(u":limit"_s, limit);
    if (Status status = q.exec(); !status)
        return status.error();
    QStringList lines;
    while (q.next())
        lines << q.string(0) + u" ["_s + q.string(1) + u"] "_s + q.string(2);
    return lines;
}

} // namespace sf

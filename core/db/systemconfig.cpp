#include "systemconfig.h"

#include "sqlquery.h"

using namespace Qt::StringLiterals;

namespace sf {

Result<std::optional<QString>> SystemConfig::value(const QString &key) const
{
    SqlQuery q(m_db, u"SELECT value FROM {{core.system_config}} WHERE key = :key"_s);
    q.bind(u":key"_s, key);
    if (Status status = q.exec(); !status)
        return status.error();
    if (!q.next())
        return std::optional<QString>();
    return std::optional<QString>(q.string(0));
}

Result<int> SystemConfig::number(const QString &key, int fallback) const
{
    auto text = value(key);
    if (!text)
        return text.error();
    bool ok = false;
    const int n = text.value() ? text.value()->trimmed().toInt(&ok) : 0;
    return ok ? n : fallback;
}

Status SystemConfig::setValue(const QString &key, const QString &value, const QString &description) const
{
    SqlQuery q(m_db,
               u"INSERT INTO {{core.system_config}} (key, value, description) VALUES (:key, :value, :description) "
               "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = {{now}}"_s);
    // The column holds no NULL: "nothing" (no brands chosen, no undercut) is kept as empty text.
    q.bind(u":key"_s, key).bind(u":value"_s, value.isNull() ? u""_s : value).bind(u":description"_s, description);
    return q.exec();
}

} // namespace sf

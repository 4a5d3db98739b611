#include "keysetpaging.h"

#include "dialect.h"
#include "sqlquery.h"

using namespace Qt::StringLiterals;

namespace sf {

QString KeysetPaging::selectedKey(const Dialect &dialect) const
{
    return dialect.isPostgres() ? u"CAST("_s + key + u" AS TEXT)"_s : key;
}

QString KeysetPaging::after(const std::optional<KeysetCursor> &cursor) const
{
    if (!cursor)
        return {};
    const QChar op = descending ? u'<' : u'>';
    return u'(' + key + u' ' + op + u" :cursor_key OR ("_s + key + u" = :cursor_key AND "_s + idColumn + u' ' + op +
           u" :cursor_id))"_s;
}

QString KeysetPaging::orderAndLimit() const
{
    const QString direction = descending ? u" DESC"_s : u" ASC"_s;
    return u" ORDER BY "_s + key + direction + u", "_s + idColumn + direction + u" LIMIT :limit"_s;
}

void KeysetPaging::bind(SqlQuery &q, const std::optional<KeysetCursor> &cursor, int limit) const
{
    if (cursor)
        q.bind(u":cursor_key"_s, cursor->sortKey).bind(u":cursor_id"_s, cursor->id);
    q.bind(u":limit"_s, limit);
}

} // namespace sf

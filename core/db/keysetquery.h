#pragma once

#include "keysetpaging.h"
#include "sqlquery.h"

#include <QStringList>

#include <functional>

namespace sf {

// One page of a keyset-paged list: SELECT <key>, <columnsAndFrom> WHERE <conditions> after the
// cursor, in the paging's order. `read` turns a row (its columns from the given index on) into a Row.
template <typename Row>
Result<KeysetPage<Row>>
fetchKeysetPage(const Database &db, const KeysetPaging &paging, const QString &columnsAndFrom, QStringList conditions,
                const std::function<void(SqlQuery &)> &bind, const std::optional<KeysetCursor> &cursor, int limit,
                const std::function<Row(const SqlQuery &, int)> &read, const std::function<QString(const Row &)> &idOf)
{
    if (cursor)
        conditions << paging.after(cursor);
    SqlQuery q(db, QStringLiteral("SELECT ") + paging.selectedKey(db.dialect()) + QStringLiteral(", ") +
                       columnsAndFrom +
                       (conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(u" AND ")) +
                       paging.orderAndLimit());
    bind(q);
    paging.bind(q, cursor, limit);
    if (Status status = q.exec(); !status)
        return status.error();
    KeysetPage<Row> page;
    page.rows.reserve(limit);
    QVariant lastKey;
    while (q.next()) {
        page.rows.append(read(q, 1));
        lastKey = q.value(0);
    }
    if (page.rows.size() == limit)
        page.next = KeysetCursor{lastKey, idOf(page.rows.last())};
    return page;
}

} // namespace sf

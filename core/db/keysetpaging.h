#pragma once

#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace sf {

class Dialect;
class SqlQuery;

// Where the previous page ended: its last row's sort key and id.
struct KeysetCursor {
    QVariant sortKey;
    QString id;
};

// One page of rows and where the next one starts (unset at the end).
template <typename Row> struct KeysetPage {
    QList<Row> rows;
    std::optional<KeysetCursor> next;
};

// Keyset paging over a sort expression with the row id as tie breaker: each page continues after the
// last row of the one before, so deep pages cost as little as the first.
struct KeysetPaging {
    QString key;      // SQL expression sorted by
    QString idColumn; // unique, breaks ties
    bool descending = true;

    // The key as the first selected column, in a type both drivers hand back comparably.
    QString selectedKey(const Dialect &dialect) const;
    // The condition that skips the rows up to the cursor (empty without one).
    QString after(const std::optional<KeysetCursor> &cursor) const;
    // " ORDER BY … LIMIT :limit"
    QString orderAndLimit() const;
    void bind(SqlQuery &q, const std::optional<KeysetCursor> &cursor, int limit) const;
};

} // namespace sf

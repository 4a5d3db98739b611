#pragma once

#include "sqlquery.h"

#include <QString>
#include <QStringList>

#include <algorithm>

namespace sf::ingroups {

// Lookups of many keys with one prepared statement: the keys go in groups of kSize placeholders, and a
// short last group repeats its last key, so every group binds all of them and reuses the statement.
inline constexpr int kSize = 250;

// ":p0, :p1, …" for one prefix; "(:a0, :b0), (:a1, :b1), …" for several (row values).
QString marks(const QStringList &prefixes);
// The placeholder of `slot` in a group: ":p17".
inline QString mark(const QString &prefix, int slot)
{
    return u':' + prefix + QString::number(slot);
}
// The key the group starting at `first` binds in `slot`, out of `count` keys.
inline qsizetype keyIndex(qsizetype first, int slot, qsizetype count)
{
    return std::min<qsizetype>(first + slot, count - 1);
}

// Binds the group of `keys` starting at `first` to the placeholders marks({prefix}) named.
template <typename Key> void bind(SqlQuery &q, const QString &prefix, const QList<Key> &keys, qsizetype first)
{
    for (int slot = 0; slot < kSize; ++slot)
        q.bind(mark(prefix, slot), keys.at(keyIndex(first, slot, keys.size())));
}

// What `fetchGroup(first)` finds for each group of `count` keys, together.
template <typename Found, typename FetchGroup> Result<QList<Found>> collect(qsizetype count, FetchGroup &&fetchGroup)
{
    QList<Found> found;
    for (qsizetype first = 0; first < count; first += kSize) {
        Result<QList<Found>> group = fetchGroup(first);
        if (!group)
            return group.error();
        found += group.value();
    }
    return found;
}

} // namespace sf::ingroups

#pragma once

#include "result.h"

#include <QHash>

namespace sf {

// A row looked up once per run and then remembered (marketplaces, categories).
template <typename T, typename Find>
Result<T> lookupOnce(QHash<QString, T> &cache, const QString &key, Find &&find, const Error &missing)
{
    if (const auto it = cache.constFind(key); it != cache.cend())
        return *it;
    const auto found = find();
    if (!found)
        return found.error();
    if (!found.value())
        return missing;
    cache.insert(key, *found.value());
    return *found.value();
}

} // namespace sf

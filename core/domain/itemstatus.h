#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace sf {

// The life of one pair in stock. The database stores the snake_case key; people see the translated name.
enum class ItemStatus {
    InStock,
    ListedStockX,
    ListedAlias,
    Listed,
    Presale,
    Preorder,
    Reserved,
    Sold,
    Error,
    Canceled,
};

namespace itemstatus {
QList<ItemStatus> all();
QString key(ItemStatus status);
std::optional<ItemStatus> fromKey(const QString &key);
QString displayName(ItemStatus status);
// Statuses an item may move to from `from` (not including `from` itself).
QList<ItemStatus> allowedTransitions(ItemStatus from);
bool canTransition(ItemStatus from, ItemStatus to);
} // namespace itemstatus

} // namespace sf

#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace sf {

// Where a listing stands. The database stores the key; the marketplace's own word is kept as written
// in the listing's platformStatus, so a word we do not know yet is never lost.
enum class ListingStatus { Pending, Active, Inactive, Matched, Completed, Canceled, Deleted, Expired };

namespace listingstatus {
QList<ListingStatus> all();
QString key(ListingStatus status);
std::optional<ListingStatus> fromKey(const QString &key);
QString displayName(ListingStatus status);
// Still on the market (or about to be): active, inactive or pending.
bool isOpen(ListingStatus status);
} // namespace listingstatus

} // namespace sf

#pragma once

#include "domain/statustable.h"

namespace sf {

// Where an order stands. The database stores the key; a marketplace's own word for it is kept as
// written in the order's platformStatus, so a word we do not know yet is never lost.
enum class OrderStatus { Pending, Processing, Shipped, Delivered, Completed, Cancelled, Returned, Failed };

// Keys, names and the list: statusKey(), statusFromKey<OrderStatus>(), statusName(), allStatuses<OrderStatus>().
const StatusTable<OrderStatus, 8> &statusTable(OrderStatus);

namespace orderstatus {
// Whether the sale still counts: not cancelled, returned or failed.
bool earns(OrderStatus status);
// A status written by people in a sales sheet ("Storniert", "shipped", "Need shipping", …).
OrderStatus fromText(const QString &text);
} // namespace orderstatus

} // namespace sf

#pragma once

#include <QList>
#include <QString>

namespace sf {

// How stuck a pair is, from selling well to capital at risk (original-system.md §3.10).
enum class DeadStockLevel { Hot, Warm, Cold, Dead, Critical };

namespace deadstocklevel {
QList<DeadStockLevel> all();
QString key(DeadStockLevel level); // hot, warm, cold, dead, critical
QString displayName(DeadStockLevel level);
// What the operator can do about pairs of this level.
QStringList recommendations(DeadStockLevel level);
} // namespace deadstocklevel

} // namespace sf

#pragma once

#include "demodatagenerator.h"

namespace sf {

// The first run's "try it with demo data": a separate SQLite file in the data folder, so demo pairs and
// sales never mix with the operator's own database.
namespace demodatabase {
QString path();
// Migrates `db` and fills it with a year of business, unless it holds stock already (then it is kept).
Result<DemoDataGenerator::Summary> fill(const Database &db, int items, const QDate &today);
} // namespace demodatabase

} // namespace sf

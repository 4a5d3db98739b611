#pragma once

#include "database.h"

namespace sf {

// Deletes one row by id from a table named in code (e.g. "catalog.brand"). Reports a missing row and
// rows still referenced by others as errors the user can read.
Status deleteById(const Database &db, const QString &table, const QString &id);

// "Nike Dunk Low" -> "nike-dunk-low"
QString slugify(const QString &text);

} // namespace sf

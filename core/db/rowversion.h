#pragma once

#include "database.h"

#include <QDateTime>

namespace sf {

class SqlQuery;

// Optimistic concurrency for the rows operators edit (pairs, listings, suppliers). Each row carries a
// version that every UPDATE raises, and updated_by naming who saved it. An edit made on a copy read at
// an older version is refused with that operator's name and time instead of being saved over theirs.
namespace rowversion {

inline const QString kStaleCode = QStringLiteral("db.stale");
inline const QString kNotFoundCode = QStringLiteral("db.not_found");
// The SET-clause part of every UPDATE of a versioned row (see bind()).
inline const QString kNext = QStringLiteral("version = version + 1, updated_by = :operator");

enum class Subject { Pair, Listing, Supplier };

// " AND version = :version" when the copy's version is known (> 0); empty writes without a check.
QString condition(int version);
// Binds :operator and, when the version is known, :version.
void bind(SqlQuery &q, const Database &db, int version);
// The refusal of an edit made on a copy older than the stored row, which `who` saved at `when`.
Error stale(Subject subject, const QString &who, const QDateTime &when, const QString &id);
// The refusal of an edit of a row another operator deleted.
Error gone(Subject subject, const QString &id);
// Why an UPDATE of row `id` in `table` (a {{schema.table}} name) changed nothing: the row is gone, or
// someone saved it since the copy was read.
Error refusal(const Database &db, Subject subject, const QString &table, const QString &id);

} // namespace rowversion
} // namespace sf

#pragma once

#include "database.h"

#include <QList>
#include <QVariant>

namespace sf {

// Plain inserts whose caller needs no answer from the server (SqlQuery::execLater). On PostgreSQL inside a
// transaction they are held per connection and written together, one multi-row statement per kind of
// insert, right before the next other statement on that connection or the commit. Across a network a
// chunk's rows then cost a few round trips instead of one each. The transaction still sees everything in
// order, since every statement runs after the writes held before it. A held insert that fails fails the
// statement or commit that wrote it, and the transaction with it; a rollback drops what is held.
class WriteBehind {
public:
    // Held rows of a later stage are written after those of earlier ones, so they may refer to them:
    // catalog rows (products), the rows an import is about (pairs, events), rows that refer to those (orders).
    enum class Stage { Catalog, Rows, Dependents };
    using Values = QList<std::pair<QString, QVariant>>;

    // Holds the insert `sql` (rendered, one row, "INSERT INTO t (…) VALUES (…)") with its bound values.
    // False when it cannot be held (SQLite, no transaction open, another shape of statement): run it now.
    static bool hold(const Database &db, const QString &sql, const Values &values, Stage stage);
    // The placeholders of `sql`'s value list, for hold(); empty when it cannot be held.
    static QStringList placeholders(const QString &sql);
    // Writes what is held on this thread's connection of `db`.
    static Status flush(const Database &db);
    // Drops it (the transaction or savepoint it belongs to is being rolled back).
    static void discard(const Database &db);
};

} // namespace sf

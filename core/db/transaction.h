#pragma once

#include "database.h"
#include "events/change.h"

namespace sf {

// RAII transaction: rolls back unless commit() succeeded. Nested transactions on the same connection
// join the outermost one; if any inner one is abandoned, the outer commit fails and rolls back.
// A rollback that fails closes the connection (so nothing half-done can be committed later with the
// next change) and the next transaction on that connection reports it from begin().
class Transaction {
public:
    explicit Transaction(const Database &db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    Status begin() const { return m_beginStatus; }
    // Whether a transaction is open on this thread's connection of `db`.
    static bool isOpen(const Database &db);
    Status commit();

private:
    // Rolls back; on failure ends the session and returns why.
    std::optional<Error> undo();

    const Database &m_db;
    QString m_connection;
    Status m_beginStatus;
    bool m_outermost = false;
    bool m_done = false;
};

// Announces `change` through the database's change notifier once the transaction open on this thread
// and connection commits, or at once when none is open (the statement committed by itself). A
// rollback drops it. Repositories call this for every row they write, so every writer is heard.
void announceAfterCommit(const Database &db, const Change &change);

} // namespace sf

#pragma once

#include "database.h"

namespace sf {

// A savepoint inside the caller's transaction, so one record's writes can be undone alone (PostgreSQL
// otherwise refuses every later statement of a transaction once one failed). Rolls back unless released.
class Savepoint {
public:
    explicit Savepoint(const Database &db);
    ~Savepoint();
    Q_DISABLE_COPY_MOVE(Savepoint)

    Status begin() const { return m_beginStatus; }
    Status release();
    // Undoes what was written since the savepoint; an Error means the connection itself failed.
    Status rollback();

private:
    const Database &m_db;
    Status m_beginStatus;
    bool m_done = false;
};

} // namespace sf

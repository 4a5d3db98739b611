#pragma once

#include "db/database.h"

namespace sf {

// One run of a sync job at a time across every client of a shared PostgreSQL database. The lock is a
// session-level advisory lock keyed by the job, held by the connection of the thread that stores the
// run (the database worker), so it goes with that connection if its client dies. SQLite serves one
// operator, and takes none.
class SyncLock {
public:
    // Takes the job's lock, or says who is running it and since when.
    static Status acquire(const Database &db, const QString &service, const QString &job);
    static Status release(const Database &db, const QString &service, const QString &job);
};

} // namespace sf

#pragma once

#include "database.h"

namespace sf {

// While a bulk write streams a big file through this thread's connection, SQLite reads its pages through
// the page cache only, not through the memory map: each page is touched about once, so the map saves
// nothing, and every mapped page it touched would count against the process (up to the whole window).
// The map is restored when the scope ends. Nothing to do on PostgreSQL.
class StreamingWriteScope {
public:
    explicit StreamingWriteScope(const Database &db);
    ~StreamingWriteScope();
    Q_DISABLE_COPY_MOVE(StreamingWriteScope)

private:
    const Database &m_db;
    bool m_unmapped = false;
};

} // namespace sf

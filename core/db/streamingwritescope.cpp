#include "streamingwritescope.h"

#include "sqlquery.h"

using namespace Qt::StringLiterals;

namespace sf {

StreamingWriteScope::StreamingWriteScope(const Database &db)
    : m_db(db)
{
    // A failure only costs memory, never data: the import goes on with the map.
    m_unmapped = !db.dialect().isPostgres() && bool(execStatement(db, u"PRAGMA mmap_size = 0"_s));
}

StreamingWriteScope::~StreamingWriteScope()
{
    if (m_unmapped)
        (void)execStatement(m_db, u"PRAGMA mmap_size = %1"_s.arg(Database::kSqliteMapBytes));
}

} // namespace sf

#pragma once

#include "database.h"

struct sqlite3;
struct sqlite3_stmt;

namespace sf {

// One statement of many ? placeholders on this thread's SQLite connection, bound and stepped through
// SQLite's own interface. Qt 6.4 formats or looks up a name for every bound value, which cost as much
// as the insert itself in a bulk import of thousands of values per statement. Positions are 1-based.
class SqliteBulkStatement {
public:
    SqliteBulkStatement(const Database &db, QString sql);
    ~SqliteBulkStatement();
    Q_DISABLE_COPY_MOVE(SqliteBulkStatement)

    Status prepared() const { return m_prepared; }
    void bind(int position, const QVariant &value);
    // Runs the statement, then makes it ready for the next set of values.
    Status exec();

private:
    QString m_sql;
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    Status m_prepared;
};

} // namespace sf

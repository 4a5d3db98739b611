#include "statisticsrefresh.h"

#include "sqlquery.h"

using namespace Qt::StringLiterals;

namespace sf {

StatisticsRefresh::StatisticsRefresh(const Database &db, QStringList tables)
    : m_db(db)
    , m_tables(std::move(tables))
{}

void StatisticsRefresh::rowsStored(qint64 total)
{
    if (total < m_nextAt)
        return;
    m_nextAt = total * 2;
    // Best effort: without fresh statistics the job is slower, not wrong. SQLite analyses one table at a
    // time.
    if (m_db.dialect().isPostgres()) {
        (void)execStatement(m_db, u"ANALYZE "_s + m_tables.join(u", "_s));
        return;
    }
    for (const QString &table : m_tables)
        (void)execStatement(m_db, u"ANALYZE "_s + table);
}

} // namespace sf

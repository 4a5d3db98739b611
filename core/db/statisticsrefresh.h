#pragma once

#include "database.h"

namespace sf {

// PostgreSQL plans lookups from table statistics. A table created or emptied recently has none until
// autovacuum comes by, and then the planner may take any index that starts with the marketplace to find
// an order by its number: every lookup reads every order, and storing 20 000 orders takes minutes.
// SQLite has no statistics at all until ANALYZE: the Pricing page's first screen took 150 ms without and
// 9 ms with them (10 000 listings). Jobs that fill tables call rowsStored() as they go; the statistics
// of their tables are refreshed after 500 rows, 1 000, 2 000 and so on.
class StatisticsRefresh {
public:
    // `tables` are table templates such as "{{sales.order}}".
    StatisticsRefresh(const Database &db, QStringList tables);

    void rowsStored(qint64 total);

private:
    const Database &m_db;
    QStringList m_tables;
    qint64 m_nextAt = 500;
};

} // namespace sf

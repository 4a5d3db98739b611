#include "benchutil.h"

#include "db/migrator.h"
#include "db/sqlquery.h"

#include <QFile>

#include <cstdio>

#include <malloc.h>

using namespace Qt::StringLiterals;

namespace sf::bench {

double rssMb(const char *field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

void resetPeakRss()
{
    malloc_trim(0); // what an earlier run freed leaves the resident set, so it cannot hide this run's peak
    QFile clear(u"/proc/self/clear_refs"_s);
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

bool openMigrated(const Database &db, bool fresh)
{
    if (Status status = db.open(); !status) {
        std::printf("  cannot open %s: %s\n", qPrintable(db.config().displayString()),
                    qPrintable(status.error().toString()));
        return false;
    }
    if (fresh && db.dialect().isPostgres())
        (void)execStatement(db, u"DROP SCHEMA IF EXISTS catalog, inventory, supplier, platform, sales, pricing, "
                                "analytics, integration, logging, core CASCADE"_s);
    if (const auto version = Migrator(db).migrate(); !version) {
        std::printf("  migration failed: %s\n", qPrintable(version.error().toString()));
        return false;
    }
    return true;
}

} // namespace sf::bench

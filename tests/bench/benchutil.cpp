#include "benchutil.h"

#include <algorithm>

#include "db/migrator.h"
#include "db/sqlquery.h"

#include <QFile>
#include <QFileInfo>
#include <QTextStream>

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

double median(QList<double> runs)
{
    std::sort(runs.begin(), runs.end());
    return runs.at(runs.size() / 2);
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

QString generatedFile(const QString &path, const std::function<void(QTextStream &)> &write)
{
    if (QFileInfo::exists(path))
        return path;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QTextStream out(&file);
    write(out);
    return path;
}

namespace {
bool timedFill(const Database &db, const QString &label, const std::function<bool(const Database &)> &fill)
{
    bool filled = false;
    const double t = ms([&] { filled = fill(db); });
    if (filled)
        std::printf("  filled %s in %.1f s\n", qPrintable(label), t / 1000.0);
    return filled;
}
} // namespace

int onEachDatabase(const QString &sqliteFile, const QString &postgresUrl,
                   const std::function<bool(const Database &)> &fill,
                   const std::function<void(const Database &, const QString &label)> &measure)
{
    {
        const bool exists = QFile::exists(sqliteFile);
        const Database sqlite(DatabaseConfig::fromString(sqliteFile).value());
        if (!openMigrated(sqlite, false) || (!exists && !timedFill(sqlite, sqliteFile, fill)))
            return 1;
        measure(sqlite, u"SQLite "_s + sqliteFile);
        sqlite.releaseThreadConnection();
    }
    if (postgresUrl.isEmpty())
        return 0;
    const auto config = DatabaseConfig::fromString(postgresUrl);
    if (!config) {
        std::printf("  %s\n", qPrintable(config.error().toString()));
        return 1;
    }
    const Database pg(config.value());
    if (!openMigrated(pg, true) || !timedFill(pg, u"PostgreSQL"_s, fill))
        return 1;
    measure(pg, u"PostgreSQL"_s);
    pg.releaseThreadConnection();
    return 0;
}

} // namespace sf::bench

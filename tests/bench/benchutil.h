#pragma once

// Helpers the benchmarks share: wall time and memory of this process, and a fresh database.
#include "db/database.h"

#include <QElapsedTimer>
#include <QList>

#include <functional>

class QTextStream;

namespace sf::bench {

// Resident memory of this process in MB; "VmHWM:" gives the peak so far.
double rssMb(const char *field = "VmRSS:");
// Starts "VmHWM:" again from the current resident memory (Linux 4.0 and later).
void resetPeakRss();

template <typename F> double ms(F &&f)
{
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e6;
}

// The middle of the runs' figures (the upper one of the two middle ones for an even count).
double median(QList<double> runs);

// Opens and migrates; on PostgreSQL `fresh` drops every SoleFlipper schema first. Prints what failed.
bool openMigrated(const Database &db, bool fresh);

// The SQLite file (filled only when it is new, so it is kept between runs) and, when `postgresUrl` is set,
// a fresh PostgreSQL database (always filled): each filled, timed, then measured under its label. Returns
// the process's exit code.
int onEachDatabase(const QString &sqliteFile, const QString &postgresUrl,
                   const std::function<bool(const Database &)> &fill,
                   const std::function<void(const Database &, const QString &label)> &measure);

// `path`, written by `write` unless an earlier run left it there (so large inputs are kept between runs);
// "" when it cannot be written.
QString generatedFile(const QString &path, const std::function<void(QTextStream &)> &write);

} // namespace sf::bench

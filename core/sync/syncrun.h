#pragma once

#include "domain/ids.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>

namespace sf {

struct SyncCounts {
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    int rejected = 0;
    int retried = 0; // how often another client's write got in a record's way and it was tried again

    int stored() const { return created + updated; }
    SyncCounts &operator+=(const SyncCounts &other)
    {
        created += other.created;
        updated += other.updated;
        unchanged += other.unchanged;
        rejected += other.rejected;
        retried += other.retried;
        return *this;
    }
};

// One run of a sync job (integration.sync_runs).
struct SyncRun {
    QUuid id;
    QString service;                            // stockx
    QString job;                                // orders listings catalog
    QString status = QStringLiteral("running"); // running completed failed cancelled
    QDate rangeFrom;
    QDate rangeTo;
    QJsonObject checkpoint; // where a resumed run starts: the job's phase and next page
    int pages = 0;
    SyncCounts counts;
    QString errorMessage;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString operatorName; // who started it (team mode)

    bool unfinished() const { return status == u"failed" || status == u"cancelled" || status == u"running"; }
};

} // namespace sf

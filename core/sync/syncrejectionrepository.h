#pragma once

#include "db/database.h"
#include "syncrejection.h"

#include <QList>
#include <QSet>

namespace sf {

class SyncRejectionRepository {
public:
    explicit SyncRejectionRepository(const Database &db)
        : m_db(db)
    {}

    // Adds the rejection, or counts one more attempt of a record rejected before.
    Status record(const SyncRejection &rejection) const;
    // The record was stored at last.
    Status resolve(const QString &service, const QString &job, const QString &externalId) const;
    Result<QSet<QString>> externalIds(const QString &service, const QString &job) const;
    // Newest first; an empty `job` lists every job's.
    Result<QList<SyncRejection>> all(const QString &service, const QString &job = {}) const;
    // The earliest date of a rejected record, invalid when none has one.
    Result<QDateTime> oldestOccurrence(const QString &service, const QString &job) const;

private:
    const Database &m_db;
};

} // namespace sf

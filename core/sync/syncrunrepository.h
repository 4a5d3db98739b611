#pragma once

#include "db/database.h"
#include "syncrun.h"

#include <optional>

namespace sf {

class SyncRunRepository {
public:
    explicit SyncRunRepository(const Database &db)
        : m_db(db)
    {}

    Result<SyncRun> start(const SyncRun &run) const;
    // Progress and the checkpoint, written in the same transaction as the page they describe.
    Status save(const SyncRun &run) const;
    Result<std::optional<SyncRun>> latest(const QString &service, const QString &job) const;
    Result<std::optional<SyncRun>> lastCompleted(const QString &service, const QString &job) const;
    Result<QList<SyncRun>> recent(int limit) const;

private:
    Result<QList<SyncRun>> fetch(const QString &where, const std::function<void(class SqlQuery &)> &bind) const;

    const Database &m_db;
};

} // namespace sf

#pragma once

#include "awinfeed.h"
#include "awinimportreport.h"
#include "db/database.h"

namespace sf {

class AwinFeedRepository {
public:
    explicit AwinFeedRepository(const Database &db)
        : m_db(db)
    {}

    // Stores what the feed list says; keeps what is known of earlier imports.
    Status storeListed(const QList<AwinFeed> &listed) const;
    // Every known feed with its offer and match counts.
    Result<QList<AwinFeed>> all() const;
    Result<std::optional<AwinFeed>> find(int feedId) const;
    // After an import of the feed: its state, or the error that stopped it (the previous state stays).
    Status recordImport(int feedId, const QDateTime &listedAt, const AwinImportReport &report) const;
    Status recordFailure(int feedId, const QString &error) const;

private:
    const Database &m_db;
};

} // namespace sf

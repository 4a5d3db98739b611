#pragma once

#include "db/database.h"
#include "memory.h"

#include <QList>

namespace sf {

// Memories as events in logging.event_store: stored with their namespace as the aggregate (a UUID made
// from its name), a version counting the namespace's memories, and the storing session as correlation.
// Searched by their words: any word of the query, best match first, newest first among equals.
class MemoryRepository {
public:
    static constexpr int kMaxContent = 100000;
    static constexpr int kMaxLimit = 100;
    static inline const QString kDefaultNamespace = QStringLiteral("default");
    static inline const QString kEventType = QStringLiteral("memory.stored");

    explicit MemoryRepository(const Database &db)
        : m_db(db)
    {}

    Result<Memory> store(const QString &content, const QJsonObject &metadata, const QString &nameSpace,
                         const QUuid &session) const;
    Result<QList<Memory>> search(const QString &query, int limit, const QString &nameSpace = {}) const;
    Result<QList<Memory>> latest(int limit, const QString &nameSpace = {}) const;
    Result<QList<MemoryNamespace>> namespaces() const;

    // The namespace's aggregate id: the same name gives the same id on every machine.
    static QUuid aggregateId(const QString &nameSpace);
    // The words a search looks for: letters and digits, lower case, duplicates dropped.
    static QStringList words(const QString &query);

private:
    // The best `limit` memories with all (or any) of `words`.
    Result<QList<Memory>> matching(const QStringList &words, bool all, int limit, const QString &nameSpace) const;

    const Database &m_db;
};

} // namespace sf

#include "memoryrepository.h"

#include "db/sqlquery.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
constexpr int kMaxWords = 16;

// The memory columns of an event_store row aliased e, starting at column 0.
const QString kColumns = u"e.event_id, e.event_data, e.version, e.correlation_id, e.timestamp"_s;

Memory readMemory(const SqlQuery &q)
{
    Memory memory;
    memory.id = QUuid::fromString(q.string(0));
    const QJsonObject data = QJsonDocument::fromJson(q.string(1).toUtf8()).object();
    memory.content = data.value(u"content"_s).toString();
    memory.metadata = data.value(u"metadata"_s).toObject();
    memory.nameSpace = data.value(u"namespace"_s).toString();
    memory.version = int(q.integer(2));
    memory.correlationId = QUuid::fromString(q.string(3));
    memory.storedAt = q.dateTime(4);
    return memory;
}

// A text field of the JSON column event_data.
QString jsonText(const Database &db, const QString &key)
{
    return db.dialect().isPostgres() ? u"(e.event_data ->> '"_s + key + u"')"_s
                                     : u"json_extract(e.event_data, '$."_s + key + u"')"_s;
}

Error invalid(const QString &message)
{
    return Error{u"memory.invalid"_s, message, {}};
}
} // namespace

QUuid MemoryRepository::aggregateId(const QString &nameSpace)
{
    static const QUuid kSpace = QUuid::fromString(u"6f1c5a7e-2b7d-4f0e-9c41-5e3a8d2b9f10"_s);
    return QUuid::createUuidV5(kSpace, nameSpace);
}

QStringList MemoryRepository::words(const QString &query)
{
    static const QRegularExpression separators(u"[^\\p{L}\\p{N}]+"_s);
    QStringList found;
    for (const QString &word : query.toLower().split(separators, Qt::SkipEmptyParts))
        if (!found.contains(word) && found.size() < kMaxWords)
            found << word;
    return found;
}

Result<Memory> MemoryRepository::store(const QString &content, const QJsonObject &metadata, const QString &nameSpace,
                                       const QUuid &session) const
{
    if (content.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("MemoryRepository", "A memory needs some text."));
    if (content.size() > kMaxContent)
        return invalid(
            QCoreApplication::translate("MemoryRepository", "A memory holds at most %1 characters.").arg(kMaxContent));
    const QString name = nameSpace.trimmed().isEmpty() ? kDefaultNamespace : nameSpace.trimmed();
    if (name.size() > 100)
        return invalid(QCoreApplication::translate("MemoryRepository", "A namespace is at most 100 characters."));
    Memory memory{QUuid::createUuid(), content, metadata, name, 1, session, QDateTime::currentDateTimeUtc(), {}};
    const QJsonObject data{{u"content"_s, content}, {u"metadata"_s, metadata}, {u"namespace"_s, name}};
    SqlQuery q(m_db, u"INSERT INTO {{logging.event_store}} (id, event_id, event_type, aggregate_id, aggregate_type, "
                     "event_data, correlation_id, timestamp, version, operator) VALUES (:id, :event_id, :type, "
                     ":aggregate, 'memory_namespace', :data, :correlation, :timestamp, (SELECT COALESCE(MAX(version), "
                     "0) + 1 FROM {{logging.event_store}} WHERE aggregate_id = :same_aggregate), :operator) "
                     "RETURNING version"_s);
    const QString aggregate = aggregateId(name).toString(QUuid::WithoutBraces);
    q.bind(u":id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces))
        .bind(u":event_id"_s, memory.id.toString(QUuid::WithoutBraces))
        .bind(u":type"_s, kEventType)
        .bind(u":aggregate"_s, aggregate)
        .bind(u":same_aggregate"_s, aggregate)
        .bind(u":data"_s, QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)))
        .bind(u":correlation"_s, session.isNull() ? QString() : session.toString(QUuid::WithoutBraces))
        .bind(u":timestamp"_s, memory.storedAt)
        .bind(u":operator"_s, m_db.operatorName());
    if (Status status = q.exec(); !status)
        return status.error();
    if (q.next())
        memory.version = int(q.integer(0));
    return memory;
}

Result<QList<Memory>> MemoryRepository::search(const QString &query, int limit, const QString &nameSpace) const
{
    const QStringList found = words(query);
    if (found.isEmpty())
        return invalid(QCoreApplication::translate("MemoryRepository", "The search needs at least one word."));
    limit = std::clamp(limit, 1, kMaxLimit);
    // Memories with every word first; then, if too few, those with any of them.
    auto memories = matching(found, true, limit, nameSpace);
    if (!memories || memories.value().size() >= limit || found.size() == 1)
        return memories;
    const auto any = matching(found, false, limit, nameSpace);
    if (!any)
        return any.error();
    QSet<QUuid> seen;
    for (const Memory &memory : memories.value())
        seen.insert(memory.id);
    for (const Memory &memory : any.value())
        if (memories.value().size() < limit && !seen.contains(memory.id))
            memories.value() << memory;
    return memories;
}

Result<QList<Memory>> MemoryRepository::matching(const QStringList &words, bool all, int limit,
                                                 const QString &nameSpace) const
{
    const bool pg = m_db.dialect().isPostgres();
    // A word of one letter is a whole word ("L"); a longer one also starts words ("jord" finds "Jordan").
    QStringList terms;
    for (const QString &word : words)
        terms << (pg ? (word.size() > 1 ? word + u":*"_s : word)
                     : u'"' + word + (word.size() > 1 ? u"\"*"_s : u"\""_s));
    const QString match = terms.join(pg ? (all ? u" & "_s : u" | "_s) : (all ? u" AND "_s : u" OR "_s));
    QString sql;
    if (pg) {
        const QString vector = u"e.memory_words"_s; // to_tsvector('simple', content), stored
        sql = u"SELECT "_s + kColumns + u", ts_rank("_s + vector +
              u", q) AS score FROM {{logging.event_store}} e, to_tsquery('simple', :match) q WHERE e.event_type = "
              "'memory.stored' AND "_s +
              vector + u" @@ q"_s + (nameSpace.isEmpty() ? QString() : u" AND e.aggregate_id = :aggregate"_s) +
              u" ORDER BY score DESC, e.timestamp DESC LIMIT :limit"_s;
    } else {
        // Ranked inside the index, so only the best `limit` rows are joined to their events.
        sql = u"SELECT "_s + kColumns +
              u", -f.rank FROM (SELECT event_id, rank FROM {{logging.memory_search}} WHERE {{logging.memory_search}} "
              "MATCH :match"_s +
              (nameSpace.isEmpty() ? QString() : u" AND aggregate_id = :aggregate"_s) +
              u" ORDER BY rank, stored_at DESC LIMIT :limit) f JOIN {{logging.event_store}} e ON e.id = f.event_id "
              "ORDER BY f.rank, e.timestamp DESC"_s;
    }
    SqlQuery q(m_db, sql);
    q.bind(u":match"_s, match);
    if (!nameSpace.isEmpty())
        q.bind(u":aggregate"_s, aggregateId(nameSpace).toString(QUuid::WithoutBraces));
    q.bind(u":limit"_s, limit);
    if (Status status = q.exec(); !status)
        return status.error();
    QList<Memory> memories;
    while (q.next()) {
        Memory memory = readMemory(q);
        memory.score = q.real(5);
        memories << memory;
    }
    return memories;
}

Result<QList<Memory>> MemoryRepository::latest(int limit, const QString &nameSpace) const
{
    SqlQuery q(m_db, u"SELECT "_s + kColumns +
                         u" FROM {{logging.event_store}} e WHERE e.event_type = 'memory.stored'"_s +
                         (nameSpace.isEmpty() ? QString() : u" AND e.aggregate_id = :aggregate"_s) +
                         u" ORDER BY e.timestamp DESC, e.version DESC LIMIT :limit"_s);
    if (!nameSpace.isEmpty())
        q.bind(u":aggregate"_s, aggregateId(nameSpace).toString(QUuid::WithoutBraces));
    q.bind(u":limit"_s, std::clamp(limit, 1, kMaxLimit));
    if (Status status = q.exec(); !status)
        return status.error();
    QList<Memory> memories;
    while (q.next())
        memories << readMemory(q);
    return memories;
}

Result<QList<MemoryNamespace>> MemoryRepository::namespaces() const
{
    // Counted over the (event_type, aggregate_id, timestamp) index; the name read from one event per namespace.
    SqlQuery q(m_db, u"SELECT (SELECT "_s + jsonText(m_db, u"namespace"_s) +
                         u" FROM {{logging.event_store}} e WHERE e.event_type = 'memory.stored' AND e.aggregate_id = "
                         "g.aggregate_id LIMIT 1), g.count, g.first, g.last FROM (SELECT aggregate_id, COUNT(*) AS "
                         "count, MIN(timestamp) AS first, MAX(timestamp) AS last FROM {{logging.event_store}} WHERE "
                         "event_type = 'memory.stored' GROUP BY aggregate_id) g ORDER BY 1"_s);
    if (Status status = q.exec(); !status)
        return status.error();
    QList<MemoryNamespace> found;
    while (q.next())
        found << MemoryNamespace{q.string(0), q.integer(1), q.dateTime(2), q.dateTime(3)};
    return found;
}

} // namespace sf

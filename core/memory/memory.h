#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

#include <optional>

namespace sf {

// One thing an assistant asked to remember (a `memory.stored` event in logging.event_store).
struct Memory {
    QUuid id; // the event's id
    QString content;
    QJsonObject metadata;
    QString nameSpace;   // the aggregate it belongs to: "default" unless the assistant named one
    int version = 1;     // its place among its namespace's memories, 1 for the first
    QUuid correlationId; // the MCP session that stored it
    QDateTime storedAt;
    std::optional<double> score; // a search's relevance, higher is better
};

// What list_memories tells about one namespace.
struct MemoryNamespace {
    QString name;
    qint64 count = 0;
    QDateTime first;
    QDateTime last;
};

} // namespace sf

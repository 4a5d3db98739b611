#pragma once

#include "change.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace sf {

class Database;

// What crosses between clients of one PostgreSQL database: the changes a client committed, as one
// NOTIFY on the team channel with the change notifier's JSON, the client's id (so it skips its own)
// and the operator's name.
struct TeamMessage {
    QUuid client;
    QString operatorName;
    QList<Change> changes;
};

class TeamChannel {
public:
    static QString name();
    // One payload for the changes, merged per entity and kind. PostgreSQL refuses a payload of 8000
    // bytes or more, so when the ids would not fit they are left out: every view of those entities
    // then reloads, as for any change too big to name.
    static QByteArray encode(const TeamMessage &message);
    static std::optional<TeamMessage> decode(const QByteArray &payload);
    // Announces committed changes to the other clients (PostgreSQL only). Failing to is logged, never
    // an error: the changes are saved, and the other clients see them on their next reload.
    static void publish(const Database &db, const QList<Change> &changes);
};

} // namespace sf

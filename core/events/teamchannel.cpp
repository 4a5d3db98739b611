#include "teamchannel.h"

#include "logcategories.h"

#include "db/database.h"
#include "db/sqlquery.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
constexpr qsizetype kPayloadLimit = 7900; // PostgreSQL's is 8000 bytes

QList<Change> merged(const QList<Change> &changes)
{
    QList<Change> out;
    for (const Change &change : changes) {
        auto same = std::find_if(out.begin(), out.end(),
                                 [&](const Change &c) { return c.entity == change.entity && c.kind == change.kind; });
        if (same == out.end())
            out.append(change);
        else if (same->ids.isEmpty() || change.ids.isEmpty())
            same->ids.clear(); // one of them names no ids: reload all
        else
            for (const QUuid &id : change.ids)
                if (!same->ids.contains(id))
                    same->ids.append(id);
    }
    return out;
}

QByteArray serialise(const TeamMessage &message, const QList<Change> &changes)
{
    QJsonArray list;
    for (const Change &change : changes)
        list.append(change.toJson());
    return QJsonDocument(QJsonObject{{u"client"_s, message.client.toString(QUuid::WithoutBraces)},
                                     {u"operator"_s, message.operatorName},
                                     {u"changes"_s, list}})
        .toJson(QJsonDocument::Compact);
}
} // namespace

QString TeamChannel::name()
{
    return u"soleflipper_changes"_s;
}

QByteArray TeamChannel::encode(const TeamMessage &message)
{
    QList<Change> changes = merged(message.changes);
    QByteArray payload = serialise(message, changes);
    if (payload.size() <= kPayloadLimit)
        return payload;
    for (Change &change : changes)
        change.ids.clear();
    return serialise(message, changes);
}

std::optional<TeamMessage> TeamChannel::decode(const QByteArray &payload)
{
    const QJsonObject json = QJsonDocument::fromJson(payload).object();
    TeamMessage message;
    message.client = QUuid::fromString(json.value(u"client"_s).toString());
    message.operatorName = json.value(u"operator"_s).toString();
    for (const QJsonValue &value : json.value(u"changes"_s).toArray()) {
        const auto change = Change::fromJson(value.toObject());
        if (!change)
            return std::nullopt;
        message.changes.append(*change);
    }
    if (message.client.isNull())
        return std::nullopt;
    return message;
}

void TeamChannel::publish(const Database &db, const QList<Change> &changes)
{
    if (!db.dialect().isPostgres() || changes.isEmpty())
        return;
    SqlQuery q(db, u"SELECT pg_notify(:channel, :payload)"_s);
    q.bind(u":channel"_s, name())
        .bind(u":payload"_s, QString::fromUtf8(encode({db.clientId(), db.operatorName(), changes})));
    if (Status sent = q.exec(); !sent)
        qCWarning(lcDb) << "team notification not sent:" << sent.error().toString();
}

} // namespace sf

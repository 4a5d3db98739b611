#include "change.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
const QStringList kEntities{u"stock_item"_s, u"order"_s,        u"listing"_s,  u"product"_s,   u"brand"_s,
                            u"size"_s,       u"import_batch"_s, u"sync_run"_s, u"awin_offer"_s};
const QStringList kKinds{u"added"_s, u"changed"_s, u"removed"_s};
} // namespace

QJsonObject Change::toJson() const
{
    QJsonArray idList;
    for (const QUuid &id : ids)
        idList.append(id.toString(QUuid::WithoutBraces));
    return {{u"entity"_s, kEntities.at(int(entity))}, {u"kind"_s, kKinds.at(int(kind))}, {u"ids"_s, idList}};
}

std::optional<Change> Change::fromJson(const QJsonObject &json)
{
    const auto entity = kEntities.indexOf(json.value(u"entity"_s).toString());
    const auto kind = kKinds.indexOf(json.value(u"kind"_s).toString());
    if (entity < 0 || kind < 0)
        return std::nullopt;
    Change change{Entity(entity), Kind(kind), {}};
    for (const QJsonValue &id : json.value(u"ids"_s).toArray()) {
        const QUuid uuid = QUuid::fromString(id.toString());
        if (uuid.isNull())
            return std::nullopt;
        change.ids.append(uuid);
    }
    return change;
}

} // namespace sf

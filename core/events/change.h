#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QUuid>

#include <optional>

namespace sf {

// What a committed write changed: the kind of entity, whether rows were added, changed or removed, and
// their ids (empty: too many to name, every view of that entity reloads). It travels as JSON too, so
// another process (team mode's LISTEN/NOTIFY) can announce the same change.
struct Change {
    enum class Entity { StockItem, Order, Listing, Product, Brand, Size, ImportBatch, SyncRun, AwinOffer };
    enum class Kind { Added, Changed, Removed };

    Entity entity = Entity::StockItem;
    Kind kind = Kind::Changed;
    QList<QUuid> ids;

    QJsonObject toJson() const;
    static std::optional<Change> fromJson(const QJsonObject &json);
    bool operator==(const Change &) const = default;
};

} // namespace sf

Q_DECLARE_METATYPE(sf::Change)

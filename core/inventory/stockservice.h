#pragma once

#include "events/eventstore.h"
#include "stockdraft.h"
#include "stockrepository.h"

#include <QHash>
#include <QJsonObject>
#include <QUuid>

namespace sf {

// Business rules for stock changes: validation, allowed status transitions, net/gross completion, one
// transaction per user action and a domain event per changed item (sharing the action's correlation id).
// Views hear about the changes through the database's change notifier, like every other writer's.
class StockService final {
    Q_DISABLE_COPY_MOVE(StockService)

public:
    explicit StockService(const Database &db);

    const StockRepository &repository() const { return m_repository; }

    Result<StockItem> addItem(StockItem item);
    // Creates the draft's new brand, product and supplier (if any) and the item, all or nothing.
    Result<StockItem> addDraft(const StockDraft &draft);
    // Writes `after` over the stored item; `after.id` names it. Status changes must be allowed moves.
    Status updateItem(const StockItem &after);
    // Several items in one transaction: all of them change, or none. An item read with its version is
    // written only over that version (else the Error, code rowversion::kStaleCode, names who changed
    // it and when). Returns the items as stored, with their new versions.
    Result<QList<StockItem>> updateItems(const QList<StockItem> &items);
    // Writes `after` over `before`, the stored copy the caller read (in its transaction, or one whose
    // version the UPDATE still finds): no read first, so a chunk selling known pairs saves a round trip each.
    Status updateFrom(const StockItem &before, const StockItem &after);
    // Writes `replacement` over items that still hold exactly `expected` (as an undo or redo does over
    // what it left): if anyone changed one of them since, nothing is written and the Error names them.
    Result<QList<StockItem>> replaceItems(const QList<StockItem> &expected, const QList<StockItem> &replacement);
    Status changeStatus(const QList<StockItemId> &ids, ItemStatus status);
    Status changeLocation(const QList<StockItemId> &ids, const QString &location);
    // Returns the removed items so an undo can put them back.
    Result<QList<StockItem>> removeItems(const QList<StockItemId> &ids);
    Status restoreItems(const QList<StockItem> &items);

    // Keeps the listed_* flags consistent with a new status.
    static void applyStatus(StockItem &item, ItemStatus status);

private:
    Result<StockItem> insertItem(StockItem item);
    Status record(const QString &type, const StockItem &item, const QJsonObject &data, const QUuid &correlation);
    struct Write {
        StockItem item; // as it is to be stored, carrying the version it is written over
        QJsonObject changes;
    };
    // Checks `after` against the stored `before`; nothing when it changes nothing.
    static Result<std::optional<Write>> prepareWrite(const StockItem &before, const StockItem &after);
    // Writes a batch of distinct items (a few statements on PostgreSQL) and returns them as stored.
    Result<QList<StockItem>> storeWrites(const QList<Write> &writes, const QUuid &correlation);
    // `written` with the version and operator its UPDATE gave it.
    StockItem asStored(StockItem written) const;
    Status updateMany(const QList<StockItemId> &ids, const std::function<Status(StockItem &)> &change);
    // The stored items of `ids`, read in a few queries; an Error for the first that does not exist.
    Result<QHash<StockItemId, StockItem>> storedItems(const QList<StockItemId> &ids) const;

    const Database &m_db;
    StockRepository m_repository;
    EventStore m_events;
};

QJsonObject toJson(const StockItem &item);

} // namespace sf

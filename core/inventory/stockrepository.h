#pragma once

#include "db/database.h"
#include "stockquery.h"
#include "stockrow.h"

#include <QList>

#include <functional>
#include <optional>

namespace sf {

using StockRowPage = KeysetPage<StockRow>;

class SqlQuery;

class StockRepository {
public:
    // The refusal of an edit made over `current`'s earlier version (see db/rowversion.h).
    static Error staleEdit(const StockItem &current);

    explicit StockRepository(const Database &db)
        : m_db(db)
    {}
    const Database &database() const { return m_db; }

    Result<StockItem> create(const StockItem &item) const; // assigns an id when it has none
    // Inserts many items with one reused prepared statement; the caller owns the transaction.
    Status insertMany(const QList<StockItem> &items) const;
    Result<std::optional<StockItem>> get(const StockItemId &id) const;
    // Writes the item. With its version set (as read), it is written only over that version; a newer one
    // means another operator saved in between, and the Error (code rowversion::kStaleCode) names them and when.
    Status update(const StockItem &item) const;
    // update() for many items, each over the version it carries, in a few statements on PostgreSQL.
    // All or nothing only inside the caller's transaction; an id must not be named twice.
    Status updateMany(const QList<StockItem> &items) const;
    Status remove(const StockItemId &id) const;

    // One page of the Stock table after `cursor` (or the first page), at most `limit` rows.
    Result<StockRowPage> fetchPage(const StockQuery &query, const std::optional<StockCursor> &cursor, int limit) const;
    Result<QList<StockRow>> fetchRows(const QList<StockItemId> &ids) const;
    Result<StockTotals> totals(const StockQuery &query) const;
    Result<QStringList> locations() const;
    // The item an import created under this key (StockItem::importKey).
    Result<std::optional<StockItemId>> findByImportKey(const QString &key) const;
    // Oldest sellable item of a product in a size (not sold, canceled or in error), used to link sales to stock.
    // The pairs of these ids that exist, in a few queries.
    Result<QList<StockItem>> getMany(const QList<StockItemId> &ids) const;
    Result<std::optional<StockItem>> oldestUnsold(const ProductId &product, const SizeId &size) const;
    // Every unsold pair of these products in these sizes (products.at(i) in sizes.at(i)), oldest first as
    // oldestUnsold() orders them, in a few queries.
    Result<QList<StockItem>> unsold(const QList<ProductId> &products, const QList<SizeId> &sizes) const;
    // The oldest pair that is for sale and on no open listing: the one a listing found on a marketplace
    // stands for.
    Result<std::optional<StockItem>> oldestUnlisted(const ProductId &product, const SizeId &size) const;

private:
    // The pairs `condition` selects, oldest first, for `keys` keys that bindGroup binds a group at a time.
    Result<QList<StockItem>> itemsWhere(const QString &condition, qsizetype keys,
                                        const std::function<void(SqlQuery &, qsizetype)> &bindGroup) const;
    Result<std::optional<StockItem>> oldestWhere(const QString &condition, const ProductId &product,
                                                 const SizeId &size) const;
    const Database &m_db;
};

} // namespace sf

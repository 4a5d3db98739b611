#include "stockservice.h"

#include "logcategories.h"

#include "catalog/brandrepository.h"
#include "catalog/productrepository.h"
#include "db/transaction.h"
#include "domain/rowuuid.h"
#include "suppliers/supplierrepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
QJsonValue moneyJson(const std::optional<Money> &money)
{
    return money ? QJsonValue(money->toDecimalString()) : QJsonValue();
}

QJsonObject diff(const StockItem &before, const StockItem &after)
{
    const QJsonObject a = toJson(before);
    const QJsonObject b = toJson(after);
    QJsonObject changes;
    for (auto it = b.begin(); it != b.end(); ++it)
        if (a.value(it.key()) != it.value())
            changes.insert(it.key(), QJsonObject{{u"from"_s, a.value(it.key())}, {u"to"_s, it.value()}});
    return changes;
}

Error notFound(const StockItemId &id)
{
    return Error{u"stock.not_found"_s, QCoreApplication::translate("StockService", "The item no longer exists."),
                 id.toString()};
}
} // namespace

QJsonObject toJson(const StockItem &item)
{
    return QJsonObject{
        {u"product_id"_s, item.productId.toString()},
        {u"size_id"_s, item.sizeId.toString()},
        {u"supplier_id"_s, item.supplierId.isNull() ? QJsonValue() : QJsonValue(item.supplierId.toString())},
        {u"quantity"_s, item.quantity},
        {u"purchase_price"_s, moneyJson(item.netPrice)},
        {u"gross_purchase_price"_s, moneyJson(item.grossPrice)},
        {u"vat_rate"_s, item.vatRate.toDecimalString()},
        {u"currency"_s, item.currency},
        {u"purchase_date"_s,
         item.purchaseDate.isValid() ? QJsonValue(item.purchaseDate.toString(Qt::ISODate)) : QJsonValue()},
        {u"status"_s, itemstatus::key(item.status)},
        {u"location"_s, item.location},
        {u"notes"_s, item.notes},
        {u"listed_stockx"_s, item.listedStockX},
        {u"listed_alias"_s, item.listedAlias},
        {u"listed_local"_s, item.listedLocal},
    };
}

StockService::StockService(const Database &db)
    : m_db(db)
    , m_repository(db)
    , m_events(db)
{}

void StockService::applyStatus(StockItem &item, ItemStatus status)
{
    item.status = status;
    switch (status) {
    case ItemStatus::ListedStockX: item.listedStockX = true; break;
    case ItemStatus::ListedAlias: item.listedAlias = true; break;
    case ItemStatus::Listed: item.listedLocal = true; break;
    case ItemStatus::InStock:
    case ItemStatus::Sold:
    case ItemStatus::Canceled: item.listedStockX = item.listedAlias = item.listedLocal = false; break;
    default: break;
    }
}

Status StockService::record(const QString &type, const StockItem &item, const QJsonObject &data,
                            const QUuid &correlation)
{
    return m_events.append(DomainEvent{type, item.id.uuid(), u"stock_item"_s, data, correlation, {}});
}

Result<StockItem> StockService::insertItem(StockItem item)
{
    item.completePrices();
    Result<StockItem> created = m_repository.create(item);
    if (!created)
        return created;
    if (Status status = record(u"StockItemCreated"_s, created.value(), toJson(created.value()), newRowUuid()); !status)
        return status.error();
    return created;
}

Result<StockItem> StockService::addItem(StockItem item)
{
    return addDraft(StockDraft{std::move(item), std::nullopt, {}, {}});
}

Result<StockItem> StockService::addDraft(const StockDraft &draft)
{
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status.error();
    StockItem item = draft.item;
    if (draft.newProduct) {
        Product product = *draft.newProduct;
        if (!draft.newBrandName.trimmed().isEmpty()) {
            auto brand = BrandRepository(m_db).findOrCreate(draft.newBrandName);
            if (!brand)
                return brand.error();
            product.brandId = brand.value().id;
        }
        auto created = ProductRepository(m_db).create(product);
        if (!created)
            return created.error();
        item.productId = created.value().id;
    }
    if (!draft.newSupplierName.trimmed().isEmpty()) {
        auto supplier = SupplierRepository(m_db).findOrCreate(draft.newSupplierName);
        if (!supplier)
            return supplier.error();
        item.supplierId = supplier.value().id;
    }
    auto added = insertItem(item);
    if (!added)
        return added;
    if (Status status = transaction.commit(); !status)
        return status.error();
    return added;
}

Status StockService::updateItem(const StockItem &after)
{
    const auto stored = updateItems({after});
    return stored ? Status{} : Status(stored.error());
}

Result<QList<StockItem>> StockService::updateItems(const QList<StockItem> &items)
{
    const QUuid correlation = newRowUuid();
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status.error();
    QList<StockItemId> ids;
    for (const StockItem &after : items)
        ids << after.id;
    auto current = storedItems(ids);
    if (!current)
        return current.error();
    QList<StockItem> stored(items.size());
    QList<Write> batch;
    QList<qsizetype> slots;
    QSet<StockItemId> inBatch;
    const auto flush = [&]() -> Status {
        const auto written = storeWrites(batch, correlation);
        if (!written)
            return written.error();
        for (qsizetype i = 0; i < slots.size(); ++i)
            stored[slots.at(i)] = written.value().at(i);
        batch.clear();
        slots.clear();
        inBatch.clear();
        return {};
    };
    for (qsizetype i = 0; i < items.size(); ++i) {
        const StockItem &after = items.at(i);
        if (inBatch.contains(after.id)) // an id named twice is written over its new version
            if (Status status = flush(); !status)
                return status.error();
        const StockItem before = current.value().value(after.id);
        const auto write = prepareWrite(before, after);
        if (!write)
            return write.error();
        if (!write.value()) {
            stored[i] = before;
            continue;
        }
        current.value().insert(after.id, asStored(write.value()->item));
        batch << *write.value();
        slots << i;
        inBatch.insert(after.id);
    }
    if (Status status = flush(); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return stored;
}

Status StockService::updateFrom(const StockItem &before, const StockItem &after)
{
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status;
    const auto write = prepareWrite(before, after);
    if (!write)
        return write.error();
    if (write.value())
        if (const auto written = storeWrites({*write.value()}, newRowUuid()); !written)
            return written.error();
    return transaction.commit();
}

Result<std::optional<StockService::Write>> StockService::prepareWrite(const StockItem &before, const StockItem &after)
{
    // An edit made on an older copy would silently take back what another operator saved since.
    if (after.version > 0 && after.version != before.version)
        return StockRepository::staleEdit(before);
    if (!itemstatus::canTransition(before.status, after.status))
        return Error{u"stock.transition"_s,
                     QCoreApplication::translate("StockService", "An item that is \"%1\" cannot become \"%2\".")
                         .arg(itemstatus::displayName(before.status), itemstatus::displayName(after.status)),
                     after.id.toString()};
    StockItem updated = after;
    updated.version = before.version; // checked again by the UPDATE: a commit in between is caught
    if (updated.status != before.status)
        applyStatus(updated, updated.status);
    QJsonObject changes = diff(before, updated);
    if (changes.isEmpty())
        return std::optional<Write>();
    return std::optional(Write{updated, changes});
}

Result<QList<StockItem>> StockService::storeWrites(const QList<Write> &writes, const QUuid &correlation)
{
    QList<StockItem> items;
    for (const Write &write : writes)
        items << write.item;
    if (Status status = m_repository.updateMany(items); !status)
        return status.error();
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (Status status = record(u"StockItemUpdated"_s, items.at(i), writes.at(i).changes, correlation); !status)
            return status.error();
        items[i] = asStored(items.at(i));
    }
    return items;
}

StockItem StockService::asStored(StockItem written) const
{
    ++written.version;
    written.updatedBy = m_db.operatorName();
    return written;
}

Result<QList<StockItem>> StockService::replaceItems(const QList<StockItem> &expected,
                                                    const QList<StockItem> &replacement)
{
    Q_ASSERT(expected.size() == replacement.size());
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status.error();
    QList<StockItemId> ids;
    for (const StockItem &item : expected)
        ids << item.id;
    const auto current = storedItems(ids);
    if (!current)
        return current.error();
    QList<StockItem> checked;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const StockItem &now = current.value().value(expected.at(i).id);
        if (!diff(now, expected.at(i)).isEmpty())
            return StockRepository::staleEdit(now);
        StockItem item = replacement.at(i);
        item.version = now.version;
        checked << item;
    }
    auto stored = updateItems(checked);
    if (!stored)
        return stored;
    if (Status status = transaction.commit(); !status)
        return status.error();
    return stored;
}

Result<QHash<StockItemId, StockItem>> StockService::storedItems(const QList<StockItemId> &ids) const
{
    const auto items = m_repository.getMany(ids);
    if (!items)
        return items.error();
    QHash<StockItemId, StockItem> byId;
    for (const StockItem &item : items.value())
        byId.insert(item.id, item);
    for (const StockItemId &id : ids)
        if (!byId.contains(id))
            return notFound(id);
    return byId;
}

Status StockService::updateMany(const QList<StockItemId> &ids, const std::function<Status(StockItem &)> &change)
{
    const auto current = storedItems(ids);
    if (!current)
        return current.error();
    QList<StockItem> changed;
    for (const StockItemId &id : ids) {
        StockItem item = current.value().value(id);
        if (Status status = change(item); !status)
            return status;
        changed << item;
    }
    const auto stored = updateItems(changed);
    return stored ? Status{} : Status(stored.error());
}

Status StockService::changeStatus(const QList<StockItemId> &ids, ItemStatus status)
{
    return updateMany(ids, [status](StockItem &item) -> Status {
        if (!itemstatus::canTransition(item.status, status))
            return Error{u"stock.transition"_s,
                         QCoreApplication::translate("StockService", "An item that is \"%1\" cannot become \"%2\"; "
                                                                     "nothing was changed.")
                             .arg(itemstatus::displayName(item.status), itemstatus::displayName(status)),
                         item.id.toString()};
        applyStatus(item, status);
        return {};
    });
}

Status StockService::changeLocation(const QList<StockItemId> &ids, const QString &location)
{
    return updateMany(ids, [location](StockItem &item) -> Status {
        item.location = location.trimmed();
        return {};
    });
}

Result<QList<StockItem>> StockService::removeItems(const QList<StockItemId> &ids)
{
    const QUuid correlation = newRowUuid();
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status.error();
    QList<StockItem> removed;
    for (const StockItemId &id : ids) {
        auto current = m_repository.get(id);
        if (!current)
            return current.error();
        if (!current.value())
            return notFound(id);
        if (Status status = m_repository.remove(id); !status)
            return status.error();
        if (Status status = record(u"StockItemDeleted"_s, *current.value(), toJson(*current.value()), correlation);
            !status)
            return status.error();
        removed.append(*current.value());
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    return removed;
}

Status StockService::restoreItems(const QList<StockItem> &items)
{
    const QUuid correlation = newRowUuid();
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status;
    for (const StockItem &item : items) {
        if (auto created = m_repository.create(item); !created)
            return created.error();
        if (Status status = record(u"StockItemRestored"_s, item, toJson(item), correlation); !status)
            return status;
    }
    if (Status status = transaction.commit(); !status)
        return status;
    return {};
}

} // namespace sf

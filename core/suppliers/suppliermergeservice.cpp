#include "suppliermergeservice.h"

#include "db/sqlquery.h"
#include "db/transaction.h"
#include "supplierrepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
struct Moved {
    QString table;
    QStringList SupplierMerge::*ids;
};

const QList<Moved> kMoved{{u"inventory.stock"_s, &SupplierMerge::pairs},
                          {u"supplier.account"_s, &SupplierMerge::accounts},
                          {u"supplier.purchase_history"_s, &SupplierMerge::history}};

Result<QStringList> idsOf(const Database &db, const QString &table, const SupplierId &supplier)
{
    SqlQuery q(db, u"SELECT id FROM {{%1}} WHERE supplier_id = :supplier"_s.arg(table));
    q.bind(u":supplier"_s, supplier);
    if (Status status = q.exec(); !status)
        return status.error();
    QStringList ids;
    while (q.next())
        ids << q.string(0);
    return ids;
}

// Points the rows `ids` of `table` at `supplier`, a few hundred ids per statement.
Status moveRows(const Database &db, const QString &table, const QStringList &ids, const SupplierId &supplier)
{
    constexpr int kChunk = 500;
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        const QStringList chunk = ids.mid(start, kChunk);
        QStringList placeholders;
        for (int i = 0; i < chunk.size(); ++i)
            placeholders << u":r%1"_s.arg(i);
        SqlQuery q(
            db, u"UPDATE {{%1}} SET supplier_id = :supplier WHERE id IN (%2)"_s.arg(table, placeholders.join(u", "_s)));
        q.bind(u":supplier"_s, supplier);
        for (int i = 0; i < chunk.size(); ++i)
            q.bind(placeholders.at(i), chunk.at(i));
        if (Status status = q.exec(); !status)
            return status;
    }
    return {};
}

Result<Supplier> supplierById(const Database &db, const SupplierId &id)
{
    const auto all = SupplierRepository(db).all();
    if (!all)
        return all.error();
    for (const Supplier &supplier : all.value())
        if (supplier.id == id)
            return supplier;
    return Error{u"supplier.missing"_s, QCoreApplication::translate("SupplierMerge", "The supplier no longer exists."),
                 id.toString()};
}
} // namespace

Result<SupplierMerge> SupplierMergeService::merge(const SupplierId &from, const SupplierId &into) const
{
    if (from == into)
        return Error{u"merge.same"_s,
                     QCoreApplication::translate("SupplierMerge", "A supplier cannot be merged into "
                                                                  "itself."),
                     {}};
    Transaction tx(m_db);
    if (Status begun = tx.begin(); !begun)
        return begun.error();
    SupplierMerge merge;
    const auto source = supplierById(m_db, from);
    if (!source)
        return source.error();
    if (const auto target = supplierById(m_db, into); !target)
        return target.error();
    merge.from = source.value();
    merge.into = into;
    SqlQuery twins(m_db, u"SELECT a.email FROM {{supplier.account}} a WHERE a.supplier_id = :from AND lower(a.email) "
                         "IN (SELECT lower(b.email) FROM {{supplier.account}} b WHERE b.supplier_id = :into) "
                         "ORDER BY a.email"_s);
    twins.bind(u":from"_s, from).bind(u":into"_s, into);
    if (Status status = twins.exec(); !status)
        return status.error();
    QStringList shared;
    while (twins.next())
        shared << twins.string(0);
    if (!shared.isEmpty())
        return Error{u"merge.accounts"_s,
                     QCoreApplication::translate("SupplierMerge", "Both suppliers have the account %1; nothing was "
                                                                  "merged. Delete or rename one of them first.")
                         .arg(shared.join(u", "_s)),
                     {}};
    for (const Moved &moved : kMoved) {
        auto ids = idsOf(m_db, moved.table, from);
        if (!ids)
            return ids.error();
        merge.*moved.ids = ids.value();
        if (Status status = moveRows(m_db, moved.table, ids.value(), into); !status)
            return status.error();
    }
    SqlQuery months(m_db, u"DELETE FROM {{core.supplier_performance}} WHERE supplier_id = :from"_s);
    months.bind(u":from"_s, from);
    if (Status status = months.exec(); !status)
        return status.error();
    if (Status removed = SupplierRepository(m_db).remove(from); !removed)
        return removed.error();
    QList<QUuid> pairs;
    for (const QString &id : std::as_const(merge.pairs))
        pairs << QUuid::fromString(id);
    announceAfterCommit(m_db, Change{Change::Entity::StockItem, Change::Kind::Changed, pairs});
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    return merge;
}

Status SupplierMergeService::undo(const SupplierMerge &merge) const
{
    Transaction tx(m_db);
    if (Status begun = tx.begin(); !begun)
        return begun;
    if (const auto restored = SupplierRepository(m_db).create(merge.from); !restored)
        return restored.error();
    for (const Moved &moved : kMoved)
        if (Status status = moveRows(m_db, moved.table, merge.*moved.ids, merge.from.id); !status)
            return status;
    QList<QUuid> pairs;
    for (const QString &id : merge.pairs)
        pairs << QUuid::fromString(id);
    announceAfterCommit(m_db, Change{Change::Entity::StockItem, Change::Kind::Changed, pairs});
    return tx.commit();
}

} // namespace sf

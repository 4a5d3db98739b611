#include "stockxordersync.h"

#include "events/eventstore.h"
#include "sales/marketplacerepository.h"
#include "sales/orderrepository.h"
#include "stockxmapping.h"
#include "sync/syncrejectionrepository.h"
#include "sync/syncrunrepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sf {

StockXOrderSync::StockXOrderSync(const Database &db, StockXClient &client, const QDate &since, QObject *parent)
    : StockXSyncJob(db, client, parent)
    , m_since(since)
    , m_recorder(db)
{}

Status StockXOrderSync::prepare(SyncRun &run)
{
    m_to = QDateTime::currentDateTimeUtc().date();
    m_from = m_since;
    if (!m_from.isValid()) {
        const auto stockx = stockXMarketplace();
        if (!stockx)
            return stockx.error();
        const auto open = OrderRepository(m_db).oldestOpenSale(stockx.value());
        if (!open)
            return open.error();
        const auto last = SyncRunRepository(m_db).lastCompleted(u"stockx"_s, job());
        if (!last)
            return last.error();
        // Two days of overlap: StockX dates orders in UTC, and a clock may be a little off.
        m_from = last.value() ? last.value()->startedAt.date().addDays(-2) : m_to.addYears(-3);
        if (open.value().isValid() && open.value().date() < m_from)
            m_from = open.value().date();
        // Orders an earlier run could not store are fetched again.
        const auto rejected = SyncRejectionRepository(m_db).oldestOccurrence(u"stockx"_s, job());
        if (!rejected)
            return rejected.error();
        if (rejected.value().isValid() && rejected.value().date() < m_from)
            m_from = rejected.value().date();
    }
    run.rangeFrom = m_from;
    run.rangeTo = m_to;
    log(QCoreApplication::translate("StockXOrderSync", "Orders: all active ones, and the history from %1 to %2.")
            .arg(QLocale().toString(m_from, QLocale::ShortFormat), QLocale().toString(m_to, QLocale::ShortFormat)));
    return {};
}

QList<StockXSyncJob::Phase> StockXOrderSync::phases() const
{
    StockXRequest active;
    active.path = u"/selling/orders/active"_s;
    StockXRequest history;
    history.path = u"/selling/orders/history"_s;
    history.query.addQueryItem(u"fromDate"_s, m_from.toString(Qt::ISODate));
    history.query.addQueryItem(u"toDate"_s, m_to.toString(Qt::ISODate));
    return {{QCoreApplication::translate("StockXOrderSync", "active orders"), active, u"orders"_s, 100},
            {QCoreApplication::translate("StockXOrderSync", "order history"), history, u"orders"_s, 100}};
}

Result<SyncCounts> StockXOrderSync::storeItems(const Phase &, const QJsonArray &items)
{
    SyncCounts counts;
    for (const QJsonValue &value : items) {
        const QJsonObject order = value.toObject();
        const SyncRecord record{order.value(u"orderNumber"_s).toString(), order,
                                stockXTime(order.value(u"createdAt"_s))};
        const auto sale = saleFromStockXOrder(order);
        const Status kept = sale ? storeRecord(record, counts, [&] { return storeOrder(sale.value()); })
                                 : rejectRecord(record, sale.error().message, counts);
        if (!kept)
            return kept.error();
    }
    return counts;
}

Status StockXOrderSync::prepareItems(const QJsonArray &items)
{
    QList<ImportedSale> sales;
    for (const QJsonValue &value : items)
        if (const auto sale = saleFromStockXOrder(value.toObject()))
            sales << sale.value();
    return m_recorder.prefetch(sales);
}

Result<RecordResult> StockXOrderSync::storeOrder(const ImportedSale &sale)
{
    const auto stored = m_recorder.record(sale);
    if (!stored)
        return stored.error();
    const RecordResult &row = stored.value();
    if (row.outcome != RecordOutcome::Imported && row.outcome != RecordOutcome::Updated)
        return row;
    DomainEvent event;
    event.type = row.outcome == RecordOutcome::Imported ? u"OrderSynced"_s : u"OrderChanged"_s;
    event.aggregateId = QUuid::fromString(row.processed.value(u"order_id"_s).toString());
    event.aggregateType = u"order"_s;
    event.data = QJsonObject{{u"order_number"_s, sale.orderNumber},
                             {u"status"_s, statusKey(sale.status)},
                             {u"stockx_status"_s, sale.platformStatus},
                             {u"source"_s, u"stockx_api"_s}};
    event.correlationId = run().id;
    if (Status status = EventStore(m_db).append(event); !status)
        return status.error();
    return row;
}

} // namespace sf

#pragma once

#include "sales/salerecorder.h"
#include "stockxsyncjob.h"

#include <QDate>

namespace sf {

// Orders from StockX into sales.order: every active order, then the history from `since` (or, by
// default, from the oldest order we still hold open, so orders finished since the last sync are
// updated too). Orders are keyed by order number; a new one takes the pair of its listing, else the
// oldest unsold pair of the product and size, else a sold pair created for it. An event is written
// for every new or changed order.
class StockXOrderSync final : public StockXSyncJob {
    Q_OBJECT

public:
    StockXOrderSync(const Database &db, StockXClient &client, const QDate &since = {}, QObject *parent = nullptr);

    ~StockXOrderSync() override { closeStorage(); } // before the members its storing uses are gone
    QString job() const override { return QStringLiteral("orders"); }

protected:
    Status prepare(SyncRun &run) override;
    QList<Phase> phases() const override;
    Result<SyncCounts> storeItems(const Phase &phase, const QJsonArray &items) override;
    Status prepareItems(const QJsonArray &items) override;
    void forgetUncommitted() override { m_recorder.forgetUncommitted(); }

private:
    Result<RecordResult> storeOrder(const ImportedSale &sale);

    QDate m_since;
    QDate m_from;
    QDate m_to;
    SaleRecorder m_recorder;
};

} // namespace sf

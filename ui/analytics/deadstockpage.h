#pragma once

#include "analytics/deadstockanalysis.h"
#include "analytics/kpiquery.h"
#include "domain/result.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace sf {

class DatabaseWorker;
class DeadStockTableModel;
class KpiTile;

// The pairs on hand by how stuck they are (hot to critical, original-system.md §3.10) on real StockX
// figures: a tile per level with pairs and locked capital, the totals and what to do, and every pair in a
// sortable table. Selected pairs open in the listing dialog to be listed at a new price. Read on the database
// worker; follows changes to stock and products.
class DeadStockPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeadStockPage)

public:
    explicit DeadStockPage(DatabaseWorker &worker, QWidget *parent = nullptr);

    DeadStockTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    KpiTile *tile(DeadStockLevel level) const { return m_tiles.value(int(level)); }
    QString summaryText() const;
    // Ages are counted to this moment; now unless a test fixes it.
    void setAsOf(const QDateTime &asOf);
    void setMinimumLevel(DeadStockLevel level);
    void refresh();

Q_SIGNALS:
    void loaded();
    void listRequested(const QList<sf::StockItemId> &pairs);

protected:
    // The first look reads the stock: a page nobody opens keeps the database worker free at start.
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildTiles();
    void showItems(const Result<QList<DeadStockItem>> &items);
    void applyLevel();

    DatabaseWorker &m_worker;
    QDateTime m_asOf;
    QHash<int, KpiTile *> m_tiles;
    QComboBox *m_level = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_advice = nullptr;
    DeadStockTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QList<DeadStockItem> m_all;
    quint64 m_asked = 0; // answers to older questions are not shown
};

} // namespace sf

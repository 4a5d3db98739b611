#pragma once

#include "inventory/stockservice.h"

#include <QAbstractTableModel>
#include <QSet>

class QUndoStack;

namespace sf {

// The Stock table: rows come from the database a page at a time as the view scrolls (keyset paging),
// filtering and sorting happen in SQL, and edits go through the StockService as undoable commands.
class StockTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StockTableModel)

public:
    enum Column {
        Sku,
        Product,
        Brand,
        Size,
        Status,
        Location,
        Supplier,
        Quantity,
        NetPrice,
        GrossPrice,
        PurchaseDate,
        DaysInStock,
        Listed,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, ItemIdRole, StatusRole };

    static constexpr int kPageSize = 200;
    static constexpr int kMaxPageSize = 6400;

    StockTableModel(StockService &service, QUndoStack &undoStack, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const StockQuery &query() const { return m_query; }
    void setQuery(const StockQuery &query);
    void reload();
    const StockRow &rowAt(int row) const { return m_rows.at(row); }
    QList<StockItemId> idsOf(const QModelIndexList &indexes) const;
    const QDate &today() const { return m_today; }

    static std::optional<StockQuery::Sort> sortFor(int column);

Q_SIGNALS:
    void errorOccurred(const QString &message);
    void loaded();

private:
    void refreshRows(const QList<StockItemId> &ids);
    void dropRows(const QList<StockItemId> &ids);
    QVariant display(const StockRow &row, int column) const;
    QVariant sortValue(const StockRow &row, int column) const;
    QString intern(const QString &text);
    std::optional<StockItem> edited(const StockItem &item, int column, const QVariant &value) const;

    StockService &m_service;
    QUndoStack &m_undoStack;
    StockQuery m_query;
    QList<StockRow> m_rows;
    QHash<StockItemId, int> m_rowOfId;
    std::optional<StockCursor> m_next;
    bool m_exhausted = false;
    bool m_changing = false;
    int m_pageSize = kPageSize;
    QSet<QString> m_strings;
    QDate m_today = QDate::currentDate();
};

} // namespace sf

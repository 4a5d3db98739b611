#pragma once

#include "common/pagedtablemodel.h"
#include "inventory/stockrow.h"
#include "inventory/stockservice.h"

#include <QSet>

class QUndoStack;

namespace sf {

// The Stock table: rows come from the database a page at a time as the view scrolls (keyset paging),
// filtering and sorting happen in SQL, and edits go through the StockService as undoable commands (the
// page hears of them, as of every write, through the change notifier).
class StockTableModel final : public PagedTableModel<StockRow> {
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

    StockTableModel(StockService &service, QUndoStack &undoStack, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const StockQuery &query() const { return m_query; }
    void setQuery(const StockQuery &query);
    QList<StockItemId> idsOf(const QModelIndexList &indexes) const;
    const QDate &today() const { return m_today; }
    // Reads the shown ones of these pairs again, in place.
    void refreshRows(const QList<StockItemId> &ids);
    // Takes over what an edit of this window just stored (values and versions) for the rows shown, so the
    // next edit starts from them; the rows are read again as usual when the change is announced.
    void adoptStored(const QList<StockItem> &items);
    // Takes these pairs off the page, where they are shown.
    void dropRows(const QList<StockItemId> &ids);

    static std::optional<StockQuery::Sort> sortFor(int column);

protected:
    PageReader pageReader(const std::optional<KeysetCursor> &after, int limit) const override;
    const Database &database() const override;
    void adopt(StockRow &row, int position) override;
    void forgetRows() override;

private:
    void showFresh(const Result<QList<StockRow>> &fresh);
    QVariant display(const StockRow &row, int column) const;
    QVariant sortValue(const StockRow &row, int column) const;
    QString intern(const QString &text);
    std::optional<StockItem> edited(const StockItem &item, int column, const QVariant &value) const;

    StockService &m_service;
    QUndoStack &m_undoStack;
    StockQuery m_query;
    QHash<StockItemId, int> m_rowOfId;
    QSet<QString> m_strings;
    QDate m_today = QDate::currentDate();
};

} // namespace sf

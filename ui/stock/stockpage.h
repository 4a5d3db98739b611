#pragma once

#include "events/change.h"

#include "common/staleprompt.h"
#include "inventory/stockdraft.h"
#include "inventory/stockservice.h"
#include "stockchoices.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolButton;
class QUndoStack;

namespace sf {

class DatabaseWorker;

class StockEditCommand;
class StockTableModel;
class SubsetBar;

// The operator's home: the whole stock in one lazily loaded table with search, filters, SQL sorting,
// inline edits, bulk status/location changes, delete with confirmation, undo/redo, CSV export of the
// filtered view and a totals bar.
class StockPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StockPage)

public:
    StockPage(DatabaseWorker &worker, StockService &service, QWidget *parent = nullptr);

    // Seams for the modal parts, replaced by tests.
    std::function<bool(const QString &question)> confirm;
    // Another operator saved the pair while it was being edited: keep theirs (reload) or write ours over it.
    std::function<StaleChoice(const QString &message)> resolveStale;
    std::function<std::optional<StockDraft>(const StockChoices &choices, const std::optional<StockItem> &existing)>
        askItem;
    const StockChoices &choices() const { return m_choices; }
    std::function<QString()> askExportPath;
    std::function<std::optional<QString>(const QStringList &known)> askLocation;

    StockTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QUndoStack *undoStack() const { return m_undoStack; }
    QString message() const;

    void applyFilters();
    // Shows exactly the pairs `subset` names (the dashboard's drill-down) until "Show all".
    void showSubset(const StockQuery &subset, const QString &label);
    void reloadFilterChoices();
    // Reads everything again, after other parts of the app (imports, sync) changed the stock.
    void refresh();
    bool addItem();
    bool editCurrent();
    bool changeStatusOfSelection(ItemStatus status);
    bool moveSelection();
    bool deleteSelection();
    bool exportCsv();
    // Writes the filtered pairs on the database worker; exported() tells the outcome.
    void exportCsvTo(const QString &path);

    // The products of the selected rows, each once.
    QList<ProductId> selectedProducts() const;
    QList<StockRow> selectedRows() const;

Q_SIGNALS:
    void totalsShown();
    // The choices of the filters and the item dialog were read (again).
    void choicesRead();
    void exported(const sf::Result<qint64> &written);
    void enrichRequested(const QList<ProductId> &products);
    void listRequested(const QList<StockRow> &pairs);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void followChanges(const QList<Change> &changes);
    static void refillFilter(QComboBox *combo, const QString &all, const QList<std::pair<QString, QString>> &entries);
    void fitProductColumn();
    QList<StockItemId> selectedIds() const;
    void showTotals(const Result<StockTotals> &totals);
    // Applies `change` to every selected item as one undoable command; a refusal changes nothing.
    bool editSelection(const QString &description, const std::function<Status(StockItem &)> &change);
    // An undoable edit whose stored rows the table takes over at once.
    StockEditCommand *editCommand(QList<StockItem> before, QList<StockItem> after, const QString &text,
                                  const std::function<void(const Error &)> &onError);
    void showMessage(const QString &text, bool error);
    void updateTotals();
    void updateActions();
    QWidget *buildFilterBar();
    QWidget *buildActionBar();

    DatabaseWorker &m_worker;
    const Database &m_db;
    StockService &m_service;
    QUndoStack *m_undoStack = nullptr;
    StockChoices m_choices;
    StockTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    SubsetBar *m_subsetBar = nullptr;
    std::optional<StockQuery> m_subset;
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_brandFilter = nullptr;
    QComboBox *m_sizeFilter = nullptr;
    QComboBox *m_supplierFilter = nullptr;
    QComboBox *m_locationFilter = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_totals = nullptr;
    QList<QWidget *> m_selectionActions;
    QToolButton *m_editButton = nullptr;
    std::optional<StockQuery> m_totalsFilter;
    bool m_totalsStale = false;
    quint64 m_totalsGeneration = 0;
};

} // namespace sf

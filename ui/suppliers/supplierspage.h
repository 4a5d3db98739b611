#pragma once

#include "common/staleprompt.h"
#include "suppliers/suppliermerge.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace sf {

class DatabaseWorker;
class RecordPurchaseDialog;
class SecretStore;
class SupplierAccountsDialog;
class SupplierChartsDialog;
class SupplierPairsDialog;
class SupplierTableModel;

// Where the money is made: every supplier with what its pairs cost, sold for and earned, how fast they
// sold and how many can still go back, ranked by profit, ROI, spend or name; search and a category filter;
// the accounts of one supplier or of all.
// Suppliers are added, edited and deleted here (deleting one that pairs came from is refused). The figures
// are recomputed on the database worker whenever stock or orders change.
class SuppliersPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SuppliersPage)

public:
    SuppliersPage(DatabaseWorker &worker, SecretStore &secrets, QWidget *parent = nullptr);

    SupplierTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *categoryFilter() const { return m_category; }
    QComboBox *rankBox() const { return m_rank; }
    QString statusText() const;
    // Asked before a deletion; a test answers without a message box.
    std::function<bool(const QString &question)> confirm;
    // Asked when another operator saved the supplier since it was opened; a test answers directly.
    std::function<StaleChoice(const QString &message)> resolveStale;

    // Recomputes the performance rows, then shows them again.
    void refresh();
    // Adds or updates the supplier; an update over another operator's newer save asks what to do.
    void save(const Supplier &supplier);
    void deleteSelected();
    void editSelected();
    // The selected supplier's accounts, or every supplier's when none is selected.
    SupplierAccountsDialog *openAccounts();
    // Records an order from the selected supplier (or any).
    RecordPurchaseDialog *recordPurchase();
    // The selected supplier's pairs on their way or still returnable; none without a selection.
    SupplierPairsDialog *openPairs();
    // The selected supplier's charts; none without a selection.
    SupplierChartsDialog *openCharts();
    // Merges the selected supplier into `into`; the page offers to undo it until the next merge.
    void mergeSelectedInto(const SupplierId &into);
    void undoMerge();

Q_SIGNALS:
    void refreshed();
    void saved();
    void deleted();
    void merged();
    void mergeUndone();

protected:
    // The figures are first computed when the page is first shown, not while the window starts.
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter();
    // Saves `supplier` over the version stored now.
    void overwrite(const Supplier &supplier);
    std::optional<SupplierId> selectedId() const;
    QString selectedName() const;
    void showStatus(const QString &text, bool problem);
    void showReturnAlert();
    void chooseMergeTarget();

    DatabaseWorker &m_worker;
    SecretStore &m_secrets;
    SupplierTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_rank = nullptr;
    QLabel *m_alert = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_undoMerge = nullptr;
    std::optional<SupplierMerge> m_lastMerge;
    bool m_shown = false;
};

} // namespace sf

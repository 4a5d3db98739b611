#pragma once

#include "domain/result.h"
#include "suppliers/supplieraccount.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace sf {

class Database;
class DatabaseWorker;
class SecretStore;
class SupplierAccountModel;

// The accounts of one supplier, or of every supplier: email, name, list, status, verification, last use
// and the purchase statistics recomputed from the purchase history when the dialog opens. Accounts are
// added and edited here; passwords and proxies go to the keychain only. A password is revealed after a
// confirmation, or copied to the clipboard, which is cleared again after 30 s unless something else was
// copied since (as KeePassXC does). Bulk status and list changes, CSV export without any secret, and the
// supplier-accounts import are here too.
class SupplierAccountsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupplierAccountsDialog)

public:
    // `supplier` null: every supplier's accounts.
    SupplierAccountsDialog(DatabaseWorker &worker, SecretStore &secrets, const SupplierId &supplier,
                           const QString &supplierName, QWidget *parent = nullptr);

    SupplierAccountModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString statusText() const;

    // Asked before a password is shown; a test answers without a message box.
    std::function<bool(const QString &question)> confirm;
    // Shows a revealed password; a test looks at it without a window.
    std::function<void(const QString &account, const QString &password)> showPassword;
    int clipboardClearMs = 30000;

    void saveAccount(const SupplierAccount &account, const QString &password, const QString &proxy);
    void setStatusOfSelected(const QString &status);
    void setListOfSelected(const QString &listName);
    void revealSelected();
    void copySelected();
    void exportTo(const QString &path);
    void importFile(const QString &path);

Q_SIGNALS:
    void loaded();
    void saved();
    void changed();
    void exported();
    void copied();
    void clipboardCleared();

private:
    void reloadAfterStatistics();
    void applyFilter();
    void editAccount(const SupplierAccount &account);
    QList<QUuid> selectedIds() const;
    std::optional<SupplierAccount> currentAccount() const;
    void readPassword(std::function<void(const SupplierAccount &, const QString &)> use);
    void showStatus(const QString &text, bool problem);
    void runChange(const QString &done, std::function<Status(const Database &)> change);

    DatabaseWorker &m_worker;
    SecretStore &m_secrets;
    SupplierId m_supplier;
    SupplierAccountModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_clipboardTimer = nullptr;
    QString m_copied;
};

} // namespace sf

#include "supplieraccountsdialog.h"

#include "common/filterwidgets.h"
#include "db/databaseworker.h"
#include "imports/importwizard.h"
#include "secrets/secretstore.h"
#include "supplieraccountdialog.h"
#include "supplieraccountmodel.h"
#include "suppliers/supplieraccountexport.h"
#include "suppliers/supplieraccountrepository.h"
#include "suppliers/supplierrepository.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sf {

SupplierAccountsDialog::SupplierAccountsDialog(DatabaseWorker &worker, SecretStore &secrets, const SupplierId &supplier,
                                               const QString &supplierName, QWidget *parent)
    : QDialog(parent)
    , m_worker(worker)
    , m_secrets(secrets)
    , m_supplier(supplier)
    , m_model(new SupplierAccountModel(worker.database(), this))
    , m_clipboardTimer(new QTimer(this))
{
    setObjectName(u"supplierAccountsDialog"_s);
    setWindowTitle(supplier.isNull() ? tr("Supplier accounts") : tr("Accounts at %1").arg(supplierName));
    resize(1150, 620);
    m_model->setWorker(&worker);
    confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Show password"), question) == QMessageBox::Yes;
    };
    showPassword = [this](const QString &account, const QString &password) {
        auto *box = new QMessageBox(QMessageBox::Information, tr("Password"), tr("The password of %1:").arg(account),
                                    QMessageBox::Close, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setInformativeText(password);
        box->setTextInteractionFlags(Qt::TextSelectableByMouse);
        box->open();
    };
    m_clipboardTimer->setSingleShot(true);
    connect(m_clipboardTimer, &QTimer::timeout, this, [this] {
        // Only what we put there is taken away: the operator may have copied something else since.
        if (QApplication::clipboard()->text() == m_copied)
            QApplication::clipboard()->clear();
        m_copied.clear();
        showStatus(tr("The clipboard was cleared."), false);
        Q_EMIT clipboardCleared();
    });

    m_search = delayedSearchField(this, u"accountSearch"_s, tr("Search email or name"), [this] { applyFilter(); });
    QList<std::pair<QString, QVariant>> statuses{{tr("Any status"), QString()}};
    for (const QString &status : SupplierAccount::statuses())
        statuses.append({SupplierAccountModel::statusName(status), status});
    m_statusFilter = filterCombo(this, u"accountStatusFilter"_s, statuses, [this] { applyFilter(); });
    auto *add = new QPushButton(tr("New account\u2026"));
    connect(add, &QPushButton::clicked, this, [this] {
        SupplierAccount account;
        account.supplierId = m_supplier;
        editAccount(account);
    });
    auto *edit = new QPushButton(tr("Edit\u2026"));
    connect(edit, &QPushButton::clicked, this, [this] {
        if (const auto account = currentAccount())
            editAccount(*account);
    });
    auto *reveal = new QPushButton(tr("Show password"));
    connect(reveal, &QPushButton::clicked, this, &SupplierAccountsDialog::revealSelected);
    auto *copy = new QPushButton(tr("Copy password"));
    copy->setToolTip(tr("The clipboard is cleared again after 30 seconds."));
    connect(copy, &QPushButton::clicked, this, &SupplierAccountsDialog::copySelected);
    auto *statusButton = new QPushButton(tr("Set status"));
    auto *statusMenu = new QMenu(statusButton);
    for (const QString &status : SupplierAccount::statuses())
        statusMenu->addAction(SupplierAccountModel::statusName(status), this,
                              [this, status] { setStatusOfSelected(status); });
    statusButton->setMenu(statusMenu);
    auto *list = new QPushButton(tr("Set list\u2026"));
    connect(list, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Set list"), tr("List of the selected accounts:"),
                                                   QLineEdit::Normal, QString(), &ok);
        if (ok)
            setListOfSelected(name);
    });
    auto *exportButton = new QPushButton(tr("Export CSV\u2026"));
    exportButton->setToolTip(tr("Every account shown, without passwords or proxies."));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export accounts"), u"supplier-accounts.csv"_s,
                                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    auto *import = new QPushButton(tr("Import accounts\u2026"));
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Import supplier accounts"), QString(), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            importFile(path);
    });
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_statusFilter);
    for (QPushButton *button : {add, edit, reveal, copy, statusButton, list, exportButton, import})
        bar->addWidget(button);
    m_view = new QTableView;
    m_view->setObjectName(u"accountTable"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    if (!supplier.isNull())
        m_view->hideColumn(SupplierAccountModel::Supplier);
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (const auto account = currentAccount())
            editAccount(*account);
    });
    m_status = new QLabel;
    m_status->setObjectName(u"accountStatus"_s);
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(m_model, &SupplierAccountModel::loaded, this, [this] {
        m_view->resizeColumnsToContents();
        Q_EMIT loaded();
    });
    reloadAfterStatistics();
}

QString SupplierAccountsDialog::statusText() const
{
    return m_status->text();
}

void SupplierAccountsDialog::showStatus(const QString &text, bool problem)
{
    m_status->setStyleSheet(problem ? u"color: #c62828;"_s : QString());
    m_status->setText(text);
}

void SupplierAccountsDialog::applyFilter()
{
    m_model->setFilter({m_supplier, m_search->text(), m_statusFilter->currentData().toString(), {}});
}

void SupplierAccountsDialog::reloadAfterStatistics()
{
    m_worker.run<Status>(
        this,
        [supplier = m_supplier](const Database &db) {
            return SupplierAccountRepository(db).recomputeStatistics(supplier);
        },
        [this](const Status &status) {
            if (!status)
                showStatus(tr("The purchase statistics could not be computed: %1").arg(status.error().message), true);
            applyFilter();
        });
}

QList<QUuid> SupplierAccountsDialog::selectedIds() const
{
    QList<QUuid> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids << m_model->rowAt(index.row()).id;
    return ids;
}

std::optional<SupplierAccount> SupplierAccountsDialog::currentAccount() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->rowAt(rows.first().row());
}

void SupplierAccountsDialog::editAccount(const SupplierAccount &account)
{
    m_worker.run<Result<QList<Supplier>>>(
        this, [](const Database &db) { return SupplierRepository(db).all(); },
        [this, account](const Result<QList<Supplier>> &suppliers) {
            SupplierAccountDialog::Suppliers choices;
            for (const Supplier &s : suppliers.value_or(QList<Supplier>()))
                choices.append({s.id, s.name});
            auto *dialog = new SupplierAccountDialog(account, choices, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::accepted, this, [this, dialog] {
                if (const auto edited = dialog->account())
                    saveAccount(*edited, dialog->newPassword(), dialog->newProxy());
            });
            dialog->open();
        });
}

void SupplierAccountsDialog::saveAccount(const SupplierAccount &account, const QString &password, const QString &proxy)
{
    m_worker.run<Result<SupplierAccount>>(
        this,
        [account](const Database &db) -> Result<SupplierAccount> {
            const SupplierAccountRepository accounts(db);
            if (account.id.isNull()) {
                if (const auto existing = accounts.findByEmail(account.supplierId, account.email);
                    existing && existing.value())
                    return Error{
                        u"account.exists"_s, tr("This supplier already has the account %1.").arg(account.email), {}};
                return accounts.create(account);
            }
            if (Status updated = accounts.update(account); !updated)
                return updated.error();
            return account;
        },
        [this, password, proxy](const Result<SupplierAccount> &stored) {
            if (!stored) {
                showStatus(tr("The account was not saved: %1").arg(stored.error().message), true);
                return;
            }
            const SupplierAccount &kept = stored.value();
            const auto secretSaved = [this, email = kept.email](Status status) {
                if (!status)
                    showStatus(tr("%1 was saved, but its secret could not be stored in the keychain: %2")
                                   .arg(email, status.error().message),
                               true);
            };
            if (!password.isEmpty())
                m_secrets.write(kept.passwordKey(), password, secretSaved);
            if (!proxy.isEmpty())
                m_secrets.write(kept.proxyKey(), proxy, secretSaved);
            showStatus(tr("%1 saved.").arg(kept.email), false);
            m_model->reload();
            Q_EMIT saved();
        });
}

void SupplierAccountsDialog::runChange(const QString &done, std::function<Status(const Database &)> change)
{
    m_worker.run<Status>(this, std::move(change), [this, done](const Status &status) {
        if (!status) {
            showStatus(tr("Nothing was changed: %1").arg(status.error().message), true);
            return;
        }
        showStatus(done, false);
        m_model->reload();
        Q_EMIT changed();
    });
}

void SupplierAccountsDialog::setStatusOfSelected(const QString &status)
{
    const QList<QUuid> ids = selectedIds();
    if (ids.isEmpty())
        return;
    runChange(tr("%n accounts set to %1.", nullptr, int(ids.size())).arg(SupplierAccountModel::statusName(status)),
              [ids, status](const Database &db) { return SupplierAccountRepository(db).setStatus(ids, status); });
}

void SupplierAccountsDialog::setListOfSelected(const QString &listName)
{
    const QList<QUuid> ids = selectedIds();
    if (ids.isEmpty())
        return;
    runChange(tr("%n accounts moved to the list \u201c%1\u201d.", nullptr, int(ids.size())).arg(listName.trimmed()),
              [ids, listName](const Database &db) { return SupplierAccountRepository(db).setList(ids, listName); });
}

void SupplierAccountsDialog::readPassword(std::function<void(const SupplierAccount &, const QString &)> use)
{
    const auto account = currentAccount();
    if (!account)
        return;
    m_secrets.read(account->passwordKey(), [this, account = *account, use = std::move(use)](Result<QString> secret) {
        if (!secret) {
            showStatus(secret.error().code == u"secret.not_found"_s
                           ? tr("No password is stored for %1.").arg(account.email)
                           : tr("The password could not be read: %1").arg(secret.error().message),
                       true);
            return;
        }
        use(account, secret.value());
    });
}

void SupplierAccountsDialog::revealSelected()
{
    const auto account = currentAccount();
    if (!account || !confirm(tr("Show the password of %1 on screen?").arg(account->email)))
        return;
    readPassword([this](const SupplierAccount &a, const QString &password) { showPassword(a.email, password); });
}

void SupplierAccountsDialog::copySelected()
{
    readPassword([this](const SupplierAccount &a, const QString &password) {
        m_copied = password;
        QApplication::clipboard()->setText(password);
        m_clipboardTimer->start(clipboardClearMs);
        showStatus(
            tr("The password of %1 is on the clipboard for %n seconds.", nullptr, clipboardClearMs / 1000).arg(a.email),
            false);
        Q_EMIT copied();
    });
}

void SupplierAccountsDialog::exportTo(const QString &path)
{
    m_worker.run<Result<qint64>>(
        this,
        [filter = m_model->filter(), path](const Database &db) {
            return supplieraccountexport::exportTo(db, filter, path);
        },
        [this, path](const Result<qint64> &written) {
            if (!written) {
                showStatus(tr("Not exported: %1").arg(written.error().message), true);
                return;
            }
            showStatus(tr("%n accounts exported to %1, without passwords or proxies.", nullptr, int(written.value()))
                           .arg(path),
                       false);
            Q_EMIT exported();
        });
}

void SupplierAccountsDialog::importFile(const QString &path)
{
    auto *wizard = new ImportWizard(m_worker, m_secrets, path, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::importFinished, this, &SupplierAccountsDialog::reloadAfterStatistics);
    wizard->open();
}

} // namespace sf

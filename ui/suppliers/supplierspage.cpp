#include "supplierspage.h"

#include "common/rolegate.h"

#include "common/changewatcher.h"
#include "common/filterwidgets.h"
#include "common/pagetitle.h"
#include "db/databaseworker.h"
#include "db/rowversion.h"
#include "recordpurchasedialog.h"
#include "supplieraccountsdialog.h"
#include "supplierchartsdialog.h"
#include "supplierdialog.h"
#include "supplierpairsdialog.h"
#include "suppliers/suppliercategory.h"
#include "suppliers/suppliermergeservice.h"
#include "suppliers/supplieroverviewrepository.h"
#include "suppliers/supplierperformancerepository.h"
#include "suppliers/supplierrepository.h"
#include "suppliertablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sf {

SuppliersPage::SuppliersPage(DatabaseWorker &worker, SecretStore &secrets, QWidget *parent)
    : QWidget(parent)
    , m_worker(worker)
    , m_secrets(secrets)
    , m_model(new SupplierTableModel(worker.database(), this))
{
    setObjectName(u"suppliersPage"_s);
    m_model->setWorker(&worker);
    resolveStale = [this](const QString &message) { return askStaleChoice(this, message); };
    confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Delete supplier"), question) == QMessageBox::Yes;
    };
    m_search = delayedSearchField(this, u"supplierSearch"_s, tr("Search suppliers"), [this] { applyFilter(); });
    QList<std::pair<QString, QVariant>> categories{{tr("All categories"), QString()}};
    for (const QString &key : suppliercategory::keys())
        categories.append({suppliercategory::displayName(key), key});
    m_category = filterCombo(this, u"supplierCategory"_s, categories, [this] { applyFilter(); });
    m_rank = filterCombo(this, u"supplierRank"_s,
                         {{tr("Ranked by profit"), int(SupplierOrder::Profit)},
                          {tr("Ranked by ROI"), int(SupplierOrder::Roi)},
                          {tr("Ranked by spend"), int(SupplierOrder::Spend)},
                          {tr("Ranked by pairs bought"), int(SupplierOrder::PairsBought)},
                          {tr("By name"), int(SupplierOrder::Name)}},
                         [this] { m_model->setOrder(SupplierOrder(m_rank->currentData().toInt())); });
    auto *add = new QPushButton(tr("New supplier\u2026"));
    add->setObjectName(u"newSupplier"_s);
    connect(add, &QPushButton::clicked, this, [this] {
        auto *dialog = new SupplierDialog(Supplier{}, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            if (const auto supplier = dialog->supplier())
                save(*supplier);
        });
        dialog->open();
    });
    auto *edit = new QPushButton(tr("Edit\u2026"));
    connect(edit, &QPushButton::clicked, this, &SuppliersPage::editSelected);
    auto *remove = new QPushButton(tr("Delete"));
    connect(remove, &QPushButton::clicked, this, &SuppliersPage::deleteSelected);
    auto *accounts = new QPushButton(tr("Accounts\u2026"));
    accounts->setObjectName(u"supplierAccounts"_s);
    accounts->setToolTip(tr("The selected supplier's shop accounts, or every account when none is selected"));
    connect(accounts, &QPushButton::clicked, this, &SuppliersPage::openAccounts);
    auto *merge = new QPushButton(tr("Merge into\u2026"));
    merge->setToolTip(tr("Moves the selected supplier's pairs, accounts and purchase history to another supplier "
                         "and deletes it; can be undone"));
    connect(merge, &QPushButton::clicked, this, &SuppliersPage::chooseMergeTarget);
    auto *purchase = new QPushButton(tr("Record purchase\u2026"));
    purchase->setObjectName(u"recordPurchase"_s);
    connect(purchase, &QPushButton::clicked, this, &SuppliersPage::recordPurchase);
    auto *openPairs = new QPushButton(tr("Open pairs\u2026"));
    openPairs->setToolTip(tr("The selected supplier's pairs on their way and those that can still go back"));
    connect(openPairs, &QPushButton::clicked, this, &SuppliersPage::openPairs);
    auto *charts = new QPushButton(tr("Charts\u2026"));
    charts->setToolTip(tr("Spend against profit per month, days to sell, and the suppliers ranked"));
    connect(charts, &QPushButton::clicked, this, &SuppliersPage::openCharts);
    for (QObject *control : QList<QObject *>{add, edit, purchase})
        RoleGate::require(control, TeamRole::Action::Write);
    for (QObject *control : QList<QObject *>{remove, merge})
        RoleGate::require(control, TeamRole::Action::Delete);

    auto *bar = new QHBoxLayout;
    bar->addWidget(pageTitle(tr("Suppliers")));
    bar->addSpacing(12);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_category);
    bar->addWidget(m_rank);
    // The supplier's own actions on a second row, so the page fits a laptop screen.
    auto *actions = new QHBoxLayout;
    for (QPushButton *button : {add, edit, remove, merge})
        actions->addWidget(button);
    actions->addSpacing(16);
    for (QPushButton *button : {accounts, purchase, openPairs, charts})
        actions->addWidget(button);
    actions->addStretch(1);
    m_alert = new QLabel;
    m_alert->setObjectName(u"returnAlert"_s);
    m_alert->setStyleSheet(u"QLabel { background: #fff3e0; color: #e65100; padding: 6px 10px; border-radius: 4px; }"_s);
    m_alert->hide();
    m_view = new QTableView;
    m_view->setObjectName(u"supplierTable"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    connect(m_view, &QTableView::doubleClicked, this, &SuppliersPage::editSelected);
    m_status = new QLabel;
    m_status->setObjectName(u"supplierStatus"_s);
    m_undoMerge = new QPushButton(tr("Undo merge"));
    m_undoMerge->hide();
    connect(m_undoMerge, &QPushButton::clicked, this, &SuppliersPage::undoMerge);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(bar);
    layout->addLayout(actions);
    layout->addWidget(m_alert);
    layout->addWidget(m_view, 1);
    auto *statusLine = new QHBoxLayout;
    statusLine->addWidget(m_status, 1);
    statusLine->addWidget(m_undoMerge);
    layout->addLayout(statusLine);
    connect(m_model, &SupplierTableModel::loaded, this, [this] {
        m_view->resizeColumnsToContents();
        m_view->horizontalHeader()->setSectionResizeMode(SupplierTableModel::Name, QHeaderView::Stretch);
    });
    connect(m_model, &SupplierTableModel::errorOccurred, this, [this](const QString &message) {
        showStatus(tr("The suppliers could not be read: %1").arg(message), true);
    });
    new ChangeWatcher(worker.database().changeNotifier(), this, {Change::Entity::StockItem, Change::Entity::Order},
                      [this](const QList<Change> &) { refresh(); });
}

void SuppliersPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!std::exchange(m_shown, true))
        refresh();
}

QString SuppliersPage::statusText() const
{
    return m_status->text();
}

void SuppliersPage::showStatus(const QString &text, bool problem)
{
    m_status->setStyleSheet(problem ? u"color: #c62828;"_s : QString());
    m_status->setText(text);
}

void SuppliersPage::applyFilter()
{
    m_model->setFilter({m_search->text(), m_category->currentData().toString()});
}

void SuppliersPage::refresh()
{
    m_worker.run<Status>(
        this, [](const Database &db) { return SupplierPerformanceRepository(db).recompute(); },
        [this](const Status &status) {
            if (!status)
                showStatus(tr("The supplier figures could not be computed: %1").arg(status.error().message), true);
            m_model->reload();
            showReturnAlert();
            Q_EMIT refreshed();
        });
}

void SuppliersPage::showReturnAlert()
{
    m_worker.run<Result<int>>(
        this, [](const Database &db) { return SupplierOverviewRepository(db).returnsClosingWithin(3); },
        [this](const Result<int> &closing) {
            const int pairs = closing.value_or(0);
            m_alert->setVisible(pairs > 0);
            m_alert->setText(
                tr("%n pairs can still be returned, but their return window closes within 3 days.", nullptr, pairs));
        });
}

std::optional<SupplierId> SuppliersPage::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return SupplierId::fromString(rows.first().data(SupplierTableModel::SupplierIdRole).toString());
}

void SuppliersPage::save(const Supplier &supplier)
{
    m_worker.run<Status>(
        this,
        [supplier](const Database &db) -> Status {
            const SupplierRepository suppliers(db);
            if (supplier.id.isNull()) {
                const auto created = suppliers.create(supplier);
                return created ? Status() : Status(created.error());
            }
            return suppliers.update(supplier);
        },
        [this, supplier](const Status &status) {
            if (status) {
                showStatus(tr("%1 saved.").arg(supplier.name), false);
                m_model->reload();
                Q_EMIT saved();
            } else if (status.error().code == rowversion::kStaleCode &&
                       resolveStale(status.error().message) == StaleChoice::Overwrite) {
                overwrite(supplier);
            } else {
                showStatus(tr("%1 was not saved: %2").arg(supplier.name, status.error().message), true);
                m_model->reload();
            }
        });
}

void SuppliersPage::overwrite(const Supplier &supplier)
{
    m_worker.run<Result<std::optional<Supplier>>>(
        this, [id = supplier.id](const Database &db) { return SupplierRepository(db).get(id); },
        [this, supplier](const Result<std::optional<Supplier>> &current) {
            if (!current || !current.value()) {
                showStatus(tr("%1 was not saved: %2")
                               .arg(supplier.name, current ? tr("it no longer exists.") : current.error().message),
                           true);
                m_model->reload();
                return;
            }
            Supplier mine = supplier;
            mine.version = current.value()->version; // still checked: a third save in between is caught
            save(mine);
        });
}

void SuppliersPage::editSelected()
{
    const auto id = selectedId();
    if (!id)
        return;
    m_worker.run<Result<QList<Supplier>>>(
        this, [](const Database &db) { return SupplierRepository(db).all(); },
        [this, id = *id](const Result<QList<Supplier>> &suppliers) {
            for (const Supplier &supplier : suppliers.value_or(QList<Supplier>())) {
                if (supplier.id != id)
                    continue;
                auto *dialog = new SupplierDialog(supplier, this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                connect(dialog, &QDialog::accepted, this, [this, dialog] {
                    if (const auto edited = dialog->supplier())
                        save(*edited);
                });
                dialog->open();
            }
        });
}

QString SuppliersPage::selectedName() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data().toString();
}

RecordPurchaseDialog *SuppliersPage::recordPurchase()
{
    auto *dialog = new RecordPurchaseDialog(m_worker, selectedId().value_or(SupplierId()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecordPurchaseDialog::recorded, this, [this](const QList<StockItemId> &pairs) {
        showStatus(tr("%n pairs recorded as on their way.", nullptr, int(pairs.size())), false);
        refresh();
    });
    dialog->show();
    return dialog;
}

SupplierPairsDialog *SuppliersPage::openPairs()
{
    const auto supplier = selectedId();
    if (!supplier) {
        showStatus(tr("Select a supplier first."), true);
        return nullptr;
    }
    auto *dialog = new SupplierPairsDialog(m_worker, *supplier, selectedName(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SupplierPairsDialog::changed, this, &SuppliersPage::refresh);
    dialog->show();
    return dialog;
}

void SuppliersPage::chooseMergeTarget()
{
    const auto from = selectedId();
    if (!from) {
        showStatus(tr("Select the supplier to merge away first."), true);
        return;
    }
    m_worker.run<Result<QList<Supplier>>>(
        this, [](const Database &db) { return SupplierRepository(db).all(); },
        [this, from = *from](const Result<QList<Supplier>> &suppliers) {
            QStringList names;
            QList<SupplierId> ids;
            for (const Supplier &s : suppliers.value_or(QList<Supplier>()))
                if (s.id != from) {
                    names << s.name;
                    ids << s.id;
                }
            bool ok = false;
            const QString chosen = QInputDialog::getItem(
                this, tr("Merge supplier"), tr("Merge %1 into:").arg(selectedName()), names, 0, false, &ok);
            if (ok && names.contains(chosen))
                mergeSelectedInto(ids.at(names.indexOf(chosen)));
        });
}

void SuppliersPage::mergeSelectedInto(const SupplierId &into)
{
    const auto from = selectedId();
    if (!from)
        return;
    m_worker.run<Result<SupplierMerge>>(
        this, [from = *from, into](const Database &db) { return SupplierMergeService(db).merge(from, into); },
        [this](const Result<SupplierMerge> &merge) {
            if (!merge) {
                showStatus(tr("Not merged: %1").arg(merge.error().message), true);
                return;
            }
            m_lastMerge = merge.value();
            showStatus(
                tr("%1 merged: %n pairs moved", nullptr, int(merge.value().pairs.size())).arg(merge.value().from.name) +
                    tr(", %n accounts moved.", nullptr, int(merge.value().accounts.size())),
                false);
            m_undoMerge->show();
            refresh();
            Q_EMIT merged();
        });
}

void SuppliersPage::undoMerge()
{
    if (!m_lastMerge)
        return;
    const SupplierMerge merge = *std::exchange(m_lastMerge, std::nullopt);
    m_undoMerge->hide();
    m_worker.run<Status>(
        this, [merge](const Database &db) { return SupplierMergeService(db).undo(merge); },
        [this, name = merge.from.name](const Status &status) {
            if (!status) {
                showStatus(tr("The merge could not be undone: %1").arg(status.error().message), true);
                return;
            }
            showStatus(tr("%1 is back with its pairs and accounts.").arg(name), false);
            refresh();
            Q_EMIT mergeUndone();
        });
}

SupplierChartsDialog *SuppliersPage::openCharts()
{
    const auto supplier = selectedId();
    if (!supplier) {
        showStatus(tr("Select a supplier first."), true);
        return nullptr;
    }
    auto *dialog = new SupplierChartsDialog(m_worker, *supplier, selectedName(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

SupplierAccountsDialog *SuppliersPage::openAccounts()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const SupplierId supplier =
        rows.isEmpty() ? SupplierId()
                       : SupplierId::fromString(rows.first().data(SupplierTableModel::SupplierIdRole).toString());
    auto *dialog = new SupplierAccountsDialog(m_worker, m_secrets, supplier,
                                              rows.isEmpty() ? QString() : rows.first().data().toString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void SuppliersPage::deleteSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QString name = rows.first().data().toString();
    if (!confirm(tr("Delete the supplier \u201c%1\u201d?").arg(name)))
        return;
    const SupplierId id = SupplierId::fromString(rows.first().data(SupplierTableModel::SupplierIdRole).toString());
    m_worker.run<Status>(
        this, [id](const Database &db) { return SupplierRepository(db).remove(id); },
        [this, name](const Status &status) {
            if (!status) {
                showStatus(tr("%1 was not deleted: %2").arg(name, status.error().message), true);
                return;
            }
            showStatus(tr("%1 deleted.").arg(name), false);
            m_model->reload();
            Q_EMIT deleted();
        });
}

} // namespace sf

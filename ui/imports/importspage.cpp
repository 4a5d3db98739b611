#include "importspage.h"

#include "common/rolegate.h"

#include "common/pagetitle.h"
#include "db/databaseworker.h"

#include "importbatchtablemodel.h"
#include "importrecordexport.h"
#include "importrowsmodel.h"
#include "importrowsview.h"
#include "imports/importbatchrepository.h"
#include "imports/importformat.h"
#include "importwizard.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sf {

ImportsPage::ImportsPage(DatabaseWorker &worker, SecretStore &secrets, QWidget *parent)
    : QWidget(parent)
    , m_worker(worker)
    , m_secrets(secrets)
{
    setObjectName(u"importsPage"_s);
    auto *title = pageTitle(tr("Imports"));
    auto *hint =
        new QLabel(tr("StockX sales reports, Alias exports and sales sheets become orders, supplier account lists "
                      "become accounts (passwords go to the keychain); importing a file again skips what is "
                      "already there. Drop a CSV file anywhere on the window to import it."));
    hint->setWordWrap(true);
    auto *importButton = new QPushButton(QIcon::fromTheme(u"document-import"_s), tr("Import file\u2026"));
    RoleGate::require(importButton, TeamRole::Action::Write);
    importButton->setObjectName(u"importFileButton"_s);
    connect(importButton, &QPushButton::clicked, this, [this] { importFile(); });
    m_rejectedButton = new QPushButton(tr("Show rejected rows\u2026"));
    m_rejectedButton->setObjectName(u"rejectedRowsButton"_s);
    connect(m_rejectedButton, &QPushButton::clicked, this, &ImportsPage::showRejectedRows);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(importButton);
    buttons->addWidget(m_rejectedButton);
    buttons->addStretch();

    m_model = new ImportBatchTableModel(this);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(ImportBatchTableModel::SortRole);
    m_view = new QTableView;
    m_view->setObjectName(u"batchView"_s);
    m_view->setModel(proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ImportBatchTableModel::Started, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(ImportBatchTableModel::File, QHeaderView::Stretch);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ImportsPage::updateButtons);
    connect(m_view, &QTableView::doubleClicked, this, &ImportsPage::showRejectedRows);
    m_message = new QLabel;
    m_message->setObjectName(u"importsMessage"_s);
    m_message->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
    reload();
}

void ImportsPage::reload()
{
    m_worker.run<Result<QList<ImportBatch>>>(
        this, [](const Database &db) { return ImportBatchRepository(db).recent(500); },
        [this](Result<QList<ImportBatch>> batches) { showBatches(batches); });
}

void ImportsPage::showBatches(const Result<QList<ImportBatch>> &batches)
{
    if (!batches) {
        m_message->setText(tr("Past imports cannot be read: %1").arg(batches.error().toString()));
        return;
    }
    m_message->setText(batches.value().isEmpty() ? tr("Nothing imported yet.") : QString());
    m_model->setBatches(batches.value());
    m_view->resizeColumnsToContents();
    m_view->horizontalHeader()->setSectionResizeMode(ImportBatchTableModel::File, QHeaderView::Stretch);
    updateButtons();
    Q_EMIT batchesShown();
}

void ImportsPage::updateButtons()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    m_rejectedButton->setEnabled(
        !rows.isEmpty() &&
        m_view->model()->index(rows.first().row(), ImportBatchTableModel::Rejected).data().toInt() > 0);
}

void ImportsPage::importFile(const QString &path)
{
    const QString file = path.isEmpty() ? QFileDialog::getOpenFileName(this, tr("Import a file"), {},
                                                                       tr("CSV files (*.csv *.txt);;All files (*)"))
                                        : path;
    if (file.isEmpty())
        return;
    auto *wizard = new ImportWizard(m_worker, m_secrets, file, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::importFinished, this, &ImportsPage::reload);
    wizard->open();
}

void ImportsPage::showRejectedRows()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QUuid batch = rows.first().data(ImportBatchTableModel::BatchIdRole).toUuid();
    const QString file = rows.first().siblingAtColumn(ImportBatchTableModel::File).data().toString();
    const QString formatKey = rows.first().data(ImportBatchTableModel::FormatKeyRole).toString();
    m_worker.run<Result<QList<ImportRecord>>>(
        this, [batch](const Database &db) { return ImportBatchRepository(db).records(batch, u"error"_s); },
        [this, file, formatKey](Result<QList<ImportRecord>> records) { showRecords(file, formatKey, records); });
}

void ImportsPage::showRecords(const QString &file, const QString &formatKey, const Result<QList<ImportRecord>> &records)
{
    if (!records) {
        QMessageBox::warning(this, tr("Rejected rows"), records.error().toString());
        return;
    }
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"rejectedRowsDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rejected rows of %1").arg(file));
    dialog->resize(1000, 520);
    auto *model = new ImportRowsModel(ImportRowsModel::Values::Source, dialog);
    auto *view = createImportRowsView(model, dialog);
    const auto format = ImportFormat::byKey(formatKey);
    model->setRecords(records.value(), format ? format->requiredColumns : QStringList());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *exportButton = buttons->addButton(tr("Export as CSV\u2026"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, dialog,
            [dialog, model] { exportImportRecords(dialog, model->records(), u"rejected-rows.csv"_s); });
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(view);
    layout->addWidget(buttons);
    dialog->open();
}

} // namespace sf

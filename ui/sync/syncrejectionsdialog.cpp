#include "syncrejectionsdialog.h"

#include "db/databaseworker.h"
#include "sync/syncrejectionrepository.h"
#include "syncrejectionmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sf {

SyncRejectionsDialog::SyncRejectionsDialog(DatabaseWorker &worker, QWidget *parent)
    : QDialog(parent)
    , m_worker(worker)
    , m_model(new SyncRejectionModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(u"syncRejectionsDialog"_s);
    setWindowTitle(tr("Records StockX sent that were not stored"));
    resize(980, 600);
    m_summary = new QLabel;
    m_summary->setObjectName(u"rejectionsSummary"_s);
    m_summary->setWordWrap(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SyncRejectionModel::SortRole);
    m_view = new QTableView;
    m_view->setObjectName(u"rejectionsView"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SyncRejectionModel::Occurred, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(SyncRejectionModel::Reason, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(SyncRejectionModel::Number, QHeaderView::ResizeToContents);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SyncRejectionsDialog::showRaw);
    m_raw = new QPlainTextEdit;
    m_raw->setObjectName(u"rejectionRaw"_s);
    m_raw->setReadOnly(true);
    m_raw->setPlaceholderText(tr("Select a record to see what StockX sent."));
    m_raw->setFont(QFont(u"monospace"_s));
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_view);
    splitter->addWidget(m_raw);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *copy = buttons->addButton(tr("Copy JSON"), QDialogButtonBox::ActionRole);
    copy->setObjectName(u"copyRejectionJson"_s);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_raw->toPlainText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    reload();
}

void SyncRejectionsDialog::reload()
{
    m_worker.run<Result<QList<SyncRejection>>>(
        this, [](const Database &db) { return SyncRejectionRepository(db).all(u"stockx"_s); },
        [this](Result<QList<SyncRejection>> rows) {
            if (!rows) {
                m_summary->setText(rows.error().toString());
                return;
            }
            m_model->setRows(rows.value());
            m_summary->setText(rows.value().isEmpty()
                                   ? tr("Every record StockX sent was stored.")
                                   : tr("%n records StockX sent could not be stored. Each sync of their kind tries "
                                        "them again; once one is stored it leaves this list.",
                                        nullptr, int(rows.value().size())));
            if (m_proxy->rowCount() > 0)
                m_view->selectRow(0);
            Q_EMIT loaded(int(rows.value().size()));
        });
}

void SyncRejectionsDialog::showRaw()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    m_raw->setPlainText(
        rows.isEmpty() ? QString()
                       : QString::fromUtf8(QJsonDocument(m_model->rowAt(m_proxy->mapToSource(rows.first()).row()).raw)
                                               .toJson(QJsonDocument::Indented)));
}

} // namespace sf

#include "pricingpage.h"

#include "common/changewatcher.h"
#include "common/pagetitle.h"
#include "db/databaseworker.h"
#include "pricehistorydialog.h"
#include "pricerulesdialog.h"
#include "pricingtablemodel.h"
#include "repricingplandialog.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sf {

PricingPage::PricingPage(DatabaseWorker &worker, QWidget *parent)
    : QWidget(parent)
    , m_worker(worker)
    , m_model(new PricingTableModel(worker.database(), this))
{
    setObjectName(u"pricingPage"_s);
    m_model->setWorker(&worker);
    m_listedOnly = new QCheckBox(tr("Listed on StockX only"));
    m_listedOnly->setObjectName(u"listedOnly"_s);
    connect(m_listedOnly, &QCheckBox::toggled, m_model, &PricingTableModel::setListedOnly);
    auto *plan = new QPushButton(tr("Plan repricing\u2026"));
    plan->setObjectName(u"planButton"_s);
    plan->setToolTip(tr("A dry run over the selected listed pairs (all listed pairs when none is selected): "
                        "old ask → new ask, what it nets and why; nothing is changed"));
    connect(plan, &QPushButton::clicked, this, &PricingPage::planRepricing);
    auto *history = new QPushButton(tr("Price history…"));
    history->setObjectName(u"historyButton"_s);
    history->setToolTip(tr("StockX's asks, bids and sales of the selected pair's size over time, with our asks, "
                           "cost and sales (or double-click a row)"));
    connect(history, &QPushButton::clicked, this, [this] {
        if (const QModelIndex current = m_view->currentIndex(); current.isValid())
            openPriceHistory(current.row());
    });
    auto *bar = new QHBoxLayout;
    bar->addWidget(pageTitle(tr("Pricing")));
    bar->addStretch(1);
    bar->addWidget(m_listedOnly);
    auto *rules = new QPushButton(tr("Price rules\u2026"));
    rules->setObjectName(u"rulesButton"_s);
    connect(rules, &QPushButton::clicked, this, [this] {
        auto *dialog = new PriceRulesDialog(m_worker, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        // Rules are not watched by the change notifier: the recommendations are read again on close.
        connect(dialog, &QDialog::finished, m_model, &PricingTableModel::reload);
        dialog->show();
    });
    bar->addWidget(rules);
    bar->addWidget(history);
    bar->addWidget(plan);
    m_hint = new QLabel(tr("Recommendations come from StockX's daily figures of each size and your price rules; "
                           "none nets less than cost plus the minimum profit after fees "
                           "(soleflipper-cli config set pricing.minimum_profit 10.00). Hover a recommendation "
                           "for its reasoning."));
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(u"color: palette(dark);"_s);
    m_view = new QTableView;
    m_view->setObjectName(u"pricingTable"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(PricingTableModel::Product, QHeaderView::Stretch);
    m_view->setWordWrap(false);
    connect(m_view, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { openPriceHistory(index.row()); });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(bar);
    layout->addWidget(m_hint);
    layout->addWidget(m_view, 1);
    connect(m_model, &PricingTableModel::loaded, this, [this] {
        m_view->resizeColumnsToContents();
        m_view->horizontalHeader()->setSectionResizeMode(PricingTableModel::Product, QHeaderView::Stretch);
    });
    new ChangeWatcher(worker.database().changeNotifier(), this,
                      {Change::Entity::StockItem, Change::Entity::Listing, Change::Entity::Product},
                      [this](const QList<Change> &) { m_model->reload(); });
}

void PricingPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_started) {
        m_started = true;
        m_model->reload();
    }
}

void PricingPage::openPriceHistory(int row)
{
    const PricingCandidate &pair = m_model->rowAt(row).candidate;
    auto *dialog = new PriceHistoryDialog(m_worker, pair.product, pair.size,
                                          u"%1 · %2"_s.arg(pair.productName, pair.sizeLabel), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void PricingPage::planRepricing()
{
    QSet<StockItemId> only;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        only.insert(StockItemId::fromString(index.data(PricingTableModel::ItemIdRole).toString()));
    auto *dialog = new RepricingPlanDialog(m_worker, only, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace sf

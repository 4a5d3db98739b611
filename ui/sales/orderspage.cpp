#include "orderspage.h"

#include "common/subsetbar.h"
#include "ordertablemodel.h"

#include "common/actionbutton.h"
#include "common/changewatcher.h"
#include "common/filterwidgets.h"
#include "db/databaseworker.h"
#include "db/datafolder.h"
#include "logcategories.h"
#include "sales/marketplacerepository.h"
#include "sales/orderlistrepository.h"
#include "sync/stockx/stockxsession.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sf {

OrdersPage::OrdersPage(DatabaseWorker &worker, StockXSession &stockx, QWidget *parent)
    : QWidget(parent)
    , m_worker(worker)
    , m_db(worker.database())
    , m_stockx(stockx)
{
    setObjectName(u"ordersPage"_s);
    documentsDirectory = dataFolder() + u"/shipping-documents"_s;
    openFile = [](const QString &path) { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); };

    m_model = new OrderTableModel(m_db, this);
    m_model->setWorker(&m_worker);
    m_view = new QTableView;
    m_view->setObjectName(u"ordersView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(24);
    m_view->horizontalHeader()->setSortIndicator(OrderTableModel::SoldAt, Qt::DescendingOrder);
    m_view->setSortingEnabled(true);
    const QList<std::pair<int, int>> widths = {
        {OrderTableModel::OrderNumber, 150}, {OrderTableModel::Marketplace, 90}, {OrderTableModel::Size, 70},
        {OrderTableModel::Status, 90},       {OrderTableModel::SoldAt, 95},      {OrderTableModel::Sale, 90},
        {OrderTableModel::NetProceeds, 100}, {OrderTableModel::Cost, 85},        {OrderTableModel::NetProfit, 90},
        {OrderTableModel::Roi, 70},          {OrderTableModel::ShelfLife, 80},   {OrderTableModel::Payout, 110},
        {OrderTableModel::Label, 80}};
    for (const auto &[column, width] : widths)
        m_view->setColumnWidth(column, width);
    m_view->horizontalHeader()->setSectionResizeMode(OrderTableModel::Product, QHeaderView::Stretch);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() == OrderTableModel::Label)
            openShippingLabel();
    });
    connect(m_model, &OrderTableModel::errorOccurred, this, [this](const QString &text) { showMessage(text, true); });
    connect(m_model, &OrderTableModel::loaded, this, &OrdersPage::updateActions);
    // Orders change with every sale recorded anywhere; the pairs' costs change the profit shown.
    new ChangeWatcher(m_db.changeNotifier(), this, {Change::Entity::Order, Change::Entity::StockItem},
                      [this](const QList<Change> &) { refresh(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OrdersPage::updateActions);

    m_summary = new QLabel;
    m_summary->setObjectName(u"ordersSummary"_s);
    m_summary->setWordWrap(true);
    m_message = new QLabel;
    m_message->setObjectName(u"ordersMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(buildFilterBar());
    m_subsetBar = new SubsetBar;
    connect(m_subsetBar, &SubsetBar::cleared, this, [this] {
        m_subset.reset();
        applyFilters();
    });
    layout->addWidget(m_subsetBar);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    auto *footer = new QHBoxLayout;
    footer->setContentsMargins(8, 2, 8, 6);
    footer->addWidget(m_summary, 1);
    footer->addWidget(m_labelButton);
    layout->addLayout(footer);
    reloadMarketplaces();
    applyFilters();
}

QWidget *OrdersPage::buildFilterBar()
{
    auto *bar = new QWidget;
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(8, 0, 8, 4);
    const auto apply = [this] { applyFilters(); };
    m_search = delayedSearchField(this, u"ordersSearch"_s, tr("Search order number, SKU or product"), apply);
    row->addWidget(m_search, 2);
    const auto combo = [&](QComboBox *&box, const QString &name, const QList<std::pair<QString, QVariant>> &entries) {
        box = filterCombo(this, name, entries, apply);
        row->addWidget(box);
    };
    combo(m_scope, u"scopeFilter"_s,
          {{tr("All orders"), int(OrderQuery::Scope::All)},
           {tr("Open (not paid out)"), int(OrderQuery::Scope::Open)},
           {tr("History"), int(OrderQuery::Scope::History)}});
    QList<std::pair<QString, QVariant>> statuses{{tr("All statuses"), QString()}};
    for (const OrderStatus status : allStatuses<OrderStatus>()) // in the order of an order's life
        statuses.append({statusName(status), statusKey(status)});
    combo(m_status, u"statusFilter"_s, statuses);
    combo(m_marketplace, u"marketplaceFilter"_s, {});
    combo(m_payout, u"payoutFilter"_s,
          {{tr("Any payout"), int(OrderQuery::Payout::Any)},
           {tr("Paid out"), int(OrderQuery::Payout::Received)},
           {tr("Payout outstanding"), int(OrderQuery::Payout::Outstanding)}});
    m_labelButton = actionButton(u"labelButton"_s, tr("Shipping label"), u"document-print"_s);
    m_labelButton->setToolTip(tr("Open the order's shipping label; StockX labels are downloaded the first time."));
    connect(m_labelButton, &QToolButton::clicked, this, &OrdersPage::openShippingLabel);
    return bar;
}

void OrdersPage::reloadMarketplaces()
{
    m_marketplace->clear();
    m_marketplace->addItem(tr("All marketplaces"), QString());
    const auto marketplaces = MarketplaceRepository(m_db).all();
    if (!marketplaces) {
        showMessage(marketplaces.error().toString(), true);
        return;
    }
    for (const Marketplace &m : marketplaces.value())
        m_marketplace->addItem(m.name, m.slug);
}

void OrdersPage::applyFilters()
{
    // A drill-down's subset says more than the combos can; they narrow it further.
    OrderQuery query = m_subset.value_or(OrderQuery());
    query.sort = m_model->query().sort;
    query.descending = m_model->query().descending;
    query.text = m_search->text();
    query.scope = OrderQuery::Scope(m_scope->currentData().toInt());
    query.payout = OrderQuery::Payout(m_payout->currentData().toInt());
    query.marketplaceSlug = m_marketplace->currentData().toString();
    query.status = statusFromKey<OrderStatus>(m_status->currentData().toString());
    m_model->setQuery(query);
    updateSummary();
}

void OrdersPage::showSubset(const OrderQuery &subset, const QString &label)
{
    m_subset = subset;
    const auto select = [](QComboBox *combo, const QVariant &value) {
        const QSignalBlocker blocker(combo);
        if (combo->findData(value) < 0)
            combo->addItem(value.toString(), value);
        combo->setCurrentIndex(combo->findData(value));
    };
    {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    select(m_scope, int(subset.scope));
    select(m_payout, int(subset.payout));
    select(m_marketplace, subset.marketplaceSlug);
    select(m_status, subset.status ? statusKey(*subset.status) : QString());
    m_subsetBar->showSubset(label);
    applyFilters();
}

void OrdersPage::refresh()
{
    m_model->reload();
    updateSummary();
}

void OrdersPage::updateSummary()
{
    // A sum over every order of the filter: on the database worker, never on this thread.
    m_worker.run<Result<OrderSummary>>(
        this, [query = m_model->query()](const Database &db) { return OrderListRepository(db).summary(query); },
        [this](Result<OrderSummary> summary) { showSummary(summary); });
}

void OrdersPage::showSummary(const Result<OrderSummary> &summary)
{
    if (!summary) {
        showMessage(summary.error().toString(), true);
        return;
    }
    const QLocale locale;
    const OrderSummary &s = summary.value();
    const auto money = [&](qint64 minor) { return Money(minor, u"EUR"_s).toDisplayString(locale); };
    m_summary->setText(tr("%n orders", nullptr, int(s.orders)) + u"  \u00b7  "_s +
                       tr("sales %1  \u00b7  net proceeds %2  \u00b7  net profit %3")
                           .arg(money(s.saleMinor), money(s.netProceedsMinor), money(s.netProfitMinor)) +
                       u"  \u00b7  "_s + tr("%n payouts outstanding", nullptr, int(s.outstandingPayouts)) +
                       (s.withoutCost > 0
                            ? u"  \u00b7  "_s + tr("%n sold pairs without a purchase price (not in the profit)",
                                                   nullptr, int(s.withoutCost))
                            : QString()));
}

void OrdersPage::updateActions()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    m_labelButton->setEnabled(rows.size() == 1 &&
                              !m_model->index(rows.first().row(), OrderTableModel::Label).data().toString().isEmpty());
}

void OrdersPage::openShippingLabel()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return;
    const OrderRow order = m_model->rowAt(rows.first().row());
    if (!order.shippingDocumentPath.isEmpty() && QFile::exists(order.shippingDocumentPath)) {
        openFile(order.shippingDocumentPath);
        Q_EMIT labelOpened(order.shippingDocumentPath);
        return;
    }
    if (order.marketplaceSlug != u"stockx"_s) {
        showMessage(tr("Labels can only be downloaded for StockX orders."), true);
        Q_EMIT labelFailed(m_message->text());
        return;
    }
    showMessage(tr("Downloading the shipping label of order %1\u2026").arg(order.orderNumber), false);
    m_labelButton->setEnabled(false);
    m_stockx.downloadShippingDocument(order, documentsDirectory, this, [this, order](Result<QString> path) {
        updateActions();
        if (!path) {
            showMessage(path.error().message, true);
            Q_EMIT labelFailed(path.error().message);
            return;
        }
        m_model->refreshOrder(order.id);
        showMessage(tr("Saved the label of order %1 to %2.").arg(order.orderNumber, path.value()), false);
        openFile(path.value());
        Q_EMIT labelOpened(path.value());
    });
}

void OrdersPage::showMessage(const QString &text, bool error)
{
    if (error)
        qCWarning(lcUi).noquote() << objectName() << text;
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"QLabel { color: #b3261e; padding: 4px 8px; }"_s
                                   : u"QLabel { color: #2e7d32; padding: 4px 8px; }"_s);
    m_message->show();
}

QString OrdersPage::summaryText() const
{
    return m_summary->text();
}

QString OrdersPage::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

} // namespace sf

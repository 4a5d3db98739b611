#include "deadstockpage.h"

#include "analytics/deadstockrepository.h"
#include "common/changewatcher.h"
#include "common/pagetitle.h"
#include "dashboard/kpitile.h"
#include "db/databaseworker.h"
#include "deadstocktablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sf {

DeadStockPage::DeadStockPage(DatabaseWorker &worker, QWidget *parent)
    : QWidget(parent)
    , m_worker(worker)
    , m_model(new DeadStockTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(u"deadStockPage"_s);
    auto *title = pageTitle(tr("Dead stock"));
    m_level = new QComboBox;
    m_level->setObjectName(u"levelCombo"_s);
    for (DeadStockLevel level : deadstocklevel::all())
        m_level->addItem(level == DeadStockLevel::Hot ? tr("Every level")
                                                      : tr("%1 and worse").arg(deadstocklevel::displayName(level)),
                         int(level));
    connect(m_level, &QComboBox::currentIndexChanged, this, &DeadStockPage::applyLevel);
    auto *list = new QPushButton(tr("List on StockX\u2026"));
    list->setObjectName(u"listButton"_s);
    list->setToolTip(
        tr("Open the selected pairs in the listing dialog with their StockX figures, to list them at a new "
           "price; pairs already listed are repriced on the Listings page"));
    connect(list, &QPushButton::clicked, this, [this] {
        QList<StockItemId> ids;
        for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
            ids << StockItemId::fromString(index.data(DeadStockTableModel::ItemIdRole).toString());
        if (!ids.isEmpty())
            Q_EMIT listRequested(ids);
    });
    auto *bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addStretch(1);
    bar->addWidget(new QLabel(tr("Show:")));
    bar->addWidget(m_level);
    bar->addWidget(list);
    m_summary = new QLabel;
    m_summary->setObjectName(u"deadStockSummary"_s);
    m_advice = new QLabel;
    m_advice->setWordWrap(true);
    m_advice->setStyleSheet(u"color: palette(dark);"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DeadStockTableModel::SortRole);
    m_view = new QTableView;
    m_view->setObjectName(u"deadStockTable"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DeadStockTableModel::Level, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(bar);
    layout->addWidget(buildTiles());
    layout->addWidget(m_summary);
    layout->addWidget(m_advice);
    layout->addWidget(m_view, 1);
    new ChangeWatcher(worker.database().changeNotifier(), this, {Change::Entity::StockItem, Change::Entity::Product},
                      [this](const QList<Change> &) { refresh(); });
}

void DeadStockPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_asked == 0)
        refresh();
}

QWidget *DeadStockPage::buildTiles()
{
    auto *row = new QWidget;
    row->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed); // the table takes the height left
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 6, 0, 6);
    const QHash<DeadStockLevel, QString> rules{
        {DeadStockLevel::Hot, tr("Up to 30 days in stock and a risk score up to 0.25.")},
        {DeadStockLevel::Warm, tr("Over 30 days or a risk score over 0.25.")},
        {DeadStockLevel::Cold, tr("Over 60 days or a risk score over 0.5.")},
        {DeadStockLevel::Dead, tr("Over 120 days or a risk score over 0.75.")},
        {DeadStockLevel::Critical, tr("Over 180 days or a risk score over 0.9.")}};
    for (DeadStockLevel level : deadstocklevel::all()) {
        auto *tile = new KpiTile(deadstocklevel::displayName(level),
                                 rules.value(level) + u"\n"_s +
                                     tr("Risk = 0.3 × age risk + 0.3 × market risk (market price ÷ cost) + 0.4 × "
                                        "velocity risk (brand, category); without a market figure, the age risk."));
        tile->setObjectName(deadstocklevel::key(level));
        m_tiles.insert(int(level), tile);
        layout->addWidget(tile);
    }
    return row;
}

void DeadStockPage::setAsOf(const QDateTime &asOf)
{
    m_asOf = asOf;
    refresh();
}

void DeadStockPage::setMinimumLevel(DeadStockLevel level)
{
    m_level->setCurrentIndex(m_level->findData(int(level)));
}

void DeadStockPage::refresh()
{
    const quint64 asked = ++m_asked;
    KpiQuery query;
    if (m_asOf.isValid())
        query.asOf = m_asOf;
    m_worker.run<Result<QList<DeadStockItem>>>(
        this, [query](const Database &db) { return DeadStockRepository(db).classified(query); },
        [this, asked](Result<QList<DeadStockItem>> items) {
            if (asked == m_asked)
                showItems(items);
        });
}

void DeadStockPage::showItems(const Result<QList<DeadStockItem>> &items)
{
    if (!items) {
        m_summary->setText(tr("The stock cannot be classified: %1").arg(items.error().toString()));
        return;
    }
    m_all = items.value();
    const QLocale locale;
    const auto portfolio = deadstockanalysis::summarise(m_all, u"EUR"_s);
    for (DeadStockLevel level : deadstocklevel::all())
        m_tiles.value(int(level))
            ->setValue(locale.toString(portfolio.pairs.value(level)),
                       tr("%1 locked \u00b7 %2 at risk")
                           .arg(portfolio.lockedCapital.value(level).toDisplayString(locale),
                                portfolio.potentialLoss.value(level).toDisplayString(locale)));
    const auto lossPercent = portfolio.lossPercent();
    m_summary->setText(tr("Locked capital %1 \u00b7 potential loss %2 (%3)")
                           .arg(portfolio.totalLocked.toDisplayString(locale),
                                portfolio.totalLoss.toDisplayString(locale),
                                lossPercent ? locale.toString(*lossPercent, 'f', 1) + u" %"_s : u"\u2013"_s));
    m_advice->setText(portfolio.recommendations().join(u"\n"_s));
    applyLevel();
    Q_EMIT loaded();
}

void DeadStockPage::applyLevel()
{
    const auto minimum = DeadStockLevel(m_level->currentData().toInt());
    QList<DeadStockItem> shown;
    for (const DeadStockItem &item : std::as_const(m_all))
        if (item.level >= minimum)
            shown.append(item);
    m_model->setRows(shown);
    if (m_view->columnWidth(DeadStockTableModel::Product) < 200) { // once, from the first rows
        m_view->resizeColumnsToContents();
        m_view->setColumnWidth(DeadStockTableModel::Product, 300);
    }
}

QString DeadStockPage::summaryText() const
{
    return m_summary->text();
}

} // namespace sf

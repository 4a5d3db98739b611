#include "listingspage.h"

#include "common/rolegate.h"

#include "pricing/pricehistorydialog.h"

#include "listingtablemodel.h"

#include "common/actionbutton.h"
#include "common/changewatcher.h"
#include "common/filterwidgets.h"
#include "db/databaseworker.h"
#include "sales/listinglistrepository.h"
#include "sales/presalemarker.h"
#include "sync/stockx/stockxsession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sf {

ListingsPage::ListingsPage(DatabaseWorker &worker, StockXSession &stockx, QWidget *parent)
    : QWidget(parent)
    , m_worker(worker)
    , m_db(worker.database())
    , m_stockx(stockx)
{
    setObjectName(u"listingsPage"_s);
    askPrice = [this](const ListingRow &first, int count) -> std::optional<Money> {
        bool ok = false;
        const QString text = QInputDialog::getText(
            this, tr("Change price"), tr("New asking price in EUR for %n listings:", nullptr, count), QLineEdit::Normal,
            first.amount ? first.amount->toDecimalString() : QString(), &ok);
        return ok ? Money::parse(text, u"EUR"_s) : std::nullopt;
    };
    confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Listings"), question) == QMessageBox::Yes;
    };

    m_model = new ListingTableModel(m_db, this);
    m_model->setWorker(&m_worker);
    m_view = new QTableView;
    m_view->setObjectName(u"listingsView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(24);
    m_view->horizontalHeader()->setSortIndicator(ListingTableModel::Listed, Qt::DescendingOrder);
    m_view->setSortingEnabled(true);
    const QList<std::pair<int, int>> widths = {
        {ListingTableModel::ListingNumber, 110}, {ListingTableModel::Size, 70},
        {ListingTableModel::Status, 90},         {ListingTableModel::Price, 90},
        {ListingTableModel::LowestAsk, 95},      {ListingTableModel::Difference, 120},
        {ListingTableModel::Cost, 85},           {ListingTableModel::Listed, 95},
        {ListingTableModel::Expires, 95}};
    for (const auto &[column, width] : widths)
        m_view->setColumnWidth(column, width);
    m_view->horizontalHeader()->setSectionResizeMode(ListingTableModel::Product, QHeaderView::Stretch);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ListingsPage::updateActions);
    connect(m_model, &ListingTableModel::loaded, this, &ListingsPage::updateActions);
    new ChangeWatcher(m_db.changeNotifier(), this, {Change::Entity::Listing, Change::Entity::StockItem},
                      [this](const QList<Change> &) { refresh(); });

    m_count = new QLabel;
    m_count->setObjectName(u"listingsCount"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(buildFilterBar());
    layout->addWidget(buildActionBar());
    m_message = new QLabel;
    m_message->setObjectName(u"listingsMessage"_s);
    m_message->setStyleSheet(u"QLabel { color: #b3261e; padding: 4px 8px; }"_s);
    m_message->hide();
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    m_count->setContentsMargins(8, 2, 8, 6);
    layout->addWidget(m_count);
    applyFilters();
}

QWidget *ListingsPage::buildFilterBar()
{
    auto *bar = new QWidget;
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(8, 0, 8, 4);
    const auto apply = [this] { applyFilters(); };
    m_search = delayedSearchField(this, u"listingsSearch"_s, tr("Search SKU, product or listing id"), apply);
    row->addWidget(m_search, 2);
    const auto combo = [&](QComboBox *&box, const QString &name, const QList<std::pair<QString, QVariant>> &entries) {
        box = filterCombo(this, name, entries, apply);
        row->addWidget(box);
    };
    using State = ListingQuery::State;
    using Price = ListingQuery::Price;
    combo(m_state, u"stateFilter"_s,
          {{tr("Open listings"), int(State::Open)},
           {tr("Active"), int(State::Active)},
           {tr("Inactive"), int(State::Inactive)},
           {tr("Ended"), int(State::Ended)},
           {tr("All listings"), int(State::All)}});
    combo(m_price, u"priceFilter"_s,
          {{tr("Any price"), int(Price::Any)},
           {tr("Above the lowest ask"), int(Price::AboveLowestAsk)},
           {tr("At or below the lowest ask"), int(Price::AtOrBelowLowestAsk)}});
    combo(m_expiring, u"expiringFilter"_s,
          {{tr("Any expiry"), 0}, {tr("Expiring within 7 days"), 7}, {tr("Expiring within 30 days"), 30}});
    return bar;
}

QWidget *ListingsPage::buildActionBar()
{
    auto *bar = new QWidget;
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(8, 0, 8, 4);
    const auto add = [&](const QString &name, const QString &text, const QString &icon, void (ListingsPage::*slot)()) {
        QToolButton *button = actionButton(name, text, icon);
        connect(button, &QToolButton::clicked, this, slot);
        row->addWidget(button);
        m_selectionActions.append(button);
    };
    add(u"priceButton"_s, tr("Change price\u2026"), u"document-edit"_s, &ListingsPage::changePrice);
    add(u"activateButton"_s, tr("Activate"), u"media-playback-start"_s, &ListingsPage::activate);
    add(u"deactivateButton"_s, tr("Deactivate"), u"media-playback-pause"_s, &ListingsPage::deactivate);
    add(u"deleteListingButton"_s, tr("Delete"), u"edit-delete"_s, &ListingsPage::remove);
    add(u"presaleButton"_s, tr("Presale"), u"appointment-new"_s, &ListingsPage::togglePresale);
    add(u"historyButton"_s, tr("Price history\u2026"), u"office-chart-line"_s, &ListingsPage::showPriceHistory);
    // Every button but the last (the history) changes listings; deleting one is an admin's.
    for (QWidget *button : m_selectionActions.mid(0, m_selectionActions.size() - 1))
        RoleGate::require(button, button->objectName() == u"deleteListingButton"_s ? TeamRole::Action::Delete
                                                                                   : TeamRole::Action::Write);
    m_selectionActions.last()->setToolTip(
        tr("Mark the selected listings as presales (sold before you hold the pair), or take the mark off."));
    row->addStretch(1);
    return bar;
}

void ListingsPage::applyFilters()
{
    ListingQuery query = m_model->query();
    query.text = m_search->text();
    query.state = ListingQuery::State(m_state->currentData().toInt());
    query.price = ListingQuery::Price(m_price->currentData().toInt());
    query.expiringWithinDays = m_expiring->currentData().toInt();
    m_model->setQuery(query);
    updateCount();
}

void ListingsPage::refresh()
{
    m_model->reload();
    updateCount();
}

void ListingsPage::updateCount()
{
    m_worker.run<Result<qint64>>(
        this, [query = m_model->query()](const Database &db) { return ListingListRepository(db).count(query); },
        [this](Result<qint64> count) {
            m_count->setText(count ? tr("%n listings", nullptr, int(count.value())) : count.error().toString());
        });
}

QList<SeenListing> ListingsPage::selectedListings() const
{
    QList<SeenListing> seen;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        const ListingRow &row = m_model->rowAt(index.row());
        seen.append({row.id, row.version});
    }
    return seen;
}

void ListingsPage::updateActions()
{
    const bool any = m_view->selectionModel()->hasSelection();
    for (QToolButton *button : std::as_const(m_selectionActions))
        button->setEnabled(any);
}

void ListingsPage::changePrice()
{
    const QList<SeenListing> listings = selectedListings();
    if (listings.isEmpty())
        return;
    const auto amount =
        askPrice(m_model->rowAt(m_view->selectionModel()->selectedRows().first().row()), int(listings.size()));
    if (!amount || amount->isZero() || amount->isNegative())
        return;
    m_stockx.changeListings(StockXListingWriter::Action::Update, listings, amount);
}

void ListingsPage::activate()
{
    if (const QList<SeenListing> listings = selectedListings(); !listings.isEmpty())
        m_stockx.changeListings(StockXListingWriter::Action::Activate, listings);
}

void ListingsPage::deactivate()
{
    if (const QList<SeenListing> listings = selectedListings(); !listings.isEmpty())
        m_stockx.changeListings(StockXListingWriter::Action::Deactivate, listings);
}

void ListingsPage::togglePresale()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const bool allMarked = std::all_of(
        rows.cbegin(), rows.cend(), [this](const QModelIndex &index) { return m_model->rowAt(index.row()).presale; });
    PresaleMarker marker(m_db);
    for (const SeenListing &listing : selectedListings())
        if (Status status = marker.setPresale(listing.id, !allMarked); !status) {
            m_message->setText(status.error().toString());
            m_message->show();
            break;
        }
    refresh();
}

void ListingsPage::remove()
{
    const QList<SeenListing> listings = selectedListings();
    if (listings.isEmpty() ||
        !confirm(tr("Take %n listings down from StockX? The pairs go back to stock.", nullptr, int(listings.size()))))
        return;
    m_stockx.changeListings(StockXListingWriter::Action::Delete, listings);
}

void ListingsPage::showPriceHistory()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        PriceHistoryDialog::openForPair(m_worker, m_model->rowAt(rows.first().row()).itemId, this);
}

} // namespace sf

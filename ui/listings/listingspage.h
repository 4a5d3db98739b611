#pragma once

#include "db/database.h"
#include "domain/money.h"
#include "sales/listingrow.h"
#include "sales/seenlisting.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;

namespace sf {

class DatabaseWorker;

class ListingTableModel;
class StockXSession;

// The Listings page: open and ended listings, those about to expire, and those priced above the
// lowest ask; the selected StockX listings can be repriced, paused, resumed or taken down.
class ListingsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListingsPage)

public:
    ListingsPage(DatabaseWorker &worker, StockXSession &stockx, QWidget *parent = nullptr);

    // Seams for the modal parts, replaced by tests.
    std::function<std::optional<Money>(const ListingRow &first, int count)> askPrice;
    std::function<bool(const QString &question)> confirm;

    ListingTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    void refresh();
    void applyFilters();
    void changePrice();
    // The price history of the first selected listing's size.
    void showPriceHistory();
    void activate();
    void deactivate();
    void remove();
    // Marks the selected listings as presales, or takes the mark off when all of them carry it.
    void togglePresale();

private:
    QWidget *buildFilterBar();
    QWidget *buildActionBar();
    // The selected listings with the versions shown, so a change made since is not sent over.
    QList<SeenListing> selectedListings() const;
    void updateActions();
    void updateCount();

    DatabaseWorker &m_worker;
    const Database &m_db;
    StockXSession &m_stockx;
    ListingTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_price = nullptr;
    QComboBox *m_expiring = nullptr;
    QList<QToolButton *> m_selectionActions;
    QLabel *m_count = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace sf

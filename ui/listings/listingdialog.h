#pragma once

#include "db/database.h"
#include "inventory/stockrow.h"
#include "pricing/marketprice.h"
#include "pricing/pricingcandidate.h"
#include "sync/stockx/stockxlistingwriter.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace sf {

class DatabaseWorker;

// "List on StockX": the selected pairs, StockX's market for each of their sizes (lowest ask,
// highest bid, sell faster, earn more, from the last enrichment), the pricing engine's recommendation
// for each (reasoning in its tooltip), and one asking price, suggested from the market and checked
// against each pair's cost and its floor after fees.
class ListingDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListingDialog)

public:
    // The recommendations are read on `worker` and shown when they arrive.
    ListingDialog(const Database &db, const QList<StockRow> &pairs, DatabaseWorker &worker, QWidget *parent = nullptr);

    QList<ListingDraft> drafts() const;
    std::optional<Money> amount() const;
    void setAmount(const Money &amount);
    QString validationMessage() const;

Q_SIGNALS:
    void recommendationsLoaded();

private:
    void loadMarket(const Database &db);
    void loadRecommendations(DatabaseWorker &worker);
    void showRecommendations(const Result<QList<PricedCandidate>> &priced);
    void updateState();

    QList<StockRow> m_pairs;
    QList<std::optional<MarketPrice>> m_market;         // per pair, from its size's variant
    QList<std::optional<Recommendation>> m_recommended; // per pair
    QTableWidget *m_table = nullptr;
    QLineEdit *m_amount = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_useRecommended = nullptr;
};

} // namespace sf

#include "listingdialog.h"

#include "catalog/productvariantrepository.h"
#include "db/databaseworker.h"
#include "pricing/marketpricerepository.h"
#include "pricing/pricingcandidaterepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
enum Column {
    ProductColumn,
    SizeColumn,
    CostColumn,
    LowestAskColumn,
    HighestBidColumn,
    SellFasterColumn,
    EarnMoreColumn,
    RecommendedColumn,
    ColumnCount
};

QString moneyText(const std::optional<Money> &m)
{
    return m ? m->toDisplayString(QLocale()) : u"\u2014"_s;
}

// Where the operator's price would start: the first pair's sell-faster price, else its lowest ask.
std::optional<Money> suggestion(const QList<std::optional<MarketPrice>> &market)
{
    for (const auto &price : market)
        if (price && (price->sellFaster || price->lowestAsk))
            return price->sellFaster ? price->sellFaster : price->lowestAsk;
    return std::nullopt;
}
} // namespace

ListingDialog::ListingDialog(const Database &db, const QList<StockRow> &pairs, DatabaseWorker &worker, QWidget *parent)
    : QDialog(parent)
    , m_pairs(pairs)
{
    setObjectName(u"listingDialog"_s);
    setWindowTitle(tr("List on StockX"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(u"<b>%1</b>"_s.arg(tr("Pairs to list on StockX: %1").arg(pairs.size())));
    layout->addWidget(title);

    m_table = new QTableWidget(int(pairs.size()), ColumnCount);
    m_table->setObjectName(u"marketTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Product"), tr("Size"), tr("Cost"), tr("Lowest ask"), tr("Highest bid"),
                                        tr("Sell faster"), tr("Earn more"), tr("Recommended")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(ProductColumn, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    loadMarket(db);
    loadRecommendations(worker);

    auto *form = new QFormLayout;
    m_amount = new QLineEdit;
    m_amount->setObjectName(u"amountEdit"_s);
    m_amount->setPlaceholderText(tr("e.g. 189"));
    auto *amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amount, 1);
    const auto useButton = [&](const QString &name, const QString &text, auto pick) {
        auto *button = new QPushButton(text);
        button->setObjectName(name);
        const auto figure = m_market.isEmpty() || !m_market.first() ? std::nullopt : pick(*m_market.first());
        button->setEnabled(figure.has_value());
        connect(button, &QPushButton::clicked, this, [this, figure] { setAmount(*figure); });
        amountRow->addWidget(button);
    };
    useButton(u"useLowestAsk"_s, tr("Lowest ask"), [](const MarketPrice &p) { return p.lowestAsk; });
    useButton(u"useSellFaster"_s, tr("Sell faster"), [](const MarketPrice &p) { return p.sellFaster; });
    useButton(u"useEarnMore"_s, tr("Earn more"), [](const MarketPrice &p) { return p.earnMore; });
    m_useRecommended = new QPushButton(tr("Recommended"));
    m_useRecommended->setObjectName(u"useRecommended"_s);
    m_useRecommended->setEnabled(false); // until the recommendations arrive
    connect(m_useRecommended, &QPushButton::clicked, this, [this] {
        if (!m_recommended.isEmpty() && m_recommended.first())
            setAmount(m_recommended.first()->price);
    });
    amountRow->addWidget(m_useRecommended);
    form->addRow(tr("Asking price (EUR)"), amountRow);
    layout->addLayout(form);
    m_summary = new QLabel;
    m_summary->setObjectName(u"listingSummary"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_problem = new QLabel;
    m_problem->setObjectName(u"listingProblem"_s);
    m_problem->setStyleSheet(u"color: #b3261e;"_s);
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("List on StockX"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    connect(m_amount, &QLineEdit::textChanged, this, &ListingDialog::updateState);
    if (const auto suggested = suggestion(m_market))
        setAmount(*suggested);
    updateState();
    resize(1000, 420);
}

void ListingDialog::loadMarket(const Database &db)
{
    ProductVariantRepository variants(db);
    MarketPriceRepository prices(db);
    for (int row = 0; row < m_pairs.size(); ++row) {
        const StockRow &pair = m_pairs.at(row);
        std::optional<MarketPrice> market;
        const auto known = variants.forProduct(pair.item.productId);
        for (const ProductVariant &variant : known.value_or(QList<ProductVariant>()))
            if (variant.sizeId == pair.item.sizeId) {
                const auto latest = prices.latest(variant.id, u"stockx"_s);
                if (latest && latest.value())
                    market = *latest.value();
            }
        m_market.append(market);
        const QStringList cells = {pair.productName,
                                   pair.sizeLabel,
                                   moneyText(pair.item.netPrice),
                                   moneyText(market ? market->lowestAsk : std::nullopt),
                                   moneyText(market ? market->highestBid : std::nullopt),
                                   moneyText(market ? market->sellFaster : std::nullopt),
                                   moneyText(market ? market->earnMore : std::nullopt)};
        for (int column = 0; column < RecommendedColumn; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column >= CostColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
}

void ListingDialog::loadRecommendations(DatabaseWorker &worker)
{
    QList<StockItemId> ids;
    for (int row = 0; row < m_pairs.size(); ++row) {
        ids << m_pairs.at(row).item.id;
        auto *item = new QTableWidgetItem(u"\u2026"_s);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, RecommendedColumn, item);
    }
    worker.run<Result<QList<PricedCandidate>>>(
        this,
        [ids, now = QDateTime::currentDateTimeUtc()](const Database &db) {
            return PricingCandidateRepository(db).fetchPriced(ids, now);
        },
        [this](const Result<QList<PricedCandidate>> &priced) { showRecommendations(priced); });
}

void ListingDialog::showRecommendations(const Result<QList<PricedCandidate>> &priced)
{
    m_recommended.clear();
    for (int row = 0; row < m_pairs.size(); ++row) {
        std::optional<Recommendation> rec;
        QString why;
        for (const PricedCandidate &candidate : priced.value_or(QList<PricedCandidate>()))
            if (candidate.candidate.item == m_pairs.at(row).item.id) {
                rec = candidate.recommendation;
                why = rec ? tr("%1: nets %2 after fees, profit %3\n%4")
                                .arg(pricingstrategy::displayName(rec->strategy), moneyText(rec->netProceeds),
                                     moneyText(rec->profit), rec->reasoning.join(u'\n'))
                          : candidate.problem;
            }
        if (!priced)
            why = priced.error().toString();
        m_recommended.append(rec);
        QTableWidgetItem *item = m_table->item(row, RecommendedColumn);
        item->setText(moneyText(rec ? std::optional<Money>(rec->price) : std::nullopt));
        item->setToolTip(why);
    }
    m_useRecommended->setEnabled(!m_recommended.isEmpty() && m_recommended.first().has_value());
    updateState();
    Q_EMIT recommendationsLoaded();
}

std::optional<Money> ListingDialog::amount() const
{
    return Money::parse(m_amount->text(), u"EUR"_s);
}

void ListingDialog::setAmount(const Money &amount)
{
    m_amount->setText(amount.toDecimalString());
}

QString ListingDialog::validationMessage() const
{
    const auto entered = amount();
    if (!entered || entered->isZero() || entered->isNegative())
        return tr("Enter the asking price, for example 189 or 189.50.");
    return {};
}

void ListingDialog::updateState()
{
    const QString problem = validationMessage();
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    const auto entered = amount();
    if (!problem.isEmpty() || !entered) {
        m_summary->clear();
        return;
    }
    QStringList notes;
    int belowCost = 0;
    int belowFloor = 0;
    int aboveLowest = 0;
    for (int row = 0; row < m_pairs.size(); ++row) {
        const auto &cost = m_pairs.at(row).item.netPrice;
        belowCost += cost && entered->minor() < cost->minor() ? 1 : 0;
        const auto rec = m_recommended.value(row);
        belowFloor += rec && rec->floor && *entered < *rec->floor ? 1 : 0;
        const auto &market = m_market.at(row);
        aboveLowest += market && market->lowestAsk && entered->minor() > market->lowestAsk->minor() ? 1 : 0;
    }
    if (belowCost > 0)
        notes << tr("Below what they cost, before StockX's fees: %1 of %2 pairs.").arg(belowCost).arg(m_pairs.size());
    if (belowFloor > belowCost)
        notes << tr("Below the floor after fees (cost plus the minimum profit): %1 of %2 pairs.")
                     .arg(belowFloor)
                     .arg(m_pairs.size());
    if (aboveLowest > 0)
        notes
            << tr("Above the lowest ask, so waiting for a buyer: %1 of %2 pairs.").arg(aboveLowest).arg(m_pairs.size());
    if (notes.isEmpty())
        notes << tr("At or below the lowest ask and above cost.");
    m_summary->setText(notes.join(u' '));
}

QList<ListingDraft> ListingDialog::drafts() const
{
    QList<ListingDraft> result;
    if (const auto entered = amount())
        for (const StockRow &pair : m_pairs)
            result.append({pair.item.id, *entered});
    return result;
}

} // namespace sf

#include "dashboardpage.h"

#include "analytics/breakdownrepository.h"
#include "analytics/drilldown.h"
#include "analytics/kpirepository.h"
#include "catalog/brandrepository.h"
#include "chartcard.h"
#include "charts/barchart.h"
#include "common/changewatcher.h"
#include "common/pagetitle.h"
#include "db/databaseworker.h"
#include "db/systemconfig.h"
#include "kpitile.h"
#include "sales/marketplacerepository.h"
#include "suppliers/supplierrepository.h"
#include "welcomepanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
constexpr int kCustom = -1;
constexpr int kTopGroups = 10;

std::optional<double> changePercent(qint64 now, qint64 before)
{
    if (before == 0)
        return std::nullopt;
    return 100.0 * double(now - before) / double(before < 0 ? -before : before);
}

std::optional<double> changePercent(const std::optional<double> &now, const std::optional<double> &before)
{
    if (!now || !before || *before == 0)
        return std::nullopt;
    return 100.0 * (*now - *before) / (*before < 0 ? -*before : *before);
}

QComboBox *filterCombo(const QString &objectName, const QString &all)
{
    auto *combo = new QComboBox;
    combo->setObjectName(objectName);
    combo->addItem(all, QString());
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

template <typename... Results> std::optional<Error> firstError(const Results &...results)
{
    std::optional<Error> error;
    ((error || results ? void() : void(error = results.error())), ...);
    return error;
}

// Adds the choices the database knows, keeping the one picked.
template <typename T, typename Key, typename Name>
void fillCombo(QComboBox *combo, const Result<QList<T>> &rows, Key key, Name name)
{
    if (!rows)
        return;
    const QSignalBlocker blocker(combo);
    for (const T &row : rows.value())
        if (combo->findData(key(row)) < 0)
            combo->addItem(name(row), key(row));
}
} // namespace

DashboardPage::DashboardPage(DatabaseWorker &worker, QWidget *parent)
    : QWidget(parent)
    , m_worker(worker)
{
    setObjectName(u"dashboardPage"_s);
    auto *title = pageTitle(tr("Dashboard"));
    m_message = new QLabel;
    m_message->setObjectName(u"dashboardMessage"_s);
    m_message->setWordWrap(true);
    m_content = new QWidget;
    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 8, 0);
    content->addWidget(buildTiles());
    content->addWidget(buildCharts(), 1);
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_scroll = scroll;
    m_welcome = new WelcomePanel;
    m_welcome->hide();
    m_controls = buildControls();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(title);
    layout->addWidget(m_controls);
    layout->addWidget(m_message);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_welcome, 1);
    askPdfPath = [this] {
        return QFileDialog::getSaveFileName(this, tr("Export dashboard"),
                                            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                                                u"/soleflipper-dashboard.pdf"_s,
                                            tr("PDF document (*.pdf)"));
    };
    new ChangeWatcher(
        worker.database().changeNotifier(), this,
        {Change::Entity::Order, Change::Entity::StockItem, Change::Entity::Listing, Change::Entity::Product},
        [this](const QList<Change> &) { refresh(); });
    // Other clients of a shared database change it without telling this one: recompute now and then.
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setInterval(SystemConfig::kDefaultDashboardRefreshSeconds * 1000);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    m_refreshTimer->start();
    m_worker.run<Result<int>>(
        this,
        [](const Database &db) {
            return SystemConfig(db).number(QString::fromLatin1(SystemConfig::kDashboardRefreshSeconds),
                                           SystemConfig::kDefaultDashboardRefreshSeconds);
        },
        [this](Result<int> seconds) {
            if (seconds && seconds.value() > 0)
                m_refreshTimer->setInterval(seconds.value() * 1000);
        });
    loadChoices();
    periodChosen();
}

int DashboardPage::refreshSeconds() const
{
    return m_refreshTimer->interval() / 1000;
}

QWidget *DashboardPage::buildControls()
{
    auto *bar = new QWidget;
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 4, 0, 4);
    m_period = new QComboBox;
    m_period->setObjectName(u"periodCombo"_s);
    for (KpiPeriod period : kpiperiod::all())
        m_period->addItem(kpiperiod::displayName(period), int(period));
    m_period->addItem(tr("Custom\u2026"), kCustom);
    m_period->setCurrentIndex(m_period->findData(int(KpiPeriod::Last30Days)));
    m_from = new QDateEdit;
    m_to = new QDateEdit;
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_period->currentData().toInt() == kCustom)
                refresh();
        });
    }
    m_marketplace = filterCombo(u"marketplaceCombo"_s, tr("All marketplaces"));
    m_brand = filterCombo(u"brandCombo"_s, tr("All brands"));
    m_supplier = filterCombo(u"supplierCombo"_s, tr("All suppliers"));
    m_compare = new QCheckBox(tr("Compare with the previous period"));
    m_compare->setObjectName(u"compareCheck"_s);
    m_compare->setChecked(true);
    auto *pdf = new QPushButton(tr("Export PDF\u2026"));
    pdf->setToolTip(tr("Save the tiles and charts as a PDF report"));
    connect(pdf, &QPushButton::clicked, this, [this] {
        if (const QString path = askPdfPath(); !path.isEmpty())
            exportPdf(path);
    });
    connect(m_period, &QComboBox::currentIndexChanged, this, &DashboardPage::periodChosen);
    for (QComboBox *combo : {m_marketplace, m_brand, m_supplier})
        connect(combo, &QComboBox::currentIndexChanged, this, &DashboardPage::refresh);
    connect(m_compare, &QCheckBox::toggled, this, &DashboardPage::refresh);
    row->addWidget(new QLabel(tr("Period:")));
    row->addWidget(m_period);
    row->addWidget(m_from);
    row->addWidget(new QLabel(u"\u2013"_s));
    row->addWidget(m_to);
    row->addSpacing(12);
    row->addWidget(m_marketplace);
    row->addWidget(m_brand);
    row->addWidget(m_supplier);
    row->addSpacing(12);
    row->addWidget(m_compare);
    row->addStretch(1);
    row->addWidget(pdf);
    return bar;
}

QWidget *DashboardPage::buildTiles()
{
    auto *grid = new QWidget;
    addTile(u"revenue"_s, tr("Revenue"),
            tr("Gross sale prices of the period's sales (not cancelled, returned or failed)."));
    addTile(u"netProceeds"_s, tr("Net proceeds"), tr("Sale prices minus the marketplaces' fees."));
    addTile(u"netProfit"_s, tr("Net profit"),
            tr("Net proceeds minus the pairs' net purchase prices, over the sales "
               "whose purchase price is known."));
    addTile(u"roi"_s, tr("ROI"), tr("Net profit ÷ net purchase prices × 100, over the sales with a purchase price."));
    addTile(u"margin"_s, tr("Margin"), tr("Net profit ÷ sale prices × 100, over the sales with a purchase price."));
    addTile(u"pairsSold"_s, tr("Pairs sold"), tr("Sales in the period that count."));
    addTile(u"averagePrice"_s, tr("Average sale price"), tr("Revenue ÷ pairs sold."));
    addTile(u"shelfLife"_s, tr("Average shelf life"),
            tr("Days from purchase to sale, averaged over the period's sales."));
    addTile(u"sellThrough"_s, tr("Sell-through"), tr("Pairs sold ÷ (pairs sold + pairs on hand now) × 100."));
    addTile(u"payoutsPending"_s, tr("Payouts pending"),
            tr("Net proceeds of counted sales whose payout has not arrived, whatever their date."));
    addTile(u"stockCost"_s, tr("Stock at cost"),
            tr("Net purchase prices of the pairs on hand now (not sold or cancelled); gross below."));
    addTile(u"stockMarket"_s, tr("Stock at market"),
            tr("Each pair on hand at the newest StockX lowest ask of its size; the highest bids below. Pairs "
               "without a market figure are left out; the share that has one is shown."));
    addTile(u"unrealisedGain"_s, tr("Unrealised gain"),
            tr("(Highest bid − net purchase price) × quantity, over the pairs on hand with a bid and a purchase "
               "price: what selling to the bids now would gain, before fees."));
    addTile(u"pairsByStatus"_s, tr("Pairs on hand"), tr("Pairs not sold or cancelled, by status."));
    auto *layout = new QGridLayout(grid);
    layout->setContentsMargins(0, 8, 0, 8);
    layout->setSpacing(10);
    constexpr int kColumns = 5;
    for (int c = 0; c < kColumns; ++c)
        layout->setColumnStretch(c, 1);
    for (int i = 0; i < m_tileOrder.size(); ++i) {
        KpiTile *tile = m_tiles.value(m_tileOrder.at(i));
        layout->addWidget(tile, i / kColumns, i % kColumns);
        tile->setClickable(true);
        connect(tile, &KpiTile::clicked, this, [this, name = m_tileOrder.at(i)] { openTile(name); });
    }
    return grid;
}

void DashboardPage::addTile(const QString &name, const QString &title, const QString &formula)
{
    auto *tile = new KpiTile(title, formula + u"\n"_s + tr("Click to see them."));
    tile->setObjectName(name);
    m_tiles.insert(name, tile);
    m_tileOrder.append(name);
}

ChartCard *DashboardPage::addCard(const QString &name, const QString &title, const QString &hint)
{
    auto *card = new ChartCard(title);
    card->setObjectName(name);
    card->setHint(hint);
    m_cards.insert(name, card);
    connect(card->chart(), &BarChart::barClicked, this,
            [this, name](int set, int category) { openBar(name, set, category); });
    return card;
}

QWidget *DashboardPage::buildCharts()
{
    auto *grid = new QWidget;
    auto *layout = new QGridLayout(grid);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    ChartCard *sales = addCard(u"sales"_s, tr("Sales over time"), tr("Click a bar to see its orders."));
    sales->setChoices({tr("Revenue"), tr("Net profit")});
    sales->chart()->setMinimumHeight(300);
    connect(sales, &ChartCard::choiceChanged, this, &DashboardPage::drawSales);
    ChartCard *ageing = addCard(u"ageing"_s, tr("Ageing of the stock on hand"), tr("Click a bar to see its pairs."));
    ageing->setChoices({tr("Pairs"), tr("Capital at cost")});
    connect(ageing, &ChartCard::choiceChanged, this, &DashboardPage::drawAgeing);
    layout->addWidget(sales, 0, 0, 1, 2);
    layout->addWidget(addCard(u"brands"_s, tr("Top brands by net profit"), tr("Click a bar to see its orders.")), 1, 0);
    layout->addWidget(addCard(u"products"_s, tr("Top products by net profit"), tr("Click a bar to see its orders.")), 1,
                      1);
    layout->addWidget(ageing, 2, 0);
    layout->addWidget(addCard(u"profit"_s, tr("Net profit per sale"),
                              tr("Sales with a purchase price, by their net profit. Click a bar to see them.")),
                      2, 1);
    layout->addWidget(addCard(u"payouts"_s, tr("Expected payouts"),
                              tr("Pending payouts at each marketplace's average payout delay so far "
                                 "(14 days before its first payout). Click a bar to see the orders.")),
                      3, 0, 1, 2);
    return grid;
}

void DashboardPage::loadChoices()
{
    struct Choices {
        Result<QList<Marketplace>> marketplaces;
        Result<QList<Brand>> brands;
        Result<QList<Supplier>> suppliers;
    };
    m_worker.run<Choices>(
        this,
        [](const Database &db) {
            return Choices{MarketplaceRepository(db).all(), BrandRepository(db).all(), SupplierRepository(db).all()};
        },
        [this](Choices choices) {
            fillCombo(
                m_marketplace, choices.marketplaces, [](const Marketplace &m) { return m.slug; },
                [](const Marketplace &m) { return m.name; });
            fillCombo(
                m_brand, choices.brands, [](const Brand &b) { return b.id.toString(); },
                [](const Brand &b) { return b.name; });
            fillCombo(
                m_supplier, choices.suppliers, [](const Supplier &s) { return s.id.toString(); },
                [](const Supplier &s) { return s.name; });
        });
}

void DashboardPage::setToday(const QDate &today)
{
    m_today = today;
    periodChosen();
}

void DashboardPage::setPeriod(KpiPeriod period)
{
    m_period->setCurrentIndex(m_period->findData(int(period)));
}

void DashboardPage::setCustomPeriod(const QDate &from, const QDate &to)
{
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    if (m_period->currentData().toInt() == kCustom)
        refresh();
    else
        m_period->setCurrentIndex(m_period->findData(kCustom));
}

void DashboardPage::setMarketplace(const QString &slug)
{
    if (m_marketplace->findData(slug) < 0)
        m_marketplace->addItem(slug, slug); // before the list arrived
    m_marketplace->setCurrentIndex(m_marketplace->findData(slug));
}

void DashboardPage::setBrand(const BrandId &brand)
{
    if (m_brand->findData(brand.toString()) < 0)
        m_brand->addItem(brand.toString(), brand.toString());
    m_brand->setCurrentIndex(m_brand->findData(brand.toString()));
}

void DashboardPage::setSupplier(const SupplierId &supplier)
{
    if (m_supplier->findData(supplier.toString()) < 0)
        m_supplier->addItem(supplier.toString(), supplier.toString());
    m_supplier->setCurrentIndex(m_supplier->findData(supplier.toString()));
}

void DashboardPage::setCompare(bool compare)
{
    m_compare->setChecked(compare);
}

void DashboardPage::periodChosen()
{
    const bool custom = m_period->currentData().toInt() == kCustom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (!custom) {
        const auto [from, to] = kpiperiod::range(KpiPeriod(m_period->currentData().toInt()), m_today);
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    refresh();
}

KpiQuery DashboardPage::query() const
{
    KpiQuery query;
    query.from = m_from->date();
    query.to = m_to->date() < m_from->date() ? m_from->date() : m_to->date();
    query.marketplaceSlug = m_marketplace->currentData().toString();
    query.brand = BrandId::fromString(m_brand->currentData().toString());
    query.supplier = SupplierId::fromString(m_supplier->currentData().toString());
    // Stock ages are counted to now, or to the end of the day a test fixed as today.
    query.asOf = m_today == QDate::currentDate() ? QDateTime::currentDateTimeUtc()
                                                 : QDateTime(m_today.addDays(1), QTime(0, 0), Qt::UTC);
    return query;
}

void DashboardPage::refresh()
{
    const quint64 asked = ++m_asked;
    const KpiQuery now = query();
    const bool compare = m_compare->isChecked();
    // Two jobs on the one worker: the tiles answer first, the charts follow.
    m_worker.run<Tiles>(
        this,
        [now, compare](const Database &db) {
            const KpiRepository kpis(db);
            Tiles tiles{kpis.compute(now), std::nullopt, kpis.hasData()};
            if (compare)
                tiles.before = kpis.compute(now.previous(), KpiRepository::Parts::PeriodOnly);
            return tiles;
        },
        [this, asked, now](Tiles tiles) {
            if (asked != m_asked)
                return;
            m_shown = now;
            showTiles(tiles);
        });
    m_worker.run<Charts>(
        this,
        [now](const Database &db) {
            const BreakdownRepository breakdowns(db);
            return Charts{KpiRepository(db).salesByDay(now),
                          breakdowns.salesBy(now, SalesGrouping::Brand, kTopGroups),
                          breakdowns.salesBy(now, SalesGrouping::Product, kTopGroups),
                          breakdowns.ageing(now),
                          breakdowns.profitDistribution(now),
                          breakdowns.expectedPayouts(now)};
        },
        [this, asked](Charts charts) {
            if (asked == m_asked)
                showCharts(charts);
        });
}

void DashboardPage::showTiles(const Tiles &tiles)
{
    if (!tiles.now) {
        m_message->setText(tr("The figures cannot be computed: %1").arg(tiles.now.error().toString()));
        return;
    }
    m_message->clear();
    const bool empty = tiles.hasData && !tiles.hasData.value();
    m_welcome->setVisible(empty);
    m_scroll->setVisible(!empty);
    m_controls->setVisible(!empty);
    const QLocale locale;
    const Kpis &k = tiles.now.value();
    const std::optional<Kpis> before =
        tiles.before && *tiles.before ? std::optional<Kpis>(tiles.before->value()) : std::nullopt;
    const auto money = [&](const Money &m) { return m.toDisplayString(locale); };
    const auto percent = [&](const std::optional<double> &p) {
        return p ? locale.toString(*p, 'f', 1) + u" %"_s : u"\u2013"_s;
    };
    const auto moneyTile = [&](const QString &name, const Money &value, auto pick) {
        m_tiles.value(name)->setValue(money(value));
        m_tiles.value(name)->setChange(before ? changePercent(value.minor(), pick(*before).minor()) : std::nullopt);
    };
    moneyTile(u"revenue"_s, k.revenue, [](const Kpis &b) { return b.revenue; });
    moneyTile(u"netProceeds"_s, k.netProceeds, [](const Kpis &b) { return b.netProceeds; });
    moneyTile(u"netProfit"_s, k.netProfit, [](const Kpis &b) { return b.netProfit; });
    if (k.withoutCost > 0)
        m_tiles.value(u"netProfit"_s)
            ->setValue(money(k.netProfit),
                       tr("%n sale(s) without a purchase price left out", nullptr, int(k.withoutCost)));
    m_tiles.value(u"roi"_s)->setValue(percent(k.roiPercent()));
    m_tiles.value(u"roi"_s)->setChange(before ? changePercent(k.roiPercent(), before->roiPercent()) : std::nullopt);
    m_tiles.value(u"margin"_s)->setValue(percent(k.marginPercent()));
    m_tiles.value(u"margin"_s)
        ->setChange(before ? changePercent(k.marginPercent(), before->marginPercent()) : std::nullopt);
    m_tiles.value(u"pairsSold"_s)->setValue(locale.toString(k.pairsSold));
    m_tiles.value(u"pairsSold"_s)->setChange(before ? changePercent(k.pairsSold, before->pairsSold) : std::nullopt);
    const auto average = k.averageSalePrice();
    m_tiles.value(u"averagePrice"_s)->setValue(average ? money(*average) : u"\u2013"_s);
    m_tiles.value(u"averagePrice"_s)
        ->setChange(before && average && before->averageSalePrice()
                        ? changePercent(average->minor(), before->averageSalePrice()->minor())
                        : std::nullopt);
    m_tiles.value(u"shelfLife"_s)
        ->setValue(k.averageShelfLifeDays ? tr("%1 days").arg(locale.toString(*k.averageShelfLifeDays, 'f', 0))
                                          : u"\u2013"_s);
    m_tiles.value(u"shelfLife"_s)
        ->setChange(before ? changePercent(k.averageShelfLifeDays, before->averageShelfLifeDays) : std::nullopt, false);
    m_tiles.value(u"sellThrough"_s)->setValue(percent(k.sellThroughPercent()));
    m_tiles.value(u"payoutsPending"_s)
        ->setValue(money(k.payoutsPending),
                   k.oldestPendingDay.isValid()
                       ? tr("oldest sale %1").arg(locale.toString(k.oldestPendingDay, QLocale::ShortFormat))
                       : QString());
    m_tiles.value(u"stockCost"_s)
        ->setValue(money(k.stockCostNet),
                   tr("%1 gross \u00b7 %n pair(s) on hand", nullptr, int(k.pairsOnHand)).arg(money(k.stockCostGross)));
    m_tiles.value(u"stockMarket"_s)
        ->setValue(
            money(k.stockAtAsk),
            tr("bids %1 \u00b7 %2 of pairs priced").arg(money(k.stockAtBid), percent(k.marketCoveragePercent())));
    m_tiles.value(u"unrealisedGain"_s)->setValue(money(k.unrealisedGain), tr("at the highest bids, before fees"));
    QStringList statuses;
    for (const auto &[status, pairs] : k.pairsByStatus)
        statuses << u"%1 %2"_s.arg(locale.toString(pairs), itemstatus::displayName(status));
    m_tiles.value(u"pairsByStatus"_s)->setValue(locale.toString(k.pairsOnHand), statuses.join(u" \u00b7 "_s));
    Q_EMIT tilesShown();
}

void DashboardPage::showCharts(const Charts &charts)
{
    if (const auto problem =
            firstError(charts.days, charts.brands, charts.products, charts.ageing, charts.profits, charts.payouts)) {
        m_message->setText(tr("The charts cannot be drawn: %1").arg(problem->toString()));
        return;
    }
    m_charts = charts;
    drawSales();
    drawAgeing();
    m_cards.value(u"brands"_s)
        ->chart()
        ->setData(dashboardchartdata::topGroups(charts.brands.value(), m_shown.currency));
    m_cards.value(u"products"_s)
        ->chart()
        ->setData(dashboardchartdata::topGroups(charts.products.value(), m_shown.currency));
    m_cards.value(u"profit"_s)->chart()->setData(dashboardchartdata::profitDistribution(charts.profits.value()));
    m_payouts = dashboardchartdata::expectedPayouts(charts.payouts.value(), m_shown.currency);
    m_cards.value(u"payouts"_s)->chart()->setData(m_payouts.chart);
    Q_EMIT figuresShown();
}

void DashboardPage::drawSales()
{
    if (!m_charts)
        return;
    const auto measure = m_cards.value(u"sales"_s)->choice() == 0 ? dashboardchartdata::SalesMeasure::Revenue
                                                                  : dashboardchartdata::SalesMeasure::NetProfit;
    m_sales = dashboardchartdata::salesOverTime(m_charts->days.value(), m_shown.from, m_shown.to, measure);
    m_cards.value(u"sales"_s)->chart()->setData(m_sales.chart);
}

void DashboardPage::drawAgeing()
{
    if (!m_charts)
        return;
    m_cards.value(u"ageing"_s)
        ->chart()
        ->setData(dashboardchartdata::ageing(m_charts->ageing.value(), m_cards.value(u"ageing"_s)->choice() == 1,
                                             m_shown.currency));
}

QString DashboardPage::describe(const QString &what, bool withPeriod) const
{
    const QLocale locale;
    QStringList parts{what};
    if (withPeriod)
        parts << locale.toString(m_shown.from, QLocale::ShortFormat) + u" \u2013 "_s +
                     locale.toString(m_shown.to, QLocale::ShortFormat);
    for (QComboBox *combo : {m_marketplace, m_brand, m_supplier})
        if (!combo->currentData().toString().isEmpty())
            parts << combo->currentText();
    return parts.join(u" \u00b7 "_s);
}

void DashboardPage::openTile(const QString &name)
{
    if (name == u"payoutsPending"_s)
        Q_EMIT openOrders(drilldown::pendingPayouts(m_shown), describe(tr("Payouts pending"), false));
    else if (QStringList{u"stockCost"_s, u"stockMarket"_s, u"unrealisedGain"_s, u"pairsByStatus"_s}.contains(name))
        Q_EMIT openStock(drilldown::onHand(m_shown), describe(tr("Pairs on hand"), false));
    else
        Q_EMIT openOrders(drilldown::periodSales(m_shown), describe(tr("Sales"), true));
}

void DashboardPage::openBar(const QString &card, int set, int category)
{
    if (!m_charts || category < 0)
        return;
    const auto reversed = [](const QList<SalesGroup> &groups, int c) { return groups.value(groups.size() - 1 - c); };
    if (card == u"sales"_s && category < m_sales.bucketStarts.size()) {
        const QDate start = m_sales.bucketStarts.at(category);
        Q_EMIT openOrders(drilldown::periodSales(m_shown, start, timebucket::lastDay(start, m_sales.bucket),
                                                 m_sales.marketplaceSlugs.value(set)),
                          describe(tr("Sales of %1").arg(m_sales.chart.categories.value(category)), false) +
                              u" \u00b7 "_s + m_sales.chart.sets.value(set).name);
    } else if (card == u"brands"_s || card == u"products"_s) {
        const bool brands = card == u"brands"_s;
        const SalesGroup group = reversed(brands ? m_charts->brands.value() : m_charts->products.value(), category);
        if (const auto orders =
                drilldown::group(m_shown, brands ? SalesGrouping::Brand : SalesGrouping::Product, group))
            Q_EMIT openOrders(*orders, describe(tr("Sales of %1").arg(group.label), true));
    } else if (card == u"ageing"_s && category < m_charts->ageing.value().size()) {
        Q_EMIT openStock(
            drilldown::ageingBand(m_shown, m_charts->ageing.value().at(category)),
            describe(tr("Pairs %1 in stock").arg(m_cards.value(card)->chart()->data().categories.value(category)),
                     false));
    } else if (card == u"profit"_s && category < m_charts->profits.value().size()) {
        Q_EMIT openOrders(drilldown::profitBand(m_shown, m_charts->profits.value().at(category)),
                          describe(tr("Sales with a net profit of %1")
                                       .arg(m_cards.value(card)->chart()->data().categories.value(category)),
                                   true));
    } else if (card == u"payouts"_s && set < m_payouts.rows.size() && category < m_payouts.rows.at(set).size()) {
        const QList<ExpectedPayout> rows = m_payouts.rows.at(set).at(category);
        if (!rows.isEmpty())
            Q_EMIT openOrders(
                drilldown::expectedPayouts(m_shown, rows),
                describe(tr("Payouts expected %1").arg(m_payouts.chart.categories.value(category)), false) +
                    u" \u00b7 "_s + rows.first().marketplace);
    }
}

bool DashboardPage::exportPdf(const QString &path)
{
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageOrientation(QPageLayout::Landscape);
    pdf.setResolution(150);
    pdf.setTitle(tr("SoleFlipper dashboard"));
    QPainter painter;
    if (!painter.begin(&pdf)) {
        m_message->setText(tr("The PDF cannot be written to %1.").arg(path));
        return false;
    }
    const QRect page = painter.viewport();
    QFont heading = painter.font();
    heading.setPointSize(14);
    heading.setBold(true);
    painter.setFont(heading);
    const QString title = tr("Dashboard \u00b7 %1").arg(describe(tr("Period"), true).section(u" \u00b7 "_s, 1));
    painter.drawText(QRect(page.left(), page.top(), page.width(), 60), Qt::AlignLeft | Qt::AlignVCenter, title);
    // The page as it is on screen, scaled to the paper's width and cut into pages.
    const QSize size = m_content->size();
    const double scale = double(page.width()) / double(size.width());
    const int top = 70;
    const int sliceHeight = int(double(page.height() - top) / scale);
    for (int y = 0; y < size.height(); y += sliceHeight) {
        if (y > 0)
            pdf.newPage();
        painter.save();
        painter.translate(page.left(), page.top() + (y == 0 ? top : 0));
        painter.scale(scale, scale);
        m_content->render(&painter, QPoint(), QRegion(0, y, size.width(), sliceHeight));
        painter.restore();
    }
    painter.end();
    m_message->setText(tr("Dashboard saved as %1.").arg(path));
    return true;
}

} // namespace sf

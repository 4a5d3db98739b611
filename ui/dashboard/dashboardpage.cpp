#include "dashboardpage.h"

#include "analytics/kpirepository.h"
#include "charts/saleschart.h"
#include "common/changewatcher.h"
#include "db/databaseworker.h"
#include "kpitile.h"
#include "sales/marketplacerepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
constexpr int kCustom = -1;

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
} // namespace

DashboardPage::DashboardPage(DatabaseWorker &worker, QWidget *parent)
    : QWidget(parent)
    , m_worker(worker)
{
    setObjectName(u"dashboardPage"_s);
    auto *title = new QLabel(tr("Dashboard"));
    title->setStyleSheet(u"font-size: 16pt; font-weight: 600;"_s);
    m_message = new QLabel;
    m_message->setObjectName(u"dashboardMessage"_s);
    m_message->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(title);
    layout->addWidget(buildControls());
    layout->addWidget(buildTiles());
    m_chart = new SalesChart;
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_message);
    new ChangeWatcher(worker.database().changeNotifier(), this,
                      {Change::Entity::Order, Change::Entity::StockItem, Change::Entity::Listing},
                      [this](const QList<Change> &) { refresh(); });
    loadMarketplaces();
    periodChosen();
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
    m_marketplace = new QComboBox;
    m_marketplace->setObjectName(u"marketplaceCombo"_s);
    m_marketplace->addItem(tr("All marketplaces"), QString());
    m_compare = new QCheckBox(tr("Compare with the previous period"));
    m_compare->setObjectName(u"compareCheck"_s);
    m_compare->setChecked(true);
    connect(m_period, &QComboBox::currentIndexChanged, this, &DashboardPage::periodChosen);
    connect(m_marketplace, &QComboBox::currentIndexChanged, this, &DashboardPage::refresh);
    connect(m_compare, &QCheckBox::toggled, this, &DashboardPage::refresh);
    row->addWidget(new QLabel(tr("Period:")));
    row->addWidget(m_period);
    row->addWidget(m_from);
    row->addWidget(new QLabel(u"\u2013"_s));
    row->addWidget(m_to);
    row->addSpacing(12);
    row->addWidget(m_marketplace);
    row->addSpacing(12);
    row->addWidget(m_compare);
    row->addStretch(1);
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
    addTile(u"stockCost"_s, tr("Stock at cost"),
            tr("Net purchase prices of the pairs on hand now (not sold or cancelled); gross below."));
    addTile(u"payoutsPending"_s, tr("Payouts pending"),
            tr("Net proceeds of counted sales whose payout has not arrived, whatever their date."));
    auto *layout = new QGridLayout(grid);
    layout->setContentsMargins(0, 8, 0, 8);
    layout->setSpacing(10);
    constexpr int kColumns = 4;
    for (int i = 0; i < m_tileOrder.size(); ++i)
        layout->addWidget(m_tiles.value(m_tileOrder.at(i)), i / kColumns, i % kColumns);
    return grid;
}

void DashboardPage::addTile(const QString &name, const QString &title, const QString &formula)
{
    auto *tile = new KpiTile(title, formula);
    tile->setObjectName(name);
    m_tiles.insert(name, tile);
    m_tileOrder.append(name);
}

void DashboardPage::loadMarketplaces()
{
    m_worker.run<Result<QList<Marketplace>>>(
        this, [](const Database &db) { return MarketplaceRepository(db).all(); },
        [this](Result<QList<Marketplace>> marketplaces) {
            if (!marketplaces)
                return;
            const QSignalBlocker blocker(m_marketplace);
            for (const Marketplace &m : marketplaces.value())
                if (m_marketplace->findData(m.slug) < 0)
                    m_marketplace->addItem(m.name, m.slug);
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
    const int index = m_marketplace->findData(slug);
    if (index < 0)
        m_marketplace->addItem(slug, slug); // before the list arrived
    m_marketplace->setCurrentIndex(m_marketplace->findData(slug));
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
    return query;
}

void DashboardPage::refresh()
{
    const quint64 asked = ++m_asked;
    const KpiQuery now = query();
    const bool compare = m_compare->isChecked();
    m_worker.run<Figures>(
        this,
        [now, compare](const Database &db) {
            const KpiRepository kpis(db);
            Figures figures{kpis.compute(now), std::nullopt, kpis.salesByDay(now)};
            if (compare)
                figures.before = kpis.compute(now.previous());
            return figures;
        },
        [this, asked](Figures figures) {
            if (asked == m_asked)
                showFigures(figures);
        });
}

void DashboardPage::showFigures(const Figures &figures)
{
    if (!figures.now) {
        m_message->setText(tr("The figures cannot be computed: %1").arg(figures.now.error().toString()));
        return;
    }
    m_message->clear();
    const QLocale locale;
    const KpiQuery shown = query();
    if (figures.days)
        m_chart->setDays(figures.days.value(), shown.from, shown.to);
    const Kpis &k = figures.now.value();
    const std::optional<Kpis> before =
        figures.before && *figures.before ? std::optional<Kpis>(figures.before->value()) : std::nullopt;
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
    m_tiles.value(u"stockCost"_s)
        ->setValue(money(k.stockCostNet),
                   tr("%1 gross \u00b7 %n pair(s) on hand", nullptr, int(k.pairsOnHand)).arg(money(k.stockCostGross)));
    m_tiles.value(u"payoutsPending"_s)
        ->setValue(money(k.payoutsPending),
                   k.oldestPendingSale.isValid()
                       ? tr("oldest sale %1")
                             .arg(locale.toString(k.oldestPendingSale.toLocalTime().date(), QLocale::ShortFormat))
                       : QString());
    Q_EMIT figuresShown();
}

} // namespace sf

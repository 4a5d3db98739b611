#include "forecastpage.h"

#include "analytics/breakdownrepository.h"
#include "analytics/forecasting.h"
#include "analytics/forecastrepository.h"
#include "analytics/insightrepository.h"
#include "analytics/pricingkpirepository.h"
#include "catalog/brandrepository.h"
#include "charts/barchart.h"
#include "common/pagetitle.h"
#include "db/databaseworker.h"
#include "sales/marketplacerepository.h"

#include <QAreaSeries>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
qint64 msecs(const QDate &day)
{
    return QDateTime(day, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
}

QString modelName(ForecastModel model)
{
    switch (model) {
    case ForecastModel::LinearTrend: return ForecastPage::tr("Linear trend");
    case ForecastModel::SeasonalNaive: return ForecastPage::tr("Seasonal naive");
    case ForecastModel::HoltWinters: return ForecastPage::tr("Holt-Winters");
    case ForecastModel::Ensemble: return ForecastPage::tr("Ensemble");
    }
    return {};
}
} // namespace

ForecastPage::ForecastPage(DatabaseWorker &worker, QWidget *parent)
    : QWidget(parent)
    , m_worker(worker)
{
    setObjectName(u"forecastPage"_s);
    auto *title = pageTitle(tr("Forecasts"));
    m_message = new QLabel(tr("Choose what to forecast and press Forecast."));
    m_message->setWordWrap(true);
    m_chart = new QChartView;
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(300);
    m_chart->chart()->setAnimationOptions(QChart::NoAnimation);
    m_chart->chart()->legend()->setAlignment(Qt::AlignBottom);
    m_models = new QTableWidget(0, 5);
    m_models->setObjectName(u"forecastModels"_s);
    m_models->setHorizontalHeaderLabels({tr("Model"), tr("MAE"), tr("MAPE"), tr("RMSE"), tr("Weight")});
    m_models->verticalHeader()->hide();
    m_models->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_models->horizontalHeader()->setStretchLastSection(true);
    m_models->setMaximumHeight(160);
    m_weekdays = new BarChart;
    m_months = new BarChart;
    for (BarChart *c : {m_weekdays, m_months})
        c->setMinimumHeight(200);
    m_weekdays->chart()->setTitle(tr("Demand by weekday (1 = an average day)"));
    m_months->chart()->setTitle(tr("Demand by month (1 = an average day)"));
    m_insights = new QTableWidget(0, 9);
    m_insights->setObjectName(u"insights"_s);
    m_insights->setHorizontalHeaderLabels({tr("Priority"), tr("What to do"), tr("Product"), tr("On hand"),
                                           tr("Next 8 weeks"), tr("Days"), tr("Buy"), tr("Profit per pair"),
                                           tr("ROI")});
    m_insights->verticalHeader()->hide();
    m_insights->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_insights->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_insights->setToolTip(tr("Restock when the product's forecast for eight weeks exceeds 1.5 × the pairs on hand "
                              "and a pair bought at its average cost earns at its newest StockX asks (else its "
                              "average sale price) after the fees its sales paid; clear out when the pairs on "
                              "hand need over 120 days at the forecast pace."));
    auto *patterns = new QHBoxLayout;
    patterns->addWidget(m_weekdays);
    patterns->addWidget(m_months);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(title);
    layout->addWidget(buildControls());
    layout->addWidget(m_message);
    layout->addWidget(m_chart, 2);
    layout->addWidget(m_models);
    layout->addLayout(patterns, 1);
    layout->addWidget(new QLabel(tr("What to do next")));
    layout->addWidget(m_insights, 1);
    levelChosen();
}

void ForecastPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_insightsAsked == 0)
        refreshInsights();
}

void ForecastPage::refreshInsights()
{
    const quint64 asked = ++m_insightsAsked;
    m_worker.run<Result<QList<Insight>>>(
        this, [today = m_today](const Database &db) { return InsightRepository(db).insights(today); },
        [this, asked](Result<QList<Insight>> insights) {
            if (asked == m_insightsAsked)
                showInsights(insights);
        });
}

void ForecastPage::showInsights(const Result<QList<Insight>> &insights)
{
    if (!insights) {
        m_message->setText(tr("The insights cannot be computed: %1").arg(insights.error().toString()));
        return;
    }
    const QLocale locale;
    const QStringList priorities{tr("Low"), tr("Medium"), tr("High")};
    m_insights->setRowCount(int(insights.value().size()));
    for (int row = 0; row < insights.value().size(); ++row) {
        const Insight &i = insights.value().at(row);
        const bool restock = i.kind == Insight::Kind::Restock;
        const QStringList cells{priorities.value(int(i.priority)),
                                restock ? tr("Restock") : tr("Clear out"),
                                i.productName,
                                locale.toString(i.onHand),
                                locale.toString(i.forecastUnits, 'f', 1),
                                i.days ? locale.toString(*i.days, 'f', 0) : u"\u221e"_s,
                                restock ? locale.toString(i.quantity) : QString(),
                                i.profitPerPair ? i.profitPerPair->toDisplayString(locale) : QString(),
                                i.roiPercent ? locale.toString(*i.roiPercent, 'f', 0) + u" %"_s : QString()};
        for (int c = 0; c < cells.size(); ++c)
            m_insights->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
    Q_EMIT insightsShown();
}

QWidget *ForecastPage::buildControls()
{
    auto *bar = new QWidget;
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 4, 0, 4);
    m_level = new QComboBox;
    m_level->setObjectName(u"levelCombo"_s);
    m_level->addItem(tr("The whole business"), int(ForecastRequest::Level::Total));
    m_level->addItem(tr("One brand"), int(ForecastRequest::Level::Brand));
    m_level->addItem(tr("One marketplace"), int(ForecastRequest::Level::Marketplace));
    m_level->addItem(tr("One product"), int(ForecastRequest::Level::Product));
    m_entity = new QComboBox;
    m_entity->setObjectName(u"entityCombo"_s);
    m_entity->setMinimumWidth(220);
    m_bucket = new QComboBox;
    m_bucket->addItem(tr("per day"), int(TimeBucket::Day));
    m_bucket->addItem(tr("per week"), int(TimeBucket::Week));
    m_bucket->addItem(tr("per month"), int(TimeBucket::Month));
    m_bucket->setCurrentIndex(1);
    m_horizon = new QSpinBox;
    m_horizon->setRange(1, 60);
    m_horizon->setValue(8);
    m_horizon->setSuffix(tr(" ahead"));
    auto *go = new QPushButton(tr("Forecast"));
    go->setObjectName(u"forecastButton"_s);
    go->setDefault(true);
    connect(m_level, &QComboBox::currentIndexChanged, this, &ForecastPage::levelChosen);
    connect(go, &QPushButton::clicked, this, &ForecastPage::runForecast);
    row->addWidget(new QLabel(tr("Units sold by")));
    row->addWidget(m_level);
    row->addWidget(m_entity);
    row->addWidget(m_bucket);
    row->addWidget(m_horizon);
    row->addWidget(go);
    row->addStretch(1);
    return bar;
}

void ForecastPage::levelChosen()
{
    const auto level = ForecastRequest::Level(m_level->currentData().toInt());
    m_entity->clear();
    m_entity->setEnabled(level != ForecastRequest::Level::Total);
    if (level == ForecastRequest::Level::Total)
        return;
    using Choices = QList<std::pair<QString, QString>>; // label, entity
    m_worker.run<Result<Choices>>(
        this,
        [level](const Database &db) -> Result<Choices> {
            Choices choices;
            if (level == ForecastRequest::Level::Brand) {
                auto brands = BrandRepository(db).all();
                if (!brands)
                    return brands.error();
                for (const Brand &b : brands.value())
                    choices.append({b.name, b.id.toString()});
            } else if (level == ForecastRequest::Level::Marketplace) {
                auto markets = MarketplaceRepository(db).all();
                if (!markets)
                    return markets.error();
                for (const Marketplace &m : markets.value())
                    choices.append({m.name, m.slug});
            } else { // the products that sold most in the last year
                KpiQuery lastYear;
                lastYear.to = QDate::currentDate();
                lastYear.from = lastYear.to.addDays(-365);
                auto products = BreakdownRepository(db).salesBy(lastYear, SalesGrouping::Product, 200);
                if (!products)
                    return products.error();
                for (const SalesGroup &g : products.value())
                    choices.append({g.label, g.key});
            }
            return choices;
        },
        [this](Result<Choices> choices) {
            if (!choices) {
                m_message->setText(choices.error().toString());
                return;
            }
            for (const auto &[label, entity] : choices.value())
                m_entity->addItem(label, entity);
        });
}

void ForecastPage::setRequest(const ForecastRequest &request)
{
    m_today = request.today;
    m_level->setCurrentIndex(m_level->findData(int(request.level)));
    if (!request.entity.isEmpty() && m_entity->findData(request.entity) < 0)
        m_entity->addItem(request.entity, request.entity);
    m_entity->setCurrentIndex(m_entity->findData(request.entity));
    m_bucket->setCurrentIndex(m_bucket->findData(int(request.bucket)));
    m_horizon->setValue(request.horizon);
}

ForecastRequest ForecastPage::request() const
{
    ForecastRequest request;
    request.level = ForecastRequest::Level(m_level->currentData().toInt());
    request.entity = m_entity->currentData().toString();
    request.bucket = TimeBucket(m_bucket->currentData().toInt());
    request.horizon = m_horizon->value();
    request.today = m_today;
    return request;
}

void ForecastPage::runForecast()
{
    const ForecastRequest wanted = request();
    if (wanted.level != ForecastRequest::Level::Total && wanted.entity.isEmpty()) {
        m_message->setText(tr("Choose which one first."));
        return;
    }
    m_message->setText(tr("Forecasting\u2026"));
    m_worker.run<Result<ForecastRun>>(
        this,
        [wanted](const Database &db) -> Result<ForecastRun> {
            const ForecastRepository forecasts(db);
            auto run = forecasts.forecast(wanted);
            if (run && !run.value().forecasts.isEmpty())
                if (Status stored = forecasts.store(run.value()); !stored)
                    return stored.error();
            // The pricing KPIs of the last 30 full days go with every run.
            KpiQuery month;
            month.to = wanted.today.addDays(-1);
            month.from = month.to.addDays(-29);
            if (auto kpis = PricingKpiRepository(db).refresh(month); !kpis)
                return kpis.error();
            return run;
        },
        [this](Result<ForecastRun> run) { showRun(run); });
    refreshInsights();
}

void ForecastPage::showRun(const Result<ForecastRun> &run)
{
    if (!run) {
        m_message->setText(tr("The forecast failed: %1").arg(run.error().toString()));
        return;
    }
    m_run = run.value();
    const ForecastRun &r = run.value();
    if (r.forecasts.isEmpty())
        m_message->setText(
            tr("%n period(s) of history are too few to forecast; three are needed.", nullptr, int(r.history.size())));
    else
        m_message->setText(tr("%n period(s) of history; the forecast is stored with the models' errors and the "
                              "demand patterns.",
                              nullptr, int(r.history.size())));
    drawHistoryAndForecast(r);
    fillModels(r);
    const QLocale locale;
    BarChartData weekdays;
    weekdays.unit = BarChartData::Unit::Factor;
    weekdays.sets.append({tr("Demand"), r.weekdayFactors});
    for (int d = 1; d <= 7; ++d)
        weekdays.categories << locale.dayName(d, QLocale::ShortFormat);
    BarChartData months;
    months.unit = BarChartData::Unit::Factor;
    months.sets.append({tr("Demand"), r.monthFactors});
    for (int m = 1; m <= 12; ++m)
        months.categories << locale.monthName(m, QLocale::ShortFormat);
    m_weekdays->setData(weekdays);
    m_months->setData(months);
    Q_EMIT forecastShown();
}

void ForecastPage::drawHistoryAndForecast(const ForecastRun &r)
{
    QChart *chart = m_chart->chart();
    chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    auto *history = new QLineSeries;
    history->setName(tr("Sold"));
    for (qsizetype i = 0; i < r.history.size(); ++i)
        history->append(double(msecs(r.historyStarts.at(i))), r.history.at(i));
    QList<QAbstractSeries *> series{history};
    double top = 1;
    for (double v : r.history)
        top = qMax(top, v);
    if (!r.forecasts.isEmpty()) {
        const Forecast &ensemble = r.forecasts.last();
        auto *forecast = new QLineSeries;
        forecast->setName(tr("Forecast (ensemble)"));
        QPen dashed = forecast->pen();
        dashed.setStyle(Qt::DashLine);
        dashed.setWidth(2);
        forecast->setPen(dashed);
        auto *lower = new QLineSeries;
        auto *upper = new QLineSeries;
        if (!r.history.isEmpty())
            forecast->append(double(msecs(r.historyStarts.last())), r.history.last());
        for (qsizetype h = 0; h < ensemble.values.size(); ++h) {
            const double x = double(msecs(r.futureStarts.at(h)));
            forecast->append(x, ensemble.values.at(h));
            lower->append(x, ensemble.lower.at(h));
            upper->append(x, ensemble.upper.at(h));
            top = qMax(top, ensemble.upper.at(h));
        }
        auto *band = new QAreaSeries(upper, lower);
        band->setName(tr("95 % band"));
        band->setColor(QColor(0x1e, 0x88, 0xe5, 50));
        band->setBorderColor(Qt::transparent);
        series << band << forecast;
    }
    for (QAbstractSeries *s : series)
        chart->addSeries(s);
    auto *x = new QDateTimeAxis;
    x->setFormat(r.request.bucket == TimeBucket::Month ? u"MMM yy"_s : u"d MMM yy"_s);
    if (!r.historyStarts.isEmpty())
        x->setRange(QDateTime(r.historyStarts.first(), QTime(0, 0), Qt::UTC),
                    QDateTime(r.futureStarts.isEmpty() ? r.historyStarts.last() : r.futureStarts.last(), QTime(23, 59),
                              Qt::UTC));
    auto *y = new QValueAxis;
    y->setRange(0, top * 1.1);
    y->setLabelFormat(u"%.0f"_s);
    y->setTitleText(tr("Pairs"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : series) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

void ForecastPage::fillModels(const ForecastRun &r)
{
    const QLocale locale;
    m_models->setRowCount(int(r.forecasts.size()));
    for (int m = 0; m < r.forecasts.size(); ++m) {
        const auto &tested = r.backtests.at(m);
        const auto number = [&](std::optional<double> v, const QString &suffix = {}) {
            return v ? locale.toString(*v, 'f', 2) + suffix : u"\u2013"_s;
        };
        const QStringList cells{
            modelName(r.forecasts.at(m).model), number(tested ? std::optional<double>(tested->mae) : std::nullopt),
            number(tested ? tested->mape : std::nullopt, u" %"_s),
            number(tested ? std::optional<double>(tested->rmse) : std::nullopt),
            m < r.weights.size() ? locale.toString(100.0 * r.weights.at(m), 'f', 0) + u" %"_s : tr("from the others")};
        for (int c = 0; c < cells.size(); ++c)
            m_models->setItem(m, c, new QTableWidgetItem(cells.at(c)));
    }
    m_models->resizeColumnsToContents();
}

QString ForecastPage::message() const
{
    return m_message->text();
}

} // namespace sf

#include "pricehistorychart.h"

#include <QDateTimeAxis>
#include <QLineSeries>
#include <QMouseEvent>
#include <QScatterSeries>
#include <QValueAxis>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
double major(const Money &m)
{
    return double(m.minor()) / 100.0;
}

qreal msecs(const QDate &day)
{
    return qreal(QDateTime(day, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
}

QLineSeries *marketLine(const QString &name, const QColor &colour, const QList<MarketDay> &market,
                        std::optional<Money> MarketDay::*figure)
{
    auto *series = new QLineSeries;
    series->setName(name);
    series->setColor(colour);
    for (const MarketDay &day : market)
        if (const auto &value = day.*figure)
            series->append(msecs(day.day), major(*value));
    return series;
}
QLineSeries *stepLine(const QString &name, const QColor &colour, const QList<PricePoint> &points, qreal end)
{
    auto *line = new QLineSeries;
    line->setName(name);
    line->setColor(colour);
    line->setPen(QPen(colour, 2.5));
    line->setPointsVisible(true); // a price that held only a few hours still shows
    for (qsizetype i = 0; i < points.size(); ++i) {
        const PricePoint &p = points.at(i);
        line->append(qreal(p.at.toMSecsSinceEpoch()), major(p.amount));
        const qreal until = i + 1 < points.size() ? qreal(points.at(i + 1).at.toMSecsSinceEpoch()) : end;
        line->append(until, major(p.amount));
    }
    return line;
}
} // namespace

PriceHistoryChart::PriceHistoryChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(u"priceHistoryChart"_s);
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::RectangleRubberBand);
    setMinimumHeight(320);
}

void PriceHistoryChart::setHistory(const PriceHistory &history, const QDate &from, const QDate &to)
{
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    const QList<QAbstractSeries *> series{
        marketLine(tr("Lowest ask"), QColor(0xc6, 0x28, 0x28), history.market, &MarketDay::lowestAsk),
        marketLine(tr("Highest bid"), QColor(0x2e, 0x7d, 0x32), history.market, &MarketDay::highestBid),
        marketLine(tr("Last sale"), QColor(0x15, 0x65, 0xc0), history.market, &MarketDay::lastSale)};
    for (QAbstractSeries *s : series) {
        if (static_cast<QXYSeries *>(s)->count() > 0)
            chart->addSeries(s);
        else
            delete s; // a figure StockX never gave takes no room in the legend
    }
    // An ask or a shop's price holds until the next change, so it is drawn as steps to the end of the period.
    if (!history.ourAsks.isEmpty())
        chart->addSeries(stepLine(tr("Our ask"), QColor(0x5b, 0x3f, 0xd1), history.ourAsks, msecs(to)));
    if (!history.shopPrices.isEmpty())
        chart->addSeries(stepLine(tr("Shop price"), QColor(0x00, 0x89, 0x7b), history.shopPrices, msecs(to)));
    if (history.cost) {
        auto *cost = new QLineSeries;
        cost->setName(tr("Our cost"));
        cost->setPen(QPen(QColor(0x61, 0x61, 0x61), 1.5, Qt::DashLine));
        cost->append(msecs(from), major(*history.cost));
        cost->append(msecs(to), major(*history.cost));
        chart->addSeries(cost);
    }
    auto *sales = new QScatterSeries;
    sales->setName(tr("Our sales"));
    sales->setColor(QColor(0xef, 0x6c, 0x00));
    sales->setMarkerSize(9);
    for (const PricePoint &p : history.sales)
        sales->append(qreal(p.at.toMSecsSinceEpoch()), major(p.amount));
    if (sales->count() > 0)
        chart->addSeries(sales);
    else
        delete sales;

    auto *time = new QDateTimeAxis;
    time->setFormat(u"dd MMM yy"_s);
    time->setRange(QDateTime(from, QTime(0, 0), Qt::UTC), QDateTime(to.addDays(1), QTime(0, 0), Qt::UTC));
    auto *money = new QValueAxis;
    money->setLabelFormat(u"%.0f"_s);
    money->setTitleText(tr("EUR"));
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(money, Qt::AlignLeft);
    double low = 0, high = 0;
    bool any = false;
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(time);
        s->attachAxis(money);
        for (const QPointF &p : static_cast<QXYSeries *>(s)->points()) {
            low = any ? qMin(low, p.y()) : p.y();
            high = any ? qMax(high, p.y()) : p.y();
            any = true;
        }
    }
    if (any) {
        const double margin = qMax(5.0, (high - low) * 0.08);
        money->setRange(qMax(0.0, low - margin), high + margin);
        money->applyNiceNumbers();
    }
    QChart *old = this->chart();
    setChart(chart);
    delete old;
}

int PriceHistoryChart::pointCount(const QString &seriesName) const
{
    for (QAbstractSeries *s : chart()->series())
        if (s->name() == seriesName)
            return int(static_cast<QXYSeries *>(s)->count());
    return 0;
}

qint64 PriceHistoryChart::drawnTotalCents(const QString &seriesName) const
{
    qint64 total = 0;
    for (QAbstractSeries *s : chart()->series())
        if (s->name() == seriesName)
            for (const QPointF &p : static_cast<QXYSeries *>(s)->points())
                total += std::llround(p.y() * 100.0);
    return total;
}

bool PriceHistoryChart::savePng(const QString &path)
{
    return grab().save(path, "PNG");
}

void PriceHistoryChart::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::RightButton) {
        chart()->zoomReset();
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

} // namespace sf

#include "saleschart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QLocale>
#include <QMap>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sf {

SalesChart::SalesChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(u"salesChart"_s);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(260);
    chart()->setTitle(tr("Revenue by marketplace"));
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setAnimationOptions(QChart::NoAnimation);
}

SalesChart::Bucket SalesChart::bucketFor(const QDate &from, const QDate &to)
{
    const qint64 days = from.daysTo(to) + 1;
    return days <= 31 ? Bucket::Day : days <= 183 ? Bucket::Week : Bucket::Month;
}

QDate SalesChart::bucketStart(const QDate &day, Bucket bucket)
{
    switch (bucket) {
    case Bucket::Day: return day;
    case Bucket::Week: return day.addDays(1 - day.dayOfWeek()); // Monday
    case Bucket::Month: return QDate(day.year(), day.month(), 1);
    }
    return day;
}

void SalesChart::setDays(const QList<SalesDay> &days, const QDate &from, const QDate &to)
{
    chart()->removeAllSeries();
    for (QAbstractAxis *axis : chart()->axes())
        chart()->removeAxis(axis);
    const Bucket bucket = bucketFor(from, to);
    // Every bucket of the period gets its bar, sales or not, so gaps show as gaps.
    QList<QDate> starts;
    for (QDate d = bucketStart(from, bucket); d <= to; d = bucket == Bucket::Day    ? d.addDays(1)
                                                           : bucket == Bucket::Week ? d.addDays(7)
                                                                                    : d.addMonths(1))
        starts.append(d);
    QMap<QString, QList<qint64>> byMarketplace; // cents per bucket
    for (const SalesDay &day : days) {
        QList<qint64> &cents = byMarketplace[day.marketplace];
        cents.resize(starts.size(), 0);
        const qsizetype at = starts.indexOf(bucketStart(day.day, bucket));
        if (at >= 0)
            cents[at] += day.revenue.minor();
    }
    const QLocale locale;
    QStringList labels;
    for (const QDate &start : starts)
        labels << locale.toString(start, bucket == Bucket::Month ? u"MMM yy"_s : u"d MMM"_s);
    m_series = new QStackedBarSeries;
    for (auto it = byMarketplace.cbegin(); it != byMarketplace.cend(); ++it) {
        auto *set = new QBarSet(it.key());
        for (qint64 cents : it.value())
            set->append(double(cents) / 100.0);
        connect(set, &QBarSet::hovered, this, [set, labels, locale](bool over, int index) {
            if (over)
                QToolTip::showText(QCursor::pos(), u"%1 \u00b7 %2: %3"_s.arg(set->label(), labels.value(index),
                                                                             locale.toCurrencyString(set->at(index))));
            else
                QToolTip::hideText();
        });
        m_series->append(set);
    }
    chart()->addSeries(m_series);
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    x->setLabelsAngle(labels.size() > 12 ? -60 : 0);
    x->setTruncateLabels(false);
    chart()->addAxis(x, Qt::AlignBottom);
    m_series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setLabelFormat(u"%.0f"_s);
    chart()->addAxis(y, Qt::AlignLeft);
    m_series->attachAxis(y);
    y->applyNiceNumbers();
}

qint64 SalesChart::drawnRevenueMinor() const
{
    qint64 cents = 0;
    if (!m_series)
        return 0;
    for (const QBarSet *set : m_series->barSets())
        for (int i = 0; i < set->count(); ++i)
            cents += std::llround(set->at(i) * 100.0);
    return cents;
}

} // namespace sf

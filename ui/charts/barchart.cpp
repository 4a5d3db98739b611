#include "barchart.h"

#include "domain/money.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLocale>
#include <QPainter>
#include <QStackedBarSeries>
#include <QSvgGenerator>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
QAbstractBarSeries *seriesFor(const BarChartData &data)
{
    if (data.horizontal)
        return data.stacked ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries)
                            : new QHorizontalBarSeries;
    return data.stacked ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries) : new QBarSeries;
}
} // namespace

BarChart::BarChart(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(240);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setAnimationOptions(QChart::NoAnimation);
    chart()->setMargins(QMargins(4, 4, 4, 4));
}

QString BarChart::formatValue(double value) const
{
    const QLocale locale;
    if (m_data.unit == BarChartData::Unit::Count)
        return locale.toString(qint64(std::llround(value)));
    if (m_data.unit == BarChartData::Unit::Factor)
        return locale.toString(value, 'f', 2);
    if (m_data.unit == BarChartData::Unit::Percent)
        return locale.toString(value, 'f', 1) + u" %"_s;
    return Money(std::llround(value * 100.0), m_data.currency).toDisplayString(locale);
}

void BarChart::setData(const BarChartData &data)
{
    m_data = data;
    chart()->removeAllSeries();
    const QList<QAbstractAxis *> axes = chart()->axes();
    for (QAbstractAxis *axis : axes) {
        chart()->removeAxis(axis);
        delete axis;
    }
    m_series = seriesFor(data);
    for (int s = 0; s < data.sets.size(); ++s) {
        auto *set = new QBarSet(data.sets.at(s).name);
        for (double value : data.sets.at(s).values)
            set->append(value);
        connect(set, &QBarSet::hovered, this, [this, set](bool over, int index) {
            if (!over) {
                QToolTip::hideText();
                return;
            }
            const QString prefix = m_data.sets.size() > 1 ? set->label() + u" \u00b7 "_s : QString();
            QToolTip::showText(QCursor::pos(),
                               prefix + m_data.categories.value(index) + u": "_s + formatValue(set->at(index)));
        });
        connect(set, &QBarSet::clicked, this, [this, s](int index) { Q_EMIT barClicked(s, index); });
        m_series->append(set);
    }
    chart()->addSeries(m_series);
    chart()->legend()->setVisible(data.sets.size() > 1);
    auto *categories = new QBarCategoryAxis;
    categories->append(data.categories);
    categories->setTruncateLabels(false);
    auto *values = new QValueAxis;
    values->setLabelFormat(data.unit == BarChartData::Unit::Factor ? u"%.1f"_s : u"%.0f"_s);
    if (data.horizontal) {
        chart()->addAxis(categories, Qt::AlignLeft);
        chart()->addAxis(values, Qt::AlignBottom);
    } else {
        categories->setLabelsAngle(data.categories.size() > 12 ? -60 : data.categories.size() > 8 ? -40 : 0);
        chart()->addAxis(categories, Qt::AlignBottom);
        chart()->addAxis(values, Qt::AlignLeft);
    }
    m_series->attachAxis(categories);
    m_series->attachAxis(values);
    bool drawn = false;
    for (const BarChartData::Set &set : data.sets)
        drawn = drawn || std::any_of(set.values.cbegin(), set.values.cend(), [](double v) { return v != 0; });
    if (!drawn) {
        values->setRange(0, 1); // nothing to scale: Qt Charts would warn about an empty range
        return;
    }
    values->applyNiceNumbers();
    // Counts take whole-number ticks: a scale of 0 to 3 otherwise reads 0, 1, 1, 2, 2, 3.
    if (data.unit == BarChartData::Unit::Count && values->max() <= 10) {
        values->setRange(0, std::ceil(values->max()));
        values->setTickCount(int(values->max()) + 1);
    }
}

qint64 BarChart::drawnTotalHundredths() const
{
    qint64 total = 0;
    if (!m_series)
        return 0;
    const QList<QBarSet *> sets = m_series->barSets();
    for (const QBarSet *set : sets)
        for (int i = 0; i < set->count(); ++i)
            total += std::llround(set->at(i) * 100.0);
    return total;
}

bool BarChart::saveImage(const QString &path)
{
    if (!path.endsWith(u".svg"_s, Qt::CaseInsensitive))
        return grab().save(path, "PNG");
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(size());
    svg.setViewBox(rect());
    svg.setTitle(chart()->title());
    QPainter painter;
    if (!painter.begin(&svg))
        return false;
    render(&painter);
    return painter.end();
}

} // namespace sf

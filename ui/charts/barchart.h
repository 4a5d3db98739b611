#pragma once

#include "barchartdata.h"

#include <QChartView>

class QAbstractBarSeries;

namespace sf {

// A Qt Charts bar chart of BarChartData: stacked or side by side, upright or lying, a legend when there
// is more than one set, and the bar's set, category and value in a tooltip on hover. Clicking a bar
// reports it, for drill-down. Exports itself as PNG or SVG.
class BarChart final : public QChartView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BarChart)

public:
    explicit BarChart(QWidget *parent = nullptr);

    void setData(const BarChartData &data);
    const BarChartData &data() const { return m_data; }
    // Every drawn bar added up, in hundredths (cents for money): what the tests compare with SQL totals.
    qint64 drawnTotalHundredths() const;
    // The value as the tooltip shows it.
    QString formatValue(double value) const;
    // PNG unless the path ends in .svg.
    bool saveImage(const QString &path);

Q_SIGNALS:
    void barClicked(int set, int category);

private:
    QAbstractBarSeries *m_series = nullptr;
    BarChartData m_data;
};

} // namespace sf

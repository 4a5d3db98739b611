#pragma once

#include "pricing/pricehistory.h"

#include <QChartView>

namespace sf {

// The price history of one size in one chart: StockX's lowest ask, highest bid and last sale per day,
// our ask over time (a step line), our cost (a flat line) and our sales (points). Drag a rectangle to
// zoom in; a right click zooms out.
class PriceHistoryChart final : public QChartView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PriceHistoryChart)

public:
    explicit PriceHistoryChart(QWidget *parent = nullptr);

    // `from` and `to` frame the time axis (the cost line and our last ask reach across it).
    void setHistory(const PriceHistory &history, const QDate &from, const QDate &to);
    // How many points a series has, by its name: what the tests compare with the data.
    int pointCount(const QString &seriesName) const;
    // The drawn y values of a series added up, in cents.
    qint64 drawnTotalCents(const QString &seriesName) const;
    bool savePng(const QString &path);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
};

} // namespace sf

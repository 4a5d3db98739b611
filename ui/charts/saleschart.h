#pragma once

#include "analytics/salesday.h"

#include <QChartView>

class QStackedBarSeries;

namespace sf {

// Revenue over the period, in bars of a day, a week or a month (whichever fits the period), stacked by
// marketplace. Hovering a bar shows its marketplace, bucket and amount. Drawn from SalesDay rows.
class SalesChart final : public QChartView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SalesChart)

public:
    enum class Bucket { Day, Week, Month };

    explicit SalesChart(QWidget *parent = nullptr);

    void setDays(const QList<SalesDay> &days, const QDate &from, const QDate &to);
    // Days up to a month, weeks up to half a year, months beyond.
    static Bucket bucketFor(const QDate &from, const QDate &to);
    // The first day of the bucket `day` falls in.
    static QDate bucketStart(const QDate &day, Bucket bucket);
    // Every drawn bar added up, in cents: what a test compares with the SQL total.
    qint64 drawnRevenueMinor() const;

private:
    QStackedBarSeries *m_series = nullptr;
};

} // namespace sf

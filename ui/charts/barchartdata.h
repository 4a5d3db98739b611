#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sf {

// What a bar chart draws: one value per category and set. Money is in whole currency units with cents
// as decimals; the chart's sums are compared with SQL totals through drawnTotalHundredths().
struct BarChartData {
    enum class Unit { Money, Count, Factor, Percent }; // Factor: a ratio such as 1.25, with two decimals
    struct Set {
        QString name;
        QList<double> values; // one per category
    };

    QStringList categories;
    QList<Set> sets;
    Unit unit = Unit::Money;
    QString currency = QStringLiteral("EUR");
    bool stacked = true;
    bool horizontal = false;
};

} // namespace sf

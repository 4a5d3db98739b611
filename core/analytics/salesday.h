#pragma once

#include "domain/money.h"

#include <QDate>
#include <QString>

namespace sf {

// One marketplace's counted sales on one UTC day: the rows the sales chart is drawn from.
struct SalesDay {
    QDate day;
    QString marketplaceSlug;
    QString marketplace; // its name, as the chart's legend shows it
    qint64 pairs = 0;
    Money revenue;
    Money netProfit; // over the sales with a cost
};

} // namespace sf

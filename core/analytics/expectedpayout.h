#pragma once

#include "domain/money.h"

#include <QDate>
#include <QString>

namespace sf {

// Net proceeds of one marketplace's pending payouts expected on one day: the sales of `soldOn` plus the
// marketplace's average payout delay. Expected days before `asOf` are overdue and carry `asOf`'s day.
struct ExpectedPayout {
    QDate expectedOn;
    QString marketplaceSlug;
    QString marketplace;
    QDate soldOn;
    int delayDays = 0;
    bool overdue = false;
    qint64 sales = 0;
    Money amount;
};

} // namespace sf

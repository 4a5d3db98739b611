#pragma once

#include "domain/ids.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace sf {

// The period the figures cover: whole days from `from` to `to`, both included, in UTC; optionally one
// marketplace, one brand and one supplier. Money is summed in one currency. Stock ages are counted up to
// `asOf`.
struct KpiQuery {
    QDate from;
    QDate to;
    QString marketplaceSlug; // empty: every marketplace
    BrandId brand;           // null: every brand
    SupplierId supplier;     // null: every supplier
    ProductId product;       // null: every product
    QString currency = QStringLiteral("EUR");
    QDateTime asOf = QDateTime::currentDateTimeUtc();

    int days() const { return int(from.daysTo(to)) + 1; }
    // The period of the same length that ends the day before this one: what "compare" compares with.
    KpiQuery previous() const
    {
        KpiQuery p = *this;
        p.to = from.addDays(-1);
        p.from = p.to.addDays(-(days() - 1));
        return p;
    }
};

} // namespace sf

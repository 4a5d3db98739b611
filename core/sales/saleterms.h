#pragma once

#include "domain/money.h"

#include <QDateTime>
#include <QJsonObject>

namespace sf {

// The terms of one sale as the marketplace states them: what a report or a sync brings, and what an
// order keeps. A sale seen again with equal terms (and status and listing) is a duplicate.
struct SaleTerms {
    QString currency = QStringLiteral("EUR");
    Money salePrice;
    Money sellerFee;
    Money processingFee;
    Money shippingFee;
    Money otherFees;
    QDateTime soldAt;
    QDateTime payoutDate;        // invalid while not paid out, or when only whether it was is known
    bool payoutReceived = false; // a payout date implies it
    QString buyerCountry;
    QString platformStatus;   // the marketplace's own status word
    QString inventoryType;    // STANDARD, FLEX, DIRECT on StockX
    QJsonObject platformData; // the marketplace's ids: product, variant, ask, shipping document

    bool operator==(const SaleTerms &) const = default;
};

} // namespace sf

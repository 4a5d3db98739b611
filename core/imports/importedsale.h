#pragma once

#include "domain/money.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace sf {

// One sale as a marketplace report or a sales sheet describes it, before it is matched to stock.
struct ImportedSale {
    QString marketplaceSlug; // stockx, alias, ebay, ...
    QString marketplaceName; // when set, a marketplace missing from the database is created with this name
    QString orderNumber;     // the marketplace's order number: the key that prevents duplicates
    QString itemName;
    QString styleCode; // empty when the report has none
    QString sizeLabel; // as written ("10", "8.5W", "3C", "M"); empty for items without a size
    QString brandName; // empty: taken from the item name with the brand patterns
    QString currency = QStringLiteral("EUR");
    Money salePrice;
    Money sellerFee;
    Money processingFee;
    Money shippingFee;
    Money otherFees;
    QDateTime soldAt;
    QDateTime payoutDate;        // invalid while not paid out or when the file only says whether it was
    bool payoutReceived = false; // set by files that say so without a date; a payout date implies it
    QString buyerCountry;
    QString status = QStringLiteral("completed");
    // What the pair cost, when the file says so (sales sheets); reports from marketplaces do not know.
    std::optional<Money> purchaseNet;
    std::optional<Money> purchaseGross;
    QDateTime purchaseDate;
    QString supplierName;
    // Inventory exports: the row is the pair itself, known by this import key (see PurchaseRecorder).
    // The sale takes that pair (imported earlier while unsold) or creates it; never another one.
    QString purchaseKey;
    // Marketplace APIs: the raw status word, the listing the sale came from (it names the pair), the
    // inventory type and ids worth keeping (product, variant, shipping document).
    QString platformStatus;
    QString listingExternalId;
    QString inventoryType;
    QJsonObject platformData;
    QDateTime platformUpdatedAt;

    // A sale on a marketplace with every amount zero in `currency`, ready to be filled in.
    static ImportedSale on(const QString &marketplaceSlug, const QString &currency);
    QJsonObject toJson() const;
};

} // namespace sf

#pragma once

#include "orderstatus.h"
#include "saleterms.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace sf {

// One sale as a marketplace report or a sales sheet describes it, before it is matched to stock.
struct ImportedSale : SaleTerms {
    QString marketplaceSlug; // stockx, alias, ebay, ...
    QString marketplaceName; // when set, a marketplace missing from the database is created with this name
    QString orderNumber;     // the marketplace's order number: the key that prevents duplicates
    QString itemName;
    QString styleCode; // empty when the report has none
    QString sizeLabel; // as written ("10", "8.5W", "3C", "M"); empty for items without a size
    QString brandName; // empty: taken from the item name with the brand patterns
    OrderStatus status = OrderStatus::Completed;
    // What the pair cost, when the file says so (sales sheets); reports from marketplaces do not know.
    std::optional<Money> purchaseNet;
    std::optional<Money> purchaseGross;
    QDateTime purchaseDate;
    QString supplierName;
    // Inventory exports: the row is the pair itself, known by this import key (see PurchaseRecorder).
    // The sale takes that pair (imported earlier while unsold) or creates it; never another one.
    QString purchaseKey;
    // Marketplace APIs: the listing the sale came from (it names the pair).
    QString listingExternalId;
    QDateTime platformUpdatedAt;

    // A sale on a marketplace with every amount zero in `currency`, ready to be filled in.
    static ImportedSale on(const QString &marketplaceSlug, const QString &currency);
    QJsonObject toJson() const;
};

} // namespace sf

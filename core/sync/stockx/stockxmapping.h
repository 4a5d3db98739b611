#pragma once

#include "domain/money.h"
#include "domain/result.h"
#include "sales/importedsale.h"
#include "sales/listingstatus.h"

#include <QJsonObject>

#include <optional>

namespace sf {

// StockX JSON read defensively: money as a string or a number, nullable fields, unknown statuses kept
// as the raw word next to the nearest status of ours.

// API amounts are dot-decimal ("0.125", "1234.5"), never locale-guessed; more than two decimals round half
// away from zero. A JSON number goes through its decimal text (six places), not through a product of doubles.
std::optional<Money> stockXMoney(const QJsonValue &value, const QString &currency);
std::optional<qint64> apiDecimalCents(const QString &text);
// Retry-After in seconds or as an HTTP date, in milliseconds from `now`; nullopt when unreadable.
std::optional<qint64> retryAfterMs(const QByteArray &header, const QDateTime &now);
QDateTime stockXTime(const QJsonValue &value);
OrderStatus orderStatusFromStockX(const QString &status);
std::optional<ListingStatus> listingStatusFromStockX(const QString &status); // none for a word we do not know
bool stockXPayoutDone(const QString &status);

// A variant's size as the size classifier reads it, from the variant's own size chart where it names one
// ({size: "42", type: "eu"} -> "EU 42"; "us w" -> "8.5W"; "us y" -> "4Y"), else its variantValue.
QString stockXSizeLabel(const QJsonObject &variant);

// An order from the orders endpoints as a sale; an Error names what is missing.
Result<ImportedSale> saleFromStockXOrder(const QJsonObject &order);

struct StockXListingData {
    QString listingId;
    QString rawStatus;
    std::optional<ListingStatus> status; // ours; none for a word we do not know
    std::optional<Money> amount;
    QString currency;
    QString inventoryType;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime expiresAt;
    QString productId;
    QString productName;
    QString styleId;
    QString variantId;
    QString size;
    QString askId;
    QString orderNumber;
};

Result<StockXListingData> listingFromStockX(const QJsonObject &listing);

} // namespace sf

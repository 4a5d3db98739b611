#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace sf {

// Dates as resellers' files write them, read as UTC: "2024-03-01 14:05:09 +00" (StockX), ISO 8601,
// "15.01.2024", "15. Januar 2024", "15/01/24" (Alias, day first), "01/15/2024 13:00:00" (US, month first,
// only when the day cannot be the first number). A date without a time is taken at 12:00 UTC.
std::optional<QDateTime> parseImportDateTime(const QString &text);

// A size written as a bare number: numbers above 20 cannot be US shoe sizes and are EU sizes ("42" ->
// "EU 42"); anything else is returned as written.
QString sizeLabelFromNumber(const QString &size);

// A sheet's free-text status ("Sale completed", "Versendet", "Cancelled") as an order status.

// "N/A", "n/a", "-", "null", "none", "nan" and blanks mean "no value".
bool isMissingValue(const QString &text);

} // namespace sf

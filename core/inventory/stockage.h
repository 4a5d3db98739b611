#pragma once

#include <QString>

namespace sf::stockage {

// SQL for a pair's days in stock (stock row `s`) at the timestamp bound as :as_of: from its purchase date,
// or from when it was recorded when the purchase date is unknown. The dashboard's ageing bands and the
// Stock page's age filter both use it, so a band and its drill-down count the same pairs.
inline QString daysSql()
{
    return QStringLiteral("{{days_between:COALESCE(s.purchase_date, s.created_at);:as_of}}");
}

} // namespace sf::stockage

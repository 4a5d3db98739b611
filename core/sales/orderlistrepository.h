#pragma once

#include "db/database.h"
#include "orderquery.h"
#include "orderrow.h"

namespace sf {

// The Orders page's reads: filtered, sorted pages of orders with their pair and marketplace, and
// the totals of the same filter, both computed by the database.
class OrderListRepository {
public:
    explicit OrderListRepository(const Database &db)
        : m_db(db)
    {}

    Result<OrderRowPage> fetchPage(const OrderQuery &query, const std::optional<KeysetCursor> &cursor, int limit) const;
    Result<std::optional<OrderRow>> fetchRow(const OrderId &id) const;
    Result<OrderSummary> summary(const OrderQuery &query) const;
    Status setShippingDocument(const OrderId &id, const QString &path) const;

private:
    const Database &m_db;
};

} // namespace sf

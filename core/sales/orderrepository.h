#pragma once

#include "db/database.h"
#include "order.h"

#include <QList>
#include <optional>

namespace sf {

class OrderRepository {
public:
    explicit OrderRepository(const Database &db)
        : m_db(db)
    {}

    Result<Order> create(const Order &order) const;
    Result<std::optional<Order>> get(const OrderId &id) const;
    Result<std::optional<Order>> findByExternalId(const MarketplaceId &marketplace, const QString &externalId) const;
    // The orders of these numbers that exist, in a few queries.
    Result<QList<Order>> findByExternalIds(const MarketplaceId &marketplace, const QStringList &externalIds) const;
    Result<QList<Order>> forItem(const StockItemId &item) const;
    Status update(const Order &order) const;
    // When the oldest order on the marketplace that is not finished yet was sold (invalid: none).
    Result<QDateTime> oldestOpenSale(const MarketplaceId &marketplace) const;
    Status remove(const OrderId &id) const;

    struct Totals {
        qint64 orders = 0;
        Money gross;
        Money fees;
        Money netProceeds;
        Money netProfit;
    };
    // Sums computed by the database in one aggregate, exact to the cent on both dialects.
    Result<Totals> totals(const QString &currency) const;

private:
    Result<QList<Order>> fetch(const QString &where, const std::function<void(class SqlQuery &)> &bind) const;

    const Database &m_db;
};

} // namespace sf

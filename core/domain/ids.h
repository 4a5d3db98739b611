#pragma once

#include "rowuuid.h"

#include <QHash>
#include <QMetaType>
#include <QString>
#include <QUuid>

namespace sf {

// A UUID that knows which table it belongs to, so a ProductId can never be passed where a SizeId is meant.
template <typename Tag> class Id {
public:
    Id() = default;
    explicit Id(const QUuid &uuid)
        : m_uuid(uuid)
    {}

    static Id create() { return Id(newRowUuid()); }
    static Id fromString(const QString &text) { return Id(QUuid::fromString(text)); }

    bool isNull() const { return m_uuid.isNull(); }
    QUuid uuid() const { return m_uuid; }
    QString toString() const { return m_uuid.toString(QUuid::WithoutBraces); }

    friend bool operator==(const Id &a, const Id &b) { return a.m_uuid == b.m_uuid; }
    friend bool operator!=(const Id &a, const Id &b) { return a.m_uuid != b.m_uuid; }
    friend bool operator<(const Id &a, const Id &b) { return a.m_uuid < b.m_uuid; }
    friend size_t qHash(const Id &id, size_t seed = 0) { return qHash(id.m_uuid, seed); }

private:
    QUuid m_uuid;
};

using BrandId = Id<struct BrandTag>;
using CategoryId = Id<struct CategoryTag>;
using SizeId = Id<struct SizeTag>;
using ProductId = Id<struct ProductTag>;
using VariantId = Id<struct VariantTag>;
using StockItemId = Id<struct StockItemTag>;
using SupplierId = Id<struct SupplierTag>;
using MarketplaceId = Id<struct MarketplaceTag>;
using ListingId = Id<struct ListingTag>;
using OrderId = Id<struct OrderTag>;
using EventId = Id<struct EventTag>;
using PriceRuleId = Id<struct PriceRuleTag>;
using AutoListingRuleId = Id<struct AutoListingRuleTag>;

} // namespace sf

Q_DECLARE_METATYPE(sf::StockItemId)

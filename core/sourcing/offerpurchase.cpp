#include "offerpurchase.h"

#include "db/rowversion.h"
#include "db/sqlquery.h"
#include "db/transaction.h"
#include "inventory/stockrepository.h"
#include "suppliers/supplierpurchaseservice.h"
#include "suppliers/supplierrepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sf {

Result<QList<StockItemId>> OfferPurchase::record(const Opportunity &offer, int quantity,
                                                 const QString &orderNumber) const
{
    if (offer.variantId.isNull() || quantity < 1)
        return Error{u"offer.unmatched"_s,
                     QCoreApplication::translate("OfferPurchase", "Only a matched offer can be bought into stock."),
                     offer.awinProductId};
    Transaction tx(m_db);
    if (Status begun = tx.begin(); !begun)
        return begun.error();
    SqlQuery size(m_db, u"SELECT size_id FROM {{catalog.product_variant}} WHERE id = :id"_s);
    if (Status status = size.bind(u":id"_s, offer.variantId).exec(); !status)
        return status.error();
    if (!size.next() || size.isNull(0))
        return Error{u"offer.no_size"_s,
                     QCoreApplication::translate("OfferPurchase", "The matched StockX size has no size in the "
                                                                  "catalog yet."),
                     offer.awinProductId};
    const QString merchant = offer.merchantName.isEmpty() ? u"Awin %1"_s.arg(offer.merchantId) : offer.merchantName;
    const auto supplier = SupplierRepository(m_db).findOrCreate(merchant);
    if (!supplier)
        return supplier.error();
    SupplierPurchase purchase;
    purchase.supplier = supplier.value().id;
    purchase.orderNumber = orderNumber;
    purchase.orderedAt = QDateTime::currentDateTimeUtc();
    purchase.shipping = offer.delivery.scaled(quantity, 1);
    purchase.lines.append(
        {offer.productId, size.id<SizeId>(0), quantity, offer.buyPrice, true, VatRate::germanStandard()});
    const auto items = SupplierPurchaseService(m_db).record(purchase);
    if (!items)
        return items.error();
    for (const StockItemId &item : items.value()) {
        SqlQuery ean(m_db, u"UPDATE {{inventory.stock}} SET ean = :ean, "_s + rowversion::kNext + u" WHERE id = :id"_s);
        ean.bind(u":ean"_s, offer.ean.left(13)).bind(u":id"_s, item).bind(u":operator"_s, m_db.operatorName());
        if (Status status = ean.exec(); !status)
            return status.error();
    }
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    return items;
}

} // namespace sf

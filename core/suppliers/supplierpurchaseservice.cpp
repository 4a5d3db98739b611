#include "supplierpurchaseservice.h"

#include "db/rowversion.h"
#include "db/sqlquery.h"
#include "db/transaction.h"
#include "domain/rowuuid.h"
#include "events/eventstore.h"
#include "inventory/stockrepository.h"
#include "inventory/stockservice.h"
#include "supplieraccountrepository.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
Error purchaseError(const QString &code, const QString &message, const QString &where = {})
{
    return Error{code, message, where};
}

// ":i0, :i1, …" for the pairs, bound by bindItems.
QString itemList(const QList<StockItemId> &items)
{
    QStringList placeholders;
    for (int i = 0; i < items.size(); ++i)
        placeholders << u":i%1"_s.arg(i);
    return placeholders.join(u", "_s);
}

void bindItems(SqlQuery &q, const QList<StockItemId> &items)
{
    for (int i = 0; i < items.size(); ++i)
        q.bind(u":i%1"_s.arg(i), items.at(i));
}

Status validate(const SupplierPurchase &p)
{
    if (p.supplier.isNull())
        return purchaseError(u"purchase.supplier"_s,
                             QCoreApplication::translate("SupplierPurchase", "A purchase needs its supplier."));
    if (p.lines.isEmpty())
        return purchaseError(u"purchase.empty"_s,
                             QCoreApplication::translate("SupplierPurchase", "A purchase needs at least one line."));
    for (int i = 0; i < p.lines.size(); ++i) {
        const PurchaseLine &line = p.lines.at(i);
        if (line.product.isNull() || line.size.isNull() || line.quantity < 1 || line.price.minor() < 0)
            return purchaseError(
                u"purchase.line"_s,
                QCoreApplication::translate("SupplierPurchase",
                                            "Line %1 needs a product, a size, a quantity of at least 1 and a price.")
                    .arg(i + 1));
    }
    if (p.shipping.minor() < 0)
        return purchaseError(u"purchase.shipping"_s,
                             QCoreApplication::translate("SupplierPurchase", "The shipping cost cannot be negative."));
    return {};
}
} // namespace

Result<QList<StockItemId>> SupplierPurchaseService::record(const SupplierPurchase &purchase) const
{
    if (Status valid = validate(purchase); !valid)
        return valid.error();
    int pairs = 0;
    for (const PurchaseLine &line : purchase.lines)
        pairs += line.quantity;
    Transaction tx(m_db);
    if (Status begun = tx.begin(); !begun)
        return begun.error();
    StockService stock(m_db);
    QList<StockItemId> created;
    const QString currency = purchase.lines.first().price.currency();
    const qint64 shipping = purchase.shipping.minor();
    Money total(0, currency); // what the order cost: the pairs with their shares of the shipping
    for (const PurchaseLine &line : purchase.lines) {
        const Money gross = line.priceIsGross ? line.price : line.vat.grossFromNet(line.price);
        for (int n = 0; n < line.quantity; ++n) {
            // The shipping is shared out to the cent: the first pairs take the remainder.
            const qint64 share = shipping / pairs + (created.size() < shipping % pairs ? 1 : 0);
            StockItem item;
            item.productId = line.product;
            item.sizeId = line.size;
            item.supplierId = purchase.supplier;
            item.vatRate = line.vat;
            item.currency = currency;
            item.grossPrice = gross + Money(share, currency);
            item.purchaseDate = purchase.orderedAt;
            item.completePrices();
            const auto added = stock.addItem(item);
            if (!added)
                return added.error();
            created << added.value().id;
            total += *added.value().grossPrice;
        }
    }
    SqlQuery order(m_db, u"UPDATE {{inventory.stock}} SET supplier_order = :order, expected_delivery = :expected, "
                         "detailed_status = 'incoming', "_s +
                             rowversion::kNext + u" WHERE id IN ("_s + itemList(created) + u')');
    order.bind(u":order"_s, purchase.orderNumber.trimmed())
        .bind(u":expected"_s, purchase.expectedDelivery)
        .bind(u":operator"_s, m_db.operatorName());
    bindItems(order, created);
    if (Status status = order.exec(); !status)
        return status.error();
    if (!purchase.account.isNull()) {
        SqlQuery history(m_db, u"INSERT INTO {{supplier.purchase_history}} (id, account_id, supplier_id, product_id, "
                               "order_reference, purchase_amount, purchase_date, purchase_status, success) VALUES "
                               "(:id, :account, :supplier, :product, :order, :amount, :at, 'completed', :success)"_s);
        history.bind(u":id"_s, newRowUuid().toString(QUuid::WithoutBraces))
            .bind(u":account"_s, purchase.account.toString(QUuid::WithoutBraces))
            .bind(u":supplier"_s, purchase.supplier)
            .bind(u":product"_s, purchase.lines.first().product)
            .bind(u":order"_s, purchase.orderNumber.trimmed())
            .bind(u":amount"_s, total)
            .bind(u":at"_s, purchase.orderedAt)
            .bind(u":success"_s, true);
        if (Status status = history.exec(); !status)
            return status.error();
        if (Status status = SupplierAccountRepository(m_db).recomputeStatistics(purchase.supplier); !status)
            return status.error();
    }
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    return created;
}

Status SupplierPurchaseService::markReceived(const QList<StockItemId> &items, const QDateTime &at) const
{
    if (items.isEmpty())
        return {};
    Transaction tx(m_db);
    if (Status begun = tx.begin(); !begun)
        return begun;
    SqlQuery q(m_db, u"UPDATE {{inventory.stock}} SET delivery_date = :at, detailed_status = 'available', updated_at = "
                     "{{now}}, "_s +
                         rowversion::kNext + u" WHERE delivery_date IS NULL AND id IN ("_s + itemList(items) + u')');
    q.bind(u":at"_s, at).bind(u":operator"_s, m_db.operatorName());
    bindItems(q, items);
    if (Status status = q.exec(); !status)
        return status;
    QList<QUuid> ids;
    for (const StockItemId &item : items)
        ids << item.uuid();
    announceAfterCommit(m_db, Change{Change::Entity::StockItem, Change::Kind::Changed, ids});
    return tx.commit();
}

Status SupplierPurchaseService::returnPair(const PairReturn &pairReturn) const
{
    Transaction tx(m_db);
    if (Status begun = tx.begin(); !begun)
        return begun;
    StockService stock(m_db);
    const auto current = stock.repository().get(pairReturn.item);
    if (!current)
        return current.error();
    if (!current.value())
        return purchaseError(u"return.missing"_s,
                             QCoreApplication::translate("SupplierPurchase", "The pair is no longer in stock."),
                             pairReturn.item.toString());
    const StockItem &item = *current.value();
    if (item.status != ItemStatus::InStock && item.status != ItemStatus::Reserved)
        return purchaseError(u"return.status"_s,
                             QCoreApplication::translate(
                                 "SupplierPurchase",
                                 "A pair that is \u201c%1\u201d cannot go back to its supplier; only pairs in stock "
                                 "can (take a listed pair off the marketplace first).")
                                 .arg(itemstatus::displayName(item.status)),
                             item.id.toString());
    if (pairReturn.refund.minor() < 0)
        return purchaseError(u"return.refund"_s,
                             QCoreApplication::translate("SupplierPurchase", "The refund cannot be negative."),
                             item.id.toString());
    if (Status changed = stock.changeStatus({item.id}, ItemStatus::Canceled); !changed)
        return changed;
    SqlQuery q(m_db, u"UPDATE {{inventory.stock}} SET returned_at = :at, refund_amount = :refund, return_reason = "
                     ":reason, detailed_status = 'cancelled', updated_at = {{now}}, "_s +
                         rowversion::kNext + u" WHERE id = :id"_s);
    q.bind(u":at"_s, pairReturn.returnedAt)
        .bind(u":operator"_s, m_db.operatorName())
        .bind(u":refund"_s, pairReturn.refund)
        .bind(u":reason"_s, pairReturn.reason.trimmed().left(200))
        .bind(u":id"_s, item.id);
    if (Status status = q.exec(); !status)
        return status;
    const QJsonObject data{{u"refund"_s, pairReturn.refund.toDecimalString()},
                           {u"currency"_s, pairReturn.refund.currency()},
                           {u"reason"_s, pairReturn.reason.trimmed()},
                           {u"supplier_id"_s, item.supplierId.toString()},
                           {u"returned_at"_s, pairReturn.returnedAt.toUTC().toString(Qt::ISODateWithMs)}};
    if (Status logged = EventStore(m_db).append(
            DomainEvent{u"StockItemReturnedToSupplier"_s, item.id.uuid(), u"stock_item"_s, data, newRowUuid(), {}});
        !logged)
        return logged;
    return tx.commit();
}

} // namespace sf

#include "presalemarker.h"

#include "db/sqlquery.h"
#include "db/transaction.h"
#include "domain/rowuuid.h"
#include "inventory/stockrepository.h"
#include "inventory/stockservice.h"
#include "listingrepository.h"

#include <QCoreApplication>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace sf {

Status PresaleMarker::record(const QString &listingId, const QString &productName, const QString &size,
                             bool presale) const
{
    SqlQuery update(m_db, u"UPDATE {{logging.stockx_presale_markings}} SET is_presale = :presale, "
                          "marked_at = CASE WHEN :presale THEN {{now}} ELSE marked_at END, "
                          "unmarked_at = CASE WHEN :presale THEN NULL ELSE {{now}} END, updated_at = {{now}} "
                          "WHERE stockx_listing_id = :listing"_s);
    update.bind(u":presale"_s, presale).bind(u":listing"_s, listingId);
    if (Status status = update.exec(); !status || update.rowsAffected() > 0 || !presale)
        return status;
    SqlQuery insert(m_db, u"INSERT INTO {{logging.stockx_presale_markings}} (id, stockx_listing_id, product_name, "
                          "size, is_presale) VALUES (:id, :listing, :product, :size, :presale)"_s);
    insert.bind(u":id"_s, newRowUuid().toString(QUuid::WithoutBraces))
        .bind(u":listing"_s, listingId)
        .bind(u":product"_s, productName)
        .bind(u":size"_s, size)
        .bind(u":presale"_s, true);
    return insert.exec();
}

Status PresaleMarker::setPresale(const ListingId &id, bool presale) const
{
    Transaction tx(m_db);
    if (Status begun = tx.begin(); !begun)
        return begun;
    const auto listing = ListingRepository(m_db).get(id);
    if (!listing)
        return listing.error();
    if (!listing.value())
        return Error{
            u"presale.no_listing"_s, QCoreApplication::translate("PresaleMarker", "The listing no longer exists."), {}};
    StockService stock(m_db);
    const auto rows = stock.repository().fetchRows({listing.value()->itemId});
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return Error{u"presale.no_item"_s,
                     QCoreApplication::translate("PresaleMarker", "The listed pair no longer exists."),
                     {}};
    const StockRow &row = rows.value().first();
    if (Status recorded = record(listing.value()->externalId, row.productName, row.sizeLabel, presale); !recorded)
        return recorded;
    StockItem pair = row.item;
    if (presale && pair.status != ItemStatus::Sold)
        StockService::applyStatus(pair, ItemStatus::Presale);
    else if (!presale && pair.status == ItemStatus::Presale)
        StockService::applyStatus(pair, listing.value()->status == ListingStatus::Active ? ItemStatus::ListedStockX
                                                                                         : ItemStatus::InStock);
    if (Status updated = stock.updateItem(pair); !updated)
        return updated;
    return tx.commit();
}

} // namespace sf

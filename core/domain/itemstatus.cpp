#include "itemstatus.h"

#include "statustable.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sf::itemstatus {

namespace {
constexpr StatusWord<ItemStatus> kWords[] = {
    {ItemStatus::InStock, u"in_stock", QT_TRANSLATE_NOOP("ItemStatus", "In stock")},
    {ItemStatus::ListedStockX, u"listed_stockx", QT_TRANSLATE_NOOP("ItemStatus", "Listed on StockX")},
    {ItemStatus::ListedAlias, u"listed_alias", QT_TRANSLATE_NOOP("ItemStatus", "Listed on Alias")},
    {ItemStatus::Listed, u"listed", QT_TRANSLATE_NOOP("ItemStatus", "Listed elsewhere")},
    {ItemStatus::Presale, u"presale", QT_TRANSLATE_NOOP("ItemStatus", "Presale")},
    {ItemStatus::Preorder, u"preorder", QT_TRANSLATE_NOOP("ItemStatus", "Preorder")},
    {ItemStatus::Reserved, u"reserved", QT_TRANSLATE_NOOP("ItemStatus", "Reserved")},
    {ItemStatus::Sold, u"sold", QT_TRANSLATE_NOOP("ItemStatus", "Sold")},
    {ItemStatus::Error, u"error", QT_TRANSLATE_NOOP("ItemStatus", "Needs attention")},
    {ItemStatus::Canceled, u"canceled", QT_TRANSLATE_NOOP("ItemStatus", "Canceled")},
};
const StatusTable kTable("ItemStatus", kWords);

bool isListed(ItemStatus s)
{
    return s == ItemStatus::ListedStockX || s == ItemStatus::ListedAlias || s == ItemStatus::Listed;
}
} // namespace

QList<ItemStatus> all()
{
    return kTable.all();
}

QString key(ItemStatus status)
{
    return kTable.key(status);
}

std::optional<ItemStatus> fromKey(const QString &key)
{
    return kTable.fromKey(key);
}

QString displayName(ItemStatus status)
{
    return kTable.displayName(status);
}

QList<ItemStatus> allowedTransitions(ItemStatus from)
{
    using S = ItemStatus;
    switch (from) {
    case S::InStock:
        return {S::ListedStockX, S::ListedAlias, S::Listed, S::Presale, S::Reserved, S::Sold, S::Error, S::Canceled};
    case S::ListedStockX:
    case S::ListedAlias:
    case S::Listed: {
        // A listed pair sold before the operator holds it is marked as a presale.
        QList<ItemStatus> next{S::InStock, S::ListedStockX, S::ListedAlias, S::Listed,
                               S::Presale, S::Reserved,     S::Sold,        S::Error};
        next.removeAll(from);
        return next;
    }
    case S::Presale:
    case S::Preorder: return {S::InStock, S::ListedStockX, S::ListedAlias, S::Listed, S::Sold, S::Canceled, S::Error};
    case S::Reserved: return {S::InStock, S::Sold, S::Canceled};
    case S::Sold:
        // A return from the buyer puts the pair back on the shelf.
        return {S::InStock};
    case S::Error: return {S::InStock, S::Canceled};
    case S::Canceled: return {S::InStock};
    }
    return {};
}

bool canTransition(ItemStatus from, ItemStatus to)
{
    return from == to || allowedTransitions(from).contains(to) || (isListed(from) && isListed(to));
}

} // namespace sf::itemstatus

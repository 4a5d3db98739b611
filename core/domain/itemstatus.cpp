#include "itemstatus.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sf::itemstatus {

namespace {
struct StatusInfo {
    ItemStatus status;
    const char16_t *key;
    const char *name;
};

constexpr StatusInfo kStatuses[] = {
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

const StatusInfo &info(ItemStatus status)
{
    for (const auto &i : kStatuses)
        if (i.status == status)
            return i;
    Q_UNREACHABLE();
}

bool isListed(ItemStatus s)
{
    return s == ItemStatus::ListedStockX || s == ItemStatus::ListedAlias || s == ItemStatus::Listed;
}
} // namespace

QList<ItemStatus> all()
{
    QList<ItemStatus> result;
    for (const auto &i : kStatuses)
        result.append(i.status);
    return result;
}

QString key(ItemStatus status)
{
    return QString::fromUtf16(info(status).key);
}

std::optional<ItemStatus> fromKey(const QString &k)
{
    for (const auto &i : kStatuses)
        if (k == QString::fromUtf16(i.key))
            return i.status;
    return std::nullopt;
}

QString displayName(ItemStatus status)
{
    return QCoreApplication::translate("ItemStatus", info(status).name);
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

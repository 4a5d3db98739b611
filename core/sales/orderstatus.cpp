#include "orderstatus.h"

using namespace Qt::StringLiterals;

namespace sf {

namespace {
constexpr StatusWord<OrderStatus> kWords[] = {
    {OrderStatus::Pending, u"pending", QT_TRANSLATE_NOOP("OrderStatus", "Pending")},
    {OrderStatus::Processing, u"processing", QT_TRANSLATE_NOOP("OrderStatus", "Processing")},
    {OrderStatus::Shipped, u"shipped", QT_TRANSLATE_NOOP("OrderStatus", "Shipped")},
    {OrderStatus::Delivered, u"delivered", QT_TRANSLATE_NOOP("OrderStatus", "Delivered")},
    {OrderStatus::Completed, u"completed", QT_TRANSLATE_NOOP("OrderStatus", "Completed")},
    {OrderStatus::Cancelled, u"cancelled", QT_TRANSLATE_NOOP("OrderStatus", "Cancelled")},
    {OrderStatus::Returned, u"returned", QT_TRANSLATE_NOOP("OrderStatus", "Returned")},
    {OrderStatus::Failed, u"failed", QT_TRANSLATE_NOOP("OrderStatus", "Failed")},
};
} // namespace

const StatusTable<OrderStatus, 8> &statusTable(OrderStatus)
{
    static const StatusTable table("OrderStatus", kWords);
    return table;
}

namespace orderstatus {

bool earns(OrderStatus status)
{
    return status != OrderStatus::Cancelled && status != OrderStatus::Returned && status != OrderStatus::Failed;
}

OrderStatus fromText(const QString &text)
{
    const QString s = text.toLower();
    if (s.contains(u"cancel"_s) || s.contains(u"storn"_s))
        return OrderStatus::Cancelled;
    if (s.contains(u"return"_s) || s.contains(u"retour"_s))
        return OrderStatus::Returned;
    if (s.contains(u"ship"_s) || s.contains(u"outgoing"_s) || s.contains(u"versendet"_s))
        return OrderStatus::Shipped;
    if (s.contains(u"pending"_s) || s.contains(u"need shipping"_s) || s.contains(u"packed"_s))
        return OrderStatus::Pending;
    return OrderStatus::Completed;
}

} // namespace orderstatus

} // namespace sf

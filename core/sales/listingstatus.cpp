#include "listingstatus.h"

namespace sf {

namespace {
constexpr StatusWord<ListingStatus> kWords[] = {
    {ListingStatus::Pending, u"pending", QT_TRANSLATE_NOOP("ListingStatus", "Pending")},
    {ListingStatus::Active, u"active", QT_TRANSLATE_NOOP("ListingStatus", "Active")},
    {ListingStatus::Inactive, u"inactive", QT_TRANSLATE_NOOP("ListingStatus", "Inactive")},
    {ListingStatus::Matched, u"matched", QT_TRANSLATE_NOOP("ListingStatus", "Sold (matched)")},
    {ListingStatus::Completed, u"completed", QT_TRANSLATE_NOOP("ListingStatus", "Completed")},
    {ListingStatus::Canceled, u"canceled", QT_TRANSLATE_NOOP("ListingStatus", "Cancelled")},
    {ListingStatus::Deleted, u"deleted", QT_TRANSLATE_NOOP("ListingStatus", "Deleted")},
    {ListingStatus::Expired, u"expired", QT_TRANSLATE_NOOP("ListingStatus", "Expired")},
};
} // namespace

const StatusTable<ListingStatus, 8> &statusTable(ListingStatus)
{
    static const StatusTable table("ListingStatus", kWords);
    return table;
}

namespace listingstatus {

bool isOpen(ListingStatus status)
{
    return status == ListingStatus::Active || status == ListingStatus::Inactive || status == ListingStatus::Pending;
}

} // namespace listingstatus

} // namespace sf

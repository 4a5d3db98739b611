#include "supplieraccountmodel.h"

#include "common/moneytext.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace sf {

SupplierAccountModel::SupplierAccountModel(const Database &db, QObject *parent)
    : PagedTableModel<SupplierAccount>(parent)
    , m_db(db)
{}

void SupplierAccountModel::setFilter(const SupplierAccountFilter &filter)
{
    m_filter = filter;
    reload();
}

SupplierAccountModel::PageReader SupplierAccountModel::pageReader(const std::optional<KeysetCursor> &after,
                                                                  int limit) const
{
    return [filter = m_filter, after, limit](const Database &db) {
        return SupplierAccountRepository(db).fetchPage(filter, after, limit);
    };
}

int SupplierAccountModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SupplierAccountModel::statusName(const QString &status)
{
    if (status == u"active"_s)
        return tr("Active");
    if (status == u"inactive"_s)
        return tr("Inactive");
    if (status == u"suspended"_s)
        return tr("Suspended");
    if (status == u"banned"_s)
        return tr("Banned");
    return status;
}

QVariant SupplierAccountModel::display(const SupplierAccount &a, int column) const
{
    switch (column) {
    case Supplier: return a.supplierName;
    case Email: return a.email;
    case Name: return QStringList{a.firstName, a.lastName}.join(u' ').trimmed();
    case List: return a.listName;
    case Status: return statusName(a.status);
    case Verified: return a.verified ? tr("yes") : QString();
    case LastUsed:
        return a.lastUsedAt.isValid() ? QLocale().toString(a.lastUsedAt.toLocalTime().date(), QLocale::ShortFormat)
                                      : QString();
    case Purchases: return QLocale().toString(a.purchases);
    case Spent: return moneyText(a.spent);
    case AverageOrder: return a.purchases > 0 ? moneyText(a.averageOrderValue) : QString();
    case SuccessRate: return QString(QLocale().toString(a.successRatePercent, 'f', 1) + u" %"_s);
    }
    return {};
}

QVariant SupplierAccountModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const SupplierAccount &a = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(a, index.column());
    case SortRole:
        switch (index.column()) {
        case Purchases: return a.purchases;
        case Spent: return a.spent.minor();
        case AverageOrder: return a.averageOrderValue.minor();
        case SuccessRate: return a.successRatePercent;
        case LastUsed: return a.lastUsedAt;
        default: return display(a, index.column()).toString().toLower();
        }
    case Qt::TextAlignmentRole:
        return index.column() >= Purchases ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default: return {};
    }
}

QVariant SupplierAccountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Supplier: return tr("Supplier");
    case Email: return tr("Email");
    case Name: return tr("Name");
    case List: return tr("List");
    case Status: return tr("Status");
    case Verified: return tr("Verified");
    case LastUsed: return tr("Last used");
    case Purchases: return tr("Purchases");
    case Spent: return tr("Spent");
    case AverageOrder: return tr("Average order");
    case SuccessRate: return tr("Success rate");
    }
    return {};
}

} // namespace sf

#include "brandusagemodel.h"

using namespace Qt::StringLiterals;

namespace sf {

int BrandUsageModel::rowOf(const BrandId &id) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).brand.id == id)
            return int(row);
    return -1;
}

QVariant BrandUsageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const BrandUsage &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name: return row.brand.name;
        case Products: return row.products;
        case Pairs: return row.pairs;
        case Patterns: return row.patterns.join(u", "_s);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Products: return row.products;
        case Pairs: return row.pairs;
        default: return data(index, Qt::DisplayRole).toString().toLower();
        }
    case Qt::ToolTipRole:
        if (index.column() == Patterns && !row.patterns.isEmpty())
            return row.patterns.join(u'\n');
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Products || index.column() == Pairs)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant BrandUsageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Brand");
    case Products: return tr("Products");
    case Pairs: return tr("Pairs");
    case Patterns: return tr("Recognised by");
    }
    return {};
}

} // namespace sf

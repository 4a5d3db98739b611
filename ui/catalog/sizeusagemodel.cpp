#include "sizeusagemodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace sf {

QString SizeUsageModel::regionName(const QString &region)
{
    static const QHash<QString, const char *> names{
        {u"US"_s, QT_TR_NOOP("US men")},       {u"US-W"_s, QT_TR_NOOP("US women")},
        {u"US-Y"_s, QT_TR_NOOP("US youth")},   {u"US-K"_s, QT_TR_NOOP("US child")},
        {u"US-T"_s, QT_TR_NOOP("US toddler")}, {u"EU"_s, QT_TR_NOOP("EU")},
        {u"UK"_s, QT_TR_NOOP("UK")},           {u"CM"_s, QT_TR_NOOP("Centimetres")},
        {u"KR"_s, QT_TR_NOOP("Korea (mm)")},   {u"JP"_s, QT_TR_NOOP("Japan")},
        {u"INT"_s, QT_TR_NOOP("Letters")},     {u"WL"_s, QT_TR_NOOP("Waist / length")},
        {u"RANGE"_s, QT_TR_NOOP("Range")},     {u"DUAL"_s, QT_TR_NOOP("Dual size")},
        {u"ONE"_s, QT_TR_NOOP("One size")},    {u"TEXT"_s, QT_TR_NOOP("Not read")}};
    const auto name = names.constFind(region);
    return name == names.cend() ? region : tr(*name);
}

QVariant SizeUsageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SizeUsage &row = m_rows.at(index.row());
    const bool unread = row.size.region == u"TEXT"_s;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Written: return unread ? row.size.value : row.size.label();
        case Kind: return regionName(row.size.region);
        case EuSize:
            return row.size.standardizedValue ? QLocale().toString(*row.size.standardizedValue, 'g', 4) : u"\u2014"_s;
        case Pairs: return row.pairs;
        case Variants: return row.variants;
        }
        break;
    case SortRole:
        switch (index.column()) {
        case EuSize: return row.size.standardizedValue.value_or(-1.0);
        case Pairs: return row.pairs;
        case Variants: return row.variants;
        default: return data(index, Qt::DisplayRole).toString().toLower();
        }
    case SizeIdRole: return row.size.id.toString();
    case Qt::ForegroundRole:
        if (index.column() == Kind && unread)
            return QBrush(QColor(0xb2, 0x5e, 0x00));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() >= EuSize)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (unread)
            return tr("No rule reads \"%1\"; it is kept as written. Map it to the size it means.").arg(row.size.value);
        break;
    }
    return {};
}

QVariant SizeUsageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Written: return tr("Size as written");
    case Kind: return tr("Read as");
    case EuSize: return tr("EU equivalent");
    case Pairs: return tr("Pairs");
    case Variants: return tr("Variants");
    }
    return {};
}

} // namespace sf

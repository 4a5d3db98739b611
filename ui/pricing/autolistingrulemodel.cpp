#include "autolistingrulemodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace sf {

QVariant AutoListingRuleModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const AutoListingRule &rule = rowAt(index.row());
    if (role == Qt::CheckStateRole && index.column() == Active)
        return rule.active ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Active: return rule.active ? tr("on") : tr("off");
        case Name: return rule.name;
        case Priority: return rule.priority;
        case Conditions: return rule.conditions.describe().join(u"; "_s);
        case Strategy: return autolistingstrategy::displayName(rule.strategy);
        case Markup: return QString(QLocale().toString(double(rule.markupBp) / 100.0, 'f', 1) + u" %"_s);
        case Expires: return tr("%n days", nullptr, rule.expiresDays);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Conditions)
        return rule.conditions.describe().join(u'\n');
    if (role == Qt::TextAlignmentRole &&
        (index.column() == Priority || index.column() == Markup || index.column() == Expires))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

bool AutoListingRuleModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != Active || role != Qt::CheckStateRole)
        return false;
    Q_EMIT activeToggled(rowAt(index.row()).id, value.toInt() == Qt::Checked);
    return true;
}

Qt::ItemFlags AutoListingRuleModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Active)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant AutoListingRuleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Active: return tr("On");
    case Name: return tr("Rule");
    case Priority: return tr("Priority");
    case Conditions: return tr("When all of these hold");
    case Strategy: return tr("Strategy");
    case Markup: return tr("Markup");
    case Expires: return tr("Ask expires after");
    }
    return {};
}

} // namespace sf

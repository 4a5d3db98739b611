#include "repricingplanmodel.h"

#include "common/moneytext.h"

#include <QBrush>
#include <QColor>

namespace sf {

int RepricingPlanModel::count(RepricingResult::Kind kind) const
{
    return int(std::count_if(rows().cbegin(), rows().cend(),
                             [kind](const RepricingResult &result) { return result.kind == kind; }));
}

QVariant RepricingPlanModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const RepricingResult &result = rowAt(index.row());
    const RepricingStep &step = result.step;
    const bool priced = step.outcome != RepricingStep::Outcome::Skipped;
    const bool moving = result.kind == RepricingResult::Kind::Planned || result.kind == RepricingResult::Kind::Changed;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Outcome: return RepricingReport::displayName(result.kind);
        case Product: return step.candidate.productName;
        case Size: return step.candidate.sizeLabel;
        case OldPrice: return moneyText(step.oldPrice);
        case NewPrice: return priced ? moneyText(step.newPrice) : QString();
        case NetProceeds: return priced ? moneyText(step.netProceeds) : QString();
        case Profit: return priced ? moneyText(step.profit) : QString();
        case Reason: return result.detail;
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case OldPrice: return step.oldPrice.minor();
        case NewPrice: return step.newPrice.minor() - step.oldPrice.minor();
        case NetProceeds: return step.netProceeds.minor();
        case Profit: return step.profit ? step.profit->minor() : std::numeric_limits<qint64>::min();
        default: return data(index, Qt::DisplayRole).toString().toLower();
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Profit && step.floor)
        return tr("Floor after fees: %1").arg(moneyText(step.floor));
    if (role == Qt::ToolTipRole && index.column() == Reason)
        return result.detail;
    if (role == Qt::ForegroundRole && index.column() == NewPrice && moving)
        return QBrush(step.newPrice < step.oldPrice ? QColor(0xc6, 0x28, 0x28) : QColor(0x2e, 0x7d, 0x32));
    if (role == Qt::ForegroundRole && index.column() == Outcome &&
        (result.kind == RepricingResult::Kind::Conflict || result.kind == RepricingResult::Kind::Failed))
        return QBrush(QColor(0xc6, 0x28, 0x28));
    if (role == Qt::TextAlignmentRole && index.column() >= OldPrice && index.column() <= Profit)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RepricingPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Outcome: return tr("Outcome");
    case Product: return tr("Product");
    case Size: return tr("Size");
    case OldPrice: return tr("Ask now");
    case NewPrice: return tr("New ask");
    case NetProceeds: return tr("Net after fees");
    case Profit: return tr("Profit");
    case Reason: return tr("Why");
    }
    return {};
}

} // namespace sf

#include "autolistingplanmodel.h"

#include "common/moneytext.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace sf {

void AutoListingPlanModel::setDecisions(const QList<AutoListingDecision> &decisions)
{
    m_written.clear();
    setRows(decisions);
}

void AutoListingPlanModel::setWritten(const QList<ListingWriteResult> &results)
{
    for (const ListingWriteResult &result : results)
        m_written.insert(result.item, result);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Outcome), index(rowCount() - 1, Outcome));
}

int AutoListingPlanModel::matched() const
{
    return int(std::count_if(rows().cbegin(), rows().cend(), [](const auto &d) { return d.matched(); }));
}

QString AutoListingPlanModel::outcome(const AutoListingDecision &decision) const
{
    const auto written = m_written.constFind(decision.pair.item);
    if (written != m_written.constEnd())
        return written->error ? tr("Failed") : tr("Listed");
    return decision.matched() ? tr("Would list") : tr("No rule");
}

QString AutoListingPlanModel::explanation(const AutoListingDecision &d) const
{
    const auto written = m_written.constFind(d.pair.item);
    QStringList lines;
    if (written != m_written.constEnd() && written->error)
        lines << written->error->message;
    if (d.matched())
        lines << tr("%1 (%2): %3")
                     .arg(d.rule->name, autolistingstrategy::displayName(d.rule->strategy), d.reasoning.join(u"; "_s));
    else if (d.nearestRule.isEmpty())
        lines << tr("No auto-listing rule is switched on.");
    else
        lines << tr("Nearest rule: %1, %2 % of its conditions hold. Missing: %3")
                     .arg(d.nearestRule, QString::number(qRound(d.confidence * 100.0)), d.unmet.join(u"; "_s));
    return lines.join(u'\n');
}

QVariant AutoListingPlanModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const AutoListingDecision &d = rowAt(index.row());
    const PricingCandidate &pair = d.pair;
    const QDate bought = pair.purchasedAt.date();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Outcome: return outcome(d);
        case Product: return pair.productName;
        case Size: return pair.sizeLabel;
        case Bought: return bought.isValid() ? QLocale().toString(bought, QLocale::ShortFormat) : QString();
        case Cost: return moneyText(pair.cost);
        case MarketPrice: return moneyText(d.market.marketPrice);
        case Rule:
            return d.matched() ? d.rule->name
                               : (d.nearestRule.isEmpty()
                                      ? QString()
                                      : tr("(%1: %2 %)").arg(d.nearestRule).arg(qRound(d.confidence * 100.0)));
        case Ask: return d.matched() ? moneyText(d.price) : QString();
        case NetProceeds: return d.matched() ? moneyText(d.netProceeds) : QString();
        case Profit: return d.matched() ? moneyText(d.profit) : QString();
        case Expires:
            return d.matched() ? QLocale().toString(d.expiresAt.toLocalTime().date(), QLocale::ShortFormat) : QString();
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Bought: return pair.purchasedAt;
        case Cost: return pair.cost ? pair.cost->minor() : -1;
        case MarketPrice: return d.market.marketPrice ? d.market.marketPrice->minor() : -1;
        case Ask: return d.matched() ? d.price.minor() : -1;
        case NetProceeds: return d.matched() ? d.netProceeds.minor() : -1;
        case Profit: return d.profit ? d.profit->minor() : std::numeric_limits<qint64>::min();
        case Expires: return d.expiresAt;
        default: return data(index, Qt::DisplayRole).toString().toLower();
        }
    }
    if (role == Qt::ToolTipRole && (index.column() == Outcome || index.column() == Rule || index.column() == Ask))
        return explanation(d);
    if (role == Qt::ToolTipRole && index.column() == Profit && d.matched())
        return tr("Floor after fees: %1").arg(moneyText(d.floor));
    if (role == Qt::ForegroundRole && index.column() == Outcome) {
        const auto written = m_written.constFind(pair.item);
        if (written != m_written.constEnd())
            return QBrush(written->error ? QColor(0xc6, 0x28, 0x28) : QColor(0x2e, 0x7d, 0x32));
        return d.matched() ? QVariant() : QBrush(QColor(0x75, 0x75, 0x75));
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Cost && index.column() != Rule)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant AutoListingPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Outcome: return tr("Outcome");
    case Product: return tr("Product");
    case Size: return tr("Size");
    case Bought: return tr("Bought");
    case Cost: return tr("Cost");
    case MarketPrice: return tr("StockX market");
    case Rule: return tr("Rule");
    case Ask: return tr("Ask");
    case NetProceeds: return tr("Net after fees");
    case Profit: return tr("Profit");
    case Expires: return tr("Expires");
    }
    return {};
}

} // namespace sf

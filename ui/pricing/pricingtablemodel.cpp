#include "pricingtablemodel.h"

#include "common/moneytext.h"
#include "pricing/pricingcandidaterepository.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
qint64 minorOr(const std::optional<Money> &m)
{
    return m ? m->minor() : std::numeric_limits<qint64>::min();
}

QString positionText(MarketPosition position)
{
    switch (position) {
    case MarketPosition::BelowMarket:
        return QCoreApplication::translate("PricingTableModel", "at or below the highest bid");
    case MarketPosition::AboveMarket:
        return QCoreApplication::translate("PricingTableModel", "at or above the lowest ask");
    case MarketPosition::Competitive: return QCoreApplication::translate("PricingTableModel", "between bid and ask");
    case MarketPosition::Unknown: return QCoreApplication::translate("PricingTableModel", "no market figures");
    }
    Q_UNREACHABLE();
}
} // namespace

PricingTableModel::PricingTableModel(const Database &db, QObject *parent)
    : PagedTableModel<PricedCandidate>(parent)
    , m_db(db)
{}

void PricingTableModel::setListedOnly(bool listedOnly)
{
    m_listedOnly = listedOnly;
    reload();
}

PricingTableModel::PageReader PricingTableModel::pageReader(const std::optional<KeysetCursor> &after, int limit) const
{
    return [listedOnly = m_listedOnly, now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc(), after,
            limit](const Database &db) {
        return PricingCandidateRepository(db).fetchPricedPage(listedOnly, after, limit, now);
    };
}

int PricingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PricingTableModel::display(const PricedCandidate &row, int column) const
{
    const PricingCandidate &c = row.candidate;
    const auto &rec = row.recommendation;
    switch (column) {
    case Product: return c.productName;
    case Size: return c.sizeLabel;
    case Status: return itemstatus::displayName(c.status);
    case Cost: return moneyText(c.cost);
    case OurAsk: return moneyText(c.ourAsk);
    case LowestAsk: return moneyText(c.lowestAsk);
    case HighestBid: return moneyText(c.highestBid);
    case LastSale: return moneyText(c.lastSale);
    case Recommended: return rec ? moneyText(rec->price) : tr("none");
    case NetProceeds: return rec ? moneyText(rec->netProceeds) : QString();
    case Profit: return rec ? moneyText(rec->profit) : QString();
    case DaysListed: {
        const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
        return c.listing.isNull() ? QString() : QLocale().toString(c.daysListed(now));
    }
    }
    return {};
}

QVariant PricingTableModel::sortValue(const PricedCandidate &row, int column) const
{
    const PricingCandidate &c = row.candidate;
    const auto &rec = row.recommendation;
    switch (column) {
    case Cost: return minorOr(c.cost);
    case OurAsk: return minorOr(c.ourAsk);
    case LowestAsk: return minorOr(c.lowestAsk);
    case HighestBid: return minorOr(c.highestBid);
    case LastSale: return minorOr(c.lastSale);
    case Recommended: return rec ? rec->price.minor() : std::numeric_limits<qint64>::min();
    case NetProceeds: return rec ? rec->netProceeds.minor() : std::numeric_limits<qint64>::min();
    case Profit: return rec ? minorOr(rec->profit) : std::numeric_limits<qint64>::min();
    case DaysListed: return c.listedAt.isValid() ? c.listedAt.toSecsSinceEpoch() : 0;
    default: return display(row, column).toString().toLower();
    }
}

QString PricingTableModel::tooltip(const PricedCandidate &row, int column) const
{
    const auto &rec = row.recommendation;
    if (!rec)
        return column == Recommended ? row.problem : QString();
    switch (column) {
    case Recommended:
        return tr("%1 (confidence %2), %3\n%4")
            .arg(pricingstrategy::displayName(rec->strategy), QLocale().toString(rec->confidence, 'f', 2),
                 positionText(rec->position), rec->reasoning.join(u'\n'));
    case NetProceeds: return tr("%1 in fees at this price").arg(moneyText(rec->fees));
    case Profit:
        return rec->floor ? tr("Lowest price that nets cost plus the minimum profit: %1").arg(moneyText(rec->floor))
                          : tr("No cost is recorded, so there is no floor.");
    default: return {};
    }
}

QVariant PricingTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const PricedCandidate &row = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(row, index.column());
    case SortRole: return sortValue(row, index.column());
    case ItemIdRole: return row.candidate.item.toString();
    case Qt::ToolTipRole: return tooltip(row, index.column());
    case Qt::TextAlignmentRole:
        return index.column() >= Cost ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == Recommended && row.recommendation && row.candidate.ourAsk)
            return QBrush(row.recommendation->price < *row.candidate.ourAsk ? QColor(0xc6, 0x28, 0x28)
                                                                            : QColor(0x2e, 0x7d, 0x32));
        if (index.column() == Profit && row.recommendation && row.recommendation->profit &&
            row.recommendation->profit->isNegative())
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return {};
    case Qt::FontRole:
        if (index.column() == Recommended) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default: return {};
    }
}

QVariant PricingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Product: return tr("Product");
    case Size: return tr("Size");
    case Status: return tr("Status");
    case Cost: return tr("Cost");
    case OurAsk: return tr("Our ask");
    case LowestAsk: return tr("Lowest ask");
    case HighestBid: return tr("Highest bid");
    case LastSale: return tr("Last sale");
    case Recommended: return tr("Recommended");
    case NetProceeds: return tr("Net after fees");
    case Profit: return tr("Profit");
    case DaysListed: return tr("Days listed");
    }
    return {};
}

} // namespace sf

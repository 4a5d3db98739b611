#include "awinoffertablemodel.h"

#include "common/moneytext.h"
#include "sourcing/awinofferrepository.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace sf {

AwinOfferTableModel::AwinOfferTableModel(const Database &db, QObject *parent)
    : PagedTableModel<AwinOfferRow>(parent)
    , m_db(db)
{}

void AwinOfferTableModel::setFilter(const AwinOfferFilter &filter)
{
    m_filter = filter;
    reload();
}

AwinOfferTableModel::PageReader AwinOfferTableModel::pageReader(const std::optional<KeysetCursor> &after,
                                                                int limit) const
{
    return [filter = m_filter, after, limit](const Database &db) {
        return AwinOfferRepository(db).page(filter, after, limit);
    };
}

int AwinOfferTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AwinOfferTableModel::display(const AwinOfferRow &row, int column) const
{
    switch (column) {
    case Product: return row.productName;
    case Brand: return row.brand;
    case Size: return row.size;
    case Ean: return row.ean;
    case StyleCode: return row.styleCode;
    case Shop: return row.merchantName;
    case Price: return moneyText(row.price);
    case Stock: return !row.available ? tr("gone from the feed") : row.inStock ? tr("in stock") : tr("sold out");
    case Match:
        return row.matchMethod.isEmpty()
                   ? QString()
                   : u"%1 (%2 %)"_s.arg(row.matchMethod, QLocale().toString(row.matchConfidence * 100, 'f', 0));
    }
    return {};
}

QVariant AwinOfferTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const AwinOfferRow &row = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(row, index.column());
    case SortRole: return index.column() == Price ? QVariant(row.price.minor()) : display(row, index.column());
    case ThumbnailUrlRole: return row.thumbnailUrl.isEmpty() ? row.imageUrl : row.thumbnailUrl;
    case LinkRole: return row.affiliateLink.isEmpty() ? row.merchantLink : row.affiliateLink;
    case Qt::TextAlignmentRole:
        return index.column() == Price ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == Stock && (!row.inStock || !row.available))
            return QBrush(QColor(0x9e, 0x9e, 0x9e));
        return {};
    default: return {};
    }
}

QVariant AwinOfferTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Product: return tr("Offer");
    case Brand: return tr("Brand");
    case Size: return tr("Size");
    case Ean: return tr("EAN");
    case StyleCode: return tr("Style code");
    case Shop: return tr("Shop");
    case Price: return tr("Price");
    case Stock: return tr("Stock");
    case Match: return tr("Matched by");
    }
    return {};
}

} // namespace sf

#include "awinfeedmodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace sf {

QVariant AwinFeedModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const AwinFeed &f = rowAt(index.row());
    const double rate = f.offers > 0 ? double(f.matched) * 100.0 / double(f.offers) : 0.0;
    if (role == SortRole) {
        switch (index.column()) {
        case Feed: return f.feedId;
        case LastImport: return f.lastImportAt;
        case Rows: return f.lastImportRows;
        case Offers: return f.offers;
        case MatchRate: return rate;
        default: break;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == State && !f.lastError.isEmpty())
        return QBrush(QColor(0xb3, 0x26, 0x1e));
    if (role == Qt::ToolTipRole && index.column() == State)
        return f.lastError;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case Shop: return f.advertiserName.isEmpty() ? tr("(not in the feed list)") : f.advertiserName;
    case Feed: return QString::number(f.feedId);
    case LastImport:
        return f.lastImportAt.isValid() ? QLocale().toString(f.lastImportAt.toLocalTime(), QLocale::ShortFormat)
                                        : tr("never");
    case Rows:
        return f.lastImportAt.isValid() ? (f.lastImportRejected > 0 ? tr("%1 (%2 rejected)")
                                                                          .arg(QLocale().toString(f.lastImportRows))
                                                                          .arg(QLocale().toString(f.lastImportRejected))
                                                                    : QLocale().toString(f.lastImportRows))
                                        : QString();
    case Offers: return QLocale().toString(f.offers);
    case MatchRate: return f.offers > 0 ? QLocale().toString(rate, 'f', 1) + u" %"_s : QString();
    case State:
        if (!f.lastError.isEmpty())
            return tr("last attempt failed");
        return f.changedSinceImport() ? tr("changed, not imported yet") : tr("up to date");
    }
    return {};
}

QVariant AwinFeedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Shop: return tr("Shop");
    case Feed: return tr("Feed");
    case LastImport: return tr("Last import");
    case Rows: return tr("Rows");
    case Offers: return tr("Offers");
    case MatchRate: return tr("Matched");
    case State: return tr("State");
    }
    return {};
}

} // namespace sf

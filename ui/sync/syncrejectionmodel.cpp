#include "syncrejectionmodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace sf {

QString SyncRejectionModel::jobName(const QString &job)
{
    if (job == u"orders"_s)
        return tr("Order");
    if (job == u"listings"_s)
        return tr("Listing");
    if (job == u"catalog"_s)
        return tr("Product");
    return job;
}

QVariant SyncRejectionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SyncRejection &r = m_rows.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Job: return jobName(r.job);
        case Number: return r.externalId;
        case Reason: return r.reason;
        case Occurred:
            return r.occurredAt.isValid() ? locale.toString(r.occurredAt.toLocalTime(), QLocale::ShortFormat)
                                          : u"\u2014"_s;
        case Attempts: return r.attempts;
        case LastTried: return locale.toString(r.lastSeenAt.toLocalTime(), QLocale::ShortFormat);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Occurred: return r.occurredAt;
        case Attempts: return r.attempts;
        case LastTried: return r.lastSeenAt;
        default: return data(index, Qt::DisplayRole).toString().toLower();
        }
    case Qt::ToolTipRole:
        if (index.column() == Reason)
            return r.reason;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Attempts)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant SyncRejectionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Job: return tr("Record");
    case Number: return tr("Number");
    case Reason: return tr("Why it was not stored");
    case Occurred: return tr("Date");
    case Attempts: return tr("Tries");
    case LastTried: return tr("Last tried");
    }
    return {};
}

} // namespace sf

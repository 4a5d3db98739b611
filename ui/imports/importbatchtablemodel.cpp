#include "importbatchtablemodel.h"

#include "imports/importformat.h"

#include <QBrush>
#include <QColor>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace sf {

void ImportBatchTableModel::setBatches(const QList<ImportBatch> &batches)
{
    beginResetModel();
    m_batches = batches;
    endResetModel();
}

int ImportBatchTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_batches.size());
}

int ImportBatchTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportBatchTableModel::statusText(const QString &status)
{
    if (status == u"completed"_s)
        return tr("Completed");
    if (status == u"cancelled"_s)
        return tr("Cancelled");
    if (status == u"failed"_s)
        return tr("Failed");
    if (status == u"processing"_s)
        return tr("Running or interrupted");
    return status;
}

QString ImportBatchTableModel::formatTitle(const QString &key)
{
    const auto format = ImportFormat::byKey(key);
    return format ? format->title : key;
}

QVariant ImportBatchTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ImportBatch &b = m_batches.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Started: return QLocale().toString(b.startedAt.toLocalTime(), QLocale::ShortFormat);
        case Format: return formatTitle(b.sourceType);
        case File: return QFileInfo(b.sourceFile).fileName();
        case Rows: return b.totalRecords;
        case Stored: return b.processedRecords;
        case Rejected: return b.errorRecords;
        case Status: return statusText(b.status);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Started: return b.startedAt;
        case Rows: return b.totalRecords;
        case Stored: return b.processedRecords;
        case Rejected: return b.errorRecords;
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (index.column() == File)
            return b.sourceFile;
        if (index.column() == Status && !b.errorMessage.isEmpty())
            return b.errorMessage;
        break;
    case Qt::ForegroundRole:
        if (index.column() == Rejected && b.errorRecords > 0)
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() >= Rows && index.column() <= Rejected)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case BatchIdRole: return b.id;
    case FormatKeyRole: return b.sourceType;
    }
    return {};
}

QVariant ImportBatchTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Started: return tr("Started");
    case Format: return tr("Format");
    case File: return tr("File");
    case Rows: return tr("Rows");
    case Stored: return tr("Stored");
    case Rejected: return tr("Rejected");
    case Status: return tr("Status");
    }
    return {};
}

} // namespace sf

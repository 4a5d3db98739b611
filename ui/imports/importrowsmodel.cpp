#include "importrowsmodel.h"

#include <QBrush>
#include <QColor>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
bool isRejected(const ImportRecord &record)
{
    return record.status == u"error"_s;
}
} // namespace

void ImportRowsModel::setRecords(const QList<ImportRecord> &records)
{
    beginResetModel();
    m_records = records;
    m_names.clear();
    for (const ImportRecord &record : std::as_const(m_records))
        for (auto it = valuesOf(record).begin(); it != valuesOf(record).end(); ++it)
            if (!m_names.contains(it.key()))
                m_names << it.key();
    endResetModel();
}

const QJsonObject &ImportRowsModel::valuesOf(const ImportRecord &record) const
{
    return m_values == Values::Processed ? record.processedData : record.sourceData;
}

int ImportRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int ImportRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstValue + int(m_names.size());
}

QString ImportRowsModel::outcomeText(const QString &status)
{
    if (status == u"processed"_s)
        return tr("New");
    if (status == u"updated"_s)
        return tr("Updated");
    if (status == u"duplicate"_s)
        return tr("Duplicate");
    if (status == u"error"_s)
        return tr("Rejected");
    if (status == u"valid"_s)
        return tr("OK");
    return status;
}

QVariant ImportRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ImportRecord &r = m_records.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (column == Line)
            return r.line;
        if (column == Outcome)
            return outcomeText(r.status);
        if (column == Problem)
            return r.errorMessage;
        return valuesOf(r).value(m_names.at(column - FirstValue)).toVariant();
    case SortRole: return column == Line ? QVariant(r.line) : data(index, Qt::DisplayRole);
    case RejectedRole: return isRejected(r);
    case Qt::ForegroundRole:
        if (column == Outcome || column == Problem)
            return QBrush(isRejected(r) ? QColor(0xb3, 0x26, 0x1e) : QColor(0x1e, 0x7b, 0x34));
        break;
    }
    return {};
}

QVariant ImportRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Line: return tr("Line");
    case Outcome: return tr("Outcome");
    case Problem: return tr("Problem");
    }
    return m_names.value(section - FirstValue);
}

} // namespace sf

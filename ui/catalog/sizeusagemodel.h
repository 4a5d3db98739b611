#pragma once

#include "catalog/sizeusage.h"

#include <QAbstractTableModel>

namespace sf {

// The size editor's table: every size (or the unread ones) with its pairs and variants.
class SizeUsageModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SizeUsageModel)

public:
    enum Column { Written, Kind, EuSize, Pairs, Variants, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, SizeIdRole };

    explicit SizeUsageModel(QObject *parent = nullptr)
        : QAbstractTableModel(parent)
    {}

    void setRows(const QList<SizeUsage> &rows);
    const SizeUsage &rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The operator's words for a size region ("US-Y" -> "US youth", "TEXT" -> "not read").
    static QString regionName(const QString &region);

private:
    QList<SizeUsage> m_rows;
};

} // namespace sf

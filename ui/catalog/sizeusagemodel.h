#pragma once

#include "catalog/sizeusage.h"

#include "common/rowlistmodel.h"

namespace sf {

// The size editor's table: every size (or the unread ones) with its pairs and variants.
class SizeUsageModel final : public RowListModel<SizeUsage, 5> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SizeUsageModel)

public:
    enum Column { Written, Kind, EuSize, Pairs, Variants, ColumnCount };
    static_assert(ColumnCount == 5);
    enum Role { SortRole = Qt::UserRole + 1, SizeIdRole };

    explicit SizeUsageModel(QObject *parent = nullptr)
        : RowListModel(parent)
    {}

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The operator's words for a size region ("US-Y" -> "US youth", "TEXT" -> "not read").
    static QString regionName(const QString &region);
};

} // namespace sf

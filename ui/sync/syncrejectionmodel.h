#pragma once

#include "sync/syncrejection.h"

#include "common/rowlistmodel.h"

namespace sf {

// The records a sync could not store and will try again: which job, which number, why, since when.
class SyncRejectionModel final : public RowListModel<SyncRejection, 6> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncRejectionModel)

public:
    enum Column { Job, Number, Reason, Occurred, Attempts, LastTried, ColumnCount };
    static_assert(ColumnCount == 6);
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit SyncRejectionModel(QObject *parent = nullptr)
        : RowListModel(parent)
    {}

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString jobName(const QString &job);
};

} // namespace sf

#pragma once

#include "sync/syncrejection.h"

#include <QAbstractTableModel>

namespace sf {

// The records a sync could not store and will try again: which job, which number, why, since when.
class SyncRejectionModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncRejectionModel)

public:
    enum Column { Job, Number, Reason, Occurred, Attempts, LastTried, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit SyncRejectionModel(QObject *parent = nullptr)
        : QAbstractTableModel(parent)
    {}

    void setRejections(const QList<SyncRejection> &rejections);
    const SyncRejection &rejectionAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString jobName(const QString &job);

private:
    QList<SyncRejection> m_rows;
};

} // namespace sf

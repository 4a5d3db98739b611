#pragma once

#include "imports/importbatch.h"

#include <QAbstractTableModel>

namespace sf {

// The Imports page's list of past runs, newest first.
class ImportBatchTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportBatchTableModel)

public:
    enum Column { Started, Format, File, Rows, Stored, Rejected, Status, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, BatchIdRole, FormatKeyRole };

    explicit ImportBatchTableModel(QObject *parent = nullptr)
        : QAbstractTableModel(parent)
    {}

    void setBatches(const QList<ImportBatch> &batches);
    const ImportBatch &batchAt(int row) const { return m_batches.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The operator's words for a batch status and a format key.
    static QString statusText(const QString &status);
    static QString formatTitle(const QString &key);

private:
    QList<ImportBatch> m_batches;
};

} // namespace sf

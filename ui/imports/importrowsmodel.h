#pragma once

#include "imports/importbatch.h"

#include <QAbstractTableModel>

namespace sf {

// Rows of an import with their outcome: the wizard's preview (the values as they will be stored) and
// a batch's rejected rows (the values as the file had them). Columns after Line, Outcome and Problem
// are the value names of the rows, in the order they first appear.
class ImportRowsModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportRowsModel)

public:
    enum class Values { Processed, Source };
    enum Column { Line, Outcome, Problem, FirstValue };
    enum Role { SortRole = Qt::UserRole + 1, RejectedRole };

    explicit ImportRowsModel(Values values, QObject *parent = nullptr)
        : QAbstractTableModel(parent)
        , m_values(values)
    {}

    // `preferredOrder` puts these value names first (the file's own column order, say); the rest follow
    // alphabetically. Without it, the processed values of sales come in a reading order.
    void setRecords(const QList<ImportRecord> &records, const QStringList &preferredOrder = {});
    const QList<ImportRecord> &records() const { return m_records; }
    const QStringList &valueNames() const { return m_names; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString outcomeText(const QString &status);
    // A column title for a processed value name ("sale_price" -> "Sale price").
    static QString valueTitle(const QString &name);

private:
    const QJsonObject &valuesOf(const ImportRecord &record) const;

    Values m_values;
    QList<ImportRecord> m_records;
    QStringList m_names;
};

} // namespace sf

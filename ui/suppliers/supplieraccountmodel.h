#pragma once

#include "common/pagedtablemodel.h"
#include "suppliers/supplieraccountrepository.h"

namespace sf {

// Supplier accounts with their purchase statistics, a page at a time in email order, read on the worker.
// It never holds a password: those stay in the keychain.
class SupplierAccountModel final : public PagedTableModel<SupplierAccount> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupplierAccountModel)

public:
    enum Column {
        Supplier,
        Email,
        Name,
        List,
        Status,
        Verified,
        LastUsed,
        Purchases,
        Spent,
        AverageOrder,
        SuccessRate,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit SupplierAccountModel(const Database &db, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFilter(const SupplierAccountFilter &filter);
    const SupplierAccountFilter &filter() const { return m_filter; }
    static QString statusName(const QString &status);

protected:
    PageReader pageReader(const std::optional<KeysetCursor> &after, int limit) const override;
    const Database &database() const override { return m_db; }

private:
    QVariant display(const SupplierAccount &account, int column) const;

    const Database &m_db;
    SupplierAccountFilter m_filter;
};

} // namespace sf

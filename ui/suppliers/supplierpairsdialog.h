#pragma once

#include "domain/result.h"
#include "suppliers/supplierpair.h"
#include "suppliers/supplierpurchase.h"

#include <QDialog>

#include <functional>

class QLabel;
class QTableWidget;

namespace sf {

class Database;
class DatabaseWorker;

// A supplier's open pairs: those on their way (mark them received) and those that can still go back
// (return one with its refund and reason), each with its order number and return deadline; deadlines
// within 3 days are shown in red.
class SupplierPairsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupplierPairsDialog)

public:
    SupplierPairsDialog(DatabaseWorker &worker, const SupplierId &supplier, const QString &supplierName,
                        QWidget *parent = nullptr);

    const QList<SupplierPair> &pairs() const { return m_pairs; }
    QTableWidget *table() const { return m_table; }
    QString statusText() const;
    // Asks for the refund and reason of a return; a test answers without a dialog (empty: cancelled).
    std::function<std::optional<PairReturn>(const SupplierPair &)> askReturn;

    void markReceived(const QList<StockItemId> &items);
    void returnPair(const PairReturn &pairReturn);

Q_SIGNALS:
    void loaded();
    void changed();

private:
    void reload();
    void showPairs(const QList<SupplierPair> &pairs);
    QList<StockItemId> selectedItems() const;
    void showStatus(const QString &text, bool problem);
    void run(const QString &done, std::function<Status(const Database &)> change);

    DatabaseWorker &m_worker;
    SupplierId m_supplier;
    QList<SupplierPair> m_pairs;
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace sf

#pragma once

#include "stock/stockchoices.h"
#include "suppliers/supplierpurchase.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace sf {

class DatabaseWorker;

// Records an order placed with a supplier: supplier and account, order number and date, the expected
// delivery, shipping, and one line per product and size (quantity, price net or gross with VAT). Saving
// creates the incoming pairs and the purchase history row on the database worker; if it fails, the dialog
// stays open with the reason and nothing entered is lost.
class RecordPurchaseDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordPurchaseDialog)

public:
    RecordPurchaseDialog(DatabaseWorker &worker, const SupplierId &supplier, QWidget *parent = nullptr);

    // The purchase as the form shows it; empty, with the reason shown, when it is not complete.
    std::optional<SupplierPurchase> purchase() const;
    void addLine(const PurchaseLine &line);
    void save();
    QLineEdit *orderNumberEdit() const { return m_orderNumber; }
    QLineEdit *shippingEdit() const { return m_shipping; }
    QComboBox *accountBox() const { return m_account; }
    QLabel *problemLabel() const { return m_problem; }
    int lineCount() const;

Q_SIGNALS:
    void choicesLoaded();
    void accountsLoaded();
    void recorded(const QList<sf::StockItemId> &pairs);

private:
    void loadAccounts();
    void addEnteredLine();
    void showSummary();
    QString productLabel(const ProductId &id) const;
    QString sizeLabel(const SizeId &id) const;

    DatabaseWorker &m_worker;
    SupplierId m_preselected;
    StockChoices m_choices;
    QList<PurchaseLine> m_lines;
    QComboBox *m_supplier = nullptr;
    QComboBox *m_account = nullptr;
    QLineEdit *m_orderNumber = nullptr;
    QDateEdit *m_orderDate = nullptr;
    QCheckBox *m_deliveryKnown = nullptr;
    QDateEdit *m_expected = nullptr;
    QLineEdit *m_shipping = nullptr;
    QComboBox *m_product = nullptr;
    QComboBox *m_size = nullptr;
    QSpinBox *m_quantity = nullptr;
    QLineEdit *m_price = nullptr;
    QComboBox *m_priceKind = nullptr;
    QDoubleSpinBox *m_vat = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_problem = nullptr;
    bool m_saving = false;
};

} // namespace sf

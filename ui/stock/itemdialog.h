#pragma once

#include "inventory/stockdraft.h"
#include "stockchoices.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QDialogButtonBox;

namespace sf {

// Add a pair to stock, or edit one: pick or create the product, size, supplier, price net or gross
// with VAT, date, quantity, location and notes. OK stays disabled until the entry is valid and the
// reason is shown under the form.
class ItemDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ItemDialog)

public:
    ItemDialog(const StockChoices &choices, const std::optional<StockItem> &existing, QWidget *parent = nullptr);

    StockDraft draft() const;
    QString validationMessage() const;

private:
    void load(const StockChoices &choices);
    void fill(const StockItem &item);
    void updateState();
    std::optional<Money> enteredPrice() const;

    std::optional<StockItem> m_existing;
    QComboBox *m_product = nullptr;
    QGroupBox *m_newProduct = nullptr;
    QLineEdit *m_newSku = nullptr;
    QLineEdit *m_newName = nullptr;
    QComboBox *m_newBrand = nullptr;
    QComboBox *m_size = nullptr;
    QComboBox *m_supplier = nullptr;
    QLineEdit *m_price = nullptr;
    QComboBox *m_priceKind = nullptr;
    QDoubleSpinBox *m_vat = nullptr;
    QLabel *m_priceSummary = nullptr;
    QDateEdit *m_date = nullptr;
    QSpinBox *m_quantity = nullptr;
    QComboBox *m_location = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    CategoryId m_defaultCategory;
};

} // namespace sf

#pragma once

#include "suppliers/supplier.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace sf {

// A supplier's profile (original-system.md §1.7): name and category (guessed from the name until chosen),
// contact, address, VAT rate, return days, payment terms, minimum order, website and notes.
class SupplierDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupplierDialog)

public:
    explicit SupplierDialog(const Supplier &supplier, QWidget *parent = nullptr);

    // The supplier as the form shows it; empty, with the reason shown, when a field cannot be read.
    std::optional<Supplier> supplier() const;
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *categoryBox() const { return m_category; }
    QSpinBox *returnDaysBox() const { return m_returnDays; }
    QLineEdit *minimumOrderEdit() const { return m_minimumOrder; }
    QLabel *problemLabel() const { return m_problem; }

private:
    void accept() override;

    Supplier m_supplier;
    bool m_categoryChosen = false;
    QLineEdit *m_name = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_contact = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_website = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_postalCode = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_country = nullptr;
    QDoubleSpinBox *m_vat = nullptr;
    QSpinBox *m_returnDays = nullptr;
    QLineEdit *m_paymentTerms = nullptr;
    QLineEdit *m_minimumOrder = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace sf

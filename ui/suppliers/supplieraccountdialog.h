#pragma once

#include "suppliers/supplieraccount.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace sf {

// Adds or edits one supplier account. The password and proxy fields are write-only: they start empty,
// and what is typed goes to the keychain (empty: the stored one is kept), never into the database.
class SupplierAccountDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupplierAccountDialog)

public:
    using Suppliers = QList<std::pair<SupplierId, QString>>;

    SupplierAccountDialog(const SupplierAccount &account, const Suppliers &suppliers, QWidget *parent = nullptr);

    // The account as the form shows it; empty, with the reason shown, when it cannot be stored.
    std::optional<SupplierAccount> account() const;
    QString newPassword() const;
    QString newProxy() const;
    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *proxyEdit() const { return m_proxy; }
    QLabel *problemLabel() const { return m_problem; }

private:
    void accept() override;

    SupplierAccount m_account;
    QComboBox *m_supplier = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_list = nullptr;
    QComboBox *m_status = nullptr;
    QCheckBox *m_verified = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_country = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_proxy = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace sf

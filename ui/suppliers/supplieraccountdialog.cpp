#include "supplieraccountdialog.h"

#include "supplieraccountmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sf {

SupplierAccountDialog::SupplierAccountDialog(const SupplierAccount &account, const Suppliers &suppliers,
                                             QWidget *parent)
    : QDialog(parent)
    , m_account(account)
{
    setObjectName(u"supplierAccountDialog"_s);
    const bool adding = account.id.isNull();
    setWindowTitle(adding ? tr("New supplier account") : tr("Account %1").arg(account.email));
    m_supplier = new QComboBox;
    for (const auto &[id, name] : suppliers)
        m_supplier->addItem(name, id.toString());
    m_supplier->setCurrentIndex(qMax(0, m_supplier->findData(account.supplierId.toString())));
    m_email = new QLineEdit(account.email);
    m_firstName = new QLineEdit(account.firstName);
    m_lastName = new QLineEdit(account.lastName);
    m_list = new QLineEdit(account.listName);
    m_list->setPlaceholderText(tr("e.g. Raffle list A"));
    m_status = new QComboBox;
    for (const QString &status : SupplierAccount::statuses())
        m_status->addItem(SupplierAccountModel::statusName(status), status);
    m_status->setCurrentIndex(qMax(0, m_status->findData(account.status)));
    m_verified = new QCheckBox(tr("Verified by the shop"));
    m_verified->setChecked(account.verified);
    m_phone = new QLineEdit(account.phoneNumber);
    m_city = new QLineEdit(account.city);
    m_country = new QLineEdit(account.countryCode);
    m_country->setPlaceholderText(u"DE"_s);
    m_password = new QLineEdit;
    m_password->setObjectName(u"accountPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(adding ? tr("kept in the system keychain") : tr("unchanged"));
    m_proxy = new QLineEdit;
    m_proxy->setEchoMode(QLineEdit::Password);
    m_proxy->setPlaceholderText(adding ? tr("none; kept in the system keychain") : tr("unchanged"));
    m_problem = new QLabel;
    m_problem->setStyleSheet(u"color: #c62828;"_s);
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Supplier"), m_supplier);
    form->addRow(tr("Email"), m_email);
    form->addRow(tr("First name"), m_firstName);
    form->addRow(tr("Last name"), m_lastName);
    form->addRow(tr("List"), m_list);
    form->addRow(tr("Status"), m_status);
    form->addRow(QString(), m_verified);
    form->addRow(tr("Phone"), m_phone);
    form->addRow(tr("City"), m_city);
    form->addRow(tr("Country code"), m_country);
    form->addRow(tr("Password"), m_password);
    form->addRow(tr("Proxy"), m_proxy);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &SupplierAccountDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

std::optional<SupplierAccount> SupplierAccountDialog::account() const
{
    SupplierAccount a = m_account;
    a.supplierId = SupplierId::fromString(m_supplier->currentData().toString());
    a.email = m_email->text().trimmed();
    if (a.supplierId.isNull() || !a.email.contains(u'@') || a.email.startsWith(u'@') || a.email.endsWith(u'@')) {
        m_problem->setText(a.supplierId.isNull() ? tr("Choose the supplier the account is with.")
                                                 : tr("\u201c%1\u201d is not an email address.").arg(a.email));
        return std::nullopt;
    }
    a.firstName = m_firstName->text().trimmed();
    a.lastName = m_lastName->text().trimmed();
    a.listName = m_list->text().trimmed();
    a.status = m_status->currentData().toString();
    a.verified = m_verified->isChecked();
    a.phoneNumber = m_phone->text().trimmed();
    a.city = m_city->text().trimmed();
    a.countryCode = m_country->text().trimmed().toUpper();
    return a;
}

QString SupplierAccountDialog::newPassword() const
{
    return m_password->text();
}

QString SupplierAccountDialog::newProxy() const
{
    return m_proxy->text().trimmed();
}

void SupplierAccountDialog::accept()
{
    if (account())
        QDialog::accept();
}

} // namespace sf

#include "supplierdialog.h"

#include "suppliers/suppliercategory.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sf {

SupplierDialog::SupplierDialog(const Supplier &supplier, QWidget *parent)
    : QDialog(parent)
    , m_supplier(supplier)
    , m_categoryChosen(!supplier.category.isEmpty())
{
    setObjectName(u"supplierDialog"_s);
    setWindowTitle(supplier.id.isNull() ? tr("New supplier") : tr("Supplier %1").arg(supplier.name));
    m_name = new QLineEdit(supplier.name);
    m_category = new QComboBox;
    for (const QString &key : suppliercategory::keys())
        m_category->addItem(suppliercategory::displayName(key), key);
    const auto showCategory = [this](const QString &key) { m_category->setCurrentIndex(m_category->findData(key)); };
    showCategory(m_categoryChosen ? supplier.category : suppliercategory::guess(supplier.name));
    // Until the operator picks a category, it follows the name.
    connect(m_name, &QLineEdit::textEdited, this, [this, showCategory](const QString &name) {
        if (!m_categoryChosen)
            showCategory(suppliercategory::guess(name));
    });
    connect(m_category, &QComboBox::activated, this, [this] { m_categoryChosen = true; });
    m_status = new QComboBox;
    m_status->addItem(tr("Active"), u"active"_s);
    m_status->addItem(tr("Inactive"), u"inactive"_s);
    m_status->addItem(tr("Blocked"), u"blocked"_s);
    m_status->setCurrentIndex(qMax(0, m_status->findData(supplier.status)));
    m_contact = new QLineEdit(supplier.contactPerson);
    m_email = new QLineEdit(supplier.email);
    m_phone = new QLineEdit(supplier.phone);
    m_website = new QLineEdit(supplier.website);
    m_website->setPlaceholderText(u"https://"_s);
    m_address = new QLineEdit(supplier.addressLine1);
    m_postalCode = new QLineEdit(supplier.postalCode);
    m_postalCode->setMaximumWidth(90);
    m_city = new QLineEdit(supplier.city);
    m_country = new QLineEdit(supplier.country);
    m_vat = new QDoubleSpinBox;
    m_vat->setRange(0.0, 99.99);
    m_vat->setSuffix(u" %"_s);
    m_vat->setValue(double(supplier.vatRateBp.value_or(1900)) / 100.0);
    m_returnDays = new QSpinBox;
    m_returnDays->setRange(-1, 365);
    m_returnDays->setSpecialValueText(tr("no returns"));
    m_returnDays->setSuffix(tr(" days"));
    m_returnDays->setValue(supplier.returnDays.value_or(-1));
    m_paymentTerms = new QLineEdit(supplier.paymentTerms);
    m_paymentTerms->setPlaceholderText(tr("e.g. Net 30, prepaid"));
    m_minimumOrder = new QLineEdit(supplier.minimumOrder ? supplier.minimumOrder->toDecimalString() : QString());
    m_minimumOrder->setPlaceholderText(tr("none"));
    m_notes = new QPlainTextEdit(supplier.notes);
    m_notes->setMaximumHeight(70);
    m_problem = new QLabel;
    m_problem->setObjectName(u"supplierProblem"_s);
    m_problem->setStyleSheet(u"color: #c62828;"_s);
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Category"), m_category);
    form->addRow(tr("Status"), m_status);
    form->addRow(tr("Contact person"), m_contact);
    form->addRow(tr("Email"), m_email);
    form->addRow(tr("Phone"), m_phone);
    form->addRow(tr("Website"), m_website);
    form->addRow(tr("Address"), m_address);
    auto *place = new QHBoxLayout;
    place->addWidget(m_postalCode);
    place->addWidget(m_city, 1);
    form->addRow(tr("Postal code, city"), place);
    form->addRow(tr("Country"), m_country);
    form->addRow(tr("VAT rate"), m_vat);
    form->addRow(tr("Return window"), m_returnDays);
    form->addRow(tr("Payment terms"), m_paymentTerms);
    form->addRow(tr("Minimum order"), m_minimumOrder);
    form->addRow(tr("Notes"), m_notes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &SupplierDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

std::optional<Supplier> SupplierDialog::supplier() const
{
    Supplier s = m_supplier;
    s.name = m_name->text().trimmed();
    if (s.name.isEmpty()) {
        m_problem->setText(tr("A supplier needs a name."));
        return std::nullopt;
    }
    s.category = m_category->currentData().toString();
    s.status = m_status->currentData().toString();
    s.contactPerson = m_contact->text().trimmed();
    s.email = m_email->text().trimmed();
    s.phone = m_phone->text().trimmed();
    s.website = m_website->text().trimmed();
    s.addressLine1 = m_address->text().trimmed();
    s.postalCode = m_postalCode->text().trimmed();
    s.city = m_city->text().trimmed();
    s.country = m_country->text().trimmed();
    s.vatRateBp = int(qRound(m_vat->value() * 100.0));
    s.returnDays = m_returnDays->value() < 0 ? std::nullopt : std::optional<int>(m_returnDays->value());
    s.paymentTerms = m_paymentTerms->text().trimmed();
    s.notes = m_notes->toPlainText().trimmed();
    const QString minimum = m_minimumOrder->text().trimmed().replace(u',', u'.');
    s.minimumOrder.reset();
    if (!minimum.isEmpty()) {
        s.minimumOrder = Money::parse(minimum, u"EUR"_s);
        if (!s.minimumOrder || s.minimumOrder->minor() < 0) {
            m_problem->setText(tr("The minimum order \u201c%1\u201d is not an amount.").arg(m_minimumOrder->text()));
            return std::nullopt;
        }
    }
    return s;
}

void SupplierDialog::accept()
{
    if (supplier())
        QDialog::accept();
}

} // namespace sf

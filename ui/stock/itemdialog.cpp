#include "itemdialog.h"

#include "common/rolegate.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
QComboBox *searchableCombo(const QString &name, bool editable)
{
    auto *combo = new QComboBox;
    combo->setObjectName(name);
    combo->setEditable(editable);
    combo->setInsertPolicy(QComboBox::NoInsert);
    if (editable) {
        combo->completer()->setFilterMode(Qt::MatchContains);
        combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    }
    return combo;
}
} // namespace

ItemDialog::ItemDialog(const StockChoices &choices, const std::optional<StockItem> &existing, QWidget *parent)
    : QDialog(parent)
    , m_existing(existing)
{
    setObjectName(u"itemDialog"_s);
    setWindowTitle(existing ? tr("Edit item") : tr("Add item to stock"));
    setMinimumWidth(520);

    m_product = searchableCombo(u"productCombo"_s, true);
    m_product->lineEdit()->setPlaceholderText(tr("Type a SKU or a name"));
    m_newProduct = new QGroupBox(tr("New product"));
    m_newProduct->setObjectName(u"newProductGroup"_s);
    m_newProduct->setCheckable(true);
    m_newProduct->setChecked(false);
    m_newSku = new QLineEdit;
    m_newSku->setObjectName(u"newSkuEdit"_s);
    m_newSku->setPlaceholderText(tr("Style code, e.g. DD1391-100"));
    m_newName = new QLineEdit;
    m_newName->setObjectName(u"newNameEdit"_s);
    m_newName->setPlaceholderText(tr("e.g. Nike Dunk Low \u201CPanda\u201D"));
    m_newBrand = searchableCombo(u"newBrandCombo"_s, true);
    auto *newForm = new QFormLayout(m_newProduct);
    newForm->addRow(tr("SKU"), m_newSku);
    newForm->addRow(tr("Name"), m_newName);
    newForm->addRow(tr("Brand"), m_newBrand);

    m_size = searchableCombo(u"sizeCombo"_s, true);
    m_supplier = searchableCombo(u"supplierCombo"_s, true);
    m_supplier->lineEdit()->setPlaceholderText(tr("Pick one, or type a new supplier"));
    m_price = new QLineEdit;
    m_price->setObjectName(u"priceEdit"_s);
    m_price->setPlaceholderText(tr("e.g. 119,99"));
    m_priceKind = new QComboBox;
    m_priceKind->setObjectName(u"priceKindCombo"_s);
    m_priceKind->addItem(tr("gross (incl. VAT)"), u"gross"_s);
    m_priceKind->addItem(tr("net (excl. VAT)"), u"net"_s);
    m_vat = new QDoubleSpinBox;
    m_vat->setObjectName(u"vatSpin"_s);
    m_vat->setRange(0, 99.99);
    m_vat->setDecimals(2);
    m_vat->setSuffix(u" %"_s);
    m_vat->setValue(19.0);
    m_priceSummary = new QLabel;
    m_priceSummary->setObjectName(u"priceSummary"_s);
    auto *priceRow = new QHBoxLayout;
    priceRow->addWidget(m_price, 2);
    priceRow->addWidget(m_priceKind, 2);
    priceRow->addWidget(new QLabel(tr("VAT")));
    priceRow->addWidget(m_vat, 1);
    m_date = new QDateEdit(QDate::currentDate());
    m_date->setObjectName(u"purchaseDateEdit"_s);
    m_date->setCalendarPopup(true);
    m_quantity = new QSpinBox;
    m_quantity->setObjectName(u"quantitySpin"_s);
    m_quantity->setRange(1, 9999);
    m_location = searchableCombo(u"locationCombo"_s, true);
    m_notes = new QPlainTextEdit;
    m_notes->setObjectName(u"notesEdit"_s);
    m_notes->setMaximumHeight(70);
    m_problem = new QLabel;
    m_problem->setObjectName(u"problemLabel"_s);
    m_problem->setStyleSheet(u"color: #c62828;"_s);
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Product"), m_product);
    form->addRow(QString(), m_newProduct);
    form->addRow(tr("Size"), m_size);
    form->addRow(tr("Supplier"), m_supplier);
    form->addRow(tr("Purchase price"), priceRow);
    form->addRow(QString(), m_priceSummary);
    form->addRow(tr("Purchase date"), m_date);
    form->addRow(tr("Quantity"), m_quantity);
    form->addRow(tr("Location"), m_location);
    form->addRow(tr("Notes"), m_notes);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->setObjectName(u"buttons"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setText(existing ? tr("Save") : tr("Add to stock"));
    RoleGate::require(m_buttons->button(QDialogButtonBox::Ok), TeamRole::Action::Write);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    load(choices);
    if (existing)
        fill(*existing);
    for (QComboBox *combo : {m_product, m_size, m_supplier, m_priceKind, m_newBrand})
        connect(combo, &QComboBox::currentTextChanged, this, &ItemDialog::updateState);
    for (QLineEdit *edit : {m_price, m_newSku, m_newName})
        connect(edit, &QLineEdit::textChanged, this, &ItemDialog::updateState);
    connect(m_vat, &QDoubleSpinBox::valueChanged, this, &ItemDialog::updateState);
    connect(m_newProduct, &QGroupBox::toggled, this, [this](bool on) {
        m_product->setEnabled(!on);
        updateState();
    });
    updateState();
}

void ItemDialog::load(const StockChoices &choices)
{
    const auto fillCombo = [](QComboBox *combo, const StockChoices::Entries &entries) {
        for (const auto &[label, id] : entries)
            combo->addItem(label, id);
        combo->setCurrentIndex(-1);
    };
    fillCombo(m_product, choices.products);
    fillCombo(m_newBrand, choices.brands);
    fillCombo(m_size, choices.sizes);
    m_size->setCurrentIndex(m_size->findText(u"US 9"_s));
    fillCombo(m_supplier, choices.suppliers);
    fillCombo(m_location, choices.locations);
    m_defaultCategory = choices.defaultCategory;
}

void ItemDialog::fill(const StockItem &item)
{
    m_product->setCurrentIndex(m_product->findData(item.productId.toString()));
    m_size->setCurrentIndex(m_size->findData(item.sizeId.toString()));
    m_supplier->setCurrentIndex(m_supplier->findData(item.supplierId.toString()));
    m_vat->setValue(item.vatRate.percent());
    if (item.grossPrice)
        m_price->setText(QLocale().toString(double(item.grossPrice->minor()) / 100.0, 'f', 2));
    if (item.purchaseDate.isValid())
        m_date->setDate(item.purchaseDate.toLocalTime().date());
    m_quantity->setValue(item.quantity);
    m_location->setCurrentText(item.location);
    m_notes->setPlainText(item.notes);
}

std::optional<Money> ItemDialog::enteredPrice() const
{
    return Money::parse(m_price->text(), m_existing ? m_existing->currency : u"EUR"_s);
}

QString ItemDialog::validationMessage() const
{
    if (m_newProduct->isChecked()) {
        if (m_newSku->text().trimmed().isEmpty() || m_newName->text().trimmed().isEmpty())
            return tr("Enter the new product's SKU and name.");
    } else if (m_product->currentIndex() < 0 ||
               m_product->currentText() != m_product->itemText(m_product->currentIndex())) {
        return tr("Pick a product from the list, or tick \"New product\".");
    }
    if (m_size->currentIndex() < 0 || m_size->currentText() != m_size->itemText(m_size->currentIndex()))
        return tr("Pick a size from the list.");
    if (!m_price->text().trimmed().isEmpty()) {
        const auto price = enteredPrice();
        if (!price || price->isNegative())
            return tr("The price \"%1\" is not an amount of money.").arg(m_price->text());
    }
    return {};
}

void ItemDialog::updateState()
{
    const QString problem = validationMessage();
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    const auto price = enteredPrice();
    if (!price || m_price->text().trimmed().isEmpty()) {
        m_priceSummary->clear();
        return;
    }
    const VatRate rate(int(std::lround(m_vat->value() * 100)));
    const bool gross = m_priceKind->currentData() == u"gross"_s;
    const Money net = gross ? rate.netFromGross(*price) : *price;
    const Money withVat = gross ? *price : rate.grossFromNet(*price);
    m_priceSummary->setText(tr("Net %1 · VAT %2 · gross %3")
                                .arg(net.toDisplayString(QLocale()), (withVat - net).toDisplayString(QLocale()),
                                     withVat.toDisplayString(QLocale())));
}

StockDraft ItemDialog::draft() const
{
    StockDraft draft;
    StockItem &item = draft.item;
    if (m_existing)
        item = *m_existing;
    if (m_newProduct->isChecked()) {
        Product p;
        p.sku = m_newSku->text().trimmed();
        p.styleCode = p.sku;
        p.name = m_newName->text().trimmed();
        p.categoryId = m_defaultCategory;
        draft.newProduct = p;
        draft.newBrandName = m_newBrand->currentText().trimmed();
    } else {
        item.productId = ProductId::fromString(m_product->currentData().toString());
    }
    item.sizeId = SizeId::fromString(m_size->currentData().toString());
    const QString supplierText = m_supplier->currentText().trimmed();
    const int supplierIndex = m_supplier->findText(supplierText);
    if (supplierIndex >= 0)
        item.supplierId = SupplierId::fromString(m_supplier->itemData(supplierIndex).toString());
    else if (!supplierText.isEmpty())
        draft.newSupplierName = supplierText;
    else
        item.supplierId = {};
    item.vatRate = VatRate(int(std::lround(m_vat->value() * 100)));
    item.netPrice.reset();
    item.grossPrice.reset();
    if (const auto price = enteredPrice(); price && !m_price->text().trimmed().isEmpty()) {
        if (m_priceKind->currentData() == u"gross"_s)
            item.grossPrice = price;
        else
            item.netPrice = price;
        item.completePrices();
    }
    const QTime time = item.purchaseDate.isValid() ? item.purchaseDate.toLocalTime().time() : QTime(12, 0);
    item.purchaseDate = QDateTime(m_date->date(), time).toUTC();
    item.quantity = m_quantity->value();
    item.location = m_location->currentText().trimmed();
    item.notes = m_notes->toPlainText().trimmed();
    return draft;
}

} // namespace sf

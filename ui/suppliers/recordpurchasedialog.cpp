#include "recordpurchasedialog.h"

#include "common/moneytext.h"
#include "db/databaseworker.h"
#include "suppliers/supplieraccountrepository.h"
#include "suppliers/supplierpurchaseservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
void fillCombo(QComboBox *combo, const StockChoices::Entries &entries)
{
    combo->clear();
    for (const auto &[label, id] : entries)
        combo->addItem(label, id);
}

std::optional<Money> amountIn(const QLineEdit *edit)
{
    const QString text = edit->text().trimmed().replace(u',', u'.');
    return text.isEmpty() ? std::optional<Money>(Money(0, u"EUR"_s)) : Money::parse(text, u"EUR"_s);
}
} // namespace

RecordPurchaseDialog::RecordPurchaseDialog(DatabaseWorker &worker, const SupplierId &supplier, QWidget *parent)
    : QDialog(parent)
    , m_worker(worker)
    , m_preselected(supplier)
{
    setObjectName(u"recordPurchaseDialog"_s);
    setWindowTitle(tr("Record a purchase"));
    resize(820, 600);
    m_supplier = new QComboBox;
    m_account = new QComboBox;
    m_orderNumber = new QLineEdit;
    m_orderNumber->setPlaceholderText(tr("the shop's order number"));
    m_orderDate = new QDateEdit(QDate::currentDate());
    m_orderDate->setCalendarPopup(true);
    m_deliveryKnown = new QCheckBox(tr("expected on"));
    m_expected = new QDateEdit(QDate::currentDate().addDays(5));
    m_expected->setCalendarPopup(true);
    m_expected->setEnabled(false);
    connect(m_deliveryKnown, &QCheckBox::toggled, m_expected, &QWidget::setEnabled);
    m_shipping = new QLineEdit;
    m_shipping->setPlaceholderText(u"0.00"_s);
    m_shipping->setToolTip(tr("Shared out over the pairs' cost, to the cent."));
    connect(m_shipping, &QLineEdit::textChanged, this, &RecordPurchaseDialog::showSummary);

    m_product = new QComboBox;
    m_product->setEditable(true);
    m_product->setInsertPolicy(QComboBox::NoInsert);
    m_product->completer()->setFilterMode(Qt::MatchContains);
    m_product->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_product->setMinimumWidth(260);
    m_size = new QComboBox;
    m_quantity = new QSpinBox;
    m_quantity->setRange(1, 999);
    m_price = new QLineEdit;
    m_price->setPlaceholderText(tr("price per pair"));
    m_price->setMaximumWidth(110);
    m_priceKind = new QComboBox;
    m_priceKind->addItem(tr("gross"), true);
    m_priceKind->addItem(tr("net"), false);
    m_vat = new QDoubleSpinBox;
    m_vat->setRange(0.0, 99.0);
    m_vat->setValue(19.0);
    m_vat->setSuffix(tr(" % VAT"));
    auto *add = new QPushButton(tr("Add line"));
    connect(add, &QPushButton::clicked, this, &RecordPurchaseDialog::addEnteredLine);
    auto *entry = new QHBoxLayout;
    entry->addWidget(m_product, 1);
    entry->addWidget(m_size);
    entry->addWidget(m_quantity);
    entry->addWidget(m_price);
    entry->addWidget(m_priceKind);
    entry->addWidget(m_vat);
    entry->addWidget(add);

    m_table = new QTableWidget(0, 5);
    m_table->setObjectName(u"purchaseLines"_s);
    m_table->setHorizontalHeaderLabels({tr("Product"), tr("Size"), tr("Pairs"), tr("Price each"), tr("Price is")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *remove = new QPushButton(tr("Remove line"));
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        m_lines.removeAt(row);
        m_table->removeRow(row);
        showSummary();
    });
    m_summary = new QLabel;
    m_problem = new QLabel;
    m_problem->setObjectName(u"purchaseProblem"_s);
    m_problem->setStyleSheet(u"color: #c62828;"_s);
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Supplier"), m_supplier);
    form->addRow(tr("Account"), m_account);
    form->addRow(tr("Order number"), m_orderNumber);
    form->addRow(tr("Ordered on"), m_orderDate);
    auto *delivery = new QHBoxLayout;
    delivery->addWidget(m_deliveryKnown);
    delivery->addWidget(m_expected);
    delivery->addStretch(1);
    form->addRow(tr("Delivery"), delivery);
    form->addRow(tr("Shipping"), m_shipping);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordPurchaseDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(entry);
    layout->addWidget(m_table, 1);
    auto *under = new QHBoxLayout;
    under->addWidget(m_summary, 1);
    under->addWidget(remove);
    layout->addLayout(under);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_supplier, &QComboBox::currentIndexChanged, this, &RecordPurchaseDialog::loadAccounts);
    m_worker.run<StockChoices>(
        this, [](const Database &db) { return StockChoices::readFrom(db); },
        [this](const StockChoices &choices) {
            m_choices = choices;
            fillCombo(m_product, choices.products);
            m_product->setCurrentIndex(-1);
            fillCombo(m_size, choices.sizes);
            QSignalBlocker quiet(m_supplier);
            fillCombo(m_supplier, choices.suppliers);
            m_supplier->setCurrentIndex(qMax(0, m_supplier->findData(m_preselected.toString())));
            loadAccounts();
            showSummary();
            Q_EMIT choicesLoaded();
        });
}

void RecordPurchaseDialog::loadAccounts()
{
    const SupplierId supplier = SupplierId::fromString(m_supplier->currentData().toString());
    m_worker.run<Result<QList<SupplierAccount>>>(
        this, [supplier](const Database &db) { return SupplierAccountRepository(db).forSupplier(supplier); },
        [this](const Result<QList<SupplierAccount>> &accounts) {
            m_account->clear();
            m_account->addItem(tr("no account"), QString());
            for (const SupplierAccount &a : accounts.value_or(QList<SupplierAccount>()))
                m_account->addItem(a.email, a.id.toString(QUuid::WithoutBraces));
            Q_EMIT accountsLoaded();
        });
}

int RecordPurchaseDialog::lineCount() const
{
    return int(m_lines.size());
}

QString RecordPurchaseDialog::productLabel(const ProductId &id) const
{
    for (const auto &[label, key] : m_choices.products)
        if (key == id.toString())
            return label;
    return id.toString();
}

QString RecordPurchaseDialog::sizeLabel(const SizeId &id) const
{
    for (const auto &[label, key] : m_choices.sizes)
        if (key == id.toString())
            return label;
    return id.toString();
}

void RecordPurchaseDialog::addLine(const PurchaseLine &line)
{
    m_problem->clear();
    m_lines << line;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const QStringList cells{productLabel(line.product), sizeLabel(line.size), QString::number(line.quantity),
                            moneyText(line.price), line.priceIsGross ? tr("gross") : tr("net")};
    for (int column = 0; column < cells.size(); ++column)
        m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    showSummary();
}

void RecordPurchaseDialog::addEnteredLine()
{
    const int product = m_product->findText(m_product->currentText());
    const auto price = Money::parse(m_price->text().trimmed().replace(u',', u'.'), u"EUR"_s);
    if (product < 0 || m_size->currentIndex() < 0 || !price || price->minor() < 0) {
        m_problem->setText(product < 0 ? tr("Pick a product from the list.") : tr("Enter the price of one pair."));
        return;
    }
    addLine(PurchaseLine{ProductId::fromString(m_product->itemData(product).toString()),
                         SizeId::fromString(m_size->currentData().toString()), m_quantity->value(), *price,
                         m_priceKind->currentData().toBool(), VatRate(int(qRound(m_vat->value() * 100.0)))});
    m_price->clear();
    m_quantity->setValue(1);
}

void RecordPurchaseDialog::showSummary()
{
    int pairs = 0;
    Money total(0, u"EUR"_s);
    for (const PurchaseLine &line : std::as_const(m_lines)) {
        pairs += line.quantity;
        const Money gross = line.priceIsGross ? line.price : line.vat.grossFromNet(line.price);
        total += Money(gross.minor() * line.quantity, u"EUR"_s);
    }
    total += amountIn(m_shipping).value_or(Money(0, u"EUR"_s));
    m_summary->setText(tr("%n pairs, %1 with shipping", nullptr, pairs).arg(moneyText(total)));
}

std::optional<SupplierPurchase> RecordPurchaseDialog::purchase() const
{
    SupplierPurchase p;
    p.supplier = SupplierId::fromString(m_supplier->currentData().toString());
    const QString account = m_account->currentData().toString();
    p.account = account.isEmpty() ? QUuid() : QUuid::fromString(account);
    p.orderNumber = m_orderNumber->text().trimmed();
    p.orderedAt = QDateTime(m_orderDate->date(), QTime(12, 0), Qt::UTC);
    if (m_deliveryKnown->isChecked())
        p.expectedDelivery = m_expected->date();
    p.lines = m_lines;
    const auto shipping = amountIn(m_shipping);
    QString problem;
    if (p.supplier.isNull())
        problem = tr("Choose the supplier.");
    else if (p.lines.isEmpty())
        problem = tr("Add at least one line.");
    else if (!shipping || shipping->minor() < 0)
        problem = tr("The shipping \u201c%1\u201d is not an amount.").arg(m_shipping->text());
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        return std::nullopt;
    }
    p.shipping = *shipping;
    return p;
}

void RecordPurchaseDialog::save()
{
    const auto entered = purchase();
    if (!entered || m_saving)
        return;
    m_saving = true;
    m_worker.run<Result<QList<StockItemId>>>(
        this, [p = *entered](const Database &db) { return SupplierPurchaseService(db).record(p); },
        [this](const Result<QList<StockItemId>> &pairs) {
            m_saving = false;
            if (!pairs) {
                m_problem->setText(tr("Nothing was recorded: %1").arg(pairs.error().message));
                return;
            }
            Q_EMIT recorded(pairs.value());
            accept();
        });
}

} // namespace sf

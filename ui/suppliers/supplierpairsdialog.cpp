#include "supplierpairsdialog.h"

#include "common/moneytext.h"
#include "db/databaseworker.h"
#include "suppliers/supplieroverviewrepository.h"
#include "suppliers/supplierpurchaseservice.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
QString day(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat) : QString();
}

// The refund (the price paid, unless changed) and reason of a return, asked in a small form.
std::optional<PairReturn> askInDialog(QWidget *parent, const SupplierPair &pair)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(QCoreApplication::translate("SupplierPairsDialog", "Return %1").arg(pair.product));
    auto *refund = new QLineEdit(pair.grossPrice ? pair.grossPrice->toDecimalString() : QString());
    auto *reason = new QLineEdit;
    reason->setPlaceholderText(QCoreApplication::translate("SupplierPairsDialog", "e.g. damaged box, wrong size"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(QCoreApplication::translate("SupplierPairsDialog", "Refund"), refund);
    form->addRow(QCoreApplication::translate("SupplierPairsDialog", "Reason"), reason);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const auto amount = Money::parse(refund->text().trimmed().replace(u',', u'.'), u"EUR"_s);
    if (!amount)
        return std::nullopt;
    return PairReturn{pair.item, *amount, reason->text(), QDateTime::currentDateTimeUtc()};
}
} // namespace

SupplierPairsDialog::SupplierPairsDialog(DatabaseWorker &worker, const SupplierId &supplier,
                                         const QString &supplierName, QWidget *parent)
    : QDialog(parent)
    , m_worker(worker)
    , m_supplier(supplier)
{
    setObjectName(u"supplierPairsDialog"_s);
    setWindowTitle(tr("Open pairs at %1").arg(supplierName));
    resize(1000, 520);
    askReturn = [this](const SupplierPair &pair) { return askInDialog(this, pair); };
    m_table = new QTableWidget(0, 9);
    m_table->setObjectName(u"openPairs"_s);
    m_table->setHorizontalHeaderLabels({tr("Product"), tr("Size"), tr("Order"), tr("Bought"), tr("Expected"),
                                        tr("Received"), tr("Paid"), tr("Return by"), tr("State")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *received = new QPushButton(tr("Mark received"));
    connect(received, &QPushButton::clicked, this, [this] { markReceived(selectedItems()); });
    auto *giveBack = new QPushButton(tr("Return\u2026"));
    connect(giveBack, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0 || row >= m_pairs.size())
            return;
        if (const auto answer = askReturn(m_pairs.at(row)))
            returnPair(*answer);
    });
    m_status = new QLabel;
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_status, 1);
    actions->addWidget(received);
    actions->addWidget(giveBack);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(buttons);
    reload();
}

QString SupplierPairsDialog::statusText() const
{
    return m_status->text();
}

void SupplierPairsDialog::showStatus(const QString &text, bool problem)
{
    m_status->setStyleSheet(problem ? u"color: #c62828;"_s : QString());
    m_status->setText(text);
}

void SupplierPairsDialog::reload()
{
    m_worker.run<Result<QList<SupplierPair>>>(
        this,
        [supplier = m_supplier](const Database &db) { return SupplierOverviewRepository(db).openPairs(supplier); },
        [this](const Result<QList<SupplierPair>> &pairs) {
            if (!pairs)
                showStatus(tr("The pairs could not be read: %1").arg(pairs.error().message), true);
            showPairs(pairs.value_or(QList<SupplierPair>()));
            Q_EMIT loaded();
        });
}

void SupplierPairsDialog::showPairs(const QList<SupplierPair> &pairs)
{
    m_pairs = pairs;
    m_table->setRowCount(0);
    const QDateTime soon = QDateTime::currentDateTimeUtc().addDays(3);
    for (const SupplierPair &pair : pairs) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{pair.product,
                                pair.size,
                                pair.orderNumber,
                                day(pair.boughtAt),
                                pair.expectedDelivery.isValid()
                                    ? QLocale().toString(pair.expectedDelivery, QLocale::ShortFormat)
                                    : QString(),
                                day(pair.deliveredAt),
                                moneyText(pair.grossPrice),
                                day(pair.returnDeadline),
                                pair.incoming ? tr("on its way") : tr("returnable")};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        if (pair.returnDeadline.isValid() && pair.returnDeadline < soon)
            m_table->item(row, 7)->setForeground(QColor(0xc6, 0x28, 0x28));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

QList<StockItemId> SupplierPairsDialog::selectedItems() const
{
    QList<StockItemId> items;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        items << m_pairs.at(index.row()).item;
    return items;
}

void SupplierPairsDialog::run(const QString &done, std::function<Status(const Database &)> change)
{
    m_worker.run<Status>(this, std::move(change), [this, done](const Status &status) {
        if (!status) {
            showStatus(tr("Nothing was changed: %1").arg(status.error().message), true);
            return;
        }
        showStatus(done, false);
        reload();
        Q_EMIT changed();
    });
}

void SupplierPairsDialog::markReceived(const QList<StockItemId> &items)
{
    if (items.isEmpty())
        return;
    run(tr("%n pairs marked received today.", nullptr, int(items.size())), [items](const Database &db) {
        return SupplierPurchaseService(db).markReceived(items, QDateTime::currentDateTimeUtc());
    });
}

void SupplierPairsDialog::returnPair(const PairReturn &pairReturn)
{
    run(tr("Returned for a refund of %1.").arg(moneyText(pairReturn.refund)),
        [pairReturn](const Database &db) { return SupplierPurchaseService(db).returnPair(pairReturn); });
}

} // namespace sf

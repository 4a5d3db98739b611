#include "pricehistorydialog.h"

#include "charts/pricehistorychart.h"
#include "db/databaseworker.h"
#include "inventory/stockrepository.h"
#include "pricing/pricehistoryrepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sf {

PriceHistoryDialog::PriceHistoryDialog(DatabaseWorker &worker, const ProductId &product, const SizeId &size,
                                       const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_worker(worker)
    , m_product(product)
    , m_size(size)
{
    setObjectName(u"priceHistoryDialog"_s);
    setWindowTitle(tr("Price history: %1").arg(title));
    resize(1000, 560);
    m_period = new QComboBox;
    m_period->setObjectName(u"periodCombo"_s);
    for (const auto &[label, days] : {std::pair(tr("Last 30 days"), 30), std::pair(tr("Last 90 days"), 90),
                                      std::pair(tr("Last year"), 365), std::pair(tr("Last two years"), 730)})
        m_period->addItem(label, days);
    m_period->setCurrentIndex(1);
    connect(m_period, &QComboBox::currentIndexChanged, this, &PriceHistoryDialog::load);
    m_status = new QLabel;
    m_status->setStyleSheet(u"color: palette(dark);"_s);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Period:")));
    bar->addWidget(m_period);
    bar->addWidget(m_status, 1);
    m_chart = new PriceHistoryChart;
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *save = buttons->addButton(tr("Save as PNG\u2026"), QDialogButtonBox::ActionRole);
    connect(save, &QPushButton::clicked, this, &PriceHistoryDialog::savePng);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_chart, 1);
    layout->addWidget(buttons);
    load();
}

void PriceHistoryDialog::openForPair(DatabaseWorker &worker, const StockItemId &pair, QWidget *parent)
{
    worker.run<Result<QList<StockRow>>>(
        parent, [pair](const Database &db) { return StockRepository(db).fetchRows({pair}); },
        [&worker, parent](const Result<QList<StockRow>> &rows) {
            if (!rows || rows.value().isEmpty())
                return;
            const StockRow &row = rows.value().first();
            auto *dialog = new PriceHistoryDialog(worker, row.item.productId, row.item.sizeId,
                                                  u"%1 \u00b7 %2"_s.arg(row.productName, row.sizeLabel), parent);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->show();
        });
}

void PriceHistoryDialog::setDays(int days)
{
    m_period->setCurrentIndex(m_period->findData(days));
}

void PriceHistoryDialog::load()
{
    const QDate to = QDate::currentDate();
    const QDate from = to.addDays(1 - m_period->currentData().toInt());
    const quint64 asked = ++m_asked;
    m_status->setText(tr("Loading\u2026"));
    m_worker.run<Result<PriceHistory>>(
        this,
        [product = m_product, size = m_size, from, to](const Database &db) {
            return PriceHistoryRepository(db).load(product, size, from, to);
        },
        [this, asked, from, to](const Result<PriceHistory> &history) {
            if (asked != m_asked)
                return; // a later period was chosen meanwhile
            if (!history) {
                m_status->setText(tr("The history could not be read: %1").arg(history.error().toString()));
                return;
            }
            m_chart->setHistory(history.value(), from, to);
            m_status->setText(tr("%1 market days, %2 price changes, %3 sales. Drag to zoom, right-click to zoom out.")
                                  .arg(history.value().market.size())
                                  .arg(history.value().ourAsks.size())
                                  .arg(history.value().sales.size()));
            Q_EMIT loaded();
        });
}

void PriceHistoryDialog::savePng()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the chart"), u"price-history.png"_s, tr("PNG images (*.png)"));
    if (!path.isEmpty() && !m_chart->savePng(path))
        QMessageBox::warning(this, windowTitle(), tr("Could not write %1.").arg(path));
}

} // namespace sf

#include "supplierchartsdialog.h"

#include "charts/barchart.h"
#include "db/databaseworker.h"
#include "supplierchartdata.h"
#include "suppliers/supplieroverviewrepository.h"
#include "suppliers/supplierperformancerepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
struct SupplierFigures {
    Result<QList<SupplierMonth>> months = QList<SupplierMonth>();
    Result<QList<int>> days = QList<int>();
};

QLabel *heading(const QString &text)
{
    auto *label = new QLabel(text);
    label->setStyleSheet(u"font-weight: 600;"_s);
    return label;
}
} // namespace

SupplierChartsDialog::SupplierChartsDialog(DatabaseWorker &worker, const SupplierId &supplier,
                                           const QString &supplierName, QWidget *parent)
    : QDialog(parent)
    , m_worker(worker)
    , m_supplier(supplier)
    , m_months(new BarChart)
    , m_ranking(new BarChart)
    , m_days(new BarChart)
{
    setObjectName(u"supplierChartsDialog"_s);
    setWindowTitle(tr("Charts for %1").arg(supplierName));
    resize(1200, 760);
    m_rankBy = new QComboBox;
    m_rankBy->addItem(tr("by profit"), false);
    m_rankBy->addItem(tr("by ROI"), true);
    connect(m_rankBy, &QComboBox::currentIndexChanged, this, &SupplierChartsDialog::loadRanking);
    m_problem = new QLabel;
    m_problem->setStyleSheet(u"color: #c62828;"_s);
    auto *rankingHead = new QHBoxLayout;
    rankingHead->addWidget(heading(tr("Top suppliers")));
    rankingHead->addWidget(m_rankBy);
    rankingHead->addStretch(1);
    auto *grid = new QGridLayout;
    grid->addWidget(heading(tr("Spend and profit per month of purchase")), 0, 0);
    grid->addWidget(m_months, 1, 0);
    grid->addWidget(heading(tr("Days from purchase to sale")), 0, 1);
    grid->addWidget(m_days, 1, 1);
    grid->addLayout(rankingHead, 2, 0, 1, 2);
    grid->addWidget(m_ranking, 3, 0, 1, 2);
    grid->setRowStretch(1, 1);
    grid->setRowStretch(3, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    m_worker.run<SupplierFigures>(
        this,
        [supplier](const Database &db) {
            const SupplierPerformanceRepository performance(db);
            return SupplierFigures{performance.months(supplier), performance.daysToSell(supplier)};
        },
        [this](const SupplierFigures &figures) {
            if (!figures.months || !figures.days)
                m_problem->setText(tr("The figures could not be read: %1")
                                       .arg((figures.months ? figures.days.error() : figures.months.error()).message));
            m_months->setData(supplierchartdata::spendAndProfit(figures.months.value_or(QList<SupplierMonth>())));
            m_days->setData(supplierchartdata::daysToSell(figures.days.value_or(QList<int>())));
            Q_EMIT loaded();
        });
    loadRanking();
}

void SupplierChartsDialog::loadRanking()
{
    const bool byRoi = m_rankBy->currentData().toBool();
    m_worker.run<Result<SupplierOverviewPage>>(
        this,
        [byRoi](const Database &db) {
            return SupplierOverviewRepository(db).fetchPage({}, byRoi ? SupplierOrder::Roi : SupplierOrder::Profit,
                                                            std::nullopt, 10);
        },
        [this, byRoi](const Result<SupplierOverviewPage> &page) {
            if (!page)
                m_problem->setText(tr("The ranking could not be read: %1").arg(page.error().message));
            m_ranking->setData(supplierchartdata::ranking(page ? page.value().rows : QList<SupplierOverview>(), byRoi));
            Q_EMIT rankingLoaded();
        });
}

} // namespace sf

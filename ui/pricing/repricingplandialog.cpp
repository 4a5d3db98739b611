#include "repricingplandialog.h"

#include "db/databaseworker.h"
#include "repricingplanmodel.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTextStream>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sf {

RepricingPlanDialog::RepricingPlanDialog(DatabaseWorker &worker, const QSet<StockItemId> &only, QWidget *parent)
    : QDialog(parent)
    , m_model(new RepricingPlanModel(this))
{
    setObjectName(u"repricingPlanDialog"_s);
    setWindowTitle(tr("Repricing plan (dry run)"));
    resize(1100, 600);
    auto *intro = new QLabel(tr("What a repricing run would set: the recommendation, at most 5 % lower or 10 % higher "
                                "than the ask now, never netting less than cost plus the minimum profit after "
                                "StockX's fees. Nothing is changed here, neither in this database nor on StockX."));
    intro->setWordWrap(true);
    m_summary = new QLabel(tr("Planning\u2026"));
    m_summary->setObjectName(u"planSummary"_s);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(RepricingPlanModel::SortRole);
    m_view = new QTableView;
    m_view->setObjectName(u"planTable"_s);
    m_view->setModel(proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RepricingPlanModel::Outcome, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_export = buttons->addButton(tr("Save as CSV\u2026"), QDialogButtonBox::ActionRole);
    m_export->setEnabled(false);
    connect(m_export, &QPushButton::clicked, this, &RepricingPlanDialog::exportCsv);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    worker.run<Result<QList<RepricingStep>>>(
        this,
        [only, now = QDateTime::currentDateTimeUtc()](const Database &db) {
            return repricingplanner::planListed(db, RepricingPolicy{}, now, only);
        },
        [this](const Result<QList<RepricingStep>> &steps) {
            if (!steps) {
                m_summary->setText(tr("The plan could not be made: %1").arg(steps.error().toString()));
            } else {
                m_model->setRows(steps.value());
                m_summary->setText(summaryText());
                m_view->resizeColumnsToContents();
                m_export->setEnabled(!steps.value().isEmpty());
            }
            Q_EMIT planned();
        });
}

QString RepricingPlanDialog::summaryText() const
{
    int changes = 0, unchanged = 0, skipped = 0;
    for (const RepricingStep &step : m_model->rows()) {
        changes += step.outcome == RepricingStep::Outcome::Change ? 1 : 0;
        unchanged += step.outcome == RepricingStep::Outcome::Unchanged ? 1 : 0;
        skipped += step.outcome == RepricingStep::Outcome::Skipped ? 1 : 0;
    }
    return tr("%1 listed pairs: %2 would change, %3 stay, %4 skipped.")
        .arg(m_model->rowCount())
        .arg(changes)
        .arg(unchanged)
        .arg(skipped);
}

void RepricingPlanDialog::exportCsv()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the plan"), u"repricing-plan.csv"_s, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        QMessageBox::warning(this, windowTitle(), tr("Could not write %1: %2").arg(path, file.errorString()));
        return;
    }
    QTextStream out(&file);
    const auto field = [](QString text) { return u'"' + text.replace(u'"', u"\"\""_s) + u'"'; };
    QStringList header;
    for (int c = 0; c < m_model->columnCount(); ++c)
        header << field(m_model->headerData(c, Qt::Horizontal).toString());
    out << header.join(u',') << "\r\n";
    for (int r = 0; r < m_model->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < m_model->columnCount(); ++c)
            cells << field(m_model->index(r, c).data().toString());
        out << cells.join(u',') << "\r\n";
    }
}

} // namespace sf

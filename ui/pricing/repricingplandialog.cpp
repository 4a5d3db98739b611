#include "repricingplandialog.h"

#include "common/moneytext.h"
#include "db/databaseworker.h"
#include "pricing/repricingsettings.h"
#include "repricingplanmodel.h"
#include "sync/stockx/stockxsession.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTextStream>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sf {

RepricingPlanDialog::RepricingPlanDialog(DatabaseWorker &worker, StockXSession &session, const QSet<StockItemId> &only,
                                         QWidget *parent)
    : QDialog(parent)
    , m_worker(worker)
    , m_session(session)
    , m_only(only)
    , m_model(new RepricingPlanModel(this))
{
    setObjectName(u"repricingPlanDialog"_s);
    setWindowTitle(tr("Repricing"));
    resize(1150, 640);
    auto *intro = new QLabel(tr("A dry run first: what each listed pair would be set to and what it nets after "
                                "StockX's fees. Nothing changes until you apply it. No ask is set below cost plus "
                                "the minimum profit, and a listing whose price was changed on StockX since is "
                                "left alone and reported."));
    intro->setWordWrap(true);

    m_recommended = new QRadioButton(tr("Recommendation, within the auto-repricing limits"));
    m_recommended->setChecked(true);
    m_fixed = new QRadioButton(tr("Fixed price"));
    m_fixedPrice = new QLineEdit;
    m_fixedPrice->setObjectName(u"fixedPrice"_s);
    m_fixedPrice->setPlaceholderText(tr("e.g. 189.00"));
    m_fixedPrice->setMaximumWidth(110);
    m_percent = new QRadioButton(tr("Change by"));
    m_percentChange = new QDoubleSpinBox;
    m_percentChange->setRange(-90.0, 200.0);
    m_percentChange->setDecimals(1);
    m_percentChange->setSuffix(u" %"_s);
    m_percentChange->setValue(-5.0);
    auto *choices = new QButtonGroup(this);
    for (QRadioButton *choice : {m_recommended, m_fixed, m_percent})
        choices->addButton(choice);
    m_replan = new QPushButton(tr("Plan again"));
    connect(m_replan, &QPushButton::clicked, this, &RepricingPlanDialog::plan);
    auto *mode = new QHBoxLayout;
    mode->addWidget(m_recommended);
    mode->addSpacing(16);
    mode->addWidget(m_fixed);
    mode->addWidget(m_fixedPrice);
    mode->addSpacing(16);
    mode->addWidget(m_percent);
    mode->addWidget(m_percentChange);
    mode->addStretch();
    mode->addWidget(m_replan);

    m_summary = new QLabel(tr("Planning\u2026"));
    m_summary->setObjectName(u"planSummary"_s);
    m_summary->setWordWrap(true);
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
    m_progress = new QProgressBar;
    m_progress->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_apply = buttons->addButton(tr("Apply on StockX"), QDialogButtonBox::ActionRole);
    m_apply->setObjectName(u"applyRepricing"_s);
    m_apply->setEnabled(false);
    m_stop = buttons->addButton(tr("Stop"), QDialogButtonBox::ActionRole);
    m_stop->setToolTip(tr("Stops before the next batch of 100; what StockX confirmed is kept."));
    m_stop->hide();
    m_export = buttons->addButton(tr("Save as CSV\u2026"), QDialogButtonBox::ActionRole);
    m_export->setEnabled(false);
    connect(m_apply, &QPushButton::clicked, this, &RepricingPlanDialog::apply);
    connect(m_stop, &QPushButton::clicked, &m_session, &StockXSession::cancel);
    connect(m_export, &QPushButton::clicked, this, &RepricingPlanDialog::exportCsv);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(&m_session, &StockXSession::repricingProgress, this, [this](int done, int total) {
        if (!m_applying)
            return;
        m_progress->setRange(0, qMax(1, total));
        m_progress->setValue(done);
    });
    connect(&m_session, &StockXSession::repricingFinished, this, [this](const RepricingReport &report) {
        if (m_applying)
            showReport(report);
    });
    connect(&m_session, &StockXSession::startFailed, this, [this](const QString &job, const QString &message) {
        if (!m_applying || job != u"reprice"_s)
            return;
        setApplying(false);
        m_summary->setText(tr("Not applied: %1").arg(message));
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(mode);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    plan();
}

std::optional<RepricingPolicy> RepricingPlanDialog::manualChange() const
{
    RepricingPolicy manual;
    if (m_fixed->isChecked()) {
        manual.fixedPrice = Money::parse(m_fixedPrice->text().trimmed().replace(u',', u'.'), u"EUR"_s);
        if (!manual.fixedPrice || manual.fixedPrice->minor() <= 0)
            return std::nullopt;
    } else if (m_percent->isChecked()) {
        manual.changeBp = qRound64(m_percentChange->value() * 100.0);
    }
    return manual;
}

void RepricingPlanDialog::plan()
{
    const auto manual = manualChange();
    if (!manual) {
        m_summary->setText(tr("Enter the fixed price as an amount, e.g. 189.00."));
        return;
    }
    m_summary->setText(tr("Planning\u2026"));
    m_apply->setEnabled(false);
    m_worker.run<Result<QList<RepricingStep>>>(
        this,
        [only = m_only, manual = *manual,
         now = QDateTime::currentDateTimeUtc()](const Database &db) -> Result<QList<RepricingStep>> {
            const auto settings = RepricingSettings::load(db);
            if (!settings)
                return settings.error();
            RepricingPolicy policy = settings.value().policy;
            policy.fixedPrice = manual.fixedPrice;
            policy.changeBp = manual.changeBp;
            return repricingplanner::planListed(db, policy, now, only);
        },
        [this](const Result<QList<RepricingStep>> &steps) {
            if (!steps) {
                m_summary->setText(tr("The plan could not be made: %1").arg(steps.error().toString()));
            } else {
                m_model->setRows(RepricingReport::fromPlan(steps.value()));
                m_summary->setText(summaryText());
                m_view->resizeColumnsToContents();
                m_export->setEnabled(!steps.value().isEmpty());
                const int changes = m_model->count(RepricingResult::Kind::Planned);
                m_apply->setText(tr("Apply %n changes on StockX", nullptr, changes));
                m_apply->setEnabled(changes > 0);
            }
            Q_EMIT planned();
        });
}

QString RepricingPlanDialog::summaryText() const
{
    using Kind = RepricingResult::Kind;
    return tr("%1 listed pairs: %2 would change, %3 stay, %4 skipped.")
        .arg(m_model->rowCount())
        .arg(m_model->count(Kind::Planned))
        .arg(m_model->count(Kind::Unchanged))
        .arg(m_model->count(Kind::Skipped));
}

void RepricingPlanDialog::apply()
{
    QList<RepricingStep> changes;
    for (const RepricingResult &row : m_model->rows())
        if (row.kind == RepricingResult::Kind::Planned)
            changes.append(row.step);
    if (changes.isEmpty())
        return;
    setApplying(true);
    m_summary->setText(tr("Sending %n new asks to StockX, 100 at a time (StockX takes one request a second)\u2026",
                          nullptr, int(changes.size())));
    m_session.applyRepricing(changes, m_recommended->isChecked() ? u"algorithm"_s : u"manual"_s);
}

void RepricingPlanDialog::showReport(const RepricingReport &report)
{
    setApplying(false);
    QList<RepricingResult> rows = report.results;
    for (const RepricingResult &row : m_model->rows())
        if (row.kind != RepricingResult::Kind::Planned)
            rows.append(row);
    m_model->setRows(rows);
    m_summary->setText(report.summary());
    m_apply->setText(tr("Applied"));
    m_apply->setEnabled(false);
    Q_EMIT applied();
}

void RepricingPlanDialog::setApplying(bool applying)
{
    m_applying = applying;
    m_progress->setVisible(applying);
    m_progress->setRange(0, 0);
    m_stop->setVisible(applying);
    m_apply->setEnabled(!applying);
    m_replan->setEnabled(!applying);
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

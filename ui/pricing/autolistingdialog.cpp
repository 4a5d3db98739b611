#include "autolistingdialog.h"

#include "autolistingplanmodel.h"
#include "autolistingruledialog.h"
#include "autolistingrulemodel.h"
#include "db/databaseworker.h"
#include "pricing/autolistingplanner.h"
#include "pricing/autolistingrulerepository.h"
#include "sync/stockx/stockxautolister.h"
#include "sync/stockx/stockxsession.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
QTableView *tableFor(QAbstractItemModel *model, const QString &name)
{
    auto *view = new QTableView;
    view->setObjectName(name);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(false);
    return view;
}
} // namespace

AutoListingDialog::AutoListingDialog(DatabaseWorker &worker, StockXSession &session, QWidget *parent)
    : QDialog(parent)
    , m_worker(worker)
    , m_session(session)
    , m_rules(new AutoListingRuleModel(this))
    , m_plan(new AutoListingPlanModel(this))
{
    setObjectName(u"autoListingDialog"_s);
    setWindowTitle(tr("Auto-listing"));
    resize(1200, 720);
    auto *intro = new QLabel(tr("Rules are tried from the top; the first whose conditions all hold lists a pair in "
                                "stock on StockX at its strategy's ask. Check first: nothing is listed until you "
                                "press \u201cList on StockX\u201d. No ask goes below cost plus the minimum profit "
                                "after StockX's fees."));
    intro->setWordWrap(true);
    m_ruleView = tableFor(m_rules, u"ruleTable"_s);
    m_ruleView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ruleView->setMaximumHeight(230);
    m_ruleView->verticalHeader()->setDefaultSectionSize(26);
    connect(m_rules, &AutoListingRuleModel::activeToggled, this, &AutoListingDialog::setRuleActive);
    connect(m_ruleView, &QTableView::doubleClicked, this, [this] {
        if (const auto rule = selectedRule())
            editRule(*rule);
    });
    auto *add = new QPushButton(tr("New rule\u2026"));
    connect(add, &QPushButton::clicked, this, [this] {
        AutoListingRule rule;
        rule.conditions.statuses = {u"in_stock"_s};
        editRule(rule);
    });
    auto *edit = new QPushButton(tr("Edit\u2026"));
    connect(edit, &QPushButton::clicked, this, [this] {
        if (const auto rule = selectedRule())
            editRule(*rule);
    });
    auto *remove = new QPushButton(tr("Delete"));
    connect(remove, &QPushButton::clicked, this, &AutoListingDialog::deleteRule);
    m_check = new QPushButton(tr("Check the newest %1 pairs").arg(autolistingplanner::kCandidates));
    m_check->setObjectName(u"checkAutoListing"_s);
    connect(m_check, &QPushButton::clicked, this, &AutoListingDialog::dryRun);
    auto *ruleButtons = new QHBoxLayout;
    for (QPushButton *button : {add, edit, remove})
        ruleButtons->addWidget(button);
    ruleButtons->addStretch(1);
    ruleButtons->addWidget(m_check);

    m_summary = new QLabel;
    m_summary->setObjectName(u"autoListingSummary"_s);
    m_summary->setWordWrap(true);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_plan);
    proxy->setSortRole(AutoListingPlanModel::SortRole);
    m_planView = tableFor(proxy, u"autoListingPlan"_s);
    m_planView->setSortingEnabled(true);
    m_planView->sortByColumn(AutoListingPlanModel::Outcome, Qt::DescendingOrder);
    m_progress = new QProgressBar;
    m_progress->setRange(0, 0);
    m_progress->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_list = buttons->addButton(tr("List on StockX"), QDialogButtonBox::ActionRole);
    m_list->setObjectName(u"listAutoListing"_s);
    m_list->setEnabled(false);
    connect(m_list, &QPushButton::clicked, this, &AutoListingDialog::listMatched);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_session, &StockXSession::listingsWritten, this, &AutoListingDialog::written);
    connect(&m_session, &StockXSession::startFailed, this, [this](const QString &job, const QString &message) {
        if (m_listing && job == u"list"_s) {
            m_listing = false;
            m_progress->hide();
            showProblem(tr("Nothing was listed: %1").arg(message));
        }
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_ruleView);
    layout->addLayout(ruleButtons);
    layout->addWidget(m_summary);
    layout->addWidget(m_planView, 1);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    loadRules();
}

QString AutoListingDialog::summaryText() const
{
    return m_summary->text();
}

void AutoListingDialog::showProblem(const QString &problem)
{
    m_summary->setStyleSheet(u"color: #c62828;"_s);
    m_summary->setText(problem);
}

void AutoListingDialog::loadRules()
{
    m_worker.run<Result<QList<AutoListingRule>>>(
        this, [](const Database &db) { return AutoListingRuleRepository(db).all(); },
        [this](const Result<QList<AutoListingRule>> &rules) {
            if (!rules) {
                showProblem(tr("The auto-listing rules could not be read: %1").arg(rules.error().message));
                return;
            }
            m_rules->setRows(rules.value());
            m_ruleView->resizeColumnsToContents();
            // The conditions take what is left, elided; the whole list is in their tooltip.
            m_ruleView->horizontalHeader()->setSectionResizeMode(AutoListingRuleModel::Conditions,
                                                                 QHeaderView::Stretch);
            Q_EMIT rulesLoaded();
        });
}

std::optional<AutoListingRule> AutoListingDialog::selectedRule() const
{
    const QModelIndexList rows = m_ruleView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_rules->rowAt(rows.first().row());
}

void AutoListingDialog::setRuleActive(const AutoListingRuleId &id, bool active)
{
    m_worker.run<Status>(
        this, [id, active](const Database &db) { return AutoListingRuleRepository(db).setActive(id, active); },
        [this](const Status &status) {
            if (!status)
                showProblem(tr("The rule could not be switched: %1").arg(status.error().message));
            loadRules();
        });
}

void AutoListingDialog::saveRule(const AutoListingRule &rule)
{
    m_worker.run<Status>(
        this,
        [rule](const Database &db) -> Status {
            const AutoListingRuleRepository rules(db);
            if (rule.id.isNull()) {
                const auto created = rules.create(rule);
                return created ? Status() : Status(created.error());
            }
            return rules.update(rule);
        },
        [this](const Status &status) {
            if (!status)
                showProblem(tr("The rule was not saved: %1").arg(status.error().message));
            loadRules();
        });
}

void AutoListingDialog::editRule(const AutoListingRule &rule)
{
    auto *dialog = new AutoListingRuleDialog(rule, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const auto edited = dialog->rule())
            saveRule(*edited);
    });
    dialog->open();
}

void AutoListingDialog::deleteRule()
{
    const auto rule = selectedRule();
    if (!rule)
        return;
    if (QMessageBox::question(this, tr("Delete rule"),
                              tr("Delete the auto-listing rule \u201c%1\u201d?").arg(rule->name)) != QMessageBox::Yes)
        return;
    m_worker.run<Status>(
        this, [id = rule->id](const Database &db) { return AutoListingRuleRepository(db).remove(id); },
        [this](const Status &status) {
            if (!status)
                showProblem(tr("The rule was not deleted: %1").arg(status.error().message));
            loadRules();
        });
}

void AutoListingDialog::dryRun()
{
    m_summary->setStyleSheet(QString());
    m_summary->setText(tr("Checking the rules against the newest pairs in stock\u2026"));
    m_list->setEnabled(false);
    m_worker.run<Result<QList<AutoListingDecision>>>(
        this, [](const Database &db) { return autolistingplanner::plan(db, QDateTime::currentDateTimeUtc()); },
        [this](const Result<QList<AutoListingDecision>> &decisions) {
            if (!decisions) {
                showProblem(tr("The check failed: %1").arg(decisions.error().message));
                return;
            }
            m_plan->setDecisions(decisions.value());
            m_planView->resizeColumnsToContents();
            const int matched = m_plan->matched();
            m_summary->setText(tr("%n pairs in stock checked", nullptr, int(decisions.value().size())) + u"; "_s +
                               tr("the rules would list %n of them. Hover a row to see why.", nullptr, matched));
            m_list->setText(tr("List %n pairs on StockX", nullptr, matched));
            m_list->setEnabled(matched > 0 && !m_listing);
            Q_EMIT planned();
        });
}

void AutoListingDialog::listMatched()
{
    const QList<ListingDraft> drafts = StockXAutoLister::draftsFor(m_plan->rows());
    if (drafts.isEmpty() || m_listing)
        return;
    m_listing = true;
    m_list->setEnabled(false);
    m_progress->show();
    m_summary->setStyleSheet(QString());
    m_summary->setText(tr("Listing %n pairs on StockX\u2026", nullptr, int(drafts.size())));
    m_session.createListings(drafts);
}

void AutoListingDialog::written(const QList<ListingWriteResult> &results)
{
    if (!m_listing)
        return;
    m_listing = false;
    m_progress->hide();
    m_plan->setWritten(results);
    const int failed = int(std::count_if(results.cbegin(), results.cend(), [](const auto &r) { return r.error; }));
    m_summary->setText(tr("%n listed on StockX", nullptr, int(results.size()) - failed) + u", "_s +
                       tr("%n failed (hover the row for StockX's answer).", nullptr, failed));
    Q_EMIT listed();
}

} // namespace sf

#pragma once

#include "pricing/autolistingrule.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace sf {

class AutoListingPlanModel;
class AutoListingRuleModel;
class DatabaseWorker;
class StockXSession;
struct ListingWriteResult;

// Auto-listing (original-system.md §3.16): the rules in the order they are tried, switched, added, edited
// and deleted here; a dry run of the newest 100 pairs in stock, each with the rule that would list it at
// what ask and what that nets after fees (or the nearest rule and what it missed); then "List on StockX"
// sends exactly the matched pairs through the listing writer. All reads and writes run on the worker.
class AutoListingDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutoListingDialog)

public:
    AutoListingDialog(DatabaseWorker &worker, StockXSession &session, QWidget *parent = nullptr);

    AutoListingRuleModel *ruleModel() const { return m_rules; }
    AutoListingPlanModel *planModel() const { return m_plan; }
    QPushButton *listButton() const { return m_list; }
    QString summaryText() const;
    void dryRun();
    void listMatched();
    void setRuleActive(const AutoListingRuleId &id, bool active);
    void saveRule(const AutoListingRule &rule);

Q_SIGNALS:
    void rulesLoaded();
    void planned();
    void listed();

private:
    void loadRules();
    void editRule(const AutoListingRule &rule);
    void deleteRule();
    std::optional<AutoListingRule> selectedRule() const;
    void written(const QList<ListingWriteResult> &results);
    void showProblem(const QString &problem);

    DatabaseWorker &m_worker;
    StockXSession &m_session;
    AutoListingRuleModel *m_rules = nullptr;
    AutoListingPlanModel *m_plan = nullptr;
    QTableView *m_ruleView = nullptr;
    QTableView *m_planView = nullptr;
    QLabel *m_summary = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_list = nullptr;
    QPushButton *m_check = nullptr;
    bool m_listing = false;
};

} // namespace sf

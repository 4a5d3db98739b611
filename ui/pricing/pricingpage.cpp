#include "pricingpage.h"

#include "common/rolegate.h"

#include "autolistingdialog.h"
#include "common/changewatcher.h"
#include "common/pagetitle.h"
#include "db/databaseworker.h"
#include "pricehistorydialog.h"
#include "pricerulesdialog.h"
#include "pricingtablemodel.h"
#include "repricingplandialog.h"
#include "repricingsettingsdialog.h"
#include "sync/stockx/autorepricingschedule.h"

#include <QCheckBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sf {

PricingPage::PricingPage(DatabaseWorker &worker, StockXSession &session, AutoRepricingSchedule &schedule,
                         QWidget *parent)
    : QWidget(parent)
    , m_worker(worker)
    , m_session(session)
    , m_schedule(schedule)
    , m_model(new PricingTableModel(worker.database(), this))
{
    setObjectName(u"pricingPage"_s);
    m_model->setWorker(&worker);
    m_listedOnly = new QCheckBox(tr("Listed on StockX only"));
    m_listedOnly->setObjectName(u"listedOnly"_s);
    connect(m_listedOnly, &QCheckBox::toggled, m_model, &PricingTableModel::setListedOnly);
    auto *plan = new QPushButton(tr("Reprice\u2026"));
    plan->setObjectName(u"planButton"_s);
    plan->setToolTip(tr("A dry run over the selected listed pairs (all listed pairs when none is selected): "
                        "old ask → new ask, what it nets and why; then apply it on StockX"));
    connect(plan, &QPushButton::clicked, this, &PricingPage::planRepricing);
    RoleGate::require(plan, TeamRole::Action::Write);
    auto *history = new QPushButton(tr("Price history…"));
    history->setObjectName(u"historyButton"_s);
    history->setToolTip(tr("StockX's asks, bids and sales of the selected pair's size over time, with our asks, "
                           "cost and sales (or double-click a row)"));
    connect(history, &QPushButton::clicked, this, [this] {
        if (const QModelIndex current = m_view->currentIndex(); current.isValid())
            openPriceHistory(current.row());
    });
    auto *bar = new QHBoxLayout;
    bar->addWidget(pageTitle(tr("Pricing")));
    bar->addStretch(1);
    bar->addWidget(m_listedOnly);
    auto *rules = new QPushButton(tr("Price rules\u2026"));
    rules->setObjectName(u"rulesButton"_s);
    connect(rules, &QPushButton::clicked, this, [this] {
        auto *dialog = new PriceRulesDialog(m_worker, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        // Rules are not watched by the change notifier: the recommendations are read again on close.
        connect(dialog, &QDialog::finished, m_model, &PricingTableModel::reload);
        dialog->show();
    });
    auto *autoList = new QPushButton(tr("Auto-listing\u2026"));
    for (QObject *control : QList<QObject *>{rules, autoList})
        RoleGate::require(control, TeamRole::Action::ChangeSettings);
    autoList->setObjectName(u"autoListingButton"_s);
    autoList->setToolTip(tr("Rules that list pairs in stock on StockX by themselves: check which pairs they would "
                            "list at what ask, then list them"));
    connect(autoList, &QPushButton::clicked, this, [this] {
        auto *dialog = new AutoListingDialog(m_worker, m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    bar->addWidget(rules);
    bar->addWidget(autoList);
    bar->addWidget(history);
    bar->addWidget(plan);
    m_hint = new QLabel(tr("Recommendations come from StockX's daily figures of each size and your price rules; "
                           "none nets less than cost plus the minimum profit after fees "
                           "(soleflipper-cli config set pricing.minimum_profit 10.00). Hover a recommendation "
                           "for its reasoning."));
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(u"color: palette(dark);"_s);
    auto *strip = new QFrame;
    strip->setObjectName(u"autoRepricingStrip"_s);
    strip->setStyleSheet(u"#autoRepricingStrip { background: palette(alternate-base); border-radius: 6px; }"_s);
    m_autoStatus = new QLabel;
    m_autoStatus->setObjectName(u"autoRepricingStatus"_s);
    m_autoStatus->setWordWrap(true);
    m_killSwitch = new QPushButton(tr("Stop auto-repricing"));
    m_killSwitch->setObjectName(u"killSwitch"_s);
    m_killSwitch->setToolTip(tr("Switches auto-repricing off for every client of this database and for cron; a run "
                                "in progress stops before its next batch."));
    m_killSwitch->setStyleSheet(
        u"QPushButton { background: #c62828; color: white; font-weight: bold; padding: 4px 12px; }"_s);
    connect(m_killSwitch, &QPushButton::clicked, &m_schedule, &AutoRepricingSchedule::switchOff);
    m_switchOn = new QPushButton(tr("Switch on"));
    connect(m_switchOn, &QPushButton::clicked, &m_schedule, &AutoRepricingSchedule::switchOn);
    auto *settings = new QPushButton(tr("Auto-repricing\u2026"));
    settings->setObjectName(u"repricingSettingsButton"_s);
    connect(settings, &QPushButton::clicked, this, &PricingPage::openRepricingSettings);
    // Anyone who may write may pull the kill switch; switching on and the rules are the admin's.
    RoleGate::require(m_killSwitch, TeamRole::Action::Write);
    for (QObject *control : QList<QObject *>{m_switchOn, settings})
        RoleGate::require(control, TeamRole::Action::ChangeSettings);
    auto *stripLayout = new QHBoxLayout(strip);
    stripLayout->setContentsMargins(10, 6, 10, 6);
    stripLayout->addWidget(m_autoStatus, 1);
    stripLayout->addWidget(settings);
    stripLayout->addWidget(m_switchOn);
    stripLayout->addWidget(m_killSwitch);
    connect(&m_schedule, &AutoRepricingSchedule::stateChanged, this, &PricingPage::showAutoState);
    connect(&m_schedule, &AutoRepricingSchedule::failed, this, [this](const QString &message) {
        m_autoStatus->setText(tr("The auto-repricing switch could not be written: %1").arg(message));
    });
    showAutoState();

    m_view = new QTableView;
    m_view->setObjectName(u"pricingTable"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(PricingTableModel::Product, QHeaderView::Stretch);
    m_view->setWordWrap(false);
    connect(m_view, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { openPriceHistory(index.row()); });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(bar);
    layout->addWidget(m_hint);
    layout->addWidget(strip);
    layout->addWidget(m_view, 1);
    connect(m_model, &PricingTableModel::loaded, this, [this] {
        m_view->resizeColumnsToContents();
        m_view->horizontalHeader()->setSectionResizeMode(PricingTableModel::Product, QHeaderView::Stretch);
    });
    new ChangeWatcher(worker.database().changeNotifier(), this,
                      {Change::Entity::StockItem, Change::Entity::Listing, Change::Entity::Product},
                      [this](const QList<Change> &) { m_model->reload(); });
}

void PricingPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_started) {
        m_started = true;
        m_model->reload();
    }
}

void PricingPage::openPriceHistory(int row)
{
    const PricingCandidate &pair = m_model->rowAt(row).candidate;
    auto *dialog = new PriceHistoryDialog(m_worker, pair.product, pair.size,
                                          u"%1 · %2"_s.arg(pair.productName, pair.sizeLabel), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void PricingPage::planRepricing()
{
    QSet<StockItemId> only;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        only.insert(StockItemId::fromString(index.data(PricingTableModel::ItemIdRole).toString()));
    auto *dialog = new RepricingPlanDialog(m_worker, m_session, only, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void PricingPage::openRepricingSettings()
{
    auto *dialog = new RepricingSettingsDialog(m_worker, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RepricingSettingsDialog::saved, &m_schedule, &AutoRepricingSchedule::check);
    dialog->show();
}

void PricingPage::showAutoState()
{
    const AutoRepricingSchedule::State &state = m_schedule.state();
    const bool on = state.settings.enabled;
    QString text = !on ? tr("Auto-repricing is off.")
                   : state.running
                       ? tr("Auto-repricing is on and running now.")
                       : tr("Auto-repricing is on: every %n minutes, at most %1 % down and %2 % up a day.", nullptr,
                            state.settings.intervalMinutes)
                             .arg(QLocale().toString(double(state.settings.policy.maxDropBp) / 100.0, 'f', 1),
                                  QLocale().toString(double(state.settings.policy.maxRiseBp) / 100.0, 'f', 1));
    if (state.lastRun.isValid())
        text +=
            u' ' + tr("Last run %1: %2")
                       .arg(QLocale().toString(state.lastRun.toLocalTime(), QLocale::ShortFormat), state.lastSummary);
    m_autoStatus->setText(text);
    m_killSwitch->setVisible(on);
    m_switchOn->setVisible(!on);
}

} // namespace sf

#include "awinpage.h"

#include "common/rolegate.h"

#include "awinfeedmodel.h"
#include "awinoffertablemodel.h"
#include "awinsession.h"
#include "common/changewatcher.h"
#include "common/filterwidgets.h"
#include "common/pagetitle.h"
#include "db/databaseworker.h"
#include "sourcing/awinfeedrepository.h"
#include "thumbnailpopup.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
QTableView *tableView(const QString &name, QAbstractItemModel *model)
{
    auto *view = new QTableView;
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    return view;
}
} // namespace

AwinPage::AwinPage(DatabaseWorker &worker, AwinSession &session, QWidget *parent)
    : QWidget(parent)
    , m_worker(worker)
    , m_session(session)
    , m_feeds(new AwinFeedModel(this))
    , m_offers(new AwinOfferTableModel(worker.database(), this))
{
    setObjectName(u"awinPage"_s);
    m_offers->setWorker(&worker);

    m_sync = new QPushButton(tr("Sync feeds now"));
    m_sync->setObjectName(u"awinSync"_s);
    m_sync->setToolTip(tr("Downloads the feeds that changed since their last import, imports, matches and values "
                          "them"));
    connect(m_sync, &QPushButton::clicked, this, [this] { m_session.sync(); });
    m_import = new QPushButton(tr("Import feed file\u2026"));
    m_import->setObjectName(u"awinImportFile"_s);
    m_import->setToolTip(tr("A feed downloaded by hand (.csv or .csv.gz); you can also drop it on the window"));
    connect(m_import, &QPushButton::clicked, this, &AwinPage::chooseFile);
    auto *enrich = new QPushButton(tr("Find unmatched on StockX"));
    enrich->setObjectName(u"awinEnrich"_s);
    enrich->setToolTip(tr("Looks up the EANs of in-stock offers that match nothing in your catalog on StockX, "
                          "within its rate limit; progress and cancel are in the sync dock"));
    connect(enrich, &QPushButton::clicked, this, &AwinPage::enrichRequested);
    auto *settings = new QPushButton(tr("Feed settings\u2026"));
    connect(settings, &QPushButton::clicked, this, &AwinPage::settingsRequested);
    for (QObject *control : QList<QObject *>{m_sync, m_import, enrich})
        RoleGate::require(control, TeamRole::Action::Write);
    RoleGate::require(settings, TeamRole::Action::ChangeSettings);
    m_progress = new QProgressBar;
    m_progress->setObjectName(u"awinProgress"_s);
    m_progress->setMaximumWidth(200);
    m_progress->setTextVisible(false);
    m_progress->hide();
    auto *bar = new QHBoxLayout;
    bar->addWidget(pageTitle(tr("Awin feeds")));
    bar->addSpacing(12);
    bar->addWidget(m_sync);
    bar->addWidget(m_import);
    bar->addWidget(enrich);
    bar->addWidget(settings);
    bar->addWidget(m_progress);
    bar->addStretch(1);

    m_feedView = tableView(u"awinFeedTable"_s, m_feeds);
    m_feedView->setMaximumHeight(170);
    m_summary = new QLabel;
    m_summary->setObjectName(u"awinSummary"_s);

    m_search =
        delayedSearchField(this, u"awinSearch"_s, tr("Search offers, EAN or style code"), [this] { applyFilter(); });
    m_brand = delayedSearchField(this, u"awinBrand"_s, tr("Brand"), [this] { applyFilter(); });
    m_brand->setMaximumWidth(140);
    m_shop = filterCombo(this, u"awinShop"_s, {{tr("All shops"), 0}}, [this] { applyFilter(); });
    m_inStock = new QCheckBox(tr("In stock"));
    m_inStock->setObjectName(u"awinInStock"_s);
    m_matched = new QCheckBox(tr("Matched only"));
    m_matched->setObjectName(u"awinMatched"_s);
    for (QCheckBox *box : {m_inStock, m_matched})
        connect(box, &QCheckBox::toggled, this, &AwinPage::applyFilter);
    m_open = new QPushButton(tr("Open in browser"));
    m_open->setObjectName(u"awinOpen"_s);
    m_open->setEnabled(false);
    connect(m_open, &QPushButton::clicked, this, &AwinPage::openSelected);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_brand);
    filters->addWidget(m_shop);
    filters->addWidget(m_inStock);
    filters->addWidget(m_matched);
    filters->addWidget(m_open);

    m_offerView = tableView(u"awinOfferTable"_s, m_offers);
    m_thumbnails = new ThumbnailPopup(m_offerView, AwinOfferTableModel::ThumbnailUrlRole);
    connect(m_offerView, &QTableView::doubleClicked, this, &AwinPage::openSelected);
    connect(m_offerView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { m_open->setEnabled(current.isValid()); });

    m_status = new QLabel;
    m_status->setObjectName(u"awinStatus"_s);
    m_status->setWordWrap(true);
    auto *offers = new QWidget;
    auto *offersLayout = new QVBoxLayout(offers);
    offersLayout->setContentsMargins(0, 0, 0, 0);
    offersLayout->addWidget(new QLabel(u"<b>"_s + tr("Offers") + u"</b>"_s));
    offersLayout->addLayout(filters);
    offersLayout->addWidget(m_offerView, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(bar);
    layout->addWidget(m_feedView);
    layout->addWidget(m_summary);
    layout->addWidget(offers, 1);
    layout->addWidget(m_status);

    connect(m_offers, &AwinOfferTableModel::loaded, this, [this] {
        m_offerView->resizeColumnsToContents();
        m_offerView->horizontalHeader()->setSectionResizeMode(AwinOfferTableModel::Product, QHeaderView::Stretch);
    });
    connect(m_offers, &AwinOfferTableModel::errorOccurred, this,
            [this](const QString &message) { showStatus(tr("The offers could not be read: %1").arg(message), true); });
    connect(&m_session, &AwinSession::started, this, [this] {
        m_sync->setEnabled(false);
        m_import->setEnabled(false);
        m_progress->setRange(0, 0);
        m_progress->show();
        showStatus(tr("Working on the Awin feeds\u2026"));
    });
    connect(&m_session, &AwinSession::progress, this, [this](const QString &what, qint64 done, qint64 total) {
        m_progress->setRange(0, total > 0 ? 1000 : 0);
        if (total > 0)
            m_progress->setValue(int(done * 1000 / total));
        showStatus(what);
    });
    connect(&m_session, &AwinSession::finished, this, &AwinPage::sessionFinished);
    connect(&m_session, &AwinSession::startFailed, this, [this](const QString &message) {
        m_sync->setEnabled(true);
        m_import->setEnabled(true);
        m_progress->hide();
        showStatus(message, true);
    });
    new ChangeWatcher(worker.database().changeNotifier(), this, {Change::Entity::AwinOffer},
                      [this](const QList<Change> &) {
                          refreshFeeds();
                          m_offers->reload();
                      });
}

void AwinPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_loaded)
        return;
    m_loaded = true;
    refreshFeeds();
    applyFilter();
}

void AwinPage::refreshFeeds()
{
    m_worker.run<Result<QList<AwinFeed>>>(
        this, [](const Database &db) { return AwinFeedRepository(db).all(); },
        [this](const Result<QList<AwinFeed>> &feeds) {
            if (!feeds) {
                showStatus(tr("The feeds could not be read: %1").arg(feeds.error().toString()), true);
                return;
            }
            m_feeds->setRows(feeds.value());
            m_feedView->resizeColumnsToContents();
            m_feedView->horizontalHeader()->setSectionResizeMode(AwinFeedModel::State, QHeaderView::Stretch);
            qint64 offers = 0;
            qint64 matched = 0;
            for (const AwinFeed &f : feeds.value()) {
                offers += f.offers;
                matched += f.matched;
                if (f.advertiserId != 0 && m_shop->findData(f.advertiserId) < 0)
                    m_shop->addItem(f.advertiserName, f.advertiserId);
            }
            m_summary->setText(feeds.value().isEmpty()
                                   ? tr("No feeds yet. Enter your Awin data feed key under Feed settings, then sync; "
                                        "or import a feed file.")
                                   : tr("%1 offers from %n feeds, %2 matched to the catalog (%3 %).", nullptr,
                                        int(feeds.value().size()))
                                         .arg(QLocale().toString(offers), QLocale().toString(matched),
                                              QLocale().toString(offers > 0 ? matched * 100.0 / offers : 0.0, 'f', 1)));
            Q_EMIT feedsLoaded();
        });
}

void AwinPage::applyFilter()
{
    AwinOfferFilter filter;
    filter.text = m_search->text().trimmed();
    filter.brand = m_brand->text().trimmed();
    filter.merchantId = m_shop->currentData().toInt();
    filter.inStockOnly = m_inStock->isChecked();
    filter.matchedOnly = m_matched->isChecked();
    m_offers->setFilter(filter);
}

void AwinPage::openSelected()
{
    const QModelIndex current = m_offerView->selectionModel()->currentIndex();
    const QString link = current.data(AwinOfferTableModel::LinkRole).toString();
    if (!link.isEmpty())
        QDesktopServices::openUrl(QUrl(link));
}

void AwinPage::chooseFile()
{
    auto *dialog = new QFileDialog(this, tr("Import an Awin feed file"), QString(),
                                   tr("Awin feeds (*.csv *.csv.gz *.gz);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { m_session.importFile(path); });
    dialog->open();
}

void AwinPage::sessionFinished(const AwinSyncResult &result)
{
    m_sync->setEnabled(true);
    m_import->setEnabled(true);
    m_progress->hide();
    QStringList lines;
    for (const AwinFeedOutcome &f : result.feeds) {
        const QString name = f.feedId != 0 ? tr("%1 (feed %2)").arg(f.name).arg(f.feedId) : f.name;
        if (f.skipped)
            lines << tr("%1: unchanged").arg(name);
        else if (f.error)
            lines << tr("%1: %2").arg(name, f.error->message);
        else if (f.report)
            lines << tr("%1: %2").arg(name, f.report->summary());
    }
    if (result.error)
        lines << result.error->toString();
    if (result.feeds.isEmpty() && !result.error)
        lines << tr("No feed was chosen: check the feed ids in Feed settings.");
    showStatus(lines.join(u'\n'), result.failed());
    refreshFeeds();
    m_offers->reload();
}

QString AwinPage::statusText() const
{
    return m_status->text();
}

void AwinPage::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? u"color: #b3261e;"_s : QString());
}

} // namespace sf

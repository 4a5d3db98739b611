#include "awinsync.h"

#include "sourcing/awinfeedimporter.h"
#include "sourcing/awinfeedrepository.h"
#include "sourcing/opportunityrepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace sf {

bool AwinSyncResult::failed() const
{
    return error || std::any_of(feeds.cbegin(), feeds.cend(), [](const AwinFeedOutcome &f) { return f.error; });
}

qint64 AwinSyncResult::rejected() const
{
    qint64 n = 0;
    for (const AwinFeedOutcome &f : feeds)
        n += f.report ? f.report->rejected : 0;
    return n;
}

AwinSync::AwinSync(const Database &db, AwinFeedClient *client, AwinSettings settings, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_client(client)
    , m_settings(std::move(settings))
{}

AwinSync::~AwinSync()
{
    m_cancel = true;
    if (m_client)
        m_client->cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void AwinSync::cancel()
{
    m_cancel = true;
    if (m_client)
        m_client->cancel();
}

void AwinSync::background(std::function<void()> work, std::function<void()> done)
{
    Q_ASSERT(!m_thread);
    m_thread = QThread::create([this, work = std::move(work)] {
        work();
        m_db.releaseThreadConnection();
    });
    connect(m_thread, &QThread::finished, this, [this, done = std::move(done)] {
        m_thread->deleteLater();
        m_thread = nullptr;
        done();
    });
    m_thread->start();
}

void AwinSync::start(const AwinSyncRequest &request)
{
    Q_ASSERT(!m_running);
    m_running = true;
    m_cancel = false;
    m_result = {};
    if (!request.file.isEmpty()) {
        AwinFeedOutcome outcome;
        outcome.name = QFileInfo(request.file).fileName();
        importFile(request.file, outcome, {}, false);
        return;
    }
    if (!m_client) {
        m_result.error =
            Error{u"awin.no_key"_s, QCoreApplication::translate("AwinSync", "No Awin data feed key is set up."), {}};
        finish();
        return;
    }
    Q_EMIT logLine(QCoreApplication::translate("AwinSync", "Reading Awin's feed list…"));
    m_client->fetchList([this, forced = request.feedIds](Result<QList<AwinFeed>> listed) {
        if (!listed) {
            m_result.error = listed.error();
            finish();
            return;
        }
        auto known = std::make_shared<Result<QList<AwinFeed>>>(QList<AwinFeed>());
        background(
            [this, listed = listed.value(), known] {
                const AwinFeedRepository feeds(m_db);
                if (Status stored = feeds.storeListed(listed); !stored)
                    *known = stored.error();
                else
                    *known = feeds.all();
            },
            [this, listed = listed.value(), known, forced] {
                if (!*known) {
                    m_result.error = known->error();
                    finish();
                    return;
                }
                chooseFeeds(listed, known->value(), forced);
            });
    });
}

void AwinSync::chooseFeeds(const QList<AwinFeed> &listed, const QList<AwinFeed> &known, const QList<int> &forced)
{
    QHash<int, AwinFeed> state;
    for (const AwinFeed &f : known)
        state.insert(f.feedId, f);
    for (const AwinFeed &f : listed) {
        const bool chosen =
            forced.isEmpty()
                ? (m_settings.feedIds.isEmpty() || m_settings.feedIds.contains(f.feedId)) &&
                      (m_settings.advertiserIds.isEmpty() || m_settings.advertiserIds.contains(f.advertiserId)) &&
                      f.membershipStatus.compare(u"Joined"_s, Qt::CaseInsensitive) == 0
                : forced.contains(f.feedId);
        if (!chosen)
            continue;
        const AwinFeed current = state.value(f.feedId, f);
        if (forced.isEmpty() && !current.changedSinceImport()) {
            AwinFeedOutcome skipped{f.feedId, f.advertiserName, true, std::nullopt, std::nullopt};
            m_result.feeds.append(skipped);
            Q_EMIT logLine(QCoreApplication::translate("AwinSync", "%1 (feed %2): unchanged since its last import, "
                                                                   "skipped.")
                               .arg(f.advertiserName)
                               .arg(f.feedId));
            continue;
        }
        m_queue.append(f);
    }
    for (int id : forced)
        if (std::none_of(listed.cbegin(), listed.cend(), [id](const AwinFeed &f) { return f.feedId == id; }))
            m_result.feeds.append({id, QString(), false, std::nullopt,
                                   Error{u"awin.unknown_feed"_s,
                                         QCoreApplication::translate("AwinSync", "Feed %1 is not in Awin's feed list "
                                                                                 "for this key.")
                                             .arg(id),
                                         {}}});
    nextFeed();
}

void AwinSync::nextFeed()
{
    if (m_cancel) {
        m_result.cancelled = true;
        finish();
        return;
    }
    if (m_queue.isEmpty()) {
        matchAndValue();
        return;
    }
    const AwinFeed feed = m_queue.takeFirst();
    Q_EMIT logLine(QCoreApplication::translate("AwinSync", "%1 (feed %2): downloading…")
                       .arg(feed.advertiserName)
                       .arg(feed.feedId));
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_client, &AwinFeedClient::downloadProgress, this, [this](qint64 received, qint64 total) {
        Q_EMIT progress(QCoreApplication::translate("AwinSync", "Downloading"), received, total);
    });
    AwinDownloadRequest request;
    request.language = m_settings.language;
    request.feedIds = {feed.feedId};
    m_client->download(request, [this, feed, connection](Result<QString> path) {
        disconnect(*connection);
        AwinFeedOutcome outcome{feed.feedId, feed.advertiserName, false, std::nullopt, std::nullopt};
        if (!path) {
            outcome.error = path.error();
            Q_EMIT logLine(QCoreApplication::translate("AwinSync", "%1 (feed %2): %3")
                               .arg(feed.advertiserName)
                               .arg(feed.feedId)
                               .arg(path.error().message));
            background(
                [this, feed, error = path.error().message] {
                    // Best effort: the outcome carries the error whether or not it could be noted on the feed.
                    (void)AwinFeedRepository(m_db).recordFailure(feed.feedId, error);
                },
                [this, outcome] {
                    m_result.feeds.append(outcome);
                    nextFeed();
                });
            return;
        }
        importFile(path.value(), outcome, feed.listedAt, true);
    });
}

void AwinSync::importFile(const QString &path, AwinFeedOutcome outcome, const QDateTime &listedAt, bool removeAfter)
{
    Q_EMIT logLine(QCoreApplication::translate("AwinSync", "%1: importing…").arg(outcome.name));
    const qint64 size = QFileInfo(path).size();
    auto report = std::make_shared<std::optional<Result<AwinImportReport>>>();
    background(
        [this, path, size, report, outcome, listedAt] {
            AwinImportOptions options;
            options.cancel = &m_cancel;
            options.progress = [this, size](qint64 rows, qint64 bytes) {
                QMetaObject::invokeMethod(
                    this,
                    [this, rows, bytes, size] {
                        Q_EMIT progress(QCoreApplication::translate("AwinSync", "Importing (%L1 rows)").arg(rows),
                                        bytes, size);
                    },
                    Qt::QueuedConnection);
            };
            report->emplace(AwinFeedImporter(m_db).importFile(path, options));
            const AwinFeedRepository feeds(m_db);
            if (report->value()) {
                const AwinImportReport &r = report->value().value();
                QSet<int> ids = r.feeds;
                if (outcome.feedId != 0)
                    ids.insert(outcome.feedId);
                // The feed's state is a note beside the offers; failing to write it loses no offer.
                for (int id : ids)
                    (void)feeds.recordImport(id, id == outcome.feedId ? listedAt : QDateTime(), r);
            } else if (outcome.feedId != 0) {
                (void)feeds.recordFailure(outcome.feedId, report->value().error().message);
            }
        },
        [this, path, removeAfter, report, outcome]() mutable {
            if (removeAfter)
                QFile::remove(path);
            if (report->value()) {
                outcome.report = report->value().value();
                Q_EMIT logLine(
                    QCoreApplication::translate("AwinSync", "%1: %2").arg(outcome.name, outcome.report->summary()));
            } else {
                outcome.error = report->value().error();
                Q_EMIT logLine(
                    QCoreApplication::translate("AwinSync", "%1: %2").arg(outcome.name, outcome.error->toString()));
            }
            m_result.feeds.append(outcome);
            nextFeed();
        });
}

void AwinSync::matchAndValue()
{
    const bool anyImported = std::any_of(m_result.feeds.cbegin(), m_result.feeds.cend(),
                                         [](const AwinFeedOutcome &f) { return f.report.has_value(); });
    if (!anyImported) {
        finish();
        return;
    }
    Q_EMIT logLine(QCoreApplication::translate("AwinSync", "Matching offers to the catalog and valuing them…"));
    auto matched = std::make_shared<std::optional<Result<AwinMatchReport>>>();
    auto valued = std::make_shared<std::optional<Result<qint64>>>();
    background(
        [this, matched, valued] {
            matched->emplace(AwinMatcher(m_db).run());
            if (!matched->value())
                return;
            const auto settings = OpportunitySettings::load(m_db);
            valued->emplace(settings ? OpportunityRepository(m_db).refresh(settings.value())
                                     : Result<qint64>(settings.error()));
        },
        [this, matched, valued] {
            if (!matched->value()) {
                m_result.error = matched->value().error();
            } else {
                m_result.matches = matched->value().value();
                if (valued->has_value() && !valued->value())
                    m_result.error = valued->value().error();
                else if (valued->has_value())
                    m_result.valued = valued->value().value();
                const AwinMatchReport &m = *m_result.matches;
                Q_EMIT logLine(QCoreApplication::translate("AwinSync", "Matched %L1 offers (%L2 by EAN, %L3 by style "
                                                                       "code); %L4 offers have opportunity figures.")
                                   .arg(m.matchedTotal())
                                   .arg(m.byGtin + m.byProductEan + m.byStockEan)
                                   .arg(m.byStyleSize)
                                   .arg(m_result.valued));
            }
            finish();
        });
}

void AwinSync::finish()
{
    m_running = false;
    if (m_result.error)
        Q_EMIT logLine(m_result.error->toString());
    Q_EMIT finished(m_result);
}

} // namespace sf

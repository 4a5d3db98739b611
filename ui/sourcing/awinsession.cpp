#include "awinsession.h"

#include "db/databaseworker.h"
#include "secrets/secretstore.h"

using namespace Qt::StringLiterals;

namespace sf {

AwinSession::AwinSession(DatabaseWorker &worker, SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_worker(worker)
    , m_secrets(secrets)
{}

AwinSession::~AwinSession() = default;

void AwinSession::cancel()
{
    if (m_sync)
        m_sync->cancel();
}

void AwinSession::fail(const QString &message)
{
    m_busy = false;
    Q_EMIT startFailed(message);
}

void AwinSession::sync(const AwinSyncRequest &request)
{
    if (m_busy)
        return;
    m_busy = true;
    Q_EMIT started();
    m_worker.run<Result<AwinSettings>>(
        this, [](const Database &db) { return AwinSettings::load(db); },
        [this, request](const Result<AwinSettings> &settings) {
            if (!settings) {
                fail(settings.error().toString());
                return;
            }
            if (!request.file.isEmpty()) {
                run(request, settings.value(), {});
                return;
            }
            AwinSettings::loadKey(m_secrets, [this, request, settings = settings.value()](Result<QString> key) {
                if (!key) {
                    fail(key.error().code == u"secret.not_found"_s
                             ? tr("No Awin data feed key is set up: enter it in Settings (Awin feeds).")
                             : key.error().toString());
                    return;
                }
                run(request, settings, key.value());
            });
        });
}

void AwinSession::run(const AwinSyncRequest &request, const AwinSettings &settings, const QString &key)
{
    m_client.reset();
    if (!key.isEmpty())
        m_client = std::make_unique<AwinFeedClient>(m_network, settings.baseUrl, key);
    m_sync = std::make_unique<AwinSync>(m_worker.database(), m_client.get(), settings);
    connect(m_sync.get(), &AwinSync::logLine, this, &AwinSession::logLine);
    connect(m_sync.get(), &AwinSync::progress, this, &AwinSession::progress);
    connect(m_sync.get(), &AwinSync::finished, this, [this](const AwinSyncResult &result) {
        m_busy = false;
        Q_EMIT finished(result);
    });
    m_sync->start(request);
}

} // namespace sf

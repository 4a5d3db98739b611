#include "keychainsecretstore.h"

#include "logcategories.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
Error keychainError(const QKeychain::Job &job, const QString &key)
{
    // The key names the secret, never its value.
    qCWarning(lcSecrets).noquote() << "keychain job for" << key << "failed:" << job.error() << job.errorString();
    if (job.error() == QKeychain::EntryNotFound)
        return Error{u"secret.not_found"_s,
                     QCoreApplication::translate("SecretStore", "No secret is stored under this name."), key};
    if (job.error() == QKeychain::NoBackendAvailable || job.error() == QKeychain::OtherError)
        return Error{u"secret.unavailable"_s,
                     QCoreApplication::translate("SecretStore",
                                                 "The system keychain is not available (%1). The secret was not "
                                                 "remembered; unlock or install a keychain (for example GNOME "
                                                 "Keyring or KWallet) and try again.")
                         .arg(job.errorString()),
                     key};
    return Error{u"secret.failed"_s,
                 QCoreApplication::translate("SecretStore", "The system keychain refused: %1").arg(job.errorString()),
                 key};
}

template <typename JobType> JobType *makeJob(const QString &service, const QString &key, QObject *parent)
{
    auto *job = new JobType(service, parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}
} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : SecretStore(parent)
    , m_service(std::move(service))
{}

void KeychainSecretStore::read(const QString &key, ReadCallback done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, key, this);
    connect(job, &QKeychain::Job::finished, this, [job, key, done = std::move(done)] {
        if (job->error() == QKeychain::NoError)
            done(job->textData());
        else
            done(keychainError(*job, key));
    });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &value, DoneCallback done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, key, this);
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, this, [job, key, done = std::move(done)] {
        done(job->error() == QKeychain::NoError ? Status() : Status(keychainError(*job, key)));
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, DoneCallback done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, key, this);
    connect(job, &QKeychain::Job::finished, this, [job, key, done = std::move(done)] {
        const bool gone = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        done(gone ? Status() : Status(keychainError(*job, key)));
    });
    job->start();
}

QString KeychainSecretStore::description() const
{
    return QCoreApplication::translate("SecretStore", "the system keychain");
}

} // namespace sf

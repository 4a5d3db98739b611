#include "stockxcredentials.h"

#include "secrets/secretstore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QStringList>

#include <memory>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
const QStringList kKeys = {u"stockx/api-key"_s, u"stockx/client-id"_s, u"stockx/client-secret"_s,
                           u"stockx/refresh-token"_s};

QString *field(StockXCredentials &c, qsizetype index)
{
    QString *fields[] = {&c.apiKey, &c.clientId, &c.clientSecret, &c.refreshToken};
    return fields[index];
}

// Runs `step` for each key in turn (the keychain answers asynchronously), then `done`.
void forEachKey(SecretStore &store, qsizetype index, std::function<void(qsizetype, std::function<void(Status)>)> step,
                std::function<void(Status)> done)
{
    if (index == kKeys.size()) {
        done({});
        return;
    }
    QPointer<SecretStore> guard(&store);
    step(index, [guard, index, step, done](Status status) {
        if (!status || !guard) {
            done(status);
            return;
        }
        forEachKey(*guard, index + 1, step, done);
    });
}
} // namespace

bool StockXCredentials::complete() const
{
    return !apiKey.isEmpty() && !clientId.isEmpty() && !clientSecret.isEmpty() && !refreshToken.isEmpty();
}

StockXCredentials StockXCredentials::fromEnvironment()
{
    StockXCredentials c;
    c.apiKey = qEnvironmentVariable("SOLEFLIPPER_STOCKX_API_KEY");
    c.clientId = qEnvironmentVariable("SOLEFLIPPER_STOCKX_CLIENT_ID");
    c.clientSecret = qEnvironmentVariable("SOLEFLIPPER_STOCKX_CLIENT_SECRET");
    c.refreshToken = qEnvironmentVariable("SOLEFLIPPER_STOCKX_REFRESH_TOKEN");
    return c;
}

void StockXCredentials::load(SecretStore &store, std::function<void(Result<StockXCredentials>)> done)
{
    auto loaded = std::make_shared<StockXCredentials>();
    QPointer<SecretStore> guard(&store);
    forEachKey(
        store, 0,
        [guard, loaded](qsizetype index, std::function<void(Status)> next) {
            guard->read(kKeys.at(index), [loaded, index, next](Result<QString> value) {
                if (!value) {
                    next(Error{u"stockx.not_connected"_s,
                               QCoreApplication::translate("StockXCredentials",
                                                           "StockX is not connected: connect it in Settings."),
                               kKeys.at(index)});
                    return;
                }
                *field(*loaded, index) = value.value();
                next({});
            });
        },
        [loaded, done](Status status) {
            if (!status)
                done(status.error());
            else
                done(*loaded);
        });
}

void StockXCredentials::save(SecretStore &store, const StockXCredentials &credentials, std::function<void(Status)> done)
{
    auto copy = std::make_shared<StockXCredentials>(credentials);
    QPointer<SecretStore> guard(&store);
    forEachKey(
        store, 0,
        [guard, copy](qsizetype index, std::function<void(Status)> next) {
            guard->write(kKeys.at(index), *field(*copy, index), next);
        },
        done);
}

void StockXCredentials::forget(SecretStore &store, std::function<void(Status)> done)
{
    QPointer<SecretStore> guard(&store);
    forEachKey(
        store, 0,
        [guard](qsizetype index, std::function<void(Status)> next) {
            guard->remove(kKeys.at(index), [next](Status status) {
                // Already gone is as good as removed.
                next(!status && status.error().code == u"secret.not_found"_s ? Status() : status);
            });
        },
        done);
}

} // namespace sf

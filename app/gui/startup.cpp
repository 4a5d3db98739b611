#include "startup.h"

#include "db/migrator.h"

using namespace Qt::StringLiterals;

namespace sf {

namespace {
Result<std::shared_ptr<AppContext>> openContext(const DatabaseConfig &config, std::unique_ptr<SecretStore> secrets,
                                                const QString &language)
{
    auto context = std::make_shared<AppContext>();
    context->database = std::make_unique<Database>(config);
    context->secrets = std::move(secrets);
    context->language = language;
    if (Status status = context->database->open(); !status)
        return status.error();
    if (const Result<int> version = Migrator(*context->database).migrate(); !version)
        return version.error();
    context->stock = std::make_unique<StockService>(*context->database);
    return context;
}
} // namespace

void startApplication(const DatabaseConfig &config, std::unique_ptr<SecretStore> secrets, const QString &language,
                      const std::function<void(Result<std::shared_ptr<AppContext>>)> &done)
{
    if (config.kind != DatabaseConfig::Kind::PostgreSQL || !config.password.isEmpty()) {
        done(openContext(config, std::move(secrets), language));
        return;
    }
    SecretStore *store = secrets.release();
    store->read(config.passwordKey(), [config, store, language, done](Result<QString> password) {
        DatabaseConfig withPassword = config;
        // No stored password is fine (trust or peer authentication); a broken keychain is not silent.
        if (password)
            withPassword.password = password.value();
        else if (password.error().code != u"secret.not_found"_s)
            qWarning("%s", qPrintable(password.error().toString()));
        done(openContext(withPassword, std::unique_ptr<SecretStore>(store), language));
    });
}

} // namespace sf

#include "startup.h"

#include "db/migrator.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
Result<std::shared_ptr<AppContext>> openContext(const DatabaseConfig &config, std::unique_ptr<SecretStore> secrets,
                                                const QString &language)
{
    auto context = std::make_shared<AppContext>();
    context->notifier = std::make_unique<ChangeNotifier>();
    context->database = std::make_unique<Database>(config);
    context->database->setChangeNotifier(context->notifier.get());
    context->secrets = std::move(secrets);
    context->language = language;
    if (Status status = context->database->open(); !status)
        return status.error();
    if (const Result<int> version = Migrator(*context->database).migrate(); !version)
        return version.error();
    const Result<TeamRole> role = TeamRole::detect(*context->database);
    if (!role)
        return role.error();
    context->role = role.value();
    context->stock = std::make_unique<StockService>(*context->database);
    context->worker = std::make_unique<DatabaseWorker>(*context->database);
    if (config.kind == DatabaseConfig::Kind::PostgreSQL) {
        context->teamListener = std::make_unique<TeamListener>(*context->database, *context->notifier);
        context->teamListener->start();
    }
    return context;
}
} // namespace

void startApplication(const DatabaseConfig &config, std::unique_ptr<SecretStore> secrets, const QString &language,
                      const std::function<void(Result<std::shared_ptr<AppContext>>)> &done)
{
    SecretStore *store = secrets.release();
    store->read(config.passwordKey(), [config, store, language, done](Result<QString> password) {
        DatabaseConfig withPassword = config;
        std::optional<Error> keychainProblem;
        // No stored password is fine (trust or peer authentication); a keychain that cannot be read is not.
        if (password && config.kind == DatabaseConfig::Kind::PostgreSQL && config.password.isEmpty())
            withPassword.password = password.value();
        else if (!password && password.error().code != u"secret.not_found"_s)
            keychainProblem = password.error();
        auto context = openContext(withPassword, std::unique_ptr<SecretStore>(store), language);
        if (!context && keychainProblem && config.kind == DatabaseConfig::Kind::PostgreSQL)
            context = Error{context.error().code,
                            QCoreApplication::translate("Startup", "The keychain could not be read (%1), so no "
                                                                   "password was sent to the database server. %2")
                                .arg(keychainProblem->message, context.error().message),
                            context.error().context};
        if (context)
            context.value()->keychainProblem = keychainProblem;
        done(std::move(context));
    });
}

} // namespace sf

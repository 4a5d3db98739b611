#include "databaseconfig.h"

#include "datafolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QHostAddress>
#include <QSettings>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace sf {

Result<DatabaseConfig> DatabaseConfig::fromString(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error{u"db.config"_s, QCoreApplication::translate("DatabaseConfig", "No database given."), {}};
    DatabaseConfig config;
    if (!trimmed.startsWith(u"postgres://"_s) && !trimmed.startsWith(u"postgresql://"_s)) {
        config.kind = Kind::SQLite;
        config.sqlitePath = QDir::cleanPath(QDir::current().absoluteFilePath(trimmed));
        return config;
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return Error{u"db.config"_s,
                     QCoreApplication::translate("DatabaseConfig", "The PostgreSQL address is not valid. Expected "
                                                                   "postgresql://user@host:port/database."),
                     url.toDisplayString(QUrl::RemovePassword)};
    config.kind = Kind::PostgreSQL;
    config.host = url.host();
    config.port = url.port(5432);
    config.user = url.userName();
    config.password = url.password();
    const QString path = url.path().mid(1);
    if (!path.isEmpty())
        config.databaseName = path;
    const QUrlQuery query(url);
    if (query.hasQueryItem(u"sslmode"_s))
        config.sslMode = query.queryItemValue(u"sslmode"_s);
    config.sslRootCert = query.queryItemValue(u"sslrootcert"_s, QUrl::FullyDecoded);
    static const QStringList kSslModes{u"disable"_s, u"allow"_s,     u"prefer"_s,
                                       u"require"_s, u"verify-ca"_s, u"verify-full"_s};
    if (!config.sslMode.isEmpty() && !kSslModes.contains(config.sslMode))
        return Error{u"db.config"_s,
                     QCoreApplication::translate("DatabaseConfig", "Unknown sslmode \"%1\".").arg(config.sslMode),
                     {}};
    return config;
}

bool DatabaseConfig::isLoopback() const
{
    // A host starting with "/" is a Unix socket directory.
    return host.startsWith(u'/') || host == u"localhost"_s || QHostAddress(host).isLoopback();
}

QString DatabaseConfig::effectiveSslMode() const
{
    if (!sslMode.isEmpty())
        return sslMode;
    return isLoopback() ? u"prefer"_s : u"require"_s;
}

Result<QString> DatabaseConfig::connectOptions() const
{
    QString options = u"connect_timeout=5;sslmode="_s + effectiveSslMode();
    if (sslRootCert.isEmpty())
        return options;
    // Qt turns ';' into the space between options, so a path with one cannot be passed intact.
    if (sslRootCert.contains(u';'))
        return Error{u"db.config"_s,
                     QCoreApplication::translate("DatabaseConfig", "The CA file's path may not contain \";\"."),
                     sslRootCert};
    QString quoted = sslRootCert;
    quoted.replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s);
    return QString(options + u";sslrootcert='"_s + quoted + u'\'');
}

DatabaseConfig DatabaseConfig::sqliteDefault()
{
    DatabaseConfig config;
    config.sqlitePath = dataFolder() + u"/soleflipper.sqlite"_s;
    return config;
}

DatabaseConfig DatabaseConfig::fromSettings(const QSettings &settings)
{
    DatabaseConfig config = sqliteDefault();
    config.operatorName = savedOperatorName(settings);
    if (settings.value(u"database/kind"_s).toString() == u"postgresql"_s) {
        config.kind = Kind::PostgreSQL;
        config.host = settings.value(u"database/host"_s, config.host).toString();
        config.port = settings.value(u"database/port"_s, config.port).toInt();
        config.databaseName = settings.value(u"database/name"_s, config.databaseName).toString();
        config.user = settings.value(u"database/user"_s).toString();
        config.sslMode = settings.value(u"database/sslmode"_s, config.sslMode).toString();
        config.sslRootCert = settings.value(u"database/sslrootcert"_s).toString();
    } else {
        config.sqlitePath = settings.value(u"database/path"_s, config.sqlitePath).toString();
    }
    return config;
}

QString DatabaseConfig::savedOperatorName(const QSettings &settings)
{
    return settings.value(u"database/operator"_s).toString();
}

void DatabaseConfig::saveTo(QSettings &settings) const
{
    const bool pg = kind == Kind::PostgreSQL;
    settings.setValue(u"database/kind"_s, pg ? u"postgresql"_s : u"sqlite"_s);
    settings.setValue(u"database/path"_s, sqlitePath);
    settings.setValue(u"database/host"_s, host);
    settings.setValue(u"database/port"_s, port);
    settings.setValue(u"database/name"_s, databaseName);
    settings.setValue(u"database/user"_s, user);
    settings.setValue(u"database/sslmode"_s, sslMode);
    settings.setValue(u"database/sslrootcert"_s, sslRootCert);
    settings.setValue(u"database/operator"_s, operatorName);
}

QString DatabaseConfig::displayString() const
{
    if (kind == Kind::SQLite)
        return sqlitePath;
    return u"postgresql://"_s + (user.isEmpty() ? QString() : user + u'@') + host + u':' + QString::number(port) +
           u'/' + databaseName + u"?sslmode="_s + effectiveSslMode();
}

QString DatabaseConfig::passwordKey() const
{
    return u"database/"_s + user + u'@' + host + u':' + QString::number(port) + u'/' + databaseName;
}

Result<DatabaseConfig> DatabaseConfig::forCommandLine(const QString &given)
{
    const QSettings settings;
    Result<DatabaseConfig> config = given.isEmpty() ? Result<DatabaseConfig>(DatabaseConfig::fromSettings(settings))
                                                    : DatabaseConfig::fromString(given);
    if (!config)
        return config;
    if (!given.isEmpty())
        config.value().operatorName = DatabaseConfig::savedOperatorName(settings);
    // Scripts running as one OS user can still tell their runs apart.
    if (const QString name = qEnvironmentVariable("SOLEFLIPPER_OPERATOR"); !name.isEmpty())
        config.value().operatorName = name;
    if (config.value().kind == DatabaseConfig::Kind::PostgreSQL && config.value().password.isEmpty())
        config.value().password = qEnvironmentVariable("SOLEFLIPPER_DB_PASSWORD", qEnvironmentVariable("PGPASSWORD"));
    return config;
}

} // namespace sf

#pragma once

#include "domain/result.h"

#include <QString>

class QSettings;

namespace sf {

// Where the data lives: a SQLite file (the default) or a PostgreSQL server shared by a team.
struct DatabaseConfig {
    enum class Kind { SQLite, PostgreSQL };

    Kind kind = Kind::SQLite;
    QString sqlitePath;
    QString host = QStringLiteral("127.0.0.1");
    int port = 5432;
    QString databaseName = QStringLiteral("soleflipper");
    QString user;
    QString password; // never persisted by this struct: it comes from the keychain, the URL or the environment
    QString sslMode;  // empty: effectiveSslMode() picks one

    // "require" for a server on another machine, where the password and the data cross a network;
    // "prefer" on this machine. An sslmode the operator chose wins.
    QString effectiveSslMode() const;
    bool isLoopback() const;

    // A SQLite path, or postgresql://user[:password]@host[:port]/database[?sslmode=...]
    static Result<DatabaseConfig> fromString(const QString &text);
    static DatabaseConfig sqliteDefault();
    static DatabaseConfig fromSettings(const QSettings &settings);
    void saveTo(QSettings &settings) const;

    // The same location as text, without the password (safe for logs and window titles).
    QString displayString() const;
    // Keychain key under which this connection's password is kept.
    QString passwordKey() const;
};

} // namespace sf

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
    // The certificate authority that signed the server's certificate (PEM), for verify-ca and verify-full
    // against a server with a certificate of its own; empty: libpq's default (~/.postgresql/root.crt).
    QString sslRootCert;

    // "require" for a server on another machine, where the password and the data cross a network;
    // "prefer" on this machine. An sslmode the operator chose wins.
    QString effectiveSslMode() const;
    bool isLoopback() const;

    // Who this client writes as (sync runs, log lines, events, team notifications); empty: the OS user
    // and host. Kept for SQLite too, where a shared folder may be opened by several people in turn.
    QString operatorName;
    // Opened so that nothing can be written through it (SQLite's read-only mode, PostgreSQL's read-only
    // transactions): what a reader that must never write uses. Not persisted.
    bool readOnly = false;

    // libpq's connection options for this configuration (timeout, sslmode, CA file).
    Result<QString> connectOptions() const;

    // A SQLite path, or postgresql://user[:password]@host[:port]/database[?sslmode=...&sslrootcert=FILE]
    static Result<DatabaseConfig> fromString(const QString &text);
    static DatabaseConfig sqliteDefault();
    // What a command-line tool opens for --database `given` (empty: the app's own database): the operator
    // from Settings or SOLEFLIPPER_OPERATOR, a PostgreSQL password from SOLEFLIPPER_DB_PASSWORD or PGPASSWORD.
    static Result<DatabaseConfig> forCommandLine(const QString &given);
    static DatabaseConfig fromSettings(const QSettings &settings);
    // The operator name from Settings, which also applies to a database given on the command line.
    static QString savedOperatorName(const QSettings &settings);
    void saveTo(QSettings &settings) const;

    // The same location as text, without the password (safe for logs and window titles).
    QString displayString() const;
    // Keychain key under which this connection's password is kept.
    QString passwordKey() const;
};

} // namespace sf

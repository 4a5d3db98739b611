#pragma once

#include "database.h"

#include <QList>

namespace sf {

struct Migration {
    int version = 0;
    QString name;
    QStringList statements; // already filtered for the dialect, still with {{placeholders}}
};

// Brings a database to the newest schema: migrations/NNNN_name.sql, embedded as resources, each applied
// in one transaction together with its row in core.schema_version. Refuses a database that is newer
// than this build of the app.
class Migrator {
public:
    explicit Migrator(const Database &db);

    static QList<Migration> load(const Dialect &dialect);
    static int latestVersion();

    Result<int> currentVersion() const;
    // Applies every pending migration up to `targetVersion` (default: all). Returns the version reached.
    Result<int> migrate(int targetVersion = -1) const;

    // Splits a migration text into statements for one dialect (statements end with ";;").
    static QStringList statementsFor(const QString &text, const Dialect &dialect);

private:
    Status ensureVersionTable() const;
    Status apply(const Migration &migration) const;
    Status applyInTransaction(const Migration &migration) const;

    const Database &m_db;
};

} // namespace sf

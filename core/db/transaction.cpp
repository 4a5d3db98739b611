#include "transaction.h"

#include "logcategories.h"

#include "events/changenotifier.h"
#include "events/teamchannel.h"
#include "writebehind.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>

namespace sf {

namespace {
void announceNow(const Database &db, const QList<Change> &changes)
{
    TeamChannel::publish(db, changes);
    if (ChangeNotifier *notifier = db.changeNotifier())
        for (const Change &change : changes)
            notifier->notify(change);
}

struct Depth {
    int level = 0;
    bool poisoned = false;
    std::optional<Error> undoFailed; // reported by the next transaction's begin()
    QList<Change> announced;         // sent when the outermost transaction commits
};
// Connections are per thread, so per-thread bookkeeping needs no lock.
thread_local QHash<QString, Depth> t_depth;
} // namespace

Transaction::Transaction(const Database &db)
    : m_db(db)
{
    QSqlDatabase connection = db.connection();
    m_connection = connection.connectionName();
    Depth &depth = t_depth[m_connection];
    m_outermost = depth.level == 0;
    if (m_outermost && depth.undoFailed) {
        m_beginStatus = *std::exchange(depth.undoFailed, std::nullopt);
        m_done = true;
        return;
    }
    if (m_outermost) {
        depth.poisoned = false;
        if (!connection.transaction()) {
            m_beginStatus = db.statementFailure(QCoreApplication::translate("Database", "Cannot start a transaction"),
                                                connection.lastError(), db.config().displayString());
            m_done = true;
            return;
        }
    }
    ++depth.level;
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    Depth &depth = t_depth[m_connection];
    --depth.level;
    if (!m_outermost) {
        depth.poisoned = true;
        return;
    }
    t_depth[m_connection].announced.clear();
    if (const auto failed = undo()) {
        qCWarning(lcDb) << "rollback failed:" << failed->toString();
        t_depth[m_connection].undoFailed = failed;
    }
}

bool Transaction::isOpen(const Database &db)
{
    return t_depth.value(db.connection().connectionName()).level > 0;
}

std::optional<Error> Transaction::undo()
{
    WriteBehind::discard(m_db);
    QSqlDatabase connection = m_db.connection();
    if (connection.rollback())
        return std::nullopt;
    const Error error = m_db.statementFailure(
        QCoreApplication::translate("Database", "The last change could not be undone, so the connection was "
                                                "reset and nothing of it was saved"),
        connection.lastError(), m_db.config().displayString());
    m_db.closeThreadConnection();
    return error;
}

Status Transaction::commit()
{
    if (!m_beginStatus)
        return m_beginStatus;
    Q_ASSERT(!m_done);
    m_done = true;
    Depth &depth = t_depth[m_connection];
    --depth.level;
    if (!m_outermost)
        return {};
    QSqlDatabase connection = m_db.connection();
    if (depth.poisoned) {
        depth.announced.clear();
        if (const auto failed = undo())
            return *failed;
        return Error{
            QStringLiteral("db.transaction"),
            QCoreApplication::translate("Database", "A step inside the transaction failed; nothing was saved."),
            {}};
    }
    if (Status written = WriteBehind::flush(m_db); !written) {
        depth.announced.clear();
        if (const auto failed = undo())
            return *failed;
        return written;
    }
    if (connection.commit()) {
        announceNow(m_db, std::exchange(depth.announced, {}));
        return {};
    }
    depth.announced.clear();
    {
        const QSqlError error = connection.lastError();
        // Some failed commits end the transaction themselves; then the undo fails, the session is
        // reset, and the commit's own error is the one that says what happened.
        [[maybe_unused]] const auto undone = undo();
        return m_db.statementFailure(QCoreApplication::translate("Database", "Cannot save the changes"), error,
                                     m_db.config().displayString());
    }
    return {};
}

} // namespace sf

namespace sf {

void announceAfterCommit(const Database &db, const Change &change)
{
    // Other clients of a shared PostgreSQL database hear every write, also one without a notifier here.
    if (!db.changeNotifier() && !db.dialect().isPostgres())
        return;
    Depth &depth = t_depth[db.connection().connectionName()];
    if (depth.level > 0)
        depth.announced.append(change);
    else
        announceNow(db, {change});
}

} // namespace sf

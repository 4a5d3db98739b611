#include "synclock.h"

#include "db/sqlquery.h"
#include "syncrunrepository.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
// The first half of the two-key advisory lock: keeps the app's locks apart from any other user's.
constexpr int kLockSpace = 0x5F11;

QString lockKey(const QString &service, const QString &job)
{
    return service + u'.' + job;
}

Error heldElsewhere(const Database &db, const QString &service, const QString &job)
{
    const auto latest = SyncRunRepository(db).latest(service, job);
    if (latest && latest.value() && latest.value()->status == u"running"_s) {
        const SyncRun &run = *latest.value();
        const QString who =
            run.operatorName.isEmpty() ? QCoreApplication::translate("SyncLock", "another operator") : run.operatorName;
        return Error{u"sync.busy"_s,
                     QCoreApplication::translate("SyncLock", "%1 is running the %2 sync since %3; it was not "
                                                             "started here.")
                         .arg(who, job, QLocale().toString(run.startedAt.toLocalTime(), QLocale::ShortFormat)),
                     lockKey(service, job)};
    }
    const QString message = QCoreApplication::translate("SyncLock", "Another client is starting the %1 sync; it "
                                                                    "was not started here.")
                                .arg(job);
    return Error{u"sync.busy"_s, message, lockKey(service, job)};
}
} // namespace

Status SyncLock::acquire(const Database &db, const QString &service, const QString &job)
{
    if (!db.dialect().isPostgres())
        return {};
    SqlQuery q(db, u"SELECT pg_try_advisory_lock(:space, hashtext(:key))"_s);
    q.bind(u":space"_s, kLockSpace).bind(u":key"_s, lockKey(service, job));
    if (Status status = q.exec(); !status)
        return status;
    if (!q.next())
        return Error{u"sync.lock"_s, QCoreApplication::translate("SyncLock", "The sync lock gave no answer."), {}};
    if (!q.boolean(0))
        return heldElsewhere(db, service, job);
    return {};
}

Status SyncLock::release(const Database &db, const QString &service, const QString &job)
{
    if (!db.dialect().isPostgres())
        return {};
    SqlQuery q(db, u"SELECT pg_advisory_unlock(:space, hashtext(:key))"_s);
    q.bind(u":space"_s, kLockSpace).bind(u":key"_s, lockKey(service, job));
    return q.exec();
}

} // namespace sf

#include "rowversion.h"

#include "sqlquery.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace sf::rowversion {

QString condition(int version)
{
    return version > 0 ? u" AND version = :version"_s : QString();
}

void bind(SqlQuery &q, const Database &db, int version)
{
    q.bind(u":operator"_s, db.operatorName());
    if (version > 0)
        q.bind(u":version"_s, version);
}

Error stale(Subject subject, const QString &who, const QDateTime &when, const QString &id)
{
    const QString name = who.isEmpty() ? QCoreApplication::translate("RowVersion", "someone else") : who;
    const QString time = QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
    QString message;
    switch (subject) {
    case Subject::Pair:
        message = QCoreApplication::translate(
            "RowVersion",
            "This pair was changed by %1 at %2 since you opened it; nothing was saved over their change.");
        break;
    case Subject::Listing:
        message = QCoreApplication::translate("RowVersion", "This listing was changed by %1 at %2 since you saw it; "
                                                            "nothing was sent over their change.");
        break;
    case Subject::Supplier:
        message = QCoreApplication::translate(
            "RowVersion",
            "This supplier was changed by %1 at %2 since you opened it; nothing was saved over their change.");
        break;
    }
    return Error{kStaleCode, message.arg(name, time), id};
}

Error gone(Subject subject, const QString &id)
{
    QString message;
    switch (subject) {
    case Subject::Pair: message = QCoreApplication::translate("RowVersion", "The pair no longer exists."); break;
    case Subject::Listing: message = QCoreApplication::translate("RowVersion", "The listing no longer exists."); break;
    case Subject::Supplier:
        message = QCoreApplication::translate("RowVersion", "The supplier no longer exists.");
        break;
    }
    return Error{kNotFoundCode, message, id};
}

Error refusal(const Database &db, Subject subject, const QString &table, const QString &id)
{
    SqlQuery q(db, u"SELECT updated_by, updated_at FROM "_s + table + u" WHERE id = :id"_s);
    q.bind(u":id"_s, id);
    if (Status status = q.exec(); !status)
        return status.error();
    if (!q.next())
        return gone(subject, id);
    return stale(subject, q.string(0), q.dateTime(1), id);
}

} // namespace sf::rowversion

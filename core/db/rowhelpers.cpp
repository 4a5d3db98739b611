#include "rowhelpers.h"

#include "sqlquery.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sf {

Status deleteById(const Database &db, const QString &table, const QString &id)
{
    SqlQuery query(db, u"DELETE FROM {{"_s + table + u"}} WHERE id = :id"_s);
    query.bind(u":id"_s, id);
    if (Status status = query.exec(); !status) {
        const Error &e = status.error();
        if (e.message.contains(u"foreign key"_s, Qt::CaseInsensitive))
            return Error{
                u"db.in_use"_s,
                QCoreApplication::translate("Database", "This record is still used elsewhere and cannot be deleted."),
                table};
        return status;
    }
    if (query.rowsAffected() == 0)
        return Error{u"db.not_found"_s, QCoreApplication::translate("Database", "The record no longer exists."),
                     table + u' ' + id};
    return {};
}

QString slugify(const QString &text)
{
    QString s = text.normalized(QString::NormalizationForm_KD).toLower();
    static const QRegularExpression accents(u"[\\x{0300}-\\x{036f}]"_s);
    static const QRegularExpression separators(u"[^a-z0-9]+"_s);
    s.remove(accents);
    s.replace(separators, u"-"_s);
    while (s.startsWith(u'-'))
        s.remove(0, 1);
    while (s.endsWith(u'-'))
        s.chop(1);
    return s;
}

} // namespace sf

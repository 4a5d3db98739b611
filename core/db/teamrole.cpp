#include "teamrole.h"

#include "sqlquery.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sf {

Result<TeamRole> TeamRole::detect(const Database &db)
{
    if (!db.dialect().isPostgres())
        return TeamRole(Kind::Admin);
    // pg_has_role() fails for a role that does not exist, so the group roles are looked up by name first.
    SqlQuery q(db, u"SELECT current_user, r.rolsuper, COALESCE((SELECT n.nspowner = r.oid FROM pg_namespace n "
                   "WHERE n.nspname = 'catalog'), TRUE), "
                   "EXISTS (SELECT 1 FROM pg_roles g WHERE g.rolname = 'soleflipper_admin' AND "
                   "pg_has_role(r.oid, g.oid, 'MEMBER')), "
                   "EXISTS (SELECT 1 FROM pg_roles g WHERE g.rolname = 'soleflipper_operator' AND "
                   "pg_has_role(r.oid, g.oid, 'MEMBER')) "
                   "FROM pg_roles r WHERE r.rolname = current_user"_s);
    if (Status status = q.exec(); !status)
        return status.error();
    if (!q.next())
        return TeamRole(Kind::Viewer);
    const QString login = q.string(0);
    if (q.boolean(1) || q.boolean(2) || q.boolean(3))
        return TeamRole(Kind::Admin, login);
    return TeamRole(q.boolean(4) ? Kind::Operator : Kind::Viewer, login);
}

bool TeamRole::may(Action action) const
{
    switch (action) {
    case Action::Read: return true;
    case Action::Write: return m_kind != Kind::Viewer;
    case Action::Delete:
    case Action::ChangeSettings:
    case Action::ChangeSchema: return m_kind == Kind::Admin;
    }
    return false;
}

QString TeamRole::displayName() const
{
    switch (m_kind) {
    case Kind::Admin: return QCoreApplication::translate("TeamRole", "admin");
    case Kind::Operator: return QCoreApplication::translate("TeamRole", "operator");
    case Kind::Viewer: return QCoreApplication::translate("TeamRole", "viewer");
    }
    return {};
}

QString TeamRole::whyNot(Action action) const
{
    if (may(action))
        return {};
    const QString who = m_login.isEmpty() ? displayName() : u"%1 (%2)"_s.arg(m_login, displayName());
    return m_kind == Kind::Viewer
               ? QCoreApplication::translate("TeamRole", "You are signed in as %1, who may only read. An admin of "
                                                         "your team can make you an operator.")
                     .arg(who)
               : QCoreApplication::translate("TeamRole", "You are signed in as %1; only an admin may delete, change "
                                                         "settings or the schema.")
                     .arg(who);
}

} // namespace sf

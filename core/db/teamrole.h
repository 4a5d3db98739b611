#pragma once

#include "database.h"

namespace sf {

// What this client's database login may do. On a team server that is PostgreSQL's own role of the user
// (migration 0017: soleflipper_admin, soleflipper_operator, soleflipper_viewer); the server enforces it,
// and the app reads it at connect only to disable what would be refused anyway, saying why. A SQLite
// file, a superuser or the account that owns the schema may do everything.
class TeamRole {
public:
    enum class Kind { Admin, Operator, Viewer };
    enum class Action { Read, Write, Delete, ChangeSettings, ChangeSchema };

    TeamRole() = default;
    explicit TeamRole(Kind kind, QString login = {})
        : m_kind(kind)
        , m_login(std::move(login))
    {}

    // Reads the role of this thread's connection.
    static Result<TeamRole> detect(const Database &db);

    Kind kind() const { return m_kind; }
    bool may(Action action) const;
    // For a disabled control's tooltip: why this role may not, and whom to ask; empty when it may.
    QString whyNot(Action action) const;
    // "admin", "operator" or "viewer", translated.
    QString displayName() const;

private:
    Kind m_kind = Kind::Admin;
    QString m_login;
};

} // namespace sf

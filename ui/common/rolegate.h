#pragma once

#include "db/teamrole.h"

#include <QObject>

namespace sf {

// Keeps the controls a team role may not use disabled, with a tooltip that says why (the server refuses
// them anyway; this spares the operator a refused click). Pages mark their controls with require();
// the window applies the login's role once to everything under it, and to each dialog under it as the
// dialog is shown. A control that its page enables again later (on a new selection, say) is disabled
// again at once.
class RoleGate final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoleGate)

public:
    // `control` is a QWidget or a QAction that needs `action`.
    static void require(QObject *control, TeamRole::Action action);
    // Gates every marked control under `root` (its widgets, their actions and menus) for `role`, now and
    // in every window under `root` shown later.
    static void apply(QObject *root, const TeamRole &role);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    RoleGate(QObject *root, TeamRole role);
    void gateMarked(QObject *root);
    bool isUnderRoot(const QObject *object) const;
    void gate(QObject *control, const QString &why);

    TeamRole m_role;
};

} // namespace sf

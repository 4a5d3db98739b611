#include "rolegate.h"

#include <QAction>
#include <QEvent>
#include <QMenu>
#include <QWidget>

namespace sf {

namespace {
constexpr char kRequires[] = "sfRequires";
constexpr char kWhy[] = "sfGatedBecause";
} // namespace

RoleGate::RoleGate(QObject *parent)
    : QObject(parent)
{}

void RoleGate::require(QObject *control, TeamRole::Action action)
{
    control->setProperty(kRequires, int(action));
}

void RoleGate::apply(QObject *root, const TeamRole &role)
{
    auto *gate = new RoleGate(root);
    QList<QObject *> controls = root->findChildren<QObject *>();
    controls.prepend(root);
    for (QObject *control : controls) {
        const QVariant needs = control->property(kRequires);
        if (!needs.isValid())
            continue;
        const QString why = role.whyNot(TeamRole::Action(needs.toInt()));
        if (!why.isEmpty())
            gate->gate(control, why);
    }
}

void RoleGate::gate(QObject *control, const QString &why)
{
    control->setProperty(kWhy, why);
    if (auto *action = qobject_cast<QAction *>(control)) {
        action->setEnabled(false);
        action->setToolTip(why);
        action->setStatusTip(why);
        connect(action, &QAction::enabledChanged, this, [action](bool enabled) {
            if (enabled)
                action->setEnabled(false);
        });
        if (auto *menu = qobject_cast<QMenu *>(action->parent()))
            menu->setToolTipsVisible(true);
        return;
    }
    if (auto *widget = qobject_cast<QWidget *>(control)) {
        widget->setEnabled(false);
        widget->setToolTip(why);
        widget->installEventFilter(this);
    }
}

bool RoleGate::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::EnabledChange) {
        auto *widget = static_cast<QWidget *>(watched);
        if (widget->isEnabled())
            widget->setEnabled(false);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace sf

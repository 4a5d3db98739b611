#include "rolegate.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QMenu>
#include <QWidget>

namespace sf {

namespace {
constexpr char kRequires[] = "sfRequires";
constexpr char kWhy[] = "sfGatedBecause";
} // namespace

RoleGate::RoleGate(QObject *root, TeamRole role)
    : QObject(root)
    , m_role(std::move(role))
{}

void RoleGate::require(QObject *control, TeamRole::Action action)
{
    control->setProperty(kRequires, int(action));
}

void RoleGate::apply(QObject *root, const TeamRole &role)
{
    auto *gate = new RoleGate(root, role);
    gate->gateMarked(root);
    // Dialogs are made when they are opened: each is gated as it is shown.
    qApp->installEventFilter(gate);
}

void RoleGate::gateMarked(QObject *root)
{
    QList<QObject *> controls = root->findChildren<QObject *>();
    controls.prepend(root);
    for (QObject *control : controls) {
        const QVariant needs = control->property(kRequires);
        if (!needs.isValid() || control->property(kWhy).isValid())
            continue;
        const QString why = m_role.whyNot(TeamRole::Action(needs.toInt()));
        if (!why.isEmpty())
            gate(control, why);
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
        widget->setToolTip(why); // eventFilter() keeps it disabled
    }
}

bool RoleGate::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::EnabledChange && watched->property(kWhy).isValid()) {
        auto *widget = static_cast<QWidget *>(watched);
        if (widget->isEnabled())
            widget->setEnabled(false);
    } else if (event->type() == QEvent::Show && watched->isWidgetType() &&
               static_cast<QWidget *>(watched)->isWindow() && isUnderRoot(watched)) {
        gateMarked(watched);
    }
    return QObject::eventFilter(watched, event);
}

bool RoleGate::isUnderRoot(const QObject *object) const
{
    for (; object; object = object->parent())
        if (object == parent())
            return true;
    return false;
}

} // namespace sf

#include "actionbutton.h"

#include <QIcon>
#include <QToolButton>

namespace sf {

QToolButton *actionButton(const QString &name, const QString &text, const QString &icon)
{
    auto *button = new QToolButton;
    button->setObjectName(name);
    button->setText(text);
    button->setIcon(QIcon::fromTheme(icon));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}

} // namespace sf

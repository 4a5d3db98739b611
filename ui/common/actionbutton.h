#pragma once

#include <QString>

class QToolButton;

namespace sf {

// A flat toolbar button with an icon from the theme and its text beside it.
QToolButton *actionButton(const QString &name, const QString &text, const QString &icon);

} // namespace sf

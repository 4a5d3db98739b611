#pragma once

#include <QString>

class QWidget;

namespace sf {

// What an operator does about an edit refused because another operator saved the row since it was read.
enum class StaleChoice { Reload, Overwrite };

// Asks, with the refusal's message: reload to see their change, or save mine over it.
StaleChoice askStaleChoice(QWidget *parent, const QString &message);

} // namespace sf

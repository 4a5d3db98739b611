#pragma once

#include <QLabel>

namespace sf {

// The large heading at the top of a page.
inline QLabel *pageTitle(const QString &text)
{
    auto *title = new QLabel(text);
    title->setStyleSheet(QStringLiteral("font-size: 16pt; font-weight: 600;"));
    return title;
}

} // namespace sf

#pragma once

#include <QString>

class QWidget;

namespace sf::test {

// With SF_SCREENSHOT_DIR set, widgets driven by the tests are saved as PNG for people to look at.
// `keepSize` saves the widget as it is instead of shrinking it to its size hint first.
void saveScreenshot(QWidget &widget, const QString &name, bool keepSize = false);

} // namespace sf::test

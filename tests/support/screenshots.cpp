#include "screenshots.h"

#include <QCoreApplication>
#include <QWidget>

namespace sf::test {

void saveScreenshot(QWidget &widget, const QString &name, bool keepSize)
{
    const QString dir = qEnvironmentVariable("SF_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    if (!keepSize)
        widget.adjustSize();
    widget.show();
    QCoreApplication::processEvents();
    widget.grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

} // namespace sf::test

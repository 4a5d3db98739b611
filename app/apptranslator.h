#pragma once

#include <QString>

class QCoreApplication;

namespace sf {

// Installs the German (or another shipped) translation. `language` is "en", "de" or empty for the
// system locale. Returns the language in use.
QString installTranslator(QCoreApplication &app, const QString &language);
QStringList shippedLanguages();

} // namespace sf

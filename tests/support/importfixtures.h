#pragma once

#include "imports/importrunner.h"

namespace sf::test {

// A file of tests/data/imports.
QString importFixture(const QString &name);
// Runs an import that must succeed (the error is shown when it does not).
ImportReport runImport(const Database &db, const QString &path, const ImportRunner::Options &options = {});

} // namespace sf::test

#include "importfixtures.h"

#include "catchqt.h"

namespace sf::test {

QString importFixture(const QString &name)
{
    return QStringLiteral(SF_TEST_DATA_DIR "/imports/") + name;
}

ImportReport runImport(const Database &db, const QString &path, const ImportRunner::Options &options)
{
    auto report = ImportRunner(db).run(path, options);
    INFO((report ? QString() : report.error().toString()).toStdString());
    REQUIRE(report);
    return report.value();
}

} // namespace sf::test

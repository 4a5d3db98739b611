#include "catchqt.h"

#include "db/datafolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>

using namespace sf;
using namespace Qt::StringLiterals;

namespace {
void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

TEST_CASE("Data folder: the app's name once, an earlier version's files move there, nothing is overwritten", "[app]")
{
    // The tests run in QStandardPaths' test mode (~/.qttest); a name of its own keeps this run apart.
    const QString savedOrg = QCoreApplication::organizationName();
    const QString savedApp = QCoreApplication::applicationName();
    const QString name = u"SoleFlipperTest-"_s + QString::number(QCoreApplication::applicationPid());
    QCoreApplication::setOrganizationName(name);
    QCoreApplication::setApplicationName(name);
    const QString share = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    QDir(share + u'/' + name).removeRecursively();

    CHECK(dataFolder() == share + u'/' + name);
    const QString legacy = share + u'/' + name + u'/' + name;
    writeFile(legacy + u"/soleflipper.sqlite"_s, "the operator's data");
    writeFile(legacy + u"/shipping-documents/label.pdf"_s, "a label");
    QSettings().setValue(u"database/path"_s, QString(legacy + u"/soleflipper.sqlite"_s)); // an earlier save
    REQUIRE(adoptLegacyDataFolder());
    CHECK(QSettings().value(u"database/path"_s).toString() == dataFolder() + u"/soleflipper.sqlite"_s);
    CHECK(readFile(dataFolder() + u"/soleflipper.sqlite"_s) == "the operator's data");
    CHECK(readFile(dataFolder() + u"/shipping-documents/label.pdf"_s) == "a label");
    CHECK_FALSE(QFileInfo::exists(legacy));
    REQUIRE(adoptLegacyDataFolder()); // once moved, nothing more to do

    // A file of the same name in the new place is kept, and the old one stays where it was.
    writeFile(legacy + u"/soleflipper.sqlite"_s, "an older copy");
    const Status clash = adoptLegacyDataFolder();
    REQUIRE_FALSE(clash);
    CHECK(clash.error().message.contains(u"soleflipper.sqlite"_s));
    CHECK(readFile(dataFolder() + u"/soleflipper.sqlite"_s) == "the operator's data");
    CHECK(readFile(legacy + u"/soleflipper.sqlite"_s) == "an older copy");

    QDir(dataFolder()).removeRecursively();
    QSettings().clear();
    QCoreApplication::setOrganizationName(savedOrg);
    QCoreApplication::setApplicationName(savedApp);
}

#include "datafolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
QString legacyDataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u'/' +
           QCoreApplication::organizationName() + u'/' + QCoreApplication::applicationName();
}
// Settings saved by an earlier version name the database by its old path; they follow the move.
void followMovedDatabase(const QString &from, const QString &to)
{
    QSettings settings;
    const QString path = settings.value(u"database/path"_s).toString();
    if (!path.startsWith(from + u'/'))
        return;
    const QString moved = to + path.mid(from.size());
    if (!QFileInfo::exists(path) && QFileInfo::exists(moved))
        settings.setValue(u"database/path"_s, moved);
}
} // namespace

QString dataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u'/' +
           QCoreApplication::applicationName();
}

Status adoptLegacyDataFolder()
{
    const QString from = legacyDataFolder();
    const QString to = dataFolder();
    QDir legacy(from);
    if (QCoreApplication::organizationName().isEmpty() || from == to || !legacy.exists())
        return {};
    QDir().mkpath(to);
    QStringList left;
    for (const QString &name : legacy.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)) {
        const QString target = to + u'/' + name;
        if (QFileInfo::exists(target) || !QDir().rename(legacy.filePath(name), target))
            left << name;
    }
    followMovedDatabase(from, to);
    if (!left.isEmpty())
        return Error{u"data.legacy_folder"_s,
                     QCoreApplication::translate("DataFolder",
                                                 "These files of an earlier version stay in %1, because %2 "
                                                 "already has files of the same name: %3")
                         .arg(from, to, left.join(u", "_s)),
                     from};
    legacy.rmdir(from); // empty now
    return {};
}

} // namespace sf

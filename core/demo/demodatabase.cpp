#include "demodatabase.h"

#include "db/datafolder.h"
#include "db/migrator.h"
#include "db/sqlquery.h"

using namespace Qt::StringLiterals;

namespace sf::demodatabase {

QString path()
{
    return dataFolder() + u"/demo.sqlite"_s;
}

Result<DemoDataGenerator::Summary> fill(const Database &db, int items, const QDate &today)
{
    if (Status status = db.open(); !status)
        return status.error();
    if (auto version = Migrator(db).migrate(); !version)
        return version.error();
    SqlQuery existing(db, u"SELECT COUNT(*) FROM {{inventory.stock}}"_s);
    if (Status status = existing.exec(); !status)
        return status.error();
    if (existing.next() && existing.integer(0) > 0)
        return DemoDataGenerator::Summary{}; // made on an earlier first run
    DemoDataGenerator::Options options;
    options.items = items;
    options.today = today;
    return DemoDataGenerator(db).generate(options);
}

} // namespace sf::demodatabase

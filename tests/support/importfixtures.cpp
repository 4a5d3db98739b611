#include "importfixtures.h"

#include <QFile>

#include "catchqt.h"
#include "db/sqlquery.h"

using namespace Qt::StringLiterals;

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

void refuseInserts(const Database &db, const QString &table, const QString &condition, const QString &message,
                   const QString &operation)
{
    const QString name = db.dialect().tableName(table);
    if (db.dialect().isPostgres()) {
        REQUIRE(execStatement(db, u"CREATE OR REPLACE FUNCTION refuse_insert() RETURNS trigger AS $$ BEGIN IF "_s +
                                      condition + u" THEN RAISE EXCEPTION '"_s + message +
                                      u"'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql"_s));
        REQUIRE(execStatement(db, u"CREATE TRIGGER refuse BEFORE "_s + operation + u" ON "_s + name +
                                      u" FOR EACH ROW EXECUTE FUNCTION refuse_insert()"_s));
    } else {
        REQUIRE(execStatement(db, u"CREATE TRIGGER refuse BEFORE "_s + operation + u" ON "_s + name + u" WHEN "_s +
                                      condition + u" BEGIN SELECT RAISE(ABORT, '"_s + message + u"'); END"_s));
    }
}

void stopRefusing(const Database &db, const QString &table)
{
    REQUIRE(execStatement(db, u"DROP TRIGGER refuse"_s +
                                  (db.dialect().isPostgres() ? u" ON "_s + db.dialect().tableName(table) : QString())));
}

bool writeLongSalesReport(const QString &path, int rows, qint64 firstOrder)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("Order Number,Sale Date,Item,Sku Size,Style,Listing Price,Total Gross Amount (Total Payout)\n");
    for (int i = 0; i < rows; ++i)
        file.write(QByteArray::number(firstOrder + i) +
                   "-1,2024-03-01 14:05:09 +00,Nike Dunk Low Retro,10,DD1391-100,120,103.30\n");
    return file.flush();
}

} // namespace sf::test

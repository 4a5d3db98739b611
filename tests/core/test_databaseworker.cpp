#include "catchqt.h"
#include "testdatabase.h"

#include "db/databaseworker.h"
#include "db/sqlquery.h"

#include <QTest>

using namespace sf;
using namespace sf::test;
using namespace Qt::StringLiterals;

TEST_CASE("Database worker: work runs off this thread in order, answers come back here", "[db]")
{
    onEachBackend([](Database &db) {
        QList<int> answers;
        QList<bool> offThisThread;
        QObject context;
        {
            DatabaseWorker worker(db);
            for (int i = 0; i < 5; ++i)
                worker.run<int>(
                    &context,
                    [i, &offThisThread, main = QThread::currentThread()](const Database &on) {
                        offThisThread.append(QThread::currentThread() != main);
                        SqlQuery q(on, u"SELECT :n + 1"_s);
                        q.bind(u":n"_s, i);
                        return q.exec() && q.next() ? int(q.integer(0)) : -1;
                    },
                    [&](int answer) {
                        CHECK(QThread::currentThread() == context.thread());
                        answers.append(answer);
                    });
            REQUIRE(QTest::qWaitFor([&] { return answers.size() == 5; }, 10000));
            CHECK(answers == QList<int>{1, 2, 3, 4, 5});
            CHECK(offThisThread == QList<bool>(5, true));

            // An answer for a page that is gone is dropped, not delivered to freed memory.
            bool delivered = false;
            {
                QObject gone;
                worker.run<int>(
                    &gone, [](const Database &) { return 1; }, [&](int) { delivered = true; });
            }
            QTest::qWait(100);
            CHECK_FALSE(delivered);

            // Quitting while writes are queued still carries them out.
            for (int i = 0; i < 20; ++i)
                worker.run<bool>(
                    &context,
                    [i](const Database &on) {
                        return bool(execStatement(
                            on, u"INSERT INTO {{catalog.brand}} (id, name, slug) VALUES ('%1', 'Queued %2', "
                                u"'queued-%2')"_s.arg(QUuid::createUuid().toString(QUuid::WithoutBraces))
                                    .arg(i)));
                    },
                    [](bool) {});
        }
        SqlQuery count(db, u"SELECT COUNT(*) FROM {{catalog.brand}} WHERE name LIKE 'Queued %'"_s);
        REQUIRE(count.exec());
        REQUIRE(count.next());
        CHECK(count.integer(0) == 20);
    });
}

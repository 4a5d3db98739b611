#include "databaseworker.h"

namespace sf {

DatabaseWorker::DatabaseWorker(const Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    m_thread.setObjectName(QStringLiteral("database worker"));
    m_inThread = new QObject;
    m_inThread->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_inThread, [this] {
        m_db.releaseThreadConnection();
        delete m_inThread;
    });
    m_thread.start();
}

DatabaseWorker::~DatabaseWorker()
{
    // Queued behind the work already given, so that work still runs (a write is never dropped).
    post([] { QThread::currentThread()->quit(); });
    m_thread.wait();
}

void DatabaseWorker::post(std::function<void()> job)
{
    QMetaObject::invokeMethod(m_inThread, std::move(job), Qt::QueuedConnection);
}

void DatabaseWorker::deliver(std::function<void()> answer)
{
    // `this` lives in the owner's thread, so the answer runs there, and only while the worker exists.
    QMetaObject::invokeMethod(this, std::move(answer), Qt::QueuedConnection);
}

} // namespace sf

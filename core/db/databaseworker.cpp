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
    connect(
        this, &DatabaseWorker::jobsQueued, m_inThread, [this] { drain(m_jobsMutex, m_jobs); }, Qt::QueuedConnection);
    // `this` lives in the owner's thread, so answers run there, and only while the worker exists.
    connect(
        this, &DatabaseWorker::answersQueued, this, [this] { drain(m_answersMutex, m_answers); }, Qt::QueuedConnection);
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
    {
        std::lock_guard lock(m_jobsMutex);
        m_jobs.push_back(std::move(job));
    }
    Q_EMIT jobsQueued();
}

void DatabaseWorker::deliver(std::function<void()> answer)
{
    {
        std::lock_guard lock(m_answersMutex);
        m_answers.push_back(std::move(answer));
    }
    Q_EMIT answersQueued();
}

void DatabaseWorker::drain(std::mutex &mutex, std::deque<std::function<void()>> &queue)
{
    for (;;) {
        std::function<void()> next;
        {
            std::lock_guard lock(mutex);
            if (queue.empty())
                return;
            next = std::move(queue.front());
            queue.pop_front();
        }
        next();
    }
}

} // namespace sf

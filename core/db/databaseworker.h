#pragma once

#include "database.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <deque>
#include <functional>
#include <memory>
#include <mutex>

namespace sf {

// The one thread that reads and writes the database for the window, with its own connection: pages
// hand it work and get the answer back on their own thread, so no query runs on the GUI thread.
// Work runs in the order it was given. An answer whose `context` is gone by then is dropped.
class DatabaseWorker final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseWorker)

public:
    explicit DatabaseWorker(const Database &db, QObject *parent = nullptr);
    // Finishes the work already given, then closes the worker's connection.
    ~DatabaseWorker() override;

    // `work` runs on the worker thread; `done` gets its result on the thread of this worker's owner.
    template <typename T>
    void run(QObject *context, std::function<T(const Database &)> work, std::function<void(T)> done)
    {
        post([this, guard = QPointer<QObject>(context), work = std::move(work), done = std::move(done)] {
            auto result = std::make_shared<T>(work(m_db));
            deliver([guard, done, result] {
                if (guard)
                    done(std::move(*result));
            });
        });
    }
    const Database &database() const { return m_db; }

Q_SIGNALS:
    // Internal wake-ups, connected once at construction (their queued calls carry no data).
    void jobsQueued();
    void answersQueued();

private:
    void post(std::function<void()> job);
    void deliver(std::function<void()> answer);
    // Work and answers travel in queues under std::mutex, so ThreadSanitizer sees every hand-over (Qt's
    // own event queue is not instrumented); a queued signal only wakes the other side.
    static void drain(std::mutex &mutex, std::deque<std::function<void()>> &queue);

    const Database &m_db;
    std::mutex m_jobsMutex;
    std::deque<std::function<void()>> m_jobs;
    std::mutex m_answersMutex;
    std::deque<std::function<void()>> m_answers;
    QThread m_thread;
    QObject *m_inThread = nullptr; // lives in m_thread; the target of posted work
};

} // namespace sf

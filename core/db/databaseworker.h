#pragma once

#include "database.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

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

private:
    void post(std::function<void()> job);
    void deliver(std::function<void()> answer);

    const Database &m_db;
    QThread m_thread;
    QObject *m_inThread = nullptr; // lives in m_thread; the target of posted work
};

} // namespace sf

#pragma once

#include "databaseworker.h"

#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace sf {

// The database work of one object (a sync job, a listing writer): it runs on a DatabaseWorker when one
// is set, so the window never waits for it, and at once otherwise (the command line, tests). The owner
// calls close() first thing in its destructor: work not started by then is dropped, work running is
// waited for, and no answer reaches the owner after that.
class WorkerLane final {
public:
    explicit WorkerLane(QObject *owner)
        : m_owner(owner)
    {}
    ~WorkerLane() { close(); }
    Q_DISABLE_COPY_MOVE(WorkerLane)

    void setWorker(DatabaseWorker *worker) { m_worker = worker; }
    DatabaseWorker *worker() const { return m_worker; }
    void close()
    {
        std::lock_guard lock(m_guard->mutex);
        m_guard->open = false;
    }

    // `work` runs on the worker (or here); `next` gets its result on the owner's thread.
    template <typename T> void run(std::function<T()> work, std::function<void(T)> next)
    {
        if (!m_worker) {
            next(work());
            return;
        }
        m_worker->run<std::optional<T>>(
            m_owner,
            [guard = m_guard, work = std::move(work)](const Database &) -> std::optional<T> {
                std::lock_guard lock(guard->mutex);
                if (!guard->open)
                    return std::nullopt;
                return work();
            },
            [next = std::move(next)](std::optional<T> result) {
                if (result)
                    next(std::move(*result));
            });
    }

private:
    struct Guard {
        std::mutex mutex; // std::mutex: ThreadSanitizer sees it
        bool open = true;
    };
    QObject *m_owner;
    DatabaseWorker *m_worker = nullptr;
    std::shared_ptr<Guard> m_guard = std::make_shared<Guard>();
};

} // namespace sf

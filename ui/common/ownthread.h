#pragma once

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

namespace sf {

// Runs `work` on a thread of its own (for work that must not wait behind the database worker's queue
// or needs a connection of its own: an import, a connection test) and hands the result to `done` on
// `context`'s thread. The thread deletes itself after `done`; while it runs, the caller that may be
// destroyed first has to stop and join it (QThread::wait) before anything `work` uses is freed.
template <typename T> QThread *runOnOwnThread(QObject *context, std::function<T()> work, std::function<void(T)> done)
{
    auto result = std::make_shared<std::optional<T>>();
    QThread *thread = QThread::create([work = std::move(work), result] { result->emplace(work()); });
    QObject::connect(thread, &QThread::finished, context, [thread, result, done = std::move(done)] {
        thread->deleteLater();
        if (result->has_value())
            done(std::move(**result));
    });
    thread->start();
    return thread;
}

} // namespace sf

#pragma once

#include "change.h"

#include <QObject>

#include <mutex>

namespace sf {

// The one channel through which views hear about committed writes, whoever made them (a page, an
// import, a sync, another operator). notify() may be called from any thread; changed() is emitted on
// the notifier's thread, after the caller's stack has unwound, with the changes that arrived meanwhile
// merged per entity and kind.
class ChangeNotifier final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeNotifier)

public:
    explicit ChangeNotifier(QObject *parent = nullptr);

    void notify(const Change &change);

Q_SIGNALS:
    void changed(const sf::Change &change);

private:
    void deliver();

    std::mutex m_mutex;      // std::mutex: ThreadSanitizer sees it
    QList<Change> m_pending; // guarded by m_mutex
};

} // namespace sf

#pragma once

#include "events/change.h"

#include <QObject>
#include <QTimer>

#include <functional>

class QWidget;

namespace sf {

class ChangeNotifier;

// Keeps a page fresh: committed changes to the entities it shows (from any writer) call `refresh`
// once per burst, right away when the page is visible, else when it is next shown.
class ChangeWatcher final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeWatcher)

public:
    using Refresh = std::function<void(const QList<Change> &changes)>;

    // No notifier (a page built without one): nothing is watched.
    ChangeWatcher(ChangeNotifier *notifier, QWidget *page, QList<Change::Entity> entities, Refresh refresh);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void heard(const Change &change);
    void flush();

    QWidget *m_page;
    QList<Change::Entity> m_entities;
    Refresh m_refresh;
    QList<Change> m_heard;
    QTimer m_burst;
};

} // namespace sf

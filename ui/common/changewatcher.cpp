#include "changewatcher.h"

#include "events/changenotifier.h"

#include <QEvent>
#include <QWidget>

namespace sf {

namespace {
// An import commits a chunk every few hundred milliseconds; one refresh per burst is enough.
constexpr int kBurstMs = 150;
} // namespace

ChangeWatcher::ChangeWatcher(ChangeNotifier *notifier, QWidget *page, QList<Change::Entity> entities, Refresh refresh)
    : QObject(page)
    , m_page(page)
    , m_entities(std::move(entities))
    , m_refresh(std::move(refresh))
{
    m_burst.setSingleShot(true);
    m_burst.setInterval(kBurstMs);
    connect(&m_burst, &QTimer::timeout, this, &ChangeWatcher::flush);
    if (notifier)
        connect(notifier, &ChangeNotifier::changed, this, &ChangeWatcher::heard);
    page->installEventFilter(this);
}

void ChangeWatcher::heard(const Change &change)
{
    if (!m_entities.contains(change.entity))
        return;
    m_heard.append(change);
    if (m_page->isVisible() && !m_burst.isActive())
        m_burst.start();
}

bool ChangeWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_page && event->type() == QEvent::Show && !m_heard.isEmpty())
        m_burst.start();
    return QObject::eventFilter(watched, event);
}

void ChangeWatcher::flush()
{
    if (m_heard.isEmpty())
        return;
    const QList<Change> changes = std::exchange(m_heard, {});
    m_refresh(changes);
}

} // namespace sf

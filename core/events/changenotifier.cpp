#include "changenotifier.h"

namespace sf {

ChangeNotifier::ChangeNotifier(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Change>();
}

void ChangeNotifier::notify(const Change &change)
{
    std::unique_lock lock(m_mutex);
    const bool first = m_pending.isEmpty();
    const auto same = std::find_if(m_pending.begin(), m_pending.end(), [&](const Change &pending) {
        return pending.entity == change.entity && pending.kind == change.kind;
    });
    if (same == m_pending.end())
        m_pending.append(change);
    else if (same->ids.isEmpty() || change.ids.isEmpty())
        same->ids.clear(); // one of them named no ids: the views reload anyway
    else
        same->ids += change.ids;
    if (first)
        QMetaObject::invokeMethod(this, &ChangeNotifier::deliver, Qt::QueuedConnection);
}

void ChangeNotifier::deliver()
{
    QList<Change> changes;
    {
        std::lock_guard lock(m_mutex);
        changes.swap(m_pending);
    }
    for (const Change &change : std::as_const(changes))
        Q_EMIT changed(change);
}

} // namespace sf

#include "teamlistener.h"

#include "logcategories.h"

#include "changenotifier.h"
#include "db/database.h"
#include "db/sqlquery.h"
#include "teamchannel.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace sf {

TeamListener::TeamListener(const Database &db, ChangeNotifier &notifier, QObject *parent)
    : QThread(parent)
    , m_db(db)
    , m_notifier(notifier)
{}

TeamListener::~TeamListener()
{
    quit();
    wait();
}

void TeamListener::run()
{
    QTimer timer;
    timer.setInterval(m_checkMs);
    connect(&timer, &QTimer::timeout, [this] { check(); });
    subscribe();
    timer.start();
    exec();
    timer.stop();
    if (m_link == Link::Up)
        m_db.connection().driver()->unsubscribeFromNotification(TeamChannel::name());
    m_db.releaseThreadConnection();
}

bool TeamListener::subscribe()
{
    if (Status opened = m_db.open(); !opened) {
        setListening(false, opened.error().message);
        return false;
    }
    QSqlDriver *driver = m_db.connection().driver();
    // Direct: this object lives on the thread that made it, the notifications arrive on this one.
    connect(driver, &QSqlDriver::notification, this, &TeamListener::receive,
            Qt::ConnectionType(Qt::DirectConnection | Qt::UniqueConnection));
    if (!driver->subscribedToNotifications().contains(TeamChannel::name()) &&
        !driver->subscribeToNotification(TeamChannel::name())) {
        setListening(false, QCoreApplication::translate("TeamListener", "The server refused to send changes: %1")
                                .arg(driver->lastError().text()));
        return false;
    }
    SqlQuery pid(m_db, u"SELECT pg_backend_pid()"_s);
    if (Status asked = pid.exec(); !asked || !pid.next()) {
        setListening(false, asked ? QString() : asked.error().message);
        return false;
    }
    m_backend = pid.integer(0);
    setListening(true, {});
    return true;
}

void TeamListener::check()
{
    if (m_link == Link::Up) {
        // The same session still listens; a connection opened again by anyone on this thread would not.
        SqlQuery ping(m_db, u"SELECT pg_backend_pid()"_s);
        if (ping.exec() && ping.next() && ping.integer(0) == m_backend)
            return;
        m_db.closeThreadConnection();
        setListening(false, QCoreApplication::translate("TeamListener", "The connection to the server was lost; "
                                                                        "reconnecting."));
    }
    if (subscribe())
        reloadEverything();
}

void TeamListener::setListening(bool listening, const QString &problem)
{
    const Link link = listening ? Link::Up : Link::Down;
    if (link == m_link)
        return;
    m_link = link;
    if (!listening)
        qCWarning(lcDb) << "team channel down:" << problem;
    Q_EMIT listeningChanged(listening, problem);
}

void TeamListener::receive(const QString &name, QSqlDriver::NotificationSource, const QVariant &payload)
{
    if (name != TeamChannel::name())
        return;
    const auto message = TeamChannel::decode(payload.toString().toUtf8());
    if (!message) {
        qCWarning(lcDb) << "team notification not understood:" << payload.toString().left(200);
        return;
    }
    if (message->client == m_db.clientId())
        return; // this client's own changes were announced here already
    for (const Change &change : message->changes)
        m_notifier.notify(change);
    Q_EMIT heard(message->operatorName, int(message->changes.size()));
}

void TeamListener::reloadEverything()
{
    for (int entity = 0; entity <= int(Change::Entity::AwinOffer); ++entity)
        m_notifier.notify({Change::Entity(entity), Change::Kind::Changed, {}});
}

} // namespace sf

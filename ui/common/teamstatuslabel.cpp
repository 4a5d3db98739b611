#include "teamstatuslabel.h"

#include "events/teamlistener.h"

#include <QLocale>
#include <QTime>

using namespace Qt::StringLiterals;

namespace sf {

TeamStatusLabel::TeamStatusLabel(const TeamListener &listener, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(u"teamStatusLabel"_s);
    // The listener's signals come from its own thread; this label lives in the GUI thread.
    connect(&listener, &TeamListener::listeningChanged, this, &TeamStatusLabel::showListening, Qt::QueuedConnection);
    connect(&listener, &TeamListener::heard, this, &TeamStatusLabel::showHeard, Qt::QueuedConnection);
    setText(tr("\u25CB Team: connecting\u2026"));
    setStyleSheet(u"color: palette(mid);"_s);
    setToolTip(tr("Listening for other operators' changes\u2026"));
}

void TeamStatusLabel::showListening(bool listening, const QString &problem)
{
    m_listening = listening;
    m_problem = problem;
    refresh();
}

void TeamStatusLabel::showHeard(const QString &operatorName, int changes)
{
    Q_UNUSED(changes)
    m_lastOperator = operatorName;
    m_lastTime = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    refresh();
}

void TeamStatusLabel::refresh()
{
    QString text = m_listening ? tr("\u25CF Team: live") : tr("\u25CF Team: offline");
    if (m_listening && !m_lastOperator.isEmpty())
        text += u" \u00B7 "_s + tr("last change by %1 at %2").arg(m_lastOperator, m_lastTime);
    setText(text);
    setStyleSheet(m_listening ? u"color: #2e7d32;"_s : u"color: #c62828;"_s);
    setToolTip(m_listening ? tr("Other operators' changes appear here as they are saved.")
                           : tr("Other operators' changes do not arrive (%1). The app keeps trying; every page "
                                "reloads when the server answers again.")
                                 .arg(m_problem));
}

} // namespace sf

#include "kpitile.h"

#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sf {

KpiTile::KpiTile(const QString &title, const QString &formula, QWidget *parent)
    : QFrame(parent)
    , m_value(new QLabel(u"\u2013"_s))
    , m_detail(new QLabel)
    , m_change(new QLabel)
{
    setFrameShape(QFrame::StyledPanel);
    setToolTip(formula);
    setMinimumWidth(170);
    setStyleSheet(u"sf--KpiTile { background: palette(base); border: 1px solid palette(mid); border-radius: 6px; }"_s);
    auto *name = new QLabel(title);
    name->setStyleSheet(u"color: palette(dark); font-size: 9pt;"_s);
    m_value->setObjectName(u"kpiValue"_s);
    m_value->setStyleSheet(u"font-size: 17pt; font-weight: 600;"_s);
    m_detail->setStyleSheet(u"color: palette(dark); font-size: 8pt;"_s);
    m_detail->setWordWrap(true);
    m_change->setObjectName(u"kpiChange"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    layout->addWidget(name);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    layout->addWidget(m_change);
}

void KpiTile::setValue(const QString &value, const QString &detail)
{
    m_value->setText(value);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
}

void KpiTile::setChange(const std::optional<double> &percent, bool higherIsBetter)
{
    m_change->setVisible(percent.has_value());
    if (!percent)
        return;
    const bool good = higherIsBetter ? *percent >= 0 : *percent <= 0;
    m_change->setText(
        tr("%1%2 % vs. previous period").arg(*percent >= 0 ? u"+"_s : QString(), QLocale().toString(*percent, 'f', 1)));
    m_change->setStyleSheet(good ? u"color: #2e7d32;"_s : u"color: #c62828;"_s);
}

void KpiTile::setClickable(bool clickable)
{
    m_clickable = clickable;
    setCursor(clickable ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

void KpiTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_clickable && event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        Q_EMIT clicked();
    QFrame::mouseReleaseEvent(event);
}

QString KpiTile::value() const
{
    return m_value->text();
}

QString KpiTile::change() const
{
    return m_change->isVisibleTo(this) ? m_change->text() : QString();
}

} // namespace sf

#include "subsetbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace sf {

SubsetBar::SubsetBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel)
{
    setObjectName(u"subsetBar"_s);
    setStyleSheet(u"sf--SubsetBar { background: #fff8e1; border: 1px solid #ffe082; border-radius: 4px; }"_s);
    auto *all = new QPushButton(tr("Show all"));
    connect(all, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT cleared();
    });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(new QLabel(tr("From the dashboard:")));
    layout->addWidget(m_label, 1);
    layout->addWidget(all);
    hide();
}

void SubsetBar::showSubset(const QString &label)
{
    m_label->setText(label);
    show();
}

QString SubsetBar::label() const
{
    return isVisibleTo(parentWidget()) ? m_label->text() : QString();
}

} // namespace sf

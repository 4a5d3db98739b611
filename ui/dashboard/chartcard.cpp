#include "chartcard.h"

#include "charts/barchart.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sf {

ChartCard::ChartCard(const QString &title, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(title))
    , m_hint(new QLabel)
    , m_header(new QHBoxLayout)
    , m_chart(new BarChart)
{
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(
        u"sf--ChartCard { background: palette(base); border: 1px solid palette(mid); border-radius: 6px; }"_s);
    m_title->setStyleSheet(u"font-weight: 600;"_s);
    m_hint->setStyleSheet(u"color: palette(dark); font-size: 8pt;"_s);
    m_hint->hide();
    auto *save = new QToolButton;
    save->setText(tr("Export"));
    save->setToolTip(tr("Save this chart as an image"));
    save->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(save);
    menu->addAction(tr("Save as PNG\u2026"), this, [this] { exportAs(u"png"_s); });
    menu->addAction(tr("Save as SVG\u2026"), this, [this] { exportAs(u"svg"_s); });
    save->setMenu(menu);
    m_header->addWidget(m_title);
    m_header->addStretch(1);
    m_header->addWidget(save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addLayout(m_header);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_hint);
    askExportPath = [this](const QString &suggested) {
        return QFileDialog::getSaveFileName(this, tr("Export chart"), suggested,
                                            suggested.endsWith(u".svg"_s) ? tr("SVG image (*.svg)")
                                                                          : tr("PNG image (*.png)"));
    };
}

QString ChartCard::title() const
{
    return m_title->text();
}

void ChartCard::setChoices(const QStringList &choices)
{
    m_choices = new QComboBox;
    m_choices->addItems(choices);
    m_header->insertWidget(2, m_choices);
    connect(m_choices, &QComboBox::currentIndexChanged, this, &ChartCard::choiceChanged);
}

int ChartCard::choice() const
{
    return m_choices ? m_choices->currentIndex() : 0;
}

void ChartCard::setHint(const QString &hint)
{
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
}

bool ChartCard::exportTo(const QString &path)
{
    const bool ok = m_chart->saveImage(path);
    Q_EMIT exported(path, ok);
    return ok;
}

void ChartCard::exportAs(const QString &suffix)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    QString name = m_title->text().toLower();
    name.replace(u' ', u'-');
    const QString path = askExportPath(folder + u'/' + name + u'.' + suffix);
    if (!path.isEmpty())
        exportTo(path);
}

} // namespace sf

#include "welcomepanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sf {

WelcomePanel::WelcomePanel(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"welcomePanel"_s);
    auto *heading = new QLabel(tr("Welcome to SoleFlipper"));
    heading->setStyleSheet(u"font-size: 18pt; font-weight: 600;"_s);
    auto *intro = new QLabel(tr("Your database is empty. Bring in your business one of these ways; the dashboard "
                                "fills as soon as there are pairs or sales."));
    intro->setWordWrap(true);
    auto *cards = new QHBoxLayout;
    cards->setSpacing(14);
    cards->addWidget(card(tr("Connect StockX"),
                          tr("Sign in to your StockX seller account and sync your orders, listings and market "
                             "prices. The secret stays in your system keychain."),
                          tr("Connect StockX\u2026"), u"connectStockX"_s));
    cards->addWidget(card(tr("Import a file"),
                          tr("A StockX sales report, an eBay or Alias export, or your own spreadsheet of purchases: "
                             "the import wizard maps the columns and shows every row before it stores anything."),
                          tr("Import a file\u2026"), u"importFile"_s));
    cards->addWidget(card(tr("Try it with demo data"),
                          tr("A year of a made-up reseller's business in a separate demo database, so nothing "
                             "mixes with your own data. SoleFlipper opens it in a new window."),
                          tr("Open the demo"), u"loadDemo"_s));
    m_demoStatus = new QLabel;
    m_demoStatus->setObjectName(u"demoStatus"_s);
    m_demoStatus->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addLayout(cards);
    layout->addWidget(m_demoStatus);
    layout->addStretch(1);
}

QWidget *WelcomePanel::card(const QString &title, const QString &text, const QString &button, const QString &name)
{
    auto *frame = new QFrame;
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setStyleSheet(u"QFrame { background: palette(base); border-radius: 6px; }"_s);
    auto *heading = new QLabel(title);
    heading->setStyleSheet(u"font-size: 12pt; font-weight: 600;"_s);
    auto *body = new QLabel(text);
    body->setWordWrap(true);
    auto *action = new QPushButton(button);
    action->setObjectName(name);
    action->setDefault(name == u"importFile"_s);
    if (name == u"connectStockX"_s)
        connect(action, &QPushButton::clicked, this, &WelcomePanel::connectStockX);
    else if (name == u"importFile"_s)
        connect(action, &QPushButton::clicked, this, &WelcomePanel::importFile);
    else {
        m_demoButton = action;
        connect(action, &QPushButton::clicked, this, &WelcomePanel::loadDemo);
    }
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->addWidget(heading);
    layout->addWidget(body, 1);
    layout->addWidget(action, 0, Qt::AlignLeft);
    return frame;
}

void WelcomePanel::setDemoProgress(const QString &text, bool busy)
{
    m_demoStatus->setText(text);
    m_demoStatus->setVisible(!text.isEmpty());
    m_demoButton->setEnabled(!busy);
}

} // namespace sf

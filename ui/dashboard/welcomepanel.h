#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace sf {

// What an empty database shows on the home page: the three ways in, each one click away.
class WelcomePanel final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePanel)

public:
    explicit WelcomePanel(QWidget *parent = nullptr);

    // While the demo database is written, and what came of it.
    void setDemoProgress(const QString &text, bool busy);

Q_SIGNALS:
    void connectStockX();
    void importFile();
    void loadDemo();

private:
    QWidget *card(const QString &title, const QString &text, const QString &button, const QString &name);

    QLabel *m_demoStatus = nullptr;
    QPushButton *m_demoButton = nullptr;
};

} // namespace sf

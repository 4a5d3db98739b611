#pragma once

#include <QLabel>

namespace sf {

class TeamListener;

// The status bar's word on team mode: whether other operators' changes are arriving live, why not
// while the server is away, and who changed something last.
class TeamStatusLabel final : public QLabel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamStatusLabel)

public:
    explicit TeamStatusLabel(const TeamListener &listener, QWidget *parent = nullptr);

private:
    void showListening(bool listening, const QString &problem);
    void showHeard(const QString &operatorName, int changes);
    void refresh();

    bool m_listening = false;
    QString m_problem;
    QString m_lastOperator;
    QString m_lastTime;
};

} // namespace sf

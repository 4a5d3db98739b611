#pragma once

#include <QFrame>

#include <optional>

class QLabel;

namespace sf {

// One figure of the dashboard: its name, its value, an optional second line, and its change against
// the previous period, green when the change is good news. The tooltip says how it is computed.
class KpiTile final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KpiTile)

public:
    KpiTile(const QString &title, const QString &formula, QWidget *parent = nullptr);

    void setValue(const QString &value, const QString &detail = {});
    // Percent change against the previous period; none hides it. `higherIsBetter` picks the colour.
    void setChange(const std::optional<double> &percent, bool higherIsBetter = true);
    QString value() const;
    QString change() const;
    // A tile that can be clicked opens the Orders or Stock page on what it counted.
    void setClickable(bool clickable);

Q_SIGNALS:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QLabel *m_value;
    QLabel *m_detail;
    QLabel *m_change;
    bool m_clickable = false;
};

} // namespace sf

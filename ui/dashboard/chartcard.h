#pragma once

#include <QFrame>

#include <functional>

class QComboBox;
class QHBoxLayout;
class QLabel;

namespace sf {

class BarChart;

// One dashboard chart with its title, an optional choice of what it shows (revenue or profit, pairs or
// capital), a hint, and an export button that saves it as PNG or SVG.
class ChartCard final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartCard)

public:
    explicit ChartCard(const QString &title, QWidget *parent = nullptr);

    BarChart *chart() const { return m_chart; }
    QString title() const;
    // Adds the choice; choiceChanged reports the index picked.
    void setChoices(const QStringList &choices);
    int choice() const;
    void setHint(const QString &hint);
    // Seam for tests: where to save (empty: cancelled). The suggestion ends in .png or .svg.
    std::function<QString(const QString &suggested)> askExportPath;
    bool exportTo(const QString &path);

Q_SIGNALS:
    void choiceChanged(int index);
    void exported(const QString &path, bool ok);

private:
    void exportAs(const QString &suffix);

    QLabel *m_title;
    QLabel *m_hint;
    QHBoxLayout *m_header;
    QComboBox *m_choices = nullptr;
    BarChart *m_chart;
};

} // namespace sf

#pragma once

#include <QFrame>

class QLabel;

namespace sf {

// The strip above a table that says it shows a subset the dashboard opened ("Sales · 1 Mar – 31 Mar ·
// StockX"), with a button that goes back to every row.
class SubsetBar final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubsetBar)

public:
    explicit SubsetBar(QWidget *parent = nullptr);

    void showSubset(const QString &label);
    QString label() const;

Q_SIGNALS:
    void cleared();

private:
    QLabel *m_label;
};

} // namespace sf

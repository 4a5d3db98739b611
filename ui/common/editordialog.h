#pragma once

#include <QDialog>

#include <functional>

class QLabel;

namespace sf {

// A dialog that changes data through the database worker: it asks before a change that cannot be
// undone and says how each change went in a status line under its content.
class EditorDialog : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditorDialog)

public:
    explicit EditorDialog(QWidget *parent = nullptr);

    // Asked before a change that cannot be undone; a test answers without a message box.
    std::function<bool(const QString &question)> confirm;
    QString statusText() const;

protected:
    QLabel *statusLabel() const { return m_status; }
    void showStatus(const QString &text, bool problem);

private:
    QLabel *m_status;
};

} // namespace sf

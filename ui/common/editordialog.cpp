#include "editordialog.h"

#include <QLabel>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace sf {

EditorDialog::EditorDialog(QWidget *parent)
    : QDialog(parent)
    , m_status(new QLabel)
{
    m_status->setObjectName(u"editorStatus"_s);
    m_status->setWordWrap(true);
    confirm = [this](const QString &question) {
        return QMessageBox::question(this, windowTitle(), question) == QMessageBox::Yes;
    };
}

QString EditorDialog::statusText() const
{
    return m_status->text();
}

void EditorDialog::showStatus(const QString &text, bool problem)
{
    m_status->setStyleSheet(problem ? u"color: #b00020;"_s : QString());
    m_status->setText(text);
}

} // namespace sf

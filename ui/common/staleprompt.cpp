#include "staleprompt.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace sf {

StaleChoice askStaleChoice(QWidget *parent, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, QCoreApplication::translate("StalePrompt", "Changed by someone else"),
                    message, QMessageBox::NoButton, parent);
    box.setInformativeText(
        QCoreApplication::translate("StalePrompt", "Reload shows their change; Overwrite saves yours over it."));
    QAbstractButton *overwrite =
        box.addButton(QCoreApplication::translate("StalePrompt", "Overwrite"), QMessageBox::DestructiveRole);
    box.addButton(QCoreApplication::translate("StalePrompt", "Reload"), QMessageBox::AcceptRole);
    box.exec();
    return box.clickedButton() == overwrite ? StaleChoice::Overwrite : StaleChoice::Reload;
}

} // namespace sf

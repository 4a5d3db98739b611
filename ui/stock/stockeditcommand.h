#pragma once

#include "inventory/stockservice.h"

#include <QUndoCommand>

class QUndoStack;

namespace sf {

// An undoable change to one or more stock items: redo writes the new versions, undo the old ones.
// A change the service refuses makes the command obsolete, so it never lands on the undo stack.
class StockEditCommand final : public QUndoCommand {
public:
    StockEditCommand(StockService &service, QList<StockItem> before, QList<StockItem> after, const QString &text,
                     std::function<void(const QString &)> onError);

    void redo() override;
    void undo() override;

private:
    bool apply(const QList<StockItem> &items);

    StockService &m_service;
    QList<StockItem> m_before;
    QList<StockItem> m_after;
    std::function<void(const QString &)> m_onError;
};

// Pushes (and so runs) a command; true when it took effect and can be undone.
bool pushCommand(QUndoStack &stack, QUndoCommand *command);

} // namespace sf

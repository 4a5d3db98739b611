#pragma once

#include "inventory/stockservice.h"

#include <QUndoCommand>

class QUndoStack;

namespace sf {

// An undoable change to one or more stock items: redo writes the new values, undo the old ones. Each
// direction is written only over exactly what the other left, so an undo after another operator changed
// the pair is refused with their name instead of taking their change back. A change the service refuses
// makes the command obsolete, so it never lands on (or leaves) the undo stack.
class StockEditCommand final : public QUndoCommand {
public:
    StockEditCommand(StockService &service, QList<StockItem> before, QList<StockItem> after, const QString &text,
                     std::function<void(const Error &)> onError);

    void redo() override;
    void undo() override;
    // Told what each direction stored (with the new versions), so a view's copies stay current for the
    // next edit before it has read the rows again.
    void setOnStored(std::function<void(const QList<StockItem> &)> onStored) { m_onStored = std::move(onStored); }

private:
    // Writes `replacement` over `expected` and keeps what was stored (with the service's completions) as
    // what the opposite direction expects to find.
    bool apply(const QList<StockItem> &expected, QList<StockItem> &replacement);

    StockService &m_service;
    QList<StockItem> m_before;
    QList<StockItem> m_after;
    std::function<void(const Error &)> m_onError;
    std::function<void(const QList<StockItem> &)> m_onStored;
};

// Pushes (and so runs) a command; true when it took effect and can be undone.
bool pushCommand(QUndoStack &stack, QUndoCommand *command);

} // namespace sf

#pragma once

#include "inventory/stockservice.h"

#include <QUndoCommand>

namespace sf {

// Deleting items is undoable: the removed items are kept and put back on undo.
class StockDeleteCommand final : public QUndoCommand {
public:
    StockDeleteCommand(StockService &service, QList<StockItemId> ids, std::function<void(const QString &)> onError);

    void redo() override;
    void undo() override;

private:
    StockService &m_service;
    QList<StockItemId> m_ids;
    QList<StockItem> m_removed;
    std::function<void(const QString &)> m_onError;
};

} // namespace sf

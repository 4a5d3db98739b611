#include "stockeditcommand.h"

#include <QUndoStack>

namespace sf {

StockEditCommand::StockEditCommand(StockService &service, QList<StockItem> before, QList<StockItem> after,
                                   const QString &text, std::function<void(const QString &)> onError)
    : QUndoCommand(text)
    , m_service(service)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_onError(std::move(onError))
{}

bool StockEditCommand::apply(const QList<StockItem> &items)
{
    if (Status status = m_service.updateItems(items); !status) {
        m_onError(status.error().message);
        return false;
    }
    return true;
}

void StockEditCommand::redo()
{
    if (!apply(m_after))
        setObsolete(true);
}

void StockEditCommand::undo()
{
    if (!apply(m_before))
        setObsolete(true);
}

bool pushCommand(QUndoStack &stack, QUndoCommand *command)
{
    // A refused command makes itself obsolete and is dropped by push(), leaving the index unchanged.
    const int before = stack.index();
    stack.push(command);
    return stack.index() > before;
}

} // namespace sf

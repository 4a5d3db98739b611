#include "stockeditcommand.h"

#include <QUndoStack>

namespace sf {

StockEditCommand::StockEditCommand(StockService &service, QList<StockItem> before, QList<StockItem> after,
                                   const QString &text, std::function<void(const Error &)> onError)
    : QUndoCommand(text)
    , m_service(service)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_onError(std::move(onError))
{}

bool StockEditCommand::apply(const QList<StockItem> &expected, QList<StockItem> &replacement)
{
    const auto stored = m_service.replaceItems(expected, replacement);
    if (!stored) {
        m_onError(stored.error());
        return false;
    }
    replacement = stored.value();
    if (m_onStored)
        m_onStored(stored.value());
    return true;
}

void StockEditCommand::redo()
{
    if (!apply(m_before, m_after))
        setObsolete(true);
}

void StockEditCommand::undo()
{
    if (!apply(m_after, m_before))
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

#include "stockdeletecommand.h"

#include <QCoreApplication>

namespace sf {

StockDeleteCommand::StockDeleteCommand(StockService &service, QList<StockItemId> ids,
                                       std::function<void(const QString &)> onError)
    : QUndoCommand(QCoreApplication::translate("sf::StockPage", "Delete %n item(s)", nullptr, int(ids.size())))
    , m_service(service)
    , m_ids(std::move(ids))
    , m_onError(std::move(onError))
{}

void StockDeleteCommand::redo()
{
    auto removed = m_service.removeItems(m_ids);
    if (!removed) {
        m_onError(removed.error().message);
        setObsolete(true);
        return;
    }
    m_removed = removed.value();
}

void StockDeleteCommand::undo()
{
    if (Status status = m_service.restoreItems(m_removed); !status) {
        m_onError(status.error().message);
        setObsolete(true);
    }
}

} // namespace sf

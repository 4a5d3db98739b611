#pragma once

#include <QStyledItemDelegate>

namespace sf {

// Editors for the Stock table that only accept valid values: the status list offers just the moves
// allowed from the current status, money fields take amounts in either decimal style, dates a calendar.
class StockDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace sf

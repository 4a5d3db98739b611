#include "stockdelegate.h"

#include "stocktablemodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace sf {

QWidget *StockDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    switch (index.column()) {
    case StockTableModel::Status: {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(u"statusEditor"_s);
        const auto current = itemstatus::fromKey(index.data(StockTableModel::StatusRole).toString());
        if (current) {
            combo->addItem(itemstatus::displayName(*current), itemstatus::key(*current));
            for (ItemStatus next : itemstatus::allowedTransitions(*current))
                combo->addItem(itemstatus::displayName(next), itemstatus::key(next));
        }
        return combo;
    }
    case StockTableModel::Quantity: {
        auto *spin = new QSpinBox(parent);
        spin->setObjectName(u"quantityEditor"_s);
        spin->setRange(0, 9999);
        return spin;
    }
    case StockTableModel::NetPrice:
    case StockTableModel::GrossPrice: {
        auto *edit = new QLineEdit(parent);
        edit->setObjectName(u"moneyEditor"_s);
        edit->setValidator(
            new QRegularExpressionValidator(QRegularExpression(u"^[0-9]{1,8}([.,][0-9]{0,2})?$"_s), edit));
        return edit;
    }
    case StockTableModel::PurchaseDate: {
        auto *date = new QDateEdit(parent);
        date->setObjectName(u"dateEditor"_s);
        date->setCalendarPopup(true);
        date->setMaximumDate(QDate::currentDate().addDays(1));
        return date;
    }
    default: return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void StockDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
    else if (auto *date = qobject_cast<QDateEdit *>(editor))
        date->setDate(index.data(Qt::EditRole).toDate().isValid() ? index.data(Qt::EditRole).toDate()
                                                                  : QDate::currentDate());
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void StockDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        if (combo->currentData() != index.data(Qt::EditRole))
            model->setData(index, combo->currentData());
    } else if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        if (edit->text() != index.data(Qt::EditRole).toString())
            model->setData(index, edit->text());
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

} // namespace sf

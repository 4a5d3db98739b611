#include "filterwidgets.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTimer>

namespace sf {

QLineEdit *delayedSearchField(QWidget *owner, const QString &name, const QString &placeholder,
                              const std::function<void()> &changed)
{
    auto *search = new QLineEdit(owner);
    search->setObjectName(name);
    search->setPlaceholderText(placeholder);
    search->setClearButtonEnabled(true);
    search->setMinimumWidth(180);
    auto *delay = new QTimer(search);
    delay->setSingleShot(true);
    delay->setInterval(200);
    QObject::connect(search, &QLineEdit::textChanged, delay, qOverload<>(&QTimer::start));
    QObject::connect(delay, &QTimer::timeout, owner, changed);
    return search;
}

QComboBox *filterCombo(QWidget *owner, const QString &name, const QList<std::pair<QString, QVariant>> &entries,
                       const std::function<void()> &changed)
{
    auto *combo = new QComboBox(owner);
    combo->setObjectName(name);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const auto &[text, value] : entries)
        combo->addItem(text, value);
    QObject::connect(combo, &QComboBox::activated, owner, changed);
    return combo;
}

} // namespace sf

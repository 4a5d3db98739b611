#pragma once

#include <QList>
#include <QString>
#include <QVariant>

#include <functional>

class QComboBox;
class QLineEdit;
class QWidget;

namespace sf {

// The search box of a filter bar: `changed` runs 200 ms after the last keystroke, so typing a word
// asks the database once, not once per letter.
QLineEdit *delayedSearchField(QWidget *owner, const QString &name, const QString &placeholder,
                              const std::function<void()> &changed);

// A filter choice of a filter bar; `changed` runs when the operator picks an entry.
QComboBox *filterCombo(QWidget *owner, const QString &name, const QList<std::pair<QString, QVariant>> &entries,
                       const std::function<void()> &changed);

} // namespace sf

#pragma once

#include "imports/csv/columnmapping.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QLineEdit;

namespace sf {

// Lets the operator say which column holds what in a purchases spreadsheet, starting from the guess
// or the preset saved for the header, and name the mapping to save it as a preset.
class ColumnMappingEditor final : public QGroupBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnMappingEditor)

public:
    explicit ColumnMappingEditor(QWidget *parent = nullptr);

    // Shows the file's columns with `mapping` selected; `presetName` names the preset it came from.
    void setColumns(const QStringList &header, const ColumnMapping &mapping, const QString &presetName);
    ColumnMapping mapping() const;
    QString presetToSave() const;
    void setProblem(const QString &problem);
    QComboBox *comboFor(ColumnMapping::Field field) const { return m_combos.value(field); }

Q_SIGNALS:
    void mappingEdited();

private:
    QHash<ColumnMapping::Field, QComboBox *> m_combos;
    QLineEdit *m_presetName = nullptr;
    QLabel *m_source = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace sf

#include "columnmappingeditor.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
constexpr int kPairsPerRow = 3;
}

ColumnMappingEditor::ColumnMappingEditor(QWidget *parent)
    : QGroupBox(tr("Which column holds what"), parent)
{
    setObjectName(u"mappingEditor"_s);
    auto *grid = new QGridLayout(this);
    int index = 0;
    for (ColumnMapping::Field field : ColumnMapping::fields()) {
        auto *combo = new QComboBox;
        combo->setObjectName(u"map_"_s + ColumnMapping::key(field));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14);
        connect(combo, &QComboBox::activated, this, &ColumnMappingEditor::mappingEdited);
        m_combos.insert(field, combo);
        const int row = index / kPairsPerRow;
        const int column = (index % kPairsPerRow) * 2;
        grid->addWidget(new QLabel(ColumnMapping::title(field) + u':'), row, column, Qt::AlignRight);
        grid->addWidget(combo, row, column + 1);
        ++index;
    }
    const int nextRow = (index + kPairsPerRow - 1) / kPairsPerRow;
    m_presetName = new QLineEdit;
    m_presetName->setObjectName(u"presetName"_s);
    m_presetName->setPlaceholderText(tr("name it to use it again, e.g. \"Footlocker invoices\""));
    m_source = new QLabel;
    m_problem = new QLabel;
    m_problem->setObjectName(u"mappingProblem"_s);
    m_problem->setStyleSheet(u"color: #b3261e;"_s);
    grid->addWidget(new QLabel(tr("Save as preset:")), nextRow, 0, Qt::AlignRight);
    grid->addWidget(m_presetName, nextRow, 1, 1, 3);
    grid->addWidget(m_source, nextRow, 4, 1, 2);
    grid->addWidget(m_problem, nextRow + 1, 0, 1, kPairsPerRow * 2);
}

void ColumnMappingEditor::setColumns(const QStringList &header, const ColumnMapping &mapping, const QString &presetName)
{
    for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it) {
        QComboBox *combo = it.value();
        combo->clear();
        combo->addItem(tr("(not in the file)"), QString());
        for (const QString &column : header)
            combo->addItem(column, column);
        combo->setCurrentIndex(qMax(0, combo->findData(mapping.column(it.key()))));
    }
    m_source->setText(presetName.isEmpty() ? tr("Guessed from the column names.")
                                           : tr("From the preset \u201c%1\u201d.").arg(presetName));
    if (m_presetName->text().isEmpty())
        m_presetName->setText(presetName);
}

ColumnMapping ColumnMappingEditor::mapping() const
{
    ColumnMapping mapping;
    for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it)
        mapping.set(it.key(), it.value()->currentData().toString());
    return mapping;
}

QString ColumnMappingEditor::presetToSave() const
{
    return m_presetName->text().trimmed();
}

void ColumnMappingEditor::setProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

} // namespace sf

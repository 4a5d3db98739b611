#pragma once

#include "pricing/autolistingrule.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace sf {

// Adds or edits one auto-listing rule: its name, priority, strategy, markup and expiry, and each
// condition (an empty field is no condition). The pair must be in stock, as in the original.
class AutoListingRuleDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutoListingRuleDialog)

public:
    explicit AutoListingRuleDialog(const AutoListingRule &rule, QWidget *parent = nullptr);

    // The rule as the form shows it; empty, with the reason shown, when a field cannot be read.
    std::optional<AutoListingRule> rule() const;
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *brandsEdit() const { return m_brands; }
    QLineEdit *marginEdit() const { return m_margin; }
    QLabel *problemLabel() const { return m_problem; }

private:
    void fill(const AutoListingRule &rule);
    void accept() override;

    AutoListingRule m_rule;
    QLineEdit *m_name = nullptr;
    QSpinBox *m_priority = nullptr;
    QCheckBox *m_active = nullptr;
    QComboBox *m_strategy = nullptr;
    QDoubleSpinBox *m_markup = nullptr;
    QSpinBox *m_expires = nullptr;
    QLineEdit *m_margin = nullptr;
    QLineEdit *m_age = nullptr;
    QLineEdit *m_minPrice = nullptr;
    QLineEdit *m_maxPrice = nullptr;
    QLineEdit *m_brands = nullptr;
    QLineEdit *m_categories = nullptr;
    QList<QCheckBox *> m_marketConditions;
    QList<QCheckBox *> m_volatilities;
    QList<QCheckBox *> m_trends;
    QLineEdit *m_gap = nullptr;
    QLineEdit *m_demand = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace sf

#pragma once

#include "common/editordialog.h"
#include "domain/ids.h"
#include "domain/result.h"
#include "pricing/pricerule.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;

namespace sf {

class Database;
class BrandMultiplierModel;
class DatabaseWorker;
class PriceRuleTableModel;

// The price rules (original-system.md §3.4): add, change and delete them, with how many pairs in stock or
// listed each would price. Every change is written on the database worker and the Pricing page follows.
class PriceRulesDialog final : public EditorDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PriceRulesDialog)

public:
    PriceRulesDialog(DatabaseWorker &worker, QWidget *parent = nullptr);

    PriceRuleTableModel *model() const { return m_model; }
    BrandMultiplierModel *multipliers() const { return m_multipliers; }
    // Adds the multiplier in the form (brand, kind, value) from today on; removes the selected one.
    void addMultiplier();
    void removeMultiplier();
    QTableView *view() const { return m_view; }
    QString previewText() const;
    // The form as a rule (the selected rule's id when one is selected).
    PriceRule formRule() const;
    void fillForm(const PriceRule &rule);
    void addRule();
    void saveRule();
    void deleteRule();

Q_SIGNALS:
    void reloaded();

private:
    QWidget *buildMultipliers();
    void reload();
    void updatePreview();
    void write(const QString &done, std::function<Status(const Database &)> change);

    DatabaseWorker &m_worker;
    PriceRuleTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_strategy = nullptr;
    QSpinBox *m_priority = nullptr;
    QComboBox *m_brand = nullptr;
    QDoubleSpinBox *m_markup = nullptr;
    QDoubleSpinBox *m_margin = nullptr;
    QDoubleSpinBox *m_discount = nullptr;
    QCheckBox *m_active = nullptr;
    QLabel *m_preview = nullptr;
    BrandMultiplierModel *m_multipliers = nullptr;
    QTableView *m_multiplierView = nullptr;
    QComboBox *m_multiplierBrand = nullptr;
    QComboBox *m_multiplierType = nullptr;
    QDoubleSpinBox *m_multiplierValue = nullptr;
    PriceRuleId m_selected;
    quint64 m_previewAsked = 0;
};

} // namespace sf

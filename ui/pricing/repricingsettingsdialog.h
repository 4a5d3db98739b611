#pragma once

#include "pricing/repricingsettings.h"

#include <QDialog>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace sf {

class DatabaseWorker;

// The auto-repricing switch and limits (core.system_config), read and saved on the database worker:
// how often, the largest drop and rise per day, "beat the lowest ask by X after N days listed", the
// smallest change worth sending, and the brands and categories it covers (none ticked: all).
class RepricingSettingsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RepricingSettingsDialog)

public:
    explicit RepricingSettingsDialog(DatabaseWorker &worker, QWidget *parent = nullptr);

    // The settings as the form shows them; empty (with the reason shown) when an amount cannot be read.
    std::optional<RepricingSettings> settings() const;
    void save();

Q_SIGNALS:
    void loaded();
    void saved();

private:
    void fillForm(const RepricingSettings &settings, const QList<std::pair<QString, QString>> &brands,
                  const QList<std::pair<QString, QString>> &categories);

    DatabaseWorker &m_worker;
    QCheckBox *m_enabled = nullptr;
    QSpinBox *m_interval = nullptr;
    QDoubleSpinBox *m_maxDrop = nullptr;
    QDoubleSpinBox *m_maxRise = nullptr;
    QLineEdit *m_beatBy = nullptr;
    QSpinBox *m_beatAfter = nullptr;
    QLineEdit *m_minimumChange = nullptr;
    QListWidget *m_brands = nullptr;
    QListWidget *m_categories = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace sf

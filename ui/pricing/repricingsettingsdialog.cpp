#include "repricingsettingsdialog.h"

#include "catalog/brandrepository.h"
#include "catalog/categoryrepository.h"
#include "db/databaseworker.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
using Names = QList<std::pair<QString, QString>>; // id, name

struct Loaded {
    Result<RepricingSettings> settings;
    Names brands;
    Names categories;
};

void fill(QListWidget *list, const Names &names, const QStringList &ticked)
{
    list->clear();
    for (const auto &[id, name] : names) {
        auto *item = new QListWidgetItem(name, list);
        item->setData(Qt::UserRole, id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(ticked.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
}

QStringList tickedIds(const QListWidget *list)
{
    QStringList ids;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            ids.append(list->item(i)->data(Qt::UserRole).toString());
    return ids;
}
} // namespace

RepricingSettingsDialog::RepricingSettingsDialog(DatabaseWorker &worker, QWidget *parent)
    : QDialog(parent)
    , m_worker(worker)
{
    setObjectName(u"repricingSettingsDialog"_s);
    setWindowTitle(tr("Auto-repricing"));
    m_enabled = new QCheckBox(tr("Reprice my StockX listings automatically"));
    m_enabled->setToolTip(tr("While the app is open, and from cron with \"soleflipper-cli reprice\". Switching it "
                             "off stops a run before its next batch."));
    m_interval = new QSpinBox;
    m_interval->setRange(5, 24 * 60);
    m_interval->setSuffix(tr(" min"));
    m_maxDrop = new QDoubleSpinBox;
    m_maxDrop->setRange(0.0, 90.0);
    m_maxDrop->setSuffix(u" %"_s);
    m_maxRise = new QDoubleSpinBox;
    m_maxRise->setRange(0.0, 1000.0);
    m_maxRise->setSuffix(u" %"_s);
    m_beatBy = new QLineEdit;
    m_beatBy->setPlaceholderText(tr("no undercut"));
    m_beatBy->setToolTip(tr("Empty: follow the recommendation. An amount such as 1.00: ask that much below StockX's "
                            "lowest ask once a pair has been listed longer than the days given."));
    m_beatBy->setMinimumWidth(110);
    m_beatAfter = new QSpinBox;
    m_beatAfter->setRange(0, 365);
    m_beatAfter->setSuffix(tr(" days"));
    m_minimumChange = new QLineEdit;
    m_brands = new QListWidget;
    m_categories = new QListWidget;
    for (QListWidget *list : {m_brands, m_categories})
        list->setMaximumHeight(130);
    m_problem = new QLabel;
    m_problem->setObjectName(u"settingsProblem"_s);
    m_problem->setStyleSheet(u"color: #c62828;"_s);
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(m_enabled);
    form->addRow(tr("Run every"), m_interval);
    form->addRow(tr("Largest drop per day"), m_maxDrop);
    form->addRow(tr("Largest rise per day"), m_maxRise);
    auto *beat = new QHBoxLayout;
    beat->addWidget(m_beatBy);
    beat->addWidget(new QLabel(tr("for pairs listed longer than")));
    beat->addWidget(m_beatAfter);
    form->addRow(tr("Beat the lowest ask by"), beat);
    form->addRow(tr("Smallest change sent"), m_minimumChange);
    form->addRow(tr("Brands (none ticked: all)"), m_brands);
    form->addRow(tr("Categories (none ticked: all)"), m_categories);
    auto *floorNote = new QLabel(tr("No ask is ever set below cost plus the minimum profit after StockX's fees, "
                                    "whatever the limits say."));
    floorNote->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &RepricingSettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(floorNote);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    m_worker.run<Loaded>(
        this,
        [](const Database &db) {
            Loaded loaded{RepricingSettings::load(db), {}, {}};
            for (const Brand &brand : BrandRepository(db).all().value_or(QList<Brand>()))
                loaded.brands.append({brand.id.toString(), brand.name});
            for (const Category &category : CategoryRepository(db).all().value_or(QList<Category>()))
                loaded.categories.append({category.id.toString(), category.name});
            return loaded;
        },
        [this](const Loaded &loaded) {
            if (!loaded.settings)
                m_problem->setText(tr("The settings could not be read: %1").arg(loaded.settings.error().message));
            fillForm(loaded.settings.value_or(RepricingSettings{}), loaded.brands, loaded.categories);
            Q_EMIT this->loaded();
        });
}

void RepricingSettingsDialog::fillForm(const RepricingSettings &settings, const Names &brands, const Names &categories)
{
    m_enabled->setChecked(settings.enabled);
    m_interval->setValue(settings.intervalMinutes);
    m_maxDrop->setValue(double(settings.policy.maxDropBp) / 100.0);
    m_maxRise->setValue(double(settings.policy.maxRiseBp) / 100.0);
    m_beatBy->setText(settings.policy.beatLowestAskBy ? settings.policy.beatLowestAskBy->toDecimalString() : QString());
    m_beatAfter->setValue(settings.policy.beatAfterDaysListed);
    m_minimumChange->setText(Money(settings.policy.minimumChangeCents, u"EUR"_s).toDecimalString());
    QStringList brandIds, categoryIds;
    for (const BrandId &id : settings.policy.brands)
        brandIds.append(id.toString());
    for (const CategoryId &id : settings.policy.categories)
        categoryIds.append(id.toString());
    fill(m_brands, brands, brandIds);
    fill(m_categories, categories, categoryIds);
}

std::optional<RepricingSettings> RepricingSettingsDialog::settings() const
{
    RepricingSettings settings;
    settings.enabled = m_enabled->isChecked();
    settings.intervalMinutes = m_interval->value();
    settings.policy.maxDropBp = qRound64(m_maxDrop->value() * 100.0);
    settings.policy.maxRiseBp = qRound64(m_maxRise->value() * 100.0);
    settings.policy.beatAfterDaysListed = m_beatAfter->value();
    const QString beatBy = m_beatBy->text().trimmed().replace(u',', u'.');
    if (!beatBy.isEmpty()) {
        settings.policy.beatLowestAskBy = Money::parse(beatBy, u"EUR"_s);
        if (!settings.policy.beatLowestAskBy || settings.policy.beatLowestAskBy->minor() < 0) {
            m_problem->setText(tr("\"Beat the lowest ask by\" needs an amount such as 1.00, or nothing."));
            return std::nullopt;
        }
    }
    const auto minimum = Money::parse(m_minimumChange->text().trimmed().replace(u',', u'.'), u"EUR"_s);
    if (!minimum || minimum->minor() < 0) {
        m_problem->setText(tr("\"Smallest change sent\" needs an amount such as 1.00."));
        return std::nullopt;
    }
    settings.policy.minimumChangeCents = minimum->minor();
    for (const QString &id : tickedIds(m_brands))
        settings.policy.brands.insert(BrandId::fromString(id));
    for (const QString &id : tickedIds(m_categories))
        settings.policy.categories.insert(CategoryId::fromString(id));
    return settings;
}

void RepricingSettingsDialog::save()
{
    const auto chosen = settings();
    if (!chosen)
        return;
    m_worker.run<Status>(
        this, [settings = *chosen](const Database &db) { return settings.save(db); },
        [this](const Status &status) {
            if (!status) {
                m_problem->setText(tr("The settings could not be saved: %1").arg(status.error().message));
                return;
            }
            Q_EMIT saved();
            accept();
        });
}

} // namespace sf

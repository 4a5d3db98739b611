#include "awinaccountbox.h"

#include "db/databaseworker.h"
#include "secrets/secretstore.h"
#include "sync/awin/awinsettings.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace sf {

AwinAccountBox::AwinAccountBox(DatabaseWorker &worker, SecretStore &secrets, QWidget *parent)
    : QGroupBox(tr("Awin feeds"), parent)
    , m_worker(worker)
    , m_secrets(secrets)
{
    setObjectName(u"awinAccountBox"_s);
    m_key = new QLineEdit;
    m_key->setObjectName(u"awinKey"_s);
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("Data feed key (Toolbox → Create-a-Feed; not the Publisher API token)"));
    m_baseUrl = new QLineEdit;
    m_baseUrl->setObjectName(u"awinBaseUrl"_s);
    m_language = new QLineEdit;
    m_language->setObjectName(u"awinLanguage"_s);
    m_language->setMaximumWidth(60);
    m_feeds = new QLineEdit;
    m_feeds->setObjectName(u"awinFeedIds"_s);
    m_feeds->setPlaceholderText(tr("e.g. 21293, 21294 — empty: every joined feed"));
    m_advertisers = new QLineEdit;
    m_advertisers->setObjectName(u"awinAdvertiserIds"_s);
    m_advertisers->setPlaceholderText(tr("e.g. 10597 — empty: any advertiser"));
    auto *save = new QPushButton(tr("Save Awin settings"));
    save->setObjectName(u"awinSave"_s);
    connect(save, &QPushButton::clicked, this, &AwinAccountBox::save);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Data feed key"), m_key);
    form->addRow(tr("Feed server"), m_baseUrl);
    form->addRow(tr("Language"), m_language);
    form->addRow(tr("Feed ids"), m_feeds);
    form->addRow(tr("Advertiser ids"), m_advertisers);
    form->addRow(save, m_status);
    load();
}

void AwinAccountBox::load()
{
    m_worker.run<Result<AwinSettings>>(
        this, [](const Database &db) { return AwinSettings::load(db); },
        [this](const Result<AwinSettings> &settings) {
            if (!settings) {
                showStatus(settings.error().toString(), true);
                return;
            }
            m_baseUrl->setText(settings.value().baseUrl);
            m_language->setText(settings.value().language);
            m_feeds->setText(AwinSettings::joinIds(settings.value().feedIds));
            m_advertisers->setText(AwinSettings::joinIds(settings.value().advertiserIds));
        });
    m_secrets.read(QString::fromLatin1(AwinSettings::kKeySecret), [this](Result<QString> key) {
        showStatus(key ? tr("A data feed key is saved in %1.").arg(m_secrets.description())
                       : tr("No data feed key saved yet."));
    });
}

void AwinAccountBox::save()
{
    AwinSettings settings;
    settings.baseUrl = m_baseUrl->text().trimmed();
    settings.language = m_language->text().trimmed().toLower();
    settings.feedIds = AwinSettings::parseIds(m_feeds->text());
    settings.advertiserIds = AwinSettings::parseIds(m_advertisers->text());
    if (!QUrl(settings.baseUrl).isValid() || !settings.baseUrl.startsWith(u"http"_s)) {
        showStatus(tr("The feed server must be an http(s) address."), true);
        return;
    }
    if (settings.language.isEmpty())
        settings.language = u"de"_s;
    m_worker.run<Status>(
        this, [settings](const Database &db) { return settings.save(db); },
        [this](const Status &stored) {
            if (!stored) {
                showStatus(stored.error().toString(), true);
                return;
            }
            const QString key = m_key->text().trimmed();
            if (key.isEmpty()) {
                showStatus(tr("Saved."));
                Q_EMIT saved();
                return;
            }
            m_secrets.write(QString::fromLatin1(AwinSettings::kKeySecret), key, [this](Status written) {
                if (!written) {
                    showStatus(
                        tr("The settings were saved, but the key could not be kept: %1").arg(written.error().message),
                        true);
                    return;
                }
                m_key->clear();
                showStatus(tr("Saved; the key is in %1.").arg(m_secrets.description()));
                Q_EMIT saved();
            });
        });
}

QString AwinAccountBox::statusText() const
{
    return m_status->text();
}

void AwinAccountBox::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? u"color: #b3261e;"_s : QString());
}

} // namespace sf

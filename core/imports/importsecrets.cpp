#include "importsecrets.h"

#include "secrets/secretstore.h"

#include <memory>

namespace sf {

namespace {
struct Progress {
    SecretStore &store;
    QList<std::pair<QString, QString>> secrets;
    std::function<void(int, std::optional<Error>)> done;
    int stored = 0;
};

void storeNext(const std::shared_ptr<Progress> &progress)
{
    if (progress->stored == progress->secrets.size()) {
        progress->done(progress->stored, std::nullopt);
        return;
    }
    const auto &[key, value] = progress->secrets.at(progress->stored);
    progress->store.write(key, value, [progress](Status status) {
        if (!status) {
            progress->done(progress->stored, status.error());
            return;
        }
        ++progress->stored;
        storeNext(progress);
    });
}
} // namespace

void storeImportSecrets(SecretStore &store, QList<std::pair<QString, QString>> secrets,
                        std::function<void(int, std::optional<Error>)> done)
{
    storeNext(std::make_shared<Progress>(Progress{store, std::move(secrets), std::move(done)}));
}

} // namespace sf

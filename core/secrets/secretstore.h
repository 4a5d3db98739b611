#pragma once

#include "domain/result.h"

#include <QObject>

#include <functional>

namespace sf {

// Where passwords, tokens and API keys live. Asynchronous because the OS keychain answers over D-Bus;
// callbacks run on the thread that made the call. Implementations never fall back to plain files.
class SecretStore : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    using ReadCallback = std::function<void(Result<QString>)>;
    using DoneCallback = std::function<void(Status)>;

    explicit SecretStore(QObject *parent = nullptr)
        : QObject(parent)
    {}
    ~SecretStore() override = default;

    // A missing secret is an Error with code "secret.not_found".
    virtual void read(const QString &key, ReadCallback done) = 0;
    virtual void write(const QString &key, const QString &value, DoneCallback done) = 0;
    virtual void remove(const QString &key, DoneCallback done) = 0;
    // A sentence for the user: where secrets are kept ("the system keychain", "memory only").
    virtual QString description() const = 0;
};

} // namespace sf

#include "memorysecretstore.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sf {

void MemorySecretStore::read(const QString &key, ReadCallback done)
{
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.constEnd())
        done(Error{u"secret.not_found"_s,
                   QCoreApplication::translate("SecretStore", "No secret is stored under this name."), key});
    else
        done(it.value());
}

void MemorySecretStore::write(const QString &key, const QString &value, DoneCallback done)
{
    m_secrets.insert(key, value);
    done({});
}

void MemorySecretStore::remove(const QString &key, DoneCallback done)
{
    m_secrets.remove(key);
    done({});
}

QString MemorySecretStore::description() const
{
    return QCoreApplication::translate("SecretStore", "memory only (forgotten when the app closes)");
}

} // namespace sf

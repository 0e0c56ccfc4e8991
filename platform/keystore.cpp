#include "keystore.h"

#include <QEventLoop>

#include <qt6keychain/keychain.h>

namespace brugboek::platform {

namespace {
const QString Service = QStringLiteral("Brugboek");

// Runs a QtKeychain job to its end (jobs answer through the event loop).
void runJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

class QtKeychainStore final : public Keystore
{
public:
    explicit QtKeychainStore(QString account)
        : m_account(std::move(account))
    {
    }

    std::optional<QByteArray> read() override
    {
        QKeychain::ReadPasswordJob job(Service);
        job.setKey(m_account);
        runJob(job);
        if (job.error() != QKeychain::NoError)
            return std::nullopt;
        const QByteArray secret = job.binaryData();
        if (secret.isEmpty())
            return std::nullopt;
        return secret;
    }

    bool write(const QByteArray &secret) override
    {
        QKeychain::WritePasswordJob job(Service);
        job.setKey(m_account);
        job.setBinaryData(secret);
        runJob(job);
        return job.error() == QKeychain::NoError;
    }

    void remove() override
    {
        QKeychain::DeletePasswordJob job(Service);
        job.setKey(m_account);
        runJob(job);
    }

private:
    QString m_account;
};
} // namespace

std::unique_ptr<Keystore> makePlatformKeystore(const QString &account)
{
    return std::make_unique<QtKeychainStore>(account);
}

} // namespace brugboek::platform

#pragma once

#include "keyprovider.h"

namespace brugboek::platform {

// FOR DEVELOPMENT ONLY: keeps the database key in a plain file (mode 0600)
// beside the database, so anyone who can read the app's files can read the
// data. The data-protection work replaces it with a PIN-wrapped key and the
// platform keystore.
class DevelopmentKeyProvider final : public KeyProvider
{
public:
    explicit DevelopmentKeyProvider(QString keyFilePath);

    std::optional<QByteArray> loadKey() override;
    QByteArray createKey() override;
    void destroyKey() override;

    [[nodiscard]] QString keyFilePath() const { return m_path; }

private:
    QString m_path;
};

} // namespace brugboek::platform

#include "reachability.h"

#include <QNetworkInformation>

namespace brugboek::platform {

Reachability::Reachability(QObject *parent)
    : QObject(parent)
{
    m_available = QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability);
    if (!m_available)
        return;
    connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability r) {
                if (r == QNetworkInformation::Reachability::Online ||
                    r == QNetworkInformation::Reachability::Site)
                    Q_EMIT online();
            });
}

} // namespace brugboek::platform

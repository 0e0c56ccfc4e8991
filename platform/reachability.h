#pragma once

#include <QObject>

namespace brugboek::platform {

// Tells when the device (probably) got a network again, so that sync does
// not wait for its next timer. Uses the platform's network information
// backend where there is one (NetworkManager on Linux, the OS on Android);
// without one it never fires and sync relies on its timers.
class Reachability : public QObject
{
    Q_OBJECT
public:
    explicit Reachability(QObject *parent = nullptr);
    [[nodiscard]] bool available() const { return m_available; }

Q_SIGNALS:
    void online();

private:
    bool m_available = false;
};

} // namespace brugboek::platform

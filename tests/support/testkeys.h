#pragma once

// The PIN-wrapped key provider with fast (weak) argon2id limits, for tests.

#include "platform/pinkeyprovider.h"

#include <QString>

namespace brugboek::test {

inline const QString TestPin = QStringLiteral("482916");

inline platform::PinKeyProvider::Options fastKeyOptions(int maxAttempts)
{
    platform::PinKeyProvider::Options o;
    o.maxAttempts = maxAttempts;
    o.limits = platform::wrappedkey::KdfLimits::minimal();
    return o;
}

} // namespace brugboek::test

#pragma once

// scripts/test sets BRUGBOEK_TEST_MARKER to a random string for the run; test
// data carry it in names and notes, and scripts/test fails when any log of
// the run (test output, server logs) shows it. Without it, marked() is the
// identity.

#include <QString>

#include <string>

namespace brugboek::test {

inline QString marked(const QString &text)
{
    static const QString marker = qEnvironmentVariable("BRUGBOEK_TEST_MARKER");
    return marker.isEmpty() ? text : text + QLatin1Char(' ') + marker;
}

inline std::string marked(const std::string &text)
{
    return marked(QString::fromStdString(text)).toStdString();
}

} // namespace brugboek::test

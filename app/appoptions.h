#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

namespace brugboek::app {

// The command line of the app.
struct AppOptions
{
    QString dataDirectory; // default: the platform's app data folder
    bool demo = false; // fill an empty store with demo data
    bool selfTest = false; // load every page, report QML problems, quit
    QString screenshotDirectory; // self-test: one PNG per page here
    QSize windowSize; // invalid: the platform's choice
    QString language = QStringLiteral("nl");
    // Enrol with this server at start when not enrolled yet (scripts/demo).
    QString serverUrl;
    QString username;
    QString passwordFile; // the password, in a file: never on the command line
    bool languageGiven = false; // --lang was given; else the stored choice applies
    // The app lock. --pin-file is for scripts (self-test, screenshots, demo):
    // the PIN is read from the file, set up on first start and typed in at
    // start, so they run without a person. Never a default PIN.
    QString pinFile;
    bool noKeystore = false; // do not use the platform keystore (tests, scripts)
    int idleLockSeconds = 5 * 60; // lock after this long without a touch
    int maxPinAttempts = 10; // wrong PINs in a row before the data is wiped

    static const QStringList &languages(); // nl, fr, en

    // Parses the application's arguments; prints help or an error and exits
    // on --help or bad input, as QCommandLineParser does.
    static AppOptions parse(const QStringList &arguments);
};

} // namespace brugboek::app

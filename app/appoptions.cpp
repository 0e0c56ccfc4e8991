#include "appoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QStandardPaths>

#include <cstdlib>

namespace brugboek::app {

const QStringList &AppOptions::languages()
{
    static const QStringList list {QStringLiteral("nl"), QStringLiteral("fr"), QStringLiteral("en")};
    return list;
}

AppOptions AppOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Brugboek: the notebook of a brugfiguur."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("Keep the encrypted store in <dir>."),
                                     QStringLiteral("dir"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QStringLiteral("Fill an empty store with demo data (one worker's caseload)."));
    const QCommandLineOption selfTest(
        QStringLiteral("self-test"),
        QStringLiteral(
            "Load every page, report any QML warning or error, and quit (exit code 0 when clean)."));
    const QCommandLineOption screenshots(
        QStringLiteral("screenshot-dir"),
        QStringLiteral("With --self-test: save a PNG of every page in <dir>."), QStringLiteral("dir"));
    const QCommandLineOption size(QStringLiteral("window-size"),
                                  QStringLiteral("Open the window at <width>x<height>, e.g. 412x915."),
                                  QStringLiteral("size"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("User interface language: nl (default), fr or en."),
                                  QStringLiteral("language"), QStringLiteral("nl"));
    const QCommandLineOption server(
        QStringLiteral("server"),
        QStringLiteral("Enrol with the sync server at <url> when not enrolled yet."), QStringLiteral("url"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("With --server: the username."),
                                  QStringLiteral("name"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"),
                                          QStringLiteral("With --server: read the password from <file>."),
                                          QStringLiteral("file"));
    const QCommandLineOption pinFile(
        QStringLiteral("pin-file"),
        QStringLiteral("Read the app lock's PIN from <file>: set it up on first start, unlock with it at "
                       "start (for scripts and tests; the lock still applies afterwards)."),
        QStringLiteral("file"));
    const QCommandLineOption noKeystore(
        QStringLiteral("no-keystore"),
        QStringLiteral("Do not keep the database key in the platform keystore."));
    const QCommandLineOption idleLock(QStringLiteral("idle-lock"),
                                      QStringLiteral("Lock after <seconds> without a touch (default 300)."),
                                      QStringLiteral("seconds"), QStringLiteral("300"));
    const QCommandLineOption maxAttempts(
        QStringLiteral("max-pin-attempts"),
        QStringLiteral("Erase the data after <n> wrong PINs in a row (default 10)."), QStringLiteral("n"),
        QStringLiteral("10"));
    parser.addOptions({dataDir, demo, selfTest, screenshots, size, lang, server, user, passwordFile, pinFile,
                       noKeystore, idleLock, maxAttempts});
    parser.process(arguments);

    AppOptions o;
    o.dataDirectory = parser.isSet(dataDir)
        ? parser.value(dataDir)
        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    o.demo = parser.isSet(demo);
    o.selfTest = parser.isSet(selfTest);
    o.screenshotDirectory = parser.value(screenshots);
    o.language = parser.value(lang);
    o.serverUrl = parser.value(server);
    o.username = parser.value(user);
    o.passwordFile = parser.value(passwordFile);
    if (!o.serverUrl.isEmpty() && (o.username.isEmpty() || o.passwordFile.isEmpty())) {
        qCritical("--server needs --user and --password-file.");
        std::exit(2);
    }
    o.languageGiven = parser.isSet(lang);
    o.pinFile = parser.value(pinFile);
    o.noKeystore = parser.isSet(noKeystore);
    bool ok = false;
    o.idleLockSeconds = parser.value(idleLock).toInt(&ok);
    if (!ok || o.idleLockSeconds < 1) {
        qCritical("--idle-lock needs a number of seconds of at least 1.");
        std::exit(2);
    }
    o.maxPinAttempts = parser.value(maxAttempts).toInt(&ok);
    if (!ok || o.maxPinAttempts < 1 || o.maxPinAttempts > 100) {
        qCritical("--max-pin-attempts needs a number from 1 to 100.");
        std::exit(2);
    }
    if (!languages().contains(o.language)) {
        qCritical("Unknown language \"%s\"; use nl, fr or en.", qPrintable(o.language));
        std::exit(2);
    }
    if (parser.isSet(size)) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
        const auto match = pattern.match(parser.value(size));
        if (!match.hasMatch()) {
            qCritical("Bad window size \"%s\"; write it as 1280x800.", qPrintable(parser.value(size)));
            std::exit(2);
        }
        o.windowSize = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    }
    return o;
}

} // namespace brugboek::app

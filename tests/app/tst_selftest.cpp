// Runs the real app's --self-test: every page loads without a QML warning or
// error, in each language and at tablet and phone size, on a demo store; and
// a store that cannot be opened gives the error page, not a crash.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestSelfTest : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString output;
    };

    Run runApp(const QStringList &arguments)
    {
        QProcess app;
        app.setProgram(QStringLiteral(BRUGBOEK_APP));
        app.setArguments(arguments);
        app.setProcessChannelMode(QProcess::MergedChannels);
        app.start();
        Run run;
        if (!app.waitForFinished(180000)) {
            app.kill();
            app.waitForFinished();
            run.output = QStringLiteral("timed out\n") + QString::fromLocal8Bit(app.readAll());
            return run;
        }
        run.output = QString::fromLocal8Bit(app.readAll());
        run.exitCode = app.exitStatus() == QProcess::NormalExit ? app.exitCode() : -1;
        return run;
    }

    // The app lock's PIN for these runs (--pin-file; never a default PIN).
    QStringList withPin(QStringList arguments) const
    {
        return arguments << QStringLiteral("--pin-file") << m_pinFile;
    }

    QTemporaryDir m_dir;
    QString m_demoDir;
    QString m_pinFile;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFileInfo::exists(QStringLiteral(BRUGBOEK_APP)));
        m_demoDir = QDir(m_dir.path()).filePath(QStringLiteral("demo"));
        m_pinFile = QDir(m_dir.path()).filePath(QStringLiteral("pin"));
        QFile pin(m_pinFile);
        QVERIFY(pin.open(QIODevice::WriteOnly));
        pin.write("731946\n");
        pin.close();
        // The first run fills the store; the others find it filled.
        const Run run = runApp(withPin({QStringLiteral("--self-test"), QStringLiteral("--demo"),
                                        QStringLiteral("--data-dir"), m_demoDir}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    }

    void everyPageLoads_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("size");
        for (const char *language : {"nl", "fr", "en"}) {
            for (const char *size : {"1280x800", "412x915"})
                QTest::addRow("%s %s", language, size)
                    << QString::fromLatin1(language) << QString::fromLatin1(size);
        }
    }
    void everyPageLoads()
    {
        QFETCH(QString, language);
        QFETCH(QString, size);
        const Run run = runApp(
            withPin({QStringLiteral("--self-test"), QStringLiteral("--demo"), QStringLiteral("--data-dir"),
                     m_demoDir, QStringLiteral("--lang"), language, QStringLiteral("--window-size"), size}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        QVERIFY2(run.output.contains(QStringLiteral(" 0 problems")), qPrintable(run.output));
        QVERIFY2(!run.output.contains(QStringLiteral("self-test: 0 pages")), qPrintable(run.output));
    }

    void screenshots()
    {
        const QString shots = QDir(m_dir.path()).filePath(QStringLiteral("shots"));
        const Run run = runApp(withPin({QStringLiteral("--self-test"), QStringLiteral("--data-dir"),
                                        m_demoDir, QStringLiteral("--window-size"), QStringLiteral("412x915"),
                                        QStringLiteral("--screenshot-dir"), shots}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        for (const char *page :
             {"VandaagPage", "GezinnenPage", "SchoolpoortPage", "ZitdagPage", "HuisbezoekPage",
              "GezinsdossierPage", "ToeleidingenPage", "SocialeKaartPage", "InstellingenPage",
              "StoreErrorPage", "PinSetupPage", "UnlockPage", "ReauthPage", "WipedPage", "BeveiligingPage"}) {
            const QImage image(QDir(shots).filePath(QString::fromLatin1(page) + QStringLiteral(".png")));
            QVERIFY2(!image.isNull(), page);
            QCOMPARE(image.size() / image.devicePixelRatio(), QSize(412, 915));
        }
    }

    // Fail closed: the demo store without its PIN (and no keystore in the
    // self-test) does not open; the pages load without it.
    void withoutThePinTheStoreStaysClosed()
    {
        const Run run = runApp({QStringLiteral("--self-test"), QStringLiteral("--data-dir"), m_demoDir});
        QVERIFY2(run.exitCode == 2, qPrintable(run.output));
        QVERIFY2(run.output.contains(QStringLiteral("the store did not open")), qPrintable(run.output));

        // A wrong PIN neither: a warning, and the store stays closed.
        const QString wrong = QDir(m_dir.path()).filePath(QStringLiteral("wrong-pin"));
        QFile f(wrong);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("000000\n");
        f.close();
        const Run wrongRun = runApp({QStringLiteral("--self-test"), QStringLiteral("--data-dir"), m_demoDir,
                                     QStringLiteral("--pin-file"), wrong});
        QVERIFY2(wrongRun.exitCode != 0, qPrintable(wrongRun.output));
        QVERIFY2(wrongRun.output.contains(QStringLiteral("did not unlock")), qPrintable(wrongRun.output));
        // The right PIN still works (one wrong attempt is far from the limit).
        const Run right =
            runApp(withPin({QStringLiteral("--self-test"), QStringLiteral("--data-dir"), m_demoDir}));
        QVERIFY2(right.exitCode == 0, qPrintable(right.output));
    }

    // A database whose key is lost: the app shows why and exits the self-test
    // with 2 (the store did not open), not 1 (QML problems) or a crash.
    void unreadableStoreShowsTheErrorPage()
    {
        const QString dir = QDir(m_dir.path()).filePath(QStringLiteral("broken"));
        QVERIFY(QDir().mkpath(dir));
        QFile db(QDir(dir).filePath(QStringLiteral("brugboek.db")));
        QVERIFY(db.open(QIODevice::WriteOnly));
        db.write(QByteArray(8192, 'x'));
        db.close();

        const Run run = runApp(withPin({QStringLiteral("--self-test"), QStringLiteral("--data-dir"), dir}));
        QVERIFY2(run.exitCode == 2, qPrintable(run.output));
        QVERIFY2(run.output.contains(QStringLiteral("the store did not open")), qPrintable(run.output));
        // The file is never replaced.
        QCOMPARE(QFileInfo(db.fileName()).size(), 8192);
    }
};

QTEST_GUILESS_MAIN(TestSelfTest)
#include "tst_selftest.moc"

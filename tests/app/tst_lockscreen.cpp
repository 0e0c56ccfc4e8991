// The lock screen in the real window (Main.qml, rendered offscreen): locking
// (by hand or when the app goes to the background) drops every page and with
// them their models, so nothing of a family stays
// on screen or in the UI's memory; a revoked device shows, in Dutch, that the
// administrator disconnected it and its data was deleted.

#include "app/applock.h"
#include "app/language.h"
#include "app/store/repository.h"
#include "app/todaycontroller.h"
#include "support/lockfixture.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTest>

Q_IMPORT_QML_PLUGIN(Brugboek_AppPlugin)
Q_IMPORT_QML_PLUGIN(Brugboek_UiPlugin)

using namespace brugboek;
using app::AppLock;

class TestLockScreen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QQuickStyle::setStyle(QStringLiteral("Material"));
        QVERIFY(app::installLanguage(*QCoreApplication::instance(), QStringLiteral("nl")));
    }

    void lockingDropsEveryPageAndARevokedDeviceSaysSo()
    {
        test::LockFixture f;
        QVERIFY(f.lock->setUpPin(test::TestPin, test::TestPin));
        store::Household h;
        h.displayName = QStringLiteral("Haddad");
        store::Repository(*f.context.store()).save(h);
        app::AppContext::setInstance(&f.context);
        AppLock::setInstance(f.lock.get());

        QQmlApplicationEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Brugboek/Ui/Main.qml")));
        QVERIFY(!engine.rootObjects().isEmpty());
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        QVERIFY(window);
        auto *stack = window->findChild<QQuickItem *>(QStringLiteral("pageStack"));
        auto *lockScreen = window->findChild<QObject *>(QStringLiteral("lockScreen"));
        QVERIFY(stack && lockScreen);

        // Unlocked: the Vandaag page with its controller.
        QTRY_COMPARE(stack->property("depth").toInt(), 1);
        QTRY_VERIFY(!window->findChildren<app::TodayController *>().isEmpty());
        QVERIFY(!lockScreen->property("item").value<QObject *>());

        f.lock->lockNow();
        QCOMPARE(stack->property("depth").toInt(), 0);
        QVERIFY(!stack->isVisible());
        QTRY_VERIFY(window->findChildren<app::TodayController *>().isEmpty());
        auto *page = lockScreen->property("item").value<QObject *>();
        QVERIFY(page);
        QCOMPARE(page->objectName(), QStringLiteral("unlockPage"));

        QVERIFY(f.lock->unlock(test::TestPin));
        QTRY_COMPARE(stack->property("depth").toInt(), 1);
        QTRY_VERIFY(!window->findChildren<app::TodayController *>().isEmpty());

        // The app goes to the background (as the platform reports it):
        // locked at once, pages gone.
        Q_EMIT qGuiApp->applicationStateChanged(Qt::ApplicationSuspended);
        QCOMPARE(f.lock->state(), AppLock::Locked);
        QCOMPARE(stack->property("depth").toInt(), 0);
        QTRY_VERIFY(window->findChildren<app::TodayController *>().isEmpty());
        // Merely inactive (another window has the focus): no lock.
        QVERIFY(f.lock->unlock(test::TestPin));
        Q_EMIT qGuiApp->applicationStateChanged(Qt::ApplicationInactive);
        QCOMPARE(f.lock->state(), AppLock::Unlocked);

        f.lock->wipe(AppLock::DeviceRevoked);
        QTRY_VERIFY(window->findChildren<app::TodayController *>().isEmpty());
        page = lockScreen->property("item").value<QObject *>();
        QVERIFY(page);
        QCOMPARE(page->objectName(), QStringLiteral("wipedPage"));
        auto *reason = page->findChild<QObject *>(QStringLiteral("wipedReason"));
        QVERIFY(reason);
        const QString text = reason->property("text").toString();
        QVERIFY2(text.contains(QStringLiteral("beheerder")) &&
                     text.contains(QStringLiteral("losgekoppeld")) &&
                     text.contains(QStringLiteral("verwijderd")),
                 qPrintable(text));
        AppLock::setInstance(nullptr);
    }
};

QTEST_MAIN(TestLockScreen)
#include "tst_lockscreen.moc"

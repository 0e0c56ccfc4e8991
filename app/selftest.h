#pragma once

#include <QMutex>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QtGlobal>

class QQmlApplicationEngine;
class QQuickWindow;

namespace brugboek::app {

class AppContext;

// The app's --self-test: from before QML is loaded until the end, every
// warning or error Qt logs is a problem. run() shows every page of the QML
// module in the real window (optionally saving a PNG of each) and returns the
// exit code: 0 when clean, 1 on QML problems, 2 when the store did not open.
class SelfTest : public QObject
{
    Q_OBJECT

public:
    // Installs the message handler; create it before loading QML.
    explicit SelfTest(QString screenshotDirectory, QObject *parent = nullptr);
    ~SelfTest() override;

    // The pages checked: every *Page.qml in `pagesDirectory` (a resource folder).
    [[nodiscard]] static QStringList pages(const QString &pagesDirectory);

    int run(QQmlApplicationEngine &engine, const AppContext &context, const QString &pagesDirectory);

private:
    static void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message);
    void showPage(QQuickWindow *window, const QString &url);
    // A page with a function selfTestScene() gets a second picture: the
    // scene it sets up, named by what the function returns.
    void showScene(QQuickWindow *window, const QString &pageFile);
    void savePicture(QQuickWindow *window, const QString &pageFile, const QString &scene = {});
    void problem(const QString &text);

    static inline SelfTest *s_current = nullptr;
    QtMessageHandler m_previousHandler = nullptr;
    QString m_screenshotDirectory;
    QMutex m_mutex; // messages come from the render thread too
    QStringList m_problems;
};

} // namespace brugboek::app

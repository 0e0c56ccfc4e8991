#include "selftest.h"

#include "appcontext.h"

#include <QCursor>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTimer>

#include <cstdio>

namespace brugboek::app {

namespace {
// Lets the window lay out and render; Quick has no "settled" signal.
void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Noise of the environment, not of our QML.
bool isEnvironmentNoise(const QMessageLogContext &context, const QString &message)
{
    const QLatin1String category(context.category ? context.category : "");
    return category.startsWith(QLatin1String("qt.qpa")) ||
        message.startsWith(QLatin1String("QStandardPaths:"));
}
} // namespace

SelfTest::SelfTest(QString screenshotDirectory, QObject *parent)
    : QObject(parent)
    , m_screenshotDirectory(std::move(screenshotDirectory))
{
    s_current = this;
    m_previousHandler = qInstallMessageHandler(&SelfTest::handleMessage);
}

SelfTest::~SelfTest()
{
    qInstallMessageHandler(m_previousHandler);
    s_current = nullptr;
}

void SelfTest::handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    SelfTest *self = s_current;
    if (self && type != QtDebugMsg && type != QtInfoMsg && !isEnvironmentNoise(context, message))
        self->problem(message);
    if (self && self->m_previousHandler)
        self->m_previousHandler(type, context, message);
}

void SelfTest::problem(const QString &text)
{
    const QMutexLocker lock(&m_mutex);
    m_problems.append(text);
}

QStringList SelfTest::pages(const QString &pagesDirectory)
{
    QStringList out;
    const QDir dir(pagesDirectory);
    for (const QString &name : dir.entryList({QStringLiteral("*Page.qml")}, QDir::Files, QDir::Name))
        out << dir.filePath(name);
    return out;
}

int SelfTest::run(QQmlApplicationEngine &engine, const AppContext &context, const QString &pagesDirectory)
{
    auto *window = engine.rootObjects().isEmpty()
        ? nullptr
        : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        problem(QStringLiteral("the main window did not load"));
    if (!m_screenshotDirectory.isEmpty() && !QDir().mkpath(m_screenshotDirectory))
        problem(QStringLiteral("cannot create %1").arg(m_screenshotDirectory));

    const QStringList files = pages(pagesDirectory);
    if (files.isEmpty())
        problem(QStringLiteral("no pages found in %1").arg(pagesDirectory));
    if (window) {
        // No hover highlight in the pictures.
        QCursor::setPos(window->mapToGlobal(QPoint(window->width() - 1, 0)));
        settle(m_screenshotDirectory.isEmpty() ? 100 : 300);
        for (const QString &file : files) {
            showPage(window, file);
            savePicture(window, file);
            showScene(window, file);
        }
    }

    const QMutexLocker lock(&m_mutex);
    std::fprintf(stderr, "self-test: %d pages, %d problems\n", static_cast<int>(files.size()),
                 static_cast<int>(m_problems.size()));
    for (const QString &p : std::as_const(m_problems))
        std::fprintf(stderr, "  %s\n", qPrintable(p));
    if (!m_problems.isEmpty())
        return 1;
    if (!context.storeOpen()) {
        std::fprintf(stderr, "self-test: the store did not open: %s (%s)\n", qPrintable(context.errorText()),
                     qPrintable(context.errorDetail()));
        return 2;
    }
    return 0;
}

void SelfTest::showPage(QQuickWindow *window, const QString &file)
{
    const QUrl url(QStringLiteral("qrc") + file);
    if (!QMetaObject::invokeMethod(window, "showPage", Q_ARG(QVariant, QVariant(url))))
        problem(QStringLiteral("Main.qml has no showPage(url) function"));
    // Long enough for the tab bar's highlight to arrive in the pictures.
    settle(m_screenshotDirectory.isEmpty() ? 100 : 400);
}

void SelfTest::showScene(QQuickWindow *window, const QString &file)
{
    QVariant page;
    if (!QMetaObject::invokeMethod(window, "currentPage", Q_RETURN_ARG(QVariant, page)))
        return;
    auto *item = page.value<QObject *>();
    if (!item || item->metaObject()->indexOfMethod("selfTestScene()") < 0)
        return;
    QVariant name;
    if (!QMetaObject::invokeMethod(item, "selfTestScene", Q_RETURN_ARG(QVariant, name)) ||
        name.toString().isEmpty())
        return;
    settle(m_screenshotDirectory.isEmpty() ? 100 : 400);
    savePicture(window, file, name.toString());
}

void SelfTest::savePicture(QQuickWindow *window, const QString &pageFile, const QString &scene)
{
    if (m_screenshotDirectory.isEmpty())
        return;
    const QString path =
        QDir(m_screenshotDirectory)
            .filePath(QFileInfo(pageFile).completeBaseName() + scene + QStringLiteral(".png"));
    const QImage image = window->grabWindow();
    if (image.isNull() || !image.save(path))
        problem(QStringLiteral("cannot save %1").arg(path));
}

} // namespace brugboek::app

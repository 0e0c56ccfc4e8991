// Android only (not built on the desktop): sets FLAG_SECURE on the app's
// window through SecureWindow.java. main() calls brugboek::platform::
// secureWindow() once after the QGuiApplication exists.

#include <QtCore/qglobal.h>

#ifdef Q_OS_ANDROID
#include <QCoreApplication>
#include <QJniObject>

namespace brugboek::platform {

void secureWindow()
{
    const QJniObject activity = QNativeInterface::QAndroidApplication::context();
    QJniObject::callStaticMethod<void>("be/brugboek/app/SecureWindow", "apply", "(Landroid/app/Activity;)V",
                                       activity.object());
}

} // namespace brugboek::platform
#endif

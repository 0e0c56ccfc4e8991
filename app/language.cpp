#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace brugboek::app {

bool installLanguage(QCoreApplication &app, const QString &language)
{
    const QLocale locale(language + QStringLiteral("_BE"));
    QLocale::setDefault(locale);
    if (language == QLatin1String("en"))
        return true;

    // Qt's own strings (e.g. in text field context menus), when installed.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qt"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    // Embedded by the QML module (qml/CMakeLists.txt, qt_add_translations).
    auto *own = new QTranslator(&app);
    if (!own->load(QStringLiteral(":/i18n/brugboek_%1.qm").arg(language))) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    return true;
}

} // namespace brugboek::app

#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace brugboek::app {

namespace {
// What the last call installed.
QPointer<QTranslator> s_qt;
QPointer<QTranslator> s_own;

void remove(QPointer<QTranslator> &translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
}
} // namespace

bool installLanguage(QCoreApplication &app, const QString &language)
{
    const QLocale locale(language + QStringLiteral("_BE"));
    QLocale::setDefault(locale);
    remove(s_qt);
    remove(s_own);

    // Qt's own strings (e.g. in text field context menus), when installed.
    if (language != QLatin1String("en")) {
        auto *qt = new QTranslator(&app);
        if (qt->load(locale, QStringLiteral("qt"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
            s_qt = qt;
        } else {
            delete qt;
        }
    }

    // Embedded by the QML module (qml/CMakeLists.txt, qt_add_translations).
    // English is the source language; its file holds the plural forms.
    auto *own = new QTranslator(&app);
    if (!own->load(QStringLiteral(":/i18n/brugboek_%1.qm").arg(language))) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    s_own = own;
    return true;
}

} // namespace brugboek::app

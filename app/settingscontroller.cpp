#include "settingscontroller.h"

#include "appcontext.h"
#include "appoptions.h"
#include "labels.h"
#include "language.h"

#include <QCoreApplication>

#include <QDir>
#include <QSettings>

namespace brugboek::app {

namespace {
QString settingsFile(const QString &dataDirectory)
{
    return QDir(dataDirectory).filePath(QStringLiteral("settings.ini"));
}
const QString LanguageKey = QStringLiteral("ui/language");
} // namespace

SettingsController::SettingsController(QObject *parent)
    : QObject(parent)
    , m_language(labels::language())
{
}

QString SettingsController::storedLanguage(const QString &dataDirectory)
{
    const QString stored =
        QSettings(settingsFile(dataDirectory), QSettings::IniFormat).value(LanguageKey).toString();
    return AppOptions::languages().contains(stored) ? stored : QString();
}

void SettingsController::setContext(AppContext *context)
{
    if (m_context == context)
        return;
    m_context = context;
    // The language shown is the one running: main() started in the stored
    // one unless --lang said otherwise.
    Q_EMIT contextChanged();
}

void SettingsController::setLanguage(const QString &language)
{
    if (language == m_language || !AppOptions::languages().contains(language))
        return;
    m_language = language;
    if (m_context) {
        QSettings settings(settingsFile(m_context->dataDirectory()), QSettings::IniFormat);
        settings.setValue(LanguageKey, language);
    }
    apply();
    Q_EMIT languageChanged();
}

void SettingsController::apply()
{
    if (auto *app = QCoreApplication::instance(); app && !installLanguage(*app, m_language))
        qWarning("No translation for \"%s\"", qPrintable(m_language));
    // Bindings with qsTr() are evaluated again; the C++ texts follow the context.
    if (QQmlEngine *engine = qmlEngine(this))
        engine->retranslate();
    if (m_context)
        m_context->notifyLanguageChanged();
}

QVariantList SettingsController::languages()
{
    auto entry = [](const char *code, const char *label) {
        return QVariantMap {{QStringLiteral("code"), QString::fromLatin1(code)},
                            {QStringLiteral("label"), QString::fromUtf8(label)}};
    };
    return {entry("nl", "Nederlands"), entry("fr", "Français"), entry("en", "English")};
}

} // namespace brugboek::app

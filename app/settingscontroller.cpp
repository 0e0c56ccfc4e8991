#include "settingscontroller.h"

#include "appcontext.h"
#include "appoptions.h"
#include "labels.h"

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
    Q_EMIT contextChanged();
    const QString stored = m_context ? storedLanguage(m_context->dataDirectory()) : QString();
    if (!stored.isEmpty() && stored != m_language) {
        m_language = stored;
        Q_EMIT languageChanged();
    }
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
    Q_EMIT languageChanged();
}

QVariantList SettingsController::languages()
{
    auto entry = [](const char *code, const char *label) {
        return QVariantMap {{QStringLiteral("code"), QString::fromLatin1(code)},
                            {QStringLiteral("label"), QString::fromUtf8(label)}};
    };
    return {entry("nl", "Nederlands"), entry("fr", "Français"), entry("en", "English")};
}

bool SettingsController::restartNeeded() const
{
    return m_language != labels::language();
}

} // namespace brugboek::app

#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>

namespace brugboek::app {

class AppContext;

// The device's settings: for now the language of the user interface, kept in
// settings.ini beside the data. A new language applies at once: the
// translations are swapped, the QML engine retranslates its bindings and the
// context tells the models to make their texts again.
class SettingsController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(brugboek::app::AppContext *context READ context WRITE setContext NOTIFY contextChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)

public:
    explicit SettingsController(QObject *parent = nullptr);

    // The language stored in `dataDirectory`, or an empty string.
    [[nodiscard]] static QString storedLanguage(const QString &dataDirectory);

    [[nodiscard]] AppContext *context() const { return m_context; }
    void setContext(AppContext *context);
    [[nodiscard]] QString language() const { return m_language; }
    void setLanguage(const QString &language);
    // [{code, label}], each label in its own language.
    [[nodiscard]] static QVariantList languages();

Q_SIGNALS:
    void contextChanged();
    void languageChanged();

private:
    void apply();

    QPointer<AppContext> m_context;
    QString m_language;
};

} // namespace brugboek::app

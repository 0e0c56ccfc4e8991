#pragma once

#include "sync/core/clock.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QString>

#include <exception>
#include <functional>
#include <memory>

namespace brugboek::platform {
class KeyProvider;
}
namespace brugboek::store {
class Store;
}

namespace brugboek::app {

// What every page and model needs: the device's store, or why it could not
// be opened. Created and owned by main(); QML sees this one instance as the
// singleton AppContext and hands it to models and controllers
// (`HouseholdSearchModel { context: AppContext }`).
class AppContext : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool storeOpen READ storeOpen NOTIFY storeOpenChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged)
    Q_PROPERTY(QString errorDetail READ errorDetail NOTIFY errorChanged)
    Q_PROPERTY(QString dataDirectory READ dataDirectory CONSTANT)

public:
    explicit AppContext(QString dataDirectory, QObject *parent = nullptr);
    ~AppContext() override;

    // The instance QML gets; main() registers it before loading QML.
    static void setInstance(AppContext *context) { s_instance = context; }
    static AppContext *create(QQmlEngine *, QJSEngine *);

    // Opens (or creates) the store in dataDirectory() with the key from
    // `keys`, then runs `prepare` on it (e.g. filling in demo data). A
    // failure leaves the store closed and sets errorText(); nothing throws.
    bool openStore(platform::KeyProvider &keys, const std::function<void(store::Store &)> &prepare = {},
                   const sync::Clock &clock = sync::SystemClock::instance());

    // Closes the store (before the device is wiped); models see no store.
    void closeStore();

    [[nodiscard]] store::Store *store() const { return m_store.get(); }
    [[nodiscard]] bool storeOpen() const { return m_store != nullptr; }
    // Why the store could not be opened, in the user's language.
    [[nodiscard]] QString errorText() const { return m_errorText; }
    // The technical reason, for a support question; never shown alone.
    [[nodiscard]] QString errorDetail() const { return m_errorDetail; }
    [[nodiscard]] QString dataDirectory() const { return m_dataDirectory; }

    // Tells models and controllers that records changed (after a write or a
    // sync), so they read again. When a name changed, the search data starts
    // loading again first (on its own thread).
    void notifyRecordsChanged();
    // Tells models and controllers that the user interface's language (and
    // so the default QLocale) changed, so they make their texts again.
    void notifyLanguageChanged() { Q_EMIT languageChanged(); }
    // A read or write of the open store failed: say so in errorText rather
    // than letting the exception reach Qt's event loop (which would abort).
    // Input the domain refuses (store::ValidationError) is told as such, in
    // the user's language.
    void reportError(const std::exception &error);
    Q_INVOKABLE void clearError() { setError({}, {}); }

Q_SIGNALS:
    void storeOpenChanged();
    void errorChanged();
    void recordsChanged();
    void languageChanged();

private:
    void setError(const QString &text, const QString &detail);
    // Starts loading the store's search data when it is not current, so
    // that it is usually ready before anything is typed.
    void prepareSearch();

    static inline AppContext *s_instance = nullptr;
    QString m_dataDirectory;
    std::unique_ptr<store::Store> m_store;
    QString m_errorText;
    QString m_errorDetail;
};

// Points `slot` at `context` and has `receiver` call `refresh` whenever the
// context's records or the language change; false when it pointed there
// already. The one way models and controllers follow the context.
template<class Receiver>
bool followContext(QPointer<AppContext> &slot, AppContext *context, Receiver *receiver,
                   void (Receiver::*refresh)())
{
    if (slot == context)
        return false;
    if (slot)
        QObject::disconnect(slot, nullptr, receiver, nullptr);
    slot = context;
    if (slot) {
        QObject::connect(slot, &AppContext::recordsChanged, receiver, refresh);
        QObject::connect(slot, &AppContext::languageChanged, receiver, refresh);
    }
    return true;
}

} // namespace brugboek::app

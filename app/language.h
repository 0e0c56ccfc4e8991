#pragma once

#include <QString>

class QCoreApplication;

namespace brugboek::app {

// Switches the app to `language` (nl, fr, en): Belgian number and date
// formats, and the translations of Brugboek and of Qt itself. The
// translations installed by an earlier call are removed first, so this also
// switches a running app (then retranslate the QML engine and tell the
// models, see SettingsController). Returns false when a translation could not
// be loaded.
bool installLanguage(QCoreApplication &app, const QString &language);

} // namespace brugboek::app

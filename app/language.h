#pragma once

#include <QString>

class QCoreApplication;

namespace brugboek::app {

// Switches the app to `language` (nl, fr, en): Belgian number and date
// formats, and the translations of Brugboek and of Qt itself. English is the
// source language and needs no translation file. Returns false when a
// translation could not be loaded.
bool installLanguage(QCoreApplication &app, const QString &language);

} // namespace brugboek::app

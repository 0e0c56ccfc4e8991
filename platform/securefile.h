#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace brugboek::platform {

// Writes `bytes` to `path` whole or not at all: a temporary file (mode 0600)
// beside it, fsync, rename over the old one, fsync of the folder. Throws
// KeyError when it cannot.
void writeFileAtomically(const QString &path, const QByteArray &bytes);

// Deletes the files and folders in `directory` whose names start with one of
// `prefixes` (every entry when `prefixes` is empty: a folder that is the
// app's alone, like its cache). The data folder can be one the worker chose
// (`--data-dir`), so there only the app's own names go and anything else
// stays. Files are truncated before they are unlinked,
// so that a process still holding one open does not keep its content
// reachable. On flash storage overwriting gives no guarantee; what makes the
// deleted database unreadable is that its key is destroyed first (the caller
// does that). Returns the names it could not delete (empty when all went).
QStringList wipeDirectory(const QString &directory, const QStringList &prefixes = {});

} // namespace brugboek::platform

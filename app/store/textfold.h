#pragma once

#include <QString>
#include <QStringList>

namespace brugboek::store {

// Folds text for matching: lower case, accents and other marks removed,
// ligatures and special letters spelled out ("Çelik" -> "celik",
// "Öztürk" -> "ozturk", "Łukasz" -> "lukasz", "Straße" -> "strasse").
[[nodiscard]] QString foldText(const QString &text);

// The search tokens of a name: each folded word, and the words run together
// when there are several, so that "D'Hondt" is found by "d ho", "hondt" and
// "dhondt", and "Van den Broeck" by "vandenb".
[[nodiscard]] QStringList nameTokens(const QString &name);

// The words of what was typed in a search field, folded.
[[nodiscard]] QStringList queryTokens(const QString &query);

} // namespace brugboek::store

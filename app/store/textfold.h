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

// The tokens of a person: their own names and their household's name, so
// that "fatima el amrani" finds Fatima even when only the household is named.
[[nodiscard]] QStringList personTokens(const QString &givenName, const QString &familyName,
                                       const QString &householdName);

// True when every query token starts one of the tokens.
[[nodiscard]] bool tokensMatch(const QStringList &queryTokens, const QStringList &tokens);

// The words of what was typed in a search field, folded.
[[nodiscard]] QStringList queryTokens(const QString &query);

} // namespace brugboek::store

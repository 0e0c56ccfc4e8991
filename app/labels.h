#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>

namespace brugboek::store {
class Queries;
}

// Ready-made texts in the user's language, shared by the models.
namespace brugboek::app::labels {

// "nl", "fr" or "en": the language of the default QLocale.
[[nodiscard]] QString language();
[[nodiscard]] QString referralStatus(const QString &status);
[[nodiscard]] QString referralOutcome(const QString &outcome);
[[nodiscard]] QString personRole(const QString &role);
[[nodiscard]] QString date(const QDate &date);
[[nodiscard]] QString dateTime(const QDateTime &moment);
[[nodiscard]] QString time(const QDateTime &moment);
// code -> label of a team list ("levensdomein", ...) in the user's language.
[[nodiscard]] QHash<QString, QString> listLabels(store::Queries &queries, const QString &list);

} // namespace brugboek::app::labels

#include "labels.h"

#include "app/store/queries.h"

#include <QCoreApplication>
#include <QLocale>

namespace brugboek::app::labels {

QString language()
{
    switch (QLocale().language()) {
    case QLocale::French:
        return QStringLiteral("fr");
    case QLocale::English:
        return QStringLiteral("en");
    default:
        return QStringLiteral("nl");
    }
}

QString referralStatus(const QString &status)
{
    if (status == QLatin1String("besproken"))
        return QCoreApplication::translate("Labels", "Discussed with parent");
    if (status == QLatin1String("aangemeld"))
        return QCoreApplication::translate("Labels", "Registered", "referral status");
    if (status == QLatin1String("wachtlijst"))
        return QCoreApplication::translate("Labels", "Waiting list");
    if (status == QLatin1String("intake_gepland"))
        return QCoreApplication::translate("Labels", "Intake planned");
    if (status == QLatin1String("lopend"))
        return QCoreApplication::translate("Labels", "Ongoing", "referral status");
    if (status == QLatin1String("afgerond"))
        return QCoreApplication::translate("Labels", "Completed", "referral status");
    if (status == QLatin1String("afgebroken"))
        return QCoreApplication::translate("Labels", "Stopped", "referral status");
    return status;
}

QString referralOutcome(const QString &outcome)
{
    if (outcome == QLatin1String("geholpen"))
        return QCoreApplication::translate("Labels", "Helped");
    if (outcome == QLatin1String("deels"))
        return QCoreApplication::translate("Labels", "Partly helped");
    if (outcome == QLatin1String("niet_geholpen"))
        return QCoreApplication::translate("Labels", "Not helped");
    if (outcome == QLatin1String("ouder_haakte_af"))
        return QCoreApplication::translate("Labels", "Parent dropped out");
    if (outcome == QLatin1String("geweigerd_door_dienst"))
        return QCoreApplication::translate("Labels", "Refused by the service");
    return outcome;
}

QString personRole(const QString &role)
{
    if (role == QLatin1String("parent"))
        return QCoreApplication::translate("Labels", "Parent");
    if (role == QLatin1String("guardian"))
        return QCoreApplication::translate("Labels", "Guardian");
    if (role == QLatin1String("child"))
        return QCoreApplication::translate("Labels", "Child");
    return QCoreApplication::translate("Labels", "Other", "person role");
}

QString date(const QDate &date)
{
    if (!date.isValid())
        return {};
    // The year only when it is not this one.
    return QLocale().toString(date,
                              date.year() == QDate::currentDate().year() ? QStringLiteral("ddd d MMM")
                                                                         : QStringLiteral("ddd d MMM yyyy"));
}

QString dateTime(const QDateTime &moment)
{
    return moment.isValid()
        ? QLocale().toString(moment.toLocalTime(), QStringLiteral("ddd d MMM yyyy, HH:mm"))
        : QString();
}

QString time(const QDateTime &moment)
{
    return moment.isValid() ? QLocale().toString(moment.toLocalTime().time(), QStringLiteral("HH:mm"))
                            : QString();
}

QHash<QString, QString> listLabels(store::Queries &queries, const QString &list)
{
    QHash<QString, QString> out;
    const QString lang = language();
    for (const auto &item : queries.listItems(list))
        out.insert(item.code, item.label(lang));
    return out;
}

} // namespace brugboek::app::labels

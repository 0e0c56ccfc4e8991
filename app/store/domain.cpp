#include "domain.h"

namespace brugboek::store {

QString ListItem::label(const QString &language) const
{
    const QString &l = language.startsWith(QLatin1String("fr")) ? labelFr
        : language.startsWith(QLatin1String("en"))              ? labelEn
                                                                : labelNl;
    return l.isEmpty() ? labelNl : l;
}

const QStringList &ReferralStatus::all()
{
    static const QStringList list {Discussed, Registered, WaitingList, IntakePlanned,
                                   Ongoing,   Closed,     Aborted};
    return list;
}

const QStringList &ReferralStatus::open()
{
    static const QStringList list {Discussed, Registered, WaitingList, IntakePlanned, Ongoing};
    return list;
}

const QStringList &BookingStatus::all()
{
    static const QStringList list {Booked, Seen, Cancelled};
    return list;
}

const QStringList &ReferralOutcome::all()
{
    static const QStringList list {QStringLiteral("geholpen"), QStringLiteral("deels"),
                                   QStringLiteral("niet_geholpen"), QStringLiteral("ouder_haakte_af"),
                                   QStringLiteral("geweigerd_door_dienst")};
    return list;
}

} // namespace brugboek::store

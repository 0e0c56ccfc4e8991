#pragma once

// An AppContext on a fresh encrypted store in a temporary folder, with a
// manual clock, as main() would set it up.

#include "app/appcontext.h"
#include "app/store/repository.h"
#include "app/store/store.h"
#include "platform/developmentkeyprovider.h"
#include "support/teststore.h"

#include <QDir>
#include <QTemporaryDir>

namespace brugboek::test {

struct AppFixture
{
    QTemporaryDir dir;
    sync::ManualClock clock {FixedNowMs};
    platform::DevelopmentKeyProvider keys {QDir(dir.path()).filePath(QStringLiteral("database.key"))};
    app::AppContext context {dir.path()};

    AppFixture() { context.openStore(keys, {}, clock); }
    store::Repository repo() { return store::Repository(*context.store()); }

    QString addHousehold(const QString &name, const QStringList &parents, const QStringList &children = {})
    {
        auto r = repo();
        store::Household h;
        h.displayName = name;
        r.save(h);
        int year = 1985;
        for (const QString &given : parents)
            addPerson(h.id, given, name, QStringLiteral("parent"), year++);
        year = 2016;
        for (const QString &given : children)
            addPerson(h.id, given, name, QStringLiteral("child"), year++);
        return h.id;
    }
    QString addPerson(const QString &householdId, const QString &given, const QString &family,
                      const QString &role, int birthYear)
    {
        store::Person p;
        p.householdId = householdId;
        p.givenName = given;
        p.familyName = family;
        p.role = role;
        p.birthYear = birthYear;
        return repo().save(p);
    }
};

} // namespace brugboek::test

#include "app/householdsearchmodel.h"
#include "app/store/searchcache.h"
#include "app/store/store.h"
#include "appfixture.h"
#include "support/heldload.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <atomic>

using namespace brugboek;
using app::HouseholdSearchModel;

namespace {
QStringList names(const HouseholdSearchModel &model)
{
    QStringList out;
    for (int i = 0; i < model.rowCount(); ++i)
        out << model.index(i).data(HouseholdSearchModel::DisplayNameRole).toString();
    return out;
}
} // namespace

class TestHouseholdSearchModel : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        test::AppFixture app;
        HouseholdSearchModel model;
        QAbstractItemModelTester tester {&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
        QString elAmrani, haddad, dhondt, ozturk;

        Fixture()
        {
            elAmrani = app.addHousehold(QStringLiteral("El Amrani"), {QStringLiteral("Fatima")},
                                        {QStringLiteral("Amir"), QStringLiteral("Nour")});
            haddad = app.addHousehold(QStringLiteral("Haddad"), {QStringLiteral("Samira")});
            dhondt =
                app.addHousehold(QStringLiteral("D'Hondt"), {QStringLiteral("Els"), QStringLiteral("Koen")},
                                 {QStringLiteral("Lotte")});
            ozturk = app.addHousehold(QStringLiteral("Öztürk"), {QStringLiteral("Ayşe")});
            model.setContext(&app.context);
        }
    };

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void emptyQueryListsAllInNameOrder()
    {
        Fixture f;
        QCOMPARE(names(f.model),
                 QStringList({QStringLiteral("D'Hondt"), QStringLiteral("El Amrani"),
                              QStringLiteral("Haddad"), QStringLiteral("Öztürk")}));
        QCOMPARE(f.model.count(), 4);
        const QModelIndex first = f.model.index(0);
        QCOMPARE(first.data(HouseholdSearchModel::HouseholdIdRole).toString(), f.dhondt);
        QCOMPARE(first.data(Qt::DisplayRole).toString(), QStringLiteral("D'Hondt"));
        // Parents first, then the children.
        QCOMPARE(first.data(HouseholdSearchModel::MembersRole).toString(),
                 QStringLiteral("Els, Koen, Lotte"));
        QCOMPARE(first.data(HouseholdSearchModel::MatchedPersonRole).toString(), QString());
    }

    void roleNamesAreLowerCamel()
    {
        HouseholdSearchModel model;
        const auto roles = model.roleNames();
        QCOMPARE(roles.value(HouseholdSearchModel::HouseholdIdRole), QByteArray("householdId"));
        QCOMPARE(roles.value(HouseholdSearchModel::DisplayNameRole), QByteArray("displayName"));
        QCOMPARE(roles.value(HouseholdSearchModel::MembersRole), QByteArray("members"));
        QCOMPARE(roles.value(HouseholdSearchModel::MatchedPersonRole), QByteArray("matchedPerson"));
        QCOMPARE(int(HouseholdSearchModel::HouseholdIdRole), int(Qt::UserRole));
    }

    void search_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("matchedPerson");
        QTest::newRow("household name") << "hadd" << QStringList {QStringLiteral("Haddad")} << QString();
        QTest::newRow("two words") << "el am" << QStringList {QStringLiteral("El Amrani")} << QString();
        QTest::newRow("a child") << "nour" << QStringList {QStringLiteral("El Amrani")}
                                 << QStringLiteral("Nour El Amrani");
        QTest::newRow("accents folded") << "ozt" << QStringList {QStringLiteral("Öztürk")} << QString();
        QTest::newRow("apostrophe") << "dhondt" << QStringList {QStringLiteral("D'Hondt")} << QString();
        QTest::newRow("nothing") << "zzz" << QStringList() << QString();
        QTest::newRow("blank is everything")
            << "   "
            << QStringList {QStringLiteral("D'Hondt"), QStringLiteral("El Amrani"), QStringLiteral("Haddad"),
                            QStringLiteral("Öztürk")}
            << QString();
    }
    void search()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        QFETCH(QString, matchedPerson);
        Fixture f;
        QSignalSpy queryChanged(&f.model, &HouseholdSearchModel::queryChanged);
        f.model.setQuery(query);
        QCOMPARE(queryChanged.count(), 1);
        QCOMPARE(names(f.model), expected);
        if (!expected.isEmpty())
            QCOMPARE(f.model.index(0).data(HouseholdSearchModel::MatchedPersonRole).toString(),
                     matchedPerson);
        f.model.setQuery(query);
        QCOMPARE(queryChanged.count(), 1);
    }

    // Typing narrows the list by removing rows, never by resetting it, so
    // that a list view keeps its place; clearing the field inserts them back.
    void typingMovesRowsInPlace()
    {
        Fixture f;
        QSignalSpy reset(&f.model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&f.model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&f.model, &QAbstractItemModel::rowsInserted);
        QSignalSpy countChanged(&f.model, &HouseholdSearchModel::countChanged);

        f.model.setQuery(QStringLiteral("h"));
        QCOMPARE(names(f.model), QStringList({QStringLiteral("D'Hondt"), QStringLiteral("Haddad")}));
        QCOMPARE(countChanged.count(), 1);
        f.model.setQuery(QStringLiteral("ha"));
        QCOMPARE(names(f.model), QStringList({QStringLiteral("Haddad")}));
        QCOMPARE(countChanged.count(), 2);
        QCOMPARE(inserted.count(), 0);

        f.model.setQuery(QString());
        QCOMPARE(f.model.count(), 4);
        QCOMPARE(countChanged.count(), 3);
        // D'Hondt and El Amrani come back as one run, Öztürk as another.
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 1);
        QCOMPARE(reset.count(), 0);
        QVERIFY(removed.count() >= 2);
    }

    void followsWrites()
    {
        Fixture f;
        QSignalSpy inserted(&f.model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&f.model, &QAbstractItemModel::rowsRemoved);

        f.app.addHousehold(QStringLiteral("Fofana"), {QStringLiteral("Awa")});
        f.app.context.notifyRecordsChanged();
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 2); // after El Amrani
        QCOMPARE(f.model.index(2).data(HouseholdSearchModel::DisplayNameRole).toString(),
                 QStringLiteral("Fofana"));

        f.app.addPerson(f.haddad, QStringLiteral("Yasmine"), QStringLiteral("Haddad"),
                        QStringLiteral("child"), 2018);
        f.app.context.notifyRecordsChanged();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 3);
        QCOMPARE(f.model.index(3).data(HouseholdSearchModel::MembersRole).toString(),
                 QStringLiteral("Samira, Yasmine"));

        f.app.repo().purge("household", f.elAmrani);
        f.app.context.notifyRecordsChanged();
        QCOMPARE(removed.count(), 1);
        QCOMPARE(f.model.count(), 4);
        QVERIFY(!names(f.model).contains(QStringLiteral("El Amrani")));
    }

    // The model searches through the store's cache: a write is found at the
    // next keystroke, without a refresh in between.
    void nextKeystrokeSeesAWrite()
    {
        Fixture f;
        f.model.setQuery(QStringLiteral("ha"));
        QCOMPARE(names(f.model), QStringList({QStringLiteral("Haddad")}));
        f.app.repo().update("household", f.haddad,
                            {{QStringLiteral("display_name"), QStringLiteral("Hadid")}});
        f.app.addHousehold(QStringLiteral("Hadji"), {QStringLiteral("Omar")});
        f.model.setQuery(QStringLiteral("had"));
        QCOMPARE(names(f.model), QStringList({QStringLiteral("Hadid"), QStringLiteral("Hadji")}));
        f.app.repo().purge("household", f.haddad);
        f.model.setQuery(QStringLiteral("had "));
        QCOMPARE(names(f.model), QStringList({QStringLiteral("Hadji")}));
        QCOMPARE(f.model.index(0).data(HouseholdSearchModel::MembersRole).toString(), QStringLiteral("Omar"));
    }

    // A contactmoment saved between two searches leaves the names as they
    // were: the next keystroke does not load the search cache again.
    void aSavedContactmomentKeepsTheCache()
    {
        Fixture f;
        f.model.setQuery(QStringLiteral("ha"));
        QCOMPARE(names(f.model), QStringList({QStringLiteral("Haddad")}));
        store::SearchCache &cache = f.app.context.store()->searchCache();
        QTRY_VERIFY(cache.ready());
        const int loads = cache.loads();
        store::Encounter e;
        e.householdId = f.haddad;
        e.kind = QStringLiteral("schoolpoort");
        e.occurredAt = QDateTime::currentDateTimeUtc();
        f.app.repo().saveEncounter(e);
        f.model.setQuery(QStringLiteral("had"));
        QCOMPARE(names(f.model), QStringList({QStringLiteral("Haddad")}));
        f.app.context.notifyRecordsChanged();
        QVERIFY(cache.ready());
        QCOMPARE(cache.loads(), loads);
    }

    // The store starts loading the search cache when it is opened (that
    // load, of an empty store, is not used), and the model when it is made,
    // before anything is typed; while the load runs (held here on its thread)
    // the keystrokes are answered at once by the statements, with the same
    // rows, and after it by the cache.
    void answersWhileTheCacheLoads()
    {
        // Before the store: a load may use it until the store is closed.
        test::HeldLoad hold;
        test::AppFixture app;
        store::SearchCache &cache = app.context.store()->searchCache();
        QCOMPARE(cache.loads(), 1);
        QTRY_VERIFY(!cache.loading());
        app.addHousehold(QStringLiteral("El Amrani"), {QStringLiteral("Fatima")}, {QStringLiteral("Nour")});
        app.addHousehold(QStringLiteral("Haddad"), {QStringLiteral("Samira")});
        app.addHousehold(QStringLiteral("Hadji"), {QStringLiteral("Omar")}, {QStringLiteral("Nour")});
        hold.install(cache);
        {
            HouseholdSearchModel model;
            model.setContext(&app.context);
            QVERIFY(hold.entered.tryAcquire(1, 5000));
            QCOMPARE(cache.loads(), 2);
            const QList<const char *> typed = {"h", "ha", "had", "hadj", "n", "no", "nour", "nour h", "x"};
            const auto typeAll = [&] {
                QStringList shown;
                for (const char *text : typed) {
                    model.setQuery(QString::fromUtf8(text));
                    for (int i = 0; i < model.rowCount(); ++i)
                        shown << model.index(i).data(HouseholdSearchModel::DisplayNameRole).toString() +
                                " / " + model.index(i).data(HouseholdSearchModel::MembersRole).toString() +
                                " / " +
                                model.index(i).data(HouseholdSearchModel::MatchedPersonRole).toString();
                    shown << QStringLiteral("--");
                }
                return shown;
            };
            // What the statements alone find.
            QStringList expected;
            store::Queries plain(app.context.store()->db());
            for (const char *text : typed) {
                for (const auto &hit : plain.searchHouseholds(QString::fromUtf8(text), model.limit()))
                    expected << hit.displayName + " / " + hit.members + " / " + hit.matchedPerson;
                expected << QStringLiteral("--");
            }
            QVERIFY(expected.count() > typed.size() + 6);

            QCOMPARE(typeAll(), expected);
            QVERIFY(cache.loading());
            QVERIFY(!cache.ready());
            hold.released.release();
            QTRY_VERIFY(cache.ready());
            QCOMPARE(typeAll(), expected);
            QCOMPARE(cache.loads(), 2);
            QVERIFY(!hold.gaveUp);
        }
    }

    void renameMovesTheRow()
    {
        Fixture f;
        QSignalSpy moved(&f.model, &QAbstractItemModel::rowsMoved);
        QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
        f.app.repo().update("household", f.ozturk,
                            {{QStringLiteral("display_name"), QStringLiteral("Aydin")}});
        f.app.context.notifyRecordsChanged();
        QCOMPARE(names(f.model),
                 QStringList({QStringLiteral("Aydin"), QStringLiteral("D'Hondt"), QStringLiteral("El Amrani"),
                              QStringLiteral("Haddad")}));
        QCOMPARE(moved.count(), 1);
        QCOMPARE(changed.count(), 1);
    }

    void limit()
    {
        Fixture f;
        QSignalSpy limitChanged(&f.model, &HouseholdSearchModel::limitChanged);
        f.model.setLimit(2);
        QCOMPARE(limitChanged.count(), 1);
        QCOMPARE(names(f.model), QStringList({QStringLiteral("D'Hondt"), QStringLiteral("El Amrani")}));
        f.model.setQuery(QStringLiteral("a"));
        QCOMPARE(f.model.count(), 2);
    }

    void withoutStoreIsEmpty()
    {
        HouseholdSearchModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery(QStringLiteral("el"));
        QCOMPARE(model.rowCount(), 0);

        Fixture f;
        QSignalSpy contextChanged(&f.model, &HouseholdSearchModel::contextChanged);
        f.model.setContext(nullptr);
        QCOMPARE(contextChanged.count(), 1);
        QCOMPARE(f.model.count(), 0);
    }

    // A failing read must not reach Qt's event loop (it would abort the app):
    // the rows stay, the context says what went wrong.
    void storeErrorIsReportedNotThrown()
    {
        test::AppFixture f;
        f.addHousehold(QStringLiteral("Haddad"), {QStringLiteral("Nour")});
        app::HouseholdSearchModel model;
        model.setContext(&f.context);
        QCOMPARE(model.rowCount(), 1);
        QSignalSpy errors(&f.context, &app::AppContext::errorChanged);
        // The search data in memory (loaded by now) is not used once the
        // search version moved: the statements answer, and meet the damage.
        QTRY_VERIFY(f.context.store()->searchCache().ready());
        f.context.store()->db().execute(
            "DROP TABLE search_token;"
            "UPDATE sync_state SET value = value + 1 WHERE key = 'search_version';");
        model.setQuery(QStringLiteral("had"));
        QCOMPARE(errors.count(), 1);
        QVERIFY(!f.context.errorText().isEmpty());
        QVERIFY(f.context.errorDetail().contains(QLatin1String("search_token")));
        QCOMPARE(model.rowCount(), 1);
    }

    void validParentHasNoRows()
    {
        Fixture f;
        QCOMPARE(f.model.rowCount(f.model.index(0)), 0);
    }
};

QTEST_GUILESS_MAIN(TestHouseholdSearchModel)
#include "tst_householdsearchmodel.moc"

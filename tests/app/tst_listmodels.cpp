// The smaller lists and the settings: follow-ups due, recent contacts, the
// sociale kaart, list choices, the language setting.

#include "app/encounterlistmodel.h"
#include "app/followupmodel.h"
#include "app/householdmodels.h"
#include "app/optionmodel.h"
#include "appfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <ctime>

using namespace brugboek;

namespace {
QDate fixedToday()
{
    return QDateTime::fromMSecsSinceEpoch(test::FixedNowMs).date();
}
constexpr auto Report = QAbstractItemModelTester::FailureReportingMode::QtTest;
} // namespace

class TestListModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("TZ", "Europe/Brussels");
        ::tzset();
        QLocale::setDefault(QLocale(QStringLiteral("nl_BE")));
    }

    void followUpsDue()
    {
        test::AppFixture app;
        const QString h = app.addHousehold(QStringLiteral("Haddad"), {QStringLiteral("Samira")});
        for (int days : {-3, 0, 2}) {
            store::FollowUp f;
            f.householdId = h;
            f.title = QStringLiteral("Bel CAW %1").arg(days);
            f.dueOn = fixedToday().addDays(days);
            app.repo().save(f);
        }
        app::FollowUpModel model;
        QAbstractItemModelTester tester(&model, Report);
        QSignalSpy countChanged(&model, &app::FollowUpModel::countChanged);
        model.setContext(&app.context);
        QCOMPARE(model.count(), 2);
        QCOMPARE(countChanged.count(), 1);
        QVERIFY(model.data(model.index(0), app::FollowUpModel::OverdueRole).toBool());
        QCOMPARE(model.data(model.index(0), app::FollowUpModel::DueTextRole).toString(),
                 QStringLiteral("3 day(s) late"));
        QCOMPARE(model.data(model.index(1), app::FollowUpModel::DueTextRole).toString(),
                 QStringLiteral("Today"));
        QCOMPARE(model.data(model.index(1), app::FollowUpModel::HouseholdNameRole).toString(),
                 QStringLiteral("Haddad"));
        QVERIFY(model.complete(model.data(model.index(0), app::FollowUpModel::FollowUpIdRole).toString()));
        QCOMPARE(model.count(), 1);
        QCOMPARE(countChanged.count(), 2);

        // The first rows only, and how many there are in all.
        model.setLimit(0);
        store::FollowUp extra;
        extra.householdId = h;
        extra.title = QStringLiteral("Nog een");
        extra.dueOn = fixedToday();
        app.repo().save(extra);
        app.context.notifyRecordsChanged();
        QCOMPARE(model.count(), 2);
        model.setLimit(1);
        QCOMPARE(model.count(), 1);
        QCOMPARE(model.totalCount(), 2);
    }

    void recentContacts()
    {
        test::AppFixture app;
        const QString h = app.addHousehold(QStringLiteral("Haddad"), {QStringLiteral("Samira")});
        for (int i = 0; i < 4; ++i) {
            store::Encounter e;
            e.householdId = i == 3 ? QString() : h;
            e.unknownParent = i == 3 ? QStringLiteral("mama van Amir") : QString();
            e.kind = QStringLiteral("schoolpoort");
            e.lifeDomains = {QStringLiteral("wonen")};
            e.occurredAt = QDateTime::fromMSecsSinceEpoch(test::FixedNowMs - (3 - i) * 60000);
            app.repo().saveEncounter(e);
        }
        app::EncounterListModel model;
        QAbstractItemModelTester tester(&model, Report);
        model.setLimit(3);
        model.setContext(&app.context);
        QCOMPARE(model.count(), 3);
        QCOMPARE(model.data(model.index(0), app::EncounterListModel::TitleRole).toString(),
                 QStringLiteral("Not yet known: mama van Amir"));
        QCOMPARE(model.data(model.index(1), app::EncounterListModel::KindLabelRole).toString(),
                 QStringLiteral("Schoolpoort"));
        QCOMPARE(model.data(model.index(1), app::EncounterListModel::DomainsTextRole).toString(),
                 QStringLiteral("Wonen"));
    }

    void socialMap()
    {
        test::AppFixture app;
        store::Organisation caw;
        caw.name = QStringLiteral("CAW Oost-Vlaanderen");
        caw.kind = QStringLiteral("caw");
        caw.services = QStringLiteral("schuldbemiddeling, budgetbegeleiding");
        caw.phone = QStringLiteral("09 265 04 00");
        caw.waitingDays = 120;
        app.repo().save(caw);
        store::Organisation svk;
        svk.name = QStringLiteral("SVK Gent");
        svk.kind = QStringLiteral("svk");
        svk.services = QStringLiteral("sociale woning");
        app.repo().save(svk);

        app::OrganisationModel model;
        QAbstractItemModelTester tester(&model, Report);
        model.setContext(&app.context);
        QCOMPARE(model.count(), 2);
        QSignalSpy countChanged(&model, &app::OrganisationModel::countChanged);
        model.setKey(QStringLiteral("schuld"));
        QCOMPARE(model.count(), 1);
        QCOMPARE(countChanged.count(), 1);
        QCOMPARE(model.get(0, QStringLiteral("name")).toString(), QStringLiteral("CAW Oost-Vlaanderen"));
        QCOMPARE(model.get(0, QStringLiteral("kindLabel")).toString(), QStringLiteral("CAW"));
        QCOMPARE(model.get(0, QStringLiteral("waitingText")).toString(),
                 QStringLiteral("Waiting time about 120 day(s)"));
        QCOMPARE(model.get(0, QStringLiteral("phone")).toString(), QStringLiteral("09 265 04 00"));
        model.setKey(QStringLiteral("woning"));
        QCOMPARE(model.get(0, QStringLiteral("name")).toString(), QStringLiteral("SVK Gent"));
    }

    void options()
    {
        test::AppFixture app;
        app::OptionModel model;
        QAbstractItemModelTester tester(&model, Report);
        model.setContext(&app.context);
        model.setList(QStringLiteral("toestemming_wijze"));
        QCOMPARE(model.count(), 3);
        QCOMPARE(model.labelOf(QStringLiteral("mondeling")), QStringLiteral("Mondeling"));
        model.setSingle(true);
        QSignalSpy selected(&model, &app::OptionModel::selectedChanged);
        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
        model.toggle(QStringLiteral("mondeling"));
        model.toggle(QStringLiteral("schriftelijk"));
        QCOMPARE(model.selected(), QStringList {QStringLiteral("schriftelijk")});
        QCOMPARE(selected.count(), 2);
        QCOMPARE(dataChanged.count(), 2);
        model.toggle(QStringLiteral("bestaat-niet"));
        QCOMPARE(selected.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestListModels)
#include "tst_listmodels.moc"

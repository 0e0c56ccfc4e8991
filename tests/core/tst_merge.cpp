#include "sync/core/entities.h"
#include "sync/core/merge.h"

#include <brugboek/v1/sync.pb.h>

#include <QTest>

#include <set>

using namespace brugboek::sync;

namespace {
const std::string DevA = "0190f3a2-0000-7000-8000-00000000000a";
const std::string DevB = "0190f3a2-0000-7000-8000-00000000000b";

Change edit(const std::string &field, Value value, Hlc hlc, const std::string &device)
{
    Change c;
    c.entity = "encounter";
    c.recordId = "0190f3a2-8c2d-7b1a-9f00-3c5e8d2a1b4c";
    c.field = field;
    c.value = std::move(value);
    c.hlc = hlc;
    c.deviceId = device;
    return c;
}

StoredField stored(Value value, Hlc hlc, const std::string &device, std::uint64_t seq)
{
    return {std::move(value), hlc, device, seq};
}

const FieldDef &field(const char *name)
{
    return *entity("encounter").field(name);
}
} // namespace

class TestMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void orderIsTotalAndTiesBreakOnDevice()
    {
        QVERIFY(writtenAfter(Hlc(2, 0), DevA, Hlc(1, 5), DevB));
        QVERIFY(!writtenAfter(Hlc(1, 5), DevB, Hlc(2, 0), DevA));
        QVERIFY(writtenAfter(Hlc(1, 1), DevB, Hlc(1, 1), DevA));
        QVERIFY(!writtenAfter(Hlc(1, 1), DevA, Hlc(1, 1), DevB));
        QVERIFY(!writtenAfter(Hlc(1, 1), DevA, Hlc(1, 1), DevA));
    }

    void firstWriteApplies()
    {
        const auto m = mergeField(field("note"), nullptr, edit("note", std::string("x"), Hlc(5, 0), DevA), 0);
        QVERIFY(m.apply);
        QVERIFY(!m.conflict);
    }

    void lastWriterWinsForPlainFields()
    {
        const auto s = stored(std::string("school"), Hlc(10, 0), DevB, 7);
        QVERIFY(mergeField(field("life_domains"), &s,
                           edit("life_domains", std::string("wonen"), Hlc(11, 0), DevA), 0)
                    .apply);
        const auto older = mergeField(field("life_domains"), &s,
                                      edit("life_domains", std::string("wonen"), Hlc(9, 0), DevA), 0);
        QVERIFY(!older.apply);
        QVERIFY(!older.conflict); // never for a field that is not free text
    }

    void concurrentFreeTextKeepsTheLoser_data()
    {
        QTest::addColumn<qint64>("incomingWall");
        QTest::addColumn<bool>("incomingWins");
        QTest::newRow("incoming later, stored text lost") << qint64(20) << true;
        QTest::newRow("incoming earlier, incoming text lost") << qint64(5) << false;
    }
    void concurrentFreeTextKeepsTheLoser()
    {
        QFETCH(qint64, incomingWall);
        QFETCH(bool, incomingWins);
        const auto s = stored(std::string("from B"), Hlc(10, 0), DevB, 7);
        // Device A had seen up to seq 6: B's value (seq 7) is news to it.
        const auto m =
            mergeField(field("note"), &s, edit("note", std::string("from A"), Hlc(incomingWall, 0), DevA), 6);
        QCOMPARE(m.apply, incomingWins);
        QVERIFY(m.conflict);
        QCOMPARE(QString::fromStdString(m.lostValue),
                 incomingWins ? QStringLiteral("from B") : QStringLiteral("from A"));
        QCOMPARE(m.lostDevice, incomingWins ? DevB : DevA);
        QCOMPARE(m.lostHlc, incomingWins ? Hlc(10, 0) : Hlc(incomingWall, 0));
    }

    void noConflictWhenTheEditSawTheStoredValue()
    {
        const auto s = stored(std::string("from B"), Hlc(10, 0), DevB, 7);
        const auto m =
            mergeField(field("note"), &s, edit("note", std::string("from A"), Hlc(20, 0), DevA), 7);
        QVERIFY(m.apply);
        QVERIFY(!m.conflict);
    }

    void noConflictWithOneself()
    {
        const auto s = stored(std::string("first"), Hlc(10, 0), DevA, 7);
        const auto m =
            mergeField(field("note"), &s, edit("note", std::string("second"), Hlc(20, 0), DevA), 0);
        QVERIFY(m.apply);
        QVERIFY(!m.conflict);
    }

    void noConflictForEmptyOrEqualText()
    {
        const auto empty = stored(Value {}, Hlc(10, 0), DevB, 7);
        QVERIFY(
            !mergeField(field("note"), &empty, edit("note", std::string("A"), Hlc(20, 0), DevA), 0).conflict);
        const auto same = stored(std::string("A"), Hlc(10, 0), DevB, 7);
        QVERIFY(
            !mergeField(field("note"), &same, edit("note", std::string("A"), Hlc(20, 0), DevA), 0).conflict);
    }

    void mergeIsOrderIndependent()
    {
        // Two concurrent edits arrive in either order: the same value stays
        // and the same text is kept as the conflict.
        const Change a = edit("note", std::string("A"), Hlc(30, 0), DevA);
        const Change b = edit("note", std::string("B"), Hlc(30, 0), DevB);
        const auto afterA = stored(std::string("A"), a.hlc, DevA, 1);
        const auto afterB = stored(std::string("B"), b.hlc, DevB, 1);
        const auto bOnA = mergeField(field("note"), &afterA, b, 0);
        const auto aOnB = mergeField(field("note"), &afterB, a, 0);
        QVERIFY(bOnA.apply); // B's device id is larger: B wins the tie
        QVERIFY(!aOnB.apply);
        QCOMPARE(bOnA.lostValue, std::string("A"));
        QCOMPARE(aOnB.lostValue, std::string("A"));
        QCOMPARE(conflictId(a.recordId, "note", bOnA.lostHlc, bOnA.lostDevice),
                 conflictId(a.recordId, "note", aOnB.lostHlc, aOnB.lostDevice));
    }

    void conflictIdsAreStableAndDistinct()
    {
        std::set<std::string> ids;
        for (int i = 0; i < 1000; ++i)
            ids.insert(
                conflictId("r" + std::to_string(i % 10), i % 2 ? "note" : "agreements", Hlc(i, 0), DevA));
        QCOMPARE(ids.size(), std::size_t(1000));
        const std::string id = conflictId("r", "note", Hlc(1, 2), DevA);
        QCOMPARE(id, conflictId("r", "note", Hlc(1, 2), DevA));
        QCOMPARE(id.size(), std::size_t(36));
        QCOMPARE(id[14], '8');
    }

    void validDeviceChanges_data()
    {
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("kind"); // 0 null, 1 integer, 2 text
        QTest::addColumn<QString>("recordId");
        QTest::addColumn<bool>("valid");
        const QString id = QStringLiteral("0190f3a2-8c2d-7b1a-9f00-3c5e8d2a1b4c");
        QTest::newRow("text field") << "encounter"
                                    << "note" << 2 << id << true;
        QTest::newRow("null") << "encounter"
                              << "note" << 0 << id << true;
        QTest::newRow("integer into text") << "encounter"
                                           << "note" << 1 << id << false;
        QTest::newRow("text into integer") << "encounter"
                                           << "occurred_at" << 2 << id << false;
        QTest::newRow("unknown field") << "encounter"
                                       << "secret" << 2 << id << false;
        QTest::newRow("unknown entity") << "bailiff"
                                        << "note" << 2 << id << false;
        QTest::newRow("list item id") << "list_item"
                                      << "label_nl" << 2 << "levensdomein/school" << true;
        QTest::newRow("empty id") << "encounter"
                                  << "note" << 2 << "" << false;
        QTest::newRow("id with a quote") << "encounter"
                                         << "note" << 2 << "x' OR 1=1" << false;
        QTest::newRow("team member") << "team_member"
                                     << "display_name" << 2 << id << false;
        QTest::newRow("conflict text") << "conflict"
                                       << "lost_value" << 2 << id << false;
        QTest::newRow("conflict resolved") << "conflict"
                                           << "resolved_at" << 1 << id << true;
    }
    void validDeviceChanges()
    {
        QFETCH(QString, entity);
        QFETCH(QString, field);
        QFETCH(int, kind);
        QFETCH(QString, recordId);
        QFETCH(bool, valid);
        Change c;
        c.entity = entity.toStdString();
        c.field = field.toStdString();
        c.recordId = recordId.toStdString();
        if (kind == 1)
            c.value = std::int64_t(7);
        else if (kind == 2)
            c.value = std::string("tekst");
        std::string why;
        QCOMPARE(validDeviceChange(c, &why), valid);
        QCOMPARE(why.empty(), valid);
    }

    void unknownFieldsSurviveARoundTrip()
    {
        // A newer peer's message with a field this version does not know
        // passes through unchanged.
        brugboek::v1::PullPage page;
        page.set_protocol_version(1);
        page.set_watermark(42);
        std::string bytes = page.SerializeAsString();
        bytes += std::string("\xa0\x06\x07", 3); // field 100, varint 7
        brugboek::v1::PullPage parsed;
        QVERIFY(parsed.ParseFromString(bytes));
        QCOMPARE(parsed.watermark(), quint64(42));
        QCOMPARE(parsed.SerializeAsString(), bytes);
    }
};

QTEST_APPLESS_MAIN(TestMerge)
#include "tst_merge.moc"

// IdSet: the set of record ids a bulk load keeps (sync/client/idset.h).
#include "sync/client/idset.h"
#include "sync/core/uuid.h"

#include <QTest>

#include <string>
#include <vector>

using brugboek::client::IdSet;

class TestIdSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void holdsWhatWasInsertedAndNothingElse()
    {
        brugboek::sync::UuidV7Generator ids;
        std::vector<std::string> in, out;
        for (int i = 0; i < 50000; ++i) // past several growths of the table
            in.push_back(ids.next());
        for (int i = 0; i < 50000; ++i)
            out.push_back(ids.next());
        IdSet set;
        for (const auto &id : in)
            set.insert(IdSet::key(id));
        for (const auto &id : in)
            QVERIFY(set.contains(IdSet::key(id)));
        for (const auto &id : out)
            QVERIFY(!set.contains(IdSet::key(id)));
    }

    void forgetsWhatWasErasedAndTakesItBack()
    {
        brugboek::sync::UuidV7Generator ids;
        std::vector<std::string> all;
        for (int i = 0; i < 5000; ++i)
            all.push_back(ids.next());
        IdSet set;
        for (const auto &id : all)
            set.insert(IdSet::key(id));
        for (std::size_t i = 0; i < all.size(); i += 2)
            set.erase(IdSet::key(all[i]));
        for (std::size_t i = 0; i < all.size(); ++i)
            QCOMPARE(set.contains(IdSet::key(all[i])), i % 2 == 1);
        // Deleted slots are reused, and dropped when the table grows.
        for (std::size_t i = 0; i < all.size(); i += 4)
            set.insert(IdSet::key(all[i]));
        for (int i = 0; i < 20000; ++i)
            set.insert(IdSet::key(ids.next()));
        for (std::size_t i = 0; i < all.size(); ++i)
            QCOMPARE(set.contains(IdSet::key(all[i])), i % 2 == 1 || i % 4 == 0);
    }

    // Ids that are not canonical UUIDs (upper case, other forms, the nil
    // UUID, whose bits are the table's empty slot) are kept as text: two
    // spellings of one UUID are two ids, as they are to SQLite.
    void otherIdsAreKeptAsText()
    {
        const std::string lower = "0190f3a2-8c2d-7b1a-9f00-3c5e8d2a1c01";
        const std::string upper = "0190F3A2-8C2D-7B1A-9F00-3C5E8D2A1C01";
        const std::string nil = "00000000-0000-0000-0000-000000000000";
        const std::string nilish = "00000000-0000-0000-0000-000000000001";
        QVERIFY(IdSet::key(lower).uuid);
        QVERIFY(!IdSet::key(upper).uuid);
        QVERIFY(!IdSet::key(nil).uuid);
        QVERIFY(!IdSet::key("school-1").uuid);
        IdSet set;
        QVERIFY(!set.contains(IdSet::key(nil)));
        set.insert(IdSet::key(upper));
        set.insert(IdSet::key("school-1"));
        set.insert(IdSet::key(nil));
        QVERIFY(set.contains(IdSet::key(upper)));
        QVERIFY(!set.contains(IdSet::key(lower)));
        QVERIFY(set.contains(IdSet::key("school-1")));
        QVERIFY(set.contains(IdSet::key(nil)));
        QVERIFY(!set.contains(IdSet::key(nilish)));
        set.erase(IdSet::key("school-1"));
        QVERIFY(!set.contains(IdSet::key("school-1")));
        QVERIFY(!set.contains(IdSet::key("")));
    }
};

QTEST_GUILESS_MAIN(TestIdSet)
#include "tst_idset.moc"

// The flat table of a worker's answers (HouseholdAnswers in
// visibilitycache.h), below the server: every answer added is found with its
// value, nothing else is, through growth and clear(), for household ids and
// for keys of any length and bytes; a second answer for a key is refused and
// changes nothing. Checked against std::map on the same keys.
#include "sync/server/visibilitycache.h"

#include <QTest>

#include <cstdio>
#include <map>
#include <random>
#include <string>
#include <vector>

using namespace brugboek::server;

namespace {

std::string uuidText(std::mt19937_64 &random)
{
    const std::uint64_t a = random(), b = random();
    char s[37];
    std::snprintf(s, sizeof s, "%08x-%04x-7%03x-%04x-%012llx", static_cast<unsigned>(a >> 32),
                  static_cast<unsigned>((a >> 16) & 0xffff), static_cast<unsigned>(a & 0xfff),
                  static_cast<unsigned>(0x8000 | ((b >> 48) & 0x3fff)),
                  static_cast<unsigned long long>(b & 0xffffffffffffULL));
    return s;
}

// Every key of `expected` has its answer in `table`, and `absent` has none.
bool agrees(const HouseholdAnswers &table, const std::map<std::string, bool> &expected,
            const std::vector<std::string> &absent)
{
    if (table.size() != expected.size())
        return false;
    for (const auto &[key, visible] : expected) {
        const auto answer = table.find(key);
        if (!answer || *answer != visible)
            return false;
    }
    for (const auto &key : absent) {
        if (expected.count(key) == 0 && table.find(key))
            return false;
    }
    return true;
}

} // namespace

class TestServerHouseholdAnswers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anEmptyTableHasNoAnswers()
    {
        HouseholdAnswers table;
        QVERIFY(table.empty());
        QVERIFY(!table.find("0190f3a4-1b2c-7d3e-8f40-123456789abc"));
        QVERIFY(!table.find(""));
        table.reserve(100);
        QVERIFY(!table.find("0190f3a4-1b2c-7d3e-8f40-123456789abc"));
        QCOMPARE(table.size(), std::size_t(0));
    }

    void householdIdsThroughGrowth()
    {
        std::mt19937_64 random(20261203);
        HouseholdAnswers table;
        std::map<std::string, bool> expected;
        std::vector<std::string> absent;
        for (int i = 0; i < 2000; ++i)
            absent.push_back(uuidText(random));
        for (int i = 0; i < 50000; ++i) {
            const std::string key = uuidText(random);
            const bool visible = random() % 3 == 0;
            QCOMPARE(table.insert(key, visible), expected.emplace(key, visible).second);
            // Checked whole at every size where the table grows, and after.
            if ((i & (i + 1)) == 0 || i % 9973 == 0)
                QVERIFY(agrees(table, expected, absent));
        }
        QVERIFY(agrees(table, expected, absent));
    }

    void aSecondAnswerForAKeyIsRefused()
    {
        HouseholdAnswers table;
        QVERIFY(table.insert("0190f3a4-1b2c-7d3e-8f40-123456789abc", true));
        QVERIFY(!table.insert("0190f3a4-1b2c-7d3e-8f40-123456789abc", false));
        QCOMPARE(table.size(), std::size_t(1));
        QCOMPARE(table.find("0190f3a4-1b2c-7d3e-8f40-123456789abc"), std::optional<bool>(true));
        QVERIFY(table.insert("0190f3a4-1b2c-7d3e-8f40-123456789abd", false));
        QCOMPARE(table.find("0190f3a4-1b2c-7d3e-8f40-123456789abd"), std::optional<bool>(false));
    }

    // Keys that share their hash's input but for a byte, prefixes of each
    // other, of every length from 0 to 40, with NUL bytes, and colliding in
    // the probe: all kept apart.
    void keysOfAnyLengthAndBytes()
    {
        HouseholdAnswers table;
        std::map<std::string, bool> expected;
        std::vector<std::string> absent;
        const std::string base = "0190f3a4-1b2c-7d3e-8f40-123456789abc-xyz";
        for (std::size_t n = 0; n <= base.size(); ++n) {
            const std::string key = base.substr(0, n);
            QVERIFY(table.insert(key, n % 2 == 0));
            expected[key] = n % 2 == 0;
            std::string other = key + '\0';
            absent.push_back(other);
            if (n > 0) {
                other = key;
                other[n - 1] = static_cast<char>(other[n - 1] ^ 1);
                absent.push_back(other);
            }
        }
        std::string withNul("ab\0cd", 5);
        QVERIFY(table.insert(withNul, true));
        expected[withNul] = true;
        absent.emplace_back("ab");
        absent.emplace_back("ab\0ce", 5);
        QVERIFY(agrees(table, expected, absent));
    }

    void clearForgetsEverything()
    {
        std::mt19937_64 random(7);
        HouseholdAnswers table;
        std::vector<std::string> keys;
        for (int i = 0; i < 1000; ++i) {
            keys.push_back(uuidText(random));
            QVERIFY(table.insert(keys.back(), true));
        }
        table.clear();
        QVERIFY(table.empty());
        for (const auto &key : keys)
            QVERIFY(!table.find(key));
        QVERIFY(table.insert(keys.front(), false));
        QCOMPARE(table.find(keys.front()), std::optional<bool>(false));
        QVERIFY(!table.find(keys.back()));
        // reserve() keeps what is there.
        table.reserve(5000);
        QCOMPARE(table.find(keys.front()), std::optional<bool>(false));
        QCOMPARE(table.size(), std::size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestServerHouseholdAnswers)
#include "tst_server_householdanswers.moc"

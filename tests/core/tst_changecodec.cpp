#include "sync/core/change.h"
#include "sync/core/entities.h"

#include <brugboek/v1/change.pb.h>

#include <QTest>

using namespace brugboek::sync;

Q_DECLARE_METATYPE(brugboek::sync::Value)

class TestChangeCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<Value>("value");
        QTest::newRow("null") << Value {};
        QTest::newRow("integer") << Value {std::int64_t(-42)};
        QTest::newRow("real") << Value {2.5};
        QTest::newRow("text") << Value {std::string("Çelik — afspraak 8u15")};
        QTest::newRow("empty text") << Value {std::string()};
    }
    void roundTrip()
    {
        QFETCH(Value, value);
        Change c;
        c.entity = "household";
        c.recordId = "0190f3a2-8c2d-7b1a-9f00-3c5e8d2a1b4c";
        c.scope = c.recordId;
        c.field = "notes";
        c.value = value;
        c.hlc = Hlc(1795335300000, 3);
        c.deviceId = "0190f3a2-0000-7000-8000-000000000001";
        std::string error;
        const auto decoded = decodeChange(encodeChange(c), &error);
        QVERIFY2(decoded.has_value(), error.c_str());
        QVERIFY(*decoded == c);
    }

    void purgeRoundTrip()
    {
        Change c;
        c.entity = "encounter";
        c.recordId = "x";
        c.op = Change::Op::Delete;
        const auto decoded = decodeChange(encodeChange(c));
        QVERIFY(decoded);
        QVERIFY(decoded->op == Change::Op::Delete);
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("garbage") << QByteArray("\xff\xff\xff\xff", 4) << "not a valid FieldChange message";
        QTest::newRow("empty") << QByteArray() << "unknown entity";
        brugboek::v1::FieldChange m;
        m.set_entity("household");
        QTest::newRow("no id") << QByteArray::fromStdString(m.SerializeAsString()) << "missing record id";
        m.set_record_id("x");
        m.set_field("password");
        QTest::newRow("unknown field") << QByteArray::fromStdString(m.SerializeAsString()) << "unknown field";
        m.set_entity("sqlite_master");
        QTest::newRow("unknown entity")
            << QByteArray::fromStdString(m.SerializeAsString()) << "unknown entity";
    }
    void rejectsBadInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        std::string error;
        QVERIFY(!decodeChange(std::string_view(bytes.constData(), bytes.size()), &error));
        QCOMPARE(QString::fromStdString(error), reason);
    }

    // A newer client's fields must pass through an older relay unharmed.
    void unknownFieldsSurvive()
    {
        brugboek::v1::FieldChange m;
        m.set_entity("household");
        m.set_record_id("x");
        std::string bytes = m.SerializeAsString();
        bytes += std::string("\xa2\x06\x03new", 6); // field 100, length-delimited "new"
        brugboek::v1::FieldChange parsed;
        QVERIFY(parsed.ParseFromString(bytes));
        const std::string again = parsed.SerializeAsString();
        QVERIFY(again.find(std::string("\xa2\x06\x03new", 6)) != std::string::npos);
    }

    void entityRegistryIsConsistent()
    {
        for (const auto &e : entities()) {
            QVERIFY(findEntity(e.name) == &e);
            QVERIFY(!e.fields.empty());
            if (e.scope == Scope::Household && e.scopeField != "id")
                QVERIFY2(e.field(e.scopeField), std::string(e.name).c_str());
            // Signals are anonymous: no field may point at a household or person.
            if (e.name == "signal") {
                for (const auto &f : e.fields) {
                    QVERIFY(f.name.find("household") == std::string_view::npos);
                    QVERIFY(f.name.find("person") == std::string_view::npos);
                }
            }
        }
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, (void)entity("nonsense"));
    }
};

QTEST_APPLESS_MAIN(TestChangeCodec)
#include "tst_changecodec.moc"

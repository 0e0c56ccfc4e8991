#include "change.h"

#include "entities.h"

#include <brugboek/v1/change.pb.h>

namespace brugboek::sync {

std::string encodeChange(const Change &change)
{
    v1::FieldChange m;
    encodeChange(change, &m);
    return m.SerializeAsString();
}

void encodeChange(const Change &change, v1::FieldChange *out)
{
    v1::FieldChange &m = *out;
    m.set_entity(change.entity);
    m.set_record_id(change.recordId);
    m.set_scope(change.scope);
    m.set_field(change.field);
    m.set_hlc(change.hlc.packed());
    m.set_device_id(change.deviceId);
    m.set_op(change.op == Change::Op::Delete ? v1::FieldChange::OP_DELETE : v1::FieldChange::OP_SET);
    auto *v = m.mutable_value();
    std::visit(
        [v](const auto &x) {
            using X = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<X, std::monostate>)
                v->set_null(true);
            else if constexpr (std::is_same_v<X, std::int64_t>)
                v->set_integer(x);
            else if constexpr (std::is_same_v<X, double>)
                v->set_real(x);
            else
                v->set_text(x);
        },
        change.value);
}

std::optional<Change> decodeChange(std::string_view bytes, std::string *error)
{
    auto fail = [error](const char *why) -> std::optional<Change> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    v1::FieldChange m;
    if (!m.ParseFromArray(bytes.data(), static_cast<int>(bytes.size())))
        return fail("not a valid FieldChange message");
    return decodeChange(m, error);
}

std::optional<Change> decodeChange(const v1::FieldChange &m, std::string *error)
{
    auto fail = [error](const char *why) -> std::optional<Change> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const EntityDef *def = findEntity(m.entity());
    if (!def)
        return fail("unknown entity");
    if (m.record_id().empty())
        return fail("missing record id");
    if (m.op() == v1::FieldChange::OP_SET && !def->field(m.field()))
        return fail("unknown field");

    return changeFromMessage(m);
}

Change changeFromMessage(const v1::FieldChange &m)
{
    Change c;
    c.entity = m.entity();
    c.recordId = m.record_id();
    c.scope = m.scope();
    c.field = m.field();
    c.hlc = Hlc::fromPacked(m.hlc());
    c.deviceId = m.device_id();
    c.op = m.op() == v1::FieldChange::OP_DELETE ? Change::Op::Delete : Change::Op::Set;
    switch (m.value().kind_case()) {
    case v1::Value::kInteger:
        c.value = m.value().integer();
        break;
    case v1::Value::kReal:
        c.value = m.value().real();
        break;
    case v1::Value::kText:
        c.value = m.value().text();
        break;
    case v1::Value::kNull:
    case v1::Value::KIND_NOT_SET:
        break;
    }
    return c;
}

} // namespace brugboek::sync

#include "pagereader.h"

#include <brugboek/v1/sync.pb.h>

#include <google/protobuf/stubs/common.h>

#include <variant>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

namespace brugboek::client {

namespace {

enum WireType { kVarint = 0, kFixed64 = 1, kLen = 2, kFixed32 = 5 };

// A bounded reader of protobuf's wire format. Every read says whether it
// succeeded; a failure means "unusual", never "invalid": protobuf decides.
class Wire
{
public:
    Wire(const char *begin, const char *end)
        : m_p(begin)
        , m_end(end)
    {
    }
    [[nodiscard]] bool atEnd() const { return m_p == m_end; }
    [[nodiscard]] const char *position() const { return m_p; }

    bool varint(std::uint64_t *v)
    {
        std::uint64_t result = 0;
        for (int i = 0; i < 10; ++i) {
            if (m_p == m_end)
                return false;
            const auto byte = static_cast<unsigned char>(*m_p++);
            result |= static_cast<std::uint64_t>(byte & 0x7f) << (7 * i);
            if (byte < 0x80) {
                // A tenth byte above 1 carries bits past 64: left to protobuf.
                if (i == 9 && byte > 1)
                    return false;
                *v = result;
                return true;
            }
        }
        return false;
    }
    // A field's tag: a field number of 1 or more in at most five bytes.
    bool tag(int *field, int *type)
    {
        const char *start = m_p;
        std::uint64_t t = 0;
        if (!varint(&t) || m_p - start > 5 || t > UINT32_MAX || (t >> 3) == 0)
            return false;
        *field = static_cast<int>(t >> 3);
        *type = static_cast<int>(t & 7);
        return true;
    }
    bool fixed64(std::uint64_t *v)
    {
        if (m_end - m_p < 8)
            return false;
        std::uint64_t r = 0;
        for (int i = 7; i >= 0; --i)
            r = (r << 8) | static_cast<unsigned char>(m_p[i]);
        m_p += 8;
        *v = r;
        return true;
    }
    bool bytes(std::string_view *v)
    {
        std::uint64_t size = 0;
        if (!varint(&size) || size > static_cast<std::uint64_t>(m_end - m_p) || size > INT_MAX)
            return false;
        *v = std::string_view(m_p, static_cast<std::size_t>(size));
        m_p += size;
        return true;
    }
    // A proto3 string: valid UTF-8, as protobuf checks it.
    bool text(std::string_view *v)
    {
        return bytes(v) &&
            google::protobuf::internal::IsStructurallyValidUTF8(v->data(), static_cast<int>(v->size()));
    }
    // Skips a field of a number this reader does not read.
    bool skip(int type)
    {
        std::uint64_t ignored = 0;
        std::string_view skipped;
        switch (type) {
        case kVarint:
            return varint(&ignored);
        case kFixed64:
            return fixed64(&ignored);
        case kLen:
            return bytes(&skipped);
        case kFixed32:
            if (m_end - m_p < 4)
                return false;
            m_p += 4;
            return true;
        default:
            return false; // groups, or not a wire type
        }
    }

    // A known field's value, read only when it has the wire type protobuf
    // gives that field.
    bool varintOf(int type, std::uint64_t *v) { return type == kVarint && varint(v); }
    bool fixed64Of(int type, std::uint64_t *v) { return type == kFixed64 && fixed64(v); }
    bool bytesOf(int type, std::string_view *v) { return type == kLen && bytes(v); }
    bool textOf(int type, std::string_view *v) { return type == kLen && text(v); }
    // Reads a message's fields to its end: read(field, type) reads one (or
    // skips it) and says whether that went as protobuf would.
    template<typename Read> bool fields(Read read)
    {
        while (!atEnd()) {
            int field = 0, type = 0;
            if (!tag(&field, &type) || !read(field, type))
                return false;
        }
        return true;
    }

private:
    const char *m_p;
    const char *m_end;
};

struct Value
{
    std::string_view field;
    std::variant<std::monostate, std::int64_t, double, std::string_view> kind;
    std::uint64_t hlc = 0;
    std::uint32_t device = 0;
};

bool readValue(std::string_view bytes, Value *v)
{
    Wire w(bytes.data(), bytes.data() + bytes.size());
    return w.fields([&](int field, int type) {
        std::uint64_t n = 0;
        std::string_view s;
        switch (field) {
        case 1:
            return w.textOf(type, &v->field);
        case 2: // sint64: zigzag
            if (!w.varintOf(type, &n))
                return false;
            v->kind = static_cast<std::int64_t>((n >> 1) ^ (~(n & 1) + 1));
            return true;
        case 3: {
            if (!w.fixed64Of(type, &n))
                return false;
            double d = 0;
            std::memcpy(&d, &n, sizeof d);
            v->kind = d;
            return true;
        }
        case 4:
            if (!w.textOf(type, &s))
                return false;
            v->kind = s;
            return true;
        case 5:
            return w.fixed64Of(type, &v->hlc);
        case 6:
            if (!w.varintOf(type, &n))
                return false;
            v->device = static_cast<std::uint32_t>(n);
            return true;
        default:
            return w.skip(type);
        }
    });
}

// One PulledRecord, appended to `out` as PullPage.records is read.
bool readRecord(std::string_view bytes, RemotePage *out, int *received, std::vector<Value> &values)
{
    std::string_view entity, id, scope;
    bool purge = false;
    std::uint64_t purgeHlc = 0;
    values.clear();
    Wire w(bytes.data(), bytes.data() + bytes.size());
    const bool read = w.fields([&](int field, int type) {
        std::uint64_t n = 0;
        std::string_view s;
        switch (field) {
        case 1:
            return w.textOf(type, &entity);
        case 2:
            return w.textOf(type, &id);
        case 3:
            return w.textOf(type, &scope);
        case 4:
            if (!w.varintOf(type, &n))
                return false;
            purge = n != 0;
            return true;
        case 5:
            return w.fixed64Of(type, &purgeHlc);
        case 6:
            return w.varintOf(type, &n);
        case 7:
            values.emplace_back();
            return w.bytesOf(type, &s) && readValue(s, &values.back());
        default:
            return w.skip(type);
        }
    });
    if (!read)
        return false;
    const int count = static_cast<int>(values.size());
    *received += purge ? 1 : count;
    // As readParsedRecords() (below) reads a parsed PulledRecord.
    const sync::EntityDef *def = sync::findEntity(entity);
    if (!def || id.empty()) {
        out->invalid += std::max(1, count);
        return true;
    }
    RemoteRecord r;
    r.entity = def;
    r.id = id;
    if (purge) {
        r.purge = true;
        r.purgeHlc = sync::Hlc::fromPacked(purgeHlc);
        out->records.push_back(r);
        out->invalid += count; // a purge's values are not read
        return true;
    }
    r.firstValue = static_cast<std::uint32_t>(out->values.size());
    for (const Value &v : values) {
        const sync::FieldDef *f = def->field(v.field);
        if (!f || v.device >= out->devices.size()) {
            ++out->invalid;
            continue;
        }
        RemoteValue rv;
        rv.field = f;
        rv.hlc = sync::Hlc::fromPacked(v.hlc);
        rv.device = v.device;
        rv.value = v.kind;
        out->values.push_back(rv);
        ++r.valueCount;
    }
    if (r.valueCount > 0)
        out->records.push_back(r);
    return true;
}

} // namespace

PageRead readPullPage(std::string_view body, v1::PullPage *rest, RemotePage *out, int *received,
                      int *recordCount)
{
    *out = {};
    *received = 0;
    *recordCount = 0;
    if (body.size() > INT_MAX)
        return PageRead::Unusual; // protobuf refuses it
    // First the page's own fields and the device table (a record's values
    // name devices by index, and the table may come after the records),
    // then the records.
    std::string others; // the page's other fields, for protobuf
    std::vector<std::string_view> records;
    Wire w(body.data(), body.data() + body.size());
    const char *start = w.position();
    const bool read = w.fields([&](int field, int type) {
        std::string_view s;
        if (field == 20) {
            if (!w.bytesOf(type, &s))
                return false;
            records.push_back(s);
        } else if (field == 21) {
            if (!w.textOf(type, &s))
                return false;
            out->devices.push_back(s);
        } else {
            if (!w.skip(type))
                return false;
            others.append(start, static_cast<std::size_t>(w.position() - start)); // with its tag
        }
        start = w.position();
        return true;
    });
    if (!read)
        return PageRead::Unusual;
    if (!rest->ParseFromString(others))
        return PageRead::Unusual;
    out->records.reserve(records.size());
    out->values.reserve(records.size() * 8);
    std::vector<Value> scratch;
    scratch.reserve(32);
    for (const std::string_view r : records) {
        if (!readRecord(r, out, received, scratch)) {
            *out = {};
            *received = 0;
            return PageRead::Unusual;
        }
    }
    *recordCount = static_cast<int>(records.size());
    return PageRead::Ok;
}

// A page in the per-record form (PullPage.records and devices). Views into
// `page`. Values that name no field of their entity or no device of the
// page are invalid, as is every value of a record of an unknown entity.
void readParsedRecords(const v1::PullPage &page, RemotePage &out)
{
    out.records.reserve(static_cast<std::size_t>(page.records_size()));
    out.devices.reserve(static_cast<std::size_t>(page.devices_size()));
    std::size_t values = 0;
    for (const v1::PulledRecord &m : page.records())
        values += static_cast<std::size_t>(m.values_size());
    out.values.reserve(values);
    for (const std::string &d : page.devices())
        out.devices.emplace_back(d);
    for (const v1::PulledRecord &m : page.records()) {
        const sync::EntityDef *def = sync::findEntity(m.entity());
        if (!def || m.record_id().empty()) {
            out.invalid += std::max(1, m.values_size());
            continue;
        }
        if (m.purge()) {
            RemoteRecord r;
            r.entity = def;
            r.id = m.record_id();
            r.purge = true;
            r.purgeHlc = sync::Hlc::fromPacked(m.purge_hlc());
            out.records.push_back(r);
            // A purge has no values; any sent with it are not read.
            out.invalid += m.values_size();
            continue;
        }
        RemoteRecord r;
        r.entity = def;
        r.id = m.record_id();
        r.firstValue = static_cast<std::uint32_t>(out.values.size());
        for (const v1::PulledValue &pv : m.values()) {
            const sync::FieldDef *field = def->field(pv.field());
            if (!field || pv.device() >= out.devices.size()) {
                ++out.invalid;
                continue;
            }
            RemoteValue v;
            v.field = field;
            v.hlc = sync::Hlc::fromPacked(pv.hlc());
            v.device = pv.device();
            switch (pv.kind_case()) {
            case v1::PulledValue::kInteger:
                v.value = pv.integer();
                break;
            case v1::PulledValue::kReal:
                v.value = pv.real();
                break;
            case v1::PulledValue::kText:
                v.value = std::string_view(pv.text());
                break;
            case v1::PulledValue::KIND_NOT_SET:
                break;
            }
            out.values.push_back(v);
            ++r.valueCount;
        }
        if (r.valueCount > 0)
            out.records.push_back(r);
    }
}

} // namespace brugboek::client

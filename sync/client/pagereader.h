#pragma once

#include "changelog.h"

#include <string_view>

namespace brugboek::v1 {
class PullPage;
}

namespace brugboek::client {

// Reads a pull page's per-record form (PullPage.records, field 20, and
// devices, 21: the bulk of a page, tens of thousands of values) straight
// from protobuf's wire format into `out`, as views into `body`, without
// making a message per record and value; the page's other fields are
// parsed into `rest` by protobuf. The counterpart of the server's
// PageWriter.
//
// Only what protobuf would read the same way is read here: anything
// unusual (groups, a known field of another wire type, a varint of more
// than ten bytes, a length past the end, text that is not UTF-8) gives
// Unusual and nothing else; the caller then parses the page with protobuf,
// which decides. On Ok, `out`, `received` (values and purges) and
// `recordCount` are what parsing with protobuf and reading PullPage.records
// give (tests/fuzz/fuzz_client_page checks that on every input).
enum class PageRead { Ok, Unusual };
PageRead readPullPage(std::string_view body, v1::PullPage *rest, RemotePage *out, int *received,
                      int *recordCount);

// The same from a page protobuf parsed: PullPage.records and devices, as
// views into `page`. Values that name no field of their entity or no
// device of the page are invalid, as is every value of a record of an
// unknown entity.
void readParsedRecords(const v1::PullPage &page, RemotePage &out);

} // namespace brugboek::client

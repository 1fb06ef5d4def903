#include "io/payload.h"

#include <boost/archive/archive_exception.hpp>
#include <set>

#include "base/error.h"

namespace nmt {
namespace {

constexpr unsigned kArchiveFlags = boost::archive::no_header | boost::archive::no_codecvt;

[[noreturn]] void corrupted(const std::string& what) {
  throw Error("corrupted payload: " + what);
}

}  // namespace

std::streamsize StringSinkBuf::xsputn(const char* s, std::streamsize n) {
  out_.append(s, static_cast<size_t>(n));
  return n;
}

StringSinkBuf::int_type StringSinkBuf::overflow(int_type c) {
  if (!traits_type::eq_int_type(c, traits_type::eof()))
    out_.push_back(traits_type::to_char_type(c));
  return traits_type::not_eof(c);
}

MemorySourceBuf::MemorySourceBuf(const char* data, size_t n) {
  char* begin = const_cast<char*>(data);  // get area only: never written through
  setg(begin, begin, begin + n);
}

// ---------------------------------------------------------------- writing

PayloadWriter::PayloadWriter(std::string& out) : buf_(out), archive_(buf_, kArchiveFlags) {}

void PayloadWriter::string(const std::string& s) {
  u64(s.size());
  raw(s.data(), s.size());
}

void PayloadWriter::tensor(const NamedTensor& t) {
  string(t.name);
  const Shape& shape = t.value.shape();
  u32(static_cast<uint32_t>(shape.rank()));
  for (int i = 0; i < shape.rank(); ++i) i64(shape[i]);
  u64(static_cast<uint64_t>(t.value.numel()));
  raw(t.value.data(), static_cast<size_t>(t.value.numel()) * sizeof(float));
}

void PayloadWriter::tensors(const std::vector<NamedTensor>& ts) {
  u64(ts.size());
  for (const NamedTensor& t : ts) tensor(t);
}

void PayloadWriter::string_map(const std::map<std::string, std::string>& m) {
  u64(m.size());
  for (const auto& [key, value] : m) {
    string(key);
    string(value);
  }
}

void PayloadWriter::i64_map(const std::map<std::string, int64_t>& m) {
  u64(m.size());
  for (const auto& [key, value] : m) {
    string(key);
    i64(value);
  }
}

void PayloadWriter::u64_map(const std::map<std::string, uint64_t>& m) {
  u64(m.size());
  for (const auto& [key, value] : m) {
    string(key);
    u64(value);
  }
}

void PayloadWriter::i64_vector(const std::vector<int64_t>& v) {
  u64(v.size());
  raw(v.data(), v.size() * sizeof(int64_t));
}

void PayloadWriter::i32_vector(const std::vector<int32_t>& v) {
  u64(v.size());
  raw(v.data(), v.size() * sizeof(int32_t));
}

void PayloadWriter::u16_vector(const std::vector<uint16_t>& v) {
  u64(v.size());
  raw(v.data(), v.size() * sizeof(uint16_t));
}

void PayloadWriter::i8_vector(const std::vector<int8_t>& v) {
  u64(v.size());
  raw(v.data(), v.size());
}

void PayloadWriter::f32_vector(const std::vector<float>& v) {
  u64(v.size());
  raw(v.data(), v.size() * sizeof(float));
}

// ---------------------------------------------------------------- reading

PayloadReader::PayloadReader(const char* data, size_t n)
    : buf_(data, n), archive_(buf_, kArchiveFlags), remaining_(n) {}

void PayloadReader::raw(void* p, uint64_t n) {
  if (n > remaining_)
    corrupted("needs " + std::to_string(n) + " more bytes, " + std::to_string(remaining_) +
              " remain");
  archive_.load_binary(p, static_cast<size_t>(n));
  remaining_ -= n;
}

uint32_t PayloadReader::u32() {
  uint32_t v;
  raw(&v, sizeof v);
  return v;
}

uint64_t PayloadReader::u64() {
  uint64_t v;
  raw(&v, sizeof v);
  return v;
}

int64_t PayloadReader::i64() {
  int64_t v;
  raw(&v, sizeof v);
  return v;
}

uint64_t PayloadReader::count(uint64_t item_bytes, const char* what) {
  uint64_t n = u64();
  if (item_bytes > 0 && n > remaining_ / item_bytes)
    corrupted(std::string(what) + " claims " + std::to_string(n) + " items but only " +
              std::to_string(remaining_) + " bytes remain");
  return n;
}

std::string PayloadReader::string(const char* what) {
  uint64_t n = count(1, what);
  std::string s(static_cast<size_t>(n), '\0');
  raw(s.data(), n);
  return s;
}

NamedTensor PayloadReader::tensor() {
  NamedTensor t;
  t.name = string("tensor name");
  uint32_t rank = u32();
  if (rank > static_cast<uint32_t>(Shape::kMaxRank))
    corrupted("tensor '" + t.name + "' has rank " + std::to_string(rank));
  Shape shape;
  for (uint32_t i = 0; i < rank; ++i) {
    int64_t d = i64();
    if (d < 0) corrupted("tensor '" + t.name + "' has a negative dimension");
    shape = shape.with_inserted(shape.rank(), d);
  }
  uint64_t n = count(sizeof(float), "tensor data");
  // Compare without overflow: the product may exceed n long before int64 wraps.
  uint64_t product = 1;
  for (int i = 0; i < shape.rank() && product != 0; ++i) {
    uint64_t d = static_cast<uint64_t>(shape[i]);
    product = (d != 0 && product > n / d + 1) ? n + 1 : product * d;
  }
  if (product != n)
    corrupted("tensor '" + t.name + "' has " + std::to_string(n) + " values but shape " +
              shape.to_string());
  t.value = Tensor::empty(shape);
  raw(t.value.data(), n * sizeof(float));
  return t;
}

std::vector<NamedTensor> PayloadReader::tensors() {
  // A tensor takes at least 8 (name length) + 4 (rank) + 8 (count) bytes.
  uint64_t n = count(20, "tensor list");
  std::vector<NamedTensor> ts;
  ts.reserve(static_cast<size_t>(n));
  for (uint64_t i = 0; i < n; ++i) ts.push_back(tensor());
  return ts;
}

namespace {
template <typename Map, typename ReadValue>
Map read_map(PayloadReader& in, uint64_t n, const char* what, ReadValue read_value) {
  Map m;
  for (uint64_t i = 0; i < n; ++i) {
    std::string key = in.string(what);
    auto value = read_value();
    if (!m.emplace(std::move(key), std::move(value)).second)
      corrupted(std::string("duplicate key in ") + what);
  }
  return m;
}
}  // namespace

std::map<std::string, std::string> PayloadReader::string_map(const char* what) {
  uint64_t n = count(16, what);
  return read_map<std::map<std::string, std::string>>(*this, n, what, [&] { return string(what); });
}

std::map<std::string, int64_t> PayloadReader::i64_map(const char* what) {
  uint64_t n = count(16, what);
  return read_map<std::map<std::string, int64_t>>(*this, n, what, [&] { return i64(); });
}

std::map<std::string, uint64_t> PayloadReader::u64_map(const char* what) {
  uint64_t n = count(16, what);
  return read_map<std::map<std::string, uint64_t>>(*this, n, what, [&] { return u64(); });
}

std::vector<int64_t> PayloadReader::i64_vector(const char* what) {
  uint64_t n = count(sizeof(int64_t), what);
  std::vector<int64_t> v(static_cast<size_t>(n));
  raw(v.data(), n * sizeof(int64_t));
  return v;
}

std::vector<int32_t> PayloadReader::i32_vector(const char* what) {
  uint64_t n = count(sizeof(int32_t), what);
  std::vector<int32_t> v(static_cast<size_t>(n));
  raw(v.data(), n * sizeof(int32_t));
  return v;
}

std::vector<uint16_t> PayloadReader::u16_vector(const char* what) {
  uint64_t n = count(sizeof(uint16_t), what);
  std::vector<uint16_t> v(static_cast<size_t>(n));
  raw(v.data(), n * sizeof(uint16_t));
  return v;
}

std::vector<int8_t> PayloadReader::i8_vector(const char* what) {
  uint64_t n = count(1, what);
  std::vector<int8_t> v(static_cast<size_t>(n));
  raw(v.data(), n);
  return v;
}

std::vector<float> PayloadReader::f32_vector(const char* what) {
  uint64_t n = count(sizeof(float), what);
  std::vector<float> v(static_cast<size_t>(n));
  raw(v.data(), n * sizeof(float));
  return v;
}

void PayloadReader::expect_end() {
  if (remaining_ != 0) corrupted(std::to_string(remaining_) + " unread bytes at the end");
}

}  // namespace nmt

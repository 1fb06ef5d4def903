// Field-by-field writing and reading of a payload through Boost.Serialization
// binary archives (no archive header). Only the archives' raw primitives are
// used, so the byte layout is ours, documented in docs/FORMATS.md and the same
// for every Boost version: integers little-endian, a string is a uint64 length
// then its bytes, a tensor is name, rank, dims, count, float32 values.
// PayloadReader never trusts a count: each is checked against the bytes that
// remain before anything is allocated, so a hostile payload cannot make it
// allocate more than the file's size. Errors throw nmt::Error("corrupted
// payload: ..."), which the loaders prefix with the path.
// Not here: the header and checksum (framed_file.h), file I/O.
#pragma once

#include <boost/archive/archive_exception.hpp>
#include <boost/archive/binary_iarchive.hpp>
#include <boost/archive/binary_oarchive.hpp>
#include <cstdint>
#include <exception>
#include <map>
#include <new>
#include <streambuf>
#include <string>
#include <vector>

#include "base/error.h"
#include "io/named_tensor.h"

namespace nmt {

// Appends everything written to it to a std::string (no intermediate copy).
class StringSinkBuf : public std::streambuf {
 public:
  explicit StringSinkBuf(std::string& out) : out_(out) {}

 protected:
  std::streamsize xsputn(const char* s, std::streamsize n) override;
  int_type overflow(int_type c) override;

 private:
  std::string& out_;
};

// Reads from memory it does not own.
class MemorySourceBuf : public std::streambuf {
 public:
  MemorySourceBuf(const char* data, size_t n);
};

class PayloadWriter {
 public:
  explicit PayloadWriter(std::string& out);

  void u32(uint32_t v) { raw(&v, sizeof v); }
  void u64(uint64_t v) { raw(&v, sizeof v); }
  void i64(int64_t v) { raw(&v, sizeof v); }
  void string(const std::string& s);
  void tensor(const NamedTensor& t);
  void tensors(const std::vector<NamedTensor>& ts);
  void string_map(const std::map<std::string, std::string>& m);
  void i64_map(const std::map<std::string, int64_t>& m);
  void u64_map(const std::map<std::string, uint64_t>& m);
  void i64_vector(const std::vector<int64_t>& v);
  void i32_vector(const std::vector<int32_t>& v);
  void u16_vector(const std::vector<uint16_t>& v);
  void i8_vector(const std::vector<int8_t>& v);
  void f32_vector(const std::vector<float>& v);

 private:
  void raw(const void* p, size_t n) { archive_.save_binary(p, n); }

  StringSinkBuf buf_;
  boost::archive::binary_oarchive archive_;
};

class PayloadReader {
 public:
  PayloadReader(const char* data, size_t n);

  uint32_t u32();
  uint64_t u64();
  int64_t i64();
  std::string string(const char* what);
  NamedTensor tensor();
  std::vector<NamedTensor> tensors();
  std::map<std::string, std::string> string_map(const char* what);
  std::map<std::string, int64_t> i64_map(const char* what);
  std::map<std::string, uint64_t> u64_map(const char* what);
  std::vector<int64_t> i64_vector(const char* what);
  std::vector<int32_t> i32_vector(const char* what);
  std::vector<uint16_t> u16_vector(const char* what);
  std::vector<int8_t> i8_vector(const char* what);
  std::vector<float> f32_vector(const char* what);
  // Throws unless every byte has been read.
  void expect_end();

 private:
  void raw(void* p, uint64_t n);
  // Reads a count of items of item_bytes each; throws if they cannot fit.
  uint64_t count(uint64_t item_bytes, const char* what);

  MemorySourceBuf buf_;
  boost::archive::binary_iarchive archive_;
  uint64_t remaining_;
};

// Runs read(reader) over n payload bytes and returns its result; every
// failure becomes one nmt::Error prefixed with "name: ". noun names the file
// kind in the out-of-memory message.
template <typename Read>
auto read_payload(const std::string& name, const char* noun, const char* data, size_t n,
                  Read read) {
  try {
    PayloadReader in(data, n);
    auto result = read(in);
    in.expect_end();
    return result;
  } catch (const boost::archive::archive_exception& e) {
    throw Error(name + ": corrupted payload: " + e.what());
  } catch (const std::bad_alloc&) {
    throw Error(name + ": out of memory while reading the " + noun);
  } catch (const std::exception& e) {
    throw Error(name + ": " + e.what());
  }
}

}  // namespace nmt

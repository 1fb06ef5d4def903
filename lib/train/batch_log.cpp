#include "train/batch_log.h"

#include <cerrno>
#include <cstring>

#include "base/error.h"

namespace nmt {
namespace {

void write_rows(std::ostream& out, const EncodedCorpus& corpus, const std::vector<size_t>& rows,
                bool source) {
  out << '[';
  for (size_t r = 0; r < rows.size(); ++r) {
    if (r > 0) out << ',';
    out << '[';
    const IdSpan ids = source ? corpus.src(rows[r]) : corpus.tgt(rows[r]);
    for (size_t i = 0; i < ids.size(); ++i) out << (i > 0 ? "," : "") << ids[i];
    out << ']';
  }
  out << ']';
}

}  // namespace

BatchLog::BatchLog(const std::string& path) : path_(path), out_(path, std::ios::trunc) {
  if (!out_) throw Error(path + ": cannot write the batch log: " + std::strerror(errno));
}

void BatchLog::write(int64_t update, const EncodedCorpus& corpus, const std::vector<size_t>& rows) {
  out_ << "{\"update\":" << update << ",\"src\":";
  write_rows(out_, corpus, rows, true);
  out_ << ",\"tgt\":";
  write_rows(out_, corpus, rows, false);
  out_ << "}\n";
  out_.flush();
  if (!out_) throw Error(path_ + ": cannot write the batch log (disk full?)");
}

}  // namespace nmt

#include "train/distributed.h"

#include <chrono>

#include "io/checksum.h"

namespace nmt {

void agree_on(Communicator& comm, const std::function<void()>& step) {
  if (comm.size() == 1) {
    step();
    return;
  }
  std::string message;
  bool failed = false;
  try {
    step();
  } catch (const ErrorReportedElsewhere&) {
    failed = true;
  } catch (const Error& e) {
    failed = true;
    message = e.what();
  }
  const std::vector<uint64_t> failures = comm.allgather(failed ? (message.empty() ? 1 : 2) : 0);
  int reporter = -1;
  bool any = false;
  for (int r = 0; r < comm.size(); ++r) {
    any = any || failures[r] != 0;
    if (failures[r] == 2 && reporter < 0) reporter = r;
  }
  if (!any) return;
  comm.set_stopping_together();
  if (reporter == comm.rank()) throw Error(message);
  throw ErrorReportedElsewhere();
}

void check_same_on_every_rank(Communicator& comm, const std::string& what, const std::string& value,
                              const DescribeDifference& describe) {
  if (comm.size() == 1) return;
  std::string reference = value;
  comm.broadcast(reference, 0);
  agree_on(comm, [&] {
    if (value == reference) return;
    const std::string difference =
        describe ? describe(value, reference) : reference + " on rank 0, " + value + " here";
    throw Error("this rank's " + what + " differs from rank 0's (" + difference +
                "): every rank must run the same job");
  });
}

uint32_t parameter_digest(const std::vector<std::pair<std::string, Var>>& params) {
  uint32_t crc = 0;
  for (const auto& [name, var] : params) {
    crc = crc32(name.data(), name.size(), crc);
    const Tensor& t = var.value();
    const std::string shape = t.shape().to_string();
    crc = crc32(shape.data(), shape.size(), crc);
    crc = crc32(t.data(), static_cast<size_t>(t.numel()) * sizeof(float), crc);
  }
  return crc;
}

void check_same_parameters(Communicator& comm,
                           const std::vector<std::pair<std::string, Var>>& params, int64_t update) {
  if (comm.size() == 1) return;
  const std::vector<uint64_t> digests = comm.allgather(parameter_digest(params));
  agree_on(comm, [&] {
    for (int r = 1; r < comm.size(); ++r)
      NMT_CHECK(digests[r] == digests[0], "the parameters of rank ", r,
                " differ from rank 0's after update ", update, " (digest ", std::hex, digests[r],
                " vs ", digests[0], "): the ranks no longer train the same model");
  });
}

GradientSum::GradientSum(Communicator& comm, std::vector<std::pair<std::string, Var>> params)
    : comm_(comm), params_(std::move(params)) {
  if (comm_.size() > 1) bucket_.resize(std::min(kBucketFloats, floats()));
}

size_t GradientSum::floats() const {
  size_t n = 0;
  for (const auto& [name, var] : params_) n += static_cast<size_t>(var.value().numel());
  return n;
}

void GradientSum::flush(size_t used) {
  if (used == 0) return;
  comm_.allreduce_sum(bucket_.data(), used);
  size_t at = 0;
  for (auto& [grad, n] : pending_) {
    std::copy(bucket_.data() + at, bucket_.data() + at + n, grad);
    at += n;
  }
  pending_.clear();
}

void GradientSum::sum(std::vector<double>& extra) {
  if (comm_.size() == 1) return;
  const auto start = std::chrono::steady_clock::now();
  // Which gradients exist anywhere, and the caller's numbers, in one small call.
  std::vector<double> head(params_.size() + extra.size());
  for (size_t p = 0; p < params_.size(); ++p)
    head[p] = params_[p].second.grad().defined() ? 1.0 : 0.0;
  std::copy(extra.begin(), extra.end(), head.begin() + params_.size());
  comm_.allreduce_sum(head.data(), head.size());
  std::copy(head.begin() + params_.size(), head.end(), extra.begin());

  size_t used = 0;
  for (size_t p = 0; p < params_.size(); ++p) {
    if (head[p] == 0.0) continue;  // no rank reached it: stays undefined
    Var& var = params_[p].second;
    if (!var.grad().defined()) var.mutable_grad() = Tensor::zeros(var.value().shape());
    float* grad = var.mutable_grad().data();
    size_t n = static_cast<size_t>(var.value().numel());
    while (n > 0) {
      const size_t take = std::min(n, bucket_.size() - used);
      std::copy(grad, grad + take, bucket_.data() + used);
      pending_.push_back({grad, take});
      used += take;
      grad += take;
      n -= take;
      if (used == bucket_.size()) {
        flush(used);
        used = 0;
      }
    }
  }
  flush(used);
  seconds_ += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace nmt

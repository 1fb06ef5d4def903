// --precision fp32|bf16|auto for the training benchmarks (train, toy): the
// flag, and the choice resolved as nmt-train resolves it (tensor/bf16.h), so
// a benchmark measures what training would run.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

#include "tensor/bf16.h"
#include "tensor/gemm.h"

namespace nmt::bench {

inline void add_precision_option(CLI::App* sub, std::string& precision) {
  sub->add_option("--precision", precision,
                  "Weight products: fp32, bf16 (mixed precision) or auto (bf16 only where the "
                  "CPU multiplies bf16 natively)")
      ->check(CLI::IsMember({"fp32", "bf16", "auto"}));
}

inline PrecisionChoice resolve_bench_precision(const std::string& precision) {
  return choose_precision(precision_from_name(precision), cpu_bf16_support(), gemm_bf16_native());
}

inline GemmPrecision gemm_precision_of(const PrecisionChoice& choice) {
  return choice.bf16 ? GemmPrecision::Bf16 : GemmPrecision::Fp32;
}

}  // namespace nmt::bench

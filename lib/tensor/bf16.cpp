// bf16 rounding of blocks, the CPU's bf16 instructions and --precision's choice.
#include "tensor/bf16.h"

#include <cpuid.h>

#include "base/error.h"

namespace nmt {

void round_to_bf16(const float* src, int64_t rows, int64_t cols, int64_t ld_src, float* dst,
                   int64_t ld_dst) {
  for (int64_t r = 0; r < rows; ++r) {
    const float* in = src + r * ld_src;
    float* out = dst + r * ld_dst;
#pragma omp simd
    for (int64_t c = 0; c < cols; ++c) out[c] = bf16_round(in[c]);
  }
}

std::string to_string(TrainPrecision precision) {
  switch (precision) {
    case TrainPrecision::Fp32:
      return "fp32";
    case TrainPrecision::Bf16:
      return "bf16";
    case TrainPrecision::Auto:
      break;
  }
  return "auto";
}

TrainPrecision precision_from_name(const std::string& name) {
  for (TrainPrecision p : {TrainPrecision::Fp32, TrainPrecision::Bf16, TrainPrecision::Auto})
    if (to_string(p) == name) return p;
  throw Error("unknown precision '" + name + "' (want fp32, bf16 or auto)");
}

Bf16Support cpu_bf16_support() {
  Bf16Support s;
  unsigned eax = 0, ebx = 0, ecx = 0, edx = 0;
  if (__get_cpuid_max(0, nullptr) < 7) return s;
  __cpuid_count(7, 0, eax, ebx, ecx, edx);
  s.amx_bf16 = (edx >> 22) & 1u;  // CPUID.(7,0):EDX[22]
  const unsigned max_subleaf = eax;
  if (max_subleaf >= 1) {
    __cpuid_count(7, 1, eax, ebx, ecx, edx);
    s.avx512_bf16 = (eax >> 5) & 1u;  // CPUID.(7,1):EAX[5]
  }
  return s;
}

namespace {

std::string cpu_text(const Bf16Support& cpu) {
  if (!cpu.native()) return "this CPU has no native bf16: no avx512_bf16, no amx_bf16";
  std::string has = cpu.amx_bf16 ? "amx_bf16" : "";
  if (cpu.avx512_bf16) has += std::string(has.empty() ? "" : ", ") + "avx512_bf16";
  return "this CPU has native bf16 (" + has + ")";
}

}  // namespace

PrecisionChoice choose_precision(TrainPrecision asked, const Bf16Support& cpu, bool native_kernel) {
  PrecisionChoice c;
  if (asked == TrainPrecision::Fp32) {
    c.reason = "as asked";
  } else if (asked == TrainPrecision::Bf16) {
    c.bf16 = true;
    c.reason = "as asked; " + cpu_text(cpu);
    if (!cpu.native() || !native_kernel)
      c.reason += ": emulated (operands rounded to bf16, float32 GEMM), slower than fp32";
  } else if (!cpu.native()) {
    c.reason = "auto: " + cpu_text(cpu);
  } else if (!native_kernel) {
    c.reason = "auto: " + cpu_text(cpu) + " but this build has no native bf16 GEMM";
  } else {
    c.bf16 = true;
    c.reason = "auto: " + cpu_text(cpu);
  }
  return c;
}

std::string describe(const PrecisionChoice& choice) {
  return std::string(choice.bf16 ? "bf16" : "fp32") + " (" + choice.reason + ")";
}

}  // namespace nmt

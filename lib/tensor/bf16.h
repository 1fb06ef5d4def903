// bfloat16 for mixed-precision training: rounding float32 to bf16 (round to
// nearest, ties to even, as the hardware converts), whether this CPU
// multiplies bf16 natively, and the choice behind --precision fp32|bf16|auto.
// bf16 keeps float32's 8 exponent bits and 8 of its 24 significand bits, so a
// bf16 value is a float32 whose low 16 bits are zero; a product of two bf16
// values has at most 16 significant bits and is exact in float32. That is
// why rounding the operands and running a float32 GEMM reproduces what a
// native bf16 GEMM (AMX-BF16, AVX512-BF16: bf16 products, float32 sums)
// computes, up to the order of the sums.
// Not here: the GEMM itself (tensor/gemm.h takes GemmPrecision::Bf16).
#pragma once

#include <cstdint>
#include <cstring>
#include <string>

namespace nmt {

// x rounded to the nearest bf16 (ties to even), as a float32 with the low 16
// bits clear. Infinities stay; a NaN stays a (quiet) NaN; values beyond the
// largest bf16 round to infinity, as the hardware's conversion does.
inline float bf16_round(float x) {
  uint32_t u = 0;
  std::memcpy(&u, &x, sizeof u);
  const bool nan = (u & 0x7fffffffu) > 0x7f800000u;
  const uint32_t rounded = (u + 0x7fffu + ((u >> 16) & 1u)) & 0xffff0000u;
  const uint32_t quiet_nan = (u | 0x00400000u) & 0xffff0000u;
  const uint32_t bits = nan ? quiet_nan : rounded;
  float out = 0.0f;
  std::memcpy(&out, &bits, sizeof out);
  return out;
}

// dst[r * ld_dst + c] = bf16_round(src[r * ld_src + c]) for a rows x cols block.
void round_to_bf16(const float* src, int64_t rows, int64_t cols, int64_t ld_src, float* dst,
                   int64_t ld_dst);

// What --precision asks for.
enum class TrainPrecision { Fp32, Bf16, Auto };
std::string to_string(TrainPrecision precision);  // "fp32" | "bf16" | "auto"
// The inverse; throws nmt::Error naming the choices on anything else.
TrainPrecision precision_from_name(const std::string& name);

// The bf16 instructions of a CPU (read from cpuid at run time).
struct Bf16Support {
  bool avx512_bf16 = false;  // VDPBF16PS: Cooper Lake, Sapphire Rapids and later, Zen 4/5
  bool amx_bf16 = false;     // AMX tiles: Sapphire and Emerald Rapids and later
  bool native() const { return avx512_bf16 || amx_bf16; }
};
Bf16Support cpu_bf16_support();

// The precision a run uses and why, for the log.
struct PrecisionChoice {
  bool bf16 = false;
  std::string reason;
};
// fp32 and bf16 are taken as asked (bf16 without native support is emulated:
// correct, slower than fp32); auto takes bf16 only where `cpu` has a native
// bf16 instruction AND `native_kernel` (this build can use it), else fp32.
PrecisionChoice choose_precision(TrainPrecision asked, const Bf16Support& cpu, bool native_kernel);
// "fp32 (auto: this CPU has no native bf16: no avx512_bf16, no amx_bf16)"
std::string describe(const PrecisionChoice& choice);

}  // namespace nmt

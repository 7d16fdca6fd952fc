/*
** math.c -- the natives of package math: bit reinterpretation, the exact
** IEEE operations, and useFMA.
**
** Bit casts: a float travels in its slot as its bit pattern (float32's
** zero-extended), and a uint32/uint64 as its value zero-extended, so
** Float64bits, Float64frombits, Float32bits and Float32frombits leave the
** slot exactly as it is. They never pass through a C float, which would
** quiet a signalling NaN (Go's casts keep every bit).
**
** Sqrt, Floor, Ceil, Trunc and FMA are single correctly rounded IEEE 754
** operations, so C's functions give Go's results bit for bit, special
** cases included (Sqrt(-1) is the x86 default NaN, as Go's SQRTSD gives).
**
** useFMA mirrors Go's amd64 `useFMA = cpu.X86.HasAVX && cpu.X86.HasFMA`
** (internal/cpu): CPUID leaf 1 must report FMA and AVX, and the OS must
** save the YMM registers (OSXSAVE set and XCR0 bits 1 and 2, read with
** XGETBV); math's Exp picks its evaluation path by it, so Exp matches Go on
** the same machine. Other architectures have no such path: false.
*/
#include "natives.h"

#include <math.h>

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#endif

/* func Float64bits(f float64) uint64, and the three other casts */
static void math_reinterpret(G *g, uint64_t *slots) {}

static void math_Sqrt(G *g, uint64_t *slots) {
  set_float64(slots, 0, sqrt(slot_float64(slots, 0)));
}

static void math_Floor(G *g, uint64_t *slots) {
  set_float64(slots, 0, floor(slot_float64(slots, 0)));
}

static void math_Ceil(G *g, uint64_t *slots) {
  set_float64(slots, 0, ceil(slot_float64(slots, 0)));
}

static void math_Trunc(G *g, uint64_t *slots) {
  set_float64(slots, 0, trunc(slot_float64(slots, 0)));
}

/* func FMA(x, y, z float64) float64 */
static void math_FMA(G *g, uint64_t *slots) {
  double x = slot_float64(slots, 0), y = slot_float64(slots, 1),
         z = slot_float64(slots, 2);
  set_float64(slots, 0, fma(x, y, z));
}

static bool cpu_has_avx_fma(void) {
#if defined(__x86_64__) || defined(__i386__)
  enum { ECX_FMA = 1u << 12, ECX_OSXSAVE = 1u << 27, ECX_AVX = 1u << 28 };
  enum { XCR0_SSE_AVX = (1u << 1) | (1u << 2) };
  unsigned eax, ebx, ecx, edx;
  if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx))
    return false;
  if ((ecx & ECX_OSXSAVE) == 0)
    return false;
  unsigned xcr0_lo, xcr0_hi;
  __asm__ volatile("xgetbv" : "=a"(xcr0_lo), "=d"(xcr0_hi) : "c"(0));
  bool os_avx = (xcr0_lo & XCR0_SSE_AVX) == XCR0_SSE_AVX;
  return os_avx && (ecx & ECX_AVX) && (ecx & ECX_FMA);
#else
  return false;
#endif
}

/* func useFMA() bool */
static void math_useFMA(G *g, uint64_t *slots) {
  set_bool(slots, 0, cpu_has_avx_fma());
}

static const NativeEntry entries[] = {
    {"Ceil", math_Ceil},
    {"FMA", math_FMA},
    {"Float32bits", math_reinterpret},
    {"Float32frombits", math_reinterpret},
    {"Float64bits", math_reinterpret},
    {"Float64frombits", math_reinterpret},
    {"Floor", math_Floor},
    {"Sqrt", math_Sqrt},
    {"Trunc", math_Trunc},
    {"useFMA", math_useFMA},
};
NATIVE_TABLE(rt_natives_math, "math", entries);

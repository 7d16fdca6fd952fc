/*
** math_test.c -- package math's natives through the slot ABI.
** Expected bit patterns printed by Go 1.19 (fmt.Printf("%#016x",
** math.Float64bits(math.Trunc(x))) and the like, on amd64).
*/
#include "harness.h"



/* one float64 -> float64 native on bits x, returning the result's bits */
static uint64_t unary(const char *name, uint64_t x) {
  uint64_t s[1] = {x};
  call(name, s);
  return s[0];
}

static uint64_t f64(double d) { return f64bits(d); }

static void test_bit_casts(void) {
  /* float32 travels as its bit pattern, zero-extended (runtime.h) */
  static const struct { uint32_t bits; } f32[] = {
      {0x00000000}, {0x80000000}, {0x3f800000}, {0xbfc00000}, {0x40490fd0},
      {0x00000001}, {0x7f7fffff}, {0xff800000}, {0x7fc00000},
      {0x7f800001}, /* a signalling NaN keeps its bits */
  };
  for (size_t i = 0; i < sizeof f32 / sizeof f32[0]; i++) {
    CHECK_HEX(unary("math.Float32bits", f32[i].bits), f32[i].bits);
    CHECK_HEX(unary("math.Float32frombits", f32[i].bits), f32[i].bits);
  }
  /* Go: Float64bits(0.1) = 0x3fb999999999999a, NaN() = 0x7ff8000000000001 */
  CHECK_HEX(unary("math.Float64bits", f64(0.1)), 0x3fb999999999999a);
  CHECK_HEX(unary("math.Float64bits", f64(-2.5)), 0xc004000000000000);
  CHECK_HEX(unary("math.Float64frombits", 0x7ff8000000000001), 0x7ff8000000000001);
  CHECK_HEX(unary("math.Float64frombits", 0x0000000000000001), f64(5e-324));
}

static void test_rounding(void) {
  /* x, Trunc, Floor, Ceil: Go 1.19's bits */
  static const struct { double x; uint64_t trunc, floor, ceil; } cases[] = {
      {1e300, 0x7e37e43c8800759c, 0x7e37e43c8800759c, 0x7e37e43c8800759c},
      {-1e300, 0xfe37e43c8800759c, 0xfe37e43c8800759c, 0xfe37e43c8800759c},
      {4503599627370497.5, 0x4330000000000002, 0x4330000000000002, 0x4330000000000002},
      {-4503599627370496.5, 0xc330000000000000, 0xc330000000000000, 0xc330000000000000},
      {2.5, 0x4000000000000000, 0x4000000000000000, 0x4008000000000000},
      {-2.5, 0xc000000000000000, 0xc008000000000000, 0xc000000000000000},
      {0.7, 0x0000000000000000, 0x0000000000000000, 0x3ff0000000000000},
      {-0.7, 0x8000000000000000, 0xbff0000000000000, 0x8000000000000000},
      {9007199254740993.0, 0x4340000000000000, 0x4340000000000000, 0x4340000000000000},
      {1.8446744073709552e19, 0x43f0000000000000, 0x43f0000000000000, 0x43f0000000000000},
      {-0.3, 0x8000000000000000, 0xbff0000000000000, 0x8000000000000000},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    CHECK_HEX(unary("math.Trunc", f64(cases[i].x)), cases[i].trunc);
    CHECK_HEX(unary("math.Floor", f64(cases[i].x)), cases[i].floor);
    CHECK_HEX(unary("math.Ceil", f64(cases[i].x)), cases[i].ceil);
  }
  /* NaN stays NaN with its payload (Go's amd64 ROUNDSD keeps a quiet NaN) */
  CHECK_HEX(unary("math.Floor", 0x7ff8000000000001), 0x7ff8000000000001);
  CHECK_HEX(unary("math.Trunc", 0xfff0000000000000), 0xfff0000000000000); /* -Inf */
}

static void test_sqrt_fma(void) {
  /* Go: Sqrt(2) 0x3ff6a09e667f3bcd, Sqrt(-1) 0xfff8000000000000 (the x86
  ** default NaN), Sqrt(-0) -0 */
  CHECK_HEX(unary("math.Sqrt", f64(2)), 0x3ff6a09e667f3bcd);
  CHECK_HEX(unary("math.Sqrt", f64(-1)), 0xfff8000000000000);
  CHECK_HEX(unary("math.Sqrt", 0x8000000000000000), 0x8000000000000000);
  /* Go: FMA(0.1, 10, -1) = 0x3c90000000000000 (0.1*10-1 rounded twice is 0);
  ** FMA(1+2^-52, 1-2^-52, -1) = 0xb970000000000000 (-2^-104) */
  uint64_t s[3] = {f64(0.1), f64(10), f64(-1)};
  call("math.FMA", s);
  CHECK_HEX(s[0], 0x3c90000000000000);
  uint64_t t[3] = {f64(1 + 0x1p-52), f64(1 - 0x1p-52), f64(-1)};
  call("math.FMA", t);
  CHECK_HEX(t[0], 0xb970000000000000);
}

/* useFMA against the CPU's own report: the cpuinfo flags avx and fma,
** which Linux lists only when the CPU has them and the kernel enabled the
** AVX state (Go's condition) */
static void test_useFMA(void) {
  FILE *f = fopen("/proc/cpuinfo", "r");
  if (f == NULL)
    return;
  char line[8192];
  bool avx = false, fma = false;
  while (fgets(line, sizeof line, f)) {
    if (strncmp(line, "flags", 5) != 0)
      continue;
    avx = strstr(line, " avx ") || strstr(line, " avx\n");
    fma = strstr(line, " fma ") || strstr(line, " fma\n");
    break;
  }
  fclose(f);
  uint64_t s[1] = {0};
  call("math.useFMA", s);
  CHECK_INT(s[0], avx && fma);
}

int main(void) {
  test_bit_casts();
  test_rounding();
  test_sqrt_fma();
  test_useFMA();
  return failures != 0;
}

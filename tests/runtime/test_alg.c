/*
** test_alg.c -- Go's == and the map hash (runtime/alg.c): floats by value
** (+0 == -0, NaN != NaN, NaN hashes differ), strings by content, structs
** field by field skipping blank fields and padding, arrays, interfaces by
** dynamic type and value, and the panics for uncomparable dynamic types
** ("comparing uncomparable type []int", "hash of unhashable type []int",
** texts from real Go 1.19 runs).
*/
#include "rttest.h"

#include <math.h>

static uint64_t H(const RType *t, const void *p) { return rt_typehash(t, p, 1234); }

static void test_scalars(void) {
  intptr_t a = 7, b = 7, c = 8;
  CHECK(rt_equal(&t_int, &a, &b) && !rt_equal(&t_int, &a, &c), "int ==");
  CHECK(H(&t_int, &a) == H(&t_int, &b) && H(&t_int, &a) != H(&t_int, &c), "int hash");
  CHECK(rt_typehash(&t_int, &a, 1) != rt_typehash(&t_int, &a, 2), "the seed matters");
  double pz = 0.0, nz = -0.0, nan = NAN, one = 1;
  CHECK(rt_equal(&t_float64, &pz, &nz), "+0 == -0");
  CHECK(H(&t_float64, &pz) == H(&t_float64, &nz), "+0 and -0 hash alike");
  CHECK(!rt_equal(&t_float64, &nan, &nan), "NaN != NaN");
  CHECK(H(&t_float64, &nan) != H(&t_float64, &nan), "each NaN hash is fresh");
  CHECK(H(&t_float64, &one) == H(&t_float64, &one), "1.0 hashes stably");
  float f1 = 0.5f, f2 = 0.5f, fz = -0.0f, fpz = 0.0f;
  CHECK(rt_equal(&t_float32, &f1, &f2) && rt_equal(&t_float32, &fz, &fpz), "float32 ==");
  CHECK(H(&t_float32, &fz) == H(&t_float32, &fpz), "float32 zeros hash alike");
  char x1[] = "hello world", x2[] = "hello world";
  GoString s1 = {(uint8_t *)x1, 11}, s2 = {(uint8_t *)x2, 11}, s3 = {(uint8_t *)x2, 5};
  CHECK(rt_equal(&t_string, &s1, &s2) && !rt_equal(&t_string, &s1, &s3), "string ==");
  CHECK(H(&t_string, &s1) == H(&t_string, &s2) && H(&t_string, &s1) != H(&t_string, &s3),
        "strings hash by content");
}

/* struct { a int8; _ int32; b int64; f float64 } with padding after a */
static const StructField pad_fields[] = {{"a", &t_int8, 0, false, false, NULL},
                                         {"_", &t_int32, 4, false, false, NULL},
                                         {"b", &t_int64, 8, false, false, NULL},
                                         {"f", &t_float64, 16, false, false, NULL}};
static RType t_pad = {.size = 24, .tflag = CMP, .align = 8, .kind = KIND_STRUCT,
                      .str = "main.P", .pkgpath = "main", .nfields = 4, .fields = pad_fields};
typedef struct {
  int8_t a;
  int32_t blank;
  int64_t b;
  double f;
} Pad;
static RType t_arr = {.size = 72, .tflag = CMP, .align = 8, .kind = KIND_ARRAY,
                      .str = "[3]main.P", .elem = &t_pad, .len = 3};

static void test_composites(void) {
  Pad p, q;
  memset(&p, 0xAA, sizeof p); /* garbage padding */
  memset(&q, 0x55, sizeof q);
  p.a = q.a = 1;
  p.blank = 1, q.blank = 2; /* blank fields do not count */
  p.b = q.b = 99;
  p.f = 0.0, q.f = -0.0;
  CHECK(rt_equal(&t_pad, &p, &q), "padding and blank fields ignored, +0 == -0");
  CHECK(H(&t_pad, &p) == H(&t_pad, &q), "equal structs hash alike");
  q.b = 98;
  CHECK(!rt_equal(&t_pad, &p, &q) && H(&t_pad, &p) != H(&t_pad, &q), "a field differs");
  Pad a1[3], a2[3];
  memset(a1, 0, sizeof a1), memset(a2, 0x11, sizeof a2);
  for (int i = 0; i < 3; i++)
    a2[i].a = a2[i].blank = 0, a2[i].b = 0, a2[i].f = 0;
  CHECK(rt_equal(&t_arr, a1, a2) && H(&t_arr, a1) == H(&t_arr, a2), "arrays element by element");
  a2[2].f = NAN;
  CHECK(!rt_equal(&t_arr, a2, a2), "an array holding NaN is not equal to itself");
}

static Eface box(const RType *t, const void *v) { return rt_convT(t, v); }

static void test_interfaces(void) {
  Eface i1 = box(&t_int, &(intptr_t){1}), i2 = box(&t_int, &(intptr_t){1});
  Eface i64 = box(&t_int64, &(int64_t){1}), nil = {NULL, NULL};
  CHECK(i1.data != i2.data, "boxed separately");
  CHECK(rt_efaceeq(i1, i2) && H(&t_eface, &i1) == H(&t_eface, &i2), "same type and value");
  CHECK(!rt_efaceeq(i1, i64), "int(1) != int64(1) as interfaces");
  CHECK(H(&t_eface, &i1) != H(&t_eface, &i64), "dynamic type is hashed");
  CHECK(rt_efaceeq(nil, nil) && !rt_efaceeq(nil, i1), "nil interfaces");
  int target;
  Eface p1 = box(&t_intptr, &(int *){&target}), p2 = box(&t_intptr, &(int *){&target});
  CHECK(p1.data == &target && rt_efaceeq(p1, p2), "pointers are direct and compare by address");
  CHECK(H(&t_eface, &p1) == H(&t_eface, &p2), "pointer hash");
  Eface n1 = box(&t_float64, &(double){NAN});
  CHECK(!rt_efaceeq(n1, n1), "NaN in an interface");
  CHECK(rt_equal(&t_eface, &i1, &i2), "rt_equal on interface{} values");

  GoSlice sl = {NULL, 0, 0};
  Eface s1 = box(&t_intslice, &sl), s2 = box(&t_intslice, &sl);
  CHECK(!rt_efaceeq(s1, i1), "an uncomparable type against another type: false, no panic");
  CHECK(CATCH_PANIC(rt_efaceeq(s1, s2)), "comparing two []int panics");
  CHECK(!strcmp(panic_text(), "runtime error: comparing uncomparable type []int"), "%s",
        panic_text());
  CHECK(CATCH_PANIC(H(&t_eface, &s1)), "hashing a []int panics");
  CHECK(!strcmp(panic_text(), "runtime error: hash of unhashable type []int"), "%s",
        panic_text());
  /* an uncomparable value nested in a comparable struct's interface field */
  static const StructField f[] = {{"k", &t_eface, 0, false, false, NULL}};
  RType t_wrap = {.size = 16, .tflag = CMP, .align = 8, .kind = KIND_STRUCT, .str = "main.W",
                  .pkgpath = "main", .nfields = 1, .fields = f};
  Eface w1 = box(&t_wrap, &s1), w2 = box(&t_wrap, &s2);
  CHECK(CATCH_PANIC(rt_efaceeq(w1, w2)), "nested uncomparable panics");
  CHECK(!strcmp(panic_text(), "runtime error: comparing uncomparable type []int"), "%s",
        panic_text());
}

static void test_spread(void) {
  /* the low bits of hashes of consecutive ints spread evenly */
  enum { nb = 64, n = 64000 };
  int count[nb] = {0};
  for (intptr_t i = 0; i < n; i++)
    count[H(&t_int, &i) % nb]++;
  int lo = n, hi = 0;
  for (int i = 0; i < nb; i++)
    lo = count[i] < lo ? count[i] : lo, hi = count[i] > hi ? count[i] : hi;
  CHECK(lo > 800 && hi < 1200, "bucket counts between %d and %d", lo, hi);
}

int main(int argc, char **argv) {
  test_init();
  test_scalars();
  test_composites();
  test_interfaces();
  test_spread();
  return test_report("alg");
}

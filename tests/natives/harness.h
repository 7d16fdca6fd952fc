/*
** harness.h -- what the natives' unit tests share: checks, calling a native
** through the slot ABI by its registered name, catching Go panics, and
** hand-built type descriptors laid out as the compiler emits them
** (runtime.h: Go's amd64 layout).
**
** A test file is a main() calling CHECK*; each failed check prints its line
** and the run exits 1 at the end (so one run reports every failure).
** Expected values come from Go 1.19 programs; each test says which.
*/
#ifndef SUBGO_NATIVES_HARNESS_H
#define SUBGO_NATIVES_HARNESS_H

#include "runtime.h"

#include <inttypes.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures;

#define CHECK(cond)                                                            \
  do {                                                                         \
    if (!(cond)) {                                                             \
      fprintf(stderr, "%s:%d: CHECK(%s) failed\n", __FILE__, __LINE__, #cond); \
      failures++;                                                              \
    }                                                                          \
  } while (0)

#define CHECK_INT(got, want)                                                   \
  do {                                                                         \
    int64_t got_ = (int64_t)(got), want_ = (int64_t)(want);                    \
    if (got_ != want_) {                                                       \
      fprintf(stderr, "%s:%d: %s = %" PRId64 ", want %" PRId64 "\n", __FILE__, \
              __LINE__, #got, got_, want_);                                    \
      failures++;                                                              \
    }                                                                          \
  } while (0)

#define CHECK_HEX(got, want)                                                   \
  do {                                                                         \
    uint64_t got_ = (uint64_t)(got), want_ = (uint64_t)(want);                 \
    if (got_ != want_) {                                                       \
      fprintf(stderr, "%s:%d: %s = %#" PRIx64 ", want %#" PRIx64 "\n",         \
              __FILE__, __LINE__, #got, got_, want_);                          \
      failures++;                                                              \
    }                                                                          \
  } while (0)

/* a Go string (given as slots or a GoString) equal to a C string */
static inline bool gostr_eq(GoString s, const char *want) {
  return s.len == (intptr_t)strlen(want) && (s.len == 0 || memcmp(s.ptr, want, (size_t)s.len) == 0);
}
#define CHECK_STR(got, want)                                                   \
  do {                                                                         \
    GoString got_ = (got);                                                     \
    if (!gostr_eq(got_, (want))) {                                             \
      fprintf(stderr, "%s:%d: %s = \"%.*s\", want \"%s\"\n", __FILE__,        \
              __LINE__, #got, (int)got_.len, (const char *)got_.ptr, (want));  \
      failures++;                                                              \
    }                                                                          \
  } while (0)

static inline GoString gostr(const char *s) {
  GoString g = {(const uint8_t *)s, (intptr_t)strlen(s)};
  return g;
}

/* slots as the back end lays them out (runtime.h) */
static inline GoString slots_string(const uint64_t *s, int i) {
  GoString g = {(const uint8_t *)(uintptr_t)s[i], (intptr_t)s[i + 1]};
  return g;
}
static inline void put_string(uint64_t *s, int i, GoString g) {
  s[i] = (uintptr_t)g.ptr;
  s[i + 1] = (uint64_t)g.len;
}
static inline Eface slots_eface(const uint64_t *s, int i) {
  Eface e = {(const RType *)(uintptr_t)s[i], (void *)(uintptr_t)s[i + 1]};
  return e;
}
static inline void put_eface(uint64_t *s, int i, Eface e) {
  s[i] = (uintptr_t)e.type;
  s[i + 1] = (uintptr_t)e.data;
}
static inline GoSlice slots_slice(const uint64_t *s, int i) {
  GoSlice g = {(void *)(uintptr_t)s[i], (intptr_t)s[i + 1], (intptr_t)s[i + 2]};
  return g;
}
static inline void put_slice(uint64_t *s, int i, GoSlice g) {
  s[i] = (uintptr_t)g.ptr;
  s[i + 1] = (uint64_t)g.len;
  s[i + 2] = (uint64_t)g.cap;
}
static inline uint64_t f64bits(double d) {
  uint64_t u;
  memcpy(&u, &d, sizeof u);
  return u;
}

/* call the native registered as `name` on slots (natives here ignore g) */
static inline void call(const char *name, uint64_t *slots) {
  NativeFn f = rt_native_lookup(name);
  if (f == NULL) {
    fprintf(stderr, "native %s is not registered\n", name);
    exit(1);
  }
  f(NULL, slots);
}

/* ---- catching Go panics: EXPECT_PANIC(stmt) runs stmt, which must panic;
** the value is left in last_panic ---- */
static jmp_buf panic_jmp;
static Eface last_panic;
static inline void test_gopanic(Eface v) {
  last_panic = v;
  longjmp(panic_jmp, 1);
}
#define EXPECT_PANIC(stmt)                                                     \
  do {                                                                         \
    rt_gopanic_hook = test_gopanic;                                            \
    if (setjmp(panic_jmp) == 0) {                                              \
      stmt;                                                                    \
      fprintf(stderr, "%s:%d: %s did not panic\n", __FILE__, __LINE__, #stmt); \
      failures++;                                                              \
    }                                                                          \
    rt_gopanic_hook = NULL;                                                    \
  } while (0)

/* ---- hand-built descriptors of the predeclared types the tests need ---- */
enum { REGMEM = TFLAG_COMPARABLE | TFLAG_REGMEM };
static const uint8_t ptr_mask[] = {0x1};   /* first word is a pointer */
static const uint8_t eface_mask[] = {0x3}; /* two pointer words */

#define BASIC(var, ctype, k, name, fl, h)                                      \
  static const RType var = {.size = sizeof(ctype), .align = _Alignof(ctype),   \
                            .kind = k, .tflag = fl, .str = name, .hash = h}
BASIC(t_bool, uint8_t, KIND_BOOL, "bool", REGMEM, 1);
BASIC(t_int, int64_t, KIND_INT, "int", REGMEM, 2);
BASIC(t_int8, int8_t, KIND_INT8, "int8", REGMEM, 3);
BASIC(t_int32, int32_t, KIND_INT32, "int32", REGMEM, 4);
BASIC(t_uint8, uint8_t, KIND_UINT8, "uint8", REGMEM, 5);
BASIC(t_uint16, uint16_t, KIND_UINT16, "uint16", REGMEM, 6);
BASIC(t_uintptr, uint64_t, KIND_UINTPTR, "uintptr", REGMEM, 7);
BASIC(t_float32, float, KIND_FLOAT32, "float32", TFLAG_COMPARABLE, 8);
BASIC(t_float64, double, KIND_FLOAT64, "float64", TFLAG_COMPARABLE, 9);
static const RType t_string = {.size = 16, .ptrdata = 8, .align = 8,
                               .kind = KIND_STRING, .tflag = TFLAG_COMPARABLE,
                               .gcdata = ptr_mask, .str = "string", .hash = 10};
static const RType t_eface = {.size = 16, .ptrdata = 16, .align = 8,
                              .kind = KIND_INTERFACE, .tflag = TFLAG_COMPARABLE,
                              .gcdata = eface_mask, .str = "interface {}", .hash = 11};

/* package runtime's errorString (nil dereference panics) */
static const RType t_errorString = {.size = 16, .ptrdata = 8, .align = 8,
                                    .kind = KIND_STRING, .tflag = TFLAG_COMPARABLE | TFLAG_NAMED,
                                    .gcdata = ptr_mask, .str = "runtime.errorString",
                                    .pkgpath = "runtime", .hash = 12};

/* the types the runtime builds values of (os.Args, panics) */
static inline void register_types(void) {
  rt_types.string_ = &t_string;
  rt_types.int_ = &t_int;
  rt_types.errorString = &t_errorString;
}

#endif

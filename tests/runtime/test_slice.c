/*
** test_slice.c -- growslice, makeslice and slicecopy against
** real Go 1.19 (golden/growslice.golden: every capacity change of append,
** one by one from empty to 5000 elements and many at once, for element
** sizes 1 to 40).
*/
#include "rttest.h"

static RType elemtype(uintptr_t size) {
  RType t = {.size = size, .tflag = REG, .align = 1, .kind = KIND_ARRAY, .str = "[N]byte",
             .elem = &t_uint8, .len = size};
  return t;
}

static void test_golden(const char *dir) {
  Lines g = read_golden(dir, "growslice.golden");
  CHECK(g.n > 1000, "golden has %d lines", g.n);
  for (int i = 0; i < g.n; i++) {
    long size, oldlen, oldcap, newlen, want;
    if (sscanf(g.line[i], "%ld %ld %ld %ld %ld", &size, &oldlen, &oldcap, &newlen, &want) != 5) {
      CHECK(0, "bad golden line %s", g.line[i]);
      continue;
    }
    RType et = elemtype((uintptr_t)size);
    GoSlice old = {NULL, oldlen, oldcap};
    if (oldcap > 0)
      old.ptr = mallocgc((uintptr_t)(oldcap * size), &et, true);
    GoSlice s = rt_growslice(&et, old, newlen);
    CHECK(s.cap == want && s.len == oldlen, "size %ld len %ld cap %ld -> %ld: cap %ld, Go %ld",
          size, oldlen, oldcap, newlen, (long)s.cap, want);
  }
}

static void test_growslice_copies(void) {
  GoSlice s = {NULL, 0, 0};
  for (intptr_t i = 0; i < 3000; i++) {
    if (s.len == s.cap)
      s = rt_growslice(&t_int, s, s.len + 1);
    ((intptr_t *)s.ptr)[s.len++] = i * 7;
  }
  bool ok = true;
  for (intptr_t i = 0; i < s.len; i++)
    ok &= ((intptr_t *)s.ptr)[i] == i * 7;
  CHECK(ok, "elements survive growth");
  /* the new tail is zero */
  GoSlice big = rt_growslice(&t_int, s, s.cap + 1);
  bool zero = true;
  for (intptr_t i = s.len; i < big.cap; i++)
    zero &= ((intptr_t *)big.ptr)[i] == 0;
  CHECK(zero, "tail beyond len is zeroed");
  RType empty = {.size = 0, .tflag = REG, .align = 1, .kind = KIND_STRUCT, .str = "struct {}"};
  GoSlice e = rt_growslice(&empty, (GoSlice){NULL, 5, 5}, 1000);
  CHECK(e.cap == 1000 && e.len == 5 && e.ptr != NULL, "zero-size elements: cap %ld", (long)e.cap);
}

static void test_makeslice(void) {
  GoSlice s = rt_makeslice(&t_int, 3, 10);
  CHECK(s.len == 3 && s.cap == 10, "make([]int, 3, 10) len %ld cap %ld", (long)s.len, (long)s.cap);
  CHECK(CATCH_PANIC(rt_makeslice(&t_int, -1, 10)), "negative len panics");
  CHECK(!strcmp(panic_text(), "runtime error: makeslice: len out of range"), "%s", panic_text());
  CHECK(CATCH_PANIC(rt_makeslice(&t_int, 5, 3)), "len > cap panics");
  CHECK(!strcmp(panic_text(), "runtime error: makeslice: cap out of range"), "%s", panic_text());
  CHECK(CATCH_PANIC(rt_makeslice(&t_int, 1, (intptr_t)1 << 60)), "huge cap panics");
  CHECK(!strcmp(panic_text(), "runtime error: makeslice: cap out of range"), "%s", panic_text());
  CHECK(CATCH_PANIC(rt_makeslice(&t_int, (intptr_t)1 << 60, (intptr_t)1 << 60)), "huge len");
  CHECK(!strcmp(panic_text(), "runtime error: makeslice: len out of range"), "%s", panic_text());
  CHECK(panic_value.type == &t_errorString, "a runtime.Error (errorString)");
  GoSlice z = rt_makeslice(&t_int, 0, 0);
  CHECK(z.ptr != NULL && z.len == 0, "make([]int, 0) is not nil");
}

static void test_slicecopy(void) {
  int a[5] = {1, 2, 3, 4, 5};
  CHECK(rt_slicecopy(a + 1, 4, a, 5, sizeof(int)) == 4, "n = min(len)");
  CHECK(a[0] == 1 && a[1] == 1 && a[2] == 2 && a[4] == 4, "overlapping copy is a memmove");
  CHECK(rt_slicecopy(a, 0, a, 5, sizeof(int)) == 0, "empty dst");
  CHECK(rt_slicecopy(a, 5, "xy", 2, 1) == 2, "from a string");
}

int main(int argc, char **argv) {
  test_init();
  test_golden(argv[1]);
  test_growslice_copies();
  test_makeslice();
  test_slicecopy();
  return test_report("slice");
}

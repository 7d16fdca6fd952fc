/*
** test_print.c -- builtin print formats and panic value printing against
** real Go 1.19: golden/printfloat.golden (println of 4000+ float64s,
** special values and integers) and golden/panicval.golden (the first
** stderr line of an unrecovered panic for 22 kinds of values).
*/
#include "rttest.h"

#include <inttypes.h>

static void test_printfloat(const char *dir) {
  Lines g = read_golden(dir, "printfloat.golden");
  CHECK(g.n > 4000, "golden has %d lines", g.n);
  for (int i = 0; i < g.n; i++) {
    char want[64];
    capture_start();
    if (sscanf(g.line[i], "int %63s", want) == 1) {
      rt_printint(strtoll(want, NULL, 10));
    } else if (sscanf(g.line[i], "uint %63s", want) == 1) {
      rt_printuint(strtoull(want, NULL, 10));
    } else {
      uint64_t bits;
      sscanf(g.line[i], "%" SCNx64 " %63s", &bits, want);
      double v;
      memcpy(&v, &bits, sizeof v);
      rt_printfloat(v);
    }
    const char *got = capture_end();
    CHECK(!strcmp(got, want), "%s: printed %s", g.line[i], got);
  }
}

/* the types of panicval.go's values */
#define NAMED(name, K, sz, s)                                                  \
  static RType name = {.size = sz, .tflag = REG | TFLAG_NAMED, .align = sz,    \
                       .kind = K, .str = s, .pkgpath = "main"}
NAMED(t_MyInt, KIND_INT, 8, "main.MyInt");
NAMED(t_MyInt8, KIND_INT8, 1, "main.MyInt8");
NAMED(t_MyUint16, KIND_UINT16, 2, "main.MyUint16");
NAMED(t_MyBool, KIND_BOOL, 1, "main.MyBool");
NAMED(t_MyF32, KIND_FLOAT32, 4, "main.MyF32");
NAMED(t_MyF64, KIND_FLOAT64, 8, "main.MyF64");
NAMED(t_MyS, KIND_STRING, 16, "main.MyS");
NAMED(t_T, KIND_STRUCT, 16, "main.T");
static RType t_Tptr = {.size = 8, .ptrdata = 8, .tflag = REG, .align = 8,
                       .kind = KIND_POINTER | KIND_DIRECT_IFACE, .str = "*main.T", .elem = &t_T};
static RType t_map = {.size = 8, .ptrdata = 8, .align = 8, .kind = KIND_MAP | KIND_DIRECT_IFACE,
                      .str = "map[int]int", .key = &t_int, .elem = &t_int};

static Eface panicval(int n) {
  static const char boom[] = "boom\nline";
  switch (n) {
  case 0: return (Eface){NULL, NULL};
  case 1: return rt_convT(&t_int, &(intptr_t){42});
  case 2: return rt_convT(&t_int8, &(int8_t){-8});
  case 3: return rt_convT(&t_uint64, &(uint64_t){1ull << 63});
  case 4: return rt_convT(&t_bool, &(bool){true});
  case 5: return rt_convT(&t_float64, &(double){1.5});
  case 6: return rt_convT(&t_float32, &(float){0.1f});
  case 7: return rt_convT(&t_string, &(GoString){(const uint8_t *)boom, sizeof boom - 1});
  case 8: return rt_convT(&t_MyInt, &(intptr_t){5});
  case 9: return rt_convT(&t_MyInt8, &(int8_t){-3});
  case 10: return rt_convT(&t_MyUint16, &(uint16_t){7});
  case 11: return rt_convT(&t_MyBool, &(bool){false});
  case 12: return rt_convT(&t_MyF32, &(float){2.5f});
  case 13: return rt_convT(&t_MyF64, &(double){-0.25});
  case 14: return rt_convT(&t_MyS, &(GoString){(const uint8_t *)"x", 1});
  case 15: return rt_convT(&t_T, &(intptr_t[2]){1, 2});
  case 16: return rt_convT(&t_Tptr, &(void *){rt_new(&t_T)});
  case 17: return rt_convT(&t_intslice, &(GoSlice){rt_new(&t_int), 1, 1});
  case 18: return rt_convT(&t_map, &(void *){rt_new(&t_int)});
  case 19: return rt_convT(&t_uintptr, &(uintptr_t){9});
  case 20: return rt_convT(&t_int16, &(int16_t){-300});
  default: return rt_convT(&t_uint8, &(uint8_t){255});
  }
}

/* maskaddr: the first line of s, with 0x... replaced by 0xADDR */
static void maskaddr(const char *s, char *out) {
  while (*s && *s != '\n') {
    if (s[0] == '0' && s[1] == 'x') {
      out += sprintf(out, "0xADDR");
      for (s += 2; strchr("0123456789abcdef", *s) && *s; s++)
        ;
    } else {
      *out++ = *s++;
    }
  }
  *out = 0;
}

static void test_panicval(const char *dir) {
  Lines g = read_golden(dir, "panicval.golden");
  CHECK(g.n == 22, "golden has %d lines", g.n);
  for (int i = 0; i < g.n; i++) {
    int n;
    char want[256], got[256];
    sscanf(g.line[i], "%d %255[^\n]", &n, want);
    Eface v = panicval(n);
    capture_start();
    rt_printstring((GoString){(const uint8_t *)"panic: ", 7});
    rt_printpanicval(v);
    maskaddr(capture_end(), got);
    CHECK(!strcmp(got, want), "value %d: printed %s, Go %s", n, got, want);
  }
}

static void test_print_misc(void) {
  capture_start();
  rt_printbool(true);
  rt_printsp();
  rt_printbool(false);
  rt_printsp();
  rt_printpointer(NULL);
  rt_printsp();
  rt_printpointer((void *)0xc000012abcul);
  rt_printsp();
  rt_printeface((Eface){(const RType *)0x4b2a40, (void *)0xc00001c030});
  rt_printsp();
  rt_printslice((GoSlice){(void *)0xc000016018, 3, 4});
  rt_printnl();
  const char *got = capture_end();
  CHECK(!strcmp(got, "true false 0x0 0xc000012abc (0x4b2a40,0xc00001c030) [3/4]0xc000016018\n"),
        "printed %s", got);
}

int main(int argc, char **argv) {
  test_init();
  test_printfloat(argv[1]);
  test_panicval(argv[1]);
  test_print_misc();
  return test_report("print");
}

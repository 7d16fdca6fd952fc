/*
** print.c -- the builtins print and println, and the printing of panic
** values (Go's print.go and error.go printany).
**
** Builtin printing is the runtime's own, unadorned format, written to
** standard error (fd 2) piece by piece as Go does (each piece goes out at
** once; rt_write flushes buffered stdout first, so the order of the two
** streams is kept):
**   bool     true / false
**   ints     decimal, a leading '-' for negatives
**   floats   always "+d.dddddde+ddd": sign, 7 significant digits, a
**            signed 3-digit exponent (1.5 prints +1.500000e+000), or
**            NaN, +Inf, -Inf; computed by Go's own simple loop (scale
**            into [1,10) by repeated *10 or /10, add half a unit of the 7th
**            digit, emit digits) and not by printf, whose correctly rounded
**            digits differ from Go's in the last place for some values
**   pointers 0x + lowercase hex without padding (nil is 0x0); maps,
**            chans and funcs print as pointers
**   slices   [len/cap]0xptr
**   interfaces (0xtype,0xdata): the two words, type (or itab) and data
**
** A fatal panic prints its value with printpanicval (Go's printany):
** values of the predeclared basic types print as print would (strings
** raw, without quotes); values of named types of basic kind print as
** main.MyInt(5), main.S("x"), main.F(+1.500000e+000); anything else
** prints its type and data word: (main.T) 0xc000012345. Error and
** Stringer values never reach here: the back end first replaces them
** with their Error()/String() text (runtime.preprintpanic).
*/
#include "runtime.h"

#include <string.h>

static void gwrite(const void *p, size_t n) { rt_write(2, p, n); }

static void gwrites(const char *s) { gwrite(s, strlen(s)); }

void rt_printbool(bool v) { gwrites(v ? "true" : "false"); }

void rt_printuint(uint64_t v) {
  char buf[20];
  int i = sizeof buf;
  do {
    buf[--i] = (char)('0' + v % 10);
    v /= 10;
  } while (v > 0);
  gwrite(buf + i, sizeof buf - (size_t)i);
}

void rt_printint(int64_t v) {
  if (v < 0) {
    gwrites("-");
    rt_printuint(-(uint64_t)v);
    return;
  }
  rt_printuint((uint64_t)v);
}

static void printhex(uint64_t v) {
  static const char dig[] = "0123456789abcdef";
  char buf[18];
  int i = sizeof buf;
  do {
    buf[--i] = dig[v % 16];
    v /= 16;
  } while (v > 0);
  buf[--i] = 'x';
  buf[--i] = '0';
  gwrite(buf + i, sizeof buf - (size_t)i);
}

void rt_printpointer(const void *p) { printhex((uintptr_t)p); }

void rt_printfloat(double v) {
  enum { n = 7 }; /* significant digits */
  if (v != v) {
    gwrites("NaN");
    return;
  }
  if (v + v == v && v > 0) {
    gwrites("+Inf");
    return;
  }
  if (v + v == v && v < 0) {
    gwrites("-Inf");
    return;
  }
  char buf[n + 7];
  buf[0] = '+';
  int e = 0;
  if (v == 0) {
    if (1 / v < 0)
      buf[0] = '-';
  } else {
    if (v < 0) {
      v = -v;
      buf[0] = '-';
    }
    while (v >= 10) { /* normalize into [1, 10) */
      e++;
      v /= 10;
    }
    while (v < 1) {
      e--;
      v *= 10;
    }
    double h = 5.0; /* round: add half a unit of the last digit */
    for (int i = 0; i < n; i++)
      h /= 10;
    v += h;
    if (v >= 10) {
      e++;
      v /= 10;
    }
  }
  for (int i = 0; i < n; i++) { /* digits d.dddddd into buf[2..n+1] */
    int s = (int)v;
    buf[i + 2] = (char)(s + '0');
    v -= s;
    v *= 10;
  }
  buf[1] = buf[2];
  buf[2] = '.';
  buf[n + 2] = 'e';
  buf[n + 3] = '+';
  if (e < 0) {
    e = -e;
    buf[n + 3] = '-';
  }
  buf[n + 4] = (char)(e / 100 + '0');
  buf[n + 5] = (char)(e / 10 % 10 + '0');
  buf[n + 6] = (char)(e % 10 + '0');
  gwrite(buf, sizeof buf);
}

void rt_printstring(GoString s) { gwrite(s.ptr, (size_t)s.len); }

void rt_printslice(GoSlice s) {
  gwrites("[");
  rt_printint(s.len);
  gwrites("/");
  rt_printint(s.cap);
  gwrites("]");
  rt_printpointer(s.ptr);
}

void rt_printeface(Eface e) {
  gwrites("(");
  rt_printpointer(e.type);
  gwrites(",");
  rt_printpointer(e.data);
  gwrites(")");
}

void rt_printsp(void) { gwrites(" "); }

void rt_printnl(void) { gwrites("\n"); }

/* isbasic: the kinds printpanicval prints by value (Go has no complex
** numbers in subgo's subset) */
static bool isbasic(Kind k) {
  return (k >= KIND_BOOL && k <= KIND_FLOAT64) || k == KIND_STRING;
}

/* printbasic: print the value of basic kind k at p as print does */
static void printbasic(Kind k, const void *p) {
  switch (k) {
  case KIND_BOOL: rt_printbool(*(const bool *)p); break;
  case KIND_INT: rt_printint(*(const intptr_t *)p); break;
  case KIND_INT8: rt_printint(*(const int8_t *)p); break;
  case KIND_INT16: rt_printint(*(const int16_t *)p); break;
  case KIND_INT32: rt_printint(*(const int32_t *)p); break;
  case KIND_INT64: rt_printint(*(const int64_t *)p); break;
  case KIND_UINT: rt_printuint(*(const uintptr_t *)p); break;
  case KIND_UINT8: rt_printuint(*(const uint8_t *)p); break;
  case KIND_UINT16: rt_printuint(*(const uint16_t *)p); break;
  case KIND_UINT32: rt_printuint(*(const uint32_t *)p); break;
  case KIND_UINT64: rt_printuint(*(const uint64_t *)p); break;
  case KIND_UINTPTR: rt_printuint(*(const uintptr_t *)p); break;
  case KIND_FLOAT32: rt_printfloat(*(const float *)p); break;
  case KIND_FLOAT64: rt_printfloat(*(const double *)p); break;
  case KIND_STRING: rt_printstring(*(const GoString *)p); break;
  default: rt_throw("printbasic: not a basic kind");
  }
}

void rt_printpanicval(Eface v) {
  if (v.type == NULL) {
    gwrites("nil");
    return;
  }
  Kind k = (Kind)(v.type->kind & KIND_MASK);
  if (!isbasic(k)) { /* (main.T) 0xc000012345 */
    gwrites("(");
    gwrites(v.type->str);
    gwrites(") ");
    rt_printpointer(v.data);
    return;
  }
  if (v.type->pkgpath == NULL) { /* predeclared: int, string, ... */
    printbasic(k, v.data);
    return;
  }
  gwrites(v.type->str); /* named: main.MyInt(5), main.S("x") */
  gwrites(k == KIND_STRING ? "(\"" : "(");
  printbasic(k, v.data);
  gwrites(k == KIND_STRING ? "\")" : ")");
}

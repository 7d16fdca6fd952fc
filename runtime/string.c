/*
** string.c -- Go strings: concatenation, comparison, and the conversions
** between string, []byte, []rune and rune, with Go's UTF-8 rules.
**
** A string is a GoString {ptr, len}: immutable bytes, not NUL-terminated,
** usually but not necessarily UTF-8. Every conversion copies (a string and
** a []byte never share memory), and every new string is one allocation of
** exactly its length (Go's rawstring: pointer-free, so typ NULL).
**
** UTF-8 rules (Go's runtime/utf8.go, same results as unicode/utf8):
**  - decoderune accepts only the shortest encoding of a rune in
**    0..0x10FFFF outside the surrogates D800-DFFF; anything else (bad
**    lead byte, missing or bad continuation byte, overlong form,
**    surrogate, > 0x10FFFF, truncated sequence) yields RuneError U+FFFD
**    and consumes exactly ONE byte, so ranging over garbage makes
**    progress one byte at a time;
**  - encoderune writes U+FFFD (3 bytes) for a negative rune, a surrogate
**    or a rune above 0x10FFFF, so string(rune(-1)) == "\uFFFD".
**
** []byte(s) and []rune(s) get the capacity Go gives them when they
** escape: the allocation is rounded up to a size class and the capacity
** is what fits (Go's rawbyteslice / rawruneslice). A non-escaping
** conversion of a short string uses a 32-byte stack buffer in Go (cap 32);
** choosing that is the back end's job once escape analysis exists.
*/
#include "malloc.h"

#include <string.h>

enum {
  runeError = 0xFFFD,
  maxRune = 0x10FFFF,
  surrogateMin = 0xD800,
  surrogateMax = 0xDFFF,
  rune1Max = 0x7F,
  rune2Max = 0x7FF,
  rune3Max = 0xFFFF,
  locb = 0x80, /* continuation bytes are locb..hicb */
  hicb = 0xBF
};

/* rawstring: a new string of n bytes for the caller to fill */
static uint8_t *rawstring(intptr_t n) { return mallocgc((uintptr_t)n, NULL, false); }

GoString rt_concatstrings(const GoString *a, int n) {
  intptr_t l = 0;
  int count = 0, idx = 0;
  for (int i = 0; i < n; i++) {
    if (a[i].len == 0)
      continue;
    if (l + a[i].len < l)
      rt_throw("string concatenation too long");
    l += a[i].len;
    count++;
    idx = i;
  }
  if (count == 0)
    return (GoString){NULL, 0};
  if (count == 1) /* strings are immutable: share the only non-empty one */
    return a[idx];
  uint8_t *p = rawstring(l), *b = p;
  for (int i = 0; i < n; i++) {
    if (a[i].len == 0) /* an empty string's ptr may be NULL */
      continue;
    memcpy(b, a[i].ptr, (size_t)a[i].len);
    b += a[i].len;
  }
  return (GoString){p, l};
}

int rt_cmpstring(GoString a, GoString b) {
  intptr_t l = a.len < b.len ? a.len : b.len;
  int c = l > 0 ? memcmp(a.ptr, b.ptr, (size_t)l) : 0;
  if (c != 0)
    return c;
  return (a.len > b.len) - (a.len < b.len);
}

bool rt_eqstring(GoString a, GoString b) {
  return a.len == b.len && (a.ptr == b.ptr || memcmp(a.ptr, b.ptr, (size_t)a.len) == 0);
}

/* encoderune: UTF-8 of r into p (room for 4 bytes); returns the length */
static int encoderune(uint8_t *p, int32_t r) {
  uint32_t i = (uint32_t)r;
  if (i <= rune1Max) {
    p[0] = (uint8_t)i;
    return 1;
  }
  if (i <= rune2Max) {
    p[0] = (uint8_t)(0xC0 | i >> 6);
    p[1] = (uint8_t)(0x80 | (i & 0x3F));
    return 2;
  }
  if (i > maxRune || (surrogateMin <= i && i <= surrogateMax))
    i = runeError;
  if (i <= rune3Max) {
    p[0] = (uint8_t)(0xE0 | i >> 12);
    p[1] = (uint8_t)(0x80 | (i >> 6 & 0x3F));
    p[2] = (uint8_t)(0x80 | (i & 0x3F));
    return 3;
  }
  p[0] = (uint8_t)(0xF0 | i >> 18);
  p[1] = (uint8_t)(0x80 | (i >> 12 & 0x3F));
  p[2] = (uint8_t)(0x80 | (i >> 6 & 0x3F));
  p[3] = (uint8_t)(0x80 | (i & 0x3F));
  return 4;
}

GoString rt_intstring(int64_t v) {
  if ((int64_t)(int32_t)v != v) /* not a rune at all: string(int64(1<<40)) */
    v = runeError;
  uint8_t buf[4];
  int n = encoderune(buf, (int32_t)v);
  uint8_t *p = rawstring(n);
  memcpy(p, buf, (size_t)n);
  return (GoString){p, n};
}

static bool iscont(uint8_t c) { return locb <= c && c <= hicb; }

int32_t rt_decoderune(GoString s, intptr_t k, intptr_t *next) {
  *next = k + 1;
  if (k >= s.len)
    return runeError;
  const uint8_t *p = s.ptr + k;
  intptr_t n = s.len - k;
  uint8_t c = p[0];
  if (c <= rune1Max)
    return c;
  if (c >= 0xC0 && c < 0xE0) { /* 2 bytes: 0080-07FF */
    if (n > 1 && iscont(p[1])) {
      int32_t r = (int32_t)(c & 0x1F) << 6 | (p[1] & 0x3F);
      if (r > rune1Max) {
        *next = k + 2;
        return r;
      }
    }
  } else if (c >= 0xE0 && c < 0xF0) { /* 3 bytes: 0800-FFFF minus surrogates */
    if (n > 2 && iscont(p[1]) && iscont(p[2])) {
      int32_t r = (int32_t)(c & 0x0F) << 12 | (int32_t)(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
      if (r > rune2Max && !(surrogateMin <= r && r <= surrogateMax)) {
        *next = k + 3;
        return r;
      }
    }
  } else if (c >= 0xF0 && c < 0xF8) { /* 4 bytes: 10000-10FFFF */
    if (n > 3 && iscont(p[1]) && iscont(p[2]) && iscont(p[3])) {
      int32_t r = (int32_t)(c & 0x07) << 18 | (int32_t)(p[1] & 0x3F) << 12 |
                  (int32_t)(p[2] & 0x3F) << 6 | (p[3] & 0x3F);
      if (r > rune3Max && r <= maxRune) {
        *next = k + 4;
        return r;
      }
    }
  }
  return runeError;
}

GoString rt_slicebytetostring(GoSlice b) {
  if (b.len == 0)
    return (GoString){NULL, 0};
  uint8_t *p = rawstring(b.len);
  memcpy(p, b.ptr, (size_t)b.len);
  return (GoString){p, b.len};
}

GoSlice rt_stringtoslicebyte(GoString s) {
  uintptr_t cap = rt_roundupsize((uintptr_t)s.len); /* rawbyteslice */
  uint8_t *p = mallocgc(cap, NULL, true);
  if (s.len > 0)
    memcpy(p, s.ptr, (size_t)s.len);
  return (GoSlice){p, s.len, (intptr_t)cap};
}

GoSlice rt_stringtoslicerune(GoString s) {
  intptr_t n = 0, next;
  for (intptr_t k = 0; k < s.len; k = next, n++)
    rt_decoderune(s, k, &next);
  if ((uintptr_t)n > maxAlloc / 4)
    rt_throw("out of memory");
  uintptr_t mem = rt_roundupsize((uintptr_t)n * 4); /* rawruneslice */
  int32_t *r = mallocgc(mem, NULL, true);
  n = 0;
  for (intptr_t k = 0; k < s.len; k = next)
    r[n++] = rt_decoderune(s, k, &next);
  return (GoSlice){r, n, (intptr_t)(mem / 4)};
}

GoString rt_slicerunetostring(GoSlice rs) {
  const int32_t *r = rs.ptr;
  uint8_t buf[4];
  intptr_t size = 0;
  for (intptr_t i = 0; i < rs.len; i++)
    size += encoderune(buf, r[i]);
  if (size == 0)
    return (GoString){NULL, 0};
  uint8_t *p = rawstring(size), *b = p;
  for (intptr_t i = 0; i < rs.len; i++)
    b += encoderune(b, r[i]);
  return (GoString){p, size};
}

GoString rt_gostring(const char *cstr) {
  intptr_t n = (intptr_t)strlen(cstr);
  if (n == 0)
    return (GoString){NULL, 0};
  uint8_t *p = rawstring(n);
  memcpy(p, cstr, (size_t)n);
  return (GoString){p, n};
}

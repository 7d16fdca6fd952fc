/*
** test_string.c -- string conversions and UTF-8 against real Go 1.19:
** golden/utf8.golden (range decoding of valid and invalid UTF-8,
** string(int64), string([]rune)) and golden/convcap.golden (capacities of
** []byte(s) and []rune(s)); plus concatenation and comparison.
*/
#include "rttest.h"

static int unhex(const char *h, uint8_t *out) {
  if (!strcmp(h, "-"))
    return 0;
  int n = 0;
  for (; h[0] && h[1]; h += 2) {
    unsigned v;
    sscanf(h, "%2x", &v);
    out[n++] = (uint8_t)v;
  }
  return n;
}

static void tohex(GoString s, char *out) {
  if (s.len == 0) {
    strcpy(out, "-");
    return;
  }
  for (intptr_t i = 0; i < s.len; i++)
    sprintf(out + 2 * i, "%02x", s.ptr[i]);
}

/* "range HEX i:r ...": the decoding loop of for i, r := range s */
static void check_range(const char *line) {
  char hex[64], want[1024], got[1024] = "";
  sscanf(line, "range %63s", hex);
  strcpy(want, line + strlen("range ") + strlen(hex));
  uint8_t buf[32];
  GoString s = {buf, unhex(hex, buf)};
  intptr_t next;
  for (intptr_t k = 0; k < s.len; k = next) {
    int32_t r = rt_decoderune(s, k, &next);
    sprintf(got + strlen(got), " %ld:%d", (long)k, r);
  }
  CHECK(!strcmp(got, want), "range %s: got%s, Go%s", hex, got, want);
  /* []rune(s) decodes the same way */
  GoSlice rs = rt_stringtoslicerune(s);
  got[0] = 0;
  intptr_t k = 0;
  for (intptr_t i = 0; i < rs.len; i++) {
    sprintf(got + strlen(got), " %ld:%d", (long)k, ((int32_t *)rs.ptr)[i]);
    rt_decoderune(s, k, &k);
  }
  CHECK(!strcmp(got, want), "[]rune(%s): got%s, Go%s", hex, got, want);
}

static void check_intstring(const char *line) {
  long long v;
  char want[64], got[64];
  sscanf(line, "intstring %lld %63s", &v, want);
  tohex(rt_intstring(v), got);
  CHECK(!strcmp(got, want), "string(%lld) = %s, Go %s", v, got, want);
}

static void check_runestr(const char *line) {
  char list[256], want[256], got[256];
  sscanf(line, "runestr %255s %255s", list, want);
  int32_t r[16];
  int n = 0;
  for (char *p = strcmp(list, "-") ? list : NULL; p; p = strchr(p, ',') ? strchr(p, ',') + 1 : NULL)
    r[n++] = (int32_t)strtol(p, NULL, 10);
  tohex(rt_slicerunetostring((GoSlice){r, n, n}), got);
  CHECK(!strcmp(got, want), "string([]rune{%s}) = %s, Go %s", list, got, want);
}

static void test_utf8(const char *dir) {
  Lines g = read_golden(dir, "utf8.golden");
  CHECK(g.n > 300, "golden has %d lines", g.n);
  for (int i = 0; i < g.n; i++) {
    if (!strncmp(g.line[i], "range ", 6))
      check_range(g.line[i]);
    else if (!strncmp(g.line[i], "intstring ", 10))
      check_intstring(g.line[i]);
    else
      check_runestr(g.line[i]);
  }
}

static void test_convcap(const char *dir) {
  Lines g = read_golden(dir, "convcap.golden");
  for (int i = 0; i < g.n; i++) {
    char kind[8];
    long n, want;
    sscanf(g.line[i], "%7s %ld %ld", kind, &n, &want);
    char *buf = malloc((size_t)n * 2 + 1);
    if (!strcmp(kind, "bytes")) {
      memset(buf, 'a', (size_t)n);
      GoSlice b = rt_stringtoslicebyte((GoString){(uint8_t *)buf, n});
      CHECK(b.len == n && b.cap == want && !memcmp(b.ptr, buf, (size_t)n),
            "[]byte of %ld bytes: cap %ld, Go %ld", n, (long)b.cap, want);
    } else {
      for (long j = 0; j < n; j++)
        memcpy(buf + 2 * j, "\xc3\xa9", 2);
      GoSlice r = rt_stringtoslicerune((GoString){(uint8_t *)buf, 2 * n});
      CHECK(r.len == n && r.cap == want && (n == 0 || ((int32_t *)r.ptr)[n - 1] == 0xe9),
            "[]rune of %ld runes: cap %ld, Go %ld", n, (long)r.cap, want);
    }
    free(buf);
  }
}

static GoString S(const char *s) { return (GoString){(const uint8_t *)s, (intptr_t)strlen(s)}; }

static void test_concat_compare(void) {
  GoString parts[] = {S("ab"), S(""), S("cde"), S("f")};
  GoString c = rt_concatstrings(parts, 4);
  CHECK(c.len == 6 && !memcmp(c.ptr, "abcdef", 6), "concat");
  GoString one[] = {S(""), S("xyz"), S("")};
  CHECK(rt_concatstrings(one, 3).ptr == one[1].ptr, "one non-empty operand is shared");
  CHECK(rt_concatstrings(one, 1).len == 0, "empty concat");
  CHECK(rt_cmpstring(S("abc"), S("abd")) < 0 && rt_cmpstring(S("ab"), S("abc")) < 0 &&
            rt_cmpstring(S("b"), S("abc")) > 0 && rt_cmpstring(S(""), S("")) == 0 &&
            rt_cmpstring(S("\xff"), S("a")) > 0,
        "cmpstring orders bytewise, unsigned");
  CHECK(rt_eqstring(S("abc"), S("abc")) && !rt_eqstring(S("abc"), S("abd")) &&
            !rt_eqstring(S("ab"), S("abc")),
        "eqstring");
  GoSlice b = rt_stringtoslicebyte(S("hello"));
  ((uint8_t *)b.ptr)[0] = 'j';
  GoString back = rt_slicebytetostring(b);
  ((uint8_t *)b.ptr)[1] = 'x';
  CHECK(back.len == 5 && !memcmp(back.ptr, "jello", 5), "conversions copy");
  GoString g = rt_gostring("héllo");
  CHECK(g.len == 6 && !memcmp(g.ptr, "héllo", 6), "gostring");
}

int main(int argc, char **argv) {
  test_init();
  test_utf8(argv[1]);
  test_convcap(argv[1]);
  test_concat_compare();
  return test_report("string");
}

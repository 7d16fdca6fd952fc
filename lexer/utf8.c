/*
** utf8.c -- UTF-8 and Unicode exactly as Go 1.19 sees them.
**
** Decoding follows Go's utf8.DecodeRune: only shortest-form sequences of
** non-surrogate code points up to U+10FFFF are valid; anything else decodes
** as LEX_BAD_RUNE one byte wide, so each bad byte is reported on its own as
** gc does. Character classes come from tables Go itself generated
** (mkunicode.go), searched by bisection; ASCII never reaches the tables.
** The two formatters reproduce the fmt verbs gc's messages use (%#U, %q).
*/
#include "lex_internal.h"

#include <stdio.h>
#include <string.h>

int32_t lex_decode(const unsigned char *p, const unsigned char *end,
                   int *width) {
  unsigned c = p[0];
  *width = 1;
  if (c < 0x80) return (int32_t)c;
  int n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
  /* second byte bounds per lead byte, excluding overlongs and surrogates */
  unsigned lo = 0x80, hi = 0xBF;
  if (c < 0xC2 || c > 0xF4) return LEX_BAD_RUNE;
  if (c == 0xE0) lo = 0xA0;
  if (c == 0xED) hi = 0x9F;
  if (c == 0xF0) lo = 0x90;
  if (c == 0xF4) hi = 0x8F;
  if (end - p < n || p[1] < lo || p[1] > hi) return LEX_BAD_RUNE;
  int32_t r = (int32_t)(c & (0x7F >> n));
  for (int i = 1; i < n; i++) {
    if ((p[i] & 0xC0) != 0x80) return LEX_BAD_RUNE;
    r = r << 6 | (p[i] & 0x3F);
  }
  *width = n;
  return r;
}

size_t lex_encode(char buf[4], int32_t r) {
  if (r < 0x80) {
    buf[0] = (char)r;
    return 1;
  }
  if (r < 0x800) {
    buf[0] = (char)(0xC0 | r >> 6);
    buf[1] = (char)(0x80 | (r & 0x3F));
    return 2;
  }
  if (r < 0x10000) {
    buf[0] = (char)(0xE0 | r >> 12);
    buf[1] = (char)(0x80 | (r >> 6 & 0x3F));
    buf[2] = (char)(0x80 | (r & 0x3F));
    return 3;
  }
  buf[0] = (char)(0xF0 | r >> 18);
  buf[1] = (char)(0x80 | (r >> 12 & 0x3F));
  buf[2] = (char)(0x80 | (r >> 6 & 0x3F));
  buf[3] = (char)(0x80 | (r & 0x3F));
  return 4;
}

static bool in_ranges(const LexRange *t, int n, int32_t r) {
  int lo = 0, hi = n;
  while (lo < hi) {
    int mid = (lo + hi) / 2;
    if (r > t[mid].hi)
      lo = mid + 1;
    else if (r < t[mid].lo)
      hi = mid;
    else
      return true;
  }
  return false;
}

bool lex_is_letter(int32_t r) {
  if (r < 0x80)
    return (r | 0x20) >= 'a' && (r | 0x20) <= 'z' ? true : r == '_';
  return in_ranges(lex_letter_ranges, lex_letter_nranges, r);
}

bool lex_is_digit(int32_t r) {
  if (r < 0x80) return r >= '0' && r <= '9';
  return in_ranges(lex_digit_ranges, lex_digit_nranges, r);
}

bool lex_is_print(int32_t r) {
  if (r < 0x80) return r >= 0x20 && r < 0x7F;
  return in_ranges(lex_print_ranges, lex_print_nranges, r);
}

static bool valid_rune(int32_t r) {
  return r >= 0 && r <= 0x10FFFF && !(r >= 0xD800 && r < 0xE000);
}

/* put_char writes r into buf as UTF-8 and NUL-terminates it. */
static char *put_char(char *buf, int32_t r) {
  buf[lex_encode(buf, r)] = 0;
  return buf;
}

const char *lex_fmt_U(char buf[32], int32_t r) {
  int n = snprintf(buf, 32, "U+%04X", (unsigned)r);
  if (valid_rune(r) && lex_is_print(r)) {
    buf[n++] = ' ';
    buf[n++] = '\'';
    n += (int)lex_encode(buf + n, r);
    buf[n++] = '\'';
    buf[n] = 0;
  }
  return buf;
}

/* Go's %q of a rune: printable runes as themselves, the usual C escapes,
** \x for other ASCII controls, \u / \U for the rest. */
const char *lex_fmt_q(char buf[32], int32_t r) {
  static const char esc[] = "\aa\bb\ff\nn\rr\tt\vv";
  char body[16];
  if (!valid_rune(r)) r = 0xFFFD;
  const char *e = r > 0 && r < 0x80 ? memchr(esc, (int)r, sizeof esc - 1) : NULL;
  if (r == '\'' || r == '\\')
    snprintf(body, sizeof body, "\\%c", (char)r);
  else if (lex_is_print(r))
    put_char(body, r);
  else if (e && (e - esc) % 2 == 0)
    snprintf(body, sizeof body, "\\%c", e[1]);
  else if (r < 0x20 || r == 0x7F)
    snprintf(body, sizeof body, "\\x%02x", (unsigned)r);
  else if (r < 0x10000)
    snprintf(body, sizeof body, "\\u%04x", (unsigned)r);
  else
    snprintf(body, sizeof body, "\\U%08x", (unsigned)r);
  snprintf(buf, 32, "'%s'", body);
  return buf;
}

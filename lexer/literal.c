/*
** literal.c -- judging the raw tokens flex matched, with gc's messages.
**
** flex only finds a literal's extent; the functions here re-read its bytes the
** way gc's scanner (cmd/compile/internal/syntax) reads them, so each error
** comes out with gc's wording at gc's line:column. Three facts of gc's reader
** shape the code:
**  - NUL bytes, invalid UTF-8 and a BOM after the first byte are reported and
**    then skipped as if absent, wherever they occur (the Cursor does this);
**  - an error is reported at the character being looked at when the problem
**    shows, or at the token's start for "not terminated" kinds;
**  - after the first error in a literal, gc stops complaining about it (`ok`).
** A Cursor whose reading reaches the end of the raw token sees the byte that
** stopped flex there: a newline, or LEX_END at the end of the file.
**
** The value functions at the end decode literals the lexer accepted; they stay
** in bounds on malformed text too, since a parser may ask after an error.
*/
#include "lex_internal.h"

#include <string.h>

enum { LEX_END = -1 };

typedef struct Cursor {
  Lexer *lx;
  const unsigned char *p;   /* the byte after ch */
  const unsigned char *lim; /* end of the raw token */
  int32_t ch;               /* current character */
  int width;                /* its width in bytes (0 at lim) */
  Pos pos;                  /* its position */
  bool at_lim;              /* ch lies beyond the token */
} Cursor;

/* cur_next moves to the next character, reporting and skipping bytes gc's
** source reader refuses. */
static void cur_next(Cursor *c) {
  c->pos.col += c->width;
  if (c->ch == '\n') {
    c->pos.line++;
    c->pos.col = 1;
  }
  for (;;) {
    if (c->p >= c->lim) {
      const SrcFile *src = c->lx->src;
      bool nl = c->p < (const unsigned char *)src->text + src->len && *c->p == '\n';
      c->ch = nl ? '\n' : LEX_END;
      c->width = 0;
      c->at_lim = true;
      return;
    }
    int w;
    int32_t r = lex_decode(c->p, c->lim, &w);
    c->p += w;
    if (r == 0)
      lex_errorf(c->lx, c->pos, "invalid NUL character");
    else if (r == LEX_BAD_RUNE)
      lex_errorf(c->lx, c->pos, "invalid UTF-8 encoding");
    else if (r == 0xFEFF)
      lex_errorf(c->lx, c->pos, "invalid BOM in the middle of the file");
    else {
      c->ch = r;
      c->width = w;
      return;
    }
    c->pos.col += w;
  }
}

/* cur_init starts a cursor on the raw token's first character. */
static void cur_init(Cursor *c, Lexer *lx) {
  const unsigned char *s = (const unsigned char *)lx->src->text + lx->tok_off;
  *c = (Cursor){lx, s, s + lx->tok_len, 0, 0, lx->tok_pos, false};
  cur_next(c);
}

/* has_odd_bytes tells whether text needs the careful reading of a Cursor:
** whether it holds a NUL or any non-ASCII byte. */
static bool has_odd_bytes(Lexer *lx) {
  const unsigned char *s = (const unsigned char *)lx->src->text + lx->tok_off;
  for (size_t i = 0; i < lx->tok_len; i++)
    if (s[i] == 0 || s[i] >= 0x80) return true;
  return false;
}

static void check_bytes(Lexer *lx) {
  if (!has_odd_bytes(lx)) return;
  Cursor c;
  for (cur_init(&c, lx); !c.at_lim && !lx->diags->too_many; cur_next(&c)) {
  }
}

static bool ends_with(Lexer *lx, size_t min_len, const char *tail) {
  size_t n = strlen(tail);
  return lx->tok_len >= min_len &&
         memcmp(lx->src->text + lx->tok_off + lx->tok_len - n, tail, n) == 0;
}

void lex_comment(Lexer *lx) {
  check_bytes(lx);
  if (lx->src->text[lx->tok_off + 1] == '*' && !ends_with(lx, 4, "*/"))
    lex_errorf(lx, lx->tok_pos, "comment not terminated");
}

TokKind lex_raw_string(Lexer *lx) {
  check_bytes(lx);
  if (!ends_with(lx, 2, "`"))
    lex_errorf(lx, lx->tok_pos, "string not terminated");
  return TK_STRING;
}

void lex_stray_byte(Lexer *lx) {
  unsigned char b = (unsigned char)lx->src->text[lx->tok_off];
  char u[32];
  if (lx->tok_len > 1) { /* a BOM: fine as the file's first character */
    if (lx->tok_off != 0)
      lex_errorf(lx, lx->tok_pos, "invalid BOM in the middle of the file");
  } else if (b == 0)
    lex_errorf(lx, lx->tok_pos, "invalid NUL character");
  else if (b >= 0x80)
    lex_errorf(lx, lx->tok_pos, "invalid UTF-8 encoding");
  else
    lex_errorf(lx, lx->tok_pos, "invalid character %s", lex_fmt_U(u, b));
}

TokKind lex_unicode_ident(Lexer *lx) {
  Cursor c;
  char u[32];
  bool first = true;
  for (cur_init(&c, lx); !c.at_lim; cur_next(&c), first = false) {
    if (c.ch < 0x80 || lex_is_letter(c.ch)) continue;
    if (!lex_is_digit(c.ch))
      lex_errorf(lx, c.pos, "invalid character %s in identifier",
                 lex_fmt_U(u, c.ch));
    else if (first)
      lex_errorf(lx, c.pos, "identifier cannot begin with digit %s",
                 lex_fmt_U(u, c.ch));
  }
  return TK_IDENT;
}

/* ---- numbers ---- */

static int lower(int ch) { return ch | 0x20; } /* for ASCII letters only */
static bool is_dec(int ch) { return ch >= '0' && ch <= '9'; }
static bool is_hex(int ch) { return is_dec(ch) || (lower(ch) >= 'a' && lower(ch) <= 'f'); }

static const char *base_name(int base) {
  return base == 2 ? "binary" : base == 8 ? "octal" : base == 10 ? "decimal"
                                                                 : "hexadecimal";
}

/* digits skips { digit | '_' } from s[*i] and returns bit 0 if it saw a
** digit, bit 1 if it saw a '_'. Bases up to 10 take any decimal digit but
** note in *invalid the first one too big for the base. */
static int digits(const char *s, size_t n, size_t *i, int base, long *invalid) {
  int digsep = 0;
  for (; *i < n; (*i)++) {
    int ch = (unsigned char)s[*i];
    if (ch == '_') {
      digsep |= 2;
    } else if (base <= 10 ? is_dec(ch) : is_hex(ch)) {
      digsep |= 1;
      if (invalid && *invalid < 0 && base < 10 && ch >= '0' + base)
        *invalid = (long)*i;
    } else {
      break;
    }
  }
  return digsep;
}

/* bad_separator returns the index of the first '_' not between two digits
** (a base prefix counts as a digit), or -1. */
static long bad_separator(const char *s, size_t n) {
  size_t i = 0;
  bool hex = false;
  char prev = '.'; /* '0' digit, '_' separator, '.' anything else */
  if (n >= 2 && s[0] == '0' && memchr("xXoObB", s[1], 6)) {
    hex = lower(s[1]) == 'x';
    prev = '0';
    i = 2;
  }
  for (; i < n; i++) {
    int ch = (unsigned char)s[i];
    char cls = ch == '_' ? '_' : is_dec(ch) || (hex && is_hex(ch)) ? '0' : '.';
    if (cls == '_' && prev != '0') return (long)i;
    if (cls == '.' && prev == '_') return (long)i - 1;
    prev = cls;
  }
  return prev == '_' ? (long)n - 1 : -1;
}

/* NumScan is one number being judged; errors land at column start + i. */
typedef struct NumScan {
  Lexer *lx;
  const char *s;
  size_t n, i;
  bool ok;
} NumScan;

static void num_error(NumScan *ns, size_t at, const char *fmt, const char *a) {
  Pos p = ns->lx->tok_pos;
  p.col += (int32_t)at;
  lex_errorf(ns->lx, p, fmt, a);
  ns->ok = false;
}

static int num_peek(NumScan *ns) {
  return ns->i < ns->n ? (unsigned char)ns->s[ns->i] : 0;
}

/* num_exponent handles an exponent after the mantissa, if any. */
static void num_exponent(NumScan *ns, int prefix, TokKind *kind, int *digsep) {
  int e = lower(num_peek(ns));
  char q[32];
  if (e != 'e' && e != 'p') {
    if (prefix == 'x' && *kind == TK_FLOAT && ns->ok)
      num_error(ns, ns->i, "hexadecimal mantissa requires a 'p' exponent", "");
    return;
  }
  if (ns->ok && e == 'e' && prefix != 0 && prefix != '0')
    num_error(ns, ns->i, "%s exponent requires decimal mantissa",
              lex_fmt_q(q, num_peek(ns)));
  else if (ns->ok && e == 'p' && prefix != 'x')
    num_error(ns, ns->i, "%s exponent requires hexadecimal mantissa",
              lex_fmt_q(q, num_peek(ns)));
  ns->i++;
  *kind = TK_FLOAT;
  if (num_peek(ns) == '+' || num_peek(ns) == '-') ns->i++;
  *digsep = digits(ns->s, ns->n, &ns->i, 10, NULL) | (*digsep & 2);
  if (!(*digsep & 1) && ns->ok)
    num_error(ns, ns->i, "exponent has no digits", "");
}

TokKind lex_number(Lexer *lx) {
  NumScan ns = {lx, lx->src->text + lx->tok_off, lx->tok_len, 0, true};
  TokKind kind = TK_INT;
  int base = 10, prefix = 0, digsep = 0;
  long invalid = -1;
  bool point = ns.s[0] == '.';
  char q[32];
  if (point) {
    ns.i = 1;
  } else {
    if (ns.s[0] == '0') {
      ns.i = 1;
      int p = lower(num_peek(&ns));
      base = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 8;
      prefix = p == 'x' || p == 'o' || p == 'b' ? p : '0';
      if (prefix == '0')
        digsep = 1; /* the leading 0 is a digit */
      else
        ns.i++;
    }
    digsep |= digits(ns.s, ns.n, &ns.i, base, &invalid);
    if (num_peek(&ns) == '.') {
      if (prefix == 'o' || prefix == 'b')
        num_error(&ns, ns.i, "invalid radix point in %s literal", base_name(base));
      ns.i++;
      point = true;
    }
  }
  if (point) {
    kind = TK_FLOAT;
    digsep |= digits(ns.s, ns.n, &ns.i, base, &invalid);
  }
  if (!(digsep & 1) && ns.ok)
    num_error(&ns, ns.i, "%s literal has no digits", base_name(base));
  num_exponent(&ns, prefix, &kind, &digsep);
  if (num_peek(&ns) == 'i') kind = TK_IMAG;
  if (kind == TK_INT && invalid >= 0 && ns.ok) {
    lex_fmt_q(q, (unsigned char)ns.s[invalid]);
    Pos p = lx->tok_pos;
    p.col += (int32_t)invalid;
    lex_errorf(lx, p, "invalid digit %s in %s literal", q, base_name(base));
    ns.ok = false;
  }
  long sep = (digsep & 2) && ns.ok ? bad_separator(ns.s, ns.n) : -1;
  if (sep >= 0) num_error(&ns, (size_t)sep, "'_' must separate successive digits", "");
  return kind;
}

/* ---- strings and runes ---- */

static int hex_value(int32_t ch) {
  if (is_dec(ch)) return ch - '0';
  if (ch < 0x80 && lower(ch) >= 'a' && lower(ch) <= 'f') return lower(ch) - 'a' + 10;
  return 99;
}

/* escape judges the escape sequence after a backslash (c->ch is the
** character after it); false when it reported an error. */
static bool escape(Cursor *c, int32_t quote) {
  char buf[32];
  int n;
  uint32_t base, max;
  if (c->ch == quote || (c->ch > 0 && c->ch < 0x80 && strchr("abfnrtv\\", c->ch))) {
    cur_next(c);
    return true;
  }
  if (c->ch >= '0' && c->ch <= '7') {
    n = 3, base = 8, max = 255;
  } else if (c->ch == 'x' || c->ch == 'u' || c->ch == 'U') {
    n = c->ch == 'x' ? 2 : c->ch == 'u' ? 4 : 8;
    base = 16, max = c->ch == 'x' ? 255 : 0x10FFFF;
    cur_next(c);
  } else {
    if (c->ch == LEX_END) return true; /* the caller reports the end */
    lex_errorf(c->lx, c->pos, "unknown escape");
    return false;
  }
  uint32_t x = 0;
  for (int i = 0; i < n; i++, cur_next(c)) {
    if (c->ch == LEX_END) return true;
    uint32_t d = (uint32_t)hex_value(c->ch);
    if (d >= base) {
      lex_errorf(c->lx, c->pos, "invalid character %s in %s escape",
                 lex_fmt_q(buf, c->ch), base_name((int)base));
      return false;
    }
    x = x * base + d;
  }
  if (x > max && base == 8) {
    lex_errorf(c->lx, c->pos, "octal escape value %u > 255", (unsigned)x);
    return false;
  }
  if (x > max || (x >= 0xD800 && x < 0xE000)) {
    lex_errorf(c->lx, c->pos, "escape is invalid Unicode code point %s",
               lex_fmt_U(buf, (int32_t)x));
    return false;
  }
  return true;
}

TokKind lex_string(Lexer *lx) {
  Cursor c;
  cur_init(&c, lx);
  for (cur_next(&c); c.ch != '"'; ) {
    if (c.ch == '\\') {
      cur_next(&c);
      escape(&c, '"');
    } else if (c.ch == '\n') {
      lex_errorf(lx, c.pos, "newline in string");
      break;
    } else if (c.ch == LEX_END) {
      lex_errorf(lx, lx->tok_pos, "string not terminated");
      break;
    } else {
      cur_next(&c);
    }
  }
  return TK_STRING;
}

TokKind lex_rune(Lexer *lx) {
  Cursor c;
  bool ok = true;
  cur_init(&c, lx);
  cur_next(&c);
  for (int n = 0;; n++) {
    if (c.ch == '\'') {
      if (ok && n == 0)
        lex_errorf(lx, c.pos, "empty rune literal or unescaped '");
      else if (ok && n != 1)
        lex_errorf(lx, lx->tok_pos, "more than one character in rune literal");
      break;
    }
    if (c.ch == '\\') {
      cur_next(&c);
      ok &= escape(&c, '\'');
      continue;
    }
    if (c.ch == '\n' || c.ch == LEX_END) {
      if (ok && c.ch == '\n') lex_errorf(lx, c.pos, "newline in rune literal");
      if (ok && c.ch == LEX_END)
        lex_errorf(lx, lx->tok_pos, "rune literal not terminated");
      break;
    }
    cur_next(&c);
  }
  return TK_CHAR;
}

/* ---- values of accepted literals ---- */

/* unescape decodes the escape at *p (just after the backslash), advancing
** *p; *is_byte tells \x and octal escapes (one byte) from the rest (a rune). */
static int32_t unescape(const char **p, const char *end, bool *is_byte) {
  static const char simple[] = "a\ab\bf\fn\nr\rt\tv\v\\\\''\"\"";
  char ch = *(*p)++;
  int n = 0, base = 16;
  *is_byte = false;
  const char *s = memchr(simple, ch, sizeof simple - 1);
  if (s && (s - simple) % 2 == 0) return (unsigned char)s[1];
  if (ch >= '0' && ch <= '7') n = 3, base = 8, (*p)--;
  if (ch == 'x') n = 2;
  if (ch == 'u') n = 4;
  if (ch == 'U') n = 8;
  *is_byte = base == 8 || ch == 'x';
  uint32_t x = 0;
  for (; n > 0 && *p < end && hex_value((unsigned char)**p) < base; n--, (*p)++)
    x = x * (uint32_t)base + (uint32_t)hex_value((unsigned char)**p);
  return (int32_t)x;
}

void lex_string_value(const char *lit, size_t len, StrBuf *out) {
  const char *p = lit + 1, *end = lit + len - (len >= 2);
  if (len == 0) return;
  if (lit[0] == '`') {
    for (; p < end; p++)
      if (*p != '\r') sb_putc(out, *p);
    return;
  }
  while (p < end) {
    if (*p != '\\' || p + 1 >= end) {
      sb_putc(out, *p++);
      continue;
    }
    p++;
    bool is_byte;
    int32_t r = unescape(&p, end, &is_byte);
    char buf[4];
    if (is_byte)
      sb_putc(out, (char)r);
    else
      sb_putn(out, buf, lex_encode(buf, r));
  }
}

int32_t lex_char_value(const char *lit, size_t len) {
  const char *p = lit + 1, *end = lit + len;
  bool is_byte;
  int w;
  if (len < 3) return 0;
  if (*p == '\\') {
    p++;
    return unescape(&p, end, &is_byte);
  }
  int32_t r = lex_decode((const unsigned char *)p, (const unsigned char *)end, &w);
  return r == LEX_BAD_RUNE ? 0xFFFD : r;
}

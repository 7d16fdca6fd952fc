/*
** const.c -- exact constant values and their arithmetic (go/constant's job).
**
** Integers are exact 128-bit two's complement values (__int128): every
** operation checks for overflow and reports it like gc reports overflow of
** its 512-bit untyped constants (a documented deviation: subgo's limit is
** 127 bits + sign). Floats are float64; a float whose value is integral
** prints as an integer, as go/constant normalizes it. Strings are byte
** strings (may contain NUL). Representability (representable_value) is
** the spec's rule: integers must fit the target's range, floats converted
** to integers must be integral, float32 targets round.
*/
#include "check.h"

#include <float.h>
#include <math.h>
#include <string.h>

static Const *new_const(ConstKind k) {
  Const *c = xcalloc(1, sizeof *c);
  c->kind = k;
  return c;
}

Const *const_int(__int128 v) {
  Const *c = new_const(CK_INT);
  c->i = v;
  return c;
}

Const *const_float(double f) {
  Const *c = new_const(CK_FLOAT);
  c->f = f;
  return c;
}

Const *const_bool(bool b) {
  Const *c = new_const(CK_BOOL);
  c->b = b;
  return c;
}

Const *const_str(const char *s, size_t n) {
  Const *c = new_const(CK_STRING);
  c->s = xstrndup(s, n);
  c->slen = n;
  return c;
}

Const *const_unknown(void) { return new_const(CK_UNKNOWN); }

/* parse_int reads a Go integer literal (0x, 0o, 0b, leading-0 octal, '_'). */
static bool parse_int(const char *s, size_t n, __int128 *out) {
  int base = 10;
  size_t i = 0;
  if (n > 1 && s[0] == '0') {
    char b = s[1] | 0x20;
    if (b == 'x') base = 16, i = 2;
    else if (b == 'o') base = 8, i = 2;
    else if (b == 'b') base = 2, i = 2;
    else base = 8, i = 1;
  }
  __int128 v = 0;
  for (; i < n; i++) {
    char ch = s[i];
    if (ch == '_') continue;
    int d = ch >= '0' && ch <= '9' ? ch - '0'
            : (ch | 0x20) >= 'a' && (ch | 0x20) <= 'f' ? (ch | 0x20) - 'a' + 10
                                                       : 99;
    if (d >= base) return false;
    if (__builtin_mul_overflow(v, base, &v) || __builtin_add_overflow(v, d, &v))
      return false;
  }
  *out = v;
  return true;
}

static double parse_float(const char *s, size_t n) {
  StrBuf sb = {0};
  for (size_t i = 0; i < n; i++)
    if (s[i] != '_') sb_putc(&sb, s[i]);
  double f = strtod(sb_str(&sb), NULL);
  sb_free(&sb);
  return f;
}

Const *const_from_literal(Node *lit) {
  const char *s = lit->basiclit.lit;
  size_t n = lit->basiclit.len;
  switch (lit->basiclit.kind) {
  case TK_INT: {
    __int128 v;
    if (parse_int(s, n, &v)) return const_int(v);
    return const_float(parse_float(s, n)); /* beyond 127 bits: approximate */
  }
  case TK_FLOAT:
    return const_float(parse_float(s, n));
  case TK_CHAR:
    return const_int(lex_char_value(s, n));
  case TK_STRING: {
    StrBuf sb = {0};
    lex_string_value(s, n, &sb);
    Const *c = const_str(sb_str(&sb), sb.len);
    sb_free(&sb);
    return c;
  }
  default:
    return NULL;
  }
}

static bool float_is_int(double f) {
  /* no libm: integral iff it survives a round trip through __int128 */
  return isfinite(f) && fabs(f) < 1.7e38 && f == (double)(__int128)f;
}

bool const_to_int(const Const *v, Const **out) {
  if (v->kind == CK_INT) {
    *out = (Const *)v;
    return true;
  }
  if (v->kind == CK_FLOAT && float_is_int(v->f)) {
    *out = const_int((__int128)v->f);
    return true;
  }
  return false;
}

bool const_to_float(const Const *v, Const **out) {
  if (v->kind == CK_FLOAT) {
    *out = (Const *)v;
    return true;
  }
  if (v->kind == CK_INT) {
    *out = const_float((double)v->i);
    return true;
  }
  return false;
}

bool const_int64(const Const *v, int64_t *out) {
  Const *i;
  if (!const_to_int(v, &i) || i->i > INT64_MAX || i->i < INT64_MIN) return false;
  *out = (int64_t)i->i;
  return true;
}

bool const_sign(const Const *v) {
  return v->kind == CK_INT ? v->i < 0 : v->f < 0;
}

static int cmp3(const Const *x, const Const *y) {
  switch (x->kind) {
  case CK_INT:
    if (y->kind == CK_INT) return (x->i > y->i) - (x->i < y->i);
    return ((double)x->i > y->f) - ((double)x->i < y->f);
  case CK_FLOAT: {
    double b = y->kind == CK_INT ? (double)y->i : y->f;
    return (x->f > b) - (x->f < b);
  }
  case CK_STRING: {
    size_t n = x->slen < y->slen ? x->slen : y->slen;
    int c = memcmp(x->s, y->s, n);
    if (c) return c < 0 ? -1 : 1;
    return (x->slen > y->slen) - (x->slen < y->slen);
  }
  case CK_BOOL:
    return x->b != y->b;
  default:
    return 0;
  }
}

bool const_compare(const Const *x, TokKind op, const Const *y) {
  int c = cmp3(x, y);
  switch (op) {
  case TK_EQL: return c == 0;
  case TK_NEQ: return c != 0;
  case TK_LSS: return c < 0;
  case TK_LEQ: return c <= 0;
  case TK_GTR: return c > 0;
  case TK_GEQ: return c >= 0;
  default: return false;
  }
}

static Const *int_binary(__int128 a, TokKind op, __int128 b, bool integer,
                         const char **err) {
  __int128 r = 0;
  bool ovf = false;
  switch (op) {
  case TK_ADD: ovf = __builtin_add_overflow(a, b, &r); break;
  case TK_SUB: ovf = __builtin_sub_overflow(a, b, &r); break;
  case TK_MUL: ovf = __builtin_mul_overflow(a, b, &r); break;
  case TK_QUO:
    if (!integer && a % b != 0) return const_float((double)a / (double)b);
    r = a / b;
    break;
  case TK_REM: r = a % b; break;
  case TK_AND: r = a & b; break;
  case TK_OR: r = a | b; break;
  case TK_XOR: r = a ^ b; break;
  case TK_AND_NOT: r = a & ~b; break;
  default: return NULL;
  }
  if (ovf) {
    *err = op == TK_ADD ? "addition" : op == TK_SUB ? "subtraction" : "multiplication";
    return NULL;
  }
  return const_int(r);
}

static bool is_zero(const Const *y) {
  return y->kind == CK_INT ? y->i == 0 : y->kind == CK_FLOAT && y->f == 0;
}

Const *const_binary(const Const *x, TokKind op, const Const *y, bool integer,
                    const char **err) {
  *err = NULL;
  if (x->kind == CK_UNKNOWN || y->kind == CK_UNKNOWN) return const_unknown();
  if ((op == TK_QUO || op == TK_REM) && is_zero(y)) {
    *err = "division by zero";
    return NULL;
  }
  if (x->kind == CK_BOOL) {
    if (op == TK_LAND) return const_bool(x->b && y->b);
    return const_bool(x->b || y->b);
  }
  if (x->kind == CK_STRING) {
    StrBuf sb = {0};
    sb_putn(&sb, x->s, x->slen);
    sb_putn(&sb, y->s, y->slen);
    Const *c = const_str(sb.buf ? sb.buf : "", sb.len);
    sb_free(&sb);
    return c;
  }
  if (x->kind == CK_INT && y->kind == CK_INT) return int_binary(x->i, op, y->i, integer, err);
  double a = x->kind == CK_INT ? (double)x->i : x->f;
  double b = y->kind == CK_INT ? (double)y->i : y->f;
  switch (op) {
  case TK_ADD: return const_float(a + b);
  case TK_SUB: return const_float(a - b);
  case TK_MUL: return const_float(a * b);
  case TK_QUO: return const_float(a / b);
  default: return NULL;
  }
}

/* const_unary: ^x of a typed unsigned value is computed in its width. */
Const *const_unary(TokKind op, const Const *x, Type *t, const char **err) {
  *err = NULL;
  if (x->kind == CK_UNKNOWN) return const_unknown();
  switch (op) {
  case TK_ADD: return (Const *)x;
  case TK_SUB:
    if (x->kind == CK_FLOAT) return const_float(-x->f);
    return const_int(-x->i);
  case TK_NOT: return const_bool(!x->b);
  case TK_XOR: {
    __int128 v = ~x->i;
    if (is_unsigned(t)) {
      static const int bits[] = {[T_UINT] = 64, [T_UINT8] = 8, [T_UINT16] = 16,
                                 [T_UINT32] = 32, [T_UINT64] = 64, [T_UINTPTR] = 64};
      int n = bits[under(t)->kind];
      v &= (((__int128)1) << n) - 1;
    }
    return const_int(v);
  }
  default: return NULL;
  }
}

Const *const_shift(const Const *x, TokKind op, unsigned s, const char **err) {
  *err = NULL;
  if (x->kind == CK_UNKNOWN) return const_unknown();
  Const *xi;
  if (!const_to_int(x, &xi)) return NULL;
  if (op == TK_SHR) return const_int(s >= 127 ? (xi->i < 0 ? -1 : 0) : xi->i >> s);
  if (xi->i == 0) return const_int(0);
  if (s >= 127) {
    *err = "shift";
    return NULL;
  }
  __int128 r = xi->i * (((__int128)1) << s);
  if ((r >> s) != xi->i || (s == 126 && xi->i != 0 && xi->i != -1)) {
    *err = "shift";
    return NULL;
  }
  return const_int(r);
}

static bool int_fits(__int128 v, TypeKind k) {
  switch (k) {
  case T_INT8: return v >= INT8_MIN && v <= INT8_MAX;
  case T_INT16: return v >= INT16_MIN && v <= INT16_MAX;
  case T_INT32: return v >= INT32_MIN && v <= INT32_MAX;
  case T_INT: case T_INT64: return v >= INT64_MIN && v <= INT64_MAX;
  case T_UINT8: return v >= 0 && v <= UINT8_MAX;
  case T_UINT16: return v >= 0 && v <= UINT16_MAX;
  case T_UINT32: return v >= 0 && v <= UINT32_MAX;
  case T_UINT: case T_UINT64: case T_UINTPTR: return v >= 0 && v <= UINT64_MAX;
  default: return true; /* untyped */
  }
}

/* representable_value implements types2's representableConst; *code says
** why not (REP_TRUNCATED / REP_OVERFLOW follow types2's classification from
** the operand and target *types*, done by the caller). */
bool representable_value(const Const *v, Type *t, Const **rounded, int *code) {
  Type *u = under(t);
  *code = REP_OK;
  if (rounded) *rounded = (Const *)v; /* unchanged unless rounded below */
  if (v->kind == CK_UNKNOWN) return true;
  if (is_integer(u)) {
    Const *i;
    if (!const_to_int(v, &i)) return false;
    if (!int_fits(i->i, u->kind)) return false;
    if (rounded) *rounded = i;
    return true;
  }
  if (is_float(u)) {
    Const *f;
    if (!const_to_float(v, &f)) return false;
    double d = f->f;
    if (u->kind == T_FLOAT32) {
      if (fabs(d) > FLT_MAX) return false;
      d = (float)d;
    } else if (!isfinite(d)) {
      return false;
    }
    if (rounded) *rounded = v->kind == CK_INT && u->kind != T_FLOAT32 ? (Const *)v : const_float(d);
    return true;
  }
  if (is_boolean(u)) return v->kind == CK_BOOL;
  if (is_string(u)) return v->kind == CK_STRING;
  return false;
}

/* ---- printing, as go/constant's String ---- */

static void put_int128(StrBuf *sb, __int128 v) {
  char buf[48];
  int n = 0;
  unsigned __int128 u = v < 0 ? -(unsigned __int128)v : (unsigned __int128)v;
  do buf[n++] = (char)('0' + (int)(u % 10)); while ((u /= 10) != 0);
  if (v < 0) sb_putc(sb, '-');
  while (n) sb_putc(sb, buf[--n]);
}

/* Go's %g (shortest repr at precision 6, exponent at least two digits). */
static void put_go_float(StrBuf *sb, double f, int prec) {
  char buf[64];
  snprintf(buf, sizeof buf, "%.*g", prec, f);
  sb_puts(sb, buf);
}

/* quote_go writes s the way strconv.Quote does (printable UTF-8 kept). */
void quote_go(StrBuf *sb, const char *s, size_t n) {
  sb_putc(sb, '"');
  for (size_t i = 0; i < n; i++) {
    unsigned char ch = (unsigned char)s[i];
    switch (ch) {
    case '"': sb_puts(sb, "\\\""); break;
    case '\\': sb_puts(sb, "\\\\"); break;
    case '\a': sb_puts(sb, "\\a"); break;
    case '\b': sb_puts(sb, "\\b"); break;
    case '\f': sb_puts(sb, "\\f"); break;
    case '\n': sb_puts(sb, "\\n"); break;
    case '\r': sb_puts(sb, "\\r"); break;
    case '\t': sb_puts(sb, "\\t"); break;
    case '\v': sb_puts(sb, "\\v"); break;
    default:
      if (ch < 0x20 || ch == 0x7f) sb_printf(sb, "\\x%02x", ch);
      else sb_putc(sb, (char)ch);
    }
  }
  sb_putc(sb, '"');
}

static void put_string_const(StrBuf *sb, const Const *c) {
  StrBuf q = {0};
  quote_go(&q, c->s, c->slen);
  /* go/constant shortens to 72 runes: keep 69 runes and add "..." */
  size_t runes = 0, cut = 0;
  for (size_t i = 0; i < q.len; i++)
    if (((unsigned char)q.buf[i] & 0xC0) != 0x80 && ++runes == 70) cut = i;
  if (runes > 72) {
    sb_putn(sb, q.buf, cut);
    sb_puts(sb, "...");
  } else {
    sb_putn(sb, sb_str(&q), q.len);
  }
  sb_free(&q);
}

const char *const_string(const Const *c, StrBuf *sb) {
  switch (c->kind) {
  case CK_BOOL: sb_puts(sb, c->b ? "true" : "false"); break;
  case CK_INT: put_int128(sb, c->i); break;
  case CK_STRING: put_string_const(sb, c); break;
  case CK_FLOAT:
    if (float_is_int(c->f) && fabs(c->f) < 1e21) {
      put_int128(sb, (__int128)c->f);
    } else {
      StrBuf t = {0};
      put_go_float(&t, c->f, 6);
      if (!strchr(sb_str(&t), '.') && !strchr(sb_str(&t), 'e')) {
        sb_free(&t);
        put_go_float(&t, c->f, 17);
      }
      sb_puts(sb, sb_str(&t));
      sb_free(&t);
    }
    break;
  default: sb_puts(sb, "unknown"); break;
  }
  return sb_str(sb);
}

/*
** const.c -- exact constant values and their arithmetic (go/constant).
**
** Numbers are exact, with go/constant's three representations:
**   NUM_INT    integers (GMP mpz), unbounded here: the checker reports gc's
**              "constant ... overflow" past 512 bits (expr.c overflow);
**   NUM_RAT    floats as exact fractions (mpq) while numerator and
**              denominator stay below 2^4096 (go/constant's maxExp);
**   NUM_FLOAT  beyond that, 512-bit binary floats (bigfloat.c); a value
**              never goes back to a fraction once it is one.
** Operands of different representations are first brought to the larger
** one (int < rat < float: int to rat is exact, to float rounds to 512
** bits), as go/constant's match does, so every result has gc's bits:
** 0.1 + 0.2 == 0.3 exactly, 1e500 / 1e490 is 1e10. A float whose
** exponent overflows big.Float's int32 is unknown ("constant result is
** not representable"). Float literals are read as big.Float reads them
** (bf_scan) and kept as exact fractions when their exponent is small.
**
** Const (types.h) also carries plain C values for later stages: `f` is
** the nearest float64 (correctly rounded, ties to even) and `i` the
** integer when it fits 127 bits + sign. A value converted to float32 or
** float64 becomes the exact fraction of that float (types2's
** roundFloat32/64), so a typed constant's `f` is its value. Constants have
** no -0, NaN or Inf.
**
** Strings are byte strings (may contain NUL). Printing follows
** go/constant's String: integers in full, floats as %.6g of their float64
** (beyond float64's range, an approximate decimal from the binary
** exponent), strings quoted and cut at 72 runes.
*/
#include "check.h"

#include <math.h>
#include <string.h>

#include "bigfloat.h"

_Static_assert(GMP_LIMB_BITS == 64, "get_i128 reads two 64-bit limbs");

enum {
  PREC = 512,     /* go/constant's float precision */
  MAX_EXP = 4096, /* fractions keep their components below 2^MAX_EXP */
};

typedef enum NumRep { NUM_INT, NUM_RAT, NUM_FLOAT } NumRep;

typedef struct ConstNum {
  NumRep rep;
  union {
    mpz_t z;
    mpq_t q;
    BigFloat f;
  };
} Num;

/* ---- numbers ---- */

static void num_init(Num *n, NumRep rep) {
  n->rep = rep;
  switch (rep) {
  case NUM_INT: mpz_init(n->z); break;
  case NUM_RAT: mpq_init(n->q); break;
  case NUM_FLOAT: bf_init(&n->f); break;
  }
}

static void num_clear(Num *n) {
  switch (n->rep) {
  case NUM_INT: mpz_clear(n->z); break;
  case NUM_RAT: mpq_clear(n->q); break;
  case NUM_FLOAT: mpz_clear(n->f.m); break;
  }
}

static Num *new_num(NumRep rep) {
  Num *n = xmalloc(sizeof *n);
  num_init(n, rep);
  return n;
}

static void free_num(Num *n) {
  num_clear(n);
  free(n);
}

/* lift returns x in representation rep (>= x's), converting into *tmp when
** needed (go/constant's match0: i64tor/itor exact, itof/rtof rounded). */
static const Num *lift(const Num *x, NumRep rep, Num *tmp) {
  if (x->rep == rep) return x;
  num_init(tmp, rep);
  if (rep == NUM_RAT) mpq_set_z(tmp->q, x->z);
  else if (x->rep == NUM_INT) bf_set_mpz(&tmp->f, x->z, PREC);
  else bf_set_frac(&tmp->f, mpq_numref(x->q), mpq_denref(x->q), PREC);
  return tmp;
}

static void unlift(const Num *x, Num *tmp) {
  if (x == tmp) num_clear(tmp);
}

static int64_t bitlen(const mpz_t z) {
  return mpz_sgn(z) ? (int64_t)mpz_sizeinbase(z, 2) : 0;
}

static __int128 get_i128(const mpz_t z) {
  unsigned __int128 u = (unsigned __int128)mpz_getlimbn(z, 1) << 64 | mpz_getlimbn(z, 0);
  return mpz_sgn(z) < 0 ? -(__int128)u : (__int128)u;
}

static void set_i128(mpz_t z, __int128 v) {
  unsigned __int128 u = v < 0 ? -(unsigned __int128)v : (unsigned __int128)v;
  mpz_set_ui(z, (unsigned long)(u >> 64));
  mpz_mul_2exp(z, z, 64);
  mpz_add_ui(z, z, (unsigned long)u);
  if (v < 0) mpz_neg(z, z);
}

/* num_ieee is go/constant's Float64Val/Float32Val: the nearest value of
** the format (integers go through a 512-bit float first, as itof does). */
static double num_ieee(const Num *n, const BfFormat *fmt) {
  switch (n->rep) {
  case NUM_RAT: return bf_frac_to_ieee(mpq_numref(n->q), mpq_denref(n->q), fmt);
  case NUM_FLOAT: return bf_to_ieee(&n->f, fmt);
  case NUM_INT: break;
  }
  Num t;
  const Num *f = lift(n, NUM_FLOAT, &t);
  double d = bf_to_ieee(&f->f, fmt);
  unlift(f, &t);
  return d;
}

/* ---- constants ---- */

static Const *new_const(ConstKind k) {
  Const *c = xcalloc(1, sizeof *c);
  c->kind = k;
  return c;
}

/* num_const wraps n, filling the C values later stages read. */
static Const *num_const(Num *n) {
  Const *c = new_const(n->rep == NUM_INT ? CK_INT : CK_FLOAT);
  c->num = n;
  if (n->rep == NUM_INT) {
    if (bitlen(n->z) <= 127) c->i = get_i128(n->z);
    c->f = mpz_fits_slong_p(n->z) ? (double)mpz_get_si(n->z) : num_ieee(n, &bf_float64);
  } else {
    c->f = num_ieee(n, &bf_float64);
  }
  return c;
}

/* num_of is c's exact value; constants built outside the checker (the
** IR's) carry only i or f, and get one on first use. */
static const Num *num_of(const Const *c) {
  if (!c->num) {
    Num *n;
    if (c->kind == CK_INT) {
      n = new_num(NUM_INT);
      set_i128(n->z, c->i);
    } else {
      n = new_num(NUM_RAT);
      mpq_set_d(n->q, c->f);
    }
    ((Const *)c)->num = n;
  }
  return c->num;
}

Const *const_int(int64_t v) {
  Num *n = new_num(NUM_INT);
  mpz_set_si(n->z, v);
  return num_const(n);
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

/* make_float is go/constant's makeFloat: an overflowed result is unknown. */
static Const *make_float(Num *n, bool ok) {
  if (!ok) {
    free_num(n);
    return const_unknown();
  }
  return num_const(n);
}

/* make_rat is go/constant's makeRat: a fraction with a component of
** MAX_EXP bits or more becomes a 512-bit float. */
static Const *make_rat(Num *n) {
  if (bitlen(mpq_numref(n->q)) < MAX_EXP && bitlen(mpq_denref(n->q)) < MAX_EXP) return num_const(n);
  Num *f = new_num(NUM_FLOAT);
  bool ok = bf_set_frac(&f->f, mpq_numref(n->q), mpq_denref(n->q), PREC);
  free_num(n);
  return make_float(f, ok);
}

/* const_from_double is go/constant's MakeFloat64 (exact; -0 becomes 0). */
static Const *const_from_double(double d) {
  if (!isfinite(d)) return const_unknown();
  Num *n = new_num(NUM_RAT);
  mpq_set_d(n->q, d);
  return num_const(n);
}

/* ---- literals ---- */

static int digit_value(char ch) {
  char l = ch | 0x20;
  return ch >= '0' && ch <= '9' ? ch - '0' : l >= 'a' && l <= 'z' ? l - 'a' + 10 : 99;
}

/* int_literal: 0x, 0o, 0b, a leading-0 octal, '_' separators. */
static Const *int_literal(const char *s, size_t n) {
  int base = 10;
  size_t i = 0;
  if (n > 1 && s[0] == '0') {
    char b = s[1] | 0x20;
    if (b == 'x') base = 16, i = 2;
    else if (b == 'o') base = 8, i = 2;
    else if (b == 'b') base = 2, i = 2;
    else base = 8, i = 1;
  }
  char *digits = xmalloc(n + 1);
  size_t k = 0;
  for (; i < n; i++) {
    if (s[i] == '_') continue;
    if (digit_value(s[i]) >= base) break;
    digits[k++] = s[i];
  }
  digits[k] = 0;
  Const *c = const_unknown();
  if (i == n && k > 0) {
    Num *v = new_num(NUM_INT);
    mpz_set_str(v->z, digits, base);
    c = num_const(v);
  }
  free(digits);
  return c;
}

/* read_exponent parses [+-]digits (with '_'); false if beyond int64. */
static bool read_exponent(const char *s, size_t n, int64_t *out) {
  size_t i = 0;
  bool neg = n > 0 && s[0] == '-';
  if (n > 0 && (s[0] == '-' || s[0] == '+')) i++;
  int64_t v = 0;
  for (; i < n; i++) {
    if (s[i] == '_') continue;
    if (__builtin_mul_overflow(v, 10, &v) || __builtin_add_overflow(v, s[i] - '0', &v)) return false;
  }
  /* beyond 2^62 every literal but 0 overflows big.Float anyway; the bound
  ** keeps the exponent arithmetic below from overflowing */
  if (v > ((int64_t)1 << 62)) v = (int64_t)1 << 62;
  *out = neg ? -v : v;
  return true;
}

/* exact_value sets q to M * 2^exp2 * 5^exp5. */
static void exact_value(mpq_t q, const mpz_t M, int64_t exp2, int64_t exp5) {
  mpz_t p;
  mpz_init(p);
  mpz_set(mpq_numref(q), M);
  mpz_set_ui(mpq_denref(q), 1);
  mpz_ptr num = mpq_numref(q), den = mpq_denref(q);
  mpz_mul_2exp(exp2 >= 0 ? num : den, exp2 >= 0 ? num : den, (mp_bitcnt_t)(exp2 >= 0 ? exp2 : -exp2));
  mpz_ui_pow_ui(p, 5, (unsigned long)(exp5 >= 0 ? exp5 : -exp5));
  mpz_mul(exp5 >= 0 ? num : den, exp5 >= 0 ? num : den, p);
  mpq_canonicalize(q);
  mpz_clear(p);
}

/* float_literal is go/constant's makeFloatFromLiteral: read as a 512-bit
** big.Float; an exact fraction if its exponent is small, else that float.
** Decimal mantissas scale by 10 = 2*5 per fraction digit, hexadecimal ones
** by 2^4; 'e' exponents are decimal, 'p' ones binary. */
static Const *float_literal(const char *s, size_t n) {
  int base = 10;
  size_t i = 0;
  if (n > 1 && s[0] == '0' && (s[1] | 0x20) == 'x') base = 16, i = 2;
  char *digits = xmalloc(n + 1);
  size_t k = 0;
  int64_t fcount = 0, exp = 0;
  bool point = false;
  for (; i < n; i++) {
    if (s[i] == '_') continue;
    if (s[i] == '.') {
      point = true;
      continue;
    }
    if (digit_value(s[i]) >= base) break;
    digits[k++] = s[i];
    fcount += point;
  }
  digits[k] = 0;
  bool binary_exp = i < n && (s[i] | 0x20) == 'p';
  if (k == 0 || (i < n && !read_exponent(s + i + 1, n - i - 1, &exp))) {
    free(digits);
    return const_unknown();
  }
  mpz_t M;
  mpz_init_set_str(M, digits, base);
  free(digits);
  int64_t exp2 = base == 16 ? -4 * fcount : -fcount, exp5 = base == 16 ? 0 : -fcount;
  exp2 += exp;
  if (!binary_exp) exp5 += exp;
  /* the binary exponent, to a bit or two: far from ±MAX_EXP, reading the
  ** big.Float first would only confirm that the fraction is small */
  double approx = (double)bitlen(M) + (double)exp2 + (double)exp5 * 2.321928094887362;
  bool small = fabs(approx) < MAX_EXP - 64;
  BigFloat f;
  bf_init(&f);
  Const *c;
  if (!small && !bf_scan(&f, M, exp2, exp5, PREC)) {
    c = const_unknown();
  } else if (small || (bf_mant_exp(&f) > -MAX_EXP && bf_mant_exp(&f) < MAX_EXP)) {
    Num *r = new_num(NUM_RAT);
    if (small || bf_sgn(&f)) exact_value(r->q, M, exp2, exp5); /* 0 after underflow: 0 */
    c = num_const(r);
  } else {
    Num *fl = new_num(NUM_FLOAT);
    bf_set(&fl->f, &f);
    c = num_const(fl);
  }
  mpz_clears(M, f.m, NULL);
  return c;
}

Const *const_from_literal(Node *lit) {
  const char *s = lit->basiclit.lit;
  size_t n = lit->basiclit.len;
  switch (lit->basiclit.kind) {
  case TK_INT: return int_literal(s, n);
  case TK_FLOAT: return float_literal(s, n);
  case TK_CHAR: return const_int(lex_char_value(s, n));
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

/* ---- conversions ---- */

/* num_to_int is go/constant's ToInt. A 512-bit float that is an integer
** once rounded to 508 bits down or up counts as that integer: it missed it
** only through rounding in earlier operations. */
static bool num_to_int(const Num *x, mpz_t out) {
  switch (x->rep) {
  case NUM_INT:
    mpz_set(out, x->z);
    return true;
  case NUM_RAT:
    if (mpz_cmp_ui(mpq_denref(x->q), 1) != 0) return false;
    mpz_set(out, mpq_numref(x->q));
    return true;
  case NUM_FLOAT: break;
  }
  int64_t e = bf_mant_exp(&x->f);
  if (e <= -MAX_EXP || e >= MAX_EXP) return false; /* no huge integers */
  if (bf_get_mpz(&x->f, out)) return true;
  BigFloat t;
  bf_init(&t);
  bf_round_mode(&t, &x->f, PREC - 4, BF_TO_ZERO);
  bool ok = bf_get_mpz(&t, out);
  if (!ok) {
    bf_round_mode(&t, &x->f, PREC - 4, BF_AWAY_FROM_ZERO);
    ok = bf_get_mpz(&t, out);
  }
  mpz_clear(t.m);
  return ok;
}

bool const_to_int(const Const *v, Const **out) {
  if (v->kind == CK_INT) {
    *out = (Const *)v;
    return true;
  }
  if (v->kind != CK_FLOAT) return false;
  Num *n = new_num(NUM_INT);
  if (!num_to_int(num_of(v), n->z)) {
    free_num(n);
    return false;
  }
  *out = num_const(n);
  return true;
}

/* float_value is go/constant's ToFloat followed by Float64Val/Float32Val
** (ToFloat keeps integers below MAX_EXP bits exact, so rounding once). */
static double float_value(const Const *v, const BfFormat *fmt) {
  const Num *n = num_of(v);
  if (n->rep == NUM_INT && bitlen(n->z) < MAX_EXP) {
    Num t;
    const Num *r = lift(n, NUM_RAT, &t);
    double d = num_ieee(r, fmt);
    unlift(r, &t);
    return d;
  }
  return num_ieee(n, fmt);
}

bool const_int64(const Const *v, int64_t *out) {
  Const *i;
  if (!const_to_int(v, &i) || !mpz_fits_slong_p(num_of(i)->z)) return false;
  *out = mpz_get_si(num_of(i)->z);
  return true;
}

bool const_uint64(const Const *v, uint64_t *out) {
  Const *i;
  if (!const_to_int(v, &i)) return false;
  const Num *n = num_of(i);
  if (mpz_sgn(n->z) < 0 || bitlen(n->z) > 64) return false;
  *out = (uint64_t)mpz_getlimbn(n->z, 0);
  return true;
}

int const_sign(const Const *v) {
  if (v->kind != CK_INT && v->kind != CK_FLOAT) return 1; /* unknown: no division by zero */
  const Num *n = num_of(v);
  switch (n->rep) {
  case NUM_INT: return mpz_sgn(n->z);
  case NUM_RAT: return mpq_sgn(n->q);
  case NUM_FLOAT: return bf_sgn(&n->f);
  }
  return 1;
}

int const_bitlen(const Const *v) {
  return v->kind == CK_INT ? (int)bitlen(num_of(v)->z) : 0;
}

/* ---- comparison ---- */

static int num_cmp(const Num *x, const Num *y) {
  NumRep rep = x->rep > y->rep ? x->rep : y->rep;
  Num ta, tb;
  const Num *a = lift(x, rep, &ta), *b = lift(y, rep, &tb);
  int c = rep == NUM_INT ? mpz_cmp(a->z, b->z)
          : rep == NUM_RAT ? mpq_cmp(a->q, b->q)
                           : bf_cmp(&a->f, &b->f);
  unlift(a, &ta);
  unlift(b, &tb);
  return (c > 0) - (c < 0);
}

static int cmp3(const Const *x, const Const *y) {
  switch (x->kind) {
  case CK_INT:
  case CK_FLOAT:
    return num_cmp(num_of(x), num_of(y));
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
  if (x->kind == CK_UNKNOWN || y->kind == CK_UNKNOWN) return false;
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

/* ---- arithmetic ---- */

static Const *int_binary(const mpz_t a, TokKind op, const mpz_t b, bool integer) {
  if (op == TK_QUO && !integer) {
    Num *q = new_num(NUM_RAT);
    mpz_set(mpq_numref(q->q), a);
    mpz_set(mpq_denref(q->q), b);
    mpq_canonicalize(q->q);
    return make_rat(q);
  }
  Num *n = new_num(NUM_INT);
  switch (op) {
  case TK_ADD: mpz_add(n->z, a, b); break;
  case TK_SUB: mpz_sub(n->z, a, b); break;
  case TK_MUL: mpz_mul(n->z, a, b); break;
  case TK_QUO: mpz_tdiv_q(n->z, a, b); break; /* Go truncates */
  case TK_REM: mpz_tdiv_r(n->z, a, b); break;
  case TK_AND: mpz_and(n->z, a, b); break;
  case TK_OR: mpz_ior(n->z, a, b); break;
  case TK_XOR: mpz_xor(n->z, a, b); break;
  case TK_AND_NOT:
    mpz_com(n->z, b);
    mpz_and(n->z, a, n->z);
    break;
  default: fatal("invalid integer constant operation %s", tok_text(op));
  }
  return num_const(n);
}

static Const *rat_binary(const mpq_t a, TokKind op, const mpq_t b) {
  Num *n = new_num(NUM_RAT);
  switch (op) {
  case TK_ADD: mpq_add(n->q, a, b); break;
  case TK_SUB: mpq_sub(n->q, a, b); break;
  case TK_MUL: mpq_mul(n->q, a, b); break;
  case TK_QUO: mpq_div(n->q, a, b); break;
  default: fatal("invalid float constant operation %s", tok_text(op));
  }
  return make_rat(n);
}

static Const *float_binary(const BigFloat *a, TokKind op, const BigFloat *b) {
  Num *n = new_num(NUM_FLOAT);
  bool ok = false;
  switch (op) {
  case TK_ADD: ok = bf_add(&n->f, a, b, PREC); break;
  case TK_SUB: ok = bf_sub(&n->f, a, b, PREC); break;
  case TK_MUL: ok = bf_mul(&n->f, a, b, PREC); break;
  case TK_QUO: ok = bf_quo(&n->f, a, b, PREC); break;
  default: fatal("invalid float constant operation %s", tok_text(op));
  }
  return make_float(n, ok);
}

Const *const_binary(const Const *x, TokKind op, const Const *y, bool integer) {
  if (x->kind == CK_UNKNOWN || y->kind == CK_UNKNOWN) return const_unknown();
  if (x->kind == CK_BOOL) return const_bool(op == TK_LAND ? x->b && y->b : x->b || y->b);
  if (x->kind == CK_STRING) {
    StrBuf sb = {0};
    sb_putn(&sb, x->s, x->slen);
    sb_putn(&sb, y->s, y->slen);
    Const *c = const_str(sb.buf ? sb.buf : "", sb.len);
    sb_free(&sb);
    return c;
  }
  const Num *nx = num_of(x), *ny = num_of(y);
  NumRep rep = nx->rep > ny->rep ? nx->rep : ny->rep;
  Num ta, tb;
  const Num *a = lift(nx, rep, &ta), *b = lift(ny, rep, &tb);
  Const *c = rep == NUM_INT ? int_binary(a->z, op, b->z, integer)
             : rep == NUM_RAT ? rat_binary(a->q, op, b->q)
                              : float_binary(&a->f, op, &b->f);
  unlift(a, &ta);
  unlift(b, &tb);
  return c;
}

static Const *negate(const Num *x) {
  Num *n = new_num(x->rep);
  switch (x->rep) {
  case NUM_INT: mpz_neg(n->z, x->z); break;
  case NUM_RAT: mpq_neg(n->q, x->q); break;
  case NUM_FLOAT: bf_neg(&n->f, &x->f); break;
  }
  return num_const(n);
}

/* const_unary: ^x of a typed unsigned value keeps only its width's bits. */
Const *const_unary(TokKind op, const Const *x, Type *t) {
  if (x->kind == CK_UNKNOWN) return const_unknown();
  switch (op) {
  case TK_ADD: return (Const *)x;
  case TK_SUB: return negate(num_of(x));
  case TK_NOT: return const_bool(!x->b);
  case TK_XOR: {
    Num *n = new_num(NUM_INT);
    if (!num_to_int(num_of(x), n->z)) fatal("^ of a non-integer constant");
    mpz_com(n->z, n->z);
    if (is_unsigned(t)) {
      static const int bits[] = {[T_UINT] = 64, [T_UINT8] = 8, [T_UINT16] = 16,
                                 [T_UINT32] = 32, [T_UINT64] = 64, [T_UINTPTR] = 64};
      mpz_fdiv_r_2exp(n->z, n->z, (mp_bitcnt_t)bits[under(t)->kind]);
    }
    return num_const(n);
  }
  default: fatal("invalid unary constant operation %s", tok_text(op));
  }
}

/* const_shift: x must have an integer value (the checker made sure). */
Const *const_shift(const Const *x, TokKind op, unsigned s) {
  if (x->kind == CK_UNKNOWN) return const_unknown();
  Num *n = new_num(NUM_INT);
  if (!num_to_int(num_of(x), n->z)) fatal("shift of a non-integer constant");
  if (op == TK_SHL) mpz_mul_2exp(n->z, n->z, s);
  else mpz_fdiv_q_2exp(n->z, n->z, s); /* arithmetic: rounds toward -inf */
  return num_const(n);
}

/* ---- representability (types2's representableConst) ---- */

static bool int_fits(const mpz_t v, TypeKind k) {
  if (!mpz_fits_slong_p(v)) {
    /* beyond int64: only the 64-bit unsigned types, or untyped */
    if (k == T_UINT || k == T_UINT64 || k == T_UINTPTR) return mpz_sgn(v) >= 0 && bitlen(v) <= 64;
    return k == T_UNTYPED_INT || k == T_UNTYPED_RUNE;
  }
  long x = mpz_get_si(v);
  switch (k) {
  case T_INT8: return x >= INT8_MIN && x <= INT8_MAX;
  case T_INT16: return x >= INT16_MIN && x <= INT16_MAX;
  case T_INT32: return x >= INT32_MIN && x <= INT32_MAX;
  case T_UINT8: return x >= 0 && x <= UINT8_MAX;
  case T_UINT16: return x >= 0 && x <= UINT16_MAX;
  case T_UINT32: return x >= 0 && x <= UINT32_MAX;
  case T_UINT: case T_UINT64: case T_UINTPTR: return x >= 0;
  default: return true; /* int, int64, untyped */
  }
}

/* representable_value: *code is left to the caller (types2 classifies
** from the operand and target types). For an integer target, *rounded is
** the integer value even when it does not fit: conversions print it. */
bool representable_value(const Const *v, Type *t, Const **rounded, int *code) {
  Type *u = under(t);
  *code = REP_OK;
  if (rounded) *rounded = (Const *)v; /* unchanged unless converted below */
  if (v->kind == CK_UNKNOWN) return true;
  if (is_integer(u)) {
    Const *i;
    if (!const_to_int(v, &i)) return false;
    if (rounded) *rounded = i;
    return int_fits(num_of(i)->z, u->kind);
  }
  if (is_float(u)) {
    if (v->kind != CK_INT && v->kind != CK_FLOAT) return false;
    if (u->kind != T_FLOAT32 && u->kind != T_FLOAT64) return true; /* untyped float */
    double d = float_value(v, u->kind == T_FLOAT32 ? &bf_float32 : &bf_float64);
    if (isinf(d)) return false;
    if (rounded) *rounded = const_from_double(d);
    return true;
  }
  if (is_boolean(u)) return v->kind == CK_BOOL;
  if (is_string(u)) return v->kind == CK_STRING;
  return false;
}

/* ---- printing, as go/constant's String ---- */

#define LOG10_2 0.30102999566398119521373889472449302676818988146210854131

/* put_float: the float rounded to 512 bits (rtof), printed %.6g from its
** float64; out of float64's range, from its binary exponent: mant * 2^exp
** ~ m * 10^e with e = trunc(exp * log10(2)). */
static void put_float(StrBuf *sb, const Num *n) {
  Num t;
  const Num *f = lift(n, NUM_FLOAT, &t);
  double x = bf_to_ieee(&f->f, &bf_float64);
  if ((bf_sgn(&f->f) == 0) == (x == 0) && !isinf(x)) {
    sb_printf(sb, "%.6g", x);
  } else {
    int64_t exp = bf_mant_exp(&f->f);
    BigFloat mant = f->f; /* shares the mantissa: only the exponent differs */
    mant.e -= exp;
    double m = bf_to_ieee(&mant, &bf_float64); /* 0.5 <= |m| < 1 */
    double d = (double)exp * LOG10_2;
    int64_t e = (int64_t)d;
    m *= pow(10, d - (double)e);
    double am = fabs(m);
    if (am < 1 - 0.5e-6) {
      m *= 10; /* %.6g must not round m*10 up to 10 */
      e--;
    } else if (am >= 10) {
      m /= 10;
      e++;
    }
    sb_printf(sb, "%.6ge%+lld", m, (long long)e);
  }
  unlift(f, &t);
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
  case CK_STRING: put_string_const(sb, c); break;
  case CK_INT: {
    char *digits = mpz_get_str(NULL, 10, num_of(c)->z);
    sb_puts(sb, digits);
    free(digits);
    break;
  }
  case CK_FLOAT: put_float(sb, num_of(c)); break;
  default: sb_puts(sb, "unknown"); break;
  }
  return sb_str(sb);
}

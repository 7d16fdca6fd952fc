/*
** bigfloat.c -- binary floating point of any precision (big.Float's role
** in go/constant), and correct rounding to float64 and float32.
**
** Values are m * 2^e with a GMP integer m (bigfloat.h). One routine,
** round_exact, does all rounding: given an exact value (and a sticky bit
** for quotients, which are cut after prec+2 bits), it keeps prec bits,
** never letting the last kept bit go below emin (IEEE subnormals), and
** rounds to nearest even, toward zero or away from zero. Each operation
** builds its exact result and rounds it once; this is big.Float's contract
** (results are correctly rounded to the destination's precision), so the
** 512-bit results are the very bits gc computes.
**
** Additions need care when the exponents are far apart (1e646456992 + 1
** must not build a 2-billion-bit integer): once the smaller operand lies
** below every bit and midpoint that the rounding can see, only its sign
** matters, and a tiny stand-in with that sign gives the same result.
**
** big.Float's exponent is an int32 (MantExp in [MinInt32, MaxInt32]):
** results beyond overflow (the operations return false, go/constant's
** "not representable"), results below underflow to 0.
*/
#include "bigfloat.h"

#include <math.h>

#include "../base/base.h"

const BfFormat bf_float64 = {53, -1074, 1024};
const BfFormat bf_float32 = {24, -149, 128};

static int64_t bitlen(const mpz_t m) {
  return mpz_sgn(m) ? (int64_t)mpz_sizeinbase(m, 2) : 0;
}

void bf_init(BigFloat *z) {
  mpz_init(z->m);
  z->e = 0;
}

void bf_set(BigFloat *z, const BigFloat *x) {
  mpz_set(z->m, x->m);
  z->e = x->e;
}

int bf_sgn(const BigFloat *x) { return mpz_sgn(x->m); }

int64_t bf_mant_exp(const BigFloat *x) { return mpz_sgn(x->m) ? x->e + bitlen(x->m) : 0; }

void bf_neg(BigFloat *z, const BigFloat *x) {
  bf_set(z, x);
  mpz_neg(z->m, z->m);
}

/* canon moves the mantissa's trailing zero bits into the exponent. */
static void canon(BigFloat *z) {
  if (!mpz_sgn(z->m)) {
    z->e = 0;
    return;
  }
  mp_bitcnt_t tz = mpz_scan1(z->m, 0);
  if (tz) {
    mpz_tdiv_q_2exp(z->m, z->m, tz);
    z->e += (int64_t)tz;
  }
}

/* round_exact rounds the exact value in z (plus, if sticky, nonzero bits
** below its last bit) to prec bits whose last bit is at 2^emin or above. */
static void round_exact(BigFloat *z, bool sticky, unsigned prec, BfMode mode, int64_t emin) {
  int sgn = mpz_sgn(z->m);
  if (!sgn) {
    z->e = 0;
    return;
  }
  int64_t last = z->e + bitlen(z->m) - (int64_t)prec; /* exponent of the last kept bit */
  if (last < emin) last = emin;
  if (last <= z->e) {
    if (!sticky) {
      canon(z);
      return;
    }
    /* room for a rounding bit under the last kept one */
    mpz_mul_2exp(z->m, z->m, (mp_bitcnt_t)(z->e - last + 1));
    z->e = last - 1;
  }
  mp_bitcnt_t shift = (mp_bitcnt_t)(last - z->e);
  mpz_abs(z->m, z->m);
  bool half = mpz_tstbit(z->m, shift - 1);
  bool rest = sticky || mpz_scan1(z->m, 0) < shift - 1;
  mpz_tdiv_q_2exp(z->m, z->m, shift);
  bool up = mode == BF_NEAREST_EVEN ? half && (rest || mpz_odd_p(z->m))
                                    : mode == BF_AWAY_FROM_ZERO && (half || rest);
  if (up) mpz_add_ui(z->m, z->m, 1);
  if (sgn < 0) mpz_neg(z->m, z->m);
  z->e = last;
  canon(z);
}

/* finish rounds an exact result to prec bits in big.Float's exponent range. */
static bool finish(BigFloat *z, bool sticky, unsigned prec) {
  round_exact(z, sticky, prec, BF_NEAREST_EVEN, INT64_MIN);
  int64_t x = bf_mant_exp(z);
  if (x > INT32_MAX) return false;
  if (x < INT32_MIN) {
    mpz_set_ui(z->m, 0);
    z->e = 0;
  }
  return true;
}

/* set_quotient sets z to n/d * 2^e cut to at least prec+1 bits; returns
** whether the cut dropped nonzero bits (the sticky bit). */
static bool set_quotient(BigFloat *z, const mpz_t n, const mpz_t d, int64_t e, unsigned prec) {
  if (!mpz_sgn(d)) fatal("division by zero");
  if (!mpz_sgn(n)) {
    mpz_set_ui(z->m, 0);
    z->e = 0;
    return false;
  }
  bool neg = mpz_sgn(n) != mpz_sgn(d);
  mpz_t a, b, r;
  mpz_inits(a, b, r, NULL);
  mpz_abs(a, n);
  mpz_abs(b, d);
  int64_t k = (int64_t)prec + 2 - (bitlen(a) - bitlen(b));
  if (k > 0) mpz_mul_2exp(a, a, (mp_bitcnt_t)k);
  else if (k < 0) mpz_mul_2exp(b, b, (mp_bitcnt_t)-k);
  mpz_tdiv_qr(z->m, r, a, b);
  if (neg) mpz_neg(z->m, z->m);
  z->e = e - k;
  bool sticky = mpz_sgn(r) != 0;
  mpz_clears(a, b, r, NULL);
  return sticky;
}

bool bf_set_mpz(BigFloat *z, const mpz_t x, unsigned prec) {
  mpz_set(z->m, x);
  z->e = 0;
  return finish(z, false, prec);
}

bool bf_set_frac(BigFloat *z, const mpz_t num, const mpz_t den, unsigned prec) {
  bool sticky = set_quotient(z, num, den, 0, prec);
  return finish(z, sticky, prec);
}

bool bf_mul(BigFloat *z, const BigFloat *x, const BigFloat *y, unsigned prec) {
  int64_t e = x->e + y->e;
  mpz_mul(z->m, x->m, y->m);
  z->e = e;
  return finish(z, false, prec);
}

bool bf_quo(BigFloat *z, const BigFloat *x, const BigFloat *y, unsigned prec) {
  bool sticky = set_quotient(z, x->m, y->m, x->e - y->e, prec);
  return finish(z, sticky, prec);
}

/* add_signed: z = x + y, or x - y when neg_y. */
static bool add_signed(BigFloat *z, const BigFloat *x, const BigFloat *y, bool neg_y, unsigned prec) {
  mpz_t a, b;
  mpz_inits(a, b, NULL);
  mpz_set(a, x->m);
  mpz_set(b, y->m);
  if (neg_y) mpz_neg(b, b);
  int64_t ea = x->e, eb = y->e;
  if (!mpz_sgn(b)) eb = ea; /* a zero has no position: no alignment */
  else if (!mpz_sgn(a)) ea = eb;
  else {
    /* make a the operand of larger magnitude */
    int64_t ta = ea + bitlen(a), tb = eb + bitlen(b);
    if (tb > ta) {
      mpz_swap(a, b);
      int64_t t = ea;
      ea = eb, eb = t, ta = tb;
      tb = eb + bitlen(b);
    }
    /* below 2^floor, b cannot move the sum across a rounding boundary:
    ** replace it by half that, with its sign */
    int64_t floor = ta - (int64_t)prec - 2 < ea ? ta - (int64_t)prec - 2 : ea;
    if (tb < floor) {
      mpz_set_si(b, mpz_sgn(b));
      eb = floor - 1;
    }
  }
  int64_t lo = ea < eb ? ea : eb;
  mpz_mul_2exp(a, a, (mp_bitcnt_t)(ea - lo));
  mpz_mul_2exp(b, b, (mp_bitcnt_t)(eb - lo));
  mpz_add(z->m, a, b);
  z->e = lo;
  mpz_clears(a, b, NULL);
  return finish(z, false, prec);
}

bool bf_add(BigFloat *z, const BigFloat *x, const BigFloat *y, unsigned prec) {
  return add_signed(z, x, y, false, prec);
}

bool bf_sub(BigFloat *z, const BigFloat *x, const BigFloat *y, unsigned prec) {
  return add_signed(z, x, y, true, prec);
}

int bf_cmp(const BigFloat *x, const BigFloat *y) {
  int sx = mpz_sgn(x->m), sy = mpz_sgn(y->m);
  if (sx != sy) return sx < sy ? -1 : 1;
  if (!sx) return 0;
  int64_t ex = bf_mant_exp(x), ey = bf_mant_exp(y);
  if (ex != ey) return (ex < ey) == (sx > 0) ? -1 : 1;
  /* same magnitude range: the exponents differ by less than the lengths */
  mpz_t a, b;
  mpz_inits(a, b, NULL);
  int64_t lo = x->e < y->e ? x->e : y->e;
  mpz_mul_2exp(a, x->m, (mp_bitcnt_t)(x->e - lo));
  mpz_mul_2exp(b, y->m, (mp_bitcnt_t)(y->e - lo));
  int c = mpz_cmp(a, b);
  mpz_clears(a, b, NULL);
  return (c > 0) - (c < 0);
}

/* pow5 is big.Float's pow5 at precision prec: 5^n exactly up to 5^27 (the
** largest in a uint64), beyond that 5^27 times the rounded squarings of 5. */
static bool pow5(BigFloat *z, uint64_t n, unsigned prec) {
  const uint64_t exact = 27;
  mpz_ui_pow_ui(z->m, 5, n < exact ? n : exact);
  z->e = 0;
  if (n <= exact) return true;
  n -= exact;
  BigFloat f;
  bf_init(&f);
  mpz_set_ui(f.m, 5);
  bool ok = true;
  while (ok && n > 0) {
    if (n & 1) ok = bf_mul(z, z, &f, prec);
    n >>= 1;
    if (ok && n > 0) ok = bf_mul(&f, &f, &f, prec);
  }
  mpz_clear(f.m);
  return ok;
}

bool bf_scan(BigFloat *z, const mpz_t M, int64_t exp2, int64_t exp5, unsigned prec) {
  if (!mpz_sgn(M)) {
    mpz_set_ui(z->m, 0);
    z->e = 0;
    return true;
  }
  int64_t mexp = bitlen(M) + exp2;
  if (mexp < INT32_MIN || mexp > INT32_MAX) return false;
  mpz_set(z->m, M); /* unrounded: big.Float rounds only the final product */
  z->e = exp2;
  if (exp5 == 0) return finish(z, false, prec);
  BigFloat p;
  bf_init(&p);
  bool ok = pow5(&p, (uint64_t)(exp5 < 0 ? -exp5 : exp5), prec + 64);
  if (ok) {
    ok = exp5 < 0 ? bf_quo(z, z, &p, prec) : bf_mul(z, z, &p, prec);
  } else if (exp5 < 0) { /* divided by an infinite power of 5: 0 */
    mpz_set_ui(z->m, 0);
    z->e = 0;
    ok = true;
  }
  mpz_clear(p.m);
  return ok;
}

void bf_round_mode(BigFloat *z, const BigFloat *x, unsigned prec, BfMode mode) {
  bf_set(z, x);
  round_exact(z, false, prec, mode, INT64_MIN);
}

bool bf_get_mpz(const BigFloat *x, mpz_t out) {
  if (x->e < 0 && mpz_sgn(x->m) && mpz_scan1(x->m, 0) < (mp_bitcnt_t)-x->e) return false;
  if (x->e >= 0) mpz_mul_2exp(out, x->m, (mp_bitcnt_t)x->e);
  else mpz_tdiv_q_2exp(out, x->m, (mp_bitcnt_t)-x->e);
  return true;
}

/* to_ieee rounds t in place to format f and returns its double. */
static double to_ieee(BigFloat *t, bool sticky, const BfFormat *f) {
  int sgn = mpz_sgn(t->m);
  round_exact(t, sticky, f->prec, BF_NEAREST_EVEN, f->emin);
  if (!mpz_sgn(t->m)) return sgn < 0 ? -0.0 : 0.0; /* the sign survives underflow */
  if (bf_mant_exp(t) > f->emax) return sgn < 0 ? -INFINITY : INFINITY;
  return ldexp(mpz_get_d(t->m), (int)t->e); /* exact: at most prec bits */
}

double bf_to_ieee(const BigFloat *x, const BfFormat *f) {
  BigFloat t;
  bf_init(&t);
  bf_set(&t, x);
  double d = to_ieee(&t, false, f);
  mpz_clear(t.m);
  return d;
}

double bf_frac_to_ieee(const mpz_t num, const mpz_t den, const BfFormat *f) {
  BigFloat t;
  bf_init(&t);
  bool sticky = set_quotient(&t, num, den, 0, f->prec);
  double d = to_ieee(&t, sticky, f);
  mpz_clear(t.m);
  return d;
}

/*
** bigfloat.h -- binary floating point of any precision, correctly rounded
** (private to types/; the part of math/big.Float that go/constant uses).
**
** A BigFloat is the exact value m * 2^e, m a GMP integer carrying the sign.
** It is kept canonical: m odd, or m == 0 and e == 0, so equal values have
** equal representations. Every operation computes its exact result (a
** quotient: enough bits plus a sticky bit) and rounds it once, which is
** big.Float's contract: results are bit for bit those of gc's 512-bit
** constants. Rounding to float64/float32 uses the same routine with the
** format's precision and smallest exponent (subnormals).
*/
#ifndef SUBGO_TYPES_BIGFLOAT_H
#define SUBGO_TYPES_BIGFLOAT_H

#include <gmp.h>
#include <stdbool.h>
#include <stdint.h>

typedef struct BigFloat {
  mpz_t m;   /* signed mantissa: odd, or 0 */
  int64_t e; /* value = m * 2^e */
} BigFloat;

typedef enum BfMode { BF_NEAREST_EVEN, BF_TO_ZERO, BF_AWAY_FROM_ZERO } BfMode;

/* An IEEE binary format: prec mantissa bits, emin the exponent of the
** last mantissa bit of the smallest subnormal, values below 2^emax. */
typedef struct BfFormat {
  unsigned prec;
  int64_t emin, emax;
} BfFormat;

extern const BfFormat bf_float64, bf_float32;

void bf_init(BigFloat *z); /* z = 0 */
void bf_set(BigFloat *z, const BigFloat *x);
int bf_sgn(const BigFloat *x);
/* bf_mant_exp is big.Float's MantExp: x = mant * 2^exp, 0.5 <= |mant| < 1
** (0 for x == 0). */
int64_t bf_mant_exp(const BigFloat *x);

/* The operations round to prec bits, nearest even, and keep big.Float's
** exponent range (MantExp within int32: beyond, they return false for an
** overflow, and an underflow gives 0). z may be an operand. */
bool bf_set_mpz(BigFloat *z, const mpz_t x, unsigned prec);
bool bf_set_frac(BigFloat *z, const mpz_t num, const mpz_t den, unsigned prec);
bool bf_add(BigFloat *z, const BigFloat *x, const BigFloat *y, unsigned prec);
bool bf_sub(BigFloat *z, const BigFloat *x, const BigFloat *y, unsigned prec);
bool bf_mul(BigFloat *z, const BigFloat *x, const BigFloat *y, unsigned prec);
bool bf_quo(BigFloat *z, const BigFloat *x, const BigFloat *y, unsigned prec);
void bf_neg(BigFloat *z, const BigFloat *x);
int bf_cmp(const BigFloat *x, const BigFloat *y);

/* bf_scan is big.Float's SetString after the digits were read: the value
** M * 2^exp2 * 5^exp5, computed as big.Float does (5^|exp5| at prec+64 bits
** by repeated squaring, then one multiplication or division), so literals
** too large for fractions get gc's exact bits (a power of 5 that overflows
** makes a quotient 0). false: exponent overflow. */
bool bf_scan(BigFloat *z, const mpz_t M, int64_t exp2, int64_t exp5, unsigned prec);

/* bf_round_mode rounds x to prec bits in the given mode (no exponent
** limit): go/constant's ToInt tries 508-bit roundings down and up. */
void bf_round_mode(BigFloat *z, const BigFloat *x, unsigned prec, BfMode mode);
/* bf_get_mpz: x's value if x is an integer. */
bool bf_get_mpz(const BigFloat *x, mpz_t out);

/* Correctly rounded (nearest even) conversions to an IEEE format, ±Inf
** beyond its range, as big.Float.Float64/Float32 and big.Rat.Float64/
** Float32 do. */
double bf_to_ieee(const BigFloat *x, const BfFormat *f);
double bf_frac_to_ieee(const mpz_t num, const mpz_t den, const BfFormat *f);

#endif

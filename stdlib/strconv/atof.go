// atof.go -- ParseFloat: syntax check (decimal or hexadecimal mantissa,
// exponent, underscores, Inf/NaN spellings), then correctly rounded
// conversion: a decimal literal through the exact decimal type (scale by
// powers of two into [0.5, 1), take mantbits+1 bits, round half to even);
// a hexadecimal one by shifting its bits into place with sticky rounding.
package strconv

import "math"

// atofExact converts s, a well-formed decimal ("123.45e-6") or hexadecimal
// ("0x1.8p3") literal with optional sign and no underscores, to the
// nearest float64 (float32 when bitSize is 32); overflow gives ±Inf.
func atofExact(s string, bitSize int) float64 {
	flt := &float64info
	if bitSize == 32 {
		flt = &float32info
	}
	neg := false
	if s[0] == '+' || s[0] == '-' {
		neg = s[0] == '-'
		s = s[1:]
	}
	var b uint64
	if len(s) > 2 && s[0] == '0' && lower(s[1]) == 'x' {
		b = hexBits(s[2:], flt, neg)
	} else {
		var d decimal
		d.setLiteral(s)
		d.neg = neg
		b = d.floatBits(flt)
	}
	if flt == &float32info {
		return float64(math.Float32frombits(uint32(b)))
	}
	return math.Float64frombits(b)
}

// setLiteral sets d from an unsigned decimal literal (digits, optional
// point, optional exponent), known to be well-formed.
func (d *decimal) setLiteral(s string) {
	i := 0
	sawdot := false
	for ; i < len(s); i++ {
		c := s[i]
		if c == '.' {
			sawdot = true
			continue
		}
		if c < '0' || c > '9' {
			break
		}
		if c == '0' && d.nd == 0 {
			// A leading zero: after the point it moves the point left.
			if sawdot {
				d.dp--
			}
			continue
		}
		if !sawdot {
			d.dp++
		}
		if d.nd < len(d.d) {
			d.d[d.nd] = c
			d.nd++
		} else if c != '0' {
			d.trunc = true
		}
	}
	if i < len(s) && lower(s[i]) == 'e' {
		i++
		esign := 1
		if s[i] == '+' || s[i] == '-' {
			if s[i] == '-' {
				esign = -1
			}
			i++
		}
		e := 0
		for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
			if e < 10000 {
				e = e*10 + int(s[i]) - '0'
			}
		}
		d.dp += e * esign
	}
	d.trim()
}

// powtab[n] is a shift by which a decimal with dp = n can safely be
// divided (or multiplied) by 2 without leaving [0.5, 1)'s neighbourhood
// too fast: 2**powtab[n] < 10**n.
var powtab = []int{1, 3, 6, 9, 13, 16, 19, 23, 26}

// floatBits returns the bits of the float nearest to d.
func (d *decimal) floatBits(flt *floatInfo) uint64 {
	var exp int
	var mant uint64
	maxExp := 1<<flt.expbits - 1
	switch {
	case d.nd == 0 || d.dp < -330:
		exp = flt.bias // zero (or below the smallest subnormal)
	case d.dp > 310:
		mant, exp = 0, maxExp+flt.bias // infinity
	default:
		// Scale by powers of two into [0.5, 1).
		for d.dp > 0 {
			n := 27
			if d.dp < len(powtab) {
				n = powtab[d.dp]
			}
			d.shift(-n)
			exp += n
		}
		for d.dp < 0 || d.dp == 0 && d.d[0] < '5' {
			n := 27
			if -d.dp < len(powtab) {
				n = powtab[-d.dp]
			}
			d.shift(n)
			exp -= n
		}
		exp-- // [0.5, 1) -> [1, 2)
		// Below the smallest normal exponent: denormalise.
		if exp < flt.bias+1 {
			n := flt.bias + 1 - exp
			d.shift(-n)
			exp += n
		}
		if exp-flt.bias >= maxExp {
			mant, exp = 0, maxExp+flt.bias
			break
		}
		d.shift(int(1 + flt.mantbits))
		mant = d.roundedInteger()
		if mant == 2<<flt.mantbits { // rounding carried into a new bit
			mant >>= 1
			exp++
			if exp-flt.bias >= maxExp {
				mant, exp = 0, maxExp+flt.bias
				break
			}
		}
		if mant&(1<<flt.mantbits) == 0 {
			exp = flt.bias // subnormal
		}
	}
	b := mant & (1<<flt.mantbits - 1)
	b |= uint64((exp-flt.bias)&maxExp) << flt.mantbits
	if d.neg {
		b |= 1 << flt.mantbits << flt.expbits
	}
	return b
}

// hexBits returns the bits of the float nearest to the hexadecimal literal
// s (after "0x": hex digits, optional point, 'p' and a decimal exponent).
func hexBits(s string, flt *floatInfo, neg bool) uint64 {
	var mant uint64
	exp := 0
	sticky := false // nonzero bits dropped from mant
	i := 0
	sawdot := false
	for ; i < len(s); i++ {
		c := lower(s[i])
		if s[i] == '.' {
			sawdot = true
			continue
		}
		var v uint64
		switch {
		case '0' <= s[i] && s[i] <= '9':
			v = uint64(s[i] - '0')
		case 'a' <= c && c <= 'f':
			v = uint64(c-'a') + 10
		default:
			goto exponent
		}
		if mant>>60 == 0 {
			mant = mant<<4 | v
			if sawdot {
				exp -= 4
			}
		} else {
			sticky = sticky || v != 0
			if !sawdot {
				exp += 4
			}
		}
	}
exponent:
	if i < len(s) && lower(s[i]) == 'p' {
		i++
		esign := 1
		if s[i] == '+' || s[i] == '-' {
			if s[i] == '-' {
				esign = -1
			}
			i++
		}
		e := 0
		for ; i < len(s); i++ {
			if e < 10000 {
				e = e*10 + int(s[i]) - '0'
			}
		}
		exp += e * esign
	}

	// value = mant × 2**exp. Normalise mant to mantbits+3 bits: the
	// leading 1, mantbits bits, then a guard bit and a sticky bit.
	maxExp := 1<<flt.expbits + flt.bias - 2
	minExp := flt.bias + 1
	exp += int(flt.mantbits)
	for mant != 0 && mant>>(flt.mantbits+2) == 0 {
		mant <<= 1
		exp--
	}
	if sticky {
		mant |= 1
	}
	for mant>>(1+flt.mantbits+2) != 0 {
		mant = mant>>1 | mant&1
		exp++
	}
	// Too small: denormalise, keeping the sticky bit.
	for mant > 1 && exp < minExp-2 {
		mant = mant>>1 | mant&1
		exp++
	}
	// Round half to even on the two extra bits.
	rnd := mant & 3
	mant >>= 2
	rnd |= mant & 1
	exp += 2
	if rnd == 3 {
		mant++
		if mant == 1<<(1+flt.mantbits) {
			mant >>= 1
			exp++
		}
	}
	if mant>>flt.mantbits == 0 {
		exp = flt.bias // subnormal or zero
	}
	if exp > maxExp { // infinity
		mant = 1 << flt.mantbits
		exp = maxExp + 1
	}
	b := mant & (1<<flt.mantbits - 1)
	b |= uint64((exp-flt.bias)&(1<<flt.expbits-1)) << flt.mantbits
	if neg {
		b |= 1 << flt.mantbits << flt.expbits
	}
	return b
}

func commonPrefixLenIgnoreCase(s, prefix string) int {
	n := len(prefix)
	if n > len(s) {
		n = len(s)
	}
	for i := 0; i < n; i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return i
		}
	}
	return n
}

// special parses "inf", "infinity" (with optional sign) and "nan",
// ignoring case, returning how many bytes it consumed.
func special(s string) (f float64, n int, ok bool) {
	if len(s) == 0 {
		return 0, 0, false
	}
	sign, nsign := 1, 0
	switch s[0] {
	case '+', '-':
		if s[0] == '-' {
			sign = -1
		}
		nsign = 1
		s = s[1:]
		fallthrough
	case 'i', 'I':
		n := commonPrefixLenIgnoreCase(s, "infinity")
		if 3 < n && n < 8 {
			n = 3
		}
		if n == 3 || n == 8 {
			return math.Inf(sign), nsign + n, true
		}
	case 'n', 'N':
		if commonPrefixLenIgnoreCase(s, "nan") == 3 {
			return math.NaN(), 3, true
		}
	}
	return 0, 0, false
}

// scanFloat reports the length of the longest prefix of s that is a
// floating-point literal, and the literal with underscores removed.
func scanFloat(s string) (n int, clean string, ok bool) {
	i := 0
	buf := make([]byte, 0, len(s))
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		buf = append(buf, s[i])
		i++
	}
	base := 10
	if i+2 < len(s) && s[i] == '0' && lower(s[i+1]) == 'x' {
		base = 16
		buf = append(buf, '0', 'x')
		i += 2
	}
	underscores, sawdot, sawdigits := false, false, false
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '_':
			underscores = true
			continue
		case c == '.':
			if sawdot {
				break
			}
			sawdot = true
			buf = append(buf, c)
			continue
		case '0' <= c && c <= '9', base == 16 && 'a' <= lower(c) && lower(c) <= 'f':
			sawdigits = true
			buf = append(buf, c)
			continue
		}
		break
	}
	if !sawdigits {
		return
	}
	if base == 10 && i < len(s) && lower(s[i]) == 'e' || base == 16 && i < len(s) && lower(s[i]) == 'p' {
		buf = append(buf, s[i])
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			buf = append(buf, s[i])
			i++
		}
		if i >= len(s) || s[i] < '0' || s[i] > '9' {
			return
		}
		for ; i < len(s) && ('0' <= s[i] && s[i] <= '9' || s[i] == '_'); i++ {
			if s[i] == '_' {
				underscores = true
				continue
			}
			buf = append(buf, s[i])
		}
	} else if base == 16 {
		return // hexadecimal mantissa requires a 'p' exponent
	}
	if underscores && !underscoreOK(s[:i]) {
		return
	}
	return i, string(buf), true
}

// ParseFloat converts the string s to a floating-point number with the
// precision specified by bitSize: 32 for float32, or 64 for float64.
func ParseFloat(s string, bitSize int) (float64, error) {
	f, n, err := parseFloatPrefix(s, bitSize)
	if n != len(s) && (err == nil || err.(*NumError).Err != ErrSyntax) {
		return 0, syntaxError("ParseFloat", s)
	}
	return f, err
}

func parseFloatPrefix(s string, bitSize int) (float64, int, error) {
	if val, n, ok := special(s); ok {
		return val, n, nil
	}
	n, clean, ok := scanFloat(s)
	if !ok {
		return 0, n, syntaxError("ParseFloat", s)
	}
	if bitSize != 32 {
		bitSize = 64
	}
	f := atofExact(clean, bitSize)
	if math.IsInf(f, 0) {
		return f, n, rangeError("ParseFloat", s)
	}
	return f, n, nil
}

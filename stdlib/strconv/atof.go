// atof.go -- ParseFloat. Go checks the syntax (decimal or hexadecimal
// mantissa, exponent, underscores, Inf/NaN spellings); the native
// atofExact does the correctly rounded conversion of the checked text.
package strconv

import "math"

// atofExact converts s, a well-formed decimal ("123.45e-6") or hexadecimal
// ("0x1.8p3") floating-point literal with optional sign and no
// underscores, to the nearest float64, or float32 when bitSize is 32 (C
// strtod/strtof, round to nearest even). Overflow gives ±Inf, underflow ±0.
func atofExact(s string, bitSize int) float64

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

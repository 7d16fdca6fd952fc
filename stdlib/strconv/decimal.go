// decimal.go -- an exact decimal number of up to 800 digits, the tool for
// converting between binary floating point and decimal without error:
// shifting by powers of two is exact digit arithmetic, and rounding looks
// at the digits themselves (half to even, with a flag for digits lost past
// the 800th). This is the classic multiprecision method Go falls back on;
// subgo uses it for everything (slower than Ryu and Eisel-Lemire, same
// results: both produce the correctly rounded or shortest answer).
package strconv

type decimal struct {
	d     [800]byte // digits, most significant first
	nd    int       // number of digits used
	dp    int       // decimal point: value = 0.d[0]d[1]... × 10**dp
	neg   bool
	trunc bool // nonzero digits were dropped beyond d[nd-1]
}

// trim removes trailing zeros.
func (a *decimal) trim() {
	for a.nd > 0 && a.d[a.nd-1] == '0' {
		a.nd--
	}
	if a.nd == 0 {
		a.dp = 0
	}
}

// assign sets a to the unsigned integer v.
func (a *decimal) assign(v uint64) {
	var buf [24]byte
	n := 0
	for v > 0 {
		buf[n] = byte(v%10) + '0'
		v /= 10
		n++
	}
	a.nd = 0
	for n--; n >= 0; n-- {
		a.d[a.nd] = buf[n]
		a.nd++
	}
	a.dp = a.nd
	a.trim()
}

// maxShift is the largest shift rightShift/leftShift handle at once (the
// running value must not overflow a uint).
const maxShift = intSize - 4

// rightShift divides a by 2**k, 1 <= k <= maxShift.
func (a *decimal) rightShift(k uint) {
	r := 0 // read index
	w := 0 // write index
	var n uint
	// Read digits until the running value reaches 2**k (or run out).
	for ; n>>k == 0; r++ {
		if r >= a.nd {
			if n == 0 {
				a.nd = 0 // a was zero
				return
			}
			for n>>k == 0 {
				n *= 10
				r++
			}
			break
		}
		n = n*10 + uint(a.d[r]-'0')
	}
	a.dp -= r - 1
	mask := uint(1)<<k - 1
	// Long division: emit a quotient digit per digit read.
	for ; r < a.nd; r++ {
		c := uint(a.d[r] - '0')
		dig := n >> k
		n &= mask
		a.d[w] = byte(dig + '0')
		w++
		n = n*10 + c
	}
	// Remaining remainder digits.
	for n > 0 {
		dig := n >> k
		n &= mask
		if w < len(a.d) {
			a.d[w] = byte(dig + '0')
			w++
		} else if dig > 0 {
			a.trunc = true
		}
		n *= 10
	}
	a.nd = w
	a.trim()
}

// leftShift multiplies a by 2**k, 1 <= k <= maxShift.
func (a *decimal) leftShift(k uint) {
	// Multiply from the least significant digit into a scratch buffer
	// filled from its end; at most 20 new digits appear.
	var buf [len(a.d) + 20]byte
	w := len(buf)
	var n uint
	for r := a.nd - 1; r >= 0; r-- {
		n += uint(a.d[r]-'0') << k
		q := n / 10
		w--
		buf[w] = byte(n-10*q) + '0'
		n = q
	}
	for n > 0 {
		q := n / 10
		w--
		buf[w] = byte(n-10*q) + '0'
		n = q
	}
	digits := buf[w:]
	a.dp += len(digits) - a.nd
	if len(digits) > len(a.d) {
		for _, c := range digits[len(a.d):] {
			if c != '0' {
				a.trunc = true
			}
		}
		digits = digits[:len(a.d)]
	}
	a.nd = copy(a.d[:], digits)
	a.trim()
}

// shift multiplies a by 2**k (divides, for negative k).
func (a *decimal) shift(k int) {
	switch {
	case a.nd == 0:
	case k > 0:
		for k > maxShift {
			a.leftShift(maxShift)
			k -= maxShift
		}
		a.leftShift(uint(k))
	case k < 0:
		for k < -maxShift {
			a.rightShift(maxShift)
			k += maxShift
		}
		a.rightShift(uint(-k))
	}
}

// shouldRoundUp reports whether keeping nd digits should round up: the
// next digit is above 5, or exactly 5 and either something nonzero follows
// (or was truncated) or the kept number is odd.
func (a *decimal) shouldRoundUp(nd int) bool {
	if a.d[nd] == '5' && nd+1 == a.nd {
		if a.trunc {
			return true
		}
		return nd > 0 && (a.d[nd-1]-'0')%2 == 1
	}
	return a.d[nd] >= '5'
}

// round keeps nd digits, rounding to nearest (ties to even). Nothing
// happens if nd < 0 or nd >= a.nd.
func (a *decimal) round(nd int) {
	if nd < 0 || nd >= a.nd {
		return
	}
	if a.shouldRoundUp(nd) {
		a.roundUp(nd)
	} else {
		a.roundDown(nd)
	}
}

// roundDown truncates to nd digits.
func (a *decimal) roundDown(nd int) {
	if nd < 0 || nd >= a.nd {
		return
	}
	a.nd = nd
	a.trim()
}

// roundUp truncates to nd digits and adds one unit in the last place.
func (a *decimal) roundUp(nd int) {
	if nd < 0 || nd >= a.nd {
		return
	}
	for i := nd - 1; i >= 0; i-- {
		if a.d[i] < '9' {
			a.d[i]++
			a.nd = i + 1
			return
		}
	}
	// All nines: 99.9 becomes 100.
	a.d[0] = '1'
	a.nd = 1
	a.dp++
}

// roundedInteger returns a rounded to the nearest integer (ties to even);
// all ones if it does not fit.
func (a *decimal) roundedInteger() uint64 {
	if a.dp > 20 {
		return 0xFFFFFFFFFFFFFFFF
	}
	var n uint64
	i := 0
	for ; i < a.dp && i < a.nd; i++ {
		n = n*10 + uint64(a.d[i]-'0')
	}
	for ; i < a.dp; i++ {
		n *= 10
	}
	if a.dp >= 0 && a.dp < a.nd && a.shouldRoundUp(a.dp) {
		n++
	}
	return n
}

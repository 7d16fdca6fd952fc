// shortest.go -- the digits of a float: exact (decimal of mant × 2**exp),
// rounded to a precision, or the shortest digit string that still reads
// back as the same float (the decimal is cut as soon as its digits leave
// the interval halfway to the neighbouring floats, rounding to the nearest
// candidate).
package strconv

// floatInfo describes a binary floating-point format.
type floatInfo struct {
	mantbits uint
	expbits  uint
	bias     int
}

var float32info = floatInfo{23, 8, -127}
var float64info = floatInfo{52, 11, -1023}

// exactDecimal sets d to mant × 2**(exp - mantbits).
func exactDecimal(d *decimal, mant uint64, exp int, flt *floatInfo) {
	d.assign(mant)
	d.shift(exp - int(flt.mantbits))
}

// roundShortest rounds d (the exact value of mant × 2**(exp-mantbits)) to
// the fewest digits that identify the float uniquely.
func roundShortest(d *decimal, mant uint64, exp int, flt *floatInfo) {
	if mant == 0 {
		d.nd = 0
		return
	}
	// Already shortest when the next shorter decimal (10**(dp-nd) away) is
	// farther than the distance to a neighbour (2**(exp-mantbits)):
	// log2(10) > 3.32.
	minexp := flt.bias + 1
	if exp > minexp && 332*(d.dp-d.nd) >= 100*(exp-int(flt.mantbits)) {
		return
	}

	// upper: halfway to the next float up, (2*mant+1) × 2**(exp-mantbits-1).
	upper := new(decimal)
	upper.assign(mant*2 + 1)
	upper.shift(exp - int(flt.mantbits) - 1)

	// lower: halfway to the next float down, which is closer when mant is
	// a power of two (the exponent drops), except at the minimum exponent.
	var mantlo uint64
	var explo int
	if mant > 1<<flt.mantbits || exp == minexp {
		mantlo = mant - 1
		explo = exp
	} else {
		mantlo = mant*2 - 1
		explo = exp - 1
	}
	lower := new(decimal)
	lower.assign(mantlo*2 + 1)
	lower.shift(explo - int(flt.mantbits) - 1)

	// The halfway points themselves read back as this float only if mant
	// is even (round half to even).
	inclusive := mant%2 == 0

	// Walk the digits of upper, d and lower aligned on the decimal point
	// (upper has the most integer digits). upGap records how far d is
	// below upper so far: 0 equal digits, 1 one unit apart (followed by
	// d's 9s against upper's 0s), 2 more than one unit.
	var upGap uint8
	for ui := 0; ; ui++ {
		mi := ui - upper.dp + d.dp
		if mi >= d.nd {
			break
		}
		li := ui - upper.dp + lower.dp
		l := byte('0')
		if li >= 0 && li < lower.nd {
			l = lower.d[li]
		}
		m := byte('0')
		if mi >= 0 {
			m = d.d[mi]
		}
		u := byte('0')
		if ui < upper.nd {
			u = upper.d[ui]
		}

		// Truncating here stays above lower if lower differs here, or if
		// lower ends here and is itself acceptable.
		okDown := l != m || inclusive && li+1 == lower.nd

		switch {
		case upGap == 0 && m+1 < u:
			upGap = 2
		case upGap == 0 && m != u:
			upGap = 1
		case upGap == 1 && (m != '9' || u != '0'):
			upGap = 2
		}
		// Rounding up here stays below upper if upper is at least two
		// units away, or one unit and either acceptable or not ending here.
		okUp := upGap > 0 && (inclusive || upGap > 1 || ui+1 < upper.nd)

		switch {
		case okDown && okUp:
			d.round(mi + 1)
			return
		case okDown:
			d.roundDown(mi + 1)
			return
		case okUp:
			d.roundUp(mi + 1)
			return
		}
	}
}

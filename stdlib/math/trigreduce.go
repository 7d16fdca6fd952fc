// trigreduce.go -- Payne-Hanek reduction of huge arguments: multiply x's
// 53-bit mantissa by the bits of 4/π that matter for its exponent (192 of
// them, as three 64-bit words), keeping 3 integer bits (the octant) and
// the fraction, which becomes z.
package math

import "math/bits"

// fourOverPi holds 4/π in binary, most significant word first: one integer
// word (1) and 19 words of fraction. (Computed with math/big from a
// Machin-formula π; the table is a mathematical constant.)
var fourOverPi = [20]uint64{
	0x0000000000000001,
	0x45f306dc9c882a53,
	0xf84eafa3ea69bb81,
	0xb6c52b3278872083,
	0xfca2c757bd778ac3,
	0x6e48dc74849ba5c0,
	0x0c925dd413a32439,
	0xfc3bd63962534e7d,
	0xd1046bea5d768909,
	0xd338e04d68befc82,
	0x7323ac7306a673e9,
	0x3908bf177bf25076,
	0x3ff12fffbc0b301f,
	0xde5e2316b414da3e,
	0xda6cfd9e4f96136e,
	0x9e8c7ecd3cbfd45a,
	0xea4f758fd7cbe2f6,
	0x7a0e73ef14a525d4,
	0xd7f6bf623f1aba10,
	0xac06608df8f6d757,
}

// payneHanek returns the octant and reduced argument of x >= π/4 (used for
// x >= reduceThreshold), in the same form as reduce.
func payneHanek(x float64) (j uint64, z float64) {
	const pio4 = Pi / 4
	if x < pio4 {
		return 0, x
	}
	// x = m * 2**e with m the 53-bit integer mantissa.
	xb := Float64bits(x)
	e := int(xb>>shift&mask) - bias - shift
	m := xb&(1<<shift-1) | 1<<shift

	// The product's integer part below 8 only needs the bits of 4/π from
	// 2**-(e+61) on: pick the three words starting there.
	w, off := uint(e+61)/64, uint(e+61)%64
	a0 := (fourOverPi[w] << off) | (fourOverPi[w+1] >> (64 - off))
	a1 := (fourOverPi[w+1] << off) | (fourOverPi[w+2] >> (64 - off))
	a2 := (fourOverPi[w+2] << off) | (fourOverPi[w+3] >> (64 - off))

	// 192-bit product, keeping the top 128 bits (hi:lo).
	p2hi, _ := bits.Mul64(a2, m)
	p1hi, p1lo := bits.Mul64(a1, m)
	p0lo := a0 * m
	lo, carry := bits.Add64(p1lo, p2hi, 0)
	hi, _ := bits.Add64(p0lo, p1hi, carry)

	// Top 3 bits: octant; the rest: fraction, normalised into a float64.
	j = hi >> 61
	hi = hi<<3 | lo>>61
	lz := uint(bits.LeadingZeros64(hi))
	exp := uint64(bias - (lz + 1))
	hi = (hi << (lz + 1)) | (lo >> (64 - (lz + 1)))
	hi >>= 64 - shift
	hi |= exp << shift
	z = Float64frombits(hi)
	// Odd octant: move to the next one, the fraction becomes z - 1.
	if j&1 == 1 {
		j++
		j &= 7
		z--
	}
	return j, z * pio4
}

package p

func f() {
	a + b - c * d / e % f & g | h ^ i << j >> k &^ l
	a += 1; b -= 1; c *= 1; d /= 1; e %= 1
	f &= 1; g |= 1; h ^= 1; i <<= 1; j >>= 1; k &^= 1
	a && b || !c
	ch <- v; <-ch
	i++; j--
	a == b; a != b; a < b; a <= b; a > b; a >= b
	a = b; c := d
	f(a...)
	x[1:2]; {}; (a, b)
	~int
	a...b..c.d
	&&&&=||||=<<<<=>>>>=&^&^=
	+++---==!!=:=::=...
}

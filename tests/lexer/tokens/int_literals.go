package p

const (
	a = 0
	b = 42
	c = 1_000_000
	d = 0777
	e = 0_777
	f = 0o17 + 0O17 + 0o_1_7
	g = 0x1F + 0XdeadBEEF + 0x_ff_ff
	h = 0b1010 + 0B1 + 0b_1_0
	i = 18446744073709551615
	j = 0xFFFFFFFFFFFFFFFFFFFFFFFF
	k = 00
	l = 1_2_3
)

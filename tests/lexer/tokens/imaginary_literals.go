package p

const (
	a = 0i + 1i + 123i + 1_0i
	b = 0123i + 089i + 0o17i + 0x1Fi + 0b101i
	c = 1.5i + .5i + 1e3i + 1.e-3i + 0x1p-2i + 0x1.8p3i
)

package main

type M32 interface{ m() int32 }
type M64 interface{ m() int64 }

type U6 interface {
	m()
	m()
}
type U7 interface {
	M32
	m()
}
type U9 interface {
	M32
	M64
}
type I1 interface {
	m() I2
}
type I2 interface {
	I1
	m() int
}

var _ I2

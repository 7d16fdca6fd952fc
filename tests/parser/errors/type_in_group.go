package p

type (
	A int
	B
)

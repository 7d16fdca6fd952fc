package main

type T1 struct {
	f2 T2
}

type T2 struct {
	f1 T1
}

type a struct{ b }
type b struct{ a }

type I2 interface {
	I1
}

type I1 = interface {
	I2
}

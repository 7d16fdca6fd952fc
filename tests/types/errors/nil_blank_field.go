package main

type T struct {
	_ string
	x int
}

var _ = T{_: "a"}

func f() bool {
	return nil == nil
}

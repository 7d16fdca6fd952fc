package main

func f() {
	type T = T
	type L struct{ next *L }
	type A = []A
	var _ L
}

package main

type S struct {
	m map[S]bool
}

type m map[k]int
type k [1]m

func f() {
	type T struct{ m map[T]int }
	type _ map[T]int
	var _ map[[]int]bool
}

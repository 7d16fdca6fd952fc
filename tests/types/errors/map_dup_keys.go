package main

type S string
type N int

var _ = map[interface{}]int{int16(2): 1, int16(2): 2}
var _ = map[S]int{S("a"): 1, "a": 2}
var _ = map[N]bool{1 + 1: true, N(2): false}

package main

import (
	"os"
	"sync"
)

type S struct{ X, Y int }

type A [...]int

var _ = S{0, X: 1}
var _ = S{os.File: 1}
var _ = []sync.Mutex{{1, 2}, {3, 4}}

func f(p *string, a [3]int) {
	_ = p[1]
	_ = a[5]
	_ = [2]int{}[2]
	_ = "abc"[7]
}

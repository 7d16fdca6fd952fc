package main

type T interface {
	F1(i int) (i int)
	F2(j, j int)
}

type T1 func(i, i int)

var f func(k int) (k string)

func g(h func(a, a int)) {}

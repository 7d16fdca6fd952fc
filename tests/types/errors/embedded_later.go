package main

type T *struct {
	T
}

type S struct {
	*I
	P
}

type I interface{ m() }

type P *int

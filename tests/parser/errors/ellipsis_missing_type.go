package main

func g(x int, y float32) (...)

var x ...int

type T ...int

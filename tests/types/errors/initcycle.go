package main

var a = f()

func f() int { return b }

var b = a

var x, y = g(), 1

func g() int { return x }

func main() {}

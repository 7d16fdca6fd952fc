package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

const big = 1 << 100
const small = big >> 98
const pi = 3.14159
const half = 1.0 / 2
const greeting = "hello, " + "world"
const truth = 1 < 2
const r = 'a'
const typed int64 = 7

var x = small * 2
var f float32 = pi
var b byte = 'z'
var s = greeting[1:3]

func main() {
	fmt.Println(Sunday, Monday, Tuesday, KB, MB, GB, small, half, truth, r, typed, x, f, b, s)
}

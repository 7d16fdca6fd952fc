// iota in const blocks: skipping, expressions, implicit repetition, typed
// constants with a String method.
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

func (d Weekday) String() string {
	switch d {
	case Sunday:
		return "Sun"
	case Monday:
		return "Mon"
	case Tuesday:
		return "Tue"
	case Thursday:
		return "Thu"
	}
	return fmt.Sprintf("Weekday(%d)", int(d))
}

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	A, B = iota, iota * 10
	C, D
	E, F
)

const (
	x = "x"
	y
	z = iota
	w
)

type Flag uint8

const (
	FlagRead Flag = 1 << iota
	FlagWrite
	FlagExec
)

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Weekday(3), Thursday)
	fmt.Printf("%v %d %s %T\n", Thursday, Thursday, Monday, Monday)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(A, B, C, D, E, F)
	fmt.Println(x, y, z, w)
	perm := FlagRead | FlagExec
	fmt.Println(FlagRead, FlagWrite, FlagExec, perm, perm&FlagWrite != 0, perm&FlagExec != 0)
	fmt.Printf("%T %08b\n", perm, perm)
}

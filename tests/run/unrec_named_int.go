// An unrecovered panic with a named integer type prints main.Code(7).
package main

type Code int

func main() {
	panic(Code(7))
}

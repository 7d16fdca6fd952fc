// An unrecovered panic with a named string type (no methods) prints the
// type and the quoted value: main.Reason("...").
package main

type Reason string

func main() {
	panic(Reason("out of cheese"))
}

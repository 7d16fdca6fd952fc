// An unrecovered panic with a float64 prints it in the runtime's own
// format, like println: +1.500000e+000.
package main

func main() {
	panic(1.5)
}

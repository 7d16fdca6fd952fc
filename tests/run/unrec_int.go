// An unrecovered panic with an int prints the number.
package main

func main() {
	panic(42)
}

// A rune is an int32: panic('x') prints the number 120.
package main

func main() {
	panic('x')
}

// An unsigned panic value prints as a number.
package main

func main() {
	var b uint8 = 200
	panic(b)
}

// An unrecovered panic with a bool.
package main

func main() {
	ok := false
	panic(ok)
}

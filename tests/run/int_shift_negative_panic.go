// Unrecovered negative shift amount: exit 2.
package main

import "fmt"

func main() {
	n := -5
	fmt.Println("shifting")
	fmt.Println(1 << n)
}

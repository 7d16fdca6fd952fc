// An unrecovered slice bounds error: exit 2.
package main

import "fmt"

func main() {
	s := make([]int, 2, 3)
	n := 5
	fmt.Println("len", len(s))
	t := s[1:n]
	fmt.Println(t)
}

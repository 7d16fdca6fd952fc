// Print adds spaces between operands only when neither side is a string;
// Println always adds spaces and a newline; Sprint/Sprintln likewise.
package main

import (
	"errors"
	"fmt"
)

type S string

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3.5, true, "\n")
	fmt.Print(1, 2, 3, "\n")
	fmt.Print("x", 1, "y", 2, "\n")
	fmt.Print(S("named"), S("strings"), 4, "\n")
	fmt.Print(errors.New("e1"), errors.New("e2"), "\n")
	fmt.Print(nil, nil, "\n")
	fmt.Print([]int{1}, []int{2}, "\n")
	fmt.Println("a", "b", 1, 2)
	fmt.Println()
	fmt.Println("")
	s := fmt.Sprint("x", 5, 6, "y")
	ln := fmt.Sprintln("x", 5, 6, "y")
	fmt.Printf("%q %q\n", s, ln)
	fmt.Printf("%q\n", fmt.Sprint())
	fmt.Printf("%q\n", fmt.Sprintln())
	n, err := fmt.Print("count\n")
	fmt.Println(n, err)
	n, _ = fmt.Println("héllo")
	fmt.Println(n)
	n, _ = fmt.Printf("%d-%d\n", 1, 2)
	fmt.Println(n)
}

// Widths and precisions everywhere: numbers, strings, slices, structs
// (width applies to each element), and the * forms.
package main

import "fmt"

type P struct {
	X int
	S string
}

func main() {
	fmt.Printf("[%6d] [%-6d] [%06d] [%+06d] [% 6d]\n", 42, 42, -42, 42, 42)
	fmt.Printf("[%8.3f] [%-8.3f] [%08.3f] [%+.2e] [%12.4e]\n", 3.14159, 3.14159, -3.14159, 12345.678, 0.000123)
	fmt.Printf("[%4v] [%-4v] [%04v]\n", []int{1, 22}, []int{1, 22}, []int{1, 22})
	fmt.Printf("[%6v] [%-6v] [%6.2f]\n", P{1, "a"}, P{2, "b"}, []float64{1, 2.345})
	fmt.Printf("[%5t] [%5v] [%-5q]\n", true, false, 'x')
	fmt.Printf("[%*d] [%-*d] [%.*f] [%*.*f]\n", 5, 1, 5, 1, 2, 3.14159, 8, 1, 2.25)
	fmt.Printf("[%*d]\n", -5, 7)
	fmt.Printf("[%3s] [%.5d] [%x] [%8.3x]\n", "toolong", 42, -255, 10)
	fmt.Printf("[%5s] [%5.1f%%]\n", "", 99.5)
	fmt.Printf("[%2d] [%2d]\n", 12345, -1)
	fmt.Printf("[%v] [%10v] [%-10v]\n", map[string]int{"a": 1}, map[string]int{"a": 1}, "x")
	fmt.Printf("[%6.2v]\n", 3.14159)
	fmt.Printf("[%.3v] [%.3v]\n", "abcdef", 1234.5678)
}

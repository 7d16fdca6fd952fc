// A runtime error recovered and re-panicked: "[recovered]" follows the
// runtime error text, then the re-panic is printed indented.
package main

import "fmt"

func main() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("cleanup after:", r)
			panic(r)
		}
	}()
	s := []int{1, 2, 3}
	i := 5
	fmt.Println(s[i])
}

// range over an array ranges over a copy; range over a pointer to the array
// or a slice of it sees writes made during the loop.
package main

import "fmt"

func main() {
	arr := [4]int{1, 2, 3, 4}
	for i, v := range arr {
		if i == 0 {
			arr[3] = 40
		}
		fmt.Print(v, " ")
	}
	fmt.Println(arr)
	arr = [4]int{1, 2, 3, 4}
	for i, v := range &arr {
		if i == 0 {
			arr[3] = 40
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	arr = [4]int{1, 2, 3, 4}
	for i, v := range arr[:] {
		if i == 0 {
			arr[3] = 40
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	arr = [4]int{1, 2, 3, 4}
	for i := range arr { // index only: no copy needed, still sees the writes
		if i == 0 {
			arr[3] = 40
		}
		fmt.Print(arr[i], " ")
	}
	fmt.Println()
	var names [3]string
	for i := range names {
		names[i] = fmt.Sprint("n", i)
	}
	fmt.Println(names, len(names))
}

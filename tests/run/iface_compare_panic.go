// An unrecovered comparison of uncomparable dynamic types: exit 2.
package main

import "fmt"

func main() {
	var a interface{} = map[string]int{"a": 1}
	var b interface{} = map[string]int{"a": 1}
	fmt.Println("comparing")
	fmt.Println(a == b)
}

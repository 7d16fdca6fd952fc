// An unrecovered hash of an unhashable dynamic type: exit 2.
package main

import "fmt"

func main() {
	set := map[interface{}]bool{}
	set[1] = true
	set["two"] = true
	fmt.Println(len(set))
	set[[]int{3}] = true
	fmt.Println("not reached")
}

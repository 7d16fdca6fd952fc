// An unrecovered failed type assertion: exit 2.
package main

import "fmt"

func main() {
	var v interface{} = "hello"
	fmt.Println(v.(string))
	n := v.(int)
	fmt.Println(n)
}

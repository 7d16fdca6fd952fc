// select {} in main with no other goroutine: "select (no cases)".
package main

import "fmt"

func main() {
	fmt.Println("select {}")
	select {}
}

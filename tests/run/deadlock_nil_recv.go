// Receiving from a nil channel blocks forever: "chan receive (nil chan)".
package main

import "fmt"

func main() {
	var ch chan string
	fmt.Println("receiving from a nil channel")
	<-ch
}

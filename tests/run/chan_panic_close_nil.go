// Closing a nil channel: "panic: close of nil channel", here in a goroutine.
package main

import "fmt"

func main() {
	var ch chan bool
	done := make(chan bool)
	go func() {
		fmt.Println("closing a nil channel in a goroutine")
		close(ch)
		done <- true
	}()
	<-done
}

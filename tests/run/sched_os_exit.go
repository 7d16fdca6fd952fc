// os.Exit ends the process with its code while other goroutines run: no
// defers run, neither main's nor the goroutines'.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("main's defer: must not print")
	started := make(chan bool)
	go func() {
		defer fmt.Println("goroutine's defer: must not print")
		started <- true
		select {}
	}()
	<-started
	fmt.Println("exiting with 3")
	os.Exit(3)
}

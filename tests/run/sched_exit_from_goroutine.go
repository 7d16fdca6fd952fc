// os.Exit called in a goroutine ends the whole program with its code while
// main is blocked.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("main's defer: must not print")
	go func() {
		fmt.Println("goroutine exits the process with 4")
		os.Exit(4)
	}()
	select {}
}

// An unrecovered panic in a goroutine other than main ends the program
// with exit 2 and that goroutine's traceback; main's deferred recover
// cannot catch it and main's defers do not run.
package main

import "fmt"

func main() {
	defer func() { fmt.Println("main recovered:", recover()) }()
	done := make(chan bool)
	go func() {
		defer fmt.Println("the goroutine's own defer runs before the crash")
		panic("boom in a goroutine")
	}()
	<-done
}

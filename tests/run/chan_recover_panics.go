// The channel panics are run-time errors that recover catches: their values,
// their messages, and that they implement runtime.Error.
package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		err, isErr := r.(error)
		msg := ""
		if isErr {
			msg = err.Error()
		}
		fmt.Printf("%s: %v (error %v, runtime.Error %v, %q)\n", name, r, isErr, isRuntime, msg)
	}()
	f()
}

func main() {
	closed := make(chan int, 1)
	close(closed)
	var nilc chan int
	try("send on closed", func() { closed <- 1 })
	try("close of closed", func() { close(closed) })
	try("close of nil", func() { close(nilc) })
	try("select send on closed", func() {
		select {
		case closed <- 1:
		default:
			fmt.Println("default is not taken")
		}
	})
	try("negative size", func() {
		n := -1
		_ = make(chan int, n)
	})
	try("receive from closed is fine", func() {
		v, ok := <-closed
		fmt.Println("received", v, ok)
	})
}

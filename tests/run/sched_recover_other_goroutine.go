// recover only answers the panic of its own goroutine: a goroutine started
// from a deferred call during a panic sees nil, and the panic goes on to
// be recovered by its own goroutine's defer.
package main

import "fmt"

func main() {
	seen := make(chan interface{})
	func() {
		defer func() { fmt.Println("main recovered:", recover()) }()
		defer func() {
			go func() {
				defer func() { seen <- recover() }()
			}()
			fmt.Println("the new goroutine's recover saw:", <-seen)
		}()
		panic("main's panic")
	}()
}

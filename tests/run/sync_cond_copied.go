// A Cond must not be copied after first use: "sync.Cond is copied".
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.Cond{L: &mu}
	c.Signal()
	d := c
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		d.Signal()
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		d.Broadcast()
	}()
	c.Broadcast()
	fmt.Println("the original still works")
}

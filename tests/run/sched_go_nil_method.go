// go s.M() evaluates the method value in the caller: a nil interface
// panics there (recoverable), before any goroutine starts.
package main

import (
	"fmt"
	"runtime"
)

type greeter interface{ greet() }

type person struct{ name string }

func (p *person) greet() { fmt.Println("hello", p.name) }

func main() {
	var g greeter
	func() {
		defer func() { fmt.Println("recovered in the caller:", recover()) }()
		go g.greet()
	}()
	fmt.Println("goroutines:", runtime.NumGoroutine())
	var p *person
	done := make(chan bool)
	go func() {
		defer func() {
			fmt.Println("the nil *person panics inside the goroutine:", recover() != nil)
			done <- true
		}()
		p.greet()
	}()
	<-done
}

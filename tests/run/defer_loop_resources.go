// Defers in a loop all run at function exit (not per iteration); wrapping
// the body in a function literal runs them per iteration.
package main

import "fmt"

type resource struct{ id int }

func open(id int) *resource {
	fmt.Println("open", id)
	return &resource{id}
}

func (r *resource) Close() { fmt.Println("close", r.id) }

func leaky() {
	for i := 0; i < 3; i++ {
		r := open(i)
		defer r.Close()
	}
	fmt.Println("leaky loop done")
}

func scoped() {
	for i := 0; i < 3; i++ {
		func() {
			r := open(i)
			defer r.Close()
		}()
	}
	fmt.Println("scoped loop done")
}

func main() {
	leaky()
	scoped()
}

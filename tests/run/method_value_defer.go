// defer with method values: the receiver (and arguments) are evaluated when
// the defer statement runs, not when the deferred call runs.
package main

import "fmt"

type Box struct{ label string }

func (b Box) Show(tag string)   { fmt.Println("value:", tag, b.label) }
func (b *Box) ShowP(tag string) { fmt.Println("pointer:", tag, b.label) }

func run() {
	b := Box{"first"}
	defer b.Show("deferred")  // copies b now
	defer b.ShowP("deferred") // &b: sees later changes
	p := &b
	defer p.Show("via ptr") // *p copied now
	b.label = "second"
	fmt.Println("body ends")
}

func main() {
	run()
	bs := []Box{{"a"}, {"b"}}
	for _, x := range bs {
		defer x.Show("loop")
	}
	fmt.Println("main ends")
}

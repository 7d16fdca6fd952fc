// Method sets through embedding: embedding T gives S and *S the value
// methods of T, but the pointer methods of T only to *S; embedding *T gives
// both to S.
package main

import "fmt"

type Speaker interface{ Speak() string }
type Mover interface{ Move() string }

type Animal struct{ name string }

func (a Animal) Speak() string { return a.name + " speaks" }
func (a *Animal) Move() string { return a.name + " moves" }

type DogByValue struct{ Animal }
type DogByPtr struct{ *Animal }

func check(label string, v interface{}) {
	_, s := v.(Speaker)
	_, m := v.(Mover)
	fmt.Printf("%-12s Speaker=%v Mover=%v\n", label, s, m)
}

func main() {
	dv := DogByValue{Animal{"rex"}}
	dp := DogByPtr{&Animal{"fido"}}
	check("DogByValue", dv)
	check("*DogByValue", &dv)
	check("DogByPtr", dp)
	check("*DogByPtr", &dp)
	check("Animal", Animal{})
	check("*Animal", &Animal{})
	fmt.Println(dv.Speak(), dv.Move()) // dv is addressable: (&dv.Animal).Move()
	var m Mover = dp
	fmt.Println(m.Move())
	var s Speaker = &dv
	fmt.Println(s.Speak())
}

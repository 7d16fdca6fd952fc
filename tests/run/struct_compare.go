// Struct == compares every field, unexported ones too; an interface field
// whose dynamic type is not comparable panics at run time.
package main

import "fmt"

type pt struct {
	X, Y int
	tag  string
}

type holder struct {
	ID int
	V  interface{}
}

type withPtr struct{ P *int }

func main() {
	a := pt{1, 2, "a"}
	b := pt{1, 2, "a"}
	c := pt{1, 2, "b"}
	fmt.Println(a == b, a == c, a != c)
	x, y := 5, 5
	fmt.Println(withPtr{&x} == withPtr{&x}, withPtr{&x} == withPtr{&y}, withPtr{} == withPtr{nil})
	h1 := holder{1, "s"}
	h2 := holder{1, "s"}
	h3 := holder{1, 1}
	fmt.Println(h1 == h2, h1 == h3, holder{} == holder{})
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		s1 := holder{2, []int{1}}
		s2 := holder{2, []int{1}}
		fmt.Println(s1 == s2)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		s1 := holder{2, []int{1}}
		s2 := holder{3, []int{1}} // IDs differ first: is V still compared?
		fmt.Println(s1 == s2)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		s1 := holder{2, map[string]int{}}
		s2 := holder{2, 7}
		fmt.Println(s1 == s2) // different dynamic types: no panic
	}()
	anon1 := struct {
		A int
		B string
	}{1, "x"}
	anon2 := struct {
		A int
		B string
	}{1, "x"}
	fmt.Println(anon1 == anon2)
}

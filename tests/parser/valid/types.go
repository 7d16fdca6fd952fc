// Types: every type literal in type position, embedded fields with tags,
// interfaces with methods and embedded interfaces, function types with named
// and unnamed parameters and results, channel directions.
package types

import "fmt"

type S struct {
	a, b int
	c    string `json:"c"`
	T
	*U
	fmt.Stringer
	d struct {
		e [4]byte
	}
	f func(int) (int, error)
	g map[string][]*S
	h chan<- chan int
	i <-chan <-chan int
	j [2][3]int
	k interface{}
}

type T int
type U struct{}

type I interface {
	M(x int) (y int, err error)
	N()
	fmt.Stringer
	J
}

type J interface{}

type F func(a, b int, c ...string) bool
type G func(int, string) (bool, error)
type H func() func() func()
type K func(f func(int) int) (g func(string))
type P *[]map[*T]chan [4]func()
type Q [len("abc")]int
type R [3 * 2]struct{ x int }

// Methods on named non-struct types: slices, maps, funcs, ints, strings,
// bools.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type IntList []int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}
func (l *IntList) Push(v int) { *l = append(*l, v) }

type Set map[string]bool

func (s Set) Add(k string)      { s[k] = true }
func (s Set) Has(k string) bool { return s[k] }
func (s Set) Keys() []string {
	var ks []string
	for k := range s {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

type Op func(int, int) int

func (o Op) Apply3(a, b, c int) int { return o(o(a, b), c) }

type Celsius int

func (c Celsius) String() string       { return fmt.Sprintf("%d°C", int(c)) }
func (c Celsius) Warmer(d int) Celsius { return c + Celsius(d) }

type Word string

func (w Word) Shout() string { return strings.ToUpper(string(w)) + "!" }

type Switch bool

func (s *Switch) Toggle() { *s = !*s }

func main() {
	var l IntList
	l.Push(1)
	l.Push(2)
	l.Push(3)
	fmt.Println(l, l.Sum(), IntList{10, 20}.Sum())
	s := Set{}
	s.Add("b")
	s.Add("a")
	fmt.Println(s.Has("a"), s.Has("z"), s.Keys())
	add := Op(func(a, b int) int { return a + b })
	mul := Op(func(a, b int) int { return a * b })
	fmt.Println(add.Apply3(1, 2, 3), mul.Apply3(2, 3, 4))
	c := Celsius(20)
	fmt.Println(c, c.Warmer(5), []Celsius{1, 2})
	fmt.Println(Word("hey").Shout())
	var sw Switch
	sw.Toggle()
	fmt.Println(sw)
	sw.Toggle()
	fmt.Println(sw)
}

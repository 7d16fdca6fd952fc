package main

import (
	"errors"
	"fmt"
	"strings"
)

type Animal interface {
	Sound() string
	Name() string
}

type Base struct {
	name string
}

func (b Base) Name() string { return b.name }

type Dog struct {
	Base
	breed string
}

func (d *Dog) Sound() string { return "woof" }


type List struct {
	next *List
	val  int
}

type Pair = struct{ a, b int }

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

var ErrEmpty = errors.New("empty")

func describe(a Animal) string {
	return a.Name() + " says " + a.Sound()
}

func sum(xs ...int) (total int) {
	for _, x := range xs {
		total += x
	}
	return
}

func divmod(a, b int) (int, int, error) {
	if b == 0 {
		return 0, 0, ErrEmpty
	}
	return a / b, a % b, nil
}

func main() {
	d := &Dog{Base{"rex"}, "lab"}
	fmt.Println(describe(d), d.name, d.Base.Name())
	var l *List = &List{val: 1}
	l.next = &List{val: 2}
	p := Pair{1, 2}
	fmt.Println(l.next.val, p.a+p.b, sum(1, 2, 3), sum([]int{4, 5}...))
	q, r, err := divmod(7, 2)
	fmt.Println(q, r, err, Celsius(21.5), strings.ToUpper("x"))
	m := map[string][]int{"a": {1, 2}}
	m["b"] = append(m["b"], 3)
	if v, ok := m["a"]; ok {
		fmt.Println(len(v), cap(v))
	}
	delete(m, "a")
	var i interface{} = d
	switch t := i.(type) {
	case Animal:
		fmt.Println("animal", t.Name())
	case nil:
		fmt.Println("nil")
	default:
		fmt.Println("other")
	}
	if a, ok := i.(Animal); ok {
		fmt.Println(a.Sound())
	}
}

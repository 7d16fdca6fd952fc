// methods_wrappers: method values bind the receiver when evaluated,
// method expressions, promotion through embedded values, pointers and
// interfaces, itab wrappers, and panicwrap on a nil *T.
package main

import (
	"errors"
	"fmt"
)

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c *Counter) Inc()    { c.n++ }

type Named interface{ Name() string }

type Base struct{ id int }

func (b Base) Name() string { return fmt.Sprint("base", b.id) }
func (b *Base) SetID(i int) { b.id = i }

type Mid struct {
	*Base
	Counter
}

type Top struct {
	Mid
	Named
	tag string
}

type Stringy int

func (s Stringy) String() string { return fmt.Sprintf("S<%d>", int(s)) }

func main() {
	c := Counter{1}
	get := c.Get // receiver copied now
	inc := c.Inc // &c bound
	inc()
	inc()
	fmt.Println(get(), c.Get(), c.n)

	getE := Counter.Get
	incE := (*Counter).Inc
	incE(&c)
	fmt.Println(getE(c))

	t := Top{Mid: Mid{Base: &Base{7}}, Named: Base{9}, tag: "t"}
	t.SetID(8)
	t.Inc()
	fmt.Println(t.Base.id, t.Mid.Name(), t.Named.Name(), t.Counter.n)
	var n Named = t.Mid
	fmt.Println(n.Name())
	setID := (*Mid).SetID
	setID(&t.Mid, 11)
	fmt.Println(t.Mid.Name())
	nameOf := Named.Name
	fmt.Println(nameOf(Base{3}))

	var s fmt.Stringer = Stringy(4)
	fmt.Println(s, []Stringy{1, 2}, map[string]Stringy{"a": 5})

	var e error = errors.New("boom")
	fmt.Println(e, fmt.Sprintf("%v|%s", e, s))

	defer func() {
		fmt.Println("recovered:", recover())
	}()
	var pc *Counter
	var g interface{ Get() int } = pc
	fmt.Println(g.Get())
}
